"""The Gherkin specifications in features/, run against the shipped rules.

Each step is a Dutch sentence a policy maker would say; the words map to the
contract's codes in gherkin_words.py. Givens build a case profile, the one
When asks for advice, the Thens check the advice.
"""

import datetime as dt
import functools
import re
from pathlib import Path
from typing import Any

import gherkin_words as words
import pytest
from conftest import ROOT
from pytest_bdd import given, parsers, scenarios, then, when

from kinderogen_rules import Advice, AnswerChange, DateError, advise
from kinderogen_rules.core.advice_text import advice_text
from kinderogen_rules.core.dates import MONTHS
from kinderogen_rules.core.dutch import first_upper, sentences
from kinderogen_rules.rulebook.scenarios import read_features

scenarios("../features")

# A scenario written from the texts that the advice does not meet yet says so in its description, in a paragraph
# that starts with these words and says what has to change. It is expected to fail until then, and fails when it
# passes: then the paragraph has to go.
OPEN = "Nog open:"


@functools.cache
def _open_findings() -> dict[tuple[str, str], str]:
    """(feature file, scenario name) -> the paragraph "Nog open: …" of its description."""
    found = {}
    for feature in read_features(ROOT / "features"):
        for scenario in feature.scenarios:
            lines = [line.strip() for line in scenario.text.splitlines()[1:]]
            if any(line.startswith(OPEN) for line in lines):
                start = next(n for n, line in enumerate(lines) if line.startswith(OPEN))
                end = next((n for n in range(start, len(lines)) if not lines[n]), len(lines))
                found[(feature.file, scenario.name)] = " ".join(lines[start:end])
    return found


@pytest.fixture(autouse=True)
def open_finding(request: pytest.FixtureRequest) -> None:
    """Mark a scenario with "Nog open: …" in its description as expected to fail, for that reason."""
    path, _, name = (request.function.__doc__ or "").partition(": ")
    reason = _open_findings().get((Path(path).stem, name))
    if reason is not None:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))


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


# Dan: the layers a professional reads — in het kort, aan tafel, als het vastloopt — and the words they use


def _readable(advice: Advice) -> str:
    """What a professional reads before "Waarom dit advies", as in --text, on one line."""
    text = advice_text(advice, words.RULES).split("Waarom dit advies")[0]
    return " ".join(text.split())


def _said(text: str, phrase: str) -> list[str]:
    """The sentences of a text that use a phrase as words of their own ('de school', not 'de mbo-school')."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
    return [sentence for sentence in sentences(text) if pattern.search(sentence)]


def _as_pattern(template: str) -> re.Pattern[str]:
    """A text of the catalogue as a pattern: a word that fits the child ({plek}) may be any words."""
    return re.compile(".+?".join(re.escape(part) for part in re.split(r"\{\w+\}", template)))


def _each(table: dict[str, str], phrase: str) -> list[str]:
    """The names in a phrase: the phrase itself if it is one ('voor- en vroegschoolse educatie'), else its list."""
    return [phrase] if phrase in table else words.split_list(phrase)


def _summary_line(advice: Advice, start: str) -> str:
    return next((line for line in advice.summary if line.startswith(start)), "")


SHORTS = {a.code: a.short for a in words.RULES.catalog.arrangements}


@then(parsers.re(r"staat in het kort dat (?P<who>.+?) de regie heeft(?:, (?P<why>omdat .+))?"))
def summary_regie(advice: Advice, who: str, why: str | None) -> None:
    first = advice.summary[0] if advice.summary else ""
    assert first.startswith(f"{first_upper(who)} heeft de regie"), advice.summary
    assert why is None or why in first, first


@then(parsers.re(r"telt het kort hooguit (?P<most>\d+) zinnen"))
def summary_short(advice: Advice, most: str) -> None:
    said = [sentence for line in advice.summary for sentence in sentences(line)]
    assert 0 < len(said) <= int(most), advice.summary


@then(parsers.re(r"staat in het kort (?P<neg>niet )?dat eerst (?P<what>.+) geregeld (?:wordt|worden)"))
def summary_first(advice: Advice, what: str, neg: str | None) -> None:
    first = _summary_line(advice, "Regel eerst ")
    for name in _each(words.ARRANGEMENTS, what):
        code = words.lookup(words.ARRANGEMENTS, name, "het arrangement")
        assert (_as_pattern(SHORTS[code]).search(first) is not None) != bool(neg), advice.summary


def _short_name(name: str) -> str:
    """How "In het kort" names someone at the table: the catalogue's short name, or the child or young person."""
    if name in words.CHILD:
        return name
    short = words.RULES.catalog.partners[words.lookup(words.PARTNERS, name, "wie aan tafel komt")].short
    return words.RULES.vocabulary.neutral(short)


@then(parsers.re(r"vraagt het kort (?P<who>.+?) (?P<neg>niet )?aan tafel"))
def summary_invites(advice: Advice, who: str, neg: str | None) -> None:
    invited = _summary_line(advice, "Vraag aan tafel")
    for name in words.split_list(who):
        assert bool(_said(invited, _short_name(name))) != bool(neg), advice.summary


