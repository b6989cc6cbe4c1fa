"""Advice as codes in columns: the rows that `batch --format parquet` writes and `advise_frame` returns.

An analyst counts and cross-tabulates codes; the texts of an advice (explanations, titles, leads) are
what make a caseload's JSONL gigabytes. A row here holds only codes, read off the advisor's Decision
(no Advice object, no JSON), and every code column is an Arrow dictionary over the complete code list,
so half a million advices are tens of megabytes of Parquet that open as they are in pandas
(categoricals and lists) and duckdb (VARCHAR and VARCHAR[]). One row per input line, in input order:

| column          | Arrow type                 | holds                                                    |
|-----------------|----------------------------|----------------------------------------------------------|
| `line`          | int64                      | the input line (a frame's row), from 1                   |
| `holder`        | dictionary                 | regie.holder                                             |
| `arrangements`  | list of dictionary         | arrangement codes, in the advice's order (lightest first)|
| `partners`      | list of dictionary         | partners at the table, sorted                            |
| `informed`      | list of dictionary         | partners kept informed instead, sorted                   |
| `escalation_to` | list of dictionary         | escalation.to, sorted; empty when there is no escalation |
| `signals`       | list of dictionary         | signal codes, in the advice's order                      |
| `fired_rules`   | list of dictionary         | ids of the rules that counted, in the advice's order     |
| `rules_version` | dictionary                 | the rule set                                             |
| `date`          | date32                     | the day the advice was given for                         |
| `error`         | string                     | why the line got no advice, in Dutch; null when it got one|

A line without advice has null in every advice column (holder to date) and its message in `error`.
pyarrow is the optional [analyse] extra: importing this module without it raises an ImportError that
says in Dutch how to install it.
"""

import datetime as dt
from collections.abc import Iterator
from typing import Any

from ..advisor import Advisor
from ..core.advice_codes import AdviceCodes, CodeOrder
from ..core.errors import CaseloadError
from ..core.inputs import MAX_PROFILE_BYTES
from ..core.profile import Profile
from ..core.ruleset import CatalogFile, RuleSet
from ..core.stops import stops_held
from .cases import BAD, FAILED, GOOD, Chunk, ChunkResult, failure, profile_of_row, read_case

MISSING_EXTRA = "Hiervoor zijn pandas en pyarrow nodig. Installeer ze met: pip install 'kinderogen-rules[analyse]'"

try:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
except ImportError as exc:  # the extra is optional: say in Dutch how to get it
    raise ImportError(MISSING_EXTRA) from exc

# The columns of codes that hold a list per row, in layout order.
LIST_COLUMNS = ("arrangements", "partners", "informed", "escalation_to", "signals", "fired_rules")
COLUMNS = ("line", "holder", *LIST_COLUMNS, "rules_version", "date", "error")
# A row group is written once this many rows have come back: few groups keep the file small, and Ctrl-C
# still leaves every row so far, since closing writes the rest.
ROW_GROUP_ROWS = 65_536


def dictionaries(rules: RuleSet) -> dict[str, tuple[str, ...]]:
    """Every code each code column can hold: the contract's code lists, the rule set's ids and its version.

    One fixed dictionary per column makes every chunk share it, so Parquet stores it once per row group,
    and pandas categoricals list every code, also those no child got. Each list is in the advice's order
    (`CodeOrder`; rules as in the files), so a row's codes are in advice order when their indexes are sorted.
    """
    catalog = rules.catalog
    order = CodeOrder(catalog)
    partners = order.partners(catalog.partners)
    return {
        "holder": tuple(catalog.holders),
        "arrangements": order.arrangements(catalog.arrangement_titles),
        "partners": partners,
        "informed": partners,
        "escalation_to": partners,
        "signals": order.signals(catalog.signals),
        "fired_rules": tuple(dict.fromkeys(loaded.rule.id for loaded in rules.rules)),
        "rules_version": (rules.version,),
    }


def _index_type(size: int) -> Any:
    return pa.int8() if size < 2**7 else pa.int16() if size < 2**15 else pa.int32()


