"""A rule's `when` as Dutch points for the rulebook: each test in main-clause order ("het kind wacht 6 weken of
langer op jeugdhulp"), with the words of the vocabulary (`profiel.yaml`)."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..core.conditions import Condition
from ..core.dutch import join_nl, join_or
from ..core.vocabulary import ChoiceField, NumberField, SetField, Vocabulary, YesNoField, put


def _labels_as_written(
    vocabulary: Vocabulary, name: str, values: Iterable[str], join: Callable[[Sequence[str]], str]
) -> str:
    """The labels of the values a rule names, in the order its author wrote them."""
    return join([vocabulary.value_label(name, v) for v in values])


def _test_phrases(vocabulary: Vocabulary, name: str, test: Any) -> list[str]:
    """How one test of a rule reads in the rulebook (main-clause order, for a list).

    >>> from kinderogen_rules import load_rules
    >>> from kinderogen_rules.core.conditions import Range
    >>> words = load_rules().vocabulary
    >>> _test_phrases(words, "weeks_absent", Range(min=1)), _test_phrases(words, "age", Range(min=4, max=12))
    (['{kind} zit 1 week of langer zonder passend onderwijs'], ['{kind} is 4 tot en met 12 jaar'])
    >>> _test_phrases(words, "setting", ["po", "geen"])
    ['{kind} zit op de gewone basisschool, of {kind} staat nergens ingeschreven']
    """
    field = vocabulary.fields[name]
    if isinstance(field, NumberField):
        words = field.words
        low, high = test.min, test.max
        if high == 0 and words.zero:
            return [words.zero]
        if low is not None and high is not None:
            amount = words.count(low) if low == high else f"{low} tot en met {words.count(high)}"
        elif low is not None:
            amount = put(words.at_least, amount=words.count(low))
        else:
            amount = put(words.at_most, amount=words.count(high))
        return [put(words.range, amount=amount)]
    if isinstance(field, ChoiceField):
        own = {v: vocabulary.value(name, v).fact for v in test}
        plain = [v for v in test if not own[v]]
        template = field.words.value or ""
        parts = [put(template, label=_labels_as_written(vocabulary, name, plain, join_or))] if plain else []
        parts.extend(fact for v in test if (fact := own[v]))
        return [", of ".join(parts)]
    if isinstance(field, YesNoField):
        return [field.fact(bool(test))]
    assert isinstance(field, SetField)
    said = field.words
    phrases = []
    if test.has_any:
        phrases.append(f"{said.present} {_labels_as_written(vocabulary, name, test.has_any, join_or)}")
    if test.has_all:
        phrases.append(f"{said.present} {_labels_as_written(vocabulary, name, test.has_all, join_nl)}")
    if test.has_none:
        phrases.append(f"{said.absent} {_labels_as_written(vocabulary, name, test.has_none, join_or)}")
    if test.empty is not None:
        phrases.append(said.none if test.empty else said.some)
    return phrases


@dataclass(frozen=True)
class Outline:
    """A rule's `when` for people: points that must all hold, and groups of which one must hold."""

    points: list[str]
    one_of: list["Outline"]


def condition_outline(condition: Condition, vocabulary: Vocabulary) -> Outline:
    """What a rule's `when` asks, as Dutch points."""
    points = [
        vocabulary.neutral(phrase)
        for name, test in condition.tests()
        for phrase in _test_phrases(vocabulary, name, test)
    ]
    return Outline(points, [condition_outline(branch, vocabulary) for branch in condition.any or ()])
