"""The boundary profiles of a set of rules: a few values per field that together stand for every profile.

For every whole number field the walk takes each `min` and each `max + 1` a
rule tests (and for the age, the limits of every answer tied to ages: the
settings), every value of every choice field, and
the set members the rules look at. Between two boundary values no rule can
change its answer, so a profile per boundary stands for all profiles in between.
Set members that every test treats alike (listed in the same has_any, has_all
and has_none lists) are one class: whether none, one or all of them are present
is all a rule can see.

`walk` gives the profiles one by one. `BoundaryWalk` fills them in field by
field, depth first, in the same order, and hands out a whole block of profiles
at once as soon as the outer fields settle the tests it is given: check-rules
and diff decide a block once instead of each of its profiles.
"""

import heapq
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from types import SimpleNamespace
from typing import Any, TypeVar

from ..core.conditions import PartialEvaluator
from ..core.profile import profile_model
from ..core.ruleset import LoadedRule
from ..core.vocabulary import AGE_FIELD, ChoiceField, NumberField, SetField, Vocabulary, YesNoField


def field_tests(rules: Sequence[LoadedRule], name: str) -> list[Any]:
    """Every test the rules make of one field, in `any` branches too."""
    return [test for r in rules for c in r.rule.when.branches() if (test := getattr(c, name)) is not None]


def boundary_values(rules: Sequence[LoadedRule], fields: Iterable[str], vocabulary: Vocabulary) -> dict[str, list[Any]]:
    """For each field, the values that together stand for every profile (see module docstring)."""
    values: dict[str, list[Any]] = {}
    for name in fields:
        field = vocabulary.fields[name]
        if isinstance(field, NumberField):
            low, high = field.min, field.max
            points = {low}
            for test in field_tests(rules, name):
                points.update(p for p in (test.min, None if test.max is None else test.max + 1) if p is not None)
            if name == AGE_FIELD:
                for _, ages in vocabulary.age_limits:
                    for a, b in ages.values():
                        points.update((a, b + 1))
            values[name] = sorted(p for p in points if low <= p <= high)
        elif isinstance(field, ChoiceField):
            values[name] = list(vocabulary.values(name))
        elif isinstance(field, SetField):
            values[name] = _set_values(name, field_tests(rules, name), vocabulary)
        elif isinstance(field, YesNoField):
            values[name] = [False, True]
    return values


@dataclass(frozen=True)
class MemberClass:
    """Members of a set field that every test treats alike; `named` when some test names them (else they count
    only for `empty`, through any one of them)."""

    named: bool
    members: tuple[str, ...]
    needed_whole: bool


def member_classes(name: str, tests: Sequence[Any], vocabulary: Vocabulary) -> list[MemberClass]:
    """The classes of alike members that a rule can tell apart, in code order (see module docstring)."""
    classes: dict[tuple[tuple[bool, bool, bool], ...], list[str]] = {}
    for member in vocabulary.values(name):
        role = tuple(
            (member in (t.has_any or ()), member in (t.has_all or ()), member in (t.has_none or ())) for t in tests
        )
        classes.setdefault(role, []).append(member)
    found = []
    for role, members in classes.items():
        named = any(any(flags) for flags in role)
        if named or any(t.empty is not None for t in tests):
            found.append(MemberClass(named, tuple(members), any(needed for _, needed, _ in role)))
    return found


def _set_values(name: str, tests: list[Any], vocabulary: Vocabulary) -> list[frozenset[str]]:
    """The sets that stand for every value of a set field: per class of alike members none, one or (if a
    has_all needs it) all."""
    states: list[list[tuple[str, ...]]] = []
    for group in member_classes(name, tests, vocabulary):
        options: list[tuple[str, ...]] = [(), group.members[:1]]
        if group.named and len(group.members) > 1 and group.needed_whole:
            options.append(group.members)
        states.append(options)
    order = {member: n for n, member in enumerate(vocabulary.values(name))}
    found = {frozenset(m for part in combo for m in part) for combo in itertools.product(*states)}
    return sorted(found, key=lambda s: (len(s), sorted(order[m] for m in s)))


def _outer(vocabulary: Vocabulary) -> list[str]:
    """The fields a walk fills in first: those whose answers are tied to ages (the setting), then the age, so that
    the ages walked can be those the answers allow."""
    return [*(name for name, _ in vocabulary.age_limits), AGE_FIELD]


def levels(rules: Sequence[LoadedRule], vocabulary: Vocabulary) -> list[tuple[str, list[Any]]]:
    """The fields of `walk`, outermost first, with their boundary values (age: every boundary, filtered per setting
    while walking)."""
    outer = _outer(vocabulary)
    fields = set().union(*(r.rule.when.fields() for r in rules)) if rules else set()
    values = boundary_values(rules, fields | set(outer), vocabulary)
    first = [(name, values.pop(name)) for name in outer]
    return [*first, *((name, values[name]) for name in sorted(values))]


