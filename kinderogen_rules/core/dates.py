"""Dates as a Dutch user writes and reads them: `JJJJ-MM-DD` in, "1 augustus 2014" out; and the day of an advice,
which is the day it is in the Netherlands, whatever time zone the computer keeps.
"""

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

from .errors import DateError

# The rules are Dutch policy: "today" is the day in the Netherlands, also on a server that keeps UTC (or any zone).
NETHERLANDS = ZoneInfo("Europe/Amsterdam")

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
# Only the one form we ask for: Python's fromisoformat also takes "20140801" and week dates. The digits 0-9 only:
# `\d` also matches Arabic-Indic and full-width digits, which are no date to a professional either.
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


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
            raise DateError(f"{name} {shown(text)} bestaat niet; schrijf een echte dag als JJJJ-MM-DD.") from None
    raise DateError(f"{name} {shown(text)} is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2014-08-01.")


def today() -> dt.date:
    """The day it is now in the Netherlands: the day of an advice that names none."""
    return dt.datetime.now(NETHERLANDS).date()


# How a message names what was given instead of a date.
_KINDS = ((bool, "ja of nee (True of False)"), (int, "getal"), (float, "getal"), (str, "tekst"))


def day_of(value: object, name: str = "De dag (on)") -> dt.date | None:
    """The day a caller gives (None: no day, so today): a date, or a datetime's day in the Netherlands (a datetime
    without a time zone counts as it is). Anything else is a DateError in Dutch: 0 or False must not quietly mean
    today."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return (value.astimezone(NETHERLANDS) if value.tzinfo is not None else value).date()
    if isinstance(value, dt.date):
        return value
    kind = next(
        (words for kind, words in _KINDS if isinstance(value, kind)), f"waarde van het soort {type(value).__name__}"
    )
    advice = " Lees een tekst als datum met parse_day." if isinstance(value, str) else ""
    raise DateError(f"{name} moet een datum zijn (datetime.date), geen {kind.removeprefix('een ')}.{advice}")


def shown(text: str) -> str:
    """What the user wrote, between double quotes, cut short when long; odd characters as JSON writes them."""
    cut = text if len(text) <= 40 else text[:40] + "…"
    return json.dumps(cut, ensure_ascii=False)


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