def schema(rules: RuleSet) -> Any:
    """The Arrow schema of the columns (see the module docstring)."""
    kinds = {name: pa.dictionary(_index_type(len(values)), pa.string()) for name, values in dictionaries(rules).items()}
    fields = [pa.field("line", pa.int64(), nullable=False), pa.field("holder", kinds["holder"])]
    fields += [pa.field(name, pa.list_(kinds[name])) for name in LIST_COLUMNS]
    fields += [pa.field("rules_version", kinds["rules_version"]), pa.field("date", pa.date32())]
    fields.append(pa.field("error", pa.string()))
    return pa.schema(fields)


class CodeColumns:
    """The code columns for one advisor: profiles in, Arrow record batches of codes out."""

    def __init__(self, advisor: Advisor) -> None:
        self._advisor = advisor
        self.day: dt.date = advisor.day
        self.schema = schema(advisor.rules)
        values = dictionaries(advisor.rules)
        self._dictionaries = {name: pa.array(codes_, pa.string()) for name, codes_ in values.items()}
        index = {name: {code: n for n, code in enumerate(codes_)}.__getitem__ for name, codes_ in values.items()}
        self._holder_index = index["holder"]
        self._list_indexes = tuple(index[name] for name in LIST_COLUMNS)

    def indexes(self, profile: Profile) -> tuple[int, tuple[tuple[int, ...], ...]]:
        """The advice's codes for one profile (`Advisor.codes`) as dictionary indexes: the holder's, and per list
        column those of its codes, in the advice's order.

        A RuleGapError when no regie rule applies, as from `Advisor.advise`.
        """
        found = self._advisor.codes(profile, self.day)
        lists = (
            found.arrangements,
            found.partners,
            found.informed,
            found.escalation_to,
            found.signals,
            found.fired_rules,
        )
        return self._holder_index(found.holder), tuple(
            tuple(map(index, values)) for index, values in zip(self._list_indexes, lists, strict=True)
        )

    def rows(self) -> "Rows":
        """An empty set of rows to add advices and errors to."""
        return Rows(self)

    def advise_chunk(self, chunk: Chunk) -> ChunkResult:
        """A chunk of input lines as one record batch of codes, with its counts (the batch worker's job)."""
        rows = self.rows()
        counts = [0, 0, 0]
        for number, line in chunk:
            case = read_case(number, line, self._advisor.rules.profile_model)
            if isinstance(case, str):
                rows.refuse(number, case)
                counts[BAD] += 1
            else:
                counts[rows.advise(number, case, f"regel {number}")] += 1
        return ChunkResult(counts[GOOD], counts[BAD], counts[FAILED], rows.record_batch())


class Rows:
    """Rows of codes being gathered, column by column, as Python lists that Arrow takes in one go."""

    def __init__(self, columns: CodeColumns) -> None:
        self._columns = columns
        self._lines: list[int] = []
        self._holders: list[int | None] = []
        self._offsets: list[list[int]] = [[0] for _ in LIST_COLUMNS]
        self._values: list[list[int]] = [[] for _ in LIST_COLUMNS]
        self._refused: list[bool] = []
        self._errors: list[str | None] = []

    def advise(self, number: int, profile: Profile, where: str) -> int:
        """Add the advice's row for a valid profile (or its error, in Dutch); returns GOOD or FAILED."""
        try:
            holder, lists = self._columns.indexes(profile)
        except Exception as exc:  # one row's failure must not cost the rows after it
            self.refuse(number, failure(where, exc))
            return FAILED
        self._lines.append(number)
        self._holders.append(holder)
        for offsets, values, items in zip(self._offsets, self._values, lists, strict=True):
            values.extend(items)
            offsets.append(len(values))
        self._refused.append(False)
        self._errors.append(None)
        return GOOD

    def refuse(self, number: int, message: str) -> None:
        """Add a row without advice: every advice column null, the message in `error`."""
        self._lines.append(number)
        self._holders.append(None)
        for offsets, values in zip(self._offsets, self._values, strict=True):
            offsets.append(len(values))
        self._refused.append(True)
        self._errors.append(message)

    def record_batch(self) -> Any:
        """The rows as one Arrow record batch in the layout's schema."""
        columns = self._columns
        kinds = columns.schema
        refused = pa.array(self._refused, pa.bool_())

        def coded(name: str, indexes: list[int] | list[int | None]) -> Any:
            index_type = kinds.field(name).type
            index_type = index_type.value_type.index_type if name in LIST_COLUMNS else index_type.index_type
            return pa.DictionaryArray.from_arrays(pa.array(indexes, index_type), columns._dictionaries[name])

        arrays: dict[str, Any] = {
            "line": pa.array(self._lines, pa.int64()),
            "holder": coded("holder", self._holders),
        }
        for name, offsets, values in zip(LIST_COLUMNS, self._offsets, self._values, strict=True):
            arrays[name] = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), coded(name, values), mask=refused)
        arrays["rules_version"] = coded("rules_version", [None if no else 0 for no in self._refused])
        arrays["date"] = pa.array([None if no else columns.day for no in self._refused], pa.date32())
        arrays["error"] = pa.array(self._errors, pa.string())
        return pa.RecordBatch.from_arrays([arrays[name] for name in COLUMNS], schema=kinds)


