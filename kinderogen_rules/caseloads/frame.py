"""`advise_frame`: the advice codes for a pandas DataFrame of profiles, for analysts who work in pandas.

The frame has a row per profile and a column per profile field, named as in the contract (set fields as
lists). The result has the columns that `batch --format parquet` writes (see `columns`), a row per row in
the same order, with the same index. A cell is read as the same value in a JSON line would be, with a
table's own ways in mind:
- an empty cell (None, NaN, pd.NA, NaT) is a field not given, so its default applies, and a missing
  column is a field no row gives: `advise_frame(pd.read_json("casussen.jsonl", lines=True))` gives the
  codes batch gives. pandas stores a column with a gap in it as floats: 8.0 is the whole number 8, and
  in a yes/no column of floats 0.0 and 1.0 are false and true;
- numpy and pandas values count as the Python values they stand for (np.int64(8) is 8, np.True_ is
  true), and a set field may be a list, tuple, set or numpy array;
- a column that is no profile field makes every row an error, as an unknown field does in JSON: a
  misspelt column must not silently change advice. Keep keys in the index: it is kept;
- a value of the wrong kind (text for a number, "gedrag" for a list, 2.0 for yes or no) is that row's error, in
  Dutch, naming the row by its index label (`rij "a"`, or `rij 0` with the default index).
No row's content raises: every row gets its codes or its error, and `line` counts the rows from 1. The lists of codes
are Arrow-backed lists of text (each cell a Python list), holder and rules_version categories, and date a datetime.
"""

import math
from collections import Counter
from typing import Any

from ..advisor import default_advisor
from ..core.validation import shown
from .cases import profile_of_row
from .columns import LIST_COLUMNS, MISSING_EXTRA, CodeColumns

try:
    import numpy as np
    import pandas as pd
    import pyarrow as pa
except ImportError as exc:  # the extra is optional: say in Dutch how to get it
    raise ImportError(MISSING_EXTRA) from exc

__all__ = ["advise_frame"]


def _plain(value: Any) -> Any:
    """A cell as the plain Python value JSON would have given, None for an empty cell."""
    if isinstance(value, np.ndarray | list | tuple | set | frozenset):
        return [_plain(item) for item in value]
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _cells(column: pd.Series, name: str, yes_no: tuple[str, ...]) -> list[Any]:
    """A column's cells as Python values (tolist() converts a whole column far faster than cell by cell); pandas
    turns a yes/no field into 0.0 and 1.0 when a row leaves one empty."""
    values = column.tolist()
    if name in yes_no and pd.api.types.is_float_dtype(column.dtype):
        return [_yes_no(value) for value in values]
    return values


def _yes_no(value: float) -> Any:
    """A cell of a yes/no column that pandas stores as floats (it does so when the column has a gap): 1.0 is yes,
    0.0 is no, a gap is empty. Any other number stays as it is, and is its own row's error, not the whole column's."""
    if math.isnan(value):
        return None
    return value == 1.0 if value in (0.0, 1.0) else value


def _label(label: Any) -> str:
    """How a message names a row: by its label in the frame's index (as df.loc finds it)."""
    plain = tuple(_plain(part) for part in label) if isinstance(label, tuple) else _plain(label)
    return f"rij {shown(plain)}"


def _analyst_frame(table: pa.Table) -> pd.DataFrame:
    """The codes as an analyst works with them: each list of codes an Arrow-backed list of text (a cell is a Python
    list; `.list.len()`, `explode()`), the holder and the rules version categories, the date a datetime."""
    lists = pa.list_(pa.string())
    table = table.cast(pa.schema([pa.field(f.name, lists) if f.name in LIST_COLUMNS else f for f in table.schema]))
    result: pd.DataFrame = table.to_pandas(
        types_mapper=lambda kind: pd.ArrowDtype(kind) if kind == lists else None,
        date_as_object=False,
    )
    return result


def advise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The advice codes for every row of a DataFrame of profiles (see the module docstring), with the shipped
    rules, for the day `advise` uses."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"advise_frame verwacht een pandas DataFrame, geen {type(frame).__name__}.")
    advisor = default_advisor()
    yes_no = advisor.rules.vocabulary.of_kind("yesno")
    columns = CodeColumns(advisor)
    rows = columns.rows()
    names = [str(name) for name in frame.columns]
    doubles = sorted(name for name, n in Counter(names).items() if n > 1)
    cells = [_cells(frame.iloc[:, position], name, yes_no) for position, name in enumerate(names)]
    for row, label in enumerate(frame.index, 1):
        where = _label(label)
        if doubles:
            rows.refuse(
                row, f"{where}: de kolom {', '.join(doubles)} staat er meer dan eens in; geef elk veld één keer."
            )
            continue
        record = {name: _plain(column[row - 1]) for name, column in zip(names, cells, strict=True)}
        profile = profile_of_row(record, where, advisor.rules.profile_model)
        if isinstance(profile, str):
            rows.refuse(row, profile)
        else:
            rows.advise(row, profile, where)
    result = _analyst_frame(pa.Table.from_batches([rows.record_batch()]))
    result.index = frame.index
    return result
