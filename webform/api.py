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


def what_if_asked() -> bool | None:
    """Whether `?wat_als=1` asks what would change the advice; None when the parameter is not 0 or 1."""
    values = request.args.getlist(WHAT_IF)
    if not values:
        return False
    if len(values) > 1:
        return None
    return WHAT_IF_VALUES.get(values[0])


@blueprint.post("/api/advice")
def advice() -> Response:
    """200 with the Advice (under the rules in force on `?op=`, default today); 400 when the body is not JSON or
    `wat_als` is not 0 or 1; 422 when the profile or the date is not valid."""
    what_if = what_if_asked()
    if what_if is None:
        return error_response(
            f"De parameter {WHAT_IF} is 1 (ook noemen wat het advies zou veranderen) of 0 (niet), één keer.", 400
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
    text = request.args.get("op")
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
    rules = current_advisor().rules
    return Response(openapi_document(rules.version, rules.profile_model), mimetype="application/json")