class ParquetOutput:
    """A Parquet file that a batch writes chunk by chunk (a batch.CodeOutput); closing it makes it valid.

    The rows that come back are gathered into row groups of ROW_GROUP_ROWS. `close` writes what is
    gathered and the file's footer, with Ctrl-C held back, so a batch stopped by Ctrl-C leaves a
    valid file with every row so far.
    """

    def __init__(self, handle: Any, rules: RuleSet) -> None:
        kinds = schema(rules)
        self._handle = handle
        self._writer = pq.ParquetWriter(
            handle,
            kinds,
            compression="zstd",
            # Line numbers only grow: delta encoding stores them in a few bits each; the rest are codes.
            use_dictionary=[name for name in COLUMNS if name != "line"],
            column_encoding={"line": "DELTA_BINARY_PACKED"},
            # A checksum per page, so a reader finds a damaged page instead of reading wrong codes.
            write_page_checksum=True,
        )
        self._pending: list[Any] = []
        self._rows = 0

    def write_chunk(self, data: Any) -> None:
        """Add a chunk's record batch; a row group is written once enough rows have come."""
        self._pending.append(data)
        self._rows += data.num_rows
        if self._rows >= ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            table = pa.Table.from_batches(self._pending)
            self._writer.write_table(table, row_group_size=table.num_rows)
            self._pending, self._rows = [], 0

    def close(self) -> None:
        """Write the rows still gathered and the footer, then close the file; an OSError when that fails.

        Closing again does nothing: the file is finished, or it cannot be.
        """
        if self._handle.closed:
            return
        with stops_held():
            try:
                self._flush()
                self._writer.close()
            except BaseException:
                self.abandon()
                raise
            finally:
                self._handle.close()

    def abandon(self) -> None:
        """Give up on the file (it is removed by its owner): pyarrow must not try to finish it (and fail aloud) when
        the writer is collected."""
        self._writer.is_open = False
        self._handle.close()


# Rows read from a Parquet file at a time: memory stays flat however long the file.
READ_ROWS = 10_000
# What a file may hold, whatever its few kilobytes on disk unpack to: a text in one cell (as long as a JSONL line may
# be), a row group unpacked (its size in the file's own footer), and the rows read at a time once read into Python
# (counting VALUE_BYTES for each value, list items included, plus its text). A caseload's rows hold short codes.
MAX_CELL_BYTES = MAX_PROFILE_BYTES
MAX_ROW_GROUP_BYTES = 256 * 2**20
MAX_BATCH_BYTES = 128 * 2**20
VALUE_BYTES = 64
# What a damaged file raises while it is read: Arrow's errors, and text that is not UTF-8.
_UNREADABLE = (pa.ArrowException, OSError, ValueError)
# The columns an advice is read back from: its codes (as `AdviceCodes` has them) and the error of a line without one.
ADVICE_COLUMNS = ("holder", *LIST_COLUMNS, "rules_version", "error")


