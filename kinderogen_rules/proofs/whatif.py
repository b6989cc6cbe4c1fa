"""What would change the advice: the smallest changes of one answer that change what the advice concludes.

A professional at the table asks not only who coordinates, but what would make that different. The rules
already say: every condition names the fields and values that decide it. The candidates are the values
check-rules walks (`boundaries.boundary_values`, `boundaries.member_classes`), one answer at a time:
- a yes/no answer the other way; a choice any other value (a setting only where a child of this age can be:
  `Vocabulary.fits`);
- a set one member more or less (of members that every rule treats alike and none names, one stands for all);
- a number to each boundary a rule tests, up and down (going down, the highest value below the boundary).
What a field's declaration says of it (`what_if` in profiel.yaml) narrows this: a number only `step` up (the
age: a child only grows older, and a year is as far as a plan at the table looks), only the answers `only_to`
(a startkwalificatie is gained, not lost), only for profiles that meet `when` (from 16 years).
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
from ..core.conditions import Evaluator, condition_model, evaluator
from ..core.decision import Decision
from ..core.errors import RuleGapError
from ..core.profile import Profile
from ..core.ruleset import LoadedRule, RuleSet
from ..core.vocabulary import ChoiceField, NumberField, SetField, WhatIfLimits, YesNoField
from ..core.wording import Wording
from .boundaries import boundary_values, field_tests, member_classes
from .change import DecisionChange
from .whatif_words import ChangeWords, answer_words

# The advice lists at most this many changes: enough for a conversation at the table, few enough to read.
MAX_ITEMS = 8


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


def rank(found: list[Found], actionable: set[str] = frozenset()) -> list[Found]:  # type: ignore[assignment]
    """The order of the list: first the answers a professional can act on (support, waiting, consent, being stuck:
    `what_if.actionable` in profiel.yaml), then those that happen to the child. Within each: every change of regie
    first, as that is what the professional asks first; then for each other answer its largest change; then the
    rest. Within those, the changes that change most first, then the order of the questions; changes of one number in
    one direction nearest first."""

    def size(f: Found) -> int:
        return -len(f.change.seen)

    def ranked(part: list[Found]) -> list[Found]:
        regie = _nearest_first(sorted((f for f in part if f.change.holder), key=size))
        rest = sorted((f for f in part if not f.change.holder), key=size)
        seen = {f.candidate.field for f in regie}
        first = []
        for f in rest:
            if f.candidate.field not in seen:
                seen.add(f.candidate.field)
                first.append(f)
        return regie + _nearest_first(first + [f for f in rest if f not in first])

    return ranked([f for f in found if f.candidate.field in actionable]) + ranked(
        [f for f in found if f.candidate.field not in actionable]
    )


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

    def __init__(self, rules: RuleSet, in_force: Sequence[LoadedRule], decide: Callable[[Profile], Decision]):
        vocabulary = self._vocabulary = rules.vocabulary
        tested = set().union(*(r.rule.when.fields() for r in in_force)) if in_force else set()
        self._decision = decide
        # Per field, the rules that test it: only they can change their answer when that one answer changes.
        self._testing = {
            name: [evaluator(r.rule.when) for r in in_force if name in r.rule.when.fields()] for name in tested
        }
        kinds = {name: vocabulary.fields[name] for name in vocabulary.names if name in tested}
        numbers = [name for name, field in kinds.items() if isinstance(field, NumberField)]
        self._points = boundary_values(in_force, numbers, vocabulary)
        self._classes = {
            name: member_classes(name, field_tests(in_force, name), vocabulary)
            for name, field in kinds.items()
            if isinstance(field, SetField)
        }
        self._fields = kinds
        self._limits = {name: field.what_if for name, field in kinds.items() if field.what_if is not None}
        condition = condition_model(vocabulary)
        self._when: dict[str, Evaluator] = {
            name: evaluator(condition.model_validate(limits.when))
            for name, limits in self._limits.items()
            if limits.when is not None
        }
        self._order = CodeOrder(rules.catalog)
        self._words = ChangeWords(rules)
        self._wording = Wording(vocabulary)
        self._actionable = {name for name, limits in self._limits.items() if limits.actionable}

    def candidates(self, profile: Profile) -> Iterator[Candidate]:
        """Every single-answer change of the candidate set (module docstring), numbers nearest first."""
        for name, field in self._fields.items():
            when = self._when.get(name)
            if when is not None and when(profile) is None:
                continue
            limits = self._limits.get(name)
            for candidate in self._of_field(profile, name, field, getattr(profile, name), limits):
                if limits is None or limits.only_to is None or candidate.value in limits.only_to:
                    yield candidate

    def _of_field(
        self, profile: Profile, name: str, field: Any, value: Any, limits: WhatIfLimits | None
    ) -> Iterator[Candidate]:
        if isinstance(field, NumberField):
            yield from self._numbers(profile, name, field, value, limits)
        elif isinstance(field, ChoiceField):
            for other in self._vocabulary.values(name):
                if other != value and self._fits(profile, name, other):
                    yield Candidate(name, other)
        elif isinstance(field, YesNoField):
            yield Candidate(name, not value)
        else:
            yield from self._members(name, value)

    def _fits(self, profile: Profile, name: str, value: Any) -> bool:
        """Whether the profile with this one answer changed is one a child can have (its age fits its setting)."""
        return self._vocabulary.fits(lambda field: value if field == name else getattr(profile, field))

    def _numbers(
        self, profile: Profile, name: str, field: NumberField, value: int, limits: WhatIfLimits | None
    ) -> Iterator[Candidate]:
        if limits is not None and limits.step is not None:
            up = value + limits.step
            if up <= field.max and self._fits(profile, name, up):
                yield Candidate(name, up, limits.step)
            return
        points = self._points[name]
        low = field.min
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

    def changes(self, profile: Profile) -> list[Found]:
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
        return rank(found, self._actionable)

    def item(self, profile: Profile, found: Found) -> AnswerChange:
        """One change as the advice lists it: codes and one Dutch sentence."""
        candidate, change = found.candidate, found.change
        rules = change.seen_rules()
        fill = self._wording.filler(profile)
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
                fill,
            ),
            answer=fill(
                answer_words(self._vocabulary, candidate.field, getattr(profile, candidate.field), candidate.value)
            ),
            source=self._words.cite(rules[0]),
            actionable=candidate.field in self._actionable,
        )

    def what_would_change(self, profile: Profile) -> list[AnswerChange]:
        """The changes of one answer that would change the advice, most important first (at most MAX_ITEMS)."""
        return [self.item(profile, found) for found in self.changes(profile)[:MAX_ITEMS]]

    def questions_that_matter(self, profile: Profile) -> set[str]:
        """The fields of which some candidate changes the advice: the same computation, before the list is cut."""
        return {found.candidate.field for found in self.changes(profile)}


def _grows(old: Any, new: Any) -> bool | None:
    """Whether a set gains a member (True) or loses one (False); None for other answers."""
    return len(new) > len(old) if isinstance(old, frozenset) else None


def _json(value: Any) -> Any:
    return sorted(value) if isinstance(value, frozenset) else value
