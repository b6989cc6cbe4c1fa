"""check-rules passes on rules/ and fails, with file, rule id and reason, on broken copies."""

import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest
from conftest import RULES, VOCABULARY, replace_in

from kinderogen_rules import RuleGapError
from kinderogen_rules.cli import main
from kinderogen_rules.core.conditions import evaluator
from kinderogen_rules.core.decision import decide
from kinderogen_rules.core.ruleset import LoadedRule, load_rules
from kinderogen_rules.proofs.boundaries import describe_profile, walk
from kinderogen_rules.proofs.check import Report, _walk_claims, check_rules


@pytest.mark.slow
def test_the_shipped_rules_pass() -> None:
    report = check_rules(str(RULES))
    assert report.ok, report.findings
    assert report.rules >= 40 and report.profiles > 10000


@pytest.mark.slow
def test_a_gap_is_found_with_an_example_profile(rules_copy: Path) -> None:
    replace_in(
        rules_copy / "regie.yaml",
        "      setting: mbo\n    then:\n      regie:",
        "      setting: mbo\n      stuck: true\n    then:\n      regie:",
    )
    report = check_rules(str(rules_copy))
    gaps = [f for f in report.findings if f.startswith("gat:")]
    assert gaps, report.findings
    assert '"setting":"mbo"' in gaps[0]


@pytest.mark.slow
def test_a_conflict_names_both_rules(rules_copy: Path) -> None:
    replace_in(
        rules_copy / "regie.yaml",
        "        holder: gemeente\n        priority: 30",
        "        holder: zorgpartner\n        priority: 30",
    )
    replace_in(rules_copy / "veiligheid.yaml", "        priority: 40", "        priority: 30")
    report = check_rules(str(rules_copy))
    conflicts = [f for f in report.findings if f.startswith("conflict:")]
    assert conflicts, report.findings
    assert "regie.yaml: REGIE-GEZIN-01" in conflicts[0] and "veiligheid.yaml: VEILIGHEID-01" in conflicts[0]


def test_an_unknown_code_is_named(rules_copy: Path) -> None:
    replace_in(rules_copy / "jonge-kinderen.yaml", "arrangements: [vve]", "arrangements: [peuterspeelzaal]")
    report = check_rules(str(rules_copy))
    assert any("jonge-kinderen.yaml: JONG-VVE-01" in f and '"peuterspeelzaal"' in f for f in report.findings), (
        report.findings
    )


def test_a_missing_source_is_named(rules_copy: Path) -> None:
    sources = (
        "    sources:\n"
        '      - {document: kadernotitie-drechtsteden, section: "§2.2 (ondersteuning op de eigen school)"}\n'
        '      - {document: kadernotitie-drechtsteden, section: "§3.4 onder a"}\n'
    )
    replace_in(rules_copy / "dyslexie.yaml", sources, "    sources: []\n")
    report = check_rules(str(rules_copy))
    assert any("dyslexie.yaml: DYSLEXIE-01" in f and "geen bron" in f for f in report.findings), report.findings


def test_an_unknown_document_and_a_duplicate_id_are_named(rules_copy: Path) -> None:
    replace_in(rules_copy / "dyslexie.yaml", "document: wet:jeugdwet", "document: wet:jeugdwett")
    replace_in(rules_copy / "dyslexie.yaml", "id: DYSLEXIE-EED-01", "id: DYSLEXIE-01")
    report = check_rules(str(rules_copy))
    assert any("onbekende bron 'wet:jeugdwett'" in f for f in report.findings), report.findings
    assert any("dubbele regel-id" in f and "DYSLEXIE-01" in f for f in report.findings), report.findings


@pytest.mark.slow
def test_a_lapsed_rule_and_an_unreachable_rule_are_found(rules_copy: Path) -> None:
    replace_in(
        rules_copy / "regio-drechtsteden.yaml",
        "  - id: REGIO-DS-01\n",
        "  - id: REGIO-DS-01\n    valid_until: 2020-12-31\n",
    )
    replace_in(rules_copy / "jonge-kinderen.yaml", "      age: {min: 2}", "      age: {min: 5}")
    report = check_rules(str(rules_copy), today=dt.date(2026, 1, 1))
    assert any(f.startswith("verlopen:") and "REGIO-DS-01" in f for f in report.findings), report.findings
    assert any(f.startswith("onbereikbaar:") and "JONG-VVE-01" in f for f in report.findings), report.findings