def _text(kind: Any) -> bool:
    if pa.types.is_dictionary(kind):
        return _text(kind.value_type)
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_string_view(kind))


def _text_list(kind: Any) -> bool:
    listed = pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_list_view(kind)
    return bool(listed and _text(kind.value_type))


def _parquet_file(handle: Any, what: str) -> tuple[Any, dict[str, Any]]:
    """The file opened, with the type of each column; pages written with a checksum are checked. A column that
    comes twice, or a row group larger than MAX_ROW_GROUP_BYTES unpacked, is a CaseloadError.

    Text is read as it is stored, as a dictionary and its indexes: a file of a few kilobytes that repeats one long
    text on every row then stays small until `_columns` has checked what the rows would hold once read."""
    try:
        file = pq.ParquetFile(handle, page_checksum_verification=True)
        texts = [column.path for column in file.schema if column.physical_type == "BYTE_ARRAY"]
        file = pq.ParquetFile(handle, page_checksum_verification=True, read_dictionary=texts)
        names = [field.name for field in file.schema_arrow]
        groups = [file.metadata.row_group(n).total_byte_size for n in range(file.metadata.num_row_groups)]
    except _UNREADABLE:
        raise CaseloadError(
            f"{what} begint als een Parquet-bestand, maar is beschadigd of niet compleet (het einde ontbreekt of "
            "klopt niet); maak het opnieuw."
        ) from None
    # Read as a row, a column that comes twice would silently count once, with the last one's value.
    doubles = sorted({name for name in names if names.count(name) > 1})
    if doubles:
        raise CaseloadError(
            f"in {what} staat de kolom {', '.join(doubles)} meer dan eens; geef elk veld één kolom, "
            "anders is niet te zeggen welke waarde geldt."
        )
    for number, size in enumerate(groups, 1):
        if size > MAX_ROW_GROUP_BYTES:
            raise CaseloadError(
                f"{what} heeft een rijgroep (nummer {number}) die uitgepakt {size // 2**20} MB is, meer dan "
                f"{MAX_ROW_GROUP_BYTES // 2**20} MB. Een caseload is veel kleiner; schrijf het bestand met kleinere "
                "rijgroepen, bijvoorbeeld met row_group_size=100000."
            )
    return file, {field.name: field.type for field in file.schema_arrow}


def _text_lengths(array: Any) -> Any:
    """The byte length of every text in an Arrow array (of texts, dictionary-coded texts, or lists of them), as
    they would be read: a dictionary's text once per row that uses it. None when the array holds no text."""
    kind = array.type
    if pa.types.is_dictionary(kind):
        lengths = _text_lengths(array.dictionary)
        return None if lengths is None else pc.take(lengths, array.indices)
    if pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_list_view(kind):
        return _text_lengths(array.flatten())
    if _text(kind) or pa.types.is_binary(kind) or pa.types.is_large_binary(kind):
        return pc.binary_length(array)
    return None


def _values(array: Any) -> int:
    """How many values reading the array makes: one per row, and one per item of a list."""
    kind = array.type
    if pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_list_view(kind):
        return len(array) + _values(array.flatten())
    return len(array)


