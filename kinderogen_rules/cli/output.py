"""What the commands say: results on standard output, messages on standard error, progress bars on a terminal;
every write that fails is an OutputError in Dutch."""

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

from ..caseloads.batch import CodeOutput
from ..caseloads.pool import RunProgress, RunSummary
from ..caseloads.reading import count_cases
from ..core.errors import OutputError
from ..core.files import os_reason, output_name, stdout


def emit(out: IO[str], text: str, path: str | None = None) -> None:
    """Write text to an output; a failure is an OutputError that names it, in Dutch."""
    try:
        out.write(text)
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


def close(out: "IO[str] | CodeOutput", path: str | None) -> None:
    """Close an output file (not stdout): its last bytes are written now, and may not fit either."""
    if out is sys.stdout:
        return
    try:
        out.close()
    except OSError as exc:
        raise OutputError(f"Kan {output_name(path)} niet schrijven: {os_reason(exc)}.") from None


def terminal_progress(what: str) -> Callable[[int, int], None] | None:
    """A one-line progress bar on stderr, only when stderr is a terminal."""
    if sys.stderr is None or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        filled = int(30 * done / total)
        end = "\n" if done == total else ""
        with contextlib.suppress(OSError):
            sys.stderr.write(f"\r{what} [{'#' * filled}{'.' * (30 - filled)}] {done * 100 // total:3d}%{end}")
            sys.stderr.flush()

    return show


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
    """Write what is still buffered for stdout now, while a failure can still be reported."""
    if sys.stdout is not None:
        try:
            sys.stdout.flush()
        except OSError as exc:
            raise OutputError(f"Kan de uitvoer niet schrijven: {os_reason(exc)}.") from None


def drop_stdout() -> None:
    """After stdout failed, point it at /dev/null, so Python's own flush at exit has nothing to complain about."""
    if sys.stdout is not None:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
