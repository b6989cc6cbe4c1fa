"""`advise_frame`: a DataFrame of profiles in, the codes of batch's Parquet out, row for row, bad rows isolated."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kinderogen_rules import advise, load_rules
from kinderogen_rules.caseloads.batch import run_batch
from kinderogen_rules.caseloads.columns import COLUMNS, ParquetOutput
from kinderogen_rules.caseloads.synth import synthetic_profiles
from kinderogen_rules.core.dates import today
from kinderogen_rules.frame import advise_frame


@pytest.mark.slow
def test_the_same_columns_and_codes_as_batch_gives_for_the_same_caseload(tmp_path: Path) -> None:
    cases, parquet = tmp_path / "cases.jsonl", tmp_path / "advices.parquet"
    lines = [p.model_dump_json() for p in synthetic_profiles(600, seed=31)]
    lines[17] = '{"age": 99, "setting": "po"}'
    cases.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with cases.open("rb") as source:
        output = ParquetOutput(parquet.open("wb"), load_rules())
        run_batch(source, output, workers=1)
        output.close()
    from_batch = pd.read_parquet(parquet)
    frame = pd.read_json(cases, lines=True)  # a missing field is NaN there, and the ages of a gap are floats
    result = advise_frame(frame)
    assert list(result.columns) == list(COLUMNS)
    for name in COLUMNS:
        if name != "error":
            assert [_plain(value) for value in result[name]] == [_plain(value) for value in from_batch[name]], name
    # batch names a line of its file, advise_frame a row by its index label (here 0, 1, 2, …).
    assert result.error.iloc[17] == from_batch.error.iloc[17].replace("regel 18", "rij 17")
    assert result.error.notna().sum() == 1


def _plain(value: object) -> object:
    """A cell as plain Python, however pandas holds it (an Arrow list, a numpy array, a date or a timestamp)."""
    if isinstance(value, list | np.ndarray):
        return [str(item) for item in value]
    if isinstance(value, pd.Timestamp):
        return value.date()
    return None if pd.isna(value) else value  # type: ignore[call-overload]


def test_row_order_and_index_are_kept_and_a_bad_row_costs_only_itself() -> None:
    profiles = [p.model_dump(mode="json") for p in synthetic_profiles(40, seed=32)]
    profiles[3] = {"age": 8, "setting": "vo"}  # no child of 8 in the vo
    profiles[9] = {"age": "acht", "setting": "po"}
    profiles[20] = {"setting": "po"}
    labels = [f"k{n:02d}" for n in reversed(range(40))]
    result = advise_frame(pd.DataFrame(profiles, index=pd.Index(labels, name="sleutel")))
    assert list(result.index) == labels and result.index.name == "sleutel"
    assert list(result.line) == list(range(1, 41))
    bad = {3: "kan niet op", 9: 'vul een heel getal in (niet "acht")', 20: "dit veld is verplicht"}
    for row, words in bad.items():
        assert (
            result.error.iloc[row].startswith(f'rij "{labels[row]}": het profiel klopt niet')
            and words in (result.error.iloc[row])
        )
        assert result.iloc[row].drop(["line", "error"]).isna().all()
    for row in set(range(40)) - set(bad):
        advice = advise(profiles[row])
        assert result.holder.iloc[row] == advice.regie.holder and pd.isna(result.error.iloc[row])
        assert list(result.arrangements.iloc[row]) == [a.code for a in advice.arrangements]
        assert list(result.fired_rules.iloc[row]) == [r.id for r in advice.fired_rules]
    assert set(result.date.dropna().dt.date) == {today()}


def test_cells_are_read_as_an_analyst_means_them() -> None:
    frame = pd.DataFrame(
        {
            "age": [np.int64(8), 8.0, np.nan, 8.5, 15],
            "setting": ["po", "po", "po", "po", np.str_("vo")],
            "concerns": [np.array(["gedrag", "leren"]), ("gedrag", "leren"), None, "gedrag", {"verzuim"}],
            "school_support_exhausted": [np.True_, None, False, False, pd.NA],
            "stuck": [0.0, np.nan, 0.0, 0.0, 1.0],  # a yes/no column with a gap, as pandas stores it
            "waiting_weeks": pd.array([0, pd.NA, 0, 0, 9], dtype="Int64"),
        }
    )
    result = advise_frame(frame)
    first = advise({"age": 8, "setting": "po", "concerns": ["gedrag", "leren"], "school_support_exhausted": True})
    second = advise({"age": 8, "setting": "po", "concerns": ["gedrag", "leren"]})  # empty cells: the defaults
    fifth = advise({"age": 15, "setting": "vo", "concerns": ["verzuim"], "waiting_weeks": 9, "stuck": True})
    for row, advice in ((0, first), (1, second), (4, fifth)):
        assert result.holder.iloc[row] == advice.regie.holder and pd.isna(result.error.iloc[row])
        assert list(result.arrangements.iloc[row]) == [a.code for a in advice.arrangements]
        assert list(result.signals.iloc[row]) == [s.code for s in advice.signals]
    assert first != second
    assert "Leeftijd (age): dit veld is verplicht" in result.error.iloc[2]
    assert "vul een heel getal in (niet 8.5)" in result.error.iloc[3]
    assert "vul true of false in (niet 2.0)" in advise_frame(frame.assign(stuck=2.0)).error.iloc[0]
    assert 'geef een lijst met waarden, bijvoorbeeld ["gedrag"] (niet "gedrag")' in result.error.iloc[3]


def test_a_column_that_is_no_profile_field_is_every_rows_error_never_ignored() -> None:
    frame = pd.DataFrame({"age": [8, 9], "setting": ["po", "po"], "waiting_week": [12, 0]})
    result = advise_frame(frame)
    assert result.holder.isna().all()
    assert all('Veld "waiting_week": dit veld bestaat niet' in error for error in result.error)
    doubled = pd.DataFrame([[8, "po", 9]], columns=["age", "setting", "age"])
    assert "de kolom age staat er meer dan eens in" in advise_frame(doubled).error.iloc[0]


def test_an_empty_frame_and_a_frame_without_columns() -> None:
    empty = advise_frame(pd.DataFrame({"age": pd.Series([], dtype="int64"), "setting": pd.Series([], dtype="str")}))
    assert list(empty.columns) == list(COLUMNS) and len(empty) == 0
    bare = advise_frame(pd.DataFrame(index=[7, 8]))
    assert list(bare.index) == [7, 8] and all("dit veld is verplicht" in error for error in bare.error)


def test_something_other_than_a_frame_is_a_type_error_in_dutch() -> None:
    with pytest.raises(TypeError, match="advise_frame verwacht een pandas DataFrame, geen list"):
        advise_frame([{"age": 8, "setting": "po"}])  # type: ignore[arg-type]


def test_a_yes_no_column_of_floats_is_judged_row_by_row() -> None:
    """A `stuck` column [0.0, 2.0] refused the valid row too."""
    result = advise_frame(pd.DataFrame({"age": [8, 8], "setting": ["po", "po"], "stuck": [0.0, 2.0]}))
    assert result.holder.iloc[0] == advise({"age": 8, "setting": "po"}).regie.holder and pd.isna(result.error.iloc[0])
    assert "rij 1: het profiel klopt niet" in result.error.iloc[1] and "(niet 2.0)" in result.error.iloc[1]


def test_an_analyst_gets_lists_dates_and_rows_named_as_in_the_frame() -> None:
    """Lists came as numpy arrays per cell, the date as Python objects, and errors named the row by its position
    ("rij 1") when its label was "a"."""
    frame = pd.DataFrame(
        {"age": [15, 99], "setting": ["vo", "vo"], "concerns": [["verzuim", "gedrag"], []]}, index=["a", "b"]
    )
    result = advise_frame(frame)
    advice = advise({"age": 15, "setting": "vo", "concerns": ["verzuim", "gedrag"]})
    assert isinstance(result.arrangements.dtype, pd.ArrowDtype)
    assert result.arrangements.loc["a"] == [a.code for a in advice.arrangements]
    assert result.arrangements.list.len().loc["a"] == len(advice.arrangements)
    assert set(result.explode("signals").signals.dropna()) == {s.code for s in advice.signals}
    assert pd.api.types.is_datetime64_any_dtype(result.date) and result.date.loc["a"].date() == advice.date
    assert result.error.loc["b"].startswith('rij "b": het profiel klopt niet')
    assert pd.isna(result.arrangements.loc["b"]) and pd.isna(result.date.loc["b"])
    numbered = advise_frame(frame.set_index(pd.MultiIndex.from_tuples([("x", 1), ("x", 2)])))
    assert numbered.error.iloc[1].startswith('rij ["x", 2]: het profiel klopt niet')
