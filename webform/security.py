"""Headers on every response, and an access log that holds no case data."""

import logging
import time

from flask import Flask, Response, g, request
from werkzeug.wrappers.response import Response as BaseResponse

from .logs import printable

access_log = logging.getLogger("webform.access")

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    )
)

HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}

# A stylesheet, script or icon as served (200) or confirmed unchanged (304) may be cached;
# everything else, redirects and errors under /static/ included, may not.
CACHEABLE_STATUSES = {200, 304}


def protect(response: BaseResponse, path: str) -> None:
    """The security headers (where a view set none of its own), and `Cache-Control: no-store` on all but a static
    file. One pass over the headers: werkzeug's `setdefault` scans them once per name and raises an exception
    inside, which was about a fifth of Flask's own work around an API call."""
    present = {name.lower() for name, _ in response.headers}
    response.headers.extend([header for header in HEADERS.items() if header[0].lower() not in present])
    if not (path.startswith("/static/") and response.status_code in CACHEABLE_STATUSES):
        # An advice page holds a case: no browser or proxy may keep it.
        response.headers["Cache-Control"] = "no-store"


# How the log names a path that matched no page.
UNKNOWN_PATH = "(onbekend pad)"


def log_request(method: str, path: str, status: int, milliseconds: float) -> None:
    """Method, path without query string, status and time: nothing a person typed in."""
    access_log.info("%s %s %d %.1f ms", printable(method), printable(path), status, milliseconds)


def _start() -> None:
    g.started = time.perf_counter()


def _logged_path(status: int) -> str:
    """The path of a page that was served; for a refusal, only the route it matched. A path that does not exist may
    be anything a person typed into the address bar, such as a name."""
    if status < 400:
        return request.path
    return request.url_rule.rule if request.url_rule is not None else UNKNOWN_PATH


def _finish(response: Response) -> Response:
    protect(response, request.path)
    status = response.status_code
    log_request(request.method, _logged_path(status), status, (time.perf_counter() - g.started) * 1000)
    return response


def register(app: Flask) -> None:
    """Time each request, then add the headers and write one log line. Call this before any other
    before_request hook is installed, so the clock also runs for requests such a hook refuses."""
    app.before_request(_start)
    app.after_request(_finish)
