"""`kinderogen diff`: a policy officer sees exactly what one rule change does to the advices."""

import datetime as dt
import json
import shutil
from collections.abc import Iterator, Sequence
from operator import attrgetter
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import RULES, TOO_MANY_COMBINATIONS, VOCABULARY, replace_in

from kinderogen_rules.cli import main
from kinderogen_rules.core.advice_codes import CodeOrder
from kinderogen_rules.core.conditions import evaluator
from kinderogen_rules.core.decision import decide
from kinderogen_rules.core.ruleset import LoadedRule, load_rules
from kinderogen_rules.core.vocabulary import Vocabulary
from kinderogen_rules.proofs.boundaries import complexity, describe_profile, walk
from kinderogen_rules.proofs.change import DecisionChange
from kinderogen_rules.proofs.diff import DiffReport, diff_rules

DAY = dt.date(2026, 1, 1)


def every_profile(rules: Sequence[LoadedRule], vocabulary: Vocabulary = VOCABULARY) -> Iterator[SimpleNamespace]:
    """The profiles of a comparison one by one, as diff's docstring defines them: the regie walk, the walk over the
    region rules, then each rule's own walk, each profile once."""
    claims = [r for r in rules if r.rule.then.regie is not None]
    leads = [r for r in rules if r.rule.then.leads]
    seen: set[tuple[object, ...]] = set()
    identity = attrgetter(*vocabulary.names)
    for group in (claims, leads, *([rule] for rule in rules)):
        for profile in walk(group, vocabulary):
            if identity(profile) not in seen:
                seen.add(identity(profile))
                yield profile


