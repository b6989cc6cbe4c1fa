"""Rules in time: an advice is given for a day, under the rules in force that day.

The shipped rules carry one real dated change: on 1 August 2014 the school boards got their duty of care
(kadernotitie §2.2), and REGIE-ONDERWIJS-01 has a version before and a version from that day.
"""

import datetime as dt
import gc
import json
from pathlib import Path

import pytest
from conftest import RULES, replace_in
from flask.testing import FlaskClient

from kinderogen_rules import advise, advise_many
from kinderogen_rules import advisor as advisor_module
from kinderogen_rules.advisor import Advisor
from kinderogen_rules.check import check_rules
from kinderogen_rules.cli import main
from kinderogen_rules.engine import Engine
from kinderogen_rules.errors import DateError, RuleLoadError
from kinderogen_rules.rulebook import rulebook_files
from kinderogen_rules.ruleset import load_rules
from kinderogen_rules.scenarios import read_features

PUPIL = {"age": 8, "setting": "po", "concerns": ["leren"]}
BEFORE, FROM = dt.date(2014, 7, 31), dt.date(2014, 8, 1)
LEAD_BEFORE = "de intern begeleider of zorgcoördinator van de school"


def test_an_advice_before_and_after_a_dated_version_differs_as_the_versions_say() -> None:
    before, after = advise(PUPIL, BEFORE), advise(PUPIL, FROM)
    assert before.regie.lead == LEAD_BEFORE
    assert after.regie.lead == LEAD_BEFORE + ", samen met het samenwerkingsverband"
    assert (before.date, after.date) == (BEFORE, FROM)
    sources = {r.id: {s.section for s in r.sources} for r in before.fired_rules}
    assert "§2.2 (zorgplicht)" in sources["REGIE-ONDERWIJS-01"]
    no_concerns = {"age": 8, "setting": "po"}
    assert "samenwerkingsverband" not in advise(no_concerns, BEFORE).partners
    assert "samenwerkingsverband" in advise(no_concerns, FROM).partners


def test_without_a_day_the_advice_is_for_today() -> None:
    assert advise(PUPIL).date == dt.date.today()


def test_a_worker_that_lives_past_midnight_advises_on_the_new_day() -> None:
    days = iter([BEFORE, BEFORE, FROM])
    advisor = Advisor(load_rules(RULES), clock=lambda: next(days))  # the first day goes to compiling
    first, second = advisor.advise(PUPIL), advisor.advise(PUPIL)
    assert (first.date, second.date) == (BEFORE, FROM)
    assert first.regie.lead == LEAD_BEFORE and second.regie.lead != LEAD_BEFORE


def test_advise_many_gives_every_advice_the_one_day() -> None:
    advices = list(advise_many([PUPIL, {"age": 15, "setting": "vo"}], on=BEFORE))
    assert [a.date for a in advices] == [BEFORE, BEFORE]
    assert advices[0].regie.lead == LEAD_BEFORE


def test_a_day_before_the_rules_start_is_refused_in_dutch() -> None:
    with pytest.raises(DateError, match="De regels gelden vanaf 1 januari 2013"):
        advise(PUPIL, dt.date(2012, 12, 31))


def test_the_periods_of_the_shipped_rules_follow_their_dates() -> None:
    rules = load_rules(RULES)
    assert [p.start for p in rules.periods] == [dt.date(2013, 1, 1), FROM, dt.date(2021, 9, 9)]
    assert rules.period(BEFORE).end == BEFORE
    ids = [r.rule.id for r in rules.in_force(FROM)]
    assert ids.count("REGIE-ONDERWIJS-01") == 1
    assert [v.rule.valid_until for v in rules.versions("REGIE-ONDERWIJS-01")] == [BEFORE, None]


def test_the_advisor_frees_the_engines_of_periods_it_no_longer_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(advisor_module, "ENGINES_KEPT", 1)
    advisor = Advisor(load_rules(RULES), on=FROM)

    def live_engines() -> int:
        gc.collect()
        return sum(isinstance(o, Engine) for o in gc.get_objects())

    start = live_engines()
    for day in (BEFORE, FROM, dt.date(2022, 1, 1), BEFORE) * 3:
        advisor.advise(PUPIL, day)
    assert live_engines() == start  # one engine kept, however many periods were asked for


