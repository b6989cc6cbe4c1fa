"""A field given twice (a JSON name, a Parquet column) is refused in Dutch, naming it: never silently the last one."""

import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from flask.testing import FlaskClient

from kinderogen_rules import NotJsonError, parse_json
from kinderogen_rules.caseloads.batch import run_batch
from kinderogen_rules.cli import main

TWICE = '{"age": 16, "setting": "mbo", "setting": "po"}'
WORDS = 'de veldnaam "setting" staat twee keer in hetzelfde object'


def test_the_api_refuses_a_field_given_twice(client: FlaskClient) -> None:
    """The last value won: a typo silently changed the advice."""
    answer = client.post("/api/advice", data=TWICE, content_type="application/json")
    assert answer.status_code == 400
    assert WORDS in answer.get_json()["errors"][0]["message"]


def test_the_cli_refuses_a_field_given_twice() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kinderogen_rules.cli", "advise", "-"],
        input=TWICE,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and WORDS in result.stderr and not result.stdout, result.stderr


def test_a_batch_line_with_a_field_given_twice_is_that_lines_error(tmp_path: Path) -> None:
    import io

    cases = tmp_path / "casussen.jsonl"
    cases.write_text(f'{TWICE}\n{{"age": 8, "setting": "po"}}\n{TWICE.replace(" ", "")}\n', encoding="utf-8")
    out = io.StringIO()
    with cases.open("rb") as source:
        summary = run_batch(source, out, workers=1)
    first, second, third = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["line"] == 1 and WORDS in first["error"] and "teken 31" in first["error"]
    assert second["regie"]["holder"] == "school"
    assert third["line"] == 3 and WORDS in third["error"]
    assert (summary.good, summary.bad) == (1, 2)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('{"concerns": ["gedrag"], "age": 8, "setting": "po", "concerns": []}', '"concerns"'),
        ('{"age": 8, "setting": "po", "se\\u0074ting": "vo"}', '"setting"'),  # the same name, written otherwise
        ('{"a": {"b": 1, "b": 2}}', '"b"'),  # in an object inside
    ],
)
def test_a_name_twice_is_found_however_it_is_written(text: str, name: str) -> None:
    with pytest.raises(NotJsonError, match=f"de veldnaam {name} staat twee keer"):
        parse_json(text)


def test_json_with_colons_in_its_texts_and_names_in_other_objects_is_fine() -> None:
    assert parse_json('[{"a": "x:y"}, {"a": 2}]') == [{"a": "x:y"}, {"a": 2}]
    assert parse_json('{"x": [{"k": 1}], "k": 2}') == {"x": [{"k": 1}], "k": 2}


def test_a_parquet_caseload_with_a_column_twice_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`diff --cases` took the last of two `age` columns."""
    cases = tmp_path / "casussen.parquet"
    table = pa.Table.from_arrays(
        [pa.array([8, 8]), pa.array(["po", "po"]), pa.array([15, 15])], ["age", "setting", "age"]
    )
    pq.write_table(table, cases)
    rules = str(Path(__file__).resolve().parent.parent / "rules")
    args = ["diff", rules, rules, "--cases", str(cases), "--out", str(tmp_path / "rapport"), "--workers", "1"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "in het casusbestand staat de kolom age meer dan eens" in err, err
    assert not (tmp_path / "rapport" / "index.html").exists()
