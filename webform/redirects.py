"""Redirects that stay on this site, whatever Host header a request carries.

werkzeug's own redirects (such as `/regelboek//index.html` to `/regelboek/index.html`)
are absolute URLs built from the Host header, so a forged Host would send the browser
elsewhere, with an English page. Here every redirect is relative, with a Dutch page.
"""

from urllib.parse import urlsplit, urlunsplit

from flask import Flask, Response, render_template, request
from werkzeug.routing import RequestRedirect


def redirect_to(location: str, status: int = 302) -> Response:
    """A redirect to a path on this site, with a Dutch page for a client that does not follow it."""
    response = Response(render_template("redirect.html", location=location), status=status, mimetype="text/html")
    response.headers["Location"] = location
    return response


def _relative_routing_redirect() -> Response | None:
    """Answer werkzeug's routing redirect (merged slashes) with the same path and query, relatively."""
    redirect = request.routing_exception
    if not isinstance(redirect, RequestRedirect):
        return None
    target = urlsplit(redirect.new_url)
    return redirect_to(urlunsplit(("", "", target.path, target.query, "")), redirect.code)


def register(app: Flask) -> None:
    """Install the hook before the CSRF check, so a form posted to `//` is redirected, not refused."""
    app.before_request(_relative_routing_redirect)
