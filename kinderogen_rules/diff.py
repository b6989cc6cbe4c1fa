"""`kinderogen diff OLD NEW`: what a rule change does to the advices, before it is agreed.

Both rule sets advise on the same fixed set of profiles, generated from both:
the regie walk of check-rules (every boundary value of every regie rule, in
every combination), the same walk over the region rules (which test other
fields: the region, the setting), plus for each rule the walk over the fields
it tests, the other fields at their defaults. So every boundary value any rule
tests is visited, and every profile where the regie decision can change.
Rules are evaluated in Python (the same conditions the engine compiles; a test
keeps the two in step), and the combining step is the advisor's own, so what is
compared are real advices.
An advice is compared on its codes: regie holder and lead, arrangements,
partners, who is kept informed, doorzettingsmacht and signals.
"""

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from types import SimpleNamespace

from .advisor import Advisor
from .check import DEFAULTS, describe_profile, walk
from .codes import SIGNAL_LABELS, Holder
from .conditions import Evaluator, evaluator
from .decision import Decision, decide
from .explain import join_nl, number_nl
from .profile import CaseProfile
from .ruleset import LoadedRule, RuleSet, load_rules

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Outcome:
    """What a professional would act on: the codes of an advice."""

    holder: Holder
    lead: str
    arrangements: frozenset[str]
    partners: frozenset[str]
    informed: frozenset[str]
    escalation: frozenset[str]
    signals: frozenset[str]

    @classmethod
    def of(cls, decision: Decision) -> "Outcome":
        return cls(
            holder=decision.holder,
            lead=decision.lead,
            arrangements=frozenset(decision.arrangement_rules),
            partners=frozenset(decision.partners),
            informed=frozenset(decision.informed_rules),
            escalation=frozenset(decision.escalation_to),
            signals=decision.signal_codes,
        )


@dataclass
class Change:
    """One kind of change, how many profiles it touches, and the simplest few of them."""

    label: str
    count: int = 0
    simplest: list[tuple[int, int, SimpleNamespace]] = field(default_factory=list)

    @property
    def examples(self) -> list[str]:
        """The example profiles as JSON a user can paste into `kinderogen advise`."""
        return [describe_profile(profile) for _, _, profile in sorted(self.simplest, key=lambda item: item[:2])]


@dataclass
class DiffReport:
    """The effect of going from the old rules to the new ones."""

    old_version: str
    new_version: str
    day: dt.date
    profiles: int = 0
    changed: int = 0
    rules_added: list[str] = field(default_factory=list)
    rules_removed: list[str] = field(default_factory=list)
    rules_changed: list[str] = field(default_factory=list)
    changes: dict[str, Change] = field(default_factory=dict)


def _rule_changes(old: RuleSet, new: RuleSet, report: DiffReport) -> None:
    before = {r.rule.id: r.rule.model_dump(mode="json") for r in old.rules}
    after = {r.rule.id: r.rule.model_dump(mode="json") for r in new.rules}
    report.rules_added = sorted(set(after) - set(before))
    report.rules_removed = sorted(set(before) - set(after))
    report.rules_changed = sorted(i for i in set(before) & set(after) if before[i] != after[i])


class _Side:
    """One rule set's advices over the walk, computed once per distinct set of fired rules."""

    def __init__(self, advisor: Advisor, index: dict[str, int]) -> None:
        self.advisor = advisor
        self.rules = advisor.rules_in_force
        self.slots = [index[_key(r)] for r in self.rules]
        self.cache: dict[tuple[int, ...], Outcome] = {}

    def outcome(self, profile: SimpleNamespace, truth: Sequence[bool]) -> Outcome:
        signature = tuple(n for n, slot in enumerate(self.slots) if truth[slot])
        if signature not in self.cache:
            self.cache[signature] = Outcome.of(decide([self.rules[n] for n in signature]))
        return self.cache[signature]


def diff_profiles(rules: Sequence[LoadedRule]) -> list[SimpleNamespace]:
    """The fixed profile set of a comparison (see the module docstring), each profile once."""
    claims = [r for r in rules if r.rule.then.regie is not None]
    leads = [r for r in rules if r.rule.then.leads]
    seen: set[tuple[object, ...]] = set()
    profiles: list[SimpleNamespace] = []
    identity = attrgetter(*CaseProfile.model_fields)
    for group in (claims, leads, *([rule] for rule in rules)):
        for profile in walk(group):
            key = identity(profile)
            if key not in seen:
                seen.add(key)
                profiles.append(profile)
    return profiles


def _key(rule: LoadedRule) -> str:
    return json.dumps(rule.rule.when.model_dump(mode="json", exclude_none=True), sort_keys=True)


def _complexity(profile: SimpleNamespace) -> int:
    """How much there is to read in a profile: fields away from their defaults, and set members."""
    score = 0
    for name, default in DEFAULTS.items():
        value = getattr(profile, name)
        if value != default:
            score += 1 + (len(value) if isinstance(value, frozenset) else 0)
    return score


def _count(report: DiffReport, key: str, label: str, profile: SimpleNamespace, examples: int) -> None:
    change = report.changes.setdefault(key, Change(label))
    change.count += 1
    entry = (_complexity(profile), change.count, profile)
    if len(change.simplest) < examples:
        change.simplest.append(entry)
    else:
        worst = max(range(len(change.simplest)), key=lambda n: change.simplest[n][:2])
        if entry[:2] < change.simplest[worst][:2]:
            change.simplest[worst] = entry


