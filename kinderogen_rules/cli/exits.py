"""The command's exit codes, and one table from why a run over a caseload stopped early to its exit code and words.

Exit codes: 0 fine, 1 the rules (or the program) have a problem, 2 bad input or a file or output that cannot be
read or written (with a Dutch message, never a traceback), 130 interrupted.
"""

from dataclasses import dataclass

from ..caseloads.pool import INPUT_FAILED, INTERRUPTED, OUTPUT_FAILED, RULES_CHANGED, WORKERS_FAILED, RunSummary
from .output import tell

EXIT_RULES, EXIT_INPUT, EXIT_INTERRUPTED = 1, 2, 130


@dataclass(frozen=True)
class Stop:
    """How a run that stopped for one reason ends: its exit code, and the words its message opens with ({reason}:
    the run's reason, {at}: where it stopped, {output}: the output it could not write)."""

    code: int
    opening: str


STOPS = {
    INTERRUPTED: Stop(EXIT_INTERRUPTED, "\nAfgebroken{at}."),
    OUTPUT_FAILED: Stop(EXIT_INPUT, "Kan {output} niet schrijven: {reason}."),
    INPUT_FAILED: Stop(EXIT_INPUT, "{reason}"),
    RULES_CHANGED: Stop(EXIT_RULES, "Gestopt: {reason}."),
    WORKERS_FAILED: Stop(EXIT_RULES, "Gestopt: {reason}."),
}


def say_stop(summary: RunSummary, after: str, at: str = "", output: str = "") -> int:
    """Say on stderr why the run stopped, then `after` (what it leaves behind); returns the exit code."""
    stop = STOPS[summary.stopped]
    opening = stop.opening.format(reason=summary.reason, at=at, output=output)
    tell(f"{opening} {after}" if after else opening)
    return stop.code
