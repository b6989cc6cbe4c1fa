"""An Advice as readable Dutch text, for the terminal and for the file."""

import textwrap

from .advice import Advice
from .dates import date_nl
from .ruleset import CatalogFile

WIDTH = 88
NOTHING_CHANGES = (
    "Geen ander antwoord op één vraag verandert de regie, wat u kunt regelen, de doorzettingsmacht of de meldingen."
)


def _wrap(text: str, indent: str = "   ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def advice_text(advice: Advice, catalog: CatalogFile) -> str:
    """The advice as plain text: regie first, then what to arrange, who to invite, what to watch, and why."""
    on = f", geldig op {date_nl(advice.date)}" if advice.date else ""
    lines = [f"ADVIES  (regels {advice.rules_version}{on})", ""]
    lines.append(f"Regie: {catalog.holders[advice.regie.holder].name}")
    lines.append(_wrap(f"Wie: {advice.regie.lead}"))
    lines.append(_wrap(f"Waarom: {advice.regie.explanation}"))
    lines.append("")
    if advice.signals:
        lines.append("Let op:")
        lines.extend(_wrap(f"! {signal.message}") for signal in advice.signals)
        lines.append("")
    if advice.escalation is not None:
        names = ", ".join(catalog.partner_names[p] for p in advice.escalation.to)
        lines.append(f"Doorzettingsmacht: {names}")
        lines.append(_wrap(advice.escalation.explanation))
        lines.append("")
    lines.append("Wat te regelen (het lichtste en dichtst bij huis eerst):")
    for number, arrangement in enumerate(advice.arrangements, 1):
        lines.append(f"{number:>2}. {arrangement.title}")
        lines.append(_wrap(f"Waarom: {arrangement.explanation}", "    "))
    lines.append("")
    lines.append("Aan tafel:")
    lines.extend(f" - {catalog.partners[p]}" for p in advice.partners)
    lines.append("")
    if advice.informed:
        lines.append("Op de hoogte houden (niet aan tafel):")
        for note in advice.informed:
            lines.append(f" - {catalog.partner_names[note.partner]}")
            lines.append(_wrap(f"Waarom: {note.explanation}", "   "))
        lines.append("")
    lines.append("Waarom dit advies (regels en bronnen):")
    for rule in advice.fired_rules:
        lines.append(f" {rule.id}: {rule.title}")
        lines.append("   bron: " + "; ".join(f"{s.document} {s.section}" for s in rule.sources))
    if advice.what_would_change is not None:
        lines.append("")
        lines.append("Wat zou het advies veranderen?")
        if not advice.what_would_change:
            lines.append(_wrap(NOTHING_CHANGES))
        for change in advice.what_would_change:
            # A rule id such as REGIE-GEMEENTE-01 stays on one line.
            lines.append(
                textwrap.fill(
                    change.sentence, WIDTH, initial_indent=" - ", subsequent_indent="   ", break_on_hyphens=False
                )
            )
    return "\n".join(lines) + "\n"
