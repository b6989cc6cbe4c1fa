"""Files that do not fit the command, or each other, are refused with a message that says what is wrong: never a
run that ignores part of its input, or that fails on every line and still exits 0."""

import gzip
import io
from pathlib import Path

import pandas as pd
import pytest
from conftest import caseload

from kinderogen_rules.caseloads.synth import synthetic_profiles
from kinderogen_rules.cli import main


def test_monitor_refuses_more_cases_than_advices(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The extra cases were ignored, with exit 0."""
    cases, advices = tmp_path / "casussen.jsonl", tmp_path / "adviezen.jsonl"
    lines = caseload(cases, 30, seed=60)
    few = tmp_path / "weinig.jsonl"
    few.write_text("".join(f"{line}\n" for line in lines[:20]), encoding="utf-8")
    assert main(["batch", str(few), "-o", str(advices), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["monitor", str(advices), "--cases", str(cases), "--out", str(tmp_path / "rapport")]) == 2
    assert "het casusbestand heeft meer regels dan het adviesbestand" in capsys.readouterr().err
    # The same with the caseload as Parquet, a row per case.
    table = tmp_path / "casussen.parquet"
    pd.read_json(io.StringIO("".join(f"{line}\n" for line in lines)), lines=True).to_parquet(table)
    assert main(["monitor", str(advices), "--cases", str(table), "--out", str(tmp_path / "rapport")]) == 2
    assert "het casusbestand heeft meer regels dan het adviesbestand" in capsys.readouterr().err
    assert not (tmp_path / "rapport").exists() or not any((tmp_path / "rapport").iterdir())


def test_batch_refuses_a_parquet_caseload(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It read the Parquet file as JSONL, gave an error on every line, and exited 0."""
    cases, table, out = tmp_path / "casussen.jsonl", tmp_path / "casussen.parquet", tmp_path / "adviezen.jsonl"
    lines = caseload(cases, 10, seed=61)
    pd.read_json(io.StringIO("".join(f"{line}\n" for line in lines)), lines=True).to_parquet(table)
    assert main(["batch", str(table), "-o", str(out), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert f"{table} is een Parquet-bestand, en batch leest JSONL" in err and "advise_frame" in err, err
    assert not out.exists()


def test_a_batch_in_which_no_line_is_a_profile_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A caseload packed with gzip, or a file that is no caseload at all: every line an error was still exit 0."""
    packed, out = tmp_path / "casussen.jsonl.gz", tmp_path / "adviezen.jsonl"
    lines = [profile.model_dump_json() for profile in synthetic_profiles(200, seed=62)]
    packed.write_bytes(gzip.compress("".join(f"{line}\n" for line in lines).encode()))
    assert main(["batch", str(packed), "-o", str(out), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert f"Geen enkele regel van {packed} is een casusprofiel" in err, err
    # One good line is enough for a batch that did its job: its bad lines are each their own error record.
    mixed = tmp_path / "gemengd.jsonl"
    mixed.write_text(lines[0] + "\n{kapot\n", encoding="utf-8")
    assert main(["batch", str(mixed), "-o", str(out), "--workers", "1"]) == 0
