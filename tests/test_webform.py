"""The web form as a professional uses it: questions, advice page, error messages, CSRF."""

import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import EXAMPLES, LEVI_ANSWERS, M_ANSWERS, RULES, replace_in
from flask.testing import FlaskClient
from werkzeug.datastructures import MultiDict

import webform.__main__ as command
from kinderogen_rules import CaseProfile, RuleLoadError, advise, first_upper, load_rules
from kinderogen_rules.advisor import default_advisor
from webform import create_app
from webform.questions import NONE, Questions
from webform.whatif import input_ids, question_target

QUESTIONS = Questions.of(CaseProfile.vocabulary).by_name
# Rule ids as the rules write them (REGIE-ONDERWIJS-01): on the advice page only under "Waarom dit advies".
RULE_ID = re.compile(r"\b[A-Z]+(?:-[A-Z]+)*-\d{2}\b")


def _form_value(question: Any, value: Any) -> Any:
    if question.kind == "yesno":
        return "ja" if value else "nee"
    if question.kind == "checkboxes":
        return sorted(value) or [NONE]
    return str(value)


# Every question the contract gives a default, answered with it, as a professional would tick it in the form.
DEFAULT_ANSWERS = {
    name: _form_value(QUESTIONS[name], field.default)
    for name, field in CaseProfile.model_fields.items()
    if not field.is_required()
}


def answered(answers: dict[str, Any]) -> dict[str, Any]:
    """A form in which every question is answered: these answers, and the contract's default for the others."""
    return {**DEFAULT_ANSWERS, **answers}


LEVI = answered(LEVI_ANSWERS)
M = answered(M_ANSWERS)


def plan_titles(advice: Any) -> list[str]:
    """The titles of 'Wat te regelen' in the order of the advice's plan: by group, urgent first."""
    titles = {arrangement.code: arrangement.title for arrangement in advice.arrangements}
    return [titles[code] for group in advice.plan for code in group.arrangements]


def page(html: bytes | str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def token(client: FlaskClient, path: str = "/") -> str:
    """The CSRF token a browser would get with the form."""
    field = page(client.get(path).data).find("input", {"name": "csrf_token"})
    assert isinstance(field, Tag)
    return str(field["value"])


def submit(client: FlaskClient, answers: dict[str, Any], path: str = "/") -> Any:
    return client.post(path, data={**answers, "csrf_token": token(client)})


def text(tag: Any) -> str:
    return " ".join(tag.get_text(" ").split())


def test_the_form_asks_every_field_of_the_case_profile(client: FlaskClient) -> None:
    html = page(client.get("/").data)
    asked = {str(tag["name"]) for tag in html.select("form input") if tag["name"] != "csrf_token"}
    assert asked == set(CaseProfile.model_fields)
    assert set(QUESTIONS) == set(CaseProfile.model_fields)


def test_every_question_has_a_label_and_a_hint_and_groups_have_a_legend(client: FlaskClient) -> None:
    html = page(client.get("/").data)
    for name, question in QUESTIONS.items():
        hint = html.find(id=f"{name}-hint")
        assert hint is not None and text(hint) == question.hint
        if question.kind == "number":
            label = html.find("label", {"for": name})
            assert label is not None and text(label) == question.text
            assert html.find(id=name)["aria-describedby"] == f"{name}-hint"  # type: ignore[index]
        else:
            group = html.find(id=f"{name}-0").find_parent("fieldset")  # type: ignore[union-attr]
            assert text(group.find("legend")) == question.text
            for option in group.select("input"):
                assert html.find("label", {"for": option["id"]}) is not None


def test_the_form_answers_no_question_in_advance(client: FlaskClient) -> None:
    """Every question decides the advice, so the professional answers each one: nothing ticked, nothing typed."""
    html = page(client.get("/").data)
    assert html.select("input[checked]") == []
    assert [tag["value"] for tag in html.select("input[type=text]")] == ["", "", ""]
    assert all(question.required for question in QUESTIONS.values())
    # A list answers "none" with a choice of its own, last, after the word "of".
    care = html.find(id="care-geen")
    assert (
        care is not None and care["value"] == NONE and text(html.find("label", {"for": "care-geen"})) == "Nog geen zorg"
    )


def test_a_question_left_open_gives_the_error_summary_and_no_advice(client: FlaskClient) -> None:
    response = submit(client, LEVI_ANSWERS)
    assert response.status_code == 422
    html = page(response.data)
    assert html.find(id="regie-houder") is None
    open_questions = [str(a["href"])[1:] for a in html.select(".foutoverzicht a")]
    expected = [name for name in QUESTIONS if name not in LEVI_ANSWERS and name != "has_startkwalificatie"]
    assert open_questions == [question_target(QUESTIONS[name]) for name in expected]
    assert text(html.find(id="stuck-fout")) == "Fout: Kies ja of nee."
    assert "Partijen komen er niet uit: kies ja of nee." in [text(a) for a in html.select(".foutoverzicht a")]
    assert text(html.find(id="care-fout")) == "Fout: Kies de zorg die er is, of 'Nog geen zorg'."


@pytest.mark.parametrize(
    ("answers", "left_open", "must_answer"),
    [
        ({"age": "15", "setting": "vo"}, ["has_startkwalificatie"], set()),  # no startkwalificatie under 16
        ({"age": "16", "setting": "vo"}, ["has_startkwalificatie"], {"has_startkwalificatie"}),
        ({"age": "3", "setting": "kinderopvang"}, ["exemption_requested"], set()),  # no leerplicht: no vrijstelling
        ({"age": "12", "setting": "po"}, ["exemption_requested"], {"exemption_requested"}),
        ({"age": "18", "setting": "mbo"}, ["exemption_requested", "has_startkwalificatie"], {"has_startkwalificatie"}),
    ],
)
def test_a_question_that_does_not_apply_to_this_child_may_stay_open(
    client: FlaskClient, answers: dict[str, str], left_open: list[str], must_answer: set[str]
) -> None:
    """Startkwalificatie from 16, vrijstelling from 5 to 17 (`asked_when` in profiel.yaml); open, the question keeps
    the contract's default, as in the API."""
    given = answered(answers)
    for name in left_open:
        del given[name]
    response = submit(client, given)
    html = page(response.data)
    assert {str(a["href"])[1:-2] for a in html.select(".foutoverzicht a")} == must_answer
    assert response.status_code == (422 if must_answer else 200)


@pytest.mark.parametrize(
    ("care", "status", "message"),
    [
        ([NONE], 200, ""),
        (["wlz"], 200, ""),
        ([NONE, "wlz"], 422, "Kies 'Nog geen zorg' of een of meer andere antwoorden, niet allebei."),
        ([], 422, "Kies de zorg die er is, of 'Nog geen zorg'."),
    ],
)
def test_none_of_these_is_an_answer_of_its_own(client: FlaskClient, care: list[str], status: int, message: str) -> None:
    given = answered(LEVI_ANSWERS)
    given["care"] = care
    response = submit(client, given)
    assert response.status_code == status
    if message:
        assert text(page(response.data).find(id="care-fout")) == f"Fout: {message}"


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            "      required_message: Kies de regio waar het kind woont.\n",
            "",
            "fields.region.form: zonder default moet de vraag beantwoord worden; geef required_message",
        ),
        (
            "      short: Regio\n",
            "      short: Regio\n      none: Geen regio\n",
            "fields.region.form.none: alleen een lijst (type: set) heeft een keuze 'geen van deze'",
        ),
        (
            "asked_when: {age: {min: 16}}",
            "asked_when: {leeftijd: {min: 16}}",
            "fields.has_startkwalificatie.form.asked_when.leeftijd: geen ander veld van het profiel",
        ),
        (
            "asked_when: {age: {min: 16}}",
            "asked_when: {setting: [mbo, hbo]}",
            "fields.has_startkwalificatie.form.asked_when.setting: hbo is geen code van dit veld",
        ),
        (
            "asked_when: {age: {min: 16}}",
            "asked_when: {age: [mbo]}",
            "fields.has_startkwalificatie.form.asked_when.age: geef bij een getal {min, max}, bij een keuze codes",
        ),
    ],
)
def test_a_wrong_form_declaration_stops_the_rules_with_a_dutch_message(
    rules_copy: Path, old: str, new: str, problem: str
) -> None:
    """What the form needs of a question (rules/profiel.yaml, `form:`) is checked when the rules load."""
    replace_in(rules_copy / "profiel.yaml", old, new)
    with pytest.raises(RuleLoadError) as caught:
        load_rules(rules_copy)
    assert any(p.endswith(problem) for p in caught.value.problems), caught.value.problems


