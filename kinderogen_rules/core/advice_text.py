"""An Advice as readable Dutch text, for the terminal and for the file: the layers a professional reads at the table
(in short, who coordinates, what to arrange and when, who is at the table, when it gets stuck), and only then why,
with the rules and their sources."""

import textwrap

from .advice import Advice
from .dates import date_nl
from .dutch import first_upper
from .ruleset import RuleSet

WIDTH = 88
NOTHING_CHANGES = (
    "Geen ander antwoord op één vraag verandert de regie, wat u kunt regelen, de doorzettingsmacht of de meldingen."
)


def _wrap(text: str, indent: str = "   ", first: str | None = None) -> str:
    # A rule id such as REGIE-GEMEENTE-01 stays on one line.
    return textwrap.fill(text, WIDTH, initial_indent=first or indent, subsequent_indent=indent, break_on_hyphens=False)


def advice_text(advice: Advice, rules: RuleSet) -> str:
    """The advice as plain text, in the order of the advice page."""
    on = f", geldig op {date_nl(advice.date)}" if advice.date else ""
    lines = ["ADVIES", ""]
    if advice.summary:
        lines.append("In het kort")
        lines.extend(_wrap(sentence, "   ", " - ") for sentence in advice.summary)
        lines.append("")
    lines.append(f"Regie: {advice.regie_name or rules.holder_names[advice.regie.holder]}")
    lines.append(_wrap(f"Wie: {advice.regie.lead}"))
    lines.append(_wrap(f"Waarom: {advice.regie.explanation}"))
    lines.append("")
    if advice.signals:
        lines.append("Let op")
        lines.extend(_wrap(signal.message, "   ", " ! ") for signal in advice.signals)
        lines.append("")
    arrangements = {a.code: a for a in advice.arrangements}
    lines.append("Wat te regelen")
    number = 0
    for group in advice.plan:
        lines.append(f" {group.title}")
        for code in group.arrangements:
            number += 1
            arrangement = arrangements[code]
            urgent = " (dringend)" if arrangement.urgent else ""
            lines.append(_wrap(f"{number}. {arrangement.title}{urgent}", "      ", "   "))
            if arrangement.explanation:
                lines.append(_wrap(arrangement.explanation, "      "))
    lines.append("")
    lines.append("Aan tafel")
    for seat in advice.at_table:
        lines.append(_wrap(f"{first_upper(seat.name)}: {seat.reason}", "     ", " - "))
    if advice.informed:
        lines.append(" Op de hoogte houden, niet aan tafel:")
        for note in advice.informed:
            name = first_upper(note.name or rules.partner_names[note.partner])
            lines.append(_wrap(f"{name}: {note.explanation}" if note.explanation else name, "     ", " - "))
    lines.append("")
    if advice.escalation_route:
        lines.append("Als het vastloopt")
        for number, step in enumerate(advice.escalation_route, 1):
            who = ", ".join(rules.partner_names[p] for p in step.to)
            lines.append(_wrap(f"{number}. {step.title}: {who}.", "      ", "   "))
            lines.append(_wrap(step.explanation, "      "))
        lines.append("")
    if advice.what_would_change is not None:
        lines.append("Wat zou het advies veranderen?")
        if not advice.what_would_change:
            lines.append(_wrap(NOTHING_CHANGES))
        for number, change in enumerate(advice.what_would_change, 1):
            lines.append(_wrap(change.sentence, "      ", f"   {number}. "))
        lines.append("")
    lines.append("Waarom dit advies (regels en bronnen)")
    for rule in advice.fired_rules:
        lines.append(_wrap(f"{rule.id}: {rule.title}", "     ", " - "))
        if rule.because:
            lines.append(_wrap(rule.because, "     "))
        lines.append(
            _wrap("Bron: " + "; ".join(s.cited_as or f"{s.document} {s.section}" for s in rule.sources), "     ")
        )
    if advice.what_would_change:
        lines.append(" Bij Wat zou het advies veranderen?:")
        items: dict[str, list[str]] = {}
        for number, change in enumerate(advice.what_would_change, 1):
            if change.source:
                items.setdefault(change.source, []).append(str(number))
        lines.extend(_wrap(f"{', '.join(numbers)}: {source}", "     ", " - ") for source, numbers in items.items())
    lines.append("")
    lines.append(f"Regels {advice.rules_version}{on}.")
    return "\n".join(lines) + "\n"
