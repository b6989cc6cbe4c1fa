"""`kinderogen batch`: advise on a whole caseload, on every core, in input order, losing no line.

The input is read in chunks of lines, as bytes: a line that is not UTF-8 is
that line's error, not the end of the batch. Each worker process has its own
engine and turns a chunk into output lines (the Advice JSON, or a Dutch error
record naming the line), or, for Parquet, into a table of advice codes (see
`columnar`); nothing a line holds (bad bytes, deep nesting, a
number of 5,000 digits, megabytes without a newline) can stop the others. The
parent keeps a bounded window of chunks in flight, so memory stays flat however
long the file, and writes chunks strictly in input order, whole lines only.
When a worker dies, the chunks it had not returned are done again by a fresh
pool: nothing is lost, nothing written twice; the batch gives up only when
workers keep dying without a single chunk done in between. Ctrl-C stops the
work and leaves the output file valid: every line in it complete, the first
lines of the input in order (a Parquet file is closed with the rows so far).
"""

import contextlib
import datetime as dt
import json
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple, Protocol, TextIO, TypeVar, runtime_checkable

from pydantic import ValidationError

from ..advisor import Advisor
from ..core.errors import InputError, RuleGapError, RuleLoadError
from ..core.files import os_reason
from ..core.inputs import MAX_PROFILE_BYTES, parse_profile
from ..core.profile import CaseProfile
from ..core.ruleset import RuleSet, load_rules

if TYPE_CHECKING:
    from pyarrow import RecordBatch

CHUNK_LINES = 1000
# A chunk also closes at this size, so a window of long lines stays small in memory.
CHUNK_BYTES = 4 * 1024 * 1024
CHUNKS_PER_WORKER = 3
# Pools that may break in a row, without one chunk written in between, before the batch gives up.
MAX_STALLED_RESTARTS = 3
# A worker killed while it holds the pool's result queue can leave the other workers waiting for ever, and the
# pool never reports itself broken (seen here: a batch hung for ten minutes). No chunk back for this long means the
# pool is stuck: its workers are ended and it is treated as a broken pool.
STUCK_SECONDS = 30.0
# A line longer than this is not a profile; only its first bytes are kept, to say so.
MAX_LINE = MAX_PROFILE_BYTES

Line = str | bytes
Chunk = list[tuple[int, Line]]
Progress = Callable[["BatchSummary", int], None]
# run_pool's chunks and their results: batch's are Chunk and ChunkResult, `casediff` has its own.
C = TypeVar("C")
R = TypeVar("R")
# What a worker process calls once to make its chunk function.
WorkerSetup = Callable[..., Callable[[Any], Any]]

# Why a batch stopped before the end of its input (BatchSummary.stopped).
INTERRUPTED, OUTPUT_FAILED, INPUT_FAILED, WORKERS_FAILED, RULES_CHANGED = (
    "interrupted",
    "output",
    "input",
    "workers",
    "rules",
)


@dataclass
class BatchSummary:
    """How a batch went: lines advised, lines with errors, where it stopped and why, and how fast.

    `bad` counts lines with bad input; `failed` counts valid lines that got no advice because of the
    rules (a gap) or the program: those make the batch's result a rules problem.
    """

    good: int = 0
    bad: int = 0
    failed: int = 0
    last_line: int = 0
    seconds: float = 0.0
    workers: int = 1
    restarts: int = 0
    stopped: str = ""
    reason: str = ""

    @property
    def per_second(self) -> float:
        return (self.good + self.bad + self.failed) / self.seconds if self.seconds else 0.0


class ChunkResult(NamedTuple):
    """A chunk's output (lines as one block of text, or a table of codes), with how many were advice, bad input,
    or failed."""

    good: int
    bad: int
    failed: int
    data: "str | RecordBatch"


@runtime_checkable
class CodeOutput(Protocol):
    """An output that takes each chunk as a table of advice codes rather than text (Parquet, see `columnar`)."""

    def write_chunk(self, data: "RecordBatch") -> None:
        """Add a chunk's rows after those written before; an OSError when they cannot be written."""

    def close(self) -> None:
        """Finish the file, so that it is valid with every row written; an OSError when that fails."""


GOOD, BAD, FAILED = 0, 1, 2


def _error(number: int, message: str) -> str:
    return json.dumps({"line": number, "error": message}, ensure_ascii=False)


