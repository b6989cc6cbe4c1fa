"""The boundary profiles of a set of rules: a few values per field that together stand for every profile.

For every whole number field the walk takes each `min` and each `max + 1` a
rule tests (and the setting age limits), every value of every choice field, and
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
from functools import cached_property
from types import SimpleNamespace
from typing import Any, TypeVar

from ..core.codes import AGE_MAX, SETTING_AGES, WEEKS_MAX, age_fits
from ..core.conditions import (
    BOOL_FIELDS,
    ENUM_FIELDS,
    ENUM_VALUES,
    INT_FIELDS,
    SET_FIELDS,
    SET_MEMBERS,
    PartialEvaluator,
)
from ..core.profile import CaseProfile
from ..core.ruleset import LoadedRule

INT_DOMAIN = {"age": (0, AGE_MAX), "waiting_weeks": (0, WEEKS_MAX), "weeks_absent": (0, WEEKS_MAX)}
DEFAULTS: dict[str, Any] = {
    name: info.default for name, info in CaseProfile.model_fields.items() if name not in ("age", "setting")
}


def field_tests(rules: Sequence[LoadedRule], name: str) -> list[Any]:
    """Every test the rules make of one field, in `any` branches too."""
    return [test for r in rules for c in r.rule.when.branches() if (test := getattr(c, name)) is not None]


def boundary_values(rules: Sequence[LoadedRule], fields: Iterable[str]) -> dict[str, list[Any]]:
    """For each field, the values that together stand for every profile (see module docstring)."""
    values: dict[str, list[Any]] = {}
    for name in fields:
        if name in INT_FIELDS:
            low, high = INT_DOMAIN[name]
            points = {low}
            for test in field_tests(rules, name):
                points.update(p for p in (test.min, None if test.max is None else test.max + 1) if p is not None)
            if name == "age":
                for a, b in SETTING_AGES.values():
                    points.update((a, b + 1))
            values[name] = sorted(p for p in points if low <= p <= high)
        elif name in ENUM_FIELDS:
            values[name] = list(ENUM_VALUES[name])
        elif name in SET_FIELDS:
            values[name] = _set_values(name, field_tests(rules, name))
        elif name in BOOL_FIELDS:
            values[name] = [False, True]
    return values


@dataclass(frozen=True)
class MemberClass:
    """Members of a set field that every test treats alike; `named` when some test names them (else they count
    only for `empty`, through any one of them)."""

    named: bool
    members: tuple[str, ...]
    needed_whole: bool


def member_classes(name: str, tests: Sequence[Any]) -> list[MemberClass]:
    """The classes of alike members that a rule can tell apart, in code order (see module docstring)."""
    classes: dict[tuple[tuple[bool, bool, bool], ...], list[str]] = {}
    for member in SET_MEMBERS[name]:
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


def _set_values(name: str, tests: list[Any]) -> list[frozenset[str]]:
    """The sets that stand for every value of a set field: per class of alike members none, one or (if a
    has_all needs it) all."""
    states: list[list[tuple[str, ...]]] = []
    for group in member_classes(name, tests):
        options: list[tuple[str, ...]] = [(), group.members[:1]]
        if group.named and len(group.members) > 1 and group.needed_whole:
            options.append(group.members)
        states.append(options)
    order = {member: n for n, member in enumerate(SET_MEMBERS[name])}
    found = {frozenset(m for part in combo for m in part) for combo in itertools.product(*states)}
    return sorted(found, key=lambda s: (len(s), sorted(order[m] for m in s)))


def levels(rules: Sequence[LoadedRule]) -> list[tuple[str, list[Any]]]:
    """The fields of `walk`, outermost first, with their boundary values (age: every boundary, filtered per setting
    while walking)."""
    fields = set().union(*(r.rule.when.fields() for r in rules)) if rules else set()
    fields |= {"age", "setting"}
    values = boundary_values(rules, fields)
    ages, settings = values.pop("age"), values.pop("setting")
    return [("setting", settings), ("age", ages), *((name, values[name]) for name in sorted(values))]


def walk(rules: Sequence[LoadedRule]) -> Iterator[SimpleNamespace]:
    """Every valid boundary profile over the fields these rules test (others at their defaults)."""
    (_, settings), (_, ages), *rest = levels(rules)
    names = [name for name, _ in rest]
    for setting in settings:
        for age in (a for a in ages if age_fits(a, setting)):
            for combo in itertools.product(*(values for _, values in rest)):
                chosen = dict(zip(names, combo, strict=True))
                yield SimpleNamespace(**{**DEFAULTS, "age": age, "setting": setting, **chosen})


def describe_profile(profile: SimpleNamespace) -> str:
    """A profile as the JSON a user could paste into `kinderogen advise`, only the non-default fields."""
    shown = {"age": profile.age, "setting": profile.setting}
    for name, default in DEFAULTS.items():
        value = getattr(profile, name)
        if value != default:
            shown[name] = sorted(value) if isinstance(value, frozenset) else value
    return CaseProfile.model_validate(shown).model_dump_json(include=set(shown))


def _cost(name: str, value: Any) -> int:
    """What one field adds to `complexity`: nothing at its default, else 1 and 1 per set member."""
    if name not in DEFAULTS or value == DEFAULTS[name]:
        return 0
    return 1 + (len(value) if isinstance(value, frozenset) else 0)


def complexity(profile: SimpleNamespace | CaseProfile) -> int:
    """How much there is to read in a profile: fields away from their defaults, and set members."""
    return sum(_cost(name, getattr(profile, name)) for name in DEFAULTS)


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
        filled = sum(_cost(name, getattr(self._profile, name)) for name in DEFAULTS if name not in self._names)
        rest = zip(self._names, self._values, strict=True)
        return filled + sum(min(_cost(name, value) for value in values) for name, values in rest)

    def simplest(self, examples: int) -> list[tuple[int, int, SimpleNamespace]]:
        """The `examples` profiles with the lowest `complexity`, the earliest first among equals, as (complexity,
        place in the block from 0, profile). A best-first search over the remaining fields, each field's values
        ordered by what they add, so a block of millions costs a few steps."""
        orders = [
            sorted(range(len(values)), key=[(_cost(name, value), n) for n, value in enumerate(values)].__getitem__)
            for name, values in zip(self._names, self._values, strict=True)
        ]
        strides = [1] * len(orders)
        for level in range(len(orders) - 2, -1, -1):
            strides[level] = strides[level + 1] * len(orders[level + 1])

        def entry(ranks: tuple[int, ...]) -> tuple[int, int, tuple[int, ...]]:
            places = [order[rank] for order, rank in zip(orders, ranks, strict=True)]
            cost = sum(_cost(n, v[p]) for n, v, p in zip(self._names, self._values, places, strict=True))
            return cost, sum(p * s for p, s in zip(places, strides, strict=True)), ranks

        start = (0,) * len(orders)
        frontier, seen = [entry(start)], {start}
        found: list[tuple[int, int, SimpleNamespace]] = []
        while frontier and len(found) < examples:
            _, place, ranks = heapq.heappop(frontier)
            combo = [v[order[r]] for v, order, r in zip(self._values, orders, ranks, strict=True)]
            profile = self._made(combo)
            found.append((complexity(profile), place, profile))
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

    def __init__(self, rules: Sequence[LoadedRule]) -> None:
        found = levels(rules)
        self.names = [name for name, _ in found]
        self._values = [values for _, values in found]
        self._walked = [(name, set(values)) for name, values in found]
        self._unwalked = [(name, default) for name, default in DEFAULTS.items() if name not in self.names]
        everything = frozenset(CaseProfile.model_fields)
        # Per level: the fields filled in once that level is; fields the walk does not vary sit at their defaults.
        self._known = [(everything - frozenset(self.names[level + 1 :])).__contains__ for level in range(len(found))]
        ages = self._values[1]
        rest = 1
        for values in self._values[2:]:
            rest *= len(values)
        self.size = sum(rest * sum(1 for age in ages if age_fits(age, s)) for s in self._values[0])

    def values_at(self, level: int, profile: SimpleNamespace) -> list[Any]:
        """The values of one level; for age, those the profile's setting allows."""
        values = self._values[level]
        if self.names[level] != "age":
            return values
        return [age for age in values if age_fits(age, profile.setting)]

    def __contains__(self, profile: SimpleNamespace) -> bool:
        """Whether `walk` gives this profile."""
        if any(getattr(profile, name) not in values for name, values in self._walked):
            return False
        if any(getattr(profile, name) != default for name, default in self._unwalked):
            return False
        return age_fits(profile.age, profile.setting)

    def blocks(self, tests: Sequence[PartialEvaluator], needed: int | None = None) -> Iterator[Block]:
        """Every profile of the walk once, in walk order, in blocks: a block ends the descent as soon as every test
        is settled or, when `needed` (a bit per test) is given, as soon as none of those tests can still hold."""
        profile = SimpleNamespace(**DEFAULTS)

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
