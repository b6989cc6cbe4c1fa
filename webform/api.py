"""The JSON API of the contract: advice for a CaseProfile, a health check, and its OpenAPI document."""

import re
from typing import Any

from flask import Blueprint, Response, request
from pydantic import BaseModel, ValidationError
from pydantic_core import from_json

from kinderogen_rules import CaseProfile
from kinderogen_rules.validation import error_list

from .extension import current_advisor
from .openapi import openapi_document
from .schemas import ErrorResponse, FieldError, Health

blueprint = Blueprint("api", __name__)

EXAMPLE = '{"age": 8, "setting": "po"}'


def json_response(body: BaseModel, status: int = 200) -> Response:
    """A pydantic model as a JSON response."""
    return Response(body.model_dump_json(), status=status, mimetype="application/json")


def error_response(message: str, status: int, field: str = "") -> Response:
    """One error in the API's error shape."""
    return json_response(ErrorResponse(errors=[FieldError(field=field, message=message)]), status)


WHERE = re.compile(r"line (\d+) column (\d+)")


def _parse(body: bytes) -> Any:
    """The JSON document of a request body; strict JSON only (no NaN or Infinity)."""
    return from_json(body, allow_inf_nan=False)


def not_json_message(exc: ValueError) -> str:
    """Where the JSON goes wrong, in Dutch."""
    where = WHERE.search(str(exc))
    at = f" Het gaat mis bij regel {where[1]}, teken {where[2]}." if where else ""
    return f"De inhoud is geen geldige JSON.{at} Stuur een casusprofiel als JSON-object, bijvoorbeeld {EXAMPLE}."


@blueprint.post("/api/advice")
def advice() -> Response:
    """200 with the Advice; 400 when the body is not JSON; 422 when the profile is not valid."""
    body = request.get_data(cache=False)
    try:
        data = _parse(body)
    except ValueError as exc:
        return error_response(not_json_message(exc), 400)
    try:
        profile = CaseProfile.model_validate(data)
    except ValidationError as exc:
        errors = [FieldError(**error) for error in error_list(exc)]
        return json_response(ErrorResponse(errors=errors), 422)
    return json_response(current_advisor().advise(profile))


@blueprint.get("/healthz")
def health() -> Response:
    """200 while the app can advise, with the version of its rules."""
    return json_response(Health(status="ok", rules_version=current_advisor().rules.version))


@blueprint.get("/api/openapi.json")
def openapi() -> Response:
    """The OpenAPI document, generated from the same pydantic models the API validates with."""
    return Response(openapi_document(current_advisor().rules.version), mimetype="application/json")
