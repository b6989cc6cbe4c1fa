"""The published JSON schema of rule files is the one the code validates with."""

import json

from conftest import RULES

from kinderogen_rules.core.ruleset import rule_file_schema


def test_published_schema_is_up_to_date() -> None:
    published = json.loads((RULES / "rule-file.schema.json").read_text(encoding="utf-8"))
    assert published == rule_file_schema(), "run `make schema` after changing the rule-file models"


def test_every_rule_file_points_editors_at_the_schema() -> None:
    for path in RULES.glob("*.yaml"):
        if path.name not in {"profiel.yaml", "catalogus.yaml", "bronnen.yaml", "uitspraken.yaml"}:
            assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=rule-file.schema.json")
