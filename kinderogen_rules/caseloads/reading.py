"""Reading a caseload and its advices, from JSONL or Parquet, one record at a time.

`kinderogen monitor` reads what `batch` wrote (JSONL advices, or the Parquet codes of `--format parquet`)
and the caseload it was made from; a caseload can be JSONL or Parquet with one column per profile field,
so `diff --cases` can read one the same way. The format is told by the first bytes (a Parquet file starts
with PAR1), never by the file's name. Both formats are streamed, so memory stays flat. Whatever a file
holds that is not what it should be (a corrupt or truncated Parquet file, missing or wrong columns, a code
the contract does not know) is a CaseloadError with a Dutch message, never a traceback.
"""

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import IO

from pydantic import BaseModel, ConfigDict, ValidationError

from ..core.advice_codes import AdviceCodes
from ..core.errors import CaseloadError, NotJsonError
from ..core.inputs import parse_json
from ..core.profile import Profile
from ..core.ruleset import CatalogFile
from ..core.vocabulary import ArrangementCode, Holder, Partner, SignalCode
from .cases import count_lines, read_case, read_lines

PARQUET_MAGIC = b"PAR1"


def is_parquet(handle: IO[bytes]) -> bool:
    """Whether a file starts as Parquet does; the file is read on from where it was."""
    if handle.seekable():
        start = handle.tell()
        magic = handle.read(len(PARQUET_MAGIC))
        handle.seek(start)
        return magic == PARQUET_MAGIC
    peek = getattr(handle, "peek", None)
    return peek is not None and peek(len(PARQUET_MAGIC))[: len(PARQUET_MAGIC)] == PARQUET_MAGIC


def _columns(handle: IO[bytes], what: str) -> ModuleType:
    """`columns`, which reads Parquet, once it is known that it can (it needs pyarrow, the [analyse] extra)."""
    # Parquet keeps its table of contents at the end of the file.
    if not handle.seekable():
        raise CaseloadError(f"{what} is een Parquet-bestand; geef het als bestand, niet via een pijp.")
    try:
        from . import columns
    except ImportError as exc:
        raise CaseloadError(f"{what} is een Parquet-bestand. {exc}") from None
    return columns


def read_advices(
    handle: IO[bytes], what: str = "het adviesbestand", *, catalog: CatalogFile
) -> Iterator[AdviceCodes | None]:
    """Each advice record of batch's output (JSONL or Parquet), in order: its codes, or None for a line that
    batch could not advise on. A record with a code the catalogue does not declare is no advice of these rules."""
    if is_parquet(handle):
        yield from _columns(handle, what).read_advice_rows(handle, what, catalog)
        return
    for number, line in read_lines(handle):
        advice = _advice_line(number, line, what)
        if advice is not None and not advice.declared_in(catalog):
            raise CaseloadError(
                f"regel {number} van {what} is geen advies en geen foutregel; is dit de uitvoer van batch?"
            )
        yield advice


def read_profiles(
    handle: IO[bytes], what: str = "het casusbestand", *, model: type[Profile]
) -> Iterator[tuple[str, Profile | str]]:
    """Each case of a caseload, in order: where it is ('regel 3', 'rij 3') and its profile, or in Dutch why
    it has none.

    JSONL has one profile per line (blank lines are skipped, as batch does); Parquet one per row, a column
    per profile field, with an empty cell for a field not given.
    """
    if is_parquet(handle):
        yield from _columns(handle, what).read_profile_rows(handle, what, model)
        return
    for number, line in read_lines(handle):
        yield f"regel {number}", read_case(number, line, model)


def count_cases(path: Path) -> int:
    """The lines of a JSONL caseload or the rows of a Parquet one, for a progress bar (reads nothing else);
    0 when that cannot be known (not a regular file, no pyarrow, a damaged footer)."""
    if not path.is_file():
        return 0
    with path.open("rb") as handle:
        if not is_parquet(handle):
            return count_lines(path)
        try:
            from .columns import row_count
        except ImportError:
            return 0
        return row_count(handle)


class _Read(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Regie(_Read):
    holder: Holder


class _Arrangement(_Read):
    code: ArrangementCode


class _Signal(_Read):
    code: SignalCode


class _Informed(_Read):
    partner: Partner


class _Escalation(_Read):
    to: list[Partner]


class _Fired(_Read):
    id: str


class _AdviceJson(_Read):
    """What is read of an advice line: only the codes, each checked (fast: the texts are skipped)."""

    regie: _Regie
    arrangements: list[_Arrangement]
    partners: list[Partner]
    informed: list[_Informed]
    escalation: _Escalation | None
    signals: list[_Signal]
    fired_rules: list[_Fired]
    rules_version: str


def _advice_line(number: int, line: str | bytes, what: str) -> AdviceCodes | None:
    """An advice line's codes, or None for a line batch could not advise on (its error record)."""
    try:
        advice = _AdviceJson.model_validate_json(line)
    except ValidationError:
        pass
    else:
        return AdviceCodes(
            advice.regie.holder,
            tuple(a.code for a in advice.arrangements),
            tuple(advice.partners),
            tuple(i.partner for i in advice.informed),
            tuple(advice.escalation.to) if advice.escalation else (),
            tuple(s.code for s in advice.signals),
            tuple(f.id for f in advice.fired_rules),
            advice.rules_version,
        )
    try:
        record = parse_json(line)
    except NotJsonError:
        raise CaseloadError(f"regel {number} van {what} is geen JSON; is dit de uitvoer van batch?") from None
    if isinstance(record, dict) and set(record) == {"line", "error"}:
        return None
    raise CaseloadError(f"regel {number} van {what} is geen advies en geen foutregel; is dit de uitvoer van batch?")