def read_case(number: int, line: Line) -> CaseProfile | str:
    """The profile on an input line, or why there is none (in Dutch, naming the line)."""
    if len(line) > MAX_LINE:
        return f"regel {number}: deze regel is te lang (meer dan {MAX_LINE // 1024} kB); een profiel is veel korter."
    try:
        return CaseProfile.model_validate_json(line)
    except ValidationError:
        # The slower path words the error: JSON first, then the profile, in Dutch.
        try:
            return parse_profile(line, f"regel {number}")
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


def line_record(advisor: Advisor, number: int, line: Line) -> tuple[int, str]:
    """The output line for one input line: (GOOD, the Advice JSON), or (BAD or FAILED, an error record in Dutch)."""
    case = read_case(number, line)
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


class RulesChanged(Exception):
    """A worker could not load the batch's rules, or found other ones: the message says why, in Dutch."""


_worker: dict[str, Callable[[Any], Any]] = {}
_worker_problem: list[str] = []


def worker_rules(rules_dir: str | None, version: str, work: str = "de batch") -> RuleSet:
    """The rules a worker process loads, which must be those the parent checked; RulesChanged says why not
    (`work` names what was running, in Dutch)."""
    try:
        rules = load_rules(rules_dir)
    except RuleLoadError as exc:
        raise RulesChanged(
            f"de regels zijn tijdens {work} veranderd en niet meer bruikbaar: " + "; ".join(exc.problems)
        ) from None
    except (OSError, UnicodeDecodeError, RecursionError):
        raise RulesChanged(f"de regels zijn tijdens {work} veranderd en niet meer te lezen") from None
    if rules.version != version:
        raise RulesChanged(f"de regels zijn tijdens {work} veranderd (versie {rules.version}, niet {version})")
    return rules


def _batch_worker(rules_dir: str | None, day: dt.date, version: str, codes: bool) -> Callable[[Chunk], ChunkResult]:
    return chunk_adviser(Advisor(worker_rules(rules_dir, version), on=day), codes)


