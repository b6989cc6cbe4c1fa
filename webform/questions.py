"""The questions of the form, made from the vocabulary of the app's rules (rules/profiel.yaml).

Each profile field is asked once, with the question, hint, short name and option words its declaration gives
(`form`, and `option` per code), in the sections the declaration lists. A rules directory with a region or a
question of its own gets a form that asks it: nothing here names a field.

A question whose declaration gives the form no `default` is not answered in advance: the professional must answer
it, unless its `asked_when` says it does not apply to this child (then the field's default holds, as in the API).
A list with a `none` choice ("Nog geen zorg") is answered by ticking that choice.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["number", "radio", "checkboxes", "yesno"]
# How the form asks each type of field.
KINDS: dict[str, Kind] = {"number": "number", "choice": "radio", "set": "checkboxes", "yesno": "yesno"}
YES_NO = (("nee", "Nee"), ("ja", "Ja"))
# The value of a list's "none of these" choice: no code looks like it (codes are lower case, digits, - and _).
NONE = "!geen"


@dataclass(frozen=True)
class Question:
    """One question of the form."""

    name: str
    kind: Kind
    text: str
    hint: str
    short: str
    options: tuple[tuple[str, str], ...] = ()
    default: str | tuple[str, ...] | None = None
    required_message: str = ""
    # Whether it must be answered (no default in the form), and whether only for some children (`asked_when`).
    required: bool = False
    sometimes: bool = False
    # A list's "none of these" choice ('' for none).
    none: str = ""
    # How an amount of a number field reads, singular and plural ("jaar", "weken").
    unit: tuple[str, str] = ("", "")

    def amount(self, number: int) -> str:
        """An answer to a number question with its unit: '8 jaar', '1 week'."""
        return f"{number} {self.unit[0] if number == 1 else self.unit[1]}"


@dataclass(frozen=True)
class Section:
    """A group of questions under one heading."""

    title: str
    questions: tuple[Question, ...]


def _default(kind: Kind, value: Any) -> str | tuple[str, ...] | None:
    """The answer the form fills in before the professional answers, as form data."""
    if value is None:
        return None
    if kind == "yesno":
        return "ja" if value else "nee"
    if kind == "checkboxes":
        return tuple(value)
    return str(value)


def _question(name: str, field: Any) -> Question:
    kind = KINDS[field.type]
    form = field.form
    options = YES_NO if kind == "yesno" else tuple((value.code, value.option) for value in getattr(field, "values", ()))
    return Question(
        name=name,
        kind=kind,
        text=form.question,
        hint=form.hint,
        short=form.short,
        options=options,
        default=_default(kind, form.default),
        required_message=form.required_message,
        required=form.default is None,
        sometimes=form.asked_when is not None,
        none=form.none,
        unit=tuple(field.words.unit) if kind == "number" else ("", ""),
    )


@dataclass(frozen=True)
class Questions:
    """Every question of one vocabulary, by name, and the sections that hold them, in the declared order; `asked`
    says whether a question applies to a profile (the vocabulary's `asked`, given a field's name and a reader of
    the profile's fields)."""

    by_name: dict[str, Question]
    sections: tuple[Section, ...]
    asked: Callable[[str, Callable[[str], Any]], bool]

    @classmethod
    def of(cls, vocabulary: Any) -> "Questions":
        by_name = {name: _question(name, field) for name, field in vocabulary.fields.items()}
        sections = tuple(
            Section(title, tuple(q for name, q in by_name.items() if vocabulary.fields[name].form.section == title))
            for title in vocabulary.sections
        )
        return cls(by_name, sections, vocabulary.asked)
