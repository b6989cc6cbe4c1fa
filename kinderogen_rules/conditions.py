"""The `when` of a rule: tests on CaseProfile fields, in a form a policy officer can read.

A condition is a mapping from profile field to test. All tests must hold; the
key `any` holds a list of conditions of which at least one must hold.

    age: {min: 4, max: 12}            whole numbers: lower and/or upper bound, inclusive
    setting: [po, sbo]                one value: the field is one of these
    concerns: {has_any: [gedrag]}     sets: has_any / has_all / has_none / empty
    stuck: true                       yes/no fields

The same condition is evaluated three ways: compiled to durable_rules (the
engine), evaluated in Python (to walk the profile space and to explain which
facts led to a rule), and read out (the atoms the checker enumerates).
"""

from collections.abc import Callable, Iterator
from operator import attrgetter
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from .codes import Care, CognitiveLevel, Concern, Consent, LoadCapacity, Place, Region, Setting, codes
from .profile import CaseProfile

T = TypeVar("T")


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Range(_Strict):
    """A whole number between min and max (both inclusive; either may be left out)."""

    min: int | None = None
    max: int | None = None

    @model_validator(mode="after")
    def _bounded(self) -> "Range":
        if self.min is None and self.max is None:
            raise ValueError("geef min, max of allebei")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is groter dan max ({self.max})")
        return self


class SetTest(_Strict, Generic[T]):
    """A test on a set field: which members it must or must not have."""

    has_any: list[T] | None = None
    has_all: list[T] | None = None
    has_none: list[T] | None = None
    empty: bool | None = None

    @model_validator(mode="after")
    def _something(self) -> "SetTest[T]":
        if self.has_any is None and self.has_all is None and self.has_none is None and self.empty is None:
            raise ValueError("geef has_any, has_all, has_none of empty")
        return self

    def members(self) -> set[str]:
        """The set members this test looks at."""
        found: set[str] = set()
        for group in (self.has_any, self.has_all, self.has_none):
            found.update(str(m) for m in group or ())
        return found


OneOf = Annotated[list[T], BeforeValidator(_as_list), Field(min_length=1)]

INT_FIELDS = ("age", "waiting_weeks", "weeks_absent")
ENUM_FIELDS = ("setting", "region", "parents_consent", "cognitive_level", "load_capacity")
SET_FIELDS = ("concerns", "shows_at", "care")
BOOL_FIELDS = ("school_support_exhausted", "exemption_requested", "stuck", "has_startkwalificatie")

SET_MEMBERS: dict[str, tuple[str, ...]] = {
    "concerns": codes(Concern),
    "shows_at": codes(Place),
    "care": codes(Care),
}
ENUM_VALUES: dict[str, tuple[str, ...]] = {
    "setting": codes(Setting),
    "region": codes(Region),
    "parents_consent": codes(Consent),
    "cognitive_level": codes(CognitiveLevel),
    "load_capacity": codes(LoadCapacity),
}


class Condition(_Strict):
    """The `when` of a rule. Every test given must hold."""

    age: Range | None = None
    waiting_weeks: Range | None = None
    weeks_absent: Range | None = None
    setting: OneOf[Setting] | None = None
    region: OneOf[Region] | None = None
    parents_consent: OneOf[Consent] | None = None
    cognitive_level: OneOf[CognitiveLevel] | None = None
    load_capacity: OneOf[LoadCapacity] | None = None
    concerns: SetTest[Concern] | None = None
    shows_at: SetTest[Place] | None = None
    care: SetTest[Care] | None = None
    school_support_exhausted: bool | None = None
    exemption_requested: bool | None = None
    stuck: bool | None = None
    has_startkwalificatie: bool | None = None
    any: list["Condition"] | None = Field(None, min_length=1, description="minstens één van deze voorwaarden")

    def tests(self) -> Iterator[tuple[str, Any]]:
        """The field tests of this level (not of the `any` branches)."""
        for name in (*INT_FIELDS, *ENUM_FIELDS, *SET_FIELDS, *BOOL_FIELDS):
            test = getattr(self, name)
            if test is not None:
                yield name, test

    def fields(self) -> set[str]:
        """Every profile field this condition looks at, branches included."""
        found = {name for name, _ in self.tests()}
        for branch in self.any or ():
            found |= branch.fields()
        return found


def test_holds(name: str, test: Any, value: Any) -> bool:
    """Whether one field test holds for one profile value."""
    if name in INT_FIELDS:
        return (test.min is None or value >= test.min) and (test.max is None or value <= test.max)
    if name in ENUM_FIELDS:
        return value in test
    if name in SET_FIELDS:
        return (
            (test.has_any is None or bool(value & set(test.has_any)))
            and (test.has_all is None or set(test.has_all) <= value)
            and (test.has_none is None or not value & set(test.has_none))
            and (test.empty is None or (not value) == test.empty)
        )
    return bool(value == test)