def test_a_question_the_rules_give_a_form_default_is_answered_in_advance_and_may_stay_open(rules_copy: Path) -> None:
    """A rules directory may still let the form answer a question that does not decide much (`form: default`)."""
    replace_in(
        rules_copy / "profiel.yaml",
        "      required_message: Kies de regio waar het kind woont.\n",
        "      default: algemeen\n",
    )
    client = create_app({"RULES_DIR": str(rules_copy), "SECRET_KEY": "test"}).test_client()
    html = page(client.get("/").data)
    assert [str(tag["id"]) for tag in html.select("input[checked]")] == [
        f"region-{[code for code, _ in QUESTIONS['region'].options].index('algemeen')}"
    ]
    given = answered(LEVI_ANSWERS)
    del given["region"]
    response = submit(client, given)
    assert response.status_code == 200 and page(response.data).find(id="regie-houder") is not None


def test_the_api_keeps_the_contracts_defaults_for_a_missing_field(client: FlaskClient) -> None:
    response = client.post("/api/advice", json={"age": 8, "setting": "po"})
    assert response.status_code == 200
    assert response.json == json.loads(advise({"age": 8, "setting": "po"}).model_dump_json())


def test_the_page_needs_nothing_from_elsewhere(client: FlaskClient) -> None:
    html = page(client.get("/").data)
    for tag in html.select("[src], link[href], form[action]"):
        address = str(tag.get("src") or tag.get("href") or tag.get("action"))
        assert address.startswith("/"), address
    assert html.find("script", src=False) is None  # no inline script: the CSP forbids it


def test_levi_through_the_form_gives_the_library_advice_with_sources(client: FlaskClient) -> None:
    response = submit(client, LEVI)
    assert response.status_code == 200
    html = page(response.data)
    expected = advise(json.loads((EXAMPLES / "levi.json").read_text()))
    assert "school" in text(html.find(id="regie-houder")).lower()
    assert text(html.find(id="regie-wie")) == expected.regie.lead
    titles = [text(tag) for tag in html.select(".arrangement__titel")]
    assert titles == plan_titles(expected)
    for rule in expected.fired_rules:
        shown = html.find(id=f"regel-{rule.id}")
        assert shown is not None, rule.id
        assert rule.because and rule.because in text(shown)
        for source in rule.sources:
            assert source.cited_as and source.cited_as in text(shown)
    assert expected.rules_version in text(html)


# The headings of the advice page, in order: the layers as `kinderogen advise --text` gives them, with the answers
# before "Waarom dit advies", which comes last.
LAYERS = [
    "In het kort",
    "Regie",
    "Let op",
    "Wat te regelen",
    "Aan tafel",
    "Als het vastloopt",
    "Wat zou het advies veranderen?",
    "De antwoorden",
    "Waarom dit advies",
]


