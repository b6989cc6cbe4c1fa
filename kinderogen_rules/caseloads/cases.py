"""A caseload's cases: numbered lines read in chunks, each read as a profile or as a Dutch reason why it is none.

The input is read in chunks of lines, as bytes: a line that is not UTF-8 is that line's error, not the end of the
run. Of a line longer than any profile only its first bytes are kept, to say so; memory stays small however long
the line. Blank lines are skipped, by batch and the monitor alike.
"""

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from pydantic import ValidationError

from ..core.errors import InputError, RuleGapError
from ..core.files import os_reason
from ..core.inputs import MAX_PROFILE_BYTES, parse_profile, profile_from
from ..core.profile import Profile

if TYPE_CHECKING:
    from pyarrow import RecordBatch

CHUNK_LINES = 1000
# A chunk also closes at this size, so a window of long lines stays small in memory.
CHUNK_BYTES = 4 * 1024 * 1024
# A line longer than this is not a profile; only its first bytes are kept, to say so.
MAX_LINE = MAX_PROFILE_BYTES

Line = str | bytes
Chunk = list[tuple[int, Line]]
# What became of one case: an advice, bad input, or a valid profile without advice (a gap or a fault).
GOOD, BAD, FAILED = 0, 1, 2


class ChunkResult(NamedTuple):
    """A chunk's output (lines as one block of text, or a table of codes), with how many were advice, bad input,
    or failed."""

    good: int
    bad: int
    failed: int
    data: "str | RecordBatch"


def read_case(number: int, line: Line, model: type[Profile]) -> Profile | str:
    """The profile (of `model`, the rules' profile) on an input line, or why there is none (in Dutch, naming the
    line)."""
    if len(line) > MAX_LINE:
        return f"regel {number}: deze regel is te lang (meer dan {MAX_LINE // 1024} kB); een profiel is veel korter."
    try:
        profile = model.model_validate_json(line)
    except ValidationError:
        pass
    else:
        # Each field is followed by one colon, and a valid profile has no colon elsewhere: more colons than fields
        # means a field given twice (the parser keeps the last), or text after all; the slower path tells which.
        if (line.count(b":") if isinstance(line, bytes) else line.count(":")) == len(profile.model_fields_set):
            return profile
    # The slower path words the error: JSON first, then the profile, in Dutch.
    try:
        return parse_profile(line, f"regel {number}", model)
    except InputError as exc:
        return str(exc)


def failure(where: str, exc: Exception) -> str:
    """Why a valid profile got no advice, in Dutch: a gap in the rules, or a fault in the program."""
    if isinstance(exc, RuleGapError):
        return f"{where}: {exc}"
    return (
        f"{where}: bij dit profiel ging iets mis in het programma ({type(exc).__name__}); "
        "er is geen advies. Meld dit aan de beheerders."
    )


def profile_of_row(row: Mapping[str, Any], where: str, model: type[Profile]) -> Profile | str:
    """A profile from a table row, or in Dutch why it is none; an empty cell (None) is a field not given.

    In a table every row has every column, so a cell left empty is how a row leaves a field out: the
    field's default applies, as for a JSON line without it. A column that is no profile field is an error,
    as an unknown field is in JSON: a misspelt column must not silently change advice.
    """
    try:
        return profile_from({str(name): value for name, value in row.items() if value is not None}, where, model)
    except InputError as exc:
        return str(exc)


def blank(line: Line) -> bool:
    """A line with nothing but JSON whitespace; batch skips it, and monitor must skip the same lines."""
    return not (line.strip(b" \t\r\n") if isinstance(line, bytes) else line.strip(" \t\r\n"))


def _ends_line(text: Line) -> bool:
    return text[-1:] in ("\n", b"\n")


def read_lines(source: IO[Any]) -> Iterator[tuple[int, Line]]:
    """Numbered non-blank lines without their line end, from a text or a binary file.

    Of a line longer than MAX_LINE only the first MAX_LINE + 1 characters are kept (enough to
    say it is too long); the rest is read past in pieces, so memory stays small.
    """
    number = 0
    while True:
        try:
            line: Line = source.readline(MAX_LINE + 1)
            if not line:
                return
            rest = line
            while len(rest) > MAX_LINE and not _ends_line(rest):
                rest = source.readline(MAX_LINE + 1)
        except OSError as exc:
            raise InputError(f"De invoer kan na regel {number} niet verder worden gelezen: {os_reason(exc)}.") from None
        number += 1
        if len(line) > MAX_LINE and not _ends_line(line):
            yield number, line  # too long, and kept so: its length says it
        elif not blank(line):
            yield number, line.rstrip(b"\r\n") if isinstance(line, bytes) else line.rstrip("\r\n")


def read_chunks(source: IO[Any], size: int = CHUNK_LINES) -> Iterator[Chunk]:
    """Numbered non-blank lines, a chunk at a time (at most `size` lines, and about CHUNK_BYTES)."""
    chunk: Chunk = []
    length = 0
    for number, line in read_lines(source):
        chunk.append((number, line))
        length += len(line)
        if len(chunk) >= size or length >= CHUNK_BYTES:
            yield chunk
            chunk, length = [], 0
    if chunk:
        yield chunk


def count_lines(path: Path) -> int:
    """Lines in a regular file, for a progress bar (fast: reads bytes, parses nothing); 0 for anything else."""
    if not path.is_file():
        return 0
    with path.open("rb") as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))
