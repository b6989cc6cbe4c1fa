"""The Gherkin specifications in features/, run against the shipped rules.

Each step is a Dutch sentence a policy maker would say; the words map to the
contract's codes in gherkin_words.py. Givens build a case profile, the one
When asks for advice, the Thens check the advice.
"""

import datetime as dt
import re
from typing import Any

import gherkin_words as words
import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from kinderogen_rules import Advice, AnswerChange, DateError, advise
from kinderogen_rules.core.dates import MONTHS

scenarios("../features")


@pytest.fixture
def case() -> dict[str, Any]:
    """The case profile the Givens build, as the contract's JSON."""
    return {}


@pytest.fixture
def moment() -> dict[str, dt.date]:
    """The day a scenario asks its advice on, when it names one (else today)."""
    return {}


DAY = re.compile(r"de datum is (?P<day>\d{1,2}) (?P<month>[a-z]+) (?P<year>\d{4})")


@given(parsers.re(r"(?P<phrase>.+)"))
def given_answers(case: dict[str, Any], moment: dict[str, dt.date], phrase: str) -> None:
    """Every Gegeven: the day of the advice, or answers in the words the vocabulary gives (gherkin_words)."""
    day = DAY.fullmatch(phrase)
    if day:
        moment["day"] = dt.date(int(day["year"]), MONTHS.index(day["month"]) + 1, int(day["day"]))
    else:
        case.update(words.answers(phrase))


# Als: the question


@when("de professional om advies vraagt", target_fixture="advice")
def ask(case: dict[str, Any], moment: dict[str, dt.date]) -> Advice | DateError:
    try:
        return advise(case, moment.get("day"))
    except DateError as refused:
        return refused


@when("de professional vraagt wat het advies zou veranderen", target_fixture="advice")
def ask_what_if(case: dict[str, Any]) -> Advice:
    return advise(case, what_if=True)


# Dan: the advice


@then(parsers.re(r"geven de regels geen advies, want ze gelden pas vanaf (?P<start>.+)"))
def refused(advice: Advice | DateError, start: str) -> None:
    assert isinstance(advice, DateError), "de regels gaven toch een advies"
    assert f"De regels gelden vanaf {start}" in str(advice), str(advice)


@then(parsers.re(r"(?:ligt|blijft) de regie bij (?P<holder>.+)"))
def regie(advice: Advice, holder: str) -> None:
    assert advice.regie.holder == words.lookup(words.HOLDERS, holder, "de regie"), advice.regie.explanation


@then(parsers.re(r"neemt (?P<who>.+?) de regie(?:, (?P<how>.+))?"))
def lead(advice: Advice, who: str, how: str | None) -> None:
    assert who in advice.regie.lead, advice.regie.lead
    if how is not None and how.startswith("zonder "):
        assert how.removeprefix("zonder ") not in advice.regie.lead, advice.regie.lead
    else:
        assert how is None or how in advice.regie.lead, advice.regie.lead


def _arranged(advice: Advice) -> list[str]:
    return [a.code for a in advice.arrangements]


@then(parsers.re(r"(?:wordt|worden) (?P<what>.+?) (?P<neg>niet )?overwogen"))
def arrangement(advice: Advice, what: str, neg: str | None) -> None:
    code = words.lookup(words.ARRANGEMENTS, what, "het arrangement")
    assert (code in _arranged(advice)) != bool(neg), _arranged(advice)


@then(parsers.re(r"komt (?P<first>.+) vóór (?P<second>.+)"))
def order(advice: Advice, first: str, second: str) -> None:
    arranged = _arranged(advice)
    one = words.lookup(words.ARRANGEMENTS, first, "het arrangement")
    other = words.lookup(words.ARRANGEMENTS, second, "het arrangement")
    assert arranged.index(one) < arranged.index(other), arranged


@then(parsers.re(r"(?:staat|staan) (?P<who>.+?) (?P<neg>niet )?aan tafel"))
def partner(advice: Advice, who: str, neg: str | None) -> None:
    code = words.lookup(words.PARTNERS, who, "wie aan tafel komt")
    assert (code in advice.partners) != bool(neg), advice.partners


@then(parsers.re(r"blijft (?P<who>.+?) op de hoogte, maar niet aan tafel"))
def informed(advice: Advice, who: str) -> None:
    code = words.lookup(words.PARTNERS, who, "wie op de hoogte blijft")
    assert code in [note.partner for note in advice.informed], advice.informed
    assert code not in advice.partners, advice.partners


@then(parsers.re(r"is (?P<who>.+?) geen partner in het advies"))
def no_partner(advice: Advice, who: str) -> None:
    code = words.lookup(words.PARTNERS, who, "wie geen partner is")
    assert code not in advice.partners, advice.partners
    assert code not in [note.partner for note in advice.informed], advice.informed


