"""The rule set an app advises with: compiled once when the app is built, shared by every request."""

from flask import Flask, current_app

from kinderogen_rules import Advisor, advisor_for

_KEY = "kinderogen_advisor"


def install_advisor(app: Flask) -> None:
    """Compile the rules of RULES_DIR (the shipped rules when None) for this app."""
    app.extensions[_KEY] = advisor_for(app.config["RULES_DIR"])


def current_advisor() -> Advisor:
    """The advisor of the app handling this request."""
    advisor: Advisor = current_app.extensions[_KEY]
    return advisor
