"""What would change the advice: the smallest changes of one answer that change what the advice concludes.

A professional at the table asks not only who coordinates, but what would make that different. The rules
already say: every condition names the fields and values that decide it. The candidates are the values
check-rules walks (`boundaries.boundary_values`, `boundaries.member_classes`), one answer at a time:
- a yes/no answer the other way (a startkwalificatie only gained, and from STARTKWALIFICATIE_AGE: it is a
  diploma, not lost once had); a choice any other value (a setting only where a child of this age can be);
- a set one member more or less (of members that every rule treats alike and none names, one stands for all);
- a number to each boundary a rule tests, up and down (going down, the highest value below the boundary);
  the age only one year up: a child only grows older, and a year is as far as a plan at the table looks.
Each candidate is decided by the advisor's own engine and hit policy (`Advisor.decision`), so what an item
says is exactly what advising on the changed profile gives. A candidate is skipped without asking the engine
only when no rule that tests its field changes its answer (by `conditions.evaluator`, which a property test
proves agrees with the engine): then the rules that fire, and so the decision, stay the same. A change
counts when it changes the regie holder, adds or removes an arrangement, changes who holds doorzettingsmacht,
or adds or removes a signal. Of the numbers in one direction, a further boundary is kept only for what the
nearer ones do not already change. Answers to one question that change exactly the same are one item. The
order is `rank`'s; the advice shows at most MAX_ITEMS.
"""

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from ..core.advice import AnswerChange
from ..core.codes import AGE_MAX, SETTING_AGES, ArrangementCode, Holder, Partner, SignalCode
from ..core.conditions import BOOL_FIELDS, ENUM_FIELDS, ENUM_VALUES, INT_FIELDS, SET_FIELDS, evaluator
from ..core.decision import Decision
from ..core.errors import RuleGapError
from ..core.profile import CaseProfile
from ..core.ruleset import Rule
from .boundaries import INT_DOMAIN, boundary_values, field_tests, member_classes
from .whatif_words import ChangeWords

if TYPE_CHECKING:
    from ..advisor import Advisor

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
class Effect:
    """What a change does to the conclusions of the advice, in codes (empty tuples when that part stays)."""

    holder: Holder | None
    arrangements_added: tuple[ArrangementCode, ...]
    arrangements_removed: tuple[ArrangementCode, ...]
    escalation_added: tuple[Partner, ...]
    escalation_removed: tuple[Partner, ...]
    signals_added: tuple[SignalCode, ...]
    signals_removed: tuple[SignalCode, ...]

    @cached_property
    def parts(self) -> frozenset[tuple[str, str]]:
        """Each single change as (kind, code): how much changes is how many there are."""
        found = {("regie", self.holder)} if self.holder else set()
        for kind in (
            "arrangements_added",
            "arrangements_removed",
            "escalation_added",
            "escalation_removed",
            "signals_added",
            "signals_removed",
        ):
            found.update((kind, code) for code in getattr(self, kind))
        return frozenset(found)


def effect(before: Decision, after: Decision, order: dict[str, int]) -> Effect:
    """The difference between two decisions in what an advice concludes, codes in catalogue order."""

    def ranked(codes: set[Any]) -> tuple[Any, ...]:
        return tuple(sorted(codes, key=lambda code: (order.get(code, len(order)), code)))

    old_arrangements, new_arrangements = set(before.arrangement_rules), set(after.arrangement_rules)
    old_escalation, new_escalation = set(before.escalation_to), set(after.escalation_to)
    return Effect(
        holder=after.holder if after.holder != before.holder else None,
        arrangements_added=ranked(new_arrangements - old_arrangements),
        arrangements_removed=ranked(old_arrangements - new_arrangements),
        escalation_added=ranked(new_escalation - old_escalation),
        escalation_removed=ranked(old_escalation - new_escalation),
        signals_added=ranked(set(after.signal_codes - before.signal_codes)),
        signals_removed=ranked(set(before.signal_codes - after.signal_codes)),
    )


@dataclass(frozen=True)
class Found:
    """A candidate that changes the advice, with both decisions (their rules say why)."""

    candidate: Candidate
    effect: Effect
    before: Decision
    after: Decision
    # Other values of the same answer that change exactly the same (e.g. another concern the same rules name).
    alternatives: tuple[Any, ...] = ()

    def rules(self) -> list[Rule]:
        """The rules that make the change, in the order the effect names its parts (each once)."""
        e, before, after = self.effect, self.before, self.after
        found: list[Rule] = [after.decider.rule] if e.holder else []
        found += [rule for code in e.arrangements_added for rule in after.arrangement_rules[code]]
        found += [rule for code in e.arrangements_removed for rule in before.arrangement_rules[code]]
        for partners, decision in ((e.escalation_added, after), (e.escalation_removed, before)):
            found += [
                rule
                for rule in decision.escalation_rules
                if rule.then.escalation and set(partners) & set(rule.then.escalation.to)
            ]
        for signals, decision in ((e.signals_added, after), (e.signals_removed, before)):
            found += [r.rule for r in decision.counting if set(signals) & set(r.rule.then.signals)]
        return list({rule.id: rule for rule in found}.values())


