"""Rules in time: an advice is given for a day, under the rules in force that day.

The shipped rules start on 1 August 2014 (zorgplicht, kadernotitie §2.2) and the PACT regions' rules on
9 September 2021. No source text gives a rule whose content changes on a stated day, so the tests of versions
(one rule id, two periods) split a rule in a copy of the rules.
"""

import datetime as dt
import gc
import json
from pathlib import Path

import pytest
from conftest import RULES, replace_in
from flask.testing import FlaskClient

from kinderogen_rules import (
    Advisor,
    DateError,
    RuleLoadError,
    advise,
    advise_many,
    load_rules,
    read_features,
    rulebook_files,
)
from kinderogen_rules import advisor as advisor_module
from kinderogen_rules.cli import main
from kinderogen_rules.core.dates import today
from kinderogen_rules.core.engine import Engine
from kinderogen_rules.proofs.check import check_rules

PUPIL = {"age": 8, "setting": "po", "concerns": ["leren"]}
VP_PUPIL = {**PUPIL, "region": "voorne-putten"}
PACT_EVE, PACT = dt.date(2021, 9, 8), dt.date(2021, 9, 9)
BEFORE, FROM = dt.date(2019, 12, 31), dt.date(2020, 1, 1)
LEAD = "de intern begeleider of zorgcoördinator van de school, samen met het samenwerkingsverband"
OLD_LEAD = "de intern begeleider van de school"
VERSION_1 = """  - id: REGIE-ONDERWIJS-01
    title: Een vraag over het kind op school ligt eerst bij de school
    when:
      setting: [po, sbo, so, vo, vso]
    then:
      regie:
        holder: school
        priority: 10
        lead: de intern begeleider van de school
      partners: [ouders, school]
    sources:
      - {document: kadernotitie-drechtsteden, section: "§3.2 (regie bij de school)"}
      - {document: kadernotitie-drechtsteden, section: "Schema 2 (schoolbesturen)"}
    rationale: Een eerdere versie, om versies te toetsen.
    valid_until: 2019-12-31

"""


@pytest.fixture
def versioned(rules_copy: Path) -> Path:
    """The rules with REGIE-ONDERWIJS-01 in two versions: until 2019 without the samenwerkingsverband."""
    regie = rules_copy / "regie.yaml"
    replace_in(regie, "rules:\n", "rules:\n" + VERSION_1)
    replace_in(regie, "    valid_from: 2014-08-01\n", "    valid_from: 2020-01-01\n")
    return rules_copy


def test_an_advice_before_and_after_a_dated_version_differs_as_the_versions_say(versioned: Path) -> None:
    advisor = Advisor(load_rules(versioned))
    before, after = advisor.advise(PUPIL, BEFORE), advisor.advise(PUPIL, FROM)
    assert (before.regie.lead, after.regie.lead) == (OLD_LEAD, LEAD)
    assert (before.date, after.date) == (BEFORE, FROM)
    no_concerns = {"age": 8, "setting": "po"}
    assert "samenwerkingsverband" not in advisor.advise(no_concerns, BEFORE).partners
    assert "samenwerkingsverband" in advisor.advise(no_concerns, FROM).partners


def test_the_pact_regions_get_their_own_words_from_the_day_the_pact_was_signed() -> None:
    assert advise(VP_PUPIL, PACT_EVE).regie.lead == LEAD
    assert "Kindkracht" in advise(VP_PUPIL, PACT).regie.lead
    assert advise(VP_PUPIL, PACT).date == PACT


def test_without_a_day_the_advice_is_for_today() -> None:
    assert advise(PUPIL).date == today()


def test_a_worker_that_lives_past_midnight_advises_on_the_new_day() -> None:
    days = iter([PACT_EVE, PACT_EVE, PACT])
    advisor = Advisor(load_rules(RULES), clock=lambda: next(days))  # the first day goes to compiling
    first, second = advisor.advise(VP_PUPIL), advisor.advise(VP_PUPIL)
    assert (first.date, second.date) == (PACT_EVE, PACT)
    assert first.regie.lead == LEAD and "Kindkracht" in second.regie.lead


def test_advise_many_gives_every_advice_the_one_day() -> None:
    advices = list(advise_many([VP_PUPIL, {"age": 15, "setting": "vo"}], on=PACT_EVE))
    assert [a.date for a in advices] == [PACT_EVE, PACT_EVE]
    assert advices[0].regie.lead == LEAD


def test_a_day_before_the_rules_start_is_refused_in_dutch() -> None:
    with pytest.raises(DateError, match=r"De regels gelden vanaf 1 augustus 2014 \(de invoering van passend onderwijs"):
        advise(PUPIL, dt.date(2014, 7, 31))
    assert advise(PUPIL, dt.date(2014, 8, 1)).regie.holder == "school"


def test_the_periods_follow_the_dates_of_the_rules(versioned: Path) -> None:
    assert [p.start for p in load_rules(RULES).periods] == [dt.date(2014, 8, 1), PACT]
    rules = load_rules(versioned)
    assert [p.start for p in rules.periods] == [dt.date(2014, 8, 1), FROM, PACT]
    assert rules.period(BEFORE).end == BEFORE
    assert [r.rule.id for r in rules.in_force(FROM)].count("REGIE-ONDERWIJS-01") == 1
    assert [v.rule.valid_until for v in rules.versions("REGIE-ONDERWIJS-01")] == [BEFORE, None]


