"""What every caseload report shares: counts under 5 hidden, and one Jinja setup that writes the report's page.

A report holds aggregates only; a count under SMALL is shown as "<5" (and not drawn), so no child can be picked
out. `write_page` renders a report's index.html from its templates (the monitor's too, for what both reports show
alike) and writes the monitor's stylesheet beside it.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

from ..core.dutch import number_nl

SMALL = 5


def shown(value: int) -> str:
    """A count as the report shows it: '<5' below the threshold."""
    return "<5" if 0 < value < SMALL else number_nl(value)


def share(value: int, total: int) -> str:
    """A share in percent, or '<5' when the count behind it is that small."""
    if 0 < value < SMALL:
        return "<5"
    return f"{100 * value / total:.1f}%".replace(".", ",") if total else "-"


def write_page(out: Path, templates: Sequence[str], **context: Any) -> Path:
    """Render index.html from the first of `templates` (folders under caseloads/templates) that has it, with the
    report's filters; write it and monitor.css to `out`; returns the page."""
    env = Environment(
        loader=ChoiceLoader([PackageLoader("kinderogen_rules.caseloads", f"templates/{name}") for name in templates]),
        autoescape=select_autoescape(),
    )
    env.filters["shown"] = shown
    env.globals["share"] = share
    page = env.get_template("index.html").render(**context)
    (out / "index.html").write_text(page, encoding="utf-8")
    (out / "monitor.css").write_text(env.get_template("monitor.css").render(), encoding="utf-8")
    return out / "index.html"
