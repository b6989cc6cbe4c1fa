"""`batch --format parquet`: the codes of every advice, one row per input line; monitor reads it as it reads JSONL."""

import io
import json
import os
import pty
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import read_until, with_signals

from kinderogen_rules import CaseProfile, advise, load_rules
from kinderogen_rules.caseloads import columns
from kinderogen_rules.caseloads.batch import run_batch
from kinderogen_rules.caseloads.columns import COLUMNS, ParquetOutput
from kinderogen_rules.caseloads.monitor import count
from kinderogen_rules.caseloads.reading import read_advices, read_profiles
from kinderogen_rules.caseloads.synth import synthetic_profiles
from kinderogen_rules.cli import main
from kinderogen_rules.core.dates import today

# How long a batch may take to start on a busy machine; a guard against hanging, not a speed target.
PATIENCE = 120
EXTRA = "pip install 'kinderogen-rules[analyse]'"


def caseload(path: Path, n: int, seed: int) -> list[bytes]:
    """n synthetic profiles with, every 50 lines, a line that is no valid profile (and a blank line now and then)."""
    broken = [b'{"age": 99, "setting": "po"}', b"{kapot", b'{"age": 8, "setting": "po", "naam": "x"}', b"\xff\xfe"]
    lines = []
    for number, profile in enumerate(synthetic_profiles(n, seed=seed), 1):
        lines.append(broken[number % 4] if number % 50 == 0 else profile.model_dump_json().encode())
        if number % 700 == 0:
            lines.append(b"  ")
    path.write_bytes(b"\n".join(lines) + b"\n")
    return lines


def to_parquet(cases: Path, out: Path, workers: int) -> Any:
    with cases.open("rb") as source:
        output = ParquetOutput(out.open("wb"), load_rules())
        summary = run_batch(source, output, workers=workers)
        output.close()
    return summary


def codes_of(record: dict[str, Any], line: int) -> dict[str, Any]:
    """The codes of a JSONL record of batch, as a Parquet row holds them."""
    if set(record) == {"line", "error"}:
        return {name: None for name in COLUMNS} | {"line": line, "error": record["error"]}
    escalation = record["escalation"]
    return {
        "line": line,
        "holder": record["regie"]["holder"],
        "arrangements": [a["code"] for a in record["arrangements"]],
        "partners": record["partners"],
        "informed": [i["partner"] for i in record["informed"]],
        "escalation_to": escalation["to"] if escalation else [],
        "signals": [s["code"] for s in record["signals"]],
        "fired_rules": [r["id"] for r in record["fired_rules"]],
        "rules_version": record["rules_version"],
        "date": today(),
        "error": None,
    }


@pytest.mark.slow
def test_every_row_holds_the_codes_of_the_json_advice_for_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(columns, "ROW_GROUP_ROWS", 1000)  # several row groups, as a real caseload has
    cases, jsonl, parquet = tmp_path / "cases.jsonl", tmp_path / "advices.jsonl", tmp_path / "advices.parquet"
    lines = caseload(cases, 3000, seed=21)
    numbers = [number for number, line in enumerate(lines, 1) if line.strip()]
    with cases.open("rb") as source, jsonl.open("w", encoding="utf-8") as out:
        expected = run_batch(source, out, workers=2)
    summary = to_parquet(cases, parquet, workers=2)
    assert (summary.good, summary.bad) == (expected.good, expected.bad) == (2940, 60)
    table = pq.read_table(parquet)
    assert table.column_names == list(COLUMNS)
    assert pq.ParquetFile(parquet).metadata.num_row_groups > 1
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    rows = table.to_pylist()
    assert len(rows) == len(records) == len(numbers)
    for row, record, number in zip(rows, records, numbers, strict=True):
        assert row == codes_of(record, number)
    assert rows[49]["error"].startswith("regel 50: ") and rows[49]["holder"] is None


def test_an_analyst_reads_the_codes_in_pandas_as_categories_and_lists(tmp_path: Path) -> None:
    cases, parquet = tmp_path / "cases.jsonl", tmp_path / "advices.parquet"
    caseload(cases, 300, seed=22)
    to_parquet(cases, parquet, workers=1)
    frame = pd.read_parquet(parquet)
    assert list(frame.holder.cat.categories) == list(load_rules().catalog.holders)
    advised = frame[frame.error.isna()]
    assert frame.holder.isna().sum() == len(frame) - len(advised) == 6
    counted = advised.explode("arrangements").arrangements.value_counts()
    direct = pd.Series([a for row in advised.arrangements for a in row]).value_counts()
    assert counted.to_dict() == direct.to_dict() and counted.sum() > len(advised)
    assert set(advised.date) == {today()} and advised.rules_version.nunique() == 1


