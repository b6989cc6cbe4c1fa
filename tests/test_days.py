"""The day of an advice: a date (or a datetime's day), never 0 or False for today; today is the day in the
Netherlands, whatever time zone the computer keeps. And what a user wrote is shown in their words, not Python's."""

import datetime as dt
import decimal
import json
import os
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest
from conftest import EXAMPLES
from pydantic import ValidationError

from kinderogen_rules import Advisor, CaseProfile, DateError, advise, advise_many, error_list, load_rules, parse_day

PUPIL = {"age": 8, "setting": "po"}


def test_a_datetime_counts_as_its_day_in_the_netherlands() -> None:
    """A datetime raised an English TypeError."""
    assert advise(PUPIL, on=dt.datetime(2021, 9, 8, 12, 0)).date == dt.date(2021, 9, 8)
    # 23:30 in New York is 05:30 the next morning in the Netherlands.
    late = dt.datetime(2021, 9, 7, 23, 30, tzinfo=ZoneInfo("America/New_York"))
    assert advise(PUPIL, on=late).date == dt.date(2021, 9, 8)
    assert Advisor(load_rules(), on=late).advise(PUPIL).date == dt.date(2021, 9, 8)


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (0, "geen getal"),
        (False, "geen ja of nee"),
        (20210908, "geen getal"),
        ("2021-09-08", "geen tekst. Lees een tekst als datum met parse_day."),
        (decimal.Decimal("1"), "geen waarde van het soort Decimal"),
    ],
)
def test_anything_else_that_is_not_a_date_is_refused_in_dutch(day: object, words: str) -> None:
    """on=0 and on=False silently meant today."""
    for call in (
        lambda: advise(PUPIL, on=day),  # type: ignore[arg-type]
        lambda: list(advise_many([PUPIL], on=day)),  # type: ignore[arg-type]
        lambda: Advisor(load_rules(), on=day),  # type: ignore[arg-type]
    ):
        with pytest.raises(DateError, match=f"moet een datum zijn \\(datetime.date\\), {words}"):
            call()


@pytest.mark.parametrize(
    "text",
    [
        "\u0662\u0660\u0662\u0661-\u0660\u0669-\u0660\u0668",  # Arabic-Indic
        "\uff12\uff10\uff12\uff11-\uff10\uff19-\uff10\uff18",  # full-width
        "2021-0\uff19-08",  # one full-width digit
    ],
)
def test_a_date_in_other_digits_is_no_date(text: str) -> None:
    """Arabic-Indic and full-width digits got "bestaat niet" (a date that does not exist) instead."""
    with pytest.raises(DateError, match="is geen datum; schrijf hem als JJJJ-MM-DD"):
        parse_day(text, "De datum bij --op")


def test_today_is_the_day_in_the_netherlands_whatever_the_computers_time_zone() -> None:
    """Far east of the Netherlands (UTC+14) and far west (UTC-11) it is never the same day; the advice is given for
    the day in the Netherlands on both."""
    days = set()
    before = dt.datetime.now(ZoneInfo("Europe/Amsterdam")).date()
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
        result = subprocess.run(
            [sys.executable, "-m", "kinderogen_rules.cli", "advise", str(EXAMPLES / "levi.json")],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "TZ": zone},
        )
        assert result.returncode == 0, result.stderr
        days.add(dt.date.fromisoformat(json.loads(result.stdout)["date"]))
    after = dt.datetime.now(ZoneInfo("Europe/Amsterdam")).date()
    assert len(days) == 1 or before != after  # midnight in the Netherlands may pass meanwhile
    assert days <= {before, after}


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (decimal.Decimal("8.5"), "(niet 8.5)"),
        (dt.date(2024, 1, 1), '(niet "2024-01-01")'),
        (object(), "(niet een waarde van het soort object)"),
        (b"acht", '(niet "acht")'),
        (decimal.Decimal("Infinity"), "(niet een waarde van het soort Decimal)"),
    ],
)
def test_a_value_is_shown_in_the_users_words_never_in_pythons(value: object, shown: str) -> None:
    """Decimal('8.0'), datetime.date(...) and <… object at 0x…> appeared in Dutch messages."""
    with pytest.raises(ValidationError) as caught:
        CaseProfile.model_validate({"age": value, "setting": "po"})
    message = error_list(caught.value)[0]["message"]
    assert message == f"Leeftijd (age): vul een heel getal in {shown}.", message
    assert "0x" not in message and "Decimal(" not in message and "datetime" not in message


def test_a_name_that_is_no_text_is_not_shown_in_python_notation() -> None:
    with pytest.raises(ValidationError) as caught:
        CaseProfile.model_validate({**PUPIL, object(): 1})
    assert error_list(caught.value) == [{"field": "", "message": "Een veldnaam moet tekst zijn."}]
