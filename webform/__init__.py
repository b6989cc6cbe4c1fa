"""The web form and JSON API for professionals, as a Flask app factory.

    from webform import create_app
    app = create_app()                      # shipped rules, SECRET_KEY from the environment
    app = create_app({"RULES_DIR": "..."})  # another rules directory, e.g. in a test

Operators set it with environment variables KINDEROGEN_<NAME> (see `environment`).

The app holds no case data between requests: answers travel in the form, the
advice is computed and shown, and nothing of it is stored or logged.
"""

import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Config, Flask
from flask_wtf.csrf import CSRFProtect

from kinderogen_rules import MAX_PROFILE_BYTES

from . import api, codings, errors, extension, pages, redirects, rulebook, security
from .sessions import SignedCookieSessions

MAX_BODY_BYTES = MAX_PROFILE_BYTES

csrf = CSRFProtect()


def environment() -> Config:
    """The operator's settings: each environment variable KINDEROGEN_<NAME> as <NAME>, through Flask's
    from_prefixed_env: SECRET_KEY, RULES_DIR, FEATURES_DIR, HTTPS, and the server's HOST, PORT, WORKERS
    and CONNECTIONS.

    Read into a Config of their own, from which the app takes only these: a stray variable such as
    KINDEROGEN_TESTING=1 must not switch a Flask setting (that one would turn off the error pages).
    Values stay text, as the environment holds them, not JSON: a secret key of digits stays a key.
    """
    settings = Config(Path(__file__).parent)
    settings.from_prefixed_env("KINDEROGEN", loads=str)
    return settings


def _defaults() -> dict[str, Any]:
    settings = environment()
    return {
        "SECRET_KEY": settings.get("SECRET_KEY") or secrets.token_hex(32),
        "MAX_CONTENT_LENGTH": MAX_BODY_BYTES,
        "MAX_FORM_MEMORY_SIZE": MAX_BODY_BYTES,
        "RULES_DIR": settings.get("RULES_DIR") or None,
        "FEATURES_DIR": settings.get("FEATURES_DIR") or None,
        # Referrer-Policy no-referrer means browsers send no Referer; the SameSite cookie guards instead.
        "WTF_CSRF_SSL_STRICT": False,
        "WTF_CSRF_TIME_LIMIT": 8 * 3600,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Strict",
        "SESSION_COOKIE_SECURE": settings.get("HTTPS") == "1",
    }


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: the form, the API, security headers, Dutch error pages and a privacy-safe log."""
    app = Flask(__name__)
    app.session_interface = SignedCookieSessions()
    app.config.update(_defaults())
    if config:
        app.config.update(config)
    app.debug = False
    extension.install_advisor(app)
    # Order matters: the clock, the relative redirect and the coding check run before the CSRF check can refuse a
    # request.
    security.register(app)
    redirects.register(app)
    codings.register(app)
    csrf.init_app(app)
    csrf.exempt(api.blueprint)
    app.register_blueprint(pages.blueprint)
    app.register_blueprint(api.blueprint)
    app.register_blueprint(rulebook.blueprint)
    errors.register(app)
    return app