def _start_worker(setup: WorkerSetup, args: tuple[Any, ...]) -> None:
    """Each worker builds its own chunk function (its own engine) with `setup(*args)`; Ctrl-C is the parent's.

    A worker never fails here (a failing initializer would print a traceback and break the pool);
    a rules problem is kept and raised with the first chunk, for the parent to report.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _worker["work"] = setup(*args)
    except RulesChanged as exc:
        _worker_problem.append(str(exc))


def _work(chunk: Any) -> Any:
    if _worker_problem:
        raise RulesChanged(_worker_problem[0])
    return _worker["work"](chunk)


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


class _OutputFailed(Exception):
    """Writing the output failed; the message is the reason, in Dutch."""


def _write(out: "TextIO | CodeOutput", summary: BatchSummary, chunk: Chunk, result: ChunkResult) -> None:
    """Write a chunk's lines and flush them, so the output holds whole chunks whenever the batch stops.

    A table of codes goes in with Ctrl-C held back, so the summary counts exactly the rows the file will hold.
    """
    try:
        if isinstance(out, CodeOutput):
            with sigint_blocked():
                out.write_chunk(result.data)
                _count(summary, chunk, result)
            return
        assert isinstance(result.data, str)
        out.write(result.data)
        out.flush()
    except OSError as exc:
        raise _OutputFailed(os_reason(exc)) from None
    _count(summary, chunk, result)


def _count(summary: BatchSummary, chunk: Chunk, result: ChunkResult) -> None:
    summary.good += result.good
    summary.bad += result.bad
    summary.failed += result.failed
    summary.last_line = chunk[-1][0]


@contextmanager
def sigint_blocked() -> Iterator[None]:
    """Hold Ctrl-C back while worker processes start: they inherit the mask and so never see it.

    Without this, a Ctrl-C in the first second reaches a worker still importing, before it can
    ignore the signal, and it prints a KeyboardInterrupt traceback. The parent gets the signal
    as soon as the mask is lifted.
    """
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _pool(workers: int, setup: WorkerSetup, args: tuple[Any, ...]) -> ProcessPoolExecutor:
    with sigint_blocked():
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=get_context("spawn"), initializer=_start_worker, initargs=(setup, args)
        )


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """Kill the workers of a pool that is broken or stuck (the executor keeps them in `_processes`)."""
    processes: dict[int, Any] = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()


def _submit(pool: ProcessPoolExecutor, chunk: Any) -> "Future[Any]":
    with sigint_blocked():  # a submit may start a worker process
        return pool.submit(_work, chunk)


def run_pool(
    chunks: Iterable[C],
    take: Callable[[C, R], None],
    summary: BatchSummary,
    setup: Callable[..., Callable[[C], R]],
    args: tuple[Any, ...],
) -> None:
    """Work through the chunks on `summary.workers` processes, handing each result to `take` in input order.

    Each worker makes its chunk function once, `setup(*args)` (a module-level function, so it can be sent to a
    spawned process). At most CHUNKS_PER_WORKER chunks per worker are in flight, so memory stays flat. A pool
    that breaks or is stuck is replaced and every chunk not yet taken is done again, in order: nothing is lost,
    nothing taken twice. Workers that keep failing end the run with `summary.stopped` set; the exceptions of
    `take`, of the chunks' source and RulesChanged from a worker pass to the caller.
    """
    source = iter(chunks)
    # Chunks in input order: those with a future in the pool, then those still to submit.
    window: deque[tuple[C, Future[R]]] = deque()
    todo: deque[C] = deque()
    limit = summary.workers * CHUNKS_PER_WORKER
    stalled = 0  # pools broken since the last chunk was taken
    pool = _pool(summary.workers, setup, args)
    try:
        while True:
            try:
                while len(window) + len(todo) < limit and (chunk := next(source, None)) is not None:
                    todo.append(chunk)
                while todo:
                    # A chunk leaves `todo` only once it is submitted: a pool that breaks now loses nothing.
                    window.append((todo[0], _submit(pool, todo[0])))
                    todo.popleft()
                if not window:
                    return
                result = window[0][1].result(timeout=STUCK_SECONDS)
            except (BrokenProcessPool, TimeoutError):
                summary.restarts += 1
                stalled += 1
                _end_workers(pool)
                pool.shutdown(wait=False, cancel_futures=True)
                if stalled > MAX_STALLED_RESTARTS:
                    summary.stopped = WORKERS_FAILED
                    summary.reason = (
                        f"de werkprocessen vielen {stalled} keer achter elkaar uit, zonder dat er iets af kwam"
                    )
                    return
                # Every chunk not yet taken is done again by a fresh pool, in the same order.
                todo.extendleft(reversed([chunk for chunk, _ in window]))
                window.clear()
                pool = _pool(summary.workers, setup, args)
                continue
            take(window.popleft()[0], result)
            stalled = 0
    finally:
        # Waits at most for the chunks being worked on; the rest is cancelled.
        pool.shutdown(wait=True, cancel_futures=True)


def run_batch(
    source: IO[Any],
    out: "TextIO | CodeOutput",
    rules_dir: str | None = None,
    workers: int | None = None,
    day: dt.date | None = None,
    progress: Progress | None = None,
) -> BatchSummary:
    """Advise on every line of `source` (text or bytes), writing to `out` in order; returns the summary.

    `out` is a text file for JSONL, or a CodeOutput (columnar.ParquetOutput) for a table of advice codes.
    The rules are loaded here first, so a rules problem is a RuleLoadError before any worker starts.
    Whatever stops the batch early (Ctrl-C, a failing output or input, workers that keep dying) is in
    the summary (`stopped`, `reason`); what is written by then is complete, whole lines in input order.
    """
    on = day or dt.date.today()
    summary = BatchSummary(workers=max(1, workers or os.cpu_count() or 1))
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
    except KeyboardInterrupt:
        summary.stopped = INTERRUPTED
    except InputError as exc:
        summary.stopped, summary.reason = INPUT_FAILED, str(exc)
    except _OutputFailed as exc:
        summary.stopped, summary.reason = OUTPUT_FAILED, str(exc)
    except RulesChanged as exc:
        summary.stopped, summary.reason = RULES_CHANGED, str(exc)
    finally:
        summary.seconds = time.perf_counter() - started
    return summary


def count_lines(path: Path) -> int:
    """Lines in a regular file, for a progress bar (fast: reads bytes, parses nothing); 0 for anything else."""
    if not path.is_file():
        return 0
    with path.open("rb") as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))