@then(parsers.re(r"wijst het kort (?P<neg>niet )?naar de stappen als het vastloopt"))
def summary_route(advice: Advice, neg: str | None) -> None:
    pointed = any("vastloopt" in line for line in advice.summary)
    assert pointed != bool(neg), advice.summary
    assert bool(advice.escalation_route) != bool(neg), advice.escalation_route


def _route_text(advice: Advice) -> str:
    return " ".join(f"{step.title}. {step.explanation}" for step in advice.escalation_route)


@then(parsers.re(r"gaat de route eerst naar (?P<who>.+)"))
def route_first(advice: Advice, who: str) -> None:
    assert advice.escalation_route, "het advies heeft geen route als het vastloopt"
    first = advice.escalation_route[0]
    for name in words.split_list(who):
        assert words.lookup(words.PARTNERS, name, "de route") in first.to, first
    assert advice.escalation is not None and advice.escalation.kind == first.kind, advice.escalation


@then(parsers.re(r"is (?:stap (?P<number>\d+)|de laatste stap) van de route (?P<kind>.+?) (?:bij|naar) (?P<who>.+)"))
def route_step(advice: Advice, number: str | None, kind: str, who: str) -> None:
    route = advice.escalation_route
    place = int(number) - 1 if number else len(route) - 1
    assert 0 <= place < len(route), [(step.kind, step.to) for step in route]
    step = route[place]
    assert step.kind == words.lookup(words.ESCALATION_KINDS, kind, "de soort stap"), (step.kind, step.to)
    for name in words.split_list(who):
        assert words.lookup(words.PARTNERS, name, "de route") in step.to, (step.kind, step.to)


@then(parsers.re(r"heeft de route (?P<count>\d+|geen) stap(?:pen)?"))
def route_length(advice: Advice, count: str) -> None:
    expected = 0 if count == "geen" else int(count)
    assert len(advice.escalation_route) == expected, [(step.kind, step.to) for step in advice.escalation_route]


@then(parsers.re(r"noemt de route (?P<who>.+?) niet"))
def route_leaves_out(advice: Advice, who: str) -> None:
    text = _route_text(advice)
    for name in words.split_list(who):
        code = words.lookup(words.PARTNERS, name, "de route")
        assert all(code not in step.to for step in advice.escalation_route), advice.escalation_route
        assert advice.escalation is None or code not in advice.escalation.to, advice.escalation
        named = re.sub(r"^(?:de|het) ", "", words.RULES.catalog.partners[code].short)
        assert not _said(text, named), _said(text, named)


@then("herhaalt de route geen zin")
def route_says_each_once(advice: Advice) -> None:
    said = [sentence for step in advice.escalation_route for sentence in sentences(step.explanation)]
    assert said and len(said) == len(set(said)), said


@then(parsers.re(r"telt elke stap van de route hooguit (?P<most>\d+) zinnen"))
def route_steps_short(advice: Advice, most: str) -> None:
    assert advice.escalation_route, "het advies heeft geen route als het vastloopt"
    for step in advice.escalation_route:
        assert len(sentences(step.explanation)) <= int(most), step.explanation


@then(parsers.re(r"praat (?P<who>het kind|de jongere) zelf (?P<neg>niet )?mee aan tafel"))
def child_at_table(advice: Advice, who: str, neg: str | None) -> None:
    named = [seat.name for seat in advice.at_table if seat.partner is None]
    if neg:
        assert named == [], named
    else:
        assert named == [f"{who} zelf"], named


@then("heeft iedereen aan tafel een reden")
def every_seat_has_a_reason(advice: Advice) -> None:
    assert advice.at_table
    for seat in advice.at_table:
        assert seat.reason.strip() and seat.rule_ids, seat


@then(parsers.re(r'spreekt het advies (?P<neg>niet )?over "(?P<word>[^"]+)"(?: en niet over "(?P<other>[^"]+)")?'))
def speaks_of(advice: Advice, neg: str | None, word: str, other: str | None) -> None:
    text = _readable(advice)
    assert bool(_said(text, word)) != bool(neg), _said(text, word) or text
    assert other is None or not _said(text, other), _said(text, other)


@then(parsers.re(r'heet (?P<what>.+?) in het advies "(?P<title>.+)"'))
def arrangement_titled(advice: Advice, what: str, title: str) -> None:
    titles = {a.code: a.title for a in advice.arrangements}
    assert titles.get(words.lookup(words.ARRANGEMENTS, what, "het arrangement")) == title, titles


@then(parsers.re(r'heet (?P<who>.+?) aan tafel "(?P<name>.+)"'))
def seat_named(advice: Advice, who: str, name: str) -> None:
    names = {seat.partner: seat.name for seat in advice.at_table}
    assert names.get(words.lookup(words.PARTNERS, who, "wie aan tafel komt")) == name, names


@then(parsers.re(r"neemt (?P<who>.+?) de regie niet"))
def not_lead(advice: Advice, who: str) -> None:
    assert who not in advice.regie.lead, advice.regie.lead
