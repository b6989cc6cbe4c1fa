"""The `when` of a rule: tests on CaseProfile fields, in a form a policy officer can read.

A condition is a mapping from profile field to test. All tests must hold; the
key `any` holds a list of conditions of which at least one must hold.

    age: {min: 4, max: 12}            whole numbers: lower and/or upper bound, inclusive
    setting: [po, sbo]                one value: the field is one of these
    concerns: {has_any: [gedrag]}     sets: has_any / has_all / has_none / empty
    stuck: true                       yes/no fields

A condition is evaluated two ways: by durable_rules (engine.py compiles it to
that engine's dialect), which decides what fires, and by `evaluator` here, which
also says which tests were met: the explanation, check-rules and diff read that
trace. A property test proves the two agree.
"""

import threading
from collections.abc import Callable, Iterator
from operator import attrgetter
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Generic, Literal, TypeVar, cast

from pydantic import BeforeValidator, Field, create_model, model_validator

from .strict import Strict
from .vocabulary import ChoiceField, NumberField, SetField, Vocabulary

T = TypeVar("T")


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class Range(Strict):
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


class SetTest(Strict, Generic[T]):
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


class Condition(Strict):
    """The `when` of a rule: every test given must hold. The tests are the profile's fields, so each vocabulary has
    its own subclass (`condition_model`); this base knows only how to read one."""

    # The profile's fields in the order their tests are listed and evaluated (`Vocabulary.test_order`).
    test_fields: ClassVar[tuple[str, ...]] = ()
    if TYPE_CHECKING:
        any: list["Condition"] | None = None

    def tests(self) -> Iterator[tuple[str, Any]]:
        """The field tests of this level (not of the `any` branches)."""
        for name in self.test_fields:
            test = getattr(self, name)
            if test is not None:
                yield name, test

    def fields(self) -> set[str]:
        """Every profile field this condition looks at, branches included."""
        found = {name for name, _ in self.tests()}
        for branch in self.any or ():
            found |= branch.fields()
        return found

    def branches(self) -> Iterator["Condition"]:
        """This condition and every `any` branch below it, depth first."""
        yield self
        for branch in self.any or ():
            yield from branch.branches()


def _codes(codes: tuple[str, ...]) -> Any:
    """The Literal type of a field's codes, so a rule file and the schema of rule files name only those."""
    return Literal[codes]


def _test_type(field: Any) -> Any:
    if isinstance(field, NumberField):
        return Range
    if isinstance(field, ChoiceField):
        return OneOf[_codes(tuple(v.code for v in field.values))]  # type: ignore[misc]
    if isinstance(field, SetField):
        return SetTest[_codes(tuple(v.code for v in field.values))]  # type: ignore[misc]
    return bool


_models: dict[str, type[Condition]] = {}
_models_lock = threading.Lock()


def condition_model(vocabulary: Vocabulary) -> type[Condition]:
    """The Condition of a vocabulary: one optional test per profile field, and `any`. Made once per vocabulary."""
    with _models_lock:
        model = _models.get(vocabulary.key)
        if model is None:
            tests: dict[str, Any] = {
                name: (_test_type(vocabulary.fields[name]) | None, None) for name in vocabulary.test_order
            }
            # `any` holds conditions of this same model: a name the model is known by once it is made.
            branches: tuple[Any, Any] = (
                "list[_Branch] | None",
                Field(None, min_length=1, description="minstens één van deze voorwaarden"),
            )
            model = cast(
                type[Condition],
                create_model(
                    "Condition",
                    __base__=Condition,
                    __module__=__name__,
                    __doc__=Condition.__doc__,
                    **tests,
                    any=branches,
                ),
            )
            model.test_fields = vocabulary.test_order
            model.model_rebuild(force=True, _types_namespace={"_Branch": model})
            _models[vocabulary.key] = model
        return model


Trace = tuple[tuple[str, Any], ...]
# Reads the fields of a CaseProfile, or of any object with the same attributes (the checker's walk).
Evaluator = Callable[[Any], Trace | None]


def _all(checks: list[Callable[[Any], bool]]) -> Callable[[Any], bool]:
    """All checks, short-circuiting, without a generator per call."""
    if not checks:
        return lambda p: True
    first = checks[0]
    if len(checks) == 1:
        return first
    rest = _all(checks[1:])
    return lambda p: first(p) and rest(p)


def field_check(name: str, test: Any) -> Callable[[Any], bool]:
    """One test of a condition as a function of a profile; the kind of test says the kind of field."""
    get = attrgetter(name)
    if isinstance(test, Range):
        low, high = test.min, test.max
        if high is None:
            return lambda p: get(p) >= low
        if low is None:
            return lambda p: get(p) <= high
        return lambda p: low <= get(p) <= high
    if isinstance(test, list):
        allowed = frozenset(test)
        return lambda p: get(p) in allowed
    if isinstance(test, SetTest):
        checks: list[Callable[[Any], bool]] = []
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


def evaluator(condition: Condition) -> Evaluator:
    """The condition compiled once into a function that returns the tests a profile met, or None if it does not hold.

    The trace is the tests of this level followed by those of the first `any` branch that holds: what the
    explanation of an advice names, so the words cannot drift from the decision. check-rules and diff use the
    same function; a property test proves it agrees with the engine.
    """
    check = _all([field_check(name, test) for name, test in condition.tests()])
    own: Trace = tuple(condition.tests())
    branches = [evaluator(branch) for branch in condition.any or ()]
    if not branches:
        return lambda p: own if check(p) else None

    def evaluate(profile: Any) -> Trace | None:
        if not check(profile):
            return None
        for branch in branches:
            found = branch(profile)
            if found is not None:
                return own + found
        return None

    return evaluate


# Whether a condition holds when only some fields are filled in: True or False if those decide it, else None.
PartialEvaluator = Callable[[Any, Callable[[str], bool]], bool | None]


def partial_evaluator(condition: Condition) -> PartialEvaluator:
    """The condition compiled for a profile of which only the fields that `known(name)` accepts are filled in: the
    answer once they decide it (one failed test, or every test met), None while it still depends on the rest.
    check-rules and diff walk the profile space with it (`boundaries.BoundaryWalk`), so a rule is settled as soon as
    the outer fields decide it; each test is the evaluator's own (`field_check`)."""
    checks = [(name, field_check(name, test)) for name, test in condition.tests()]
    branches = [partial_evaluator(branch) for branch in condition.any or ()]

    def evaluate(profile: Any, known: Callable[[str], bool]) -> bool | None:
        open_test = False
        for name, check in checks:
            if not known(name):
                open_test = True
            elif not check(profile):
                return False
        if not branches:
            return None if open_test else True
        open_branch = False
        for branch in branches:
            answer = branch(profile, known)
            if answer:
                break
            open_branch = open_branch or answer is None
        else:
            return None if open_branch else False
        return None if open_test else True

    return evaluate
