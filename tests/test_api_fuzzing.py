"""Schemathesis against the running production server: no input gives a 500, every answer matches the schema.

It generates valid and invalid profiles from /api/openapi.json and runs all its
checks: no server error, status codes and bodies as documented, schema-valid
profiles accepted and schema-violating ones rejected. A 422 for an age that does not
fit the setting, or a day before the rules start, is what the document describes in
words: tests/schemathesis_hooks.py drops exactly those. (Its pytest integration does
not work with pytest 9, so the test drives its command line.)
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.mark.slow
def test_schemathesis_finds_no_contract_violation(server: tuple[str, Path], tmp_path: Path) -> None:
    base, log = server
    command = shutil.which("schemathesis", path=str(Path(sys.executable).parent)) or "schemathesis"
    result = subprocess.run(
        [
            command,
            "run",
            f"{base}/api/openapi.json",
            "--checks",
            "all",
            "--max-examples",
            "150",
            "--seed",
            "2026",
            "--report",
            "junit",
            "--report-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
        env={**os.environ, "SCHEMATHESIS_HOOKS": "schemathesis_hooks", "PYTHONPATH": str(ROOT / "tests")},
    )
    assert result.returncode == 0, result.stdout[-4000:]
    assert "passed" in result.stdout and "Failures:" not in result.stdout
    assert "Traceback" not in log.read_text(encoding="utf-8")
