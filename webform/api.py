"""The JSON API of the contract: advice for a case profile, a health check, and its OpenAPI document."""

import datetime as dt

from flask import Blueprint, Response, request
from pydantic import BaseModel, ValidationError

from kinderogen_rules import Advisor, DateError, NotJsonError, error_list, parse_day, parse_json

from .extension import current_advisor
from .openapi import openapi_document
from .schemas import ErrorResponse, FieldError, Health

blueprint = Blueprint("api", __name__)

EXAMPLE = '{"age": 8, "setting": "po"}'
# The query parameter that asks for `what_would_change` as well, and the values it takes.
WHAT_IF = "wat_als"
WHAT_IF_VALUES = {"1": True, "0": False}
# The query parameter with the day whose rules advise.
ON = "op"
# How much of an unknown parameter's name a message repeats.
NAME_SHOWN = 40


def json_response(body: BaseModel, status: int = 200) -> Response:
    """A pydantic model as a JSON response."""
    return Response(body.model_dump_json(), status=status, mimetype="application/json")


def error_response(message: str, status: int, field: str = "") -> Response:
    """One error in the API's error shape."""
    return json_response(ErrorResponse(errors=[FieldError(field=field, message=message)]), status)


def not_json_message(exc: NotJsonError) -> str:
    """Where the JSON goes wrong and why, in Dutch."""
    return (
        f"De inhoud is geen geldige JSON. Het gaat mis bij {exc.where}: {exc.why}. "
        f"Stuur een casusprofiel als JSON-object, bijvoorbeeld {EXAMPLE}."
    )


def query_problem() -> str | None:
    """Why the query string cannot be used, in Dutch; None when it can. Each parameter may come once and must be
    one of ours: which of two values counts, or whether a misspelt name counts at all (`?datum=` for `?op=` would
    give today's advice), is never chosen in silence."""
    for name in request.args:
        if name not in (WHAT_IF, ON):
            shown = name if len(name) <= NAME_SHOWN else name[:NAME_SHOWN] + "…"
            return f"De parameter {shown} kent deze server niet. Gebruik alleen {ON} of {WHAT_IF}."
        count = len(request.args.getlist(name))
        if count > 1:
            return f"De parameter {name} staat er {count} keer in. Geef hem één keer."
    return None


def what_if_asked() -> bool | None:
    """Whether `?wat_als=1` asks what would change the advice; None when the parameter is not 0 or 1."""
    value = request.args.get(WHAT_IF)
    return False if value is None else WHAT_IF_VALUES.get(value)


@blueprint.post("/api/advice")
def advice() -> Response:
    """200 with the Advice (under the rules in force on `?op=`, default today); 400 when the body is not JSON or
    a query parameter is unknown or repeated, or `wat_als` is not 0 or 1; 422 when the profile or the date is not
    valid."""
    problem = query_problem()
    if problem:
        return error_response(problem, 400)
    what_if = what_if_asked()
    if what_if is None:
        return error_response(
            f"De parameter {WHAT_IF} is 1 (ook noemen wat het advies zou veranderen) of 0 (niet).", 400
        )
    body = request.get_data(cache=False)
    try:
        data = parse_json(body)
    except NotJsonError as exc:
        return error_response(not_json_message(exc), 400)
    advisor = current_advisor()
    try:
        day = requested_day(advisor)
    except DateError as exc:
        return error_response(str(exc), 422, "op")
    try:
        profile = advisor.rules.profile_model.model_validate(data)
    except ValidationError as exc:
        errors = [FieldError(**error) for error in error_list(exc)]
        return json_response(ErrorResponse(errors=errors), 422)
    return json_response(advisor.advise(profile, day, what_if=what_if))


def requested_day(advisor: Advisor) -> dt.date | None:
    """The day of `?op=JJJJ-MM-DD`, checked against the rules' start; None (today) without it."""
    text = request.args.get(ON)
    if text is None:
        return None
    day = parse_day(text, "De datum bij ?op=")
    advisor.rules.period(day)
    return day


@blueprint.get("/healthz")
def health() -> Response:
    """200 while the app can advise, with the version of its rules."""
    return json_response(Health(status="ok", rules_version=current_advisor().rules.version))


@blueprint.get("/api/openapi.json")
def openapi() -> Response:
    """The OpenAPI document, generated from the same pydantic models the API validates with."""
    return Response(openapi_document(current_advisor().rules), mimetype="application/json")