@pytest.mark.parametrize(
    "case",
    [
        "levi",
        "m",
        {
            "age": 14,
            "setting": "vo",
            "concerns": ["verzuim"],
            "weeks_absent": 16,
            "parents_consent": "nee",
            "stuck": True,
        },
    ],
)
def test_the_advice_page_shows_the_layers_of_the_advice_as_the_text_does(
    client: FlaskClient, case: str | dict[str, Any]
) -> None:
    profile = json.loads((EXAMPLES / f"{case}.json").read_text()) if isinstance(case, str) else case
    advice = advise(profile, what_if=True)
    form = answered({name: _form_value(QUESTIONS[name], value) for name, value in profile.items()})
    html = page(submit(client, form).data)
    headings = [text(h) for h in html.select("main h2")]
    assert headings == [h for h in LAYERS if h != "Als het vastloopt" or advice.escalation_route]
    assert [text(li) for li in html.select(".kort__lijst li")] == advice.summary
    groups = html.select(".regelen h3")
    assert [text(h) for h in groups] == [group.title for group in advice.plan]
    for heading, group in zip(groups, advice.plan, strict=True):
        items = heading.find_next_sibling("ol").select(".arrangement")  # type: ignore[union-attr]
        assert [str(item["data-code"]) for item in items] == group.arrangements
    urgent = {a.code for a in advice.arrangements if a.urgent}
    assert {str(tag["data-code"]) for tag in html.select(".arrangement--dringend")} == urgent
    seats = html.select(".tafel .partners:not(.partners--hoogte) li")
    assert [" ".join(li.get_text().split()) for li in seats] == [
        f"{first_upper(s.name)}: {s.reason}" for s in advice.at_table
    ]
    assert [str(li["data-code"]) for li in seats] == [s.partner or "kind" for s in advice.at_table]
    steps = html.select(".route__stap")
    assert [(str(li["data-kind"]), text(li.find("p"))) for li in steps] == [
        (step.kind, step.explanation) for step in advice.escalation_route
    ]
    assert [str(li["id"]) for li in html.select(".regel")] == [f"regel-{r.id}" for r in advice.fired_rules]
    # Rule ids and codes only under "Waarom dit advies" and in the folded rules of a what-if item.
    waarom = html.find(class_="waarom")
    waarom.decompose()  # type: ignore[union-attr]
    for details in html.select(".watals__regels"):
        details.decompose()
    readable = text(html.find("main"))
    assert RULE_ID.findall(readable) == []
    for code in {a.code for a in advice.arrangements} | {s.code for s in advice.signals}:
        assert "_" not in code or code not in readable, code  # a code name such as thuiszitter_aanpak


def test_m_through_the_form_shows_gemeente_leerplicht_and_the_waiting_list(client: FlaskClient) -> None:
    html = page(submit(client, M).data)
    assert "gemeente" in text(html.find(id="regie-houder")).lower()
    assert "leerplicht" in [tag["data-code"] for tag in html.select(".partners li")]
    signals = {str(tag["data-code"]): text(tag) for tag in html.select(".letop__punt")}
    assert "9 weken" in signals["wachtlijst"]
    assert "overbrugging" in [tag["data-code"] for tag in html.select(".arrangement")]
    # Urgent first: the support during the wait leads "Wat te regelen".
    first = html.select_one(".arrangement")
    assert first is not None and first["data-code"] == "overbrugging" and "(dringend)" in text(first)


def test_the_route_when_it_gets_stuck_is_a_section_of_its_own(client: FlaskClient) -> None:
    html = page(submit(client, {**M, "stuck": "ja"}).data)
    route = html.find(id="doorzettingsmacht")
    assert route is not None and route.find_parent(class_="letop") is None
    assert text(route.find("h2")) == "Als het vastloopt"
    steps = route.select(".route__stap")
    assert steps and all(text(step.find("h3")).startswith("Doorzettingsmacht: ") for step in steps)


def test_a_partner_kept_informed_is_listed_apart_with_its_reason(client: FlaskClient) -> None:
    answers = answered({"age": "9", "setting": "po", "concerns": ["opvoeding"], "shows_at": ["thuis"]})
    html = page(submit(client, answers).data)
    at_table = [tag["data-code"] for tag in html.select(".partners:not(.partners--hoogte) li")]
    informed = {str(tag["data-code"]): text(tag) for tag in html.select(".partners--hoogte li")}
    assert "school" in informed and "school" not in at_table and "cjg" in at_table
    notes = advise({"age": 9, "setting": "po", "concerns": ["opvoeding"], "shows_at": ["thuis"]}).informed
    note = next(note for note in notes if note.partner == "school")
    assert note.explanation in informed["school"] and not RULE_ID.search(informed["school"])
    assert html.find(id=f"regel-{note.rule_ids[0]}") is not None  # the rule that says so: under Waarom


def test_an_empty_form_says_what_to_fill_in_at_the_top_and_at_the_field(client: FlaskClient) -> None:
    response = submit(client, {})
    assert response.status_code == 422
    html = page(response.data)
    summary = html.find(class_="foutoverzicht")
    assert summary is not None and summary["role"] == "alert"
    links = {str(a["href"]): text(a) for a in summary.select("a")}
    assert list(links.items())[:3] == [
        ("#age", "Leeftijd: vul de leeftijd van het kind in."),
        ("#setting-0", "Onderwijs of opvang: kies waar het kind nu onderwijs of opvang krijgt."),
        ("#region-0", "Regio: kies de regio waar het kind woont."),
    ]
    # Every question without an age of its own (startkwalificatie, vrijstelling: the age is not known yet).
    assert set(links) == {f"#{question_target(q)}" for q in QUESTIONS.values() if not q.sometimes}
    assert text(html.find(id="age-fout")) == "Fout: Vul de leeftijd van het kind in."
    assert html.find(id="age")["aria-invalid"] == "true"  # type: ignore[index]
    assert "age-fout" in html.find(id="age")["aria-describedby"]  # type: ignore[index]
    assert html.title is not None and html.title.string is not None and html.title.string.startswith("Fout: ")


@pytest.mark.parametrize(
    ("answers", "field", "message"),
    [
        ({"age": "acht", "setting": "po"}, "age", "Vul een heel getal in"),
        ({"age": "30", "setting": "po"}, "age", "niet hoger zijn dan 23"),
        ({"age": "-1", "setting": "po"}, "age", "0 of hoger"),
        ({"age": "2", "setting": "po"}, "setting", "Een kind van 2 jaar kan niet op de gewone basisschool zitten"),
        ({"age": "8", "setting": "po", "waiting_weeks": "veel"}, "waiting_weeks", "Vul een heel getal in"),
        ({"age": "8", "setting": "universiteit"}, "setting", "Kies een van de mogelijkheden"),
        ({"age": "8", "setting": "po", "concerns": ["gedrg"]}, "concerns", "Kies een van de mogelijkheden"),
        ({"age": "8", "setting": "po", "stuck": "misschien"}, "stuck", "Kies een van de mogelijkheden"),
    ],
)
def test_a_wrong_answer_gets_a_dutch_message_next_to_its_field(
    client: FlaskClient, answers: dict[str, Any], field: str, message: str
) -> None:
    html = page(submit(client, answered(answers)).data)
    assert message in text(html.find(id=f"{field}-fout"))
    summary_links = [str(a["href"]) for a in html.select(".foutoverzicht a")]
    assert summary_links == [f"#{field}" if QUESTIONS[field].kind == "number" else f"#{field}-0"]


