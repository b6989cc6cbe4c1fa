"""What the commands say: results on standard output, messages on standard error, progress bars on a terminal;
every write that fails is an OutputError in Dutch."""

import array
import contextlib
import errno
import fcntl
import os
import select
import stat
import sys
import termios
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from tqdm import tqdm

from ..caseloads.pool import RunProgress, RunSummary
from ..caseloads.reading import count_cases
from ..core.errors import OutputError
from ..core.files import os_reason, output_name, stdout
from ..core.outputs import write_whole


def emit(out: IO[str], text: str, path: str | None = None) -> None:
    """Write text to an output, all of it (see `outputs.write_whole`); a failure is an OutputError that names it,
    in Dutch."""
    try:
        write_whole(out, text)
    except OSError as exc:
        raise OutputError(f"Kan {output_name(path)} niet schrijven: {os_reason(exc)}.") from None


def say(text: str) -> None:
    """A line of the result on standard output."""
    emit(stdout(), text + "\n")


def tell(text: str) -> None:
    """A message for the user on standard error; there is nothing more to do when that is gone too."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError):
            print(text, file=sys.stderr)


# A progress bar in Dutch: share, bar, count, time left and rate (tqdm fills in the figures).
BAR_FORMAT = "{desc}: {percentage:3.0f}% |{bar}| {n_fmt} van {total_fmt} [nog {remaining}, {rate_fmt}]"


def terminal_progress(what: str, unit: str = " profielen") -> Callable[[int, int], None] | None:
    """A progress bar on stderr with count, rate and time left (tqdm), only when stderr is a terminal; it is done
    when the count reaches the total."""
    if sys.stderr is None or not sys.stderr.isatty():
        return None
    bars: list[tqdm[Any]] = []

    def show(done: int, total: int) -> None:
        with contextlib.suppress(OSError, ValueError):
            if not bars:  # made at the first count, so it starts with its total
                columns, lines = _terminal_size()
                bars.append(
                    tqdm(
                        initial=done,
                        total=total,
                        desc=what,
                        unit=unit,
                        unit_scale=True,
                        file=sys.stderr,
                        bar_format=BAR_FORMAT,
                        ncols=columns,
                        nrows=lines,
                    )
                )
            bar = bars[0]
            bar.update(done - bar.n)
            if done >= total:
                bar.close()

    return show


def _terminal_size() -> tuple[int, int]:
    """The terminal's columns and lines; 80 by 24 when it does not say (a new pseudo-terminal says 0 by 0, and
    tqdm then shows no bar at all)."""
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
    except (OSError, ValueError, AttributeError):
        return 80, 24
    return size.columns or 80, size.lines or 24


def caseload_progress(what: str, cases: str) -> RunProgress | None:
    """A progress bar over the lines (or Parquet rows) of a caseload file, on a terminal only."""
    bar = terminal_progress(what)
    total = count_cases(Path(cases)) if bar is not None and cases != "-" else 0
    if bar is None or not total:
        return None

    def progress(summary: RunSummary, line: int) -> None:
        bar(min(line, total), total)

    return progress


def flush_stdout() -> None:
    """Write what is still buffered for stdout now, while a failure can still be reported; a pipe whose reader
    left without reading all of it is a failure too (the bytes sit unread in the pipe, and no write fails)."""
    if sys.stdout is not None:
        try:
            sys.stdout.flush()
        except OSError as exc:
            raise OutputError(f"Kan de uitvoer niet schrijven: {os_reason(exc)}.") from None
        if _left_unread(sys.stdout):
            raise OutputError(f"Kan de uitvoer niet schrijven: {os_reason(BrokenPipeError(errno.EPIPE, ''))}.")


def _left_unread(stream: IO[str]) -> bool:
    """Whether a stream is a pipe whose reader has gone while bytes of ours were still in it."""
    try:
        descriptor = stream.fileno()
        if not stat.S_ISFIFO(os.fstat(descriptor).st_mode):
            return False
        poller = select.poll()
        poller.register(descriptor, 0)  # an error (no reader left) is always reported
        if not any(event & select.POLLERR for _, event in poller.poll(0)):
            return False
        unread = array.array("i", [0])
        fcntl.ioctl(descriptor, termios.FIONREAD, unread)
    except (OSError, ValueError, AttributeError):
        return False
    return unread[0] > 0


def drop_stdout() -> None:
    """After stdout failed, point it at /dev/null, so Python's own flush at exit has nothing to complain about."""
    if sys.stdout is not None:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
