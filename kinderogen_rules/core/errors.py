"""Every error the library raises on purpose, each carrying a Dutch message a user can act on.

They live together so a caller (the CLI, the web form, a batch) can see in one place what can go wrong,
and which of it is the user's input, the rules, or the machine.
"""


class InputError(Exception):
    """Bad input from the user, with a Dutch message to print."""


class DateError(InputError):
    """A day the rules cannot advise on (before they start), or a date that is not a date, in Dutch."""


class NotJsonError(ValueError):
    """Text that is not JSON, with where (line and column, from 1) and why, in Dutch."""

    def __init__(self, why: str, line: int, column: int) -> None:
        self.why, self.line, self.column = why, line, column
        super().__init__(f"{self.where}: {why}")

    @property
    def where(self) -> str:
        """'teken 5' on a one-line text, 'regel 2, teken 5' on longer ones."""
        return f"teken {self.column}" if self.line == 1 else f"regel {self.line}, teken {self.column}"


class OutputError(Exception):
    """The output cannot be written; the message says where and why, in Dutch."""


class OutputFailed(Exception):
    """Writing a run's output failed midway; the message is the reason, in Dutch. The run stops and says how far
    it got (see `caseloads.batch`)."""


class RuleLoadError(Exception):
    """A rules directory that cannot be used; says file, rule id and reason."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class RuleGapError(RuntimeError):
    """No regie rule applies to a valid profile: the rule files have a gap that check-rules would report."""


class MonitorError(Exception):
    """The input cannot be read as a caseload with its advices; the message says why, in Dutch."""


class CaseloadError(Exception):
    """A file cannot be read as a caseload or as batch's advices; the message says why, in Dutch."""


class RulesChanged(Exception):
    """A worker process could not load a run's rules, or found other ones: the message says why, in Dutch."""