def walk(rules: Sequence[LoadedRule], vocabulary: Vocabulary) -> Iterator[SimpleNamespace]:
    """Every valid boundary profile over the fields these rules test (others at their defaults)."""
    found = levels(rules, vocabulary)
    tied = len(_outer(vocabulary)) - 1
    names = [name for name, _ in found]
    outer, (_, ages), rest = found[:tied], found[tied], found[tied + 1 :]
    defaults = vocabulary.defaults
    for answers in itertools.product(*(values for _, values in outer)):
        chosen = dict(zip(names, answers, strict=False))
        for age in ages:
            chosen[AGE_FIELD] = age
            if not vocabulary.fits(chosen.__getitem__):
                continue
            for combo in itertools.product(*(values for _, values in rest)):
                yield SimpleNamespace(**{**defaults, **chosen, **dict(zip(names[tied + 1 :], combo, strict=True))})


def describe_profile(profile: SimpleNamespace, vocabulary: Vocabulary) -> str:
    """A profile as the JSON a user could paste into `kinderogen advise`, only the required and non-default
    fields."""
    defaults = vocabulary.defaults
    shown = {}
    for name in vocabulary.names:
        value = getattr(profile, name)
        if name not in defaults or value != defaults[name]:
            shown[name] = sorted(value) if isinstance(value, frozenset) else value
    return profile_model(vocabulary).model_validate(shown).model_dump_json(include=set(shown))


def _cost(defaults: dict[str, Any], name: str, value: Any) -> int:
    """What one field adds to `complexity`: nothing at its default, else 1 and 1 per set member."""
    if name not in defaults or value == defaults[name]:
        return 0
    return 1 + (len(value) if isinstance(value, frozenset) else 0)


def complexity(profile: Any, vocabulary: Vocabulary) -> int:
    """How much there is to read in a profile: fields away from their defaults, and set members."""
    defaults = vocabulary.defaults
    return sum(_cost(defaults, name, getattr(profile, name)) for name in defaults)


Entry = TypeVar("Entry", bound=tuple[Any, ...])


def keep_simplest(kept: list[Entry], entry: Entry, examples: int) -> None:
    """Keep (complexity, number, profile) in `kept` if it is among the `examples` simplest, the lowest number first
    among equals; `kept` stays sorted, simplest first."""
    if len(kept) < examples or (kept and entry[:2] < kept[-1][:2]):
        kept.append(entry)
        kept.sort(key=lambda one: one[:2])
        del kept[examples:]


class Block:
    """The profiles of a walk under the fields filled in so far: the tests the walk was given answer alike for all
    of them. `fired` has a bit for each test that holds; `settled` is False when the walk stopped early because none
    of the needed tests can hold (the other tests may still be open). The profiles are read off the walk's current
    place, so a block is only good until the walk moves on."""

    def __init__(self, walk: "BoundaryWalk", profile: SimpleNamespace, level: int, fired: int, settled: bool) -> None:
        self.fired = fired
        self.settled = settled
        self._vocabulary = walk.vocabulary
        self._defaults = walk.vocabulary.defaults
        self._profile = profile
        self._names = walk.names[level:]
        self._values = [walk.values_at(deeper, profile) for deeper in range(level, len(walk.names))]
        self.count = 1
        for values in self._values:
            self.count *= len(values)

    def _made(self, combo: Iterable[Any]) -> SimpleNamespace:
        return SimpleNamespace(**{**vars(self._profile), **dict(zip(self._names, combo, strict=True))})

    def profiles(self) -> Iterator[SimpleNamespace]:
        """Each profile of the block, in walk order, each a new object."""
        for combo in itertools.product(*self._values):
            yield self._made(combo)

    @cached_property
    def least_complexity(self) -> int:
        """The lowest `complexity` of a profile in the block."""
        defaults = self._defaults
        filled = sum(
            _cost(defaults, name, getattr(self._profile, name)) for name in defaults if name not in self._names
        )
        rest = zip(self._names, self._values, strict=True)
        return filled + sum(min(_cost(defaults, name, value) for value in values) for name, values in rest)

    def simplest(self, examples: int) -> list[tuple[int, int, SimpleNamespace]]:
        """The `examples` profiles with the lowest `complexity`, the earliest first among equals, as (complexity,
        place in the block from 0, profile). A best-first search over the remaining fields, each field's values
        ordered by what they add, so a block of millions costs a few steps."""
        defaults = self._defaults
        orders = [
            sorted(
                range(len(values)),
                key=[(_cost(defaults, name, value), n) for n, value in enumerate(values)].__getitem__,
            )
            for name, values in zip(self._names, self._values, strict=True)
        ]
        strides = [1] * len(orders)
        for level in range(len(orders) - 2, -1, -1):
            strides[level] = strides[level + 1] * len(orders[level + 1])

        def entry(ranks: tuple[int, ...]) -> tuple[int, int, tuple[int, ...]]:
            places = [order[rank] for order, rank in zip(orders, ranks, strict=True)]
            cost = sum(_cost(defaults, n, v[p]) for n, v, p in zip(self._names, self._values, places, strict=True))
            return cost, sum(p * s for p, s in zip(places, strides, strict=True)), ranks

        start = (0,) * len(orders)
        frontier, seen = [entry(start)], {start}
        found: list[tuple[int, int, SimpleNamespace]] = []
        while frontier and len(found) < examples:
            _, place, ranks = heapq.heappop(frontier)
            combo = [v[order[r]] for v, order, r in zip(self._values, orders, ranks, strict=True)]
            profile = self._made(combo)
            found.append((complexity(profile, self._vocabulary), place, profile))
            for level in range(len(ranks)):
                if ranks[level] + 1 < len(orders[level]):
                    step = (*ranks[:level], ranks[level] + 1, *ranks[level + 1 :])
                    if step not in seen:
                        seen.add(step)
                        heapq.heappush(frontier, entry(step))
        return found


