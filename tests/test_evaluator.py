"""The engine (durable_rules) and the Python evaluator agree, so what check-rules proves and what an explanation
names is what advise decides.

check-rules walks the profile space with the evaluator and `decide`; advise asks durable_rules which rules fire
and then uses the same `decide`. These tests prove the two evaluations fire the same rules: on every profile of the
check-rules walk, on thousands of random profiles, and on random conditions a rule file could hold.
"""

import itertools
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import profile_strategies
import pytest
from conftest import VOCABULARY, examples
from hypothesis import given, settings
from hypothesis import strategies as st

from kinderogen_rules import CaseProfile, RuleLoadError
from kinderogen_rules.advisor import default_advisor
from kinderogen_rules.core.conditions import condition_model, evaluator
from kinderogen_rules.core.engine import Engine
from kinderogen_rules.core.ruleset import LoadedRule
from kinderogen_rules.proofs.boundaries import walk

WALK_SLICES = 8


def _walk_groups() -> list[list[LoadedRule]]:
    """The rule groups check-rules walks: the regie rules, and the region rules apart."""
    in_force = default_advisor().in_force()
    return [
        [r for r in in_force if r.rule.then.regie is not None],
        [r for r in in_force if r.rule.then.leads],
    ]


def _disagreements_in_slice(group: int, part: int) -> tuple[int, list[str]]:
    """Walk one slice of a group's walk (every WALK_SLICES-th profile) through both evaluations."""
    rules = _walk_groups()[group]
    engine = Engine([r.rule.when for r in rules], VOCABULARY)
    tests = [evaluator(r.rule.when) for r in rules]
    walked, wrong = 0, []
    for profile in itertools.islice(walk(rules, VOCABULARY), part, None, WALK_SLICES):
        walked += 1
        expected = [n for n, test in enumerate(tests) if test(profile) is not None]
        if engine.fired(profile) != expected and len(wrong) < 3:
            wrong.append(repr(profile))
    engine.close()
    return walked, wrong


@pytest.mark.slow
def test_engine_and_evaluator_fire_the_same_rules_on_every_profile_of_the_check_rules_walk() -> None:
    jobs = [(group, part) for group in range(len(_walk_groups())) for part in range(WALK_SLICES)]
    # Fresh interpreters, not forks: a test worker runs threads (the engine's timers), and a fork copies their locks.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 1, 4), mp_context=spawn) as pool:
        results = list(pool.map(_disagreements_in_slice, *zip(*jobs, strict=True)))
    walked = sum(n for n, _ in results)
    wrong = [profile for _, found in results for profile in found]
    assert walked > 1_000_000, walked
    assert not wrong, wrong


Condition = condition_model(VOCABULARY)


def profiles() -> st.SearchStrategy[Any]:
    return profile_strategies.profiles(VOCABULARY, CaseProfile)


@settings(max_examples=examples(3000))
@given(profiles())
def test_engine_and_evaluator_fire_the_same_shipped_rules_on_any_profile(profile: CaseProfile) -> None:
    advisor = default_advisor()
    expected = [r for r in advisor.in_force() if evaluator(r.rule.when)(profile) is not None]
    assert advisor.fired(profile) == expected


def _set_tests(field: str) -> st.SearchStrategy[dict[str, Any]]:
    members = st.lists(st.sampled_from(VOCABULARY.values(field)), min_size=1, max_size=3, unique=True)
    return st.fixed_dictionaries(
        {}, optional={"has_any": members, "has_all": members, "has_none": members, "empty": st.booleans()}
    ).filter(bool)


def _field_tests() -> st.SearchStrategy[dict[str, Any]]:
    bound = st.integers(0, 30)
    ranges = st.fixed_dictionaries({}, optional={"min": bound, "max": bound}).filter(
        lambda r: bool(r) and r.get("min", 0) <= r.get("max", 30)
    )
    choices = {
        name: st.lists(st.sampled_from(VOCABULARY.values(name)), min_size=1, unique=True)
        for name in VOCABULARY.of_kind("choice")
    }
    return st.fixed_dictionaries(
        {},
        optional={
            "age": ranges,
            "waiting_weeks": ranges,
            "weeks_absent": ranges,
            **choices,
            **{name: _set_tests(name) for name in VOCABULARY.of_kind("set")},
            "stuck": st.booleans(),
            "school_support_exhausted": st.booleans(),
        },
    )


conditions = st.recursive(
    _field_tests(),
    lambda inner: st.builds(
        lambda base, branches: {**base, "any": branches}, _field_tests(), st.lists(inner, min_size=1, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=examples(300))
@given(st.lists(conditions, min_size=1, max_size=4), st.lists(profiles(), min_size=1, max_size=20))
def test_engine_and_evaluator_agree_on_any_condition_a_rule_file_can_hold_or_the_engine_refuses_it_in_dutch(
    written: list[dict[str, Any]], cases: list[CaseProfile]
) -> None:
    parsed = [Condition.model_validate(c) for c in written]
    try:
        engine = Engine(parsed, VOCABULARY)
    except RuleLoadError as exc:
        # Too many combinations for durable_rules: refused in words that name the condition, never a crash.
        assert all(problem.startswith("voorwaarde ") and "splits de regel" in problem for problem in exc.problems)
        return
    try:
        tests = [evaluator(c) for c in parsed]
        for profile in cases:
            assert engine.fired(profile) == [n for n, test in enumerate(tests) if test(profile) is not None]
    finally:
        engine.close()


def test_the_trace_names_only_tests_the_profile_meets_and_the_branch_that_holds() -> None:
    condition = Condition.model_validate(
        {"age": {"min": 4}, "any": [{"concerns": {"has_any": ["gedrag"]}}, {"stuck": True}]}
    )
    evaluate = evaluator(condition)
    via_concern = evaluate(CaseProfile(age=8, setting="po", concerns={"gedrag"}, stuck=True))
    via_stuck = evaluate(CaseProfile(age=8, setting="po", stuck=True))
    assert via_concern is not None and [name for name, _ in via_concern] == ["age", "concerns"]
    assert via_stuck is not None and [name for name, _ in via_stuck] == ["age", "stuck"]
    assert evaluate(CaseProfile(age=8, setting="po")) is None
    assert evaluate(CaseProfile(age=3, setting="kinderopvang", stuck=True)) is None