def _check_size(batch: Any, first_row: int, what: str) -> None:
    """A CaseloadError when one text of the batch is longer than MAX_CELL_BYTES, or its rows would take more than
    MAX_BATCH_BYTES once read (VALUE_BYTES per value, plus its text): checked before anything is read into Python."""
    total = 0
    for name, column in zip(batch.schema.names, batch.columns, strict=True):
        total += VALUE_BYTES * _values(column)
        lengths = _text_lengths(column)
        if lengths is None or not len(lengths):
            continue
        longest = pc.max(lengths).as_py() or 0
        if longest > MAX_CELL_BYTES:
            where = ""
            if not pa.types.is_list(column.type):
                where = f"rij {first_row + pc.index(lengths, longest).as_py()} van "
            raise CaseloadError(
                f"{where}{what}: in de kolom {name} staat een tekst van meer dan {MAX_CELL_BYTES // 1024} kB; "
                "een profiel of advies is veel korter."
            )
        total += pc.sum(lengths).as_py() or 0
    if total > MAX_BATCH_BYTES:
        last = first_row + batch.num_rows - 1
        rows = f"rij {first_row} wordt" if last == first_row else f"de rijen {first_row} tot en met {last} worden"
        raise CaseloadError(
            f"{what}: {rows} bij het lezen groter dan {MAX_BATCH_BYTES // 2**20} MB. Een caseload is veel kleiner; "
            "is dit wel een caseload of de uitvoer van batch?"
        )


def _columns(file: Any, names: list[str] | None, what: str) -> Iterator[tuple[list[str], list[list[Any]]]]:
    """The file's rows, READ_ROWS at a time, as Python values per column, each block checked for its size first
    (`_check_size`); a read that fails says so in Dutch."""
    batches = file.iter_batches(batch_size=READ_ROWS, columns=names)
    row = 1
    while True:
        try:
            batch = next(batches, None)
            if batch is None:
                return
            _check_size(batch, row, what)
            values = [column.to_pylist() for column in batch.columns]
        except _UNREADABLE:
            raise CaseloadError(f"{what} is een beschadigd Parquet-bestand: een deel ervan is niet te lezen.") from None
        row += batch.num_rows
        yield batch.schema.names, values


def read_advice_rows(handle: Any, what: str, catalog: CatalogFile) -> Iterator[AdviceCodes | None]:
    """The advices of a Parquet file that `batch --format parquet` wrote (see reading.read_advices)."""
    file, kinds = _parquet_file(handle, what)
    missing = [name for name in ADVICE_COLUMNS if name not in kinds]
    if missing:
        raise CaseloadError(
            f"{what} mist de kolom(men) {', '.join(missing)}; is dit de uitvoer van kinderogen batch --format parquet?"
        )
    for name in ADVICE_COLUMNS:
        if not (_text_list if name in LIST_COLUMNS else _text)(kinds[name]):
            expected = "lijst met codes" if name in LIST_COLUMNS else "tekst"
            raise CaseloadError(f"in {what} bevat de kolom {name} geen {expected}, zoals batch die schrijft.")
    row = 0
    for _, values in _columns(file, list(ADVICE_COLUMNS), what):
        for holder, arrangements, partners, informed, escalation_to, signals, fired, version, error in zip(
            *values, strict=True
        ):
            row += 1
            if error is not None:
                yield None
                continue
            lists = (arrangements, partners, informed, escalation_to, signals, fired)
            found = None
            if holder is not None and version is not None and all(values is not None for values in lists):
                found = AdviceCodes(
                    holder,
                    tuple(arrangements),
                    tuple(partners),
                    tuple(informed),
                    tuple(escalation_to),
                    tuple(signals),
                    tuple(fired),
                    version,
                )
            if found is None or not found.declared_in(catalog):
                raise CaseloadError(
                    f"rij {row} van {what} is geen advies en geen foutregel; is dit de uitvoer van batch?"
                )
            yield found


def read_profile_rows(handle: Any, what: str, model: type[Profile]) -> Iterator[tuple[str, Profile | str]]:
    """The profiles of a Parquet caseload, a column per profile field (see reading.read_profiles)."""
    file, _ = _parquet_file(handle, what)
    row = 0
    for names, values in _columns(file, None, what):
        for cells in zip(*values, strict=True):
            row += 1
            yield f"rij {row}", profile_of_row(dict(zip(names, cells, strict=True)), f"rij {row}", model)


def row_count(handle: Any) -> int:
    """The rows of a Parquet file, from its footer (nothing else is read); 0 when the footer cannot be read."""
    try:
        return int(pq.ParquetFile(handle).metadata.num_rows)
    except _UNREADABLE:
        return 0