class BoundaryWalk:
    """The profiles of `walk(rules)`, filled in field by field, depth first, in walk order: `blocks` hands out every
    profile once, in blocks that the given tests answer alike for."""

    def __init__(self, rules: Sequence[LoadedRule], vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        found = levels(rules, vocabulary)
        self.names = [name for name, _ in found]
        self._values = [values for _, values in found]
        self._walked = [(name, set(values)) for name, values in found]
        self._unwalked = [(name, default) for name, default in vocabulary.defaults.items() if name not in self.names]
        everything = frozenset(vocabulary.names)
        # Per level: the fields filled in once that level is; fields the walk does not vary sit at their defaults.
        self._known = [(everything - frozenset(self.names[level + 1 :])).__contains__ for level in range(len(found))]
        # The age level comes right after the answers tied to ages: its values are those they allow.
        self._age_level = self.names.index(AGE_FIELD)
        rest = 1
        for values in self._values[self._age_level + 1 :]:
            rest *= len(values)
        outer = itertools.product(*self._values[: self._age_level])
        self.size = sum(rest * len(self._ages(dict(zip(self.names, combo, strict=False)))) for combo in outer)

    def _ages(self, answers: dict[str, Any]) -> list[int]:
        """The walk's ages that fit the answers tied to ages."""
        fitting = []
        for age in self._values[self._age_level]:
            if self.vocabulary.fits({**answers, AGE_FIELD: age}.__getitem__):
                fitting.append(age)
        return fitting

    def values_at(self, level: int, profile: SimpleNamespace) -> list[Any]:
        """The values of one level; for age, those the profile's setting allows."""
        if level != self._age_level:
            return self._values[level]
        return self._ages({name: getattr(profile, name) for name in self.names[:level]})

    def __contains__(self, profile: SimpleNamespace) -> bool:
        """Whether `walk` gives this profile."""
        if any(getattr(profile, name) not in values for name, values in self._walked):
            return False
        if any(getattr(profile, name) != default for name, default in self._unwalked):
            return False
        return self.vocabulary.fits(partial(getattr, profile))

    def blocks(self, tests: Sequence[PartialEvaluator], needed: int | None = None) -> Iterator[Block]:
        """Every profile of the walk once, in walk order, in blocks: a block ends the descent as soon as every test
        is settled or, when `needed` (a bit per test) is given, as soon as none of those tests can still hold."""
        profile = SimpleNamespace(**self.vocabulary.defaults)

        def visit(level: int, fired: int, open_tests: list[tuple[int, PartialEvaluator]]) -> Iterator[Block]:
            name, known = self.names[level], self._known[level]
            for value in self.values_at(level, profile):
                setattr(profile, name, value)
                now, still = fired, []
                for bit, holds in open_tests:
                    answer = holds(profile, known)
                    if answer is None:
                        still.append((bit, holds))
                    elif answer:
                        now |= bit
                # At the last level every field is filled in, so no test is still open there.
                if still and (needed is None or now & needed or any(bit & needed for bit, _ in still)):
                    yield from visit(level + 1, now, still)
                else:
                    yield Block(self, profile, level + 1, now, not still)

        yield from visit(0, 0, [(1 << n, test) for n, test in enumerate(tests)])
