"""The JSON API of the contract: 200, 422, 400, 413, never 500; its OpenAPI document; nothing of a case in the logs."""

import gzip
import itertools
import json
import logging
import random
import re
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import EXAMPLES, M_ANSWERS
from flask import Flask
from flask.testing import FlaskClient
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from kinderogen_rules import Advisor, CaseProfile, advise
from kinderogen_rules.caseloads.synth import synthetic_profiles
from webform import create_app, security


@pytest.fixture
def openapi(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return json.loads(response.data)


def response_schema(openapi: dict[str, Any], status: int) -> Draft202012Validator:
    """A validator for the documented answer of POST /api/advice with this status."""
    answer = openapi["paths"]["/api/advice"]["post"]["responses"][str(status)]
    schema = answer["content"]["application/json"]["schema"]
    registry: Registry = Registry().with_resource("urn:api", Resource.from_contents(openapi, DRAFT202012))
    return Draft202012Validator({"$ref": "urn:api" + schema["$ref"]}, registry=registry)


def post(client: FlaskClient, body: str | bytes) -> Any:
    return client.post("/api/advice", data=body, content_type="application/json")


def test_levi_gets_exactly_the_library_advice() -> None:
    client = create_app().test_client()
    body = (EXAMPLES / "levi.json").read_text()
    response = post(client, body)
    assert response.status_code == 200
    assert response.json == advise(json.loads(body)).model_dump(mode="json")


def test_an_invalid_profile_gets_422_with_a_dutch_message_per_field(client: FlaskClient) -> None:
    response = post(client, json.dumps({"age": 2, "setting": "po", "concerns": ["gedrg"], "naam": "Levi"}))
    assert response.status_code == 422
    errors = {e["field"]: e["message"] for e in response.json["errors"]}
    assert set(errors) == {"setting", "concerns", "naam"}
    assert "een kind van 2 jaar" in errors["setting"]
    assert "onbekende waarde" in errors["concerns"]
    assert "bestaat niet" in errors["naam"]


@pytest.mark.parametrize("body", [b"", b"leeftijd: 8", b'{"age": 8,', b"\xff\xfe\x00", b"NaN", b'{"age": NaN}'])
def test_a_body_that_is_not_json_gets_400(client: FlaskClient, body: bytes) -> None:
    response = post(client, body)
    assert response.status_code == 400
    assert response.json["errors"][0]["message"].startswith("De inhoud is geen geldige JSON.")


def test_a_body_above_the_limit_gets_413(client: FlaskClient) -> None:
    response = post(client, json.dumps({"age": 8, "setting": "po", "x": "a" * 70_000}))
    assert response.status_code == 413
    assert "te groot" in response.json["errors"][0]["message"]


def test_other_methods_and_paths_answer_in_json(client: FlaskClient) -> None:
    wrong_method = client.get("/api/advice")
    assert wrong_method.status_code == 405 and "POST" in wrong_method.headers["Allow"]
    assert wrong_method.json["errors"][0]["message"]
    assert client.get("/api/bestaat-niet").json["errors"]


def test_healthz_answers_200_with_the_rules_version(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "rules_version": advise(CaseProfile(age=8, setting="po")).rules_version}


def test_the_openapi_document_describes_the_contract(openapi: dict[str, Any]) -> None:
    assert openapi["openapi"].startswith("3.1")
    operation = openapi["paths"]["/api/advice"]["post"]
    assert set(operation["responses"]) == {"200", "400", "413", "415", "422"}
    assert "/healthz" in openapi["paths"]
    profile = openapi["components"]["schemas"]["CaseProfile"]
    assert set(profile["properties"]) == set(CaseProfile.model_fields)
    assert profile["required"] == ["age", "setting"]
    assert profile["additionalProperties"] is False
    # One object schema: the ages per setting are said in the description and checked by the server, not split
    # into partial schemas that code generators turn into one class per setting.
    assert not {"anyOf", "oneOf", "allOf"} & set(profile)
    for setting, (low, high) in dict(CaseProfile.vocabulary.age_limits)["setting"].items():
        assert f"{setting} {low} tot en met {high} jaar" in profile["properties"]["age"]["description"]
    on = next(p for p in operation["parameters"] if p["name"] == "op")
    assert on["in"] == "query" and on["schema"] == {"type": "string", "format": "date"}


def test_every_advice_matches_the_documented_schema(client: FlaskClient, openapi: dict[str, Any]) -> None:
    validator = response_schema(openapi, 200)
    for profile in synthetic_profiles(200, seed=3):
        response = post(client, profile.model_dump_json())
        assert response.status_code == 200
        validator.validate(response.json)


def _junk(rng: random.Random, depth: int = 0) -> Any:
    """A random JSON value: the kind of thing a broken client sends."""
    kinds = ["int", "big", "float", "str", "bool", "null", "list", "dict"]
    kind = rng.choice(kinds if depth < 3 else kinds[:6])
    if kind == "int":
        return rng.randint(-5, 30)
    if kind == "big":
        return rng.choice([2**63, -(2**70), 10**30])
    if kind == "float":
        return rng.choice([8.0, 8.5, -0.0, 1e308])
    if kind == "str":
        return rng.choice(["", "po", "8", "ja", "gedrag", "é" * 50, "<script>", "null", " 8 "])
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "null":
        return None
    if kind == "list":
        return [_junk(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {
        rng.choice(["age", "setting", "concerns", "x", ""]): _junk(rng, depth + 1) for _ in range(rng.randint(0, 3))
    }


def _malformed(rng: random.Random, valid: str) -> bytes:
    """A broken body: a mutated profile, a random value, random bytes, cut-off or deeply nested JSON."""
    choice = rng.randrange(6)
    if choice == 0:
        profile = json.loads(valid)
        field = rng.choice([*CaseProfile.model_fields, "naam", "bsn"])
        profile[field] = _junk(rng)
        return json.dumps(profile).encode()
    if choice == 1:
        profile = json.loads(valid)
        profile.pop(rng.choice(list(profile)), None)
        return json.dumps(profile).encode()
    if choice == 2:
        return json.dumps(_junk(rng)).encode()
    if choice == 3:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 200)))
    if choice == 4:
        return valid.encode()[: rng.randint(0, len(valid) - 1)]
    depth = rng.randint(50, 5000)
    return ("[" * depth + "]" * depth).encode()