def matched_tests(condition: Condition, profile: CaseProfile) -> list[tuple[str, Any]] | None:
    """The field tests that made the condition hold (first holding `any` branch), or None."""
    found: list[tuple[str, Any]] = []
    for name, test in condition.tests():
        if not test_holds(name, test, getattr(profile, name)):
            return None
        found.append((name, test))
    if condition.any:
        for branch in condition.any:
            branch_tests = matched_tests(branch, profile)
            if branch_tests is not None:
                return found + branch_tests
        return None
    return found


Predicate = Callable[[Any], bool]


def _all(checks: list[Predicate]) -> Predicate:
    """All checks, short-circuiting, without a generator per call."""
    if not checks:
        return lambda p: True
    first = checks[0]
    if len(checks) == 1:
        return first
    rest = _all(checks[1:])
    return lambda p: first(p) and rest(p)


def _field_predicate(name: str, test: Any) -> Predicate:
    get = attrgetter(name)
    if name in INT_FIELDS:
        low, high = test.min, test.max
        if high is None:
            return lambda p: get(p) >= low
        if low is None:
            return lambda p: get(p) <= high
        return lambda p: low <= get(p) <= high
    if name in ENUM_FIELDS:
        allowed = frozenset(test)
        return lambda p: get(p) in allowed
    if name in SET_FIELDS:
        checks: list[Predicate] = []
        if test.has_any is not None:
            wanted = frozenset(test.has_any)
            checks.append(lambda p: not wanted.isdisjoint(get(p)))
        if test.has_all is not None:
            needed = frozenset(test.has_all)
            checks.append(lambda p: needed <= get(p))
        if test.has_none is not None:
            banned = frozenset(test.has_none)
            checks.append(lambda p: banned.isdisjoint(get(p)))
        if test.empty is not None:
            empty = bool(test.empty)
            checks.append(lambda p: (not get(p)) == empty)
        return _all(checks)
    expected = bool(test)
    return lambda p: get(p) == expected


def predicate(condition: Condition) -> Predicate:
    """The condition compiled to one Python function, for walks over many profiles (same answer as `holds`)."""
    checks = [_field_predicate(name, test) for name, test in condition.tests()]
    branches = [predicate(branch) for branch in condition.any or ()]
    if branches:
        checks.append(lambda p: any(branch(p) for branch in branches))
    return _all(checks)


def holds(condition: Condition, profile: CaseProfile) -> bool:
    """Whether the condition holds for the profile (Python evaluation)."""
    return matched_tests(condition, profile) is not None


def set_key(field: str, member: str) -> str:
    """The flat fact key that tells whether a set field holds a member."""
    return f"{field}__{member}"


def to_fact(profile: CaseProfile) -> dict[str, Any]:
    """The profile as one flat durable_rules fact: sets become one yes/no key per member."""
    fact: dict[str, Any] = {}
    for name in (*INT_FIELDS, *ENUM_FIELDS, *BOOL_FIELDS):
        fact[name] = getattr(profile, name)
    for name in SET_FIELDS:
        present = getattr(profile, name)
        for member in SET_MEMBERS[name]:
            fact[set_key(name, member)] = member in present
    return fact


def _all_of(parts: list[dict[str, Any]]) -> dict[str, Any]:
    return parts[0] if len(parts) == 1 else {"$and": parts}


def _one_of(parts: list[dict[str, Any]]) -> dict[str, Any]:
    return parts[0] if len(parts) == 1 else {"$or": parts}


def _compile_test(name: str, test: Any) -> list[dict[str, Any]]:  # durable_rules expressions
    if name in INT_FIELDS:
        parts: list[dict[str, Any]] = []
        if test.min is not None:
            parts.append({"$gte": {name: test.min}})
        if test.max is not None:
            parts.append({"$lte": {name: test.max}})
        return parts
    if name in ENUM_FIELDS:
        return [_one_of([{name: value} for value in test])]
    if name in SET_FIELDS:
        parts = []
        if test.has_any is not None:
            parts.append(_one_of([{set_key(name, m): True} for m in test.has_any]))
        for member in test.has_all or ():
            parts.append({set_key(name, member): True})
        for member in test.has_none or ():
            parts.append({set_key(name, member): False})
        if test.empty is not None:
            flags = [{set_key(name, m): not test.empty} for m in SET_MEMBERS[name]]
            parts.append(_all_of(flags) if test.empty else _one_of(flags))
        return parts
    return [{name: bool(test)}]


def to_durable(condition: Condition) -> dict[str, Any]:
    """The condition as a durable_rules expression over the flat fact of `to_fact`."""
    parts: list[dict[str, Any]] = []
    for name, test in condition.tests():
        parts.extend(_compile_test(name, test))
    if condition.any:
        parts.append(_one_of([to_durable(branch) for branch in condition.any]))
    if not parts:
        # A rule without tests holds for every profile; age is always present.
        parts.append({"$gte": {"age": 0}})
    return _all_of(parts)
