"""Shared helpers: the project's paths and a writable copy of the rules to break on purpose."""

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    """A copy of rules/ that a test may edit."""
    target = tmp_path / "rules"
    shutil.copytree(RULES, target)
    return target


def replace_in(path: Path, old: str, new: str) -> None:
    """Edit a rule file; fail loudly if the text to replace is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


LEVI_ANSWERS = {
    "age": "8",
    "setting": "po",
    "region": "drechtsteden",
    "concerns": ["gedrag", "leren"],
    "shows_at": ["school", "thuis"],
}
M_ANSWERS = {
    "age": "15",
    "setting": "vo",
    "region": "drechtsteden",
    "concerns": ["gedrag", "verzuim", "opvoeding"],
    "shows_at": ["school", "thuis"],
    "school_support_exhausted": "ja",
    "waiting_weeks": "9",
}