@pytest.mark.slow
def test_the_advisor_frees_the_engines_of_periods_it_no_longer_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(advisor_module, "ENGINES_KEPT", 1)
    advisor = Advisor(load_rules(RULES), on=PACT)

    def live_engines() -> int:
        gc.collect()
        return sum(isinstance(o, Engine) for o in gc.get_objects())

    start = live_engines()
    for day in (PACT_EVE, PACT, dt.date(2015, 1, 1), PACT_EVE) * 3:
        advisor.advise(VP_PUPIL, day)
    assert live_engines() == start  # one engine kept, however many periods were asked for


def test_check_rules_refuses_two_versions_of_one_rule_that_overlap(versioned: Path) -> None:
    replace_in(versioned / "regie.yaml", "    valid_until: 2019-12-31", "    valid_until: 2020-01-15")
    with pytest.raises(RuleLoadError, match="REGIE-ONDERWIJS-01: dubbele regel-id"):
        load_rules(versioned)
    report = check_rules(str(versioned))
    assert any(
        "twee versies van een regel mogen niet tegelijk gelden" in f and "tot en met 15 januari 2020" in f
        for f in report.findings
    ), report.findings


@pytest.mark.slow
def test_check_rules_finds_a_gap_in_time_and_names_the_period(versioned: Path) -> None:
    replace_in(versioned / "regie.yaml", "    valid_from: 2020-01-01", "    valid_from: 2020-02-01")
    report = check_rules(str(versioned))
    gaps = [f for f in report.findings if f.startswith("gat:")]
    assert len(gaps) == 1, report.findings
    assert gaps[0].endswith("(geldt van 1 januari 2020 tot en met 31 januari 2020)")
    assert '"setting":"po"' in gaps[0]


def test_the_rulebook_shows_a_rules_history(versioned: Path) -> None:
    rules = load_rules(versioned)
    page = rulebook_files(rules, read_features(), dt.date(2026, 1, 1))["regie.html"]
    assert page.count('id="REGIE-ONDERWIJS-01"') == 1
    history = page[page.index("Versies van REGIE-ONDERWIJS-01") :]
    assert "van 1 augustus 2014 tot en met 31 december 2019" in history and "vanaf 1 januari 2020" in history
    assert f"concreet: {OLD_LEAD}</li>" in history
    assert "Waarom: Een eerdere versie, om versies te toetsen.</li>" in history
    old_book = rulebook_files(rules, read_features(), BEFORE)["regie.html"]
    assert "Geldig van 1 augustus 2014 tot en met 31 december 2019." in old_book
    assert "Geldig tot en met 31 december 2019." not in old_book
    assert "Geschiedenis" not in rulebook_files(load_rules(RULES), read_features())["regie.html"]


def test_the_cli_advises_on_a_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "kind.json"
    case.write_text(json.dumps(VP_PUPIL))
    assert main(["advise", "--op", "2021-09-08", str(case)]) == 0
    advice = json.loads(capsys.readouterr().out)
    assert advice["date"] == "2021-09-08" and advice["regie"]["lead"] == LEAD
    for bad, says in [
        ("2021-02-30", "bestaat niet"),
        ("20210908", "is geen datum"),
        ("2014-07-31", "gelden vanaf 1 augustus 2014"),
    ]:
        assert main(["advise", "--op", bad, str(case)]) == 2
        err = capsys.readouterr().err
        assert says in err and "Traceback" not in err


def test_batch_gives_every_line_the_day_of_op(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "casussen.jsonl"
    cases.write_text(json.dumps(VP_PUPIL) + "\n" + json.dumps({"age": 15, "setting": "vo"}) + "\n")
    out = tmp_path / "adviezen.jsonl"
    assert main(["batch", str(cases), "-o", str(out), "--op", "2021-09-08", "--workers", "1"]) == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["date"] for line in lines] == ["2021-09-08", "2021-09-08"]
    assert lines[0]["regie"]["lead"] == LEAD
    assert main(["batch", str(cases), "-o", str(tmp_path / "x.jsonl"), "--op", "morgen"]) == 2
    assert not (tmp_path / "x.jsonl").exists()


def test_the_api_advises_on_the_day_of_op(client: FlaskClient) -> None:
    response = client.post("/api/advice?op=2021-09-08", json=VP_PUPIL)
    assert response.status_code == 200
    assert response.json is not None
    assert response.json["date"] == "2021-09-08" and response.json["regie"]["lead"] == LEAD
    now = client.post("/api/advice", json=VP_PUPIL).json
    assert now is not None and now["date"] == today().isoformat() and "Kindkracht" in now["regie"]["lead"]
    for bad in ("gisteren", "2021-13-01", "2014-07-31", "x" * 5000):
        response = client.post(f"/api/advice?op={bad}", json=VP_PUPIL)
        assert response.status_code == 422, bad
        assert response.json is not None
        [error] = response.json["errors"]
        assert error["field"] == "op" and "datum" in error["message"].lower() and len(error["message"]) < 300