@then(parsers.re(r"wijst het advies (?P<neg>niet )?op (?P<signal>.+)"))
def signal(advice: Advice, signal: str, neg: str | None) -> None:
    code = words.lookup(words.SIGNALS, signal, "de melding")
    assert (code in [s.code for s in advice.signals]) != bool(neg), advice.signals


@then(parsers.re(r'noemt het advies "(?P<text>.+)"'))
def mentions(advice: Advice, text: str) -> None:
    said = [s.message for s in advice.signals] + ([advice.escalation.explanation] if advice.escalation else [])
    assert any(text in message for message in said), said


@then(
    parsers.re(
        r"(?:ligt de doorzettingsmacht (?P<neg>niet )?bij|wijst het advies de ouders (?P<no_way>niet )?de weg naar) "
        r"(?P<who>.+)"
    )
)
def escalation(advice: Advice, who: str, neg: str | None, no_way: str | None) -> None:
    to = advice.escalation.to if advice.escalation else []
    for name in words.split_list(who):
        code = words.lookup(words.PARTNERS, name, "de doorzettingsmacht")
        assert (code in to) != bool(neg or no_way), to


@then("is er geen doorzettingsmacht nodig")
def no_escalation(advice: Advice) -> None:
    assert advice.escalation is None, advice.escalation


@then(parsers.re(r'rust het advies (?P<neg>niet )?op de afspraak "(?P<title>.+)"'))
def rests_on(advice: Advice, title: str, neg: str | None) -> None:
    titles = [rule.title for rule in advice.fired_rules]
    assert (title in titles) != bool(neg), titles


@then("noemt elke regel van het advies een bron")
def sourced(advice: Advice) -> None:
    assert advice.fired_rules
    assert all(rule.sources for rule in advice.fired_rules)


# Dan zou …, als …: the list of what would change the advice


def _change(advice: Advice, case: dict[str, Any], phrase: str) -> AnswerChange | None:
    """The item of the list for the other answer a phrase names, or None when the list has none."""
    field, value = words.changed_answer(case, phrase)
    for item in advice.what_would_change or ():
        if item.field == field and (item.to_value == value or value in item.same_effect):
            return item
    return None


def _listed(advice: Advice, case: dict[str, Any], phrase: str) -> AnswerChange:
    item = _change(advice, case, phrase)
    assert item is not None, [i.sentence for i in advice.what_would_change or ()]
    return item


@then(parsers.re(r"zou de regie naar (?P<holder>.+?) gaan als (?P<change>.+)"))
def would_move_regie(advice: Advice, case: dict[str, Any], holder: str, change: str) -> None:
    item = _listed(advice, case, change)
    assert item.holder == words.lookup(words.HOLDERS, holder, "de regie"), item.sentence


@then(parsers.re(r"(?:zou|zouden) (?P<what>.+?) (?P<neg>niet meer )?overwogen worden als (?P<change>.+)"))
def would_arrange(advice: Advice, case: dict[str, Any], what: str, neg: str | None, change: str) -> None:
    item = _listed(advice, case, change)
    listed = item.arrangements_removed if neg else item.arrangements_added
    for name in words.split_list(what):
        assert words.lookup(words.ARRANGEMENTS, name, "het arrangement") in listed, item.sentence


@then(parsers.re(r"zou het advies (?P<how>niet meer|ook) wijzen op (?P<signal>.+?) als (?P<change>.+)"))
def would_warn(advice: Advice, case: dict[str, Any], how: str, signal: str, change: str) -> None:
    item = _listed(advice, case, change)
    listed = item.signals_removed if how == "niet meer" else item.signals_added
    assert words.lookup(words.SIGNALS, signal, "de melding") in listed, item.sentence


@then(parsers.re(r"zou de doorzettingsmacht bij (?P<who>.+?) liggen als (?P<change>.+)"))
def would_escalate(advice: Advice, case: dict[str, Any], who: str, change: str) -> None:
    item = _listed(advice, case, change)
    for name in words.split_list(who):
        assert words.lookup(words.PARTNERS, name, "de doorzettingsmacht") in item.escalation_added, item.sentence


@then(parsers.re(r"zou er niets veranderen als (?P<change>.+)"))
def would_not_change(advice: Advice, case: dict[str, Any], change: str) -> None:
    item = _change(advice, case, change)
    assert item is None, item.sentence
    field, value = words.changed_answer(case, change)
    assert _codes(advise({**case, field: value})) == _codes(advice)


def _codes(advice: Advice) -> tuple[Any, ...]:
    """What the list compares: regie, arrangements, doorzettingsmacht and signals, in codes."""
    return (
        advice.regie.holder,
        [a.code for a in advice.arrangements],
        advice.escalation.to if advice.escalation else None,
        [s.code for s in advice.signals],
    )
