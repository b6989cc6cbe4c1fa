"""Every error of the web form and its Dutch answer: a page for people, JSON for the API, never a traceback or case
data. The library's own errors are in `kinderogen_rules` (see its __init__)."""

import logging
import traceback
from pathlib import Path

from flask import Flask, Response, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from .api import error_response
from .extension import new_form
from .logs import printable
from .pages import render_form
from .security import protect

log = logging.getLogger("webform.errors")

MESSAGES = {
    400: "Deze aanvraag kan niet worden verwerkt. Probeer het opnieuw vanaf het formulier.",
    404: "Deze pagina bestaat niet. Begin opnieuw bij het formulier.",
    405: "Deze pagina kan niet op deze manier worden opgevraagd.",
    408: "De aanvraag kwam te langzaam binnen. Probeer het opnieuw.",
    413: "De aanvraag is te groot. Een casusprofiel past ruim in 64 kB; stuur alleen het profiel.",
    414: "Het adres van de pagina is te lang. Begin opnieuw bij het formulier.",
    415: "De aanvraag is ingepakt, bijvoorbeeld met gzip. Stuur haar zonder compressie.",
    417: "De aanvraag vraagt iets wat deze server niet kan. Probeer het opnieuw zonder de kopregel Expect.",
    431: "De aanvraag heeft te veel of te lange kopregels. Probeer het opnieuw vanaf het formulier.",
    501: "De aanvraag is verstuurd op een manier die deze server niet kent. Stuur haar zonder compressie.",
    500: "Er ging iets mis bij het maken van het advies. Er is niets van de casus bewaard. Probeer het later opnieuw.",
}
CSRF_NOTICE = (
    "Het formulier was verlopen, of het kwam niet van deze website. Uw antwoorden staan er nog. "
    "Controleer ze en klik opnieuw op 'Advies geven'."
)


def _answer(status: int) -> Response:
    message = MESSAGES.get(status, MESSAGES[400])
    if request.path.startswith("/api/"):
        return error_response(message, status)
    return Response(render_template("error.html", status=status, message=message), status=status)


def _http_error(exc: HTTPException) -> Response:
    response = _answer(exc.code or 500)
    if isinstance(exc, MethodNotAllowed) and exc.valid_methods:
        response.headers["Allow"] = ", ".join(exc.valid_methods)
    return response


def _csrf_error(exc: CSRFError) -> Response:
    """A form POST without a valid token gets no advice; the form comes back, filled, with a fresh token."""
    log.info("Formulier geweigerd: geen geldig CSRF-token (%s %s)", request.method, printable(request.path))
    if request.path in {"/", "/wijzigen"}:
        return Response(render_form(new_form(), notice=CSRF_NOTICE), status=400)
    return _answer(400)


def where(exc: BaseException) -> str:
    """The last frames of an exception's traceback, innermost first: where, never what (no message, no values)."""
    frames = traceback.extract_tb(exc.__traceback__)[-6:]
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))


def _internal_error(exc: Exception) -> Response:
    """Log where it went wrong, never what the case was: no exception message, no values."""
    path = printable(request.path)
    log.error("Interne fout bij %s %s: %s in %s", request.method, path, type(exc).__name__, where(exc))
    return _answer(500)


def refusal(app: Flask, status: int, api: bool) -> Response:
    """The answer to a request the server refused before the app saw it (unreadable, too large, too
    slow): the app's own Dutch page, or the API's error shape, with the same headers as any answer."""
    path = "/api/" if api else "/"
    with app.test_request_context(path):
        response = _answer(status)
    protect(response, path)
    return response


def register(app: Flask) -> None:
    """Install the handlers; the CSRF one is more specific than the general HTTP one and wins."""
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _internal_error)
