"""The rule set an app advises with, and the form that asks its questions: made once when the app is built,
shared by every request."""

from dataclasses import dataclass

from flask import Flask, current_app

from kinderogen_rules import Advisor, advisor_for

from .forms import CaseForm, form_class
from .questions import Questions

_KEY = "kinderogen_advisor"


@dataclass(frozen=True)
class Installed:
    """What an app advises with: the advisor of its rules, their questions and the form that asks them."""

    advisor: Advisor
    questions: Questions
    form: type[CaseForm]


def install_advisor(app: Flask) -> None:
    """Compile the rules of RULES_DIR (the shipped rules when None) for this app, with the questions of their
    vocabulary."""
    advisor = advisor_for(app.config["RULES_DIR"])
    questions = Questions.of(advisor.rules.vocabulary)
    app.extensions[_KEY] = Installed(advisor, questions, form_class(questions))


def _installed() -> Installed:
    installed: Installed = current_app.extensions[_KEY]
    return installed


def current_advisor() -> Advisor:
    """The advisor of the app handling this request."""
    return _installed().advisor


def current_questions() -> Questions:
    """The questions of the app handling this request."""
    return _installed().questions


def new_form(posted: bool = True) -> CaseForm:
    """A form of the app handling this request: with the posted answers, or (not `posted`) empty."""
    return _installed().form(posted)