@pytest.fixture(scope="module")
def later_waiting_support(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The rules with one change: steun tijdens de wachttijd only from 4 weeks on the waiting list (was 1)."""
    target = tmp_path_factory.mktemp("diff") / "rules"
    shutil.copytree(RULES, target)
    replace_in(target / "samenwerking.yaml", "waiting_weeks: {min: 1}", "waiting_weeks: {min: 4}")
    return target


@pytest.fixture(scope="module")
def report(later_waiting_support: Path) -> DiffReport:
    return diff_rules(RULES, later_waiting_support, examples=5)


def test_the_same_rules_change_nothing() -> None:
    same = diff_rules(RULES, RULES)
    assert same.profiles > 100_000
    assert same.changed == 0 and same.changes == {}
    assert same.rules_added == same.rules_removed == same.rules_changed == []


@pytest.mark.slow
def test_one_changed_rule_is_named_and_only_its_effect_is_reported(report: DiffReport) -> None:
    assert report.rules_changed == ["WACHTTIJD-01"] and not report.rules_added and not report.rules_removed
    assert not any(key.startswith("regie") or key == "lead" for key in report.changes)
    assert all("-" in key for key in report.changes), "the change only takes things away"
    assert {"arrangements-overbrugging", "signals-wachtlijst"} <= set(report.changes)
    assert set(report.changes) <= {"arrangements-overbrugging", "signals-wachtlijst", "partners-jgz", "partners-ouders"}


@pytest.mark.slow
def test_the_counts_are_exactly_the_profiles_waiting_one_to_three_weeks(
    report: DiffReport, later_waiting_support: Path
) -> None:
    rules = [*load_rules(RULES).rules, *load_rules(later_waiting_support).rules]
    waiting_1_to_3 = sum(1 for p in every_profile(rules) if 1 <= p.waiting_weeks <= 3)
    assert report.changes["arrangements-overbrugging"].count == waiting_1_to_3
    assert report.changes["signals-wachtlijst"].count == waiting_1_to_3
    assert report.changed == waiting_1_to_3
    for change in report.changes.values():
        assert 0 < len(change.examples) <= 5
        for example in change.examples:
            assert 1 <= json.loads(example)["waiting_weeks"] <= 3


@pytest.mark.slow
def test_a_regie_change_shows_where_regie_moves(rules_copy: Path) -> None:
    replace_in(
        rules_copy / "regie.yaml",
        "        holder: school\n        priority: 10\n        lead: de studentbegeleider",
        "        holder: gemeente\n        priority: 10\n        lead: de studentbegeleider",
    )
    moved = diff_rules(RULES, rules_copy)
    assert moved.rules_changed == ["REGIE-MBO-01"]
    assert set(moved.changes) == {"regie:school:gemeente"}
    change = moved.changes["regie:school:gemeente"]
    assert change.label.startswith("De regie gaat van de school")
    assert all(json.loads(example)["setting"] == "mbo" for example in change.examples)
    without_examples = diff_rules(RULES, rules_copy, examples=0)
    assert without_examples.changes["regie:school:gemeente"].count == change.count
    assert without_examples.changes["regie:school:gemeente"].examples == []


@pytest.mark.slow
def test_the_command_prints_the_report_in_dutch(
    later_waiting_support: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(RULES), str(later_waiting_support), "--examples", "1"]) == 0
    out = capsys.readouterr().out
    assert "Regels: WACHTTIJD-01 (gewijzigd)" in out
    assert "Eraf: arrangement 'Steun tijdens de wachttijd (overbrugging)'" in out
    assert "Eraf: melding 'wachtlijst'" in out
    assert main(["diff", str(RULES), "bestaat-niet"]) == 2


def one_by_one(old_dir: Path, new_dir: Path, examples: int) -> tuple[int, dict[str, tuple[int, list[str]]]]:
    """What diff should find, found by advising on every profile of the comparison one at a time: how many profiles
    change, and per kind of change how many and the simplest ones (fewest answers away from the defaults, the
    earliest first)."""
    new_rules = load_rules(new_dir)
    # The profiles of the new rules' vocabulary: without the regions of region files the test took out.
    vocabulary = new_rules.vocabulary
    old, new = load_rules(old_dir).in_force(DAY), new_rules.in_force(DAY)
    order = CodeOrder(new_rules.catalog)
    both = (*old, *new)
    tests = [evaluator(r.rule.when) for r in both]
    changes: dict[tuple[int, ...], list[str]] = {}
    found: dict[str, list[tuple[int, int, SimpleNamespace]]] = {}
    changed = 0
    for number, profile in enumerate(every_profile(both, vocabulary)):
        fired = tuple(n for n, test in enumerate(tests) if test(profile) is not None)
        if fired not in changes:
            before = decide([both[n] for n in fired if n < len(old)])
            after = decide([both[n] for n in fired if n >= len(old)])
            changes[fired] = DecisionChange.between(before, after, order).kinds()
        changed += bool(changes[fired])
        for key in changes[fired]:
            found.setdefault(key, []).append((complexity(profile, vocabulary), number, profile))
    return changed, {
        key: (len(hits), [describe_profile(p, vocabulary) for _, _, p in sorted(hits, key=lambda h: h[:2])[:examples]])
        for key, hits in found.items()
    }


@pytest.mark.slow
def test_diff_counts_and_shows_what_advising_every_profile_one_by_one_gives(tmp_path: Path) -> None:
    """diff compares whole blocks of profiles at once; on a smaller rule set (the regie rules and a few files) with
    changes of every kind (regie, arrangements, boundaries) it must find exactly the counts and the simplest
    examples that advising on each profile gives."""
    old = tmp_path / "oud"
    shutil.copytree(RULES, old)
    for topic in [
        "onderwijs-jeugdhulp",
        "thuiszitters",
        "zorg-in-onderwijstijd",
        "speciaal-onderwijs",
        "jongvolwassenen",
        "veiligheid",
        "regio-drechtsteden",
        "regio-goeree-overflakkee",
    ]:
        (old / f"{topic}.yaml").unlink()
    new = tmp_path / "nieuw"
    shutil.copytree(old, new)
    for file, before, after in [
        ("samenwerking.yaml", "waiting_weeks: {min: 1}", "waiting_weeks: {min: 4}"),
        (
            "regie.yaml",
            "        holder: school\n        priority: 10\n",
            "        holder: gemeente\n        priority: 10\n",
        ),
        ("regie.yaml", "priority: 20", "priority: 5"),
        ("jonge-kinderen.yaml", "age: {min: 3}", "age: {min: 4}"),
        ("samenwerking.yaml", "age: {max: 17}", "age: {max: 15}"),
    ]:
        replace_in(new / file, before, after)
    report = diff_rules(old, new, on=DAY, examples=4)
    changed, expected = one_by_one(old, new, 4)
    assert len(expected) > 5, "the edits change advices in several ways"
    assert {key: (c.count, c.examples) for key, c in report.changes.items()} == expected
    assert report.changed == changed
    both = [*load_rules(old).in_force(DAY), *load_rules(new).in_force(DAY)]
    assert report.profiles == sum(1 for _ in every_profile(both, load_rules(new).vocabulary))


def test_new_rules_the_engine_cannot_compile_are_a_rules_problem(
    rules_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """diff judges with the Python evaluator, and exited 0 on rules that could not advise at all."""
    replace_in(
        rules_copy / "dyslexie.yaml",
        "      concerns: {has_any: [dyslexie]}\n      setting: [po, sbo, so, vo, vso]\n",
        "      setting: [po, sbo, so, vo, vso]\n" + TOO_MANY_COMBINATIONS,
    )
    cases = tmp_path / "casussen.jsonl"
    cases.write_text('{"age": 8, "setting": "po"}\n', encoding="utf-8")
    for extra in ([], ["--cases", str(cases), "--out", str(tmp_path / "rapport"), "--workers", "1"]):
        for old, new in ((RULES, rules_copy), (rules_copy, RULES)):
            assert main(["diff", str(old), str(new), *extra]) == 1
            err = capsys.readouterr().err
            assert "dyslexie.yaml: DYSLEXIE-01: de voorwaarden hebben te veel combinaties" in err, err
            assert not (tmp_path / "rapport" / "index.html").exists()