def rank(found: list[Found]) -> list[Found]:
    """The order of the list: every change of regie first, as that is what the professional asks first; then
    for each other answer its largest change; then the rest. Within each, the changes that change most first,
    then the order of the questions; changes of one number in one direction nearest first."""

    def size(f: Found) -> int:
        return -len(f.effect.parts)

    regie = _nearest_first(sorted((f for f in found if f.effect.holder), key=size))
    rest = sorted((f for f in found if not f.effect.holder), key=size)
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
    """The candidates of the rules an advisor has in force on a day, derived once, and the changes they make."""

    def __init__(self, advisor: "Advisor", day: dt.date) -> None:
        rules = advisor.in_force(day)
        tested = set().union(*(r.rule.when.fields() for r in rules)) if rules else set()
        self._decision: Callable[[CaseProfile], Decision] = partial(advisor.decision, on=day)
        # Per field, the rules that test it: only they can change their answer when that one answer changes.
        self._testing = {
            name: [evaluator(r.rule.when) for r in rules if name in r.rule.when.fields()] for name in tested
        }
        self._points = boundary_values(rules, [name for name in INT_FIELDS if name in tested])
        self._classes = {name: member_classes(name, field_tests(rules, name)) for name in SET_FIELDS if name in tested}
        self._choices = [name for name in ENUM_FIELDS if name in tested]
        self._yes_no = [name for name in BOOL_FIELDS if name in tested]
        catalog = advisor.rules.catalog
        self._order: dict[str, int] = {
            **{a.code: n for n, a in enumerate(catalog.arrangements)},
            **{code: n for n, code in enumerate(catalog.signals)},
        }
        self._words = ChangeWords(advisor.rules)

    def candidates(self, profile: CaseProfile) -> Iterator[Candidate]:
        """Every single-answer change of the candidate set (module docstring), numbers nearest first."""
        for name in FIELD_ORDER:
            value = getattr(profile, name)
            if name in self._points:
                yield from self._numbers(profile, name, value)
            elif name in self._choices:
                for other in ENUM_VALUES[name]:
                    if other != value and (name != "setting" or _fits(profile.age, other)):
                        yield Candidate(name, other)
            elif name in self._yes_no:
                if name != "has_startkwalificatie" or (not value and profile.age >= STARTKWALIFICATIE_AGE):
                    yield Candidate(name, not value)
            elif name in self._classes:
                yield from self._members(name, value)

    def _numbers(self, profile: CaseProfile, name: str, value: int) -> Iterator[Candidate]:
        if name == "age":
            if value < AGE_MAX and _fits(value + 1, profile.setting):
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
            change = effect(before, after, self._order)
            parts = change.parts
            if not parts:
                continue
            if candidate.step:
                direction = (candidate.field, candidate.step > 0)
                nearer = shown.get(direction, frozenset())
                if parts <= nearer:
                    continue
                shown[direction] = nearer | parts
            else:
                key = (candidate.field, _grows(getattr(profile, candidate.field), candidate.value), change)
                if key in alike:
                    first = found[alike[key]]
                    found[alike[key]] = replace(first, alternatives=(*first.alternatives, candidate.value))
                    continue
                alike[key] = len(found)
            found.append(Found(candidate, change, before, after))
        return rank(found)

    def item(self, profile: CaseProfile, found: Found) -> AnswerChange:
        """One change as the advice lists it: codes and one Dutch sentence."""
        candidate, change = found.candidate, found.effect
        rules = found.rules()
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
                found.before,
                change,
                rules[0],
            ),
        )


def _fits(age: int, setting: str) -> bool:
    low, high = SETTING_AGES[setting]
    return low <= age <= high


def _grows(old: Any, new: Any) -> bool | None:
    """Whether a set gains a member (True) or loses one (False); None for other answers."""
    return len(new) > len(old) if isinstance(old, frozenset) else None


def _json(value: Any) -> Any:
    return sorted(value) if isinstance(value, frozenset) else value


_per_advisor: "WeakKeyDictionary[Advisor, dict[dt.date | None, WhatIf]]" = WeakKeyDictionary()
_per_advisor_lock = threading.Lock()


def what_if_for(advisor: "Advisor", day: dt.date) -> WhatIf:
    """The candidates of an advisor's rules on a day, derived once per period of the rules (dropped with the
    advisor)."""
    period = advisor.rules.period(day)
    with _per_advisor_lock:
        periods = _per_advisor.setdefault(advisor, {})
        found = periods.get(period.start)
        if found is None:
            found = periods[period.start] = WhatIf(advisor, period.start or day)
        return found


def what_would_change(advisor: "Advisor", profile: CaseProfile, day: dt.date) -> list[AnswerChange]:
    """The changes of one answer that would change the advice on that day, most important first (at most
    MAX_ITEMS)."""
    what_if = what_if_for(advisor, day)
    return [what_if.item(profile, found) for found in what_if.changes(profile)[:MAX_ITEMS]]


def questions_that_matter(advisor: "Advisor", profile: CaseProfile, day: dt.date | None = None) -> set[str]:
    """The fields of which some candidate changes the advice: the same computation, before the list is cut."""
    return {found.candidate.field for found in what_if_for(advisor, day or advisor.day).changes(profile)}