def test_broken_yaml_stops_loading_with_the_file_name(rules_copy: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (rules_copy / "veiligheid.yaml").write_text("rules: [\n", encoding="utf-8")
    assert main(["check-rules", str(rules_copy)]) == 1
    assert "veiligheid.yaml: geen geldige YAML" in capsys.readouterr().out


@pytest.mark.slow
def test_cli_exit_code_is_zero_on_the_shipped_rules(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["check-rules", str(RULES)]) == 0
    assert "In orde" in capsys.readouterr().out


def test_a_statement_that_is_neither_encoded_nor_explained_stops_loading(rules_copy: Path) -> None:
    replace_in(
        rules_copy / "uitspraken.yaml",
        '    not_per_case: financiering\n    reason: "Een subsidiebesluit."\n',
        "",
    )
    report = check_rules(str(rules_copy))
    assert any("uitspraken.yaml: CI-M5-01" in f and "not_per_case" in f for f in report.findings), report.findings


@pytest.mark.slow
def test_a_link_to_a_rule_that_does_not_exist_is_named(rules_copy: Path) -> None:
    replace_in(rules_copy / "uitspraken.yaml", "rules: [REGIE-THUIS-01]", "rules: [REGIE-THUIS-09]")
    report = check_rules(str(rules_copy))
    assert any("KN-3.2-07" in f and "REGIE-THUIS-09 bestaat niet" in f for f in report.findings), report.findings
    # The rule that lost its statement is named too: its source is no longer registered with it.
    assert any("REGIE-THUIS-01" in f and "(CJG als voordeur)" in f for f in report.findings), report.findings


@pytest.mark.slow
def test_a_rule_citing_a_place_the_register_does_not_hold_is_named(rules_copy: Path) -> None:
    replace_in(rules_copy / "regie.yaml", 'section: "§3.2 (CJG als voordeur)"', 'section: "§3.2 (voordeur)"')
    report = check_rules(str(rules_copy))
    unregistered = [f for f in report.findings if "regie.yaml: REGIE-THUIS-01" in f and '"§3.2 (voordeur)"' in f]
    assert unregistered, report.findings
    assert any("KN-3.2-07" in f and "niet als bron" in f for f in report.findings), report.findings


@pytest.mark.slow
def test_a_missing_register_is_a_finding(rules_copy: Path) -> None:
    (rules_copy / "uitspraken.yaml").unlink()
    report = check_rules(str(rules_copy))
    assert any(f.startswith("register:") and "ontbreekt" in f for f in report.findings), report.findings


def test_the_register_holds_at_least_sixty_statements_and_every_text_is_covered() -> None:
    from kinderogen_rules import load_rules

    ruleset = load_rules(RULES)
    assert ruleset.statements is not None
    statements = ruleset.statements.statements
    assert len(statements) >= 60
    assert {s.document for s in statements} == {d for d in ruleset.sources.documents if ":" not in d}


def _brute_force(claims: list[LoadedRule]) -> tuple[int, int, list[str], list[tuple[tuple[str, ...], list[str]]]]:
    """Profiles, gaps, first gap examples and first conflict examples, deciding every walk profile one by one."""
    tests = [evaluator(claim.rule.when) for claim in claims]
    profiles = gaps = 0
    gap_examples: list[str] = []
    conflicts: dict[tuple[str, ...], list[str]] = {}
    for profile in walk(claims, VOCABULARY):
        profiles += 1
        try:
            decision = decide([claim for claim, test in zip(claims, tests, strict=True) if test(profile) is not None])
        except RuleGapError:
            gaps += 1
            gap_examples.append(describe_profile(profile, VOCABULARY))
            continue
        if decision.conflict:
            key = tuple(sorted(r.rule.id for r in decision.deciding))
            conflicts.setdefault(key, []).append(describe_profile(profile, VOCABULARY))
    return profiles, gaps, gap_examples[:3], [(key, found[:3]) for key, found in conflicts.items()]


def _with_priority(loaded: LoadedRule, priority: int) -> LoadedRule:
    regie = loaded.rule.then.regie.model_copy(update={"priority": priority})  # type: ignore[union-attr]
    then = loaded.rule.then.model_copy(update={"regie": regie})
    return dataclasses.replace(loaded, rule=loaded.rule.model_copy(update={"then": then}))


@pytest.mark.slow
def test_the_regie_walk_counts_and_shows_what_deciding_every_profile_one_by_one_gives() -> None:
    """The walk settles rules early and counts whole blocks of profiles at once: on any few regie rules (with gaps,
    and with conflicts made by giving the rules one priority) it finds the same profiles, gaps,
    examples and conflicts, in the same order, as deciding every profile of the walk one by one."""
    claims = [r for r in load_rules(RULES).in_force(dt.date(2024, 1, 1)) if r.rule.then.regie is not None]
    chance = random.Random(11)
    met = {"gaps": 0, "conflicts": 0}
    for size in (2, 3, 3, 4, 4, 5, 5, 6):
        chosen = sorted(chance.sample(range(len(claims)), size))
        picked = [claims[n] for n in chosen]
        if size % 2:
            picked = [_with_priority(r, 10) for r in picked]
        if sum(1 for _ in walk(picked, VOCABULARY)) > 60_000:
            continue
        report = Report()
        found = _walk_claims(picked, report, VOCABULARY)
        profiles, gaps, gap_examples, conflicts = _brute_force(picked)
        assert (report.profiles, found.gaps, found.gap_examples) == (profiles, gaps, gap_examples)
        assert list(found.conflicts.items()) == conflicts
        met["gaps"] += gaps > 0
        met["conflicts"] += bool(conflicts)
    assert met["gaps"] and met["conflicts"], met
