"""'Wat zou het advies veranderen?' on the pages: a form per change, and which questions can change the advice.

Nothing is stored: each change becomes a small form that posts all answers
again, with the one answer changed, to the form page (`POST /wijzigen`); that
page computes from the answers posted which questions matter for this child,
and puts the focus on the input of the changed answer (`autofocus`, so also
without JavaScript).
"""

from dataclasses import dataclass
from typing import Any

from kinderogen_rules import Advice, AnswerChange, Profile

from .extension import current_advisor, current_questions
from .forms import answers_of
from .questions import NONE, Question

# The hidden fields that tell the form page which answer the advice page changed, and which input shows it.
CHANGED = "gewijzigd"
FOCUS = "gewijzigd_invoer"


@dataclass(frozen=True)
class ChangeForm:
    """One item of the list: its sentence and rules, and the answers (one changed) its button posts."""

    change: AnswerChange
    answers: dict[str, Any]
    target: str

    @property
    def field(self) -> str:
        return self.change.field


def question_target(question: Question) -> str:
    """The element id of a question's first input (the form's `field_target`), for a link to it."""
    return question.name if question.kind == "number" else f"{question.name}-0"


def input_ids(question: Question) -> list[str]:
    """The element ids of a question's inputs, in the order of the form (the form's `question_field`)."""
    if question.kind == "number":
        return [question.name]
    ids = [f"{question.name}-{n}" for n in range(len(question.options))]
    return [*ids, f"{question.name}-geen"] if question.none else ids


def _chosen(question: Question, value: Any) -> list[str]:
    """An answer as the values of the inputs that are on, in the order of the form."""
    if question.kind == "yesno":
        return ["ja" if value else "nee"]
    if question.kind == "checkboxes":
        return sorted(value) or ([NONE] if question.none else [])
    return [str(value)]


def answer_target(question: Question, old: Any, new: Any) -> str:
    """The input that shows a changed answer: the option now chosen, or else the first one that changed."""
    if question.kind == "number":
        return question.name
    values = [code for code, _ in question.options] + ([NONE] if question.none else [])
    before, after = _chosen(question, old), _chosen(question, new)
    changed = [n for n, value in enumerate(values) if (value in before) != (value in after)]
    turned_on = [n for n in changed if values[n] in after]
    chosen = (turned_on or changed or [0])[0]
    return input_ids(question)[chosen]


def change_forms(profile: Profile, advice: Advice) -> list[ChangeForm]:
    """The advice's changes, each with the posted answers that give it."""
    forms = []
    questions = current_questions()
    for change in advice.what_would_change or ():
        changed = type(profile).model_validate({**profile.model_dump(), change.field: change.to_value})
        question = questions.by_name[change.field]
        target = answer_target(question, getattr(profile, change.field), getattr(changed, change.field))
        forms.append(ChangeForm(change, answers_of(changed, questions), target))
    return forms


def changed_question(value: str | None) -> str | None:
    """The question the advice page changed, when the hidden field names one (anything else is ignored)."""
    return value if value in current_questions().by_name else None


def changed_input(changed: str | None, value: str | None) -> str | None:
    """The input to focus on the form page: one of the changed question's inputs (anything else is ignored)."""
    if changed is None:
        return None
    ids = input_ids(current_questions().by_name[changed])
    return value if value in ids else ids[0]


def questions_with_influence(profile: Profile) -> set[str]:
    """The questions of which another answer could change the advice for this profile (the same computation
    as the list on the advice page, before it is cut to 8)."""
    return current_advisor().questions_that_matter(profile)
