"""The words of a caseload diff: a summary for the terminal, and an offline HTML report with charts for a folder.

Both name each kind of change, how many children it touches (in total, per region, per age band) and the rules
behind it with their sources. Only the terminal shows example profiles, and only when asked (`examples`): no
file ever holds one. Every count under 5 is shown as "<5", in the report and on the terminal alike, and the
charts (the monitor's) draw none of them.
"""

from dataclasses import dataclass
from pathlib import Path

from ..core.dutch import join_nl
from ..proofs.diff import change_label, days_nl, rule_changes_nl
from .casediff import CaseloadDiff, Shift
from .monitor import (
    OVERALL,
    Tally,
    band_slices,
    bar_chart,
    group_parts,
    holder_parts,
    region_slices,
    stacked_chart,
)
from .reports import SMALL, share, shown, write_page

SIDES = ("oud", "nieuw")
# The causes of one kind of change the terminal names; the report names all.
CAUSES_SHOWN = 5


@dataclass
class Kind:
    """One kind of change as the report shows it: its label, its counts, and why (the most children first)."""

    label: str
    shift: Shift
    causes: list[tuple[str, int]]


def _state(result: CaseloadDiff, rule_id: str) -> str:
    """A rule's id, and what happened to it between the two sides."""
    for ids, what in result.rules.worded():
        if rule_id in ids:
            return f"{rule_id} ({what})"
    return rule_id


def _cause(result: CaseloadDiff, key: str, cause: tuple[str, ...]) -> str:
    """Why a child's advice changed this way, in Dutch (see casediff.Shift.causes)."""
    if key.startswith("regie:"):
        before, after = cause
        if before == after:
            return f"{_state(result, after)} beslist nu anders"
        return f"eerst besliste {_state(result, before)}, nu {_state(result, after)}"
    if key == "lead":
        before, after = cause
        if before == after:
            return f"{_state(result, after)} noemt nu iemand anders"
        return f"eerst noemde {_state(result, before)} wie de regie neemt, nu {_state(result, after)}"
    rules = join_nl([_state(result, rule_id) for rule_id in cause])
    return f"komt nu van {rules}" if "+" in key else f"kwam van {rules}"


def kinds(result: CaseloadDiff) -> list[Kind]:
    """Every kind of change, the most children first, each with its causes."""
    found = [
        Kind(
            change_label(key, result.new),
            shift,
            [(_cause(result, key, cause), n) for cause, n in shift.causes.most_common()],
        )
        for key, shift in result.effect.shifts.items()
    ]
    return sorted(found, key=lambda kind: (-kind.shift.slices[OVERALL], kind.label))


def sources(result: CaseloadDiff) -> list[str]:
    """Each rule behind a change, once, with its title and sources (document and section), in id order."""
    named: set[str] = set()
    for shift in result.effect.shifts.values():
        for cause in shift.causes:
            named.update(cause)
    lines = []
    for rule_id in sorted(named):
        rules = result.new if rule_id in result.new_rules else result.old
        loaded = result.new_rules.get(rule_id) or result.old_rules[rule_id]
        cited = "; ".join(f"{s.document} {s.section}" for s in loaded.rule.sources)
        title = rules.vocabulary.neutral(loaded.rule.title)
        lines.append(f"{_state(result, rule_id)}: {title}. Bron: {cited}.")
    return lines


def _heading(result: CaseloadDiff) -> list[str]:
    effect = result.effect
    lines = [
        f"Oude regels: versie {result.old.version}. Nieuwe regels: versie {result.new.version}. "
        + days_nl(result.day, result.new_day),
        rule_changes_nl(result.rules),
        f"Vergeleken: {shown(effect.compared)} kinderen."
        + (f" {shown(effect.bad)} regels zonder geldig profiel." if effect.bad else "")
        + (f" {shown(effect.failed)} kinderen zonder advies van de oude of de nieuwe regels." if effect.failed else ""),
    ]
    changed = effect.changed[OVERALL]
    lines.append(
        f"Het advies verandert bij {shown(changed)} kinderen ({share(changed, effect.compared)})."
        if changed
        else "Bij geen enkel kind verandert het advies."
    )
    return lines


