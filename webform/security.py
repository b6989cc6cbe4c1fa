"""Headers on every response, and an access log that holds no case data."""

import logging
import time

from flask import Flask, Response, g, request

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


def _start() -> None:
    g.started = time.perf_counter()


def _finish(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if not request.path.startswith("/static/"):
        # An advice page holds a case: no browser or proxy may keep it.
        response.headers["Cache-Control"] = "no-store"
    elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
    # Method, path without query string, status and time: nothing a person typed in.
    access_log.info("%s %s %d %.1f ms", request.method, request.path, response.status_code, elapsed)
    return response


def register(app: Flask) -> None:
    """Time each request, then add the headers and write one log line."""
    app.before_request(_start)
    app.after_request(_finish)