def test_check_rules_refuses_two_versions_of_one_rule_that_overlap(rules_copy: Path) -> None:
    replace_in(rules_copy / "regie.yaml", "    valid_until: 2014-07-31", "    valid_until: 2014-08-15")
    with pytest.raises(RuleLoadError, match="REGIE-ONDERWIJS-01: dubbele regel-id"):
        load_rules(rules_copy)
    report = check_rules(str(rules_copy))
    assert any(
        "twee versies van een regel mogen niet tegelijk gelden" in f and "tot en met 15 augustus 2014" in f
        for f in report.findings
    ), report.findings


def test_check_rules_finds_a_gap_in_time_and_names_the_period(rules_copy: Path) -> None:
    replace_in(rules_copy / "regie.yaml", "    valid_from: 2014-08-01", "    valid_from: 2014-09-01")
    report = check_rules(str(rules_copy))
    gaps = [f for f in report.findings if f.startswith("gat:")]
    assert len(gaps) == 1, report.findings
    assert gaps[0].endswith("(geldt van 1 augustus 2014 tot en met 31 augustus 2014)")
    assert '"setting":"po"' in gaps[0]


def test_the_rulebook_shows_a_rules_history() -> None:
    rules = load_rules(RULES)
    files = rulebook_files(rules, read_features(), dt.date(2026, 1, 1))
    page = files["regie.html"]
    assert page.count('id="REGIE-ONDERWIJS-01"') == 1
    history = page[page.index("Versies van REGIE-ONDERWIJS-01") :]
    assert "tot en met 31 juli 2014" in history and "vanaf 1 augustus 2014" in history
    assert f"concreet: {LEAD_BEFORE}</li>" in history
    old_book = rulebook_files(rules, read_features(), BEFORE)["regie.html"]
    assert "Geldig tot en met 31 juli 2014." in old_book


def test_the_cli_advises_on_a_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "kind.json"
    case.write_text(json.dumps(PUPIL))
    assert main(["advise", "--op", "2014-07-31", str(case)]) == 0
    advice = json.loads(capsys.readouterr().out)
    assert advice["date"] == "2014-07-31" and advice["regie"]["lead"] == LEAD_BEFORE
    for bad, says in [
        ("2014-02-30", "bestaat niet"),
        ("20140801", "is geen datum"),
        ("2012-01-01", "gelden vanaf 1 januari 2013"),
    ]:
        assert main(["advise", "--op", bad, str(case)]) == 2
        err = capsys.readouterr().err
        assert says in err and "Traceback" not in err


def test_batch_gives_every_line_the_day_of_op(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "casussen.jsonl"
    cases.write_text(json.dumps(PUPIL) + "\n" + json.dumps({"age": 15, "setting": "vo"}) + "\n")
    out = tmp_path / "adviezen.jsonl"
    assert main(["batch", str(cases), "-o", str(out), "--op", "2014-07-31", "--workers", "1"]) == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["date"] for line in lines] == ["2014-07-31", "2014-07-31"]
    assert main(["batch", str(cases), "-o", str(tmp_path / "x.jsonl"), "--op", "morgen"]) == 2
    assert not (tmp_path / "x.jsonl").exists()


def test_the_api_advises_on_the_day_of_op(client: FlaskClient) -> None:
    response = client.post("/api/advice?op=2014-07-31", json=PUPIL)
    assert response.status_code == 200
    assert response.json is not None
    assert response.json["date"] == "2014-07-31" and response.json["regie"]["lead"] == LEAD_BEFORE
    today = client.post("/api/advice", json=PUPIL).json
    assert today is not None and today["date"] == dt.date.today().isoformat()
    for bad in ("gisteren", "2014-13-01", "2012-01-01", "x" * 5000):
        response = client.post(f"/api/advice?op={bad}", json=PUPIL)
        assert response.status_code == 422, bad
        assert response.json is not None
        [error] = response.json["errors"]
        assert error["field"] == "op" and "datum" in error["message"].lower() and len(error["message"]) < 300