@pytest.mark.slow
def test_monitor_gives_the_same_figures_from_parquet_as_from_jsonl(tmp_path: Path) -> None:
    cases, jsonl, parquet = tmp_path / "cases.jsonl", tmp_path / "advices.jsonl", tmp_path / "advices.parquet"
    caseload(cases, 1500, seed=23)
    with cases.open("rb") as source, jsonl.open("w", encoding="utf-8") as out:
        run_batch(source, out, workers=1)
    to_parquet(cases, parquet, workers=1)
    rules = load_rules()

    def counted(advices: Path, case_file: Path) -> Any:
        with advices.open("rb") as a, case_file.open("rb") as c:
            return count(read_advices(a, catalog=rules.catalog), read_profiles(c, model=rules.profile_model), rules)

    from_jsonl = counted(jsonl, cases)
    assert from_jsonl.errors == 30 and from_jsonl.slices["Alle kinderen"].advices == 1470
    assert counted(parquet, cases) == from_jsonl
    assert main(["monitor", str(parquet), "--cases", str(cases), "--out", str(tmp_path / "rapport")]) == 0
    assert "1.470 adviezen" in (tmp_path / "rapport" / "index.html").read_text(encoding="utf-8")


def test_a_parquet_caseload_splits_the_monitor_as_its_jsonl_does(tmp_path: Path) -> None:
    cases, jsonl, table = tmp_path / "cases.jsonl", tmp_path / "advices.jsonl", tmp_path / "cases.parquet"
    cases.write_text("".join(p.model_dump_json() + "\n" for p in synthetic_profiles(400, seed=24)), encoding="utf-8")
    with cases.open("rb") as source, jsonl.open("w", encoding="utf-8") as out:
        run_batch(source, out, workers=1)
    frame = pd.read_json(cases, lines=True)
    frame.loc[::7, "region"] = None  # an empty cell is a field not given: region "algemeen"
    frame.to_parquet(table)
    with cases.open("rb") as c:
        jsonl_profiles = [p for _, p in read_profiles(c, model=CaseProfile)]
    with table.open("rb") as c:
        parquet_profiles = [p for _, p in read_profiles(c, model=CaseProfile)]
    changed = [p.model_copy(update={"region": "algemeen"}) if i % 7 == 0 else p for i, p in enumerate(jsonl_profiles)]
    assert parquet_profiles == changed
    with table.open("rb") as c:
        assert [where for where, _ in read_profiles(c, model=CaseProfile)][:2] == ["rij 1", "rij 2"]


