"""Bodies come as they are: one in a content coding (`Content-Encoding: gzip`) is refused with 415.

Neither the API nor the form undoes a content coding. Read as it is, a gzip body is "geen JSON", and a plain
body labelled gzip would be answered as if the label were not there. The server refuses transfer codings other
than chunked the same way (501, webform.connection).
"""

from flask import Flask, abort, request

# No coding at all, by name.
IDENTITY = {"", "identity"}


def _refuse_coded_body() -> None:
    codings = [
        coding.strip().lower() for value in request.headers.getlist("Content-Encoding") for coding in value.split(",")
    ]
    if set(codings) - IDENTITY:
        abort(415)


def register(app: Flask) -> None:
    """Install the check before the CSRF check, so a coded form is told why, not that its token is missing."""
    app.before_request(_refuse_coded_body)