def terminal_text(result: CaseloadDiff, examples: bool) -> str:
    """The summary for the terminal; with `examples`, the simplest profiles of each kind (never for a file)."""
    lines = _heading(result)
    regions, bands = region_slices(result.effect.before, result.new.vocabulary), band_slices(result.effect.before)
    for kind in kinds(result):
        slices = kind.shift.slices
        lines.append("")
        lines.append(f"{kind.label}: {shown(slices[OVERALL])} kinderen.")
        lines.append("  Per regio: " + ", ".join(f"{name} {shown(slices[name])}" for name in regions) + ".")
        lines.append("  Per leeftijd: " + ", ".join(f"{name} {shown(slices[name])}" for name in bands) + ".")
        lines.extend(f"  Waarom: {text} ({shown(n)} kinderen)." for text, n in kind.causes[:CAUSES_SHOWN])
        if len(kind.causes) > CAUSES_SHOWN:
            lines.append(f"  … en nog {len(kind.causes) - CAUSES_SHOWN} andere; het rapport noemt ze allemaal.")
        if examples and kind.shift.simplest:
            lines.append("  De eenvoudigste voorbeelden (alleen op het scherm, niet in het rapport):")
            # As `kinderogen advise -` takes it: only the fields that differ from their defaults.
            lines.extend(
                f"    {profile.model_dump_json(exclude_defaults=True)}" for _, _, profile in kind.shift.simplest
            )
    if result.effect.shifts:
        lines.append("")
        lines.append("De regels achter deze veranderingen:")
        lines.extend(f"  {line}" for line in sources(result))
    return "\n".join(lines) + "\n"


def _charts(result: CaseloadDiff, kinds_found: list[Kind], out: Path) -> dict[str, str]:
    """Draw the report's charts as SVG, with the monitor's drawing; returns chart name -> file name."""
    effect = result.effect
    before, after = effect.before, effect.after
    regions, bands = region_slices(before, result.new.vocabulary), band_slices(before)

    def rows(slices: list[str]) -> list[tuple[str, Tally]]:
        """Each slice twice, its tally with the old rules and with the new ones."""
        return [
            (f"{name}, {side}", monitor.slices[name])
            for name in slices
            for side, monitor in zip(SIDES, (before, after), strict=True)
        ]

    files: dict[str, str] = {}
    drawn = bar_chart(
        out,
        "veranderingen",
        "Wat verandert er? Aantal kinderen per soort verandering",
        [(kind.label, kind.shift.slices[OVERALL]) for kind in kinds_found],
        effect.compared,
        "n",
        "aantal kinderen",
    )
    if drawn:
        files["veranderingen"] = drawn
    drawn = bar_chart(
        out,
        "veranderd-regio",
        "Bij hoeveel kinderen verandert het advies? Per regio",
        [(name, effect.changed[name]) for name in regions],
        effect.compared,
        "n",
        "aantal kinderen met een ander advies",
    )
    if drawn:
        files["veranderd-regio"] = drawn
    for name, title, slices in (
        ("regie-regio", "Waar ligt de regie, oud en nieuw? Per regio", [OVERALL, *regions]),
        ("regie-leeftijd", "Waar ligt de regie, oud en nieuw? Per leeftijd", [OVERALL, *bands]),
    ):
        files[name] = stacked_chart(out, name, title, rows(slices), holder_parts(result.new), "holders")
    groups = group_parts(result.new.catalog)
    if groups:
        for name, title, slices in (
            ("groep-regio", "Gewoon waar het kan, oud en nieuw: per regio", [OVERALL, *regions]),
            ("groep-leeftijd", "Gewoon waar het kan, oud en nieuw: per leeftijd", [OVERALL, *bands]),
        ):
            files[name] = stacked_chart(out, name, title, rows(slices), groups, "groups")
    return files


def write_diff_report(result: CaseloadDiff, out: Path) -> Path:
    """Write index.html, its charts and the monitor's stylesheet to `out`; returns the page. Aggregates only."""
    out.mkdir(parents=True, exist_ok=True)
    found = kinds(result)
    charts = _charts(result, found, out)
    before = result.effect.before
    regions, bands = region_slices(before, result.new.vocabulary), band_slices(before)
    catalog = result.new.catalog
    return write_page(
        out,
        ["casediff", "monitor"],
        result=result,
        effect=result.effect,
        heading=_heading(result),
        kinds=found,
        sources=sources(result),
        regions=regions,
        bands=bands,
        rows=[OVERALL, *regions, *bands],
        sides=list(zip(SIDES, (result.effect.before, result.effect.after), strict=True)),
        charts=charts,
        holders=list(result.new.holder_labels.items()),
        groups=[g.name for g in catalog.monitor_groups],
        arrangements=list(result.new.arrangement_names.items()),
        small=SMALL,
    )
