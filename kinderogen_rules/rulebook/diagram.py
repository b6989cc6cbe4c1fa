"""The regie decision as a picture (SVG), drawn from the rules: a ladder from the highest priority down.

Each band is one priority; each row in it is a regie rule with the holder it
names. A professional reads it top down: the first band with a rule that fits
the child decides. Nothing here is drawn by hand; change a rule and the picture
follows.
"""

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from ..core.ruleset import CatalogFile, LoadedRule

WIDTH = 980
LEFT, LEFT_WIDTH = 110, 560
RIGHT, RIGHT_WIDTH = 720, 240
LINE = 19
PAD = 10
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"


@dataclass(frozen=True)
class Step:
    """One regie rule in the ladder."""

    priority: int
    rule_id: str
    title: str
    holder: str


def regie_steps(rules: list[LoadedRule], words: Callable[[str], str] = str) -> list[Step]:
    """The regie rules, highest priority first, in file order within a priority; `words` fills a title's words
    that fit the child (the rulebook: their general form)."""
    steps = [
        Step(r.rule.then.regie.priority, r.rule.id, words(r.rule.title), r.rule.then.regie.holder)
        for r in rules
        if r.rule.then.regie is not None
    ]
    return sorted(steps, key=lambda step: -step.priority)


def _text(x: float, y: float, lines: list[str], size: int = 15, colour: str = "#1b1b1b", weight: str = "400") -> str:
    spans = "".join(
        f'<tspan x="{x}" dy="{0 if n == 0 else LINE}">{escape(line)}</tspan>' for n, line in enumerate(lines)
    )
    return (
        f'<text x="{x}" y="{y}" font-family="{FONT}" font-size="{size}" font-weight="{weight}" fill="{colour}">'
        f"{spans}</text>"
    )


def _detail(x: float, y: float, lines: list[str]) -> str:
    spans = "".join(f'<tspan x="{x}" dy="{0 if n == 0 else 16}">{escape(line)}</tspan>' for n, line in enumerate(lines))
    return f'<text x="{x}" y="{y}" font-family="{FONT}" font-size="12.5" fill="#ffffff">{spans}</text>'


def _arrow(x1: float, y1: float, x2: float, y2: float) -> str:
    return f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#535353" stroke-width="2" marker-end="url(#pijl)"/>'


def regie_svg(rules: list[LoadedRule], catalog: CatalogFile, words: Callable[[str], str] = str) -> str:
    """The ladder as a standalone SVG document."""
    steps = regie_steps(rules, words)
    parts: list[str] = []
    y = 20
    parts.append(f'<rect x="{LEFT}" y="{y}" width="{LEFT_WIDTH}" height="46" rx="23" fill="#f3f3f3" stroke="#535353"/>')
    parts.append(_text(LEFT + 20, y + 28, ["Welke regieregels passen bij het kind? Begin bovenaan."], weight="700"))
    y += 46
    priorities = sorted({s.priority for s in steps}, reverse=True)
    for number, priority in enumerate(priorities):
        band = [s for s in steps if s.priority == priority]
        parts.append(_arrow(LEFT + LEFT_WIDTH / 2, y, LEFT + LEFT_WIDTH / 2, y + 30))
        if number > 0:
            parts.append(_text(LEFT + LEFT_WIDTH / 2 + 8, y + 20, ["past geen"], size=13, colour="#535353"))
        y += 34
        rows = []
        for step in band:
            lines = textwrap.wrap(f"{step.rule_id}: {step.title}", 62)
            detail = textwrap.wrap(words(catalog.holders[step.holder].name), 34)
            height = max(len(lines) * LINE, LINE + len(detail) * 16) + 2 * PAD
            rows.append((step, lines, detail, height))
        band_height = sum(height + 8 for *_, height in rows) + 8
        parts.append(
            f'<rect x="10" y="{y}" width="{WIDTH - 20}" height="{band_height}" rx="6" fill="#fafafa" stroke="#c8c8c8"/>'
        )
        parts.append(_text(20, y + 26, ["Voorrang", str(priority)], size=14, colour="#535353", weight="700"))
        row_y = y + 8
        for step, lines, detail, height in rows:
            parts.append(
                f'<rect x="{LEFT}" y="{row_y}" width="{LEFT_WIDTH}" height="{height}" rx="4" fill="#ffffff" '
                'stroke="#535353"/>'
            )
            parts.append(_text(LEFT + 12, row_y + PAD + 14, lines))
            parts.append(
                f'<rect x="{RIGHT}" y="{row_y}" width="{RIGHT_WIDTH}" height="{height}" rx="4" '
                f'fill="{catalog.holders[step.holder].colour}"/>'
            )
            short = f"Regie bij {words(catalog.holders[step.holder].label)}"
            parts.append(_text(RIGHT + 12, row_y + PAD + 14, [short], size=15, colour="#ffffff", weight="700"))
            parts.append(_detail(RIGHT + 12, row_y + PAD + 14 + LINE, detail))
            middle = row_y + height / 2
            parts.append(_arrow(LEFT + LEFT_WIDTH, middle, RIGHT - 4, middle))
            parts.append(_text(LEFT + LEFT_WIDTH + 10, middle - 6, ["past"], size=13, colour="#535353"))
            row_y += height + 8
        y += band_height
    y += 20
    footer = [
        "De eerste band met een passende regel beslist. Regels met dezelfde voorrang sluiten elkaar uit",
        "(kinderogen check-rules bewijst dat). De regio noemt daarna wie de regie concreet neemt.",
    ]
    parts.append(_text(LEFT, y, footer, size=13, colour="#535353"))
    height = y + 2 * LINE + 10
    title = "Hoe de regie wordt bepaald"
    description = "; ".join(f"voorrang {s.priority}: {s.rule_id} {s.title} → {s.holder}" for s in steps)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'role="img" aria-labelledby="titel beschrijving">'
        f'<title id="titel">{escape(title)}</title><desc id="beschrijving">{escape(description)}</desc>'
        '<defs><marker id="pijl" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#535353"/></marker></defs>'
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>' + "".join(parts) + "</svg>\n"
    )
