"""Log lines a request cannot forge: whatever a client sends, one record stays one line.

A path such as `/%0d%0aSet-Cookie:x=1` decodes to a line break; written as it is,
it would add a line of the client's choosing to the log. Everything taken from a
request goes through `printable` before it is logged, and the server's own log
configuration (`LOGGING`) escapes every message once more, whoever wrote it.
"""

import logging
from typing import Any

# The longest piece of a request that is logged: a path, never a body or query string.
MAX_LOGGED = 200


def escape_controls(text: str) -> str:
    """Control characters and line separators as visible escapes (`\\r`, `\\x1b`, `\\u2028`)."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else char.encode("unicode_escape").decode("ascii") for char in text)


def printable(text: str) -> str:
    """A piece of a request made safe for one log line: escaped and cut to MAX_LOGGED characters."""
    escaped = escape_controls(text)
    return escaped if len(escaped) <= MAX_LOGGED else escaped[:MAX_LOGGED] + "..."


class OneLineFormatter(logging.Formatter):
    """Escapes control characters in each message; a traceback, added after it, keeps its own lines."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        record.message = escape_controls(record.message)
        return super().formatMessage(record)


FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# One handler for the app's loggers and gunicorn's; gunicorn's access log stays off
# (ours, webform.access, logs the path without query string), its error log from WARNING.
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"()": OneLineFormatter, "format": FORMAT}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "line", "stream": "ext://sys.stderr"}},
    "root": {"level": "INFO", "handlers": ["stderr"]},
    "loggers": {
        "gunicorn.error": {"level": "WARNING", "handlers": [], "propagate": True},
        "gunicorn.access": {"level": "CRITICAL", "handlers": [], "propagate": False},
    },
}
