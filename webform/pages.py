"""The pages a professional sees: the form, the advice, and the form again to change answers."""

from typing import Any

from flask import Blueprint, render_template, request

from kinderogen_rules import Advice, Profile, date_nl, first_upper

from .extension import current_advisor, current_questions, new_form
from .forms import CaseForm, FormAnswers, answers_of, read_answers
from .whatif import CHANGED, change_forms, changed_question, questions_with_influence

blueprint = Blueprint("pages", __name__)
blueprint.add_app_template_filter(first_upper, "first_upper")


@blueprint.app_context_processor
def _page_globals() -> dict[str, Any]:
    return {"rules_version": current_advisor().rules.version, "questions": current_questions().by_name}


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
    questions = current_questions()
    ordered = [(name, errors[name]) for name in questions.by_name if name in errors]
    return render_template(
        "form.html",
        form=form,
        sections=questions.sections,
        errors=errors,
        summary=ordered,
        notice=notice,
        influence=influence,
        changed=changed,
    )


@blueprint.get("/")
def form_page() -> str:
    """An empty form with the defaults filled in."""
    return render_form(new_form(posted=False))


@blueprint.post("/")
def advice_page() -> tuple[str, int]:
    """The advice for the submitted answers, or the form again with what to correct."""
    form = new_form()
    answers = _answers(form)
    if answers.profile is None:
        return render_form(form, answers.errors), 422
    return render_advice(answers.profile), 200


@blueprint.post("/wijzigen")
def change_answers() -> str:
    """The form filled with the answers the advice page carried along (one changed, from 'Wat zou het advies
    veranderen?'), saying per question whether another answer could change the advice."""
    form = new_form()
    answers = _answers(form)
    if answers.profile is None:
        return render_form(form)
    return render_form(
        form, influence=questions_with_influence(answers.profile), changed=changed_question(request.form.get(CHANGED))
    )


def _answers(form: CaseForm) -> FormAnswers:
    return read_answers(form, current_questions(), current_advisor().rules.profile_model)


def answer_summary(profile: Profile) -> list[tuple[str, str]]:
    """Each question's short name with the answer in the form's words, for the printed advice."""
    rows = []
    for name, question in current_questions().by_name.items():
        value = getattr(profile, name)
        words = dict(question.options)
        if question.kind == "number":
            text = question.amount(value)
        elif question.kind == "yesno":
            text = "Ja" if value else "Nee"
        elif question.kind == "checkboxes":
            text = ", ".join(words[code] for code, _ in question.options if code in value) or "Geen"
        else:
            text = words[value]
        rows.append((question.short, text))
    return rows


def render_advice(profile: Profile) -> str:
    """The advice page: regie first and large, then what to arrange, who to invite, and why."""
    advisor = current_advisor()
    advice: Advice = advisor.advise(profile, what_if=True)
    context: dict[str, Any] = {
        "advice": advice,
        "catalog": advisor.rules.catalog,
        "documents": advisor.rules.sources.documents,
        "answers": answers_of(profile, current_questions()),
        "summary": answer_summary(profile),
        "day": date_nl(advice.date or advisor.day),
        "changes": change_forms(profile, advice),
        "changed_field": CHANGED,
    }
    return render_template("advice.html", **context)
