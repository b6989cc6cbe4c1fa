"""The case form: a WTForms field per question, and its answers read into a CaseProfile.

The form only carries and re-displays answers. Whether a profile is valid is
decided by CaseProfile itself, so the form, the API and the library can never
disagree; the form words the message for the field it belongs to. That holds
for numbers too: a typed number goes to the profile as text, and the profile's
one rule for whole numbers decides what counts (digits 0-9, perhaps `.0`).

What the form adds is that a question must be answered (`Question.required`):
left open, it gets its message, not the contract's default as the API would
give it. A question that does not apply to this child (`Questions.asked`) may
stay open and then takes that default.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, cast

from flask import request
from flask_wtf import FlaskForm
from pydantic import ValidationError
from wtforms import Field, RadioField, SelectMultipleField, StringField
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # WTForms 3.3; the stubs predate it

from kinderogen_rules import TYPED, Profile, error_list, without_field

from .questions import NONE, Question, Questions

NOT_A_CHOICE = "Kies een van de mogelijkheden."
NOT_TYPED = {"number": "Typ een heel getal in het vak. Een bestand kan hier niet."}
NONE_AND_MORE = "Kies '{none}' of een of meer andere antwoorden, niet allebei."
ONE_ANSWER = "Deze vraag kreeg meer dan één antwoord. Kies er één."


class CaseForm(FlaskForm):  # type: ignore[misc]
    """One field per profile field, named as in the contract; CSRF comes from Flask-WTF. Each app has its own
    subclass, with the questions of its rules (`form_class`).

    A posted form takes its answers from the text fields of the body only. Flask-WTF would also take file parts
    (a file object where text is expected: a 500) and a JSON body (numbers and lists). A question sent as a file
    is noted in `sent_as_file`, so it gets its own message instead of silently counting as not answered."""

    def __init__(self, posted: bool = True) -> None:
        super().__init__(formdata=request.form if posted else None)
        self.sent_as_file = {name for name in request.files if name in self} if posted else set()
        # A question with one answer, sent twice (age=8&age=9): WTForms would silently take the first.
        self.sent_twice = (
            {
                name
                for name in request.form
                if name in self
                and not isinstance(self[name], SelectMultipleField)
                and len(request.form.getlist(name)) > 1
            }
            if posted
            else set()
        )


def _field(question: Question) -> Any:
    choices = [SelectChoice(code, words) for code, words in question.options]
    if question.kind == "number":
        return StringField(question.text, default=question.default if isinstance(question.default, str) else None)
    if question.kind == "checkboxes":
        return SelectMultipleField(question.text, choices=choices, default=list(question.default or ()))
    return RadioField(question.text, choices=choices, default=question.default, validate_choice=False)


def form_class(questions: Questions) -> type[CaseForm]:
    """The form of these questions: a field per question."""
    fields = {question.name: _field(question) for question in questions.by_name.values()}
    return cast(type[CaseForm], type("CaseForm", (CaseForm,), fields))


@dataclass
class FormAnswers:
    """What a submitted form says: the profile when it is valid, else a message per field."""

    profile: Profile | None = None
    errors: dict[str, str] = field(default_factory=dict)


def _value(question: Question, form_field: Field, errors: dict[str, str]) -> Any:
    """The answer as CaseProfile takes it (a number as typed), or None when there is none (or it is wrong)."""
    raw = form_field.data
    allowed = {code for code, _ in question.options}
    if question.kind == "number":
        text = (raw or "").strip()
        return text or None
    if question.kind == "checkboxes":
        chosen = list(raw or [])
        if question.none and NONE in chosen:
            if len(set(chosen)) > 1:
                errors[question.name] = NONE_AND_MORE.format(none=question.none)
                return None
            return []
        if not set(chosen) <= allowed:
            errors[question.name] = NOT_A_CHOICE
            return None
        # Nothing ticked is an answer only where the form has a default (an empty list is then the professional's).
        return chosen if chosen or not question.required else None
    if raw in (None, ""):
        return None
    if raw not in allowed:
        errors[question.name] = NOT_A_CHOICE
        return None
    return raw == "ja" if question.kind == "yesno" else raw


def _given(data: dict[str, Any], questions: Questions) -> Callable[[str], Any]:
    """The answers given, read as a profile would be, for whether a question applies before the profile is valid:
    a number only when typed as plain digits, an open question as None."""

    def get(name: str) -> Any:
        value = data.get(name)
        if questions.by_name[name].kind == "number":
            return int(value) if isinstance(value, str) and value.isascii() and value.isdigit() else None
        return value

    return get


def read_answers(form: CaseForm, questions: Questions, model: type[Profile], complete: bool = True) -> FormAnswers:
    """Turn the form's answers into a profile of `model`, or into Dutch messages per field. With `complete`, every
    question that applies must be answered; without, an open question takes its default (to show a form again)."""
    errors: dict[str, str] = {}
    data: dict[str, Any] = {}
    sometimes: list[str] = []
    for name, question in questions.by_name.items():
        if name in form.sent_as_file:
            errors[name] = NOT_TYPED.get(question.kind, NOT_A_CHOICE)
            continue
        if name in form.sent_twice:
            errors[name] = ONE_ANSWER
            continue
        value = _value(question, form[name], errors)
        if value is not None:
            data[name] = value
        elif name in errors or not question.required or not complete:
            continue
        elif question.sometimes:
            sometimes.append(name)
        else:
            errors[name] = question.required_message
    profile = None
    try:
        profile = model.model_validate(data, context={TYPED: True})
    except ValidationError as exc:
        for error in error_list(exc):
            errors.setdefault(error["field"], without_field(error["message"], error["field"]))
    get = _given(data, questions) if profile is None else partial(getattr, profile)
    for name in sometimes:
        if questions.asked(name, get):
            errors[name] = questions.by_name[name].required_message
    if errors or profile is None:
        return FormAnswers(errors=errors)
    return FormAnswers(profile=profile)


def answers_of(profile: Profile, questions: Questions) -> dict[str, Any]:
    """A profile as form data, so a filled form can be shown again. A question that does not apply to this child
    and holds its default stays open, as the professional left it."""
    data: dict[str, Any] = {}
    fields = type(profile).model_fields
    for name, question in questions.by_name.items():
        value = getattr(profile, name)
        if (
            question.sometimes
            and value == fields[name].default
            and not questions.asked(name, partial(getattr, profile))
        ):
            continue
        if question.kind == "yesno":
            data[name] = "ja" if value else "nee"
        elif question.kind == "checkboxes":
            data[name] = sorted(value) or ([NONE] if question.none else [])
        else:
            data[name] = str(value)
    return data