def _compare(
    report: DiffReport, old: Outcome, new: Outcome, words: RuleSet, profile: SimpleNamespace, examples: int
) -> None:
    catalog = words.catalog
    if old.holder != new.holder:
        label = f"De regie gaat van {catalog.holders[old.holder]} naar {catalog.holders[new.holder]}"
        _count(report, f"regie:{old.holder}:{new.holder}", label, profile, examples)
    elif old.lead != new.lead:
        _count(report, "lead", "Dezelfde regiehouder, maar iemand anders neemt de regie", profile, examples)
    names = _names(words)
    for kind, before, after in (
        ("arrangements", old.arrangements, new.arrangements),
        ("partners", old.partners, new.partners),
        ("informed", old.informed, new.informed),
        ("escalation", old.escalation, new.escalation),
        ("signals", old.signals, new.signals),
    ):
        for code in sorted(after - before):
            _count(report, f"{kind}+{code}", f"Erbij: {names[kind](code)}", profile, examples)
        for code in sorted(before - after):
            _count(report, f"{kind}-{code}", f"Eraf: {names[kind](code)}", profile, examples)


def _names(words: RuleSet) -> dict[str, Callable[[str], str]]:
    """How the report names a code of each kind of conclusion."""
    titles: dict[str, str] = {a.code: a.title for a in words.catalog.arrangements}
    partners: dict[str, str] = {code: name for code, name in words.catalog.partners.items()}
    return {
        "arrangements": lambda code: f"arrangement '{titles[code]}'",
        "partners": lambda code: f"aan tafel: {partners[code]}",
        "informed": lambda code: f"op de hoogte houden: {partners[code]}",
        "escalation": lambda code: f"doorzettingsmacht bij {partners[code]}",
        "signals": lambda code: f"melding '{SIGNAL_LABELS[code]}'",
    }


def diff_rules(
    old_dir: Path | str,
    new_dir: Path | str,
    on: dt.date | None = None,
    examples: int = 3,
    progress: Progress | None = None,
) -> DiffReport:
    """Advise with both rule sets on every boundary profile of either, and count what changes."""
    day = on or dt.date.today()
    old_rules, new_rules = load_rules(old_dir), load_rules(new_dir)
    old, new = Advisor(old_rules, on=day), Advisor(new_rules, on=day)
    report = DiffReport(old_rules.version, new_rules.version, day)
    _rule_changes(old_rules, new_rules, report)
    conditions: dict[str, int] = {}
    tests: list[Evaluator] = []
    for rule in (*old.rules_in_force, *new.rules_in_force):
        if _key(rule) not in conditions:
            conditions[_key(rule)] = len(tests)
            tests.append(evaluator(rule.rule.when))
    sides = _Side(old, conditions), _Side(new, conditions)
    profiles = diff_profiles([*old.rules_in_force, *new.rules_in_force])
    report.profiles = len(profiles)
    # Rules alike in both sets fire alike; only where a changed rule fires can the advice differ.
    touched = {*report.rules_added, *report.rules_removed, *report.rules_changed}
    watch = sorted({conditions[_key(r)] for r in (*old.rules_in_force, *new.rules_in_force) if r.rule.id in touched})
    for number, profile in enumerate(profiles, 1):
        if any(tests[slot](profile) is not None for slot in watch):
            truth = [test(profile) is not None for test in tests]
            before, after = sides[0].outcome(profile, truth), sides[1].outcome(profile, truth)
            if before != after:
                report.changed += 1
                _compare(report, before, after, new_rules, profile, examples)
        if progress is not None and (number % 5000 == 0 or number == len(profiles)):
            progress(number, len(profiles))
    return report


def render_diff(report: DiffReport) -> str:
    """The report in Dutch, for the terminal or a file."""
    lines = [
        f"Oude regels: versie {report.old_version}. Nieuwe regels: versie {report.new_version}. "
        f"Geldig op {report.day.isoformat()}.",
    ]
    changed_rules = [
        (report.rules_added, "nieuw"),
        (report.rules_removed, "vervallen"),
        (report.rules_changed, "gewijzigd"),
    ]
    named = [f"{join_nl(ids)} ({what})" for ids, what in changed_rules if ids]
    lines.append("Regels: " + ("; ".join(named) if named else "geen regel is anders."))
    share = f"{report.changed / report.profiles * 100 if report.profiles else 0.0:.1f}".replace(".", ",")
    lines.append(
        f"Bekeken: {number_nl(report.profiles)} profielen (elke grenswaarde die een van beide regelsets toetst). "
        f"Het advies verandert bij {number_nl(report.changed)} profielen ({share}%)."
    )
    if not report.changes:
        lines.append("Geen enkel advies verandert.")
    for change in sorted(report.changes.values(), key=lambda c: (-c.count, c.label)):
        lines.append("")
        lines.append(f"{change.label}: {number_nl(change.count)} profielen. Bijvoorbeeld:")
        lines.extend(f"  {example}" for example in change.examples)
    return "\n".join(lines) + "\n"
