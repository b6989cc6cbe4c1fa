"""A rule's `when` as Dutch points for the rulebook: each test in main-clause order ("het kind wacht 6 weken of
langer op jeugdhulp"), with the words of `core.field_words`."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..core.codes import VALUE_LABELS
from ..core.conditions import Condition
from ..core.dutch import join_nl, join_or
from ..core.field_words import FIELD_WORDS, ChoiceWords, NumberWords, YesNoWords


def _labels_as_written(name: str, values: Iterable[str], join: Callable[[Sequence[str]], str]) -> str:
    """The labels of the values a rule names, in the order its author wrote them."""
    return join([VALUE_LABELS[name][v] for v in values])


def _test_phrases(name: str, test: Any) -> list[str]:
    """How one test of a rule reads in the rulebook (main-clause order, for a list).

    >>> from kinderogen_rules.core.conditions import Range
    >>> _test_phrases("weeks_absent", Range(min=1)), _test_phrases("age", Range(min=4, max=12))
    (['het kind zit 1 week of langer zonder passend onderwijs'], ['het kind is 4 tot en met 12 jaar'])
    >>> _test_phrases("setting", ["po", "geen"])
    ['het kind zit op de gewone basisschool, of het kind staat nergens ingeschreven']
    """
    words = FIELD_WORDS[name]
    if isinstance(words, NumberWords):
        low, high = test.min, test.max
        if high == 0 and words.zero:
            return [words.zero]
        if low is not None and high is not None:
            amount = words.count(low) if low == high else f"{low} tot en met {words.count(high)}"
        elif low is not None:
            amount = words.at_least.format(amount=words.count(low))
        else:
            amount = words.at_most.format(amount=words.count(high))
        return [words.range.format(amount=amount)]
    if isinstance(words, ChoiceWords):
        plain = [v for v in test if v not in words.own]
        parts = [words.value.format(label=_labels_as_written(name, plain, join_or))] if plain else []
        parts.extend(words.own[v] for v in test if v in words.own)
        return [", of ".join(parts)]
    if isinstance(words, YesNoWords):
        return [words.yes if test else words.no]
    phrases = []
    if test.has_any:
        phrases.append(f"{words.present} {_labels_as_written(name, test.has_any, join_or)}")
    if test.has_all:
        phrases.append(f"{words.present} {_labels_as_written(name, test.has_all, join_nl)}")
    if test.has_none:
        phrases.append(f"{words.absent} {_labels_as_written(name, test.has_none, join_or)}")
    if test.empty is not None:
        phrases.append(words.none if test.empty else words.some)
    return phrases


@dataclass(frozen=True)
class Outline:
    """A rule's `when` for people: points that must all hold, and groups of which one must hold."""

    points: list[str]
    one_of: list["Outline"]


def condition_outline(condition: Condition) -> Outline:
    """What a rule's `when` asks, as Dutch points."""
    points = [phrase for name, test in condition.tests() for phrase in _test_phrases(name, test)]
    return Outline(points, [condition_outline(branch) for branch in condition.any or ()])
