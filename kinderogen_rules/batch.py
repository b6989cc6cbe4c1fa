"""`kinderogen batch`: advise on a whole caseload, on every core, in input order, losing no line.

The input is read in chunks of lines; each worker process has its own engine
and turns a chunk into output lines (the Advice JSON, or a Dutch error record
naming the line). The parent keeps a bounded window of chunks in flight, so
memory stays flat however long the file, and writes chunks strictly in input
order, whole lines only. When a worker dies, the chunks it had not returned are
done again by a fresh pool: nothing is lost, nothing written twice. Ctrl-C
stops the work and leaves the output file valid: every line in it complete,
the first lines of the input in order.
"""

import datetime as dt
import json
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from .advisor import Advisor
from .inputs import InputError, parse_profile
from .profile import CaseProfile
from .ruleset import load_rules

CHUNK_LINES = 1000
CHUNKS_PER_WORKER = 3
MAX_RESTARTS = 5

Chunk = list[tuple[int, str]]
Progress = Callable[["BatchSummary", int], None]


@dataclass
class BatchSummary:
    """How a batch went: lines advised, lines with errors, where it stopped, and how fast."""

    good: int = 0
    bad: int = 0
    last_line: int = 0
    seconds: float = 0.0
    workers: int = 1
    restarts: int = 0
    interrupted: bool = False

    @property
    def per_second(self) -> float:
        return (self.good + self.bad) / self.seconds if self.seconds else 0.0


def line_record(advisor: Advisor, number: int, line: str) -> tuple[bool, str]:
    """The output line for one input line: the Advice JSON, or an error record in Dutch."""
    try:
        profile = CaseProfile.model_validate_json(line)
    except ValidationError:
        # The slower path words the error: JSON first, then the profile, in Dutch.
        try:
            profile = parse_profile(line, f"regel {number}")
        except InputError as exc:
            return False, json.dumps({"line": number, "error": str(exc)}, ensure_ascii=False)
    return True, advisor.advise(profile).model_dump_json()


def advise_chunk(advisor: Advisor, chunk: Chunk) -> tuple[int, int, str]:
    """A chunk of input lines as one block of output lines, with its good and bad counts."""
    good = bad = 0
    out: list[str] = []
    for number, line in chunk:
        ok, record = line_record(advisor, number, line)
        good, bad = good + ok, bad + (not ok)
        out.append(record)
    return good, bad, "".join(f"{record}\n" for record in out)


_worker: dict[str, Advisor] = {}


def _start_worker(rules_dir: str | None, day: dt.date) -> None:
    """Each worker compiles its own engine; Ctrl-C is the parent's to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker["advisor"] = Advisor(load_rules(rules_dir), on=day)


def _work(chunk: Chunk) -> tuple[int, int, str]:
    return advise_chunk(_worker["advisor"], chunk)


def read_chunks(source: TextIO, size: int = CHUNK_LINES) -> Iterator[Chunk]:
    """Numbered non-empty lines, a chunk at a time."""
    chunk: Chunk = []
    for number, line in enumerate(source, 1):
        if line.strip():
            chunk.append((number, line))
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def _write(out: TextIO, summary: BatchSummary, chunk: Chunk, result: tuple[int, int, str]) -> None:
    good, bad, text = result
    out.write(text)
    summary.good += good
    summary.bad += bad
    summary.last_line = chunk[-1][0]


def _pool(workers: int, rules_dir: str | None, day: dt.date) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=get_context("spawn"), initializer=_start_worker, initargs=(rules_dir, day)
    )


def _run_parallel(
    chunks: Iterable[Chunk],
    out: TextIO,
    summary: BatchSummary,
    rules_dir: str | None,
    day: dt.date,
    progress: Progress | None,
) -> None:
    source = iter(chunks)
    # Chunks in input order; a chunk without a future is waiting to be (re)submitted.
    window: deque[list[Any]] = deque()
    limit = summary.workers * CHUNKS_PER_WORKER
    pool = _pool(summary.workers, rules_dir, day)
    try:
        while True:
            try:
                while len(window) < limit:
                    chunk = next(source, None)
                    if chunk is None:
                        break
                    window.append([chunk, None])
                for entry in window:
                    if entry[1] is None:
                        entry[1] = pool.submit(_work, entry[0])
                if not window:
                    return
                result = window[0][1].result()
            except BrokenProcessPool:
                summary.restarts += 1
                if summary.restarts > MAX_RESTARTS:
                    raise
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(summary.workers, rules_dir, day)
                # Every chunk not yet written is done again, in the same order.
                for entry in window:
                    entry[1] = None
                continue
            chunk = window.popleft()[0]
            _write(out, summary, chunk, result)
            if progress is not None:
                progress(summary, chunk[-1][0])
    finally:
        # Waits at most for the chunks being worked on; the rest is cancelled.
        pool.shutdown(wait=True, cancel_futures=True)


def run_batch(
    source: TextIO,
    out: TextIO,
    rules_dir: str | None = None,
    workers: int | None = None,
    day: dt.date | None = None,
    progress: Progress | None = None,
) -> BatchSummary:
    """Advise on every line of `source`, writing to `out` in order; returns the summary.

    A KeyboardInterrupt stops the work; what is written by then is complete, and
    the summary says so (`interrupted`).
    """
    on = day or dt.date.today()
    summary = BatchSummary(workers=max(1, workers or os.cpu_count() or 1))
    started = time.perf_counter()
    try:
        if summary.workers == 1:
            advisor = Advisor(load_rules(rules_dir), on=on)
            for chunk in read_chunks(source):
                _write(out, summary, chunk, advise_chunk(advisor, chunk))
                if progress is not None:
                    progress(summary, chunk[-1][0])
        else:
            _run_parallel(read_chunks(source), out, summary, rules_dir, on, progress)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        out.flush()
        summary.seconds = time.perf_counter() - started
    return summary


def count_lines(path: Path) -> int:
    """Lines in a file, for a progress bar (fast: reads bytes, parses nothing)."""
    with path.open("rb") as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))
