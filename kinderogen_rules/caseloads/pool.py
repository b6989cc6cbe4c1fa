"""Work through a caseload's chunks on every core, in input order, losing none: batch and `diff --cases` share it.

The parent keeps a bounded window of chunks in flight, so memory stays flat however long the input, and hands the
results on strictly in input order. When a worker dies, the chunks it had not returned are done again by a fresh
pool: nothing is lost, nothing handed on twice; a run gives up only when workers keep dying without a single chunk
done in between. A run that stops early says why in its summary (`RunSummary.stopped`).
"""

import contextlib
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Any, TypeVar

from ..core.errors import RuleLoadError, RulesChanged
from ..core.ruleset import RuleSet, load_rules
from ..core.stops import die_with_parent, stops_held, worker_signals

CHUNKS_PER_WORKER = 3
# Pools that may break in a row, without one chunk written in between, before the batch gives up.
MAX_STALLED_RESTARTS = 3
# A worker killed while it holds the pool's result queue can leave the other workers waiting for ever, and the
# pool never reports itself broken (seen here: a batch hung for ten minutes). No chunk back for this long means the
# pool is stuck: its workers are ended and it is treated as a broken pool.
STUCK_SECONDS = 30.0

# Chunks and their results: batch's are Chunk and ChunkResult, `casediff` has its own.
C = TypeVar("C")
R = TypeVar("R")
# What a worker process calls once to make its chunk function.
WorkerSetup = Callable[..., Callable[[Any], Any]]

# Why a run stopped before the end of its input (RunSummary.stopped).
INTERRUPTED, OUTPUT_FAILED, INPUT_FAILED, WORKERS_FAILED, RULES_CHANGED = (
    "interrupted",
    "output",
    "input",
    "workers",
    "rules",
)


@dataclass
class RunSummary:
    """How a run over a caseload went (a batch, or `diff --cases`): cases advised, cases with errors, where it
    stopped and why, and how fast.

    `bad` counts lines with bad input; `failed` counts valid lines that got no advice because of the
    rules (a gap) or the program: those make the run's result a rules problem.
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
    # The signal that interrupted the run (Ctrl-C is SIGINT), when `stopped` is INTERRUPTED.
    signal: int = signal.SIGINT

    @property
    def per_second(self) -> float:
        return (self.good + self.bad + self.failed) / self.seconds if self.seconds else 0.0


# How a run reports its progress: its summary so far, and the last input line done.
RunProgress = Callable[[RunSummary, int], None]


_worker: dict[str, Callable[[Any], Any]] = {}
_worker_problem: list[BaseException] = []


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


def _start_worker(parent: int, setup: WorkerSetup, args: tuple[Any, ...]) -> None:
    """Each worker builds its own chunk function (its own engine) with `setup(*args)`; stopping is the parent's
    (see `stops.worker_signals`), and the worker ends with it.

    A worker never fails here (a failing initializer prints a traceback from the worker and breaks the pool):
    whatever goes wrong is kept and raised with the first chunk, for the parent to report.
    """
    worker_signals()
    die_with_parent(parent)
    try:
        _worker["work"] = setup(*args)
    except Exception as exc:
        _worker_problem.append(exc)


def _work(chunk: Any) -> Any:
    if _worker_problem:
        raise _worker_problem[0]
    return _worker["work"](chunk)


def _pool(workers: int, setup: WorkerSetup, args: tuple[Any, ...]) -> ProcessPoolExecutor:
    with stops_held():
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=get_context("spawn"),
            initializer=_start_worker,
            initargs=(os.getpid(), setup, args),
        )


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """Kill the workers of a pool that is broken or stuck (the executor keeps them in `_processes`)."""
    processes: dict[int, Any] = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()


def _submit(pool: ProcessPoolExecutor, chunk: Any) -> "Future[Any]":
    with stops_held():  # a submit may start a worker process
        return pool.submit(_work, chunk)


def run_pool(
    chunks: Iterable[C],
    take: Callable[[C, R], None],
    summary: RunSummary,
    setup: Callable[..., Callable[[C], R]],
    args: tuple[Any, ...],
) -> None:
    """Work through the chunks on `summary.workers` processes, handing each result to `take` in input order.

    Each worker makes its chunk function once, `setup(*args)` (a module-level function, so it can be sent to a
    spawned process). At most CHUNKS_PER_WORKER chunks per worker are in flight, so memory stays flat. A pool
    that breaks or is stuck is replaced and every chunk not yet taken is done again, in order: nothing is lost,
    nothing taken twice. Workers that keep failing end the run with `summary.stopped` set; the exceptions of
    `take`, of the chunks' source and of a worker's start (RulesChanged, a DateError) pass to the caller.
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
