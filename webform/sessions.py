"""Flask's signed session cookie, with its signer made once per key instead of on every request.

Flask builds a new signer for each request, even one that carries no cookie and
never touches the session (every API call): that was about a tenth of the time
a request spends outside the advice. A signer only holds the key and its
settings, so one per key serves every request.
"""

from typing import Any

from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer

# Keys remembered; more than this (a test that changes the key over and over) starts the memory afresh.
SIGNERS_KEPT = 8


class SignedCookieSessions(SecureCookieSessionInterface):
    """Flask's own session interface; only `get_signing_serializer` remembers what it built."""

    def __init__(self) -> None:
        self._signers: dict[tuple[Any, ...], URLSafeTimedSerializer | None] = {}

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        key = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        if key in self._signers:
            return self._signers[key]
        if len(self._signers) >= SIGNERS_KEPT:
            self._signers.clear()
        signer = self._signers[key] = super().get_signing_serializer(app)
        return signer
