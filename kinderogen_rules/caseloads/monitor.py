"""`kinderogen monitor`: a caseload's advices as an offline report with charts, aggregates only.

Where regie lands, which arrangements are advised, how many children can stay in
regular school or childcare, the most common escalations and signals, each split
by region and age band (PACT Kinderogen point 2, Coalitie advice 5). Counts are
streamed, so memory stays flat. No single profile appears in the report, and any
count under 5 is shown as "<5" (and not drawn), so no child can be picked out.
"""

import textwrap
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.advice_codes import AdviceCodes
from ..core.dutch import number_nl
from ..core.errors import MonitorError
from ..core.profile import Profile
from ..core.ruleset import CatalogFile, RuleSet
from ..core.vocabulary import AGE_FIELD, REGION_FIELD, Vocabulary
from .reports import SMALL, shown, write_page

AGE_BANDS = (
    ("0 tot 4 jaar", 0, 3),
    ("4 tot 12 jaar", 4, 11),
    ("12 tot 18 jaar", 12, 17),
    ("18 tot en met 23 jaar", 18, 23),
)
GROUP_COLOURS = ("#7fb2e5", "#e59a3c", "#a0262e")
OVERALL = "Alle kinderen"
# One thing an advice adds to a tally: the name of the Tally's counter and the key it counts.
Count = tuple[str, str]


@dataclass
class Tally:
    """Counts for one slice of the caseload (everyone, a region or an age band)."""

    advices: int = 0
    holders: Counter[str] = field(default_factory=Counter)
    arrangements: Counter[str] = field(default_factory=Counter)
    groups: Counter[str] = field(default_factory=Counter)
    escalations: Counter[str] = field(default_factory=Counter)
    signals: Counter[str] = field(default_factory=Counter)

    def add(self, counts: Iterable[Count], times: int = 1) -> None:
        """Count an advice, given by its `advice_counts`, `times` times."""
        self.advices += times
        for counter, key in counts:
            getattr(self, counter)[key] += times

    def merge(self, other: "Tally") -> None:
        """Add another tally's counts to these (of the same slice, counted elsewhere: a worker process)."""
        self.advices += other.advices
        for name in ("holders", "arrangements", "groups", "escalations", "signals"):
            getattr(self, name).update(getattr(other, name))


@dataclass
class Monitor:
    """All tallies, by slice name, plus how many lines could not be advised."""

    slices: dict[str, Tally] = field(default_factory=dict)
    errors: int = 0
    versions: Counter[str] = field(default_factory=Counter)

    def tally(self, name: str) -> Tally:
        found = self.slices.get(name)
        if found is None:
            found = self.slices[name] = Tally()
        return found

    def add(self, advice: AdviceCodes, slices: Sequence[str], catalog: CatalogFile) -> None:
        """Count an advice in each of the slices it belongs to (see `slices_of`)."""
        counts = advice_counts(advice, catalog)
        self.versions[advice.rules_version] += 1
        for name in slices:
            self.tally(name).add(counts)

    def merge(self, other: "Monitor") -> None:
        """Add the counts of another monitor (part of the same caseload, counted elsewhere)."""
        for name, tally in other.slices.items():
            self.tally(name).merge(tally)
        self.errors += other.errors
        self.versions.update(other.versions)


def age_band(age: int) -> str:
    """The band of an age, in words."""
    return next(name for name, low, high in AGE_BANDS if low <= age <= high)


def advice_counts(advice: AdviceCodes, catalog: CatalogFile) -> tuple[Count, ...]:
    """What an advice adds to a tally, as (counter, key): its holder, arrangements, monitor group, signals and
    the partners that hold doorzettingsmacht."""
    counts: list[Count] = [("holders", advice.holder), ("groups", advice_group(advice.arrangements, catalog))]
    counts.extend(("arrangements", code) for code in advice.arrangements)
    counts.extend(("signals", code) for code in advice.signals)
    if advice.escalation_to:
        counts.append(("escalations", " en ".join(catalog.partner_names[p] for p in advice.escalation_to)))
    return tuple(counts)


