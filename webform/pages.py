"""The pages a professional sees: the form, the advice, and the form again to change answers."""

from typing import Any

from flask import Blueprint, render_template, request

from kinderogen_rules import Advice, Profile, date_nl, first_upper

from .extension import current_advisor, current_questions, new_form
from .forms import CaseForm, FormAnswers, answers_of, read_answers
from .questions import NONE
from .whatif import CHANGED, FOCUS, change_forms, changed_input, changed_question, questions_with_influence

blueprint = Blueprint("pages", __name__)
blueprint.add_app_template_filter(first_upper, "first_upper")
# The value of a list's "none of these" choice, for the form's macros (which see the globals, not the context).
blueprint.record_once(lambda state: state.app.jinja_env.globals.update(none_value=NONE))


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
    focus: str | None = None,
) -> str:
    """The form, with an error summary on top when there are errors (in question order); after an advice, with
    per question whether another answer could change it (`influence`) and which answer the advice page changed,
    its input (`focus`) focused when the page opens."""
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
        focus=focus,
    )


@blueprint.get("/")
def form_page() -> str:
    """An empty form: only questions that do not decide the advice have an answer filled in (none, in the shipped
    rules)."""
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
    answers = _answers(form, complete=False)
    if answers.profile is None:
        return render_form(form)
    changed = changed_question(request.form.get(CHANGED))
    return render_form(
        form,
        influence=questions_with_influence(answers.profile),
        changed=changed,
        focus=changed_input(changed, request.form.get(FOCUS)),
    )


def _answers(form: CaseForm, complete: bool = True) -> FormAnswers:
    return read_answers(form, current_questions(), current_advisor().rules.profile_model, complete)


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
    """The advice page in the layers of the Advice, in the order of `kinderogen advise --text`: in short, the
    regie, what to watch, what to arrange and when, who is at the table, what to do when it gets stuck, what would
    change the advice, the answers it follows from, and last why (the only part that names rules)."""
    advisor = current_advisor()
    advice: Advice = advisor.advise(profile, what_if=True)
    context: dict[str, Any] = {
        "advice": advice,
        "catalog": advisor.rules.catalog,
        "holder_names": advisor.rules.holder_names,
        "partner_names": advisor.rules.partner_names,
        "documents": advisor.rules.sources.documents,
        "answers": answers_of(profile, current_questions()),
        "summary": answer_summary(profile),
        "day": date_nl(advice.date or advisor.day),
        "changes": change_forms(profile, advice),
        "changed_field": CHANGED,
        "focus_field": FOCUS,
        "arrangements": {arrangement.code: arrangement for arrangement in advice.arrangements},
    }
    return render_template("advice.html", **context)
