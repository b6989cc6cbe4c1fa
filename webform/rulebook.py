"""The rulebook at /regelboek: the same pages `kinderogen regelboek` writes, built once per app and day."""

import threading
from pathlib import PurePosixPath

from flask import Blueprint, Response, abort, current_app, url_for

from kinderogen_rules import default_features_dir, read_features, rulebook_files

from .extension import current_advisor
from .redirects import redirect_to

blueprint = Blueprint("rulebook", __name__)

_KEY = "kinderogen_rulebook"
TYPES = {".html": "text/html", ".md": "text/markdown", ".css": "text/css", ".svg": "image/svg+xml"}


_lock = threading.Lock()


def _files() -> dict[str, str]:
    """The pages, built on the first visit of a day (not at start-up: most visitors only want the form); a rule
    page shows the version in force that day, so a server that runs past midnight builds them again."""
    advisor = current_advisor()
    day = advisor.day
    with _lock:
        built = current_app.extensions.get(_KEY)
        if built is None or built[0] != day:
            features = read_features(current_app.config.get("FEATURES_DIR") or default_features_dir())
            built = current_app.extensions[_KEY] = (day, rulebook_files(advisor.rules, features, day))
        files: dict[str, str] = built[1]
        return files


@blueprint.get("/regelboek")
def start() -> Response:
    return redirect_to(url_for("rulebook.page", name="index.html"))


@blueprint.get("/regelboek/<name>")
def page(name: str) -> Response:
    """One page or file of the rulebook; only names the rulebook has."""
    files = _files()
    if name not in files:
        abort(404)
    kind = TYPES[PurePosixPath(name).suffix]
    return Response(files[name], mimetype=kind)