def slices_of(case: Profile | None, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The slices a child counts in: everyone, and (when its case is known) its region and its age band."""
    if case is None:
        return (OVERALL,)
    region = vocabulary.value_label(REGION_FIELD, getattr(case, REGION_FIELD))
    return OVERALL, region, age_band(getattr(case, AGE_FIELD))


def advice_group(arrangements: Sequence[str], catalog: CatalogFile) -> str:
    """The heaviest monitor group the advice's arrangements put it in (the first group when none)."""
    chosen = catalog.monitor_groups[0].name if catalog.monitor_groups else ""
    for group in catalog.monitor_groups:
        if set(group.arrangements) & set(arrangements):
            chosen = group.name
    return chosen


def _pairs(
    advices: Iterable[AdviceCodes | None], cases: Iterator[tuple[str, Profile | str]] | None
) -> Iterator[tuple[AdviceCodes | None, Profile | None]]:
    """Each advice with the case it was made for (records align: batch skips the same blank case lines)."""
    for advice in advices:
        case = None
        if cases is not None:
            found = next(cases, None)
            if found is None:
                raise MonitorError("het casusbestand heeft minder regels dan het adviesbestand; horen ze bij elkaar?")
            where, profile = found
            if advice is not None:
                if isinstance(profile, str):
                    raise MonitorError(
                        f"casus op {where} is geen geldig profiel maar kreeg een advies; horen de bestanden bij elkaar?"
                    )
                case = profile
        yield advice, case
    if cases is not None and next(cases, None) is not None:
        raise MonitorError("het casusbestand heeft meer regels dan het adviesbestand; horen ze bij elkaar?")


def count(
    advices: Iterable[AdviceCodes | None], cases: Iterator[tuple[str, Profile | str]] | None, rules: RuleSet
) -> Monitor:
    """Count the advices (None for a line without advice), split by the cases when given; only aggregates
    are kept, and both streams are read once (see `reading` for reading them from JSONL or Parquet)."""
    monitor = Monitor()
    for advice, case in _pairs(advices, cases):
        if advice is None:
            monitor.errors += 1
            continue
        monitor.add(advice, slices_of(case, rules.vocabulary), rules.catalog)
    if not monitor.slices:
        raise MonitorError("het adviesbestand bevat geen enkel advies.")
    return monitor


def _drawable(value: int) -> int:
    return value if value >= SMALL else 0


def _pyplot() -> Any:
    """matplotlib's pyplot, drawing to files (no screen), in the report's style."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.fonttype": "none",
            "font.size": 13,
            "axes.titlesize": 15,
            "font.family": "sans-serif",
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    return plt


# A part of a stacked bar: the key counted, its label in the legend, its colour.
Part = tuple[str, str, str]


def stacked_chart(
    out: Path, name: str, title: str, rows: Sequence[tuple[str, Tally]], parts: Sequence[Part], counter: str
) -> str:
    """100% bars, one per (label, tally) row, of the tallies' `counter` split into parts; a part counted fewer
    than SMALL times is not drawn. Writes `name`.svg in `out` and returns that file name."""
    plt = _pyplot()
    from matplotlib.patches import Rectangle

    fig, ax = plt.subplots(figsize=(11, 0.6 * len(rows) + 2.2), layout="constrained")
    for index, (_, tally) in enumerate(rows):
        counts: Counter[str] = getattr(tally, counter)
        left = 0.0
        for key, _label, colour in parts:
            value = _drawable(counts[key])
            width = 100 * value / tally.advices if tally.advices else 0
            ax.barh(index, width, left=left, color=colour, edgecolor="white")
            if width >= 7:
                ax.text(
                    left + width / 2,
                    index,
                    f"{width:.0f}%",
                    ha="center",
                    va="center",
                    color="white",
                    fontsize=12,
                    fontweight="bold",
                )
            left += width
    ax.set_yticks(range(len(rows)), [f"{label} ({shown(tally.advices)})" for label, tally in rows])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("aandeel van de adviezen (%)")
    ax.set_title(title, loc="left", fontweight="bold")
    wide = max(len(p[1]) for p in parts) > 28
    fig.legend(
        handles=[Rectangle((0, 0), 1, 1, color=c) for _, _, c in parts],
        labels=[p[1] for p in parts],
        loc="outside lower center",
        ncol=1 if wide else len(parts),
        frameon=False,
    )
    fig.savefig(out / f"{name}.svg")
    plt.close(fig)
    return f"{name}.svg"


def bar_chart(
    out: Path, name: str, title: str, items: Iterable[tuple[str, int]], total: int, unit: str, xlabel: str = ""
) -> str | None:
    """Bars of the 15 largest counts (as a share of `total` when unit is "%"), every count under SMALL left out.
    Writes `name`.svg in `out` and returns that file name, or None when nothing is left to draw."""
    drawn = sorted(((label, value) for label, value in items if value >= SMALL), key=lambda item: -item[1])[:15]
    if not drawn:
        return None
    plt = _pyplot()
    names = ["\n".join(textwrap.wrap(label, 42)) for label, _ in drawn]
    lines = sum(n.count("\n") + 1 for n in names)
    fig, ax = plt.subplots(figsize=(11, 0.32 * lines + 0.25 * len(drawn) + 1.4), layout="constrained")
    values = [100 * v / total if unit == "%" else v for _, v in drawn]
    ax.barh(range(len(drawn)), values, color="#154273")
    ax.set_yticks(range(len(drawn)), names, fontsize=12)
    ax.invert_yaxis()
    ax.set_xlim(0, max(values) * 1.15)
    for index, value in enumerate(values):
        text = f" {value:.0f}%" if unit == "%" else " " + number_nl(value)
        ax.text(value, index, text, va="center", fontsize=12)
    ax.set_xlabel(xlabel or ("aandeel van de adviezen (%)" if unit == "%" else "aantal adviezen"))
    ax.set_title(title, loc="left", fontweight="bold")
    fig.savefig(out / f"{name}.svg")
    plt.close(fig)
    return f"{name}.svg"


def holder_parts(rules: RuleSet) -> list[Part]:
    """The regie holders as parts of a stacked bar."""
    labels = rules.holder_labels
    return [(code, f"regie bij {labels[code]}", holder.colour) for code, holder in rules.catalog.holders.items()]


def group_parts(catalog: CatalogFile) -> list[Part]:
    """The catalogue's monitor groups as parts of a stacked bar."""
    return [(g.name, g.name, GROUP_COLOURS[n % len(GROUP_COLOURS)]) for n, g in enumerate(catalog.monitor_groups)]


def region_slices(monitor: Monitor, vocabulary: Vocabulary) -> list[str]:
    """The regions counted, in the order of the code list."""
    return [r for r in vocabulary.value_labels(REGION_FIELD).values() if r in monitor.slices]


def band_slices(monitor: Monitor) -> list[str]:
    """The age bands counted, youngest first."""
    return [name for name, _, _ in AGE_BANDS if name in monitor.slices]


def _charts(monitor: Monitor, rules: RuleSet, out: Path) -> dict[str, str]:
    """Draw every chart as SVG; returns chart name -> file name."""
    catalog = rules.catalog
    by_region = [(r, monitor.slices[r]) for r in [OVERALL, *region_slices(monitor, rules.vocabulary)]]
    by_band = [(b, monitor.slices[b]) for b in [OVERALL, *band_slices(monitor)]]
    holders, groups = holder_parts(rules), group_parts(catalog)
    files = {
        "regie-regio": stacked_chart(
            out, "regie-regio", "Waar ligt de regie? Per regio", by_region, holders, "holders"
        ),
        "regie-leeftijd": stacked_chart(
            out, "regie-leeftijd", "Waar ligt de regie? Per leeftijd", by_band, holders, "holders"
        ),
    }
    if groups:
        files["groep-regio"] = stacked_chart(
            out, "groep-regio", "Gewoon waar het kan: per regio", by_region, groups, "groups"
        )
        files["groep-leeftijd"] = stacked_chart(
            out, "groep-leeftijd", "Gewoon waar het kan: per leeftijd", by_band, groups, "groups"
        )
    overall = monitor.slices[OVERALL]
    titles = rules.arrangement_names
    for name, title, counts, labels, unit in (
        ("arrangementen", "Welke arrangementen worden geadviseerd?", overall.arrangements, titles, "%"),
        ("doorzettingsmacht", "Doorzettingsmacht: bij wie?", overall.escalations, {}, "n"),
        ("meldingen", "Meldingen die niet gemist mogen worden", overall.signals, catalog.signal_labels, "n"),
    ):
        drawn = bar_chart(out, name, title, [(labels.get(k, k), v) for k, v in counts.items()], overall.advices, unit)
        if drawn is not None:
            files[name] = drawn
    return files


def write_monitor_report(monitor: Monitor, rules: RuleSet, out: Path) -> Path:
    """Write index.html, the charts and a stylesheet to `out`; returns the page."""
    out.mkdir(parents=True, exist_ok=True)
    catalog = rules.catalog
    charts = _charts(monitor, rules, out)
    regions, bands = region_slices(monitor, rules.vocabulary), band_slices(monitor)
    return write_page(
        out,
        ["monitor"],
        monitor=monitor,
        overall=monitor.slices[OVERALL],
        rows=[OVERALL, *regions, *bands],
        charts=charts,
        holders=list(rules.holder_labels.items()),
        groups=[g.name for g in catalog.monitor_groups],
        arrangements=list(rules.arrangement_names.items()),
        signals=catalog.signal_labels,
        small=SMALL,
    )
