"""The command line: JSON and text advice, batch, and Dutch messages with exit code 2 on bad input."""

import json
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kinderogen_rules.cli", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_advise_prints_the_advice_as_json() -> None:
    result = run("advise", str(EXAMPLES / "levi.json"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["regie"]["holder"] == "school"


def test_advise_text_is_readable_dutch() -> None:
    result = run("advise", "--text", str(EXAMPLES / "m.json"))
    assert result.returncode == 0
    assert "Regie: de gemeente" in result.stdout
    assert "Steun tijdens de wachttijd" in result.stdout
    assert "kadernotitie-drechtsteden" in result.stdout


def test_advise_text_names_who_is_kept_informed_and_why() -> None:
    case = '{"age": 9, "setting": "po", "concerns": ["opvoeding"], "shows_at": ["thuis"]}'
    result = run("advise", "--text", "-", stdin=case)
    assert result.returncode == 0, result.stderr
    informed = result.stdout.split("Op de hoogte houden (niet aan tafel):")[1].split("Waarom dit advies")[0]
    assert "de school" in informed and "voordeur" in informed
    assert "de school" not in result.stdout.split("Aan tafel:")[1].split("Op de hoogte houden")[0]


def test_bad_input_gives_exit_2_and_a_dutch_message_never_a_traceback() -> None:
    for stdin in ['{"age": 2, "setting": "po"}', "{kapot", '{"age": 8, "setting": "po", "naam": "x"}', "[1, 2]"]:
        result = run("advise", "-", stdin=stdin)
        assert result.returncode == 2, stdin
        assert "Traceback" not in result.stderr
        assert "profiel klopt niet" in result.stderr or "geen geldige JSON" in result.stderr
    missing = run("advise", "bestaat-niet.json")
    assert missing.returncode == 2 and "Bestand niet gevonden" in missing.stderr


def test_batch_keeps_good_lines_and_reports_bad_ones(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        '{"age": 8, "setting": "po"}\n{"age": 99, "setting": "po"}\n\n{"age": 3, "setting": "kinderopvang"}\n'
    )
    out = tmp_path / "advice.jsonl"
    result = run("batch", str(cases), "-o", str(out))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 3
    assert records[0]["regie"]["holder"] == "school"
    assert records[2]["regie"]["holder"] == "gemeente"
    assert records[1]["line"] == 2 and "Leeftijd" in records[1]["error"]
    assert "2 adviezen, 1 regels met fouten" in result.stderr


def test_another_rules_directory_can_be_used(tmp_path: Path) -> None:
    result = run("advise", "--rules", str(tmp_path), str(EXAMPLES / "levi.json"))
    assert result.returncode == 1
    assert "niet gevonden" in result.stderr or "ontbreekt" in result.stderr
