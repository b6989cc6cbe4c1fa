"""Dates as a Dutch user writes and reads them: `JJJJ-MM-DD` in, "1 augustus 2014" out."""

import datetime as dt
import re

from .errors import DateError

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
# Only the one form we ask for: Python's fromisoformat also takes "20140801" and week dates.
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_nl(day: dt.date) -> str:
    """A date the Dutch way.

    >>> date_nl(dt.date(2014, 8, 1))
    '1 augustus 2014'
    """
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def parse_day(text: str, name: str = "de datum") -> dt.date:
    """A day written as JJJJ-MM-DD; DateError in Dutch for anything else.

    >>> parse_day("2014-08-01")
    datetime.date(2014, 8, 1)
    """
    if _ISO_DAY.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise DateError(f"{name} {text!r} bestaat niet; schrijf een echte dag als JJJJ-MM-DD.") from None
    shown = text if len(text) <= 40 else text[:40] + "…"
    raise DateError(f"{name} {shown!r} is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2014-08-01.")


def span_nl(start: dt.date | None, end: dt.date | None) -> str:
    """A stretch of days (both ends included; None is open), in Dutch.

    >>> span_nl(None, dt.date(2014, 7, 31))
    'tot en met 31 juli 2014'
    >>> span_nl(dt.date(2014, 8, 1), None)
    'vanaf 1 augustus 2014'
    """
    if start is None and end is None:
        return "altijd"
    if start is None:
        return f"tot en met {date_nl(end)}"  # type: ignore[arg-type]
    if end is None:
        return f"vanaf {date_nl(start)}"
    return f"van {date_nl(start)} tot en met {date_nl(end)}"
