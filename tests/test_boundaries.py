"""The walk in blocks: every boundary profile once, in walk order, and the simplest of a block found without
listing it. check-rules and diff count whole blocks, so a mistake here would be a wrong count or example."""

import datetime as dt
from collections.abc import Sequence

import pytest
from conftest import RULES, VOCABULARY

from kinderogen_rules.core.conditions import partial_evaluator
from kinderogen_rules.core.ruleset import LoadedRule, load_rules
from kinderogen_rules.proofs.boundaries import BoundaryWalk, complexity, walk

DAY = dt.date(2026, 1, 1)


def rules_of(*files: str) -> list[LoadedRule]:
    return [r for r in load_rules(RULES).in_force(DAY) if r.file in files]


@pytest.mark.parametrize(
    ("files", "tested"),
    [
        (["dyslexie.yaml", "veiligheid.yaml"], 0),
        (["dyslexie.yaml", "veiligheid.yaml"], 2),
        (["dyslexie.yaml", "veiligheid.yaml"], 99),
        (["jongvolwassenen.yaml", "veiligheid.yaml"], 3),
        (["zorg-in-onderwijstijd.yaml"], 1),
    ],
)
def test_blocks_cover_the_walk_in_order_and_know_their_simplest_profiles(files: Sequence[str], tested: int) -> None:
    """Blocks from no tests (one block per setting), some and all of the rules' tests: together they are exactly
    the walk, in its order; within each block the tests answer alike; and each block's simplest profiles, its
    lowest complexity and its size are what listing it gives."""
    rules = rules_of(*files)
    tests = [partial_evaluator(r.rule.when) for r in rules[:tested]]
    everything = frozenset(vars(next(walk(rules, VOCABULARY))))
    boundary = BoundaryWalk(rules, VOCABULARY)
    listed = []
    for block in boundary.blocks(tests):
        profiles = list(block.profiles())
        assert block.count == len(profiles) and block.settled
        for n, test in enumerate(tests):
            assert {test(p, everything.__contains__) for p in profiles} == {bool(block.fired >> n & 1)}
        ranked = sorted((complexity(p, VOCABULARY), place, vars(p)) for place, p in enumerate(profiles))
        assert [(cost, place, vars(p)) for cost, place, p in block.simplest(4)] == ranked[:4]
        assert block.least_complexity == ranked[0][0]
        listed.extend(vars(p) for p in profiles)
    assert listed == [vars(p) for p in walk(rules, VOCABULARY)]
    assert boundary.size == len(listed)
    assert all(p in boundary for p in walk(rules, VOCABULARY))


def test_a_profile_off_the_walk_is_not_in_it() -> None:
    rules = rules_of("jongvolwassenen.yaml", "veiligheid.yaml")
    boundary = BoundaryWalk(rules, VOCABULARY)
    profile = next(walk(rules, VOCABULARY))
    assert profile in boundary
    for field, value in [("age", 3), ("waiting_weeks", 2), ("region", "drechtsteden"), ("stuck", True)]:
        changed = type(profile)(**{**vars(profile), field: value})
        assert (changed in boundary) == (value in [getattr(p, field) for p in walk(rules, VOCABULARY)]), field


def test_a_block_stops_early_when_no_needed_test_can_hold() -> None:
    """diff only needs the blocks where a changed rule holds; elsewhere the walk stops as soon as that is sure."""
    rules = rules_of("dyslexie.yaml", "veiligheid.yaml")
    tests = [partial_evaluator(r.rule.when) for r in rules]
    boundary = BoundaryWalk(rules, VOCABULARY)
    everything = frozenset(vars(next(walk(rules, VOCABULARY))))
    needed = 1
    early = 0
    for block in boundary.blocks(tests, needed=needed):
        holds = {tests[0](p, everything.__contains__) for p in block.profiles()}
        if block.fired & needed:
            assert block.settled and holds == {True}
        else:
            assert holds == {False}
            early += not block.settled
    assert early > 0