@pytest.mark.parametrize("path", ["/", "/wijzigen"])
@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("age", "Typ een heel getal in het vak"),
        ("waiting_weeks", "Typ een heel getal in het vak"),
        ("weeks_absent", "Typ een heel getal in het vak"),
        ("setting", "Kies een van de mogelijkheden"),
        ("concerns", "Kies een van de mogelijkheden"),
        ("stuck", "Kies een van de mogelijkheden"),
    ],
)
def test_an_answer_sent_as_a_file_gets_the_fields_dutch_message(
    client: FlaskClient, path: str, field: str, message: str
) -> None:
    """A multipart file part is no typed answer: never a 500, never a silent default (0 weeks on a waiting list)."""
    answers: dict[str, Any] = {"age": "8", "setting": "po", "csrf_token": token(client)}
    answers[field] = (io.BytesIO(b"9"), "antwoord.txt")
    response = client.post(path, data=answers, content_type="multipart/form-data")
    html = page(response.data)
    if path == "/":
        assert response.status_code == 422
        assert message in text(html.find(id=f"{field}-fout"))
    else:  # the form after an advice, without a valid profile: the plain form, as for any other wrong answer
        assert response.status_code == 200 and html.find(class_="foutoverzicht") is None
    assert "antwoord.txt" not in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/", "/wijzigen"])
@pytest.mark.parametrize("body", ['{"age": 8, "setting": "po"}', "[1, 2]", '"8"', '{"age": {"a": 1}}'])
@pytest.mark.parametrize("with_token", [True, False])
def test_a_json_body_is_no_form_and_never_a_500(client: FlaskClient, path: str, body: str, with_token: bool) -> None:
    """The form takes answers only from form fields; a JSON body (for the API) is not read as answers, with or
    without a valid token (without one, the form comes back with the CSRF notice)."""
    headers = {"X-CSRFToken": token(client)} if with_token else {}
    response = client.post(path, data=body, headers=headers, content_type="application/json")
    if not with_token:
        assert response.status_code == 400 and "Het formulier was verlopen" in response.get_data(as_text=True)
    elif path == "/":
        assert response.status_code == 422
        assert text(page(response.data).find(id="age-fout")) == "Fout: Vul de leeftijd van het kind in."
    else:
        assert response.status_code == 200


def test_the_answers_given_stay_filled_in_after_an_error(client: FlaskClient) -> None:
    html = page(submit(client, {**M_ANSWERS, "age": "150"}).data)
    assert html.find(id="age")["value"] == "150"  # type: ignore[index]
    checked = {(str(tag["name"]), str(tag["value"])) for tag in html.select("input[checked]")}
    for concern in M_ANSWERS["concerns"]:
        assert ("concerns", concern) in checked
    assert ("setting", "vo") in checked and ("school_support_exhausted", "ja") in checked
    assert html.find(id="waiting_weeks")["value"] == "9"  # type: ignore[index]


def test_change_answers_returns_the_filled_form_and_new_advice_starts_empty(client: FlaskClient) -> None:
    advice_page = page(submit(client, M).data)
    change = advice_page.find("button", string="Antwoorden wijzigen").find_parent("form")  # type: ignore[union-attr]
    data: dict[str, list[str]] = {}
    for hidden in change.select("input[type=hidden]"):
        data.setdefault(str(hidden["name"]), []).append(str(hidden["value"]))
    form = page(client.post(str(change["action"]), data=data).data)
    checked = {(str(tag["name"]), str(tag["value"])) for tag in form.select("input[checked]")}
    assert {("setting", "vo"), ("region", "drechtsteden"), ("shows_at", "thuis")} <= checked
    assert form.find(id="age")["value"] == "15"  # type: ignore[index]
    assert form.find(class_="foutoverzicht") is None
    # A question that does not apply to M. (a startkwalificatie at 15) stays open, as the professional left it.
    assert not [tag for tag in form.select("input[name=has_startkwalificatie]") if tag.has_attr("checked")]
    assert form.select_one("[autofocus]") is None  # no answer was changed: the page opens at the top
    new = advice_page.find("a", string="Nieuw advies")
    assert new is not None and new["href"] == "/"


def test_a_post_without_csrf_token_is_refused_and_gives_no_advice(client: FlaskClient) -> None:
    response = client.post("/", data=LEVI_ANSWERS)
    assert response.status_code == 400
    html = page(response.data)
    assert html.find(id="regie-houder") is None
    assert "verlopen" in text(html.find(class_="foutoverzicht"))
    assert html.find(id="age")["value"] == "8"  # type: ignore[index]  # the answers are not lost
    forged = client.post("/", data={**LEVI_ANSWERS, "csrf_token": "vervalst"})
    assert forged.status_code == 400 and page(forged.data).find(id="regie-houder") is None
    assert client.post("/wijzigen", data=LEVI_ANSWERS).status_code == 400


@pytest.mark.parametrize(
    "path", ["/", "/healthz", "/static/kinderogen.css", "/bestaat-niet", "/regelboek", "/static/bestaat-niet.css"]
)
def test_security_headers_are_on_every_response(client: FlaskClient, path: str) -> None:
    headers = client.get(path).headers
    policy = headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize(("method", "path"), [("GET", "/"), ("GET", "/healthz"), ("POST", "/api/advice")])
def test_each_security_header_is_sent_once(client: FlaskClient, method: str, path: str) -> None:
    names = [name.lower() for name, _ in client.open(path, method=method, json={"age": 8}).headers]
    for name in ("content-security-policy", "x-frame-options", "referrer-policy", "cache-control"):
        assert names.count(name) == 1, name