def test_hundreds_of_random_and_malformed_bodies_never_give_a_500(client: FlaskClient, openapi: dict[str, Any]) -> None:
    rng = random.Random(20261122)
    validators = {status: response_schema(openapi, status) for status in (200, 400, 413, 422)}
    valid = [p.model_dump_json() for p in synthetic_profiles(50, seed=9)]
    statuses: dict[int, int] = {}
    for _ in range(400):
        response = post(client, _malformed(rng, rng.choice(valid)))
        assert response.status_code in validators, response.data[:300]
        validators[response.status_code].validate(response.json)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
    assert statuses.get(400, 0) > 50 and statuses.get(422, 0) > 50  # the bodies really were malformed


ACCESS_LINE = re.compile(r"(?P<fields>(GET|POST) /\S* \d{3}) \d+\.\d ms")


def test_no_answer_of_a_case_appears_in_the_logs(
    client: FlaskClient, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answers are looked for in what a log line says, not in its duration: every request is made to
    take 29.9 ms, so a duration holds the digits of the answers 29 and 99, as one did on a busy machine."""
    clock = itertools.count(0.0, 0.0299)
    monkeypatch.setattr(security, "time", SimpleNamespace(perf_counter=lambda: next(clock)))
    caplog.set_level(logging.DEBUG)
    answers = {**M_ANSWERS, "region": "goeree-overflakkee", "concerns": ["psychisch", "somatisch"]}
    answers |= {"waiting_weeks": "37", "weeks_absent": "29", "care": ["wlz"]}
    # The form answers nothing in advance: the professional answers every question that applies.
    answers |= {"parents_consent": "ja", "cognitive_level": "laag", "load_capacity": "beperkt"}
    answers |= {"exemption_requested": "nee", "stuck": "nee"}
    token_page = client.get("/").data.decode()
    token = token_page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    assert client.post("/", data={**answers, "csrf_token": token}).status_code == 200
    assert client.post("/", data={**answers, "age": "99", "csrf_token": token}).status_code == 422
    assert client.post("/", data=answers).status_code == 400
    profile = {
        "age": 15,
        "setting": "vo",
        "region": "goeree-overflakkee",
        "concerns": ["psychisch"],
        "waiting_weeks": 37,
    }
    assert post(client, json.dumps(profile)).status_code == 200
    assert post(client, json.dumps({**profile, "weeks_absent": 29, "age": 99})).status_code == 422
    said = []
    for record in caplog.records:
        message = record.getMessage()
        if record.name == "webform.access":
            line = ACCESS_LINE.fullmatch(message)
            assert line is not None, message
            message = line["fields"]  # method, path and status; the duration is the server's own
        said.append(message)
    logged = "\n".join(said)
    assert "POST / 200" in logged and "POST /api/advice 422" in logged  # the access log did run
    assert "29.9 ms" in caplog.text  # the durations did hold the digits
    for answer in ("goeree", "psychisch", "somatisch", "wlz", "37", "29", "99", "drechtsteden"):
        assert answer not in logged, answer


def test_a_failing_evaluation_gives_a_dutch_error_without_case_data_and_the_next_request_works(
    app: Flask, client: FlaskClient, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Advisor.advise

    def broken(self: Advisor, profile: Any, *args: Any, **options: Any) -> Any:
        raise RuntimeError(f"kapot bij {profile!r}")

    monkeypatch.setattr(Advisor, "advise", broken)
    body = json.dumps({"age": 15, "setting": "vo", "region": "goeree-overflakkee"})
    response = post(client, body)
    assert response.status_code == 500
    assert "Er ging iets mis" in response.json["errors"][0]["message"]
    assert "goeree" not in response.data.decode() and "Traceback" not in response.data.decode()
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "RuntimeError" in logged and "goeree" not in logged
    monkeypatch.setattr(Advisor, "advise", real)
    assert post(client, body).status_code == 200


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"[" * 3000 + b"]" * 3000, "te veel haakjes in elkaar"),
        (b'{"age": ' + b"9" * 4301 + b', "setting": "po"}', "te veel cijfers"),
        (b'{"age": 8, "setting": "p\xffo"}', "geen UTF-8"),
        (b'{"age": 8, "setting": "\\ud800"}', "geen geldig teken"),
        (b'{"age" 8}', "dubbele punt"),
        (b"", "er staat niets in"),
    ],
)
def test_json_that_breaks_parsers_gets_400_saying_where_and_why_in_dutch(
    client: FlaskClient, body: bytes, why: str
) -> None:
    response = post(client, body)
    assert response.status_code == 400
    message = response.json["errors"][0]["message"]
    assert message.startswith("De inhoud is geen geldige JSON. Het gaat mis bij teken ") and why in message, message


def test_a_value_with_braces_is_shown_as_it_was_sent(client: FlaskClient) -> None:
    response = post(client, json.dumps({"age": 8, "setting": "{{po}}", "{x}": 1}))
    assert response.status_code == 422
    errors = {e["field"]: e["message"] for e in response.json["errors"]}
    assert 'onbekende waarde "{{po}}".' in errors["setting"]
    assert errors["{x}"].startswith('Veld "{x}": dit veld bestaat niet.')


def test_thousands_of_unknown_fields_get_a_short_reply_that_says_how_many_more(client: FlaskClient) -> None:
    body = json.dumps({"age": 8, "setting": "po", **{str(n): 1 for n in range(5000)}})
    response = post(client, body)
    assert response.status_code == 422
    errors = response.json["errors"]
    assert len(errors) == 21
    assert errors[-1] == {"field": "", "message": "… en nog 4980 fouten. Verbeter eerst de fouten hierboven."}
    assert len(response.data) < len(body)


def test_wat_als_adds_what_would_change_the_advice_and_matches_the_schema(
    client: FlaskClient, openapi: dict[str, Any]
) -> None:
    body = (EXAMPLES / "m.json").read_text()
    plain = post(client, body)
    assert plain.json["what_would_change"] is None
    response = client.post("/api/advice?wat_als=1", data=body, content_type="application/json")
    assert response.status_code == 200
    response_schema(openapi, 200).validate(response.json)
    assert response.json == advise(json.loads(body), what_if=True).model_dump(mode="json")
    waiting = next(c for c in response.json["what_would_change"] if c["field"] == "waiting_weeks")
    assert (waiting["from_value"], waiting["to_value"]) == (9, 0)
    assert waiting["sentence"].startswith("Als de jongere niet meer op een wachtlijst voor jeugdhulp staat")
    off = client.post("/api/advice?wat_als=0", data=body, content_type="application/json")
    assert off.status_code == 200 and off.json["what_would_change"] is None
    parameter = openapi["paths"]["/api/advice"]["post"]["parameters"][0]
    assert parameter["name"] == "wat_als" and parameter["schema"]["enum"] == ["0", "1"]


@pytest.mark.parametrize("query", ["wat_als=ja", "wat_als=", "wat_als=2", "wat_als=%00"])
def test_a_wat_als_that_is_not_0_or_1_gets_400_in_dutch(client: FlaskClient, query: str) -> None:
    body = (EXAMPLES / "levi.json").read_text()
    response = client.post(f"/api/advice?{query}", data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.json["errors"][0]["message"].startswith("De parameter wat_als is 1")


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("op=2021-09-08&op=2030-01-01", "De parameter op staat er 2 keer in"),
        ("op=2021-09-08&op=2021-09-08", "De parameter op staat er 2 keer in"),
        ("wat_als=1&wat_als=1", "De parameter wat_als staat er 2 keer in"),
        ("wat_als=1&op=2021-09-08&wat_als=0&op=", "De parameter wat_als staat er 2 keer in"),
        ("datum=2021-09-08", "De parameter datum kent deze server niet"),  # meant as op: not today's advice instead
        ("Op=2021-09-08", "De parameter Op kent deze server niet"),
        ("wat-als=1", "De parameter wat-als kent deze server niet"),
        ("x" * 5000 + "=1", "De parameter " + "x" * 40 + "… kent deze server niet"),
    ],
)
def test_a_repeated_or_unknown_query_parameter_gets_400_and_no_advice(
    client: FlaskClient, query: str, words: str
) -> None:
    """Which value counts, or whether a misspelt parameter counts at all, must never be a silent choice."""
    body = (EXAMPLES / "levi.json").read_text()
    response = client.post(f"/api/advice?{query}", data=body, content_type="application/json")
    assert response.status_code == 400
    [error] = response.json["errors"]
    assert error["message"].startswith(words) and len(error["message"]) < 300


@pytest.mark.parametrize("path", ["/api/advice", "/"])
@pytest.mark.parametrize("coding", ["gzip", "deflate", "br", "identity, gzip", "GZIP"])
@pytest.mark.parametrize("compressed", [True, False])
def test_a_body_in_a_content_coding_gets_415_in_dutch(
    client: FlaskClient, path: str, coding: str, compressed: bool
) -> None:
    """Neither the API nor the form undoes a coding: a gzip body was "geen JSON", a plain one labelled gzip got an
    advice as if the label were not there."""
    body = (EXAMPLES / "levi.json").read_bytes()
    response = client.post(
        path,
        data=gzip.compress(body) if compressed else body,
        headers={"Content-Encoding": coding},
        content_type="application/json" if path.startswith("/api/") else "application/x-www-form-urlencoded",
    )
    assert response.status_code == 415
    message = response.json["errors"][0]["message"] if path.startswith("/api/") else response.get_data(as_text=True)
    assert "zonder compressie" in message


def test_a_body_labelled_identity_is_read_as_it_is(client: FlaskClient) -> None:
    body = (EXAMPLES / "levi.json").read_text()
    response = client.post("/api/advice", data=body, headers={"Content-Encoding": "identity"})
    assert response.status_code == 200


def test_a_path_that_matches_no_page_is_not_written_to_the_log(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    """Someone may type a child's name into the address bar; a refused path is logged by its route only."""
    caplog.set_level(logging.INFO)
    assert client.get("/regelboek/JANSEN-PIET").status_code == 404
    assert client.get("/JANSEN-PIET").status_code == 404
    access = [record.getMessage() for record in caplog.records if record.name == "webform.access"]
    assert len(access) == 2 and not any("JANSEN" in line for line in access), access
    assert access[1].startswith("GET (onbekend pad) 404")
