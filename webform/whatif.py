"""'Wat zou het advies veranderen?' on the pages: a form per change, and which questions can change the advice.

Nothing is stored: each change becomes a small form that posts all answers
again, with the one answer changed, to the form page (`POST /wijzigen`); that
page computes from the answers posted which questions matter for this child.
"""

from dataclasses import dataclass
from typing import Any

from kinderogen_rules import Advice, AnswerChange, Profile

from .extension import current_advisor, current_questions
from .forms import answers_of
from .questions import Question

# The hidden field that tells the form page which answer the advice page changed.
CHANGED = "gewijzigd"


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


def change_forms(profile: Profile, advice: Advice) -> list[ChangeForm]:
    """The advice's changes, each with the posted answers that give it."""
    forms = []
    questions = current_questions()
    for change in advice.what_would_change or ():
        changed = type(profile).model_validate({**profile.model_dump(), change.field: change.to_value})
        forms.append(
            ChangeForm(change, answers_of(changed, questions), question_target(questions.by_name[change.field]))
        )
    return forms


def changed_question(value: str | None) -> str | None:
    """The question the advice page changed, when the hidden field names one (anything else is ignored)."""
    return value if value in current_questions().by_name else None


def questions_with_influence(profile: Profile) -> set[str]:
    """The questions of which another answer could change the advice for this profile (the same computation
    as the list on the advice page, before it is cut to 8)."""
    return current_advisor().questions_that_matter(profile)
