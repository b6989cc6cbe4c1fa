"""A Parquet file of a few kilobytes can unpack to gigabytes: what a file may hold is checked before it is read."""

import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import RULES

from kinderogen_rules.caseloads import columns
from kinderogen_rules.cli import main


def diff_cases(cases: Path, out: Path) -> list[str]:
    return ["diff", str(RULES), str(RULES), "--cases", str(cases), "--out", str(out), "--workers", "1"]


def test_one_long_text_repeated_on_every_row_is_refused_before_it_fills_memory(tmp_path: Path) -> None:
    """A 3.6 kB file of 300,000 rows of one 20 kB dictionary value drove `diff --cases` to 497 MB."""
    cases = tmp_path / "bom.parquet"
    rows = 300_000
    region = pa.DictionaryArray.from_arrays(pa.array([0] * rows, pa.int32()), pa.array(["y" * 20_000]))
    pq.write_table(pa.table({"age": [8] * rows, "setting": ["po"] * rows, "region": region}), cases)
    assert cases.stat().st_size < 10_000
    # The peak of this process's own memory (VmHWM; ru_maxrss would also count the test process it was forked from).
    measure = (
        "import sys\n"
        "from kinderogen_rules.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "peak = next(line for line in open('/proc/self/status') if line.startswith('VmHWM:'))\n"
        "print(int(peak.split()[1]) // 1024, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", measure, *diff_cases(cases, tmp_path / "rapport")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert "de rijen 1 tot en met 10000 worden bij het lezen groter dan 128 MB" in result.stderr
    assert int(result.stderr.splitlines()[-1]) < 300  # megabytes, for the whole process


def test_a_row_group_that_unpacks_too_large_is_refused_from_the_footer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 9.9 kB file with one 300 MB text drove `diff --cases` to 1.5 GB (here with a limit of 1 MB, and 2 MB)."""
    monkeypatch.setattr(columns, "MAX_ROW_GROUP_BYTES", 2**20)
    cases = tmp_path / "bom.parquet"
    pq.write_table(pa.table({"age": [8], "setting": ["po"], "region": ["x" * 2 * 2**20]}), cases, compression="zstd")
    assert main(diff_cases(cases, tmp_path / "rapport")) == 2
    err = capsys.readouterr().err
    assert "het casusbestand heeft een rijgroep (nummer 1) die uitgepakt 2 MB is, meer dan 1 MB" in err, err


@pytest.mark.parametrize(
    ("table", "words"),
    [
        (
            {"age": [8, 9], "setting": ["po", "po"], "region": ["algemeen", "z" * 2**20]},
            "rij 2 van het casusbestand: in de kolom region staat een tekst van meer dan 64 kB",
        ),
        (
            {"age": [8], "setting": ["po"], "concerns": pa.array([["gedrag"] * 3_000_000], pa.list_(pa.string()))},
            "het casusbestand: rij 1 wordt bij het lezen groter dan 128 MB",
        ),
    ],
    ids=["a text of a megabyte", "a list of three million items"],
)
def test_a_cell_too_large_is_refused_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: dict[str, object], words: str
) -> None:
    cases = tmp_path / "bom.parquet"
    pq.write_table(pa.table(table), cases, compression="zstd")
    assert main(diff_cases(cases, tmp_path / "rapport")) == 2
    assert words in capsys.readouterr().err


def test_the_advices_a_monitor_reads_have_the_same_limits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases, advices = tmp_path / "casussen.jsonl", tmp_path / "adviezen.parquet"
    cases.write_text('{"age": 8, "setting": "po"}\n{"kapot\n', encoding="utf-8")
    assert main(["batch", str(cases), "-o", str(advices), "--format", "parquet", "--workers", "1"]) == 0
    table = pq.read_table(advices)
    error = table.schema.get_field_index("error")
    pq.write_table(table.set_column(error, "error", pa.array([None, "x" * 2**20])), advices)
    capsys.readouterr()
    assert main(["monitor", str(advices), "--out", str(tmp_path / "rapport")]) == 2
    assert (
        "rij 2 van het adviesbestand: in de kolom error staat een tekst van meer dan 64 kB" in capsys.readouterr().err
    )
