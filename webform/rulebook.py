"""The rulebook at /regelboek: the same pages `kinderogen regelboek` writes, built once when the app starts."""

from pathlib import PurePosixPath

from flask import Blueprint, Flask, Response, abort, current_app, redirect, url_for
from werkzeug.wrappers.response import Response as BaseResponse

from kinderogen_rules.rulebook import rulebook_files
from kinderogen_rules.scenarios import default_features_dir, read_features

from .extension import current_advisor

blueprint = Blueprint("rulebook", __name__)

_KEY = "kinderogen_rulebook"
TYPES = {".html": "text/html", ".md": "text/markdown", ".css": "text/css", ".svg": "image/svg+xml"}


def install_rulebook(app: Flask) -> None:
    """Build the pages from the app's rules and the features of FEATURES_DIR (the shipped ones when None)."""
    with app.app_context():
        advisor = current_advisor()
        features = read_features(app.config.get("FEATURES_DIR") or default_features_dir())
        app.extensions[_KEY] = rulebook_files(advisor.rules, features, advisor.day)


@blueprint.get("/regelboek")
def start() -> BaseResponse:
    return redirect(url_for("rulebook.page", name="index.html"))


@blueprint.get("/regelboek/<name>")
def page(name: str) -> Response:
    """One page or file of the rulebook; only names the rulebook has."""
    files: dict[str, str] = current_app.extensions[_KEY]
    if name not in files:
        abort(404)
    kind = TYPES[PurePosixPath(name).suffix]
    return Response(files[name], mimetype=kind)