def test_a_page_that_sets_a_security_header_itself_keeps_its_own() -> None:
    app = create_app({"SECRET_KEY": "test"})
    # In any spelling of the name: HTTP header names do not depend on case.
    app.add_url_rule("/ingebed", "ingebed", lambda: ("ok", 200, {"x-frame-options": "SAMEORIGIN"}))
    headers = app.test_client().get("/ingebed").headers
    assert headers.getlist("X-Frame-Options") == ["SAMEORIGIN"]
    assert headers["Referrer-Policy"] == "no-referrer"


def test_a_new_secret_key_makes_the_old_session_and_form_token_invalid(app: Any) -> None:
    client = app.test_client()
    answers = {**LEVI, "csrf_token": token(client)}
    assert client.post("/", data=answers).status_code == 200
    app.secret_key = "een nieuwe sleutel"  # an operator rotates the key: what the old one signed no longer holds
    with client.session_transaction() as session:
        assert dict(session) == {}
    refused = client.post("/", data=answers)
    assert refused.status_code == 400 and page(refused.data).find(id="regie-houder") is None
    assert client.post("/", data={**LEVI, "csrf_token": token(client)}).status_code == 200


def test_the_advice_page_is_not_cached_and_the_session_cookie_holds_no_answers(client: FlaskClient) -> None:
    response = submit(client, M)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    cookie = client.get_cookie("session")
    assert cookie is not None
    assert not re.search(r"gedrag|verzuim|drechtsteden", cookie.value)


@pytest.mark.parametrize(
    ("path", "status", "location"),
    [
        ("/regelboek//index.html", 308, "/regelboek/index.html"),  # werkzeug merges the slashes
        ("/regelboek//index.html?x=1", 308, "/regelboek/index.html?x=1"),
        ("/regelboek", 302, "/regelboek/index.html"),
    ],
)
def test_a_redirect_stays_on_this_site_whatever_the_host_and_says_so_in_dutch(
    client: FlaskClient, path: str, status: int, location: str
) -> None:
    response = client.get(path, headers={"Host": "evil.example"})
    assert response.status_code == status
    assert response.headers["Location"] == location
    assert response.headers["Cache-Control"] == "no-store"
    html = page(response.data)
    assert "evil.example" not in response.get_data(as_text=True)
    assert html.html is not None and html.html["lang"] == "nl"
    assert "ander adres" in text(html) and html.find("a", href=location) is not None


def test_only_a_static_file_itself_may_be_cached(client: FlaskClient) -> None:
    served = client.get("/static/kinderogen.css")
    assert served.status_code == 200 and "no-store" not in served.headers.get("Cache-Control", "")
    unchanged = client.get("/static/kinderogen.css", headers={"If-None-Match": served.headers["ETag"]})
    assert unchanged.status_code == 304 and "no-store" not in unchanged.headers.get("Cache-Control", "")
    missing = client.get("/static/bestaat-niet.css")
    assert missing.status_code == 404 and missing.headers["Cache-Control"] == "no-store"
    assert "bestaat niet" in text(page(missing.data))
    merged = client.get("/static//kinderogen.css")
    assert merged.status_code == 308 and merged.headers["Cache-Control"] == "no-store"


def test_a_form_larger_than_the_limit_is_refused_with_413(client: FlaskClient) -> None:
    response = client.post("/", data={"age": "8" * 70_000, "csrf_token": token(client)})
    assert response.status_code == 413
    assert "te groot" in text(page(response.data))


def test_unknown_pages_get_a_dutch_page_with_a_way_back(client: FlaskClient) -> None:
    response = client.get("/bestaat-niet")
    assert response.status_code == 404
    html = page(response.data)
    assert "bestaat niet" in text(html) and html.find("a", href="/") is not None


