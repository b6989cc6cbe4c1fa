"""Every rule is specified by a scenario, every tag names a rule, and the steps speak the policy maker's language."""

import re

import pytest
from conftest import ROOT, RULES, VOCABULARY
from gherkin.parser import Parser

from kinderogen_rules import CaseProfile, load_rules
from kinderogen_rules.rulebook.scenarios import read_features, scenarios_by_rule

FEATURES = ROOT / "features"
RULESET = load_rules(RULES)
RULE_IDS = {loaded.rule.id for loaded in RULESET.rules}


def test_every_rule_has_a_scenario() -> None:
    specified = scenarios_by_rule(read_features(FEATURES))
    missing = sorted(RULE_IDS - set(specified))
    assert missing == [], f"regels zonder scenario: {missing}"


def test_every_tag_names_a_rule_that_exists() -> None:
    unknown = sorted(set(scenarios_by_rule(read_features(FEATURES))) - RULE_IDS)
    assert unknown == [], f"tags die geen regel noemen: {unknown}"


def test_every_scenario_is_tagged() -> None:
    untagged = [f"{s.feature}: {s.name}" for f in read_features(FEATURES) for s in f.scenarios if not s.tags]
    assert untagged == []


@pytest.mark.parametrize("path", sorted(FEATURES.glob("*.feature")), ids=lambda p: p.stem)
def test_our_reading_of_a_feature_file_agrees_with_the_gherkin_parser(path: object) -> None:
    document = Parser().parse(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    official = [
        (child["scenario"]["name"], tuple(t["name"].lstrip("@") for t in child["scenario"]["tags"]))
        for child in document["feature"]["children"]
        if "scenario" in child
    ]
    ours = next(f for f in read_features(FEATURES) if f.file == path.stem)  # type: ignore[attr-defined]
    assert [(s.name, s.tags) for s in ours.scenarios] == official
    assert ours.title == document["feature"]["name"]
    assert document["feature"]["language"] == "nl"


def _technical_words() -> set[str]:
    """Words a policy maker does not say: field names and codes of the contract."""
    words = set(CaseProfile.model_fields)
    catalog = RULESET.catalog
    for kind in (VOCABULARY.values("care"), catalog.arrangement_titles, catalog.partners, catalog.signals):
        words |= {code for code in kind if "_" in code}
    return words | {code for code in VOCABULARY.values("setting") if code in {"po", "vo", "so", "sbo", "vso"}}


def test_steps_speak_dutch_without_field_names_codes_or_json() -> None:
    banned = _technical_words()
    for feature in read_features(FEATURES):
        for scenario in feature.scenarios:
            for line in scenario.text.splitlines()[1:]:
                step = line.strip()
                assert not re.search(r"[{}\[\]_]", step), f"{feature.file}: {step}"
                tokens = set(re.findall(r"[\w-]+", step))
                assert not tokens & banned, f"{feature.file}: {step} ({tokens & banned})"
