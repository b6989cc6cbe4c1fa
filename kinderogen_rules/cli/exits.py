"""The command's exit codes, and one table from why a run over a caseload stopped early to its exit code and words.

Exit codes: 0 fine, 1 the rules (or the program) have a problem, 2 bad input or a file or output that cannot be
read or written (with a Dutch message, never a traceback), 128 + the signal when stopped by one: 130 for Ctrl-C,
143 for SIGTERM, 129 for SIGHUP.
"""

import signal
from dataclasses import dataclass

from ..caseloads.pool import INPUT_FAILED, INTERRUPTED, OUTPUT_FAILED, RULES_CHANGED, WORKERS_FAILED, RunSummary
from ..core.stops import signal_name
from .output import tell

EXIT_RULES, EXIT_INPUT = 1, 2
# The shell's convention: a process stopped by a signal exits with 128 plus its number.
EXIT_SIGNAL = 128
EXIT_INTERRUPTED = EXIT_SIGNAL + signal.SIGINT


def interrupted(signal_number: int) -> tuple[int, str]:
    """The exit code of a run stopped by a signal, and how its message names the signal ('' for Ctrl-C)."""
    named = "" if signal_number == signal.SIGINT else f" door {signal_name(signal_number)}"
    return EXIT_SIGNAL + signal_number, named


@dataclass(frozen=True)
class Stop:
    """How a run that stopped for one reason ends: its exit code, and the words its message opens with ({reason}:
    the run's reason, {at}: where it stopped, {by}: the signal that stopped it, {output}: the output it could not
    write)."""

    code: int
    opening: str


STOPS = {
    INTERRUPTED: Stop(EXIT_INTERRUPTED, "\nAfgebroken{at}{by}."),
    OUTPUT_FAILED: Stop(EXIT_INPUT, "Kan {output} niet schrijven: {reason}."),
    INPUT_FAILED: Stop(EXIT_INPUT, "{reason}"),
    RULES_CHANGED: Stop(EXIT_RULES, "Gestopt: {reason}."),
    WORKERS_FAILED: Stop(EXIT_RULES, "Gestopt: {reason}."),
}


def say_stop(summary: RunSummary, after: str, at: str = "", output: str = "") -> int:
    """Say on stderr why the run stopped, then `after` (what it leaves behind); returns the exit code."""
    stop = STOPS[summary.stopped]
    code, by = stop.code, ""
    if summary.stopped == INTERRUPTED:
        code, by = interrupted(summary.signal)
    opening = stop.opening.format(reason=summary.reason, at=at, by=by, output=output)
    tell(f"{opening} {after}" if after else opening)
    return code
