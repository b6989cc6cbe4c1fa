"""`kinderogen batch`: advise on a whole caseload, on every core, in input order, losing no line.

Each worker process has its own engine and turns a chunk of lines (`cases`) into output lines (the Advice JSON, or
a Dutch error record naming the line), or, for Parquet, into a table of advice codes (see `columns`); nothing a
line holds (bad bytes, deep nesting, a number of 5,000 digits, megabytes without a newline) can stop the others.
The chunks go through `pool.run_pool`, and are written strictly in input order, whole lines only. Ctrl-C stops the
work and leaves the output file valid: every line in it complete, the first lines of the input in order (a Parquet
file is closed with the rows so far).
"""

import datetime as dt
import json
import os
import time
from collections.abc import Callable
from functools import partial
from typing import IO, TYPE_CHECKING, Any, Protocol, runtime_checkable

from ..advisor import Advisor
from ..core.dates import day_of, today
from ..core.errors import InputError, OutputFailed, RulesChanged
from ..core.files import os_reason
from ..core.outputs import write_whole
from ..core.ruleset import load_rules
from ..core.stops import stop_signal, stops_held
from .cases import BAD, FAILED, GOOD, Chunk, ChunkResult, Line, failure, read_case, read_chunks
from .pool import (
    INPUT_FAILED,
    INTERRUPTED,
    OUTPUT_FAILED,
    RULES_CHANGED,
    RunProgress,
    RunSummary,
    run_pool,
    worker_rules,
)

if TYPE_CHECKING:
    from pyarrow import RecordBatch


@runtime_checkable
class CodeOutput(Protocol):
    """An output that takes each chunk as a table of advice codes rather than text (Parquet, see `columns`)."""

    def write_chunk(self, data: "RecordBatch") -> None:
        """Add a chunk's rows after those written before; an OSError when they cannot be written."""

    def close(self) -> None:
        """Finish the file, so that it is valid with every row written; an OSError when that fails."""

    def abandon(self) -> None:
        """Give up on the file, which will be removed: nothing more is written."""


def _error(number: int, message: str) -> str:
    return json.dumps({"line": number, "error": message}, ensure_ascii=False)


def line_record(advisor: Advisor, number: int, line: Line) -> tuple[int, str]:
    """The output line for one input line: (GOOD, the Advice JSON), or (BAD or FAILED, an error record in Dutch)."""
    case = read_case(number, line, advisor.rules.profile_model)
    if isinstance(case, str):
        return BAD, _error(number, case)
    try:
        return GOOD, advisor.advise(case).model_dump_json()
    except Exception as exc:  # one line's failure must not cost the lines after it
        return FAILED, _error(number, failure(f"regel {number}", exc))


def advise_chunk(advisor: Advisor, chunk: Chunk) -> ChunkResult:
    """A chunk of input lines as one block of output lines, with its counts."""
    counts = [0, 0, 0]
    out: list[str] = []
    for number, line in chunk:
        kind, record = line_record(advisor, number, line)
        counts[kind] += 1
        out.append(record)
    return ChunkResult(counts[GOOD], counts[BAD], counts[FAILED], "".join(f"{record}\n" for record in out))


def chunk_adviser(advisor: Advisor, codes: bool) -> Callable[[Chunk], ChunkResult]:
    """What a worker makes of a chunk: Advice JSON lines, or (codes) a table of advice codes for Parquet."""
    if codes:
        from .columns import CodeColumns  # needs pyarrow, which the caller has already imported

        return CodeColumns(advisor).advise_chunk
    return partial(advise_chunk, advisor)


def _batch_worker(rules_dir: str | None, day: dt.date, version: str, codes: bool) -> Callable[[Chunk], ChunkResult]:
    return chunk_adviser(Advisor(worker_rules(rules_dir, version), on=day), codes)


def _write(out: "IO[str] | CodeOutput", summary: RunSummary, chunk: Chunk, result: ChunkResult) -> None:
    """Write a chunk's lines (or its table of codes) and count them, with Ctrl-C, SIGTERM and SIGHUP held back:
    whenever the batch stops, the output holds whole chunks and the summary counts exactly those."""
    with stops_held():
        try:
            if isinstance(out, CodeOutput):
                out.write_chunk(result.data)
            else:
                assert isinstance(result.data, str)
                write_whole(out, result.data)
        except OSError as exc:
            raise OutputFailed(os_reason(exc)) from None
        _count(summary, chunk, result)


def _count(summary: RunSummary, chunk: Chunk, result: ChunkResult) -> None:
    summary.good += result.good
    summary.bad += result.bad
    summary.failed += result.failed
    summary.last_line = chunk[-1][0]


def run_batch(
    source: IO[Any],
    out: "IO[str] | CodeOutput",
    rules_dir: str | None = None,
    workers: int | None = None,
    day: dt.date | None = None,
    progress: RunProgress | None = None,
) -> RunSummary:
    """Advise on every line of `source` (text or bytes), writing to `out` in order; returns the summary.

    `out` is a text file for JSONL, or a CodeOutput (columns.ParquetOutput) for a table of advice codes.
    The rules are loaded here first, so a rules problem is a RuleLoadError before any worker starts.
    Whatever stops the batch early (Ctrl-C, a failing output or input, workers that keep dying) is in
    the summary (`stopped`, `reason`); what is written by then is complete, whole lines in input order.
    """
    on = day_of(day, "De dag (day)") or today()
    summary = RunSummary(workers=max(1, workers or os.cpu_count() or 1))
    rules = load_rules(rules_dir)
    rules.period(on)  # a day before the rules start is a DateError here, not in every worker
    started = time.perf_counter()
    try:
        if summary.workers == 1:
            advise = chunk_adviser(Advisor(rules, on=on), isinstance(out, CodeOutput))
            for chunk in read_chunks(source):
                _write(out, summary, chunk, advise(chunk))
                if progress is not None:
                    progress(summary, chunk[-1][0])
        else:

            def take(chunk: Chunk, result: ChunkResult) -> None:
                _write(out, summary, chunk, result)
                if progress is not None:
                    progress(summary, chunk[-1][0])

            codes = isinstance(out, CodeOutput)
            run_pool(read_chunks(source), take, summary, _batch_worker, (rules_dir, on, rules.version, codes))
    except KeyboardInterrupt as exc:
        summary.stopped, summary.signal = INTERRUPTED, stop_signal(exc)
    except InputError as exc:
        summary.stopped, summary.reason = INPUT_FAILED, str(exc)
    except OutputFailed as exc:
        summary.stopped, summary.reason = OUTPUT_FAILED, str(exc)
    except RulesChanged as exc:
        summary.stopped, summary.reason = RULES_CHANGED, str(exc)
    finally:
        summary.seconds = time.perf_counter() - started
    return summary
