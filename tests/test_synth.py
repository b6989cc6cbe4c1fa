"""`kinderogen synth`: valid, varied profiles, the same per seed, with every setting, region and concern."""

import json
from pathlib import Path

from kinderogen_rules import CaseProfile
from kinderogen_rules.cli import main

VOCABULARY = CaseProfile.vocabulary


def written(path: Path, n: int, seed: int) -> list[str]:
    assert main(["synth", "--n", str(n), "--seed", str(seed), "-o", str(path)]) == 0
    return path.read_text(encoding="utf-8").splitlines()


def test_the_same_seed_gives_the_same_caseload_and_another_seed_another(tmp_path: Path) -> None:
    first, again = written(tmp_path / "a.jsonl", 500, 7), written(tmp_path / "b.jsonl", 500, 7)
    other = written(tmp_path / "c.jsonl", 500, 8)
    assert first == again and first != other and len(first) == 500


def test_every_profile_is_valid_and_every_setting_region_and_concern_occurs(tmp_path: Path) -> None:
    profiles = [CaseProfile.model_validate(json.loads(line)) for line in written(tmp_path / "s.jsonl", 2000, 1)]
    assert {p.setting for p in profiles} == set(VOCABULARY.values("setting"))
    assert {p.region for p in profiles} == set(VOCABULARY.values("region"))
    assert set().union(*(p.concerns for p in profiles)) == set(VOCABULARY.values("concerns"))
    few_concerns = sum(len(p.concerns) <= 2 for p in profiles) / len(profiles)
    assert 0.6 < few_concerns < 0.9  # most children have few concerns, as documented
