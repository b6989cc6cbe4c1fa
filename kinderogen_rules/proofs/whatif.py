"""What would change the advice: the smallest changes of one answer that change what the advice concludes.

A professional at the table asks not only who coordinates, but what would make that different. The rules
already say: every condition names the fields and values that decide it. The candidates are the values
check-rules walks (`boundaries.boundary_values`, `boundaries.member_classes`), one answer at a time:
- a yes/no answer the other way (a startkwalificatie only gained, and from STARTKWALIFICATIE_AGE: it is a
  diploma, not lost once had); a choice any other value (a setting only where a child of this age can be);
- a set one member more or less (of members that every rule treats alike and none names, one stands for all);
- a number to each boundary a rule tests, up and down (going down, the highest value below the boundary);
  the age only one year up: a child only grows older, and a year is as far as a plan at the table looks.
Each candidate is decided by the advisor's own engine and hit policy (the `decide` the compiled rules pass in),
so what an item says is exactly what advising on the changed profile gives. A candidate is skipped without asking
the engine only when no rule that tests its field changes its answer (by `conditions.evaluator`, which a property test
proves agrees with the engine): then the rules that fire, and so the decision, stay the same. A change
counts when it changes the regie holder, adds or removes an arrangement, changes who holds doorzettingsmacht,
or adds or removes a signal. Of the numbers in one direction, a further boundary is kept only for what the
nearer ones do not already change. Answers to one question that change exactly the same are one item. The
order is `rank`'s; the advice shows at most MAX_ITEMS.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..core.advice import AnswerChange
from ..core.advice_codes import CodeOrder
from ..core.codes import AGE_MAX, age_fits
from ..core.conditions import BOOL_FIELDS, ENUM_FIELDS, ENUM_VALUES, INT_FIELDS, SET_FIELDS, evaluator
from ..core.decision import Decision
from ..core.errors import RuleGapError
from ..core.profile import CaseProfile
from ..core.ruleset import LoadedRule, RuleSet
from .boundaries import INT_DOMAIN, boundary_values, field_tests, member_classes
from .change import DecisionChange
from .whatif_words import ChangeWords

# A startkwalificatie is a havo, vwo or mbo-2 diploma: nobody younger has one.
STARTKWALIFICATIE_AGE = 16
# The advice lists at most this many changes: enough for a conversation at the table, few enough to read.
MAX_ITEMS = 8
FIELD_ORDER = tuple(CaseProfile.model_fields)


@dataclass(frozen=True)
class Candidate:
    """One answer changed: the field, its new value, and for a number how far and which way (0 otherwise)."""

    field: str
    value: Any
    step: int = 0


@dataclass(frozen=True)
class Found:
    """A candidate that changes the advice, with what it changes (both decisions: their rules say why)."""

    candidate: Candidate
    change: DecisionChange
    # Other values of the same answer that change exactly the same (e.g. another concern the same rules name).
    alternatives: tuple[Any, ...] = ()


def rank(found: list[Found]) -> list[Found]:
    """The order of the list: every change of regie first, as that is what the professional asks first; then
    for each other answer its largest change; then the rest. Within each, the changes that change most first,
    then the order of the questions; changes of one number in one direction nearest first."""

    def size(f: Found) -> int:
        return -len(f.change.seen)

    regie = _nearest_first(sorted((f for f in found if f.change.holder), key=size))
    rest = sorted((f for f in found if not f.change.holder), key=size)
    seen = {f.candidate.field for f in regie}
    first = []
    for f in rest:
        if f.candidate.field not in seen:
            seen.add(f.candidate.field)
            first.append(f)
    return regie + _nearest_first(first + [f for f in rest if f not in first])


def _nearest_first(found: list[Found]) -> list[Found]:
    """The same list, with the changes of one number in one direction swapped so that the nearest comes first."""
    ranked = list(found)
    ways = {(f.candidate.field, f.candidate.step > 0) for f in ranked if f.candidate.step}
    for way in ways:
        places = [
            n for n, f in enumerate(ranked) if f.candidate.step and (f.candidate.field, f.candidate.step > 0) == way
        ]
        nearest = sorted((ranked[n] for n in places), key=lambda f: abs(f.candidate.step))
        for n, f in zip(places, nearest, strict=True):
            ranked[n] = f
    return ranked


class WhatIf:
    """The candidates of the rules in force in one period, derived once, and the changes they make.

    It is given what it needs of the compiled rules: the rule set (for its words), the rules in force, and the
    function that decides a profile with them (engine and hit policy).
    """

    def __init__(self, rules: RuleSet, in_force: Sequence[LoadedRule], decide: Callable[[CaseProfile], Decision]):
        tested = set().union(*(r.rule.when.fields() for r in in_force)) if in_force else set()
        self._decision = decide
        # Per field, the rules that test it: only they can change their answer when that one answer changes.
        self._testing = {
            name: [evaluator(r.rule.when) for r in in_force if name in r.rule.when.fields()] for name in tested
        }
        self._points = boundary_values(in_force, [name for name in INT_FIELDS if name in tested])
        self._classes = {
            name: member_classes(name, field_tests(in_force, name)) for name in SET_FIELDS if name in tested
        }
        self._choices = [name for name in ENUM_FIELDS if name in tested]
        self._yes_no = [name for name in BOOL_FIELDS if name in tested]
        self._order = CodeOrder(rules.catalog)
        self._words = ChangeWords(rules)

    def candidates(self, profile: CaseProfile) -> Iterator[Candidate]:
        """Every single-answer change of the candidate set (module docstring), numbers nearest first."""
        for name in FIELD_ORDER:
            value = getattr(profile, name)
            if name in self._points:
                yield from self._numbers(profile, name, value)
            elif name in self._choices:
                for other in ENUM_VALUES[name]:
                    if other != value and (name != "setting" or age_fits(profile.age, other)):
                        yield Candidate(name, other)
            elif name in self._yes_no:
                if name != "has_startkwalificatie" or (not value and profile.age >= STARTKWALIFICATIE_AGE):
                    yield Candidate(name, not value)
            elif name in self._classes:
                yield from self._members(name, value)

    def _numbers(self, profile: CaseProfile, name: str, value: int) -> Iterator[Candidate]:
        if name == "age":
            if value < AGE_MAX and age_fits(value + 1, profile.setting):
                yield Candidate(name, value + 1, 1)
            return
        points = self._points[name]
        low = INT_DOMAIN[name][0]
        for point in points:
            if point > value:
                yield Candidate(name, point, point - value)
        for point in reversed(points):
            if point <= value and point - 1 >= low:
                yield Candidate(name, point - 1, point - 1 - value)

    def _members(self, name: str, value: frozenset[str]) -> Iterator[Candidate]:
        for group in self._classes[name]:
            present = [m for m in group.members if m in value]
            if group.named:
                for member in group.members:
                    yield Candidate(name, value - {member} if member in value else value | {member})
            elif present:
                for member in present:
                    yield Candidate(name, value - {member})
            else:
                yield Candidate(name, value | {group.members[0]})

    def changes(self, profile: CaseProfile) -> list[Found]:
        """Every candidate that changes the advice, alike ones together, ranked (see `rank`)."""
        before = self._decision(profile)
        found: list[Found] = []
        shown: dict[tuple[str, bool], frozenset[tuple[str, str]]] = {}
        alike: dict[tuple[Any, ...], int] = {}
        answers: dict[str, list[bool]] = {}
        for candidate in self.candidates(profile):
            tests = self._testing[candidate.field]
            if candidate.field not in answers:
                answers[candidate.field] = [test(profile) is not None for test in tests]
            changed = profile.model_copy(update={candidate.field: candidate.value})
            if [test(changed) is not None for test in tests] == answers[candidate.field]:
                continue
            try:
                after = self._decision(changed)
            except RuleGapError:
                continue
            if after is before:
                continue
            change = DecisionChange.between(before, after, self._order)
            parts = change.seen
            if not parts:
                continue
            if candidate.step:
                direction = (candidate.field, candidate.step > 0)
                nearer = shown.get(direction, frozenset())
                if parts <= nearer:
                    continue
                shown[direction] = nearer | parts
            else:
                key = (candidate.field, _grows(getattr(profile, candidate.field), candidate.value), parts)
                if key in alike:
                    first = found[alike[key]]
                    found[alike[key]] = replace(first, alternatives=(*first.alternatives, candidate.value))
                    continue
                alike[key] = len(found)
            found.append(Found(candidate, change))
        return rank(found)

    def item(self, profile: CaseProfile, found: Found) -> AnswerChange:
        """One change as the advice lists it: codes and one Dutch sentence."""
        candidate, change = found.candidate, found.change
        rules = change.seen_rules()
        return AnswerChange(
            field=candidate.field,
            from_value=_json(getattr(profile, candidate.field)),
            to_value=_json(candidate.value),
            holder=change.holder,
            arrangements_added=list(change.arrangements_added),
            arrangements_removed=list(change.arrangements_removed),
            escalation_added=list(change.escalation_added),
            escalation_removed=list(change.escalation_removed),
            signals_added=list(change.signals_added),
            signals_removed=list(change.signals_removed),
            rule_ids=[rule.id for rule in rules],
            same_effect=[_json(value) for value in found.alternatives],
            sentence=self._words.sentence(
                candidate.field,
                getattr(profile, candidate.field),
                [candidate.value, *found.alternatives],
                change,
                rules[0],
            ),
        )

    def what_would_change(self, profile: CaseProfile) -> list[AnswerChange]:
        """The changes of one answer that would change the advice, most important first (at most MAX_ITEMS)."""
        return [self.item(profile, found) for found in self.changes(profile)[:MAX_ITEMS]]

    def questions_that_matter(self, profile: CaseProfile) -> set[str]:
        """The fields of which some candidate changes the advice: the same computation, before the list is cut."""
        return {found.candidate.field for found in self.changes(profile)}


def _grows(old: Any, new: Any) -> bool | None:
    """Whether a set gains a member (True) or loses one (False); None for other answers."""
    return len(new) > len(old) if isinstance(old, frozenset) else None


def _json(value: Any) -> Any:
    return sorted(value) if isinstance(value, frozenset) else value