def test_the_secret_key_comes_from_the_environment_or_is_random(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KINDEROGEN_SECRET_KEY", "uit-de-omgeving")
    assert create_app().config["SECRET_KEY"] == "uit-de-omgeving"
    monkeypatch.delenv("KINDEROGEN_SECRET_KEY")
    first, second = create_app().config["SECRET_KEY"], create_app().config["SECRET_KEY"]
    assert first != second and len(first) >= 32
    assert not create_app({"DEBUG": True}).debug  # the debugger is never on in this app


def test_settings_come_from_kinderogen_variables_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KINDEROGEN_SECRET_KEY", "12345")  # read as JSON, this would become a number
    monkeypatch.setenv("KINDEROGEN_RULES_DIR", str(RULES))
    monkeypatch.setenv("KINDEROGEN_FEATURES_DIR", "/elders/scenarios")
    monkeypatch.setenv("KINDEROGEN_HTTPS", "1")
    monkeypatch.setenv("KINDEROGEN_TESTING", "1")  # not a setting of ours: it must not reach Flask
    config = create_app().config
    assert (config["SECRET_KEY"], config["RULES_DIR"], config["FEATURES_DIR"]) == (
        "12345",
        str(RULES),
        "/elders/scenarios",
    )
    assert config["SESSION_COOKIE_SECURE"] is True and config["TESTING"] is False
    assert create_app({"SESSION_COOKIE_SECURE": False}).config["SESSION_COOKIE_SECURE"] is False


@pytest.mark.parametrize("https", ["", "0", "true", "ja", "1 "])
def test_only_https_1_sends_the_cookie_over_https_only(monkeypatch: pytest.MonkeyPatch, https: str) -> None:
    monkeypatch.setenv("KINDEROGEN_HTTPS", https)
    monkeypatch.setenv("KINDEROGEN_RULES_DIR", "")
    monkeypatch.setenv("KINDEROGEN_FEATURES_DIR", "")
    config = create_app().config
    assert (config["SESSION_COOKIE_SECURE"], config["RULES_DIR"], config["FEATURES_DIR"]) == (False, None, None)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """`python -m webform` in this process, with the server and the address check replaced by notes of their calls:
    no test depends on a port being free (8000 or any other)."""
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(command, "serve", lambda *args: calls.append(("serve", *args)))
    monkeypatch.setattr(command, "bind_problem", lambda *args: calls.append(("bind", *args)))
    monkeypatch.setenv("KINDEROGEN_SECRET_KEY", "vast")
    for name in ("HOST", "PORT", "WORKERS", "CONNECTIONS", "RULES_DIR", "FEATURES_DIR"):
        monkeypatch.delenv(f"KINDEROGEN_{name}", raising=False)
    return calls


def test_the_server_takes_its_address_and_sizes_from_kinderogen_variables(
    started: list[tuple[Any, ...]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert command.main([]) == 0
    for name, value in {"HOST": "127.0.0.2", "PORT": "8123", "WORKERS": "3", "CONNECTIONS": "50"}.items():
        monkeypatch.setenv(f"KINDEROGEN_{name}", value)
    assert command.main([]) == 0
    assert [call for call in started if call[0] == "serve"] == [
        ("serve", "127.0.0.1", 8000, os.cpu_count() or 1, 1000),
        ("serve", "127.0.0.2", 8123, 3, 50),
    ]
    assert "http://127.0.0.2:8123" in capsys.readouterr().out


def test_host_and_port_flags_go_before_the_variables(
    started: list[tuple[Any, ...]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KINDEROGEN_HOST", "127.0.0.2")
    monkeypatch.setenv("KINDEROGEN_PORT", "8123")
    assert command.main(["--host", "127.0.0.3", "--port=8124"]) == 0
    assert command.main(["--port", "8125"]) == 0
    assert [call[1:3] for call in started if call[0] == "serve"] == [("127.0.0.3", 8124), ("127.0.0.2", 8125)]
    assert "http://127.0.0.3:8124" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["--port", "acht"], 1, '--port is "acht": dat moet een heel getal zijn, 1 of meer.'),
        (["--port", "0"], 1, '--port is "0": dat moet een heel getal zijn, 1 of meer.'),
        (["--port", "9" * 5000], 1, "dat is te groot; kies een getal van hoogstens 999999."),
        (["--port"], 2, "na --port hoort een waarde. Meer uitleg: "),
        (["--poort", "8000"], 2, "onbekend: --poort 8000. Meer uitleg: "),
        (["--h"], 2, "onbekend: --h. Meer uitleg: "),
        (["8000"], 2, "onbekend: 8000."),
    ],
)
def test_a_command_line_the_server_cannot_use_is_said_in_dutch(
    started: list[tuple[Any, ...]], capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str
) -> None:
    assert command.main(argv) == code
    err = capsys.readouterr().err
    assert message in err and "usage" not in err and "error" not in err
    assert started == []


def test_help_says_every_flag_and_setting_in_dutch_and_starts_nothing(
    started: list[tuple[Any, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert command.main(["--help"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("Gebruik: ") and "opties:" in shown and "usage" not in shown
    for name in ("--host", "--port", "HOST", "PORT", "WORKERS", "CONNECTIONS", "RULES_DIR", "FEATURES_DIR"):
        assert name in shown
    assert "Ctrl-C" in shown
    assert started == []


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"WORKERS": "999999"}, "KINDEROGEN_WORKERS is 999999: dat mag hoogstens"),
        ({"WORKERS": str(4 * (os.cpu_count() or 1) + 1)}, "(4 per kern; deze computer heeft"),
        ({"RULES_DIR": "/bestaat/niet"}, "de regels in /bestaat/niet (KINDEROGEN_RULES_DIR) zijn niet te gebruiken"),
        ({"RULES_DIR": str(RULES / "regie.yaml")}, "map met regels niet gevonden"),
        ({"FEATURES_DIR": "/bestaat/niet"}, "/bestaat/niet (KINDEROGEN_FEATURES_DIR) is geen map met scenario's"),
        ({"FEATURES_DIR": str(RULES / "regie.yaml")}, "(KINDEROGEN_FEATURES_DIR) is geen map met scenario's"),
    ],
)
def test_a_setting_or_rules_folder_that_cannot_work_stops_the_server_before_it_says_where_it_is(
    started: list[tuple[Any, ...]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    settings: dict[str, str],
    message: str,
) -> None:
    """Refused in Dutch with exit code 1, before "Het formulier staat op": 999999 workers ran the machine out of
    memory, and a worker that cannot load the rules made gunicorn stop with a traceback and English text."""
    for name, value in settings.items():
        monkeypatch.setenv(f"KINDEROGEN_{name}", value)
    assert command.main([]) == 1
    out, err = capsys.readouterr()
    assert message in err and "staat op" not in out and "Traceback" not in err
    assert [call for call in started if call[0] == "serve"] == []


@pytest.mark.parametrize("key", ["", None])
def test_all_workers_sign_forms_with_one_key_also_when_the_variable_is_empty(
    started: list[tuple[Any, ...]], monkeypatch: pytest.MonkeyPatch, key: str | None
) -> None:
    """An empty KINDEROGEN_SECRET_KEY made each worker choose its own key: a form from one failed on another."""
    if key is None:
        monkeypatch.delenv("KINDEROGEN_SECRET_KEY")
    else:
        monkeypatch.setenv("KINDEROGEN_SECRET_KEY", key)
    assert command.main([]) == 0
    assert len(os.environ["KINDEROGEN_SECRET_KEY"]) == 64
    assert create_app().config["SECRET_KEY"] == create_app().config["SECRET_KEY"] == os.environ["KINDEROGEN_SECRET_KEY"]


def test_rules_that_trip_the_program_stop_the_server_in_dutch_too(
    started: list[tuple[Any, ...]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    rules_copy: Path,
) -> None:
    """A complex YAML key made the library raise a TypeError: said in Dutch, never a traceback."""
    with (rules_copy / "regie.yaml").open("a", encoding="utf-8") as rules:
        rules.write("? [a, b]\n: 1\n")
    monkeypatch.setenv("KINDEROGEN_RULES_DIR", str(rules_copy))
    assert command.main([]) == 1
    out, err = capsys.readouterr()
    assert err.startswith("Het formulier start niet: ") and "Traceback" not in err and "staat op" not in out
    assert [call for call in started if call[0] == "serve"] == []


def test_broken_rules_are_named_with_the_file_and_what_is_wrong(
    started: list[tuple[Any, ...]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    rules_copy: Path,
) -> None:
    (rules_copy / "regie.yaml").write_text("rules: [", encoding="utf-8")
    monkeypatch.setenv("KINDEROGEN_RULES_DIR", str(rules_copy))
    assert command.main([]) == 1
    out, err = capsys.readouterr()
    assert "de regels in" in err and "regie.yaml" in err and "staat op" not in out
    assert [call for call in started if call[0] == "serve"] == []


@pytest.mark.parametrize(("soft", "hard"), [(256, 4096), (256, 100_000)])
def test_the_limit_on_open_files_is_raised_to_fit_the_connections(
    started: list[tuple[Any, ...]], monkeypatch: pytest.MonkeyPatch, soft: int, hard: int
) -> None:
    """Beyond the limit, accepting a connection fails and gevent logs a traceback for each one."""
    limits: list[tuple[int, int]] = []
    monkeypatch.setattr(command.resource, "getrlimit", lambda _: (soft, hard))
    monkeypatch.setattr(command.resource, "setrlimit", lambda _, values: limits.append(values))
    monkeypatch.setenv("KINDEROGEN_CONNECTIONS", "1000")
    assert command.main([]) == 0
    assert limits == [(1000 + command.FILES_BESIDES_CONNECTIONS, hard)]


def test_more_connections_than_the_system_allows_open_files_are_refused(
    started: list[tuple[Any, ...]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(command.resource, "getrlimit", lambda _: (256, 512))
    monkeypatch.setenv("KINDEROGEN_CONNECTIONS", "1000")
    assert command.main([]) == 1
    assert f"KINDEROGEN_CONNECTIONS is 1000: dat mag hier hoogstens {512 - command.FILES_BESIDES_CONNECTIONS}" in (
        capsys.readouterr().err
    )
    assert [call for call in started if call[0] == "serve"] == []


@pytest.mark.parametrize(
    ("typed", "sent", "words"),
    [
        ("8", "8", ""),
        ("8.0", "8.0", ""),
        ("8.00", "8.00", ""),
        (" 8 ", "8", ""),
        ("-0", "-0", ""),
        ("-1", "-1", "0 of hoger"),
        ("24", "24", "niet hoger zijn dan 23"),
        ("8.5", "8.5", "heel getal"),
        ("1_0", '"1_0"', "heel getal"),
        ("\u0668", '"\u0668"', "heel getal"),  # Arabic-Indic eight
        ("\uff18", '"\uff18"', "heel getal"),  # full-width eight
        ("acht", '"acht"', "heel getal"),
    ],
)
def test_the_form_and_the_api_follow_one_rule_for_numbers(
    client: FlaskClient, typed: str, sent: str, words: str
) -> None:
    """Digits 0-9, perhaps a whole .0, within the same bounds: what the form takes, the API takes, and the reverse."""
    form = submit(client, answered({"age": typed, "setting": "geen"}))
    api = client.post("/api/advice", data='{"age": ' + sent + ', "setting": "geen"}', content_type="application/json")
    if not words:
        assert form.status_code == api.status_code == 200, typed
        return
    assert form.status_code == api.status_code == 422, typed
    shown = page(form.data).find(id="age-fout")
    assert shown is not None and words in text(shown), typed
    assert words in api.json["errors"][0]["message"], typed


def _posted(form: Tag) -> dict[str, list[str]]:
    """What a form's hidden fields post."""
    data: dict[str, list[str]] = {}
    for hidden in form.select("input[type=hidden]"):
        data.setdefault(str(hidden["name"]), []).append(str(hidden["value"]))
    return data


def test_the_advice_page_lists_what_would_change_it_each_with_a_button_to_the_form(client: FlaskClient) -> None:
    html = page(submit(client, M).data)
    section = html.find(id="watals-titel").find_parent("section")  # type: ignore[union-attr]
    assert text(html.find(id="watals-titel")) == "Wat zou het advies veranderen?"
    expected = advise(json.loads((EXAMPLES / "m.json").read_text()), what_if=True).what_would_change or []
    items = section.select(".watals__punt")
    assert [text(item.find("p")) for item in items] == [change.sentence for change in expected]
    for item, change in zip(items, expected, strict=True):
        form = item.find("form")
        assert form["method"] == "post" and form["action"].startswith("/wijzigen#")  # type: ignore[index, union-attr]
        button = form.find("button")  # type: ignore[union-attr]
        assert button["type"] == "submit"  # type: ignore[index]
        assert change.answer and text(button) == f"Open het formulier met: {change.answer}"
        assert html.find(id=button["aria-describedby"]) is not None  # type: ignore[index]
        # The rules only in the folded details, never in the sentence or on the button.
        assert not RULE_ID.search(text(item.find("p"))) and not RULE_ID.search(text(button))
        source = (change.source or "").rstrip(".")
        assert text(item.find("details")).endswith(f"Regels: {', '.join(change.rule_ids)}. Bron: {source}.")
        posted = _posted(form)  # type: ignore[arg-type]
        assert posted["gewijzigd"] == [change.field] and posted["csrf_token"]
        value = change.to_value
        shown = (
            ["ja" if value else "nee"]
            if isinstance(value, bool)
            else (value or [NONE])
            if isinstance(value, list)
            else [str(value)]
        )
        assert posted.get(change.field, []) == shown
        assert posted["gewijzigd_invoer"] == [str(form["action"]).split("#")[1]]  # type: ignore[index]
        assert posted["gewijzigd_invoer"][0] in input_ids(QUESTIONS[change.field])


@pytest.mark.parametrize("example", ["levi", "m"])
def test_each_what_if_item_has_at_most_25_words(client: FlaskClient, example: str) -> None:
    form = answered(
        {k: _form_value(QUESTIONS[k], v) for k, v in json.loads((EXAMPLES / f"{example}.json").read_text()).items()}
    )
    html = page(submit(client, form).data)
    lengths = {text(p): len(text(p).split()) for p in html.select(".watals__zin")}
    assert lengths and max(lengths.values()) <= 25, lengths


@pytest.mark.parametrize(
    ("changed", "focus", "focused"),
    [
        ("waiting_weeks", '"><script>alert(1)</script>', ["waiting_weeks"]),  # not one of its inputs: the first
        ("stuck", "age", ["stuck-0"]),  # another question's input: the changed question's first
        ("stuck", "stuck-1", ["stuck-1"]),
        ("bestaat_niet", "age", []),  # no such question: nothing changed, nothing focused
        ("", "", []),
    ],
)
def test_the_posted_focus_is_one_of_the_changed_answers_inputs_or_none(
    client: FlaskClient, changed: str, focus: str, focused: list[str]
) -> None:
    response = submit(client, {**M, "gewijzigd": changed, "gewijzigd_invoer": focus}, path="/wijzigen")
    assert response.status_code == 200
    html = page(response.data)
    assert [str(tag["id"]) for tag in html.select("[autofocus]")] == focused
    assert "<script>alert" not in response.get_data(as_text=True)


def test_a_change_button_puts_the_focus_on_the_changed_answer(client: FlaskClient) -> None:
    """`autofocus` on the input of the changed answer: the new choice, or the number; it works without JavaScript."""
    html = page(submit(client, M).data)
    items = html.select(".watals__punt")
    assert items
    for item in items:
        field = str(item["data-field"])
        opened = page(client.post("/wijzigen", data=_posted(item.find("form"))).data)  # type: ignore[arg-type]
        focused = opened.select("[autofocus]")
        assert len(focused) == 1, field
        target = focused[0]
        assert target["name"] == field and f"#{target['id']}" in str(item.find("form")["action"])  # type: ignore[index]
        if target["type"] == "radio":
            assert target.has_attr("checked"), field
        assert target.find_parent(class_="vraag--gewijzigd") is not None


def test_a_change_button_opens_the_form_with_that_answer_and_says_which_questions_matter(client: FlaskClient) -> None:
    html = page(submit(client, M).data)
    item = html.select_one(".watals__punt[data-field=waiting_weeks]")
    assert item is not None
    form = item.find("form")
    assert form["action"] == "/wijzigen#waiting_weeks"  # type: ignore[index]
    changed = page(client.post("/wijzigen", data=_posted(form)).data)  # type: ignore[arg-type]
    assert changed.find(id="waiting_weeks")["value"] == "0"  # type: ignore[index]
    assert changed.find(id="age")["value"] == "15"  # type: ignore[index]
    assert "Weken op de wachtlijst" in text(changed.find(id="gewijzigd-melding"))
    assert text(changed.find(id="waiting_weeks-gewijzigd")) == "Dit antwoord is gewijzigd vanaf het advies."
    profile = CaseProfile.model_validate({**json.loads((EXAMPLES / "m.json").read_text()), "waiting_weeks": 0})
    matter = default_advisor().questions_that_matter(profile)
    assert matter and matter != set(QUESTIONS)
    others = changed.find("details", id="overige-vragen")
    assert others is not None and "Overige vragen" in text(others.find("summary"))
    for name in QUESTIONS:
        note = changed.find(id=f"{name}-invloed")
        assert note is not None, name
        described = changed.find(id=question_target(QUESTIONS[name]))
        if QUESTIONS[name].kind != "number":
            described = described.find_parent("fieldset")  # type: ignore[union-attr]
        assert f"{name}-invloed" in described["aria-describedby"]  # type: ignore[index]
        inside_others = note.find_parent("details") is not None
        if name in matter:
            assert text(note) == "Kan het advies veranderen" and not inside_others
        else:
            assert text(note) == "Verandert nu niets" and inside_others
    # Every answer is still posted with the form, also the folded ones.
    names = {str(tag["name"]) for tag in changed.select("form.formulier input") if tag["name"] != "csrf_token"}
    assert names == set(CaseProfile.model_fields)


def test_the_form_after_an_advice_without_a_valid_profile_is_the_plain_form(client: FlaskClient) -> None:
    answers = {**M_ANSWERS, "age": "acht", "gewijzigd": "<script>"}
    html = page(client.post("/wijzigen", data={**answers, "csrf_token": token(client)}).data)
    assert html.find(id="age")["value"] == "acht"  # type: ignore[index]
    assert html.find(class_="invloed") is None and html.find(id="overige-vragen") is None
    assert "<script>" not in str(html.find(class_="formulier"))
    hostile = page(
        client.post("/wijzigen", data={**M_ANSWERS, "gewijzigd": "bestaat_niet", "csrf_token": token(client)}).data
    )
    assert hostile.find(id="gewijzigd-melding") is None and hostile.find(class_="invloed") is not None


@pytest.mark.parametrize(
    ("field", "first", "second"), [("age", "8", "9"), ("setting", "po", "vo"), ("stuck", "ja", "nee")]
)
def test_a_question_with_one_answer_sent_twice_is_asked_again_not_read_as_the_first(
    client: FlaskClient, field: str, first: str, second: str
) -> None:
    """As the API refuses a key given twice, the form refuses two answers to one question: no silent choice."""
    answers = {**LEVI, field: first}
    body = [
        (name, value)
        for name, values in answers.items()
        for value in (values if isinstance(values, list) else [values])
    ]
    body += [(field, second), ("csrf_token", token(client))]
    response = client.post("/", data=MultiDict(body))
    assert response.status_code == 422
    assert "meer dan één antwoord" in text(page(response.data).find(id=f"{field}-fout"))


def test_where_the_problems_play_can_be_answered_with_neither_place(client: FlaskClient) -> None:
    """A what-if may take away the only place (the problems no longer play at school): the form must take that."""
    response = submit(client, {**LEVI, "shows_at": ["!geen"]})
    assert response.status_code == 200
    assert "Waarom dit advies" in response.get_data(as_text=True)


def test_scenarios_that_cannot_be_read_stop_the_server_before_it_says_it_is_up(
    started: list[tuple[Any, ...]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """They were read on the first visit of the rulebook, and every page of it gave a 500."""
    (tmp_path / "kapot.feature").write_bytes(b"\xff")
    monkeypatch.setenv("KINDEROGEN_FEATURES_DIR", str(tmp_path))
    assert command.main([]) == 1
    out, err = capsys.readouterr()
    assert "scenario's in" in err and "kapot.feature" in err and "staat op" not in out
    assert [call for call in started if call[0] == "serve"] == []
