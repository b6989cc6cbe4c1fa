"""`kinderogen diff`: a policy officer sees exactly what one rule change does to the advices."""

import json
from pathlib import Path

import pytest
from conftest import RULES, replace_in

from kinderogen_rules.cli import main
from kinderogen_rules.diff import DiffReport, diff_profiles, diff_rules
from kinderogen_rules.ruleset import load_rules


@pytest.fixture(scope="module")
def later_waiting_support(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The rules with one change: steun tijdens de wachttijd only from 4 weeks on the waiting list (was 1)."""
    import shutil

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


def test_one_changed_rule_is_named_and_only_its_effect_is_reported(report: DiffReport) -> None:
    assert report.rules_changed == ["WACHTTIJD-01"] and not report.rules_added and not report.rules_removed
    assert not any(key.startswith("regie") or key == "lead" for key in report.changes)
    assert all("-" in key for key in report.changes), "the change only takes things away"
    assert {"arrangements-overbrugging", "signals-wachtlijst"} <= set(report.changes)
    assert set(report.changes) <= {"arrangements-overbrugging", "signals-wachtlijst", "partners-jgz", "partners-ouders"}


def test_the_counts_are_exactly_the_profiles_waiting_one_to_three_weeks(
    report: DiffReport, later_waiting_support: Path
) -> None:
    rules = [*load_rules(RULES).rules, *load_rules(later_waiting_support).rules]
    waiting_1_to_3 = sum(1 for p in diff_profiles(rules) if 1 <= p.waiting_weeks <= 3)
    assert report.changes["arrangements-overbrugging"].count == waiting_1_to_3
    assert report.changes["signals-wachtlijst"].count == waiting_1_to_3
    assert report.changed == waiting_1_to_3
    for change in report.changes.values():
        assert 0 < len(change.examples) <= 5
        for example in change.examples:
            assert 1 <= json.loads(example)["waiting_weeks"] <= 3


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


def test_the_command_prints_the_report_in_dutch(
    later_waiting_support: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(RULES), str(later_waiting_support), "--examples", "1"]) == 0
    out = capsys.readouterr().out
    assert "Regels: WACHTTIJD-01 (gewijzigd)" in out
    assert "Eraf: arrangement 'Steun tijdens de wachttijd (overbrugging)'" in out
    assert "Eraf: melding 'wachtlijst'" in out
    assert main(["diff", str(RULES), "bestaat-niet"]) == 2