def _damaged(tmp_path: Path) -> dict[str, bytes]:
    cases, parquet = tmp_path / "cases.jsonl", tmp_path / "good.parquet"
    caseload(cases, 200, seed=25)
    to_parquet(cases, parquet, workers=1)
    good = parquet.read_bytes()
    middle = bytearray(good)
    middle[len(good) // 3 : len(good) // 3 + 64] = bytes(64)  # a zeroed stretch inside the data pages
    wrong_type = io.BytesIO()
    pq.write_table(pa.table({name: pa.array([1], pa.int64()) for name in COLUMNS}), wrong_type)
    unknown_code = io.BytesIO()
    table = pq.read_table(parquet)
    holders = pa.array(["rector"] * table.num_rows, pa.string())
    pq.write_table(table.set_column(1, "holder", holders), unknown_code)
    caseload_table = io.BytesIO()
    pd.read_json(cases, lines=True, nrows=20).to_parquet(caseload_table)
    return {
        "truncated": good[: len(good) // 2],
        "damaged": bytes(middle),
        "only the magic": b"PAR1",
        "wrong types": wrong_type.getvalue(),
        "unknown code": unknown_code.getvalue(),
        "a caseload, not advices": caseload_table.getvalue(),
    }


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("truncated", "is beschadigd of niet compleet"),
        ("damaged", "een beschadigd Parquet-bestand"),
        ("only the magic", "is beschadigd of niet compleet"),
        ("wrong types", "bevat de kolom holder geen tekst"),
        ("unknown code", "rij 1 van het adviesbestand is geen advies en geen foutregel"),
        ("a caseload, not advices", "mist de kolom(men) holder, arrangements"),
    ],
)
@pytest.mark.slow
def test_a_parquet_file_that_is_not_batch_output_is_refused_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, words: str
) -> None:
    bad = tmp_path / "adviezen.parquet"
    bad.write_bytes(_damaged(tmp_path)[kind])
    assert main(["monitor", str(bad), "--out", str(tmp_path / "rapport")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Monitor: ") and words in err and "Traceback" not in err
    assert not (tmp_path / "rapport").exists()


def test_a_damaged_parquet_caseload_is_refused_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged = _damaged(tmp_path)
    advices, cases = tmp_path / "adviezen.parquet", tmp_path / "casussen.parquet"
    advices.write_bytes(damaged["unknown code"].replace(b"rector", b"school"))
    cases.write_bytes(damaged["truncated"])
    assert main(["monitor", str(advices), "--cases", str(cases), "--out", str(tmp_path / "rapport")]) == 2
    err = capsys.readouterr().err
    assert "het casusbestand begint als een Parquet-bestand, maar is beschadigd" in err and "Traceback" not in err


def test_parquet_needs_an_output_file_and_a_known_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "cases.jsonl"
    caseload(cases, 5, seed=26)
    assert main(["batch", str(cases), "--format", "parquet"]) == 2
    assert "geef een uitvoerbestand" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main(["batch", str(cases), "--format", "xml", "-o", str(tmp_path / "x")])
    assert stopped.value.code == 2
    assert "--format kent 'xml' niet; kies uit 'jsonl', 'parquet'" in capsys.readouterr().err


@pytest.mark.parametrize("group", [10, 1000], ids=["while writing", "when closing"])
def test_a_parquet_file_that_cannot_be_finished_is_not_left_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, group: int
) -> None:
    """Nor does it cost the file it was to replace: that stays as it was."""
    cases, out = tmp_path / "cases.jsonl", tmp_path / "adviezen.parquet"
    caseload(cases, 30, seed=27)
    out.write_bytes(b"de adviezen van gisteren")

    def full(self: ParquetOutput) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(columns, "ROW_GROUP_ROWS", group)
    monkeypatch.setattr(ParquetOutput, "_flush", full)
    assert main(["batch", str(cases), "--format", "parquet", "-o", str(out), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert "de schijf is vol" in err and f"Het onvolledige bestand is verwijderd; {out} is zoals het was." in err
    assert out.read_bytes() == b"de adviezen van gisteren"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["adviezen.parquet", "cases.jsonl"]


@pytest.mark.slow
def test_ctrl_c_leaves_a_valid_parquet_file_with_every_row_so_far(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases.jsonl", tmp_path / "adviezen.parquet"
    lines = caseload(cases, 20_000, seed=28)
    master, terminal = pty.openpty()  # on a terminal batch shows its progress: interrupt once rows are done
    process = subprocess.Popen(
        with_signals(
            [sys.executable, "-m", "kinderogen_rules.cli", "batch", str(cases), "--format", "parquet", "-o", str(out)]
        ),
        stdin=subprocess.DEVNULL,
        stderr=terminal,
    )
    os.close(terminal)
    try:
        read_until(master, rb": +[1-9][0-9]?% \|", process)
        process.send_signal(signal.SIGINT)
        shown = read_until(master, rb"Het Parquet-bestand is geldig[^\n]*\n", process).decode()
        assert process.wait(timeout=60) == 130, shown
    finally:
        os.close(master)
    assert "Afgebroken" in shown and "Traceback" not in shown
    written = re.search(r"Geschreven: (\d+) adviezen, (\d+) regels met fouten", shown)
    assert written is not None, shown
    rows = pq.read_table(out).to_pylist()
    assert 0 < len(rows) == int(written[1]) + int(written[2]) < len(lines)
    assert [row["line"] for row in rows] == [n for n, line in enumerate(lines, 1) if line.strip()][: len(rows)]
    for row in rows[:: max(1, len(rows) // 7)]:
        if row["error"] is None:
            advice = advise(json.loads(lines[row["line"] - 1])).model_dump(mode="json")
            assert row == codes_of(advice, row["line"])


@pytest.mark.slow
def test_without_the_analyse_extra_jsonl_works_and_parquet_says_how_to_get_it(tmp_path: Path) -> None:
    blocked = tmp_path / "zonder"
    for name in ("pyarrow", "pandas"):
        (blocked / name).mkdir(parents=True)
        (blocked / name / "__init__.py").write_text(f"raise ImportError('{name} is hier niet geïnstalleerd')\n")
    env = {**os.environ, "PYTHONPATH": str(blocked)}
    cases = tmp_path / "cases.jsonl"
    caseload(cases, 60, seed=29)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=PATIENCE)

    cli = ("-m", "kinderogen_rules.cli")
    done = run(*cli, "batch", str(cases), "-o", str(tmp_path / "a.jsonl"), "--workers", "2")
    assert done.returncode == 0, done.stderr
    assert len((tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()) == 60
    refused = run(*cli, "batch", str(cases), "--format", "parquet", "-o", str(tmp_path / "a.parquet"))
    assert refused.returncode == 2 and EXTRA in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "a.parquet").exists()
    frame = run("-c", "from kinderogen_rules.frame import advise_frame")
    assert (
        frame.returncode == 1
        and f"ImportError: Hiervoor zijn pandas en pyarrow nodig. Installeer ze met: {EXTRA}" in (frame.stderr)
    )
    parquet = tmp_path / "b.parquet"
    to_parquet(cases, parquet, workers=1)
    monitor = run(*cli, "monitor", str(parquet), "--out", str(tmp_path / "rapport"))
    assert monitor.returncode == 2 and EXTRA in monitor.stderr and "Traceback" not in monitor.stderr
