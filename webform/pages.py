"""The pages a professional sees: the form, the advice, and the form again to change answers."""

from typing import Any

from flask import Blueprint, render_template, request

from kinderogen_rules import Advice, CaseProfile, date_nl, first_upper

from .extension import current_advisor
from .forms import CaseForm, answers_of, read_answers
from .questions import QUESTIONS, SECTIONS
from .whatif import CHANGED, change_forms, changed_question, questions_with_influence

blueprint = Blueprint("pages", __name__)
blueprint.add_app_template_filter(first_upper, "first_upper")


@blueprint.app_context_processor
def _page_globals() -> dict[str, Any]:
    return {"rules_version": current_advisor().rules.version, "questions": QUESTIONS}


@blueprint.app_template_filter("first_lower")
def first_lower(text: str) -> str:
    """Lower-case the first letter, for a message after a field name."""
    return text[:1].lower() + text[1:]


def render_form(
    form: CaseForm,
    errors: dict[str, str] | None = None,
    notice: str = "",
    influence: set[str] | None = None,
    changed: str | None = None,
) -> str:
    """The form, with an error summary on top when there are errors (in question order); after an advice, with
    per question whether another answer could change it (`influence`) and which answer the advice page changed."""
    errors = errors or {}
    ordered = [(name, errors[name]) for name in QUESTIONS if name in errors]
    return render_template(
        "form.html",
        form=form,
        sections=SECTIONS,
        errors=errors,
        summary=ordered,
        notice=notice,
        influence=influence,
        changed=changed,
    )


@blueprint.get("/")
def form_page() -> str:
    """An empty form with the defaults filled in."""
    return render_form(CaseForm(posted=False))


@blueprint.post("/")
def advice_page() -> tuple[str, int]:
    """The advice for the submitted answers, or the form again with what to correct."""
    form = CaseForm()
    answers = read_answers(form)
    if answers.profile is None:
        return render_form(form, answers.errors), 422
    return render_advice(answers.profile), 200


@blueprint.post("/wijzigen")
def change_answers() -> str:
    """The form filled with the answers the advice page carried along (one changed, from 'Wat zou het advies
    veranderen?'), saying per question whether another answer could change the advice."""
    form = CaseForm()
    answers = read_answers(form)
    if answers.profile is None:
        return render_form(form)
    return render_form(
        form, influence=questions_with_influence(answers.profile), changed=changed_question(request.form.get(CHANGED))
    )


def answer_summary(profile: CaseProfile) -> list[tuple[str, str]]:
    """Each question's short name with the answer in the form's words, for the printed advice."""
    rows = []
    for name, question in QUESTIONS.items():
        value = getattr(profile, name)
        words = dict(question.options)
        if question.kind == "number":
            text = f"{value} jaar" if name == "age" else f"{value} weken"
        elif question.kind == "yesno":
            text = "Ja" if value else "Nee"
        elif question.kind == "checkboxes":
            text = ", ".join(words[code] for code, _ in question.options if code in value) or "Geen"
        else:
            text = words[value]
        rows.append((question.short, text))
    return rows


def render_advice(profile: CaseProfile) -> str:
    """The advice page: regie first and large, then what to arrange, who to invite, and why."""
    advisor = current_advisor()
    advice: Advice = advisor.advise(profile, what_if=True)
    context: dict[str, Any] = {
        "advice": advice,
        "catalog": advisor.rules.catalog,
        "documents": advisor.rules.sources.documents,
        "answers": answers_of(profile),
        "summary": answer_summary(profile),
        "day": date_nl(advice.date or advisor.day),
        "changes": change_forms(profile, advice),
        "changed_field": CHANGED,
    }
    return render_template("advice.html", **context)
