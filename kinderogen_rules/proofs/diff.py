"""`kinderogen diff OLD NEW`: what a rule change does to the advices, before it is agreed.

Both rule sets advise on the same fixed set of profiles, generated from both:
the regie walk of check-rules (every boundary value of every regie rule, in
every combination), the same walk over the region rules (which test other
fields: the region, the setting), plus for each rule the walk over the fields
it tests, the other fields at their defaults. So every boundary value any rule
tests is visited, and every profile where the regie decision can change. The
regie walk goes in blocks (`boundaries.BoundaryWalk`): profiles for which every
rule answers alike are compared once, and the simplest of them are the examples.
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
from typing import NamedTuple

from ..core.advice_codes import CodeOrder
from ..core.conditions import Evaluator, PartialEvaluator, evaluator, partial_evaluator
from ..core.dates import day_of, today
from ..core.decision import Decision, decide
from ..core.dutch import join_nl, number_nl
from ..core.errors import RuleLoadError
from ..core.ruleset import LoadedRule, RuleSet, load_rules
from ..core.vocabulary import Vocabulary
from .boundaries import Block, BoundaryWalk, complexity, describe_profile, keep_simplest, walk
from .change import CHANGE_KEY, DecisionChange
from .check import compile_rules

# How the walk reports its progress: profiles done, and in all.
WalkProgress = Callable[[int, int], None]
# Profiles between two calls of `progress`.
PROGRESS_STEP = 5000


@dataclass
class Change:
    """One kind of change, how many profiles it touches, and the simplest few of them."""

    label: str
    # The vocabulary of the profiles (the new rules'), to write them out.
    vocabulary: Vocabulary
    count: int = 0
    simplest: list[tuple[int, int, SimpleNamespace]] = field(default_factory=list)

    @property
    def examples(self) -> list[str]:
        """The example profiles as JSON a user can paste into `kinderogen advise`."""
        ranked = sorted(self.simplest, key=lambda item: item[:2])
        return [describe_profile(profile, self.vocabulary) for _, _, profile in ranked]


@dataclass
class DiffReport:
    """The effect of going from the old rules to the new ones (the old in force on `day`, the new on `new_day`)."""

    old_version: str
    new_version: str
    day: dt.date
    new_day: dt.date
    profiles: int = 0
    changed: int = 0
    rules_added: list[str] = field(default_factory=list)
    rules_removed: list[str] = field(default_factory=list)
    rules_changed: list[str] = field(default_factory=list)
    changes: dict[str, Change] = field(default_factory=dict)


class RuleChanges(NamedTuple):
    """Rule ids by how they differ between two sets of rules in force."""

    added: list[str]
    removed: list[str]
    changed: list[str]

    def worded(self) -> tuple[tuple[list[str], str], ...]:
        """Each list of ids with the Dutch word for what happened to them."""
        return (self.added, "nieuw"), (self.removed, "vervallen"), (self.changed, "gewijzigd")


def comparable(old: RuleSet, new: RuleSet) -> Vocabulary:
    """The vocabulary two rule sets are compared in: the new rules' profile, which must hold every field the old
    rules test (a field only added is fine: the old rules do not look at it). A RuleLoadError otherwise."""
    missing = sorted({name for r in old.rules for name in r.rule.when.fields()} - set(new.vocabulary.names))
    if missing:
        raise RuleLoadError(
            [
                f"de oude regels toetsen {', '.join(missing)}, maar het profiel van de nieuwe regels kent "
                "dat veld niet meer; zo zijn de twee niet op dezelfde profielen te vergelijken"
            ]
        )
    return new.vocabulary


def rule_changes(old: Sequence[LoadedRule], new: Sequence[LoadedRule]) -> RuleChanges:
    """Which rules are new, gone or changed, going from the old rules in force to the new ones (one rule set on
    two days compares as two: a rule that ends between them is gone)."""
    before = {r.rule.id: r.rule.model_dump(mode="json") for r in old}
    after = {r.rule.id: r.rule.model_dump(mode="json") for r in new}
    return RuleChanges(
        added=sorted(set(after) - set(before)),
        removed=sorted(set(before) - set(after)),
        changed=sorted(i for i in set(before) & set(after) if before[i] != after[i]),
    )


class _Side:
    """One rule set's decisions over the walk, made once per distinct set of fired rules."""

    def __init__(self, rules: Sequence[LoadedRule], index: dict[str, int]) -> None:
        self.rules = rules
        self.slots = [index[condition_key(r)] for r in self.rules]
        self.cache: dict[tuple[int, ...], Decision] = {}

    def decision(self, fired: int) -> Decision:
        """The decision where the conditions with a bit in `fired` hold."""
        signature = tuple(n for n, slot in enumerate(self.slots) if fired >> slot & 1)
        if signature not in self.cache:
            self.cache[signature] = decide([self.rules[n] for n in signature])
        return self.cache[signature]


def _other_profiles(rules: Sequence[LoadedRule], regie: BoundaryWalk, vocabulary: Vocabulary) -> list[SimpleNamespace]:
    """The profiles of the comparison beyond the regie walk (see the module docstring), each once, in order: the
    walk over the region rules, then each rule's own walk."""
    leads = [r for r in rules if r.rule.then.leads]
    seen: set[tuple[object, ...]] = set()
    profiles: list[SimpleNamespace] = []
    identity = attrgetter(*vocabulary.names)
    for group in (leads, *([rule] for rule in rules)):
        for profile in walk(group, vocabulary):
            key = identity(profile)
            if key not in seen and profile not in regie:
                seen.add(key)
                profiles.append(profile)
    return profiles


def condition_key(rule: LoadedRule) -> str:
    """A rule's condition as text: rules with the same key fire on exactly the same profiles."""
    return json.dumps(rule.rule.when.model_dump(mode="json", exclude_none=True), sort_keys=True)


class _Tally:
    """Counts the changed profiles per kind of change into a report, and keeps the simplest few of each."""

    def __init__(self, report: DiffReport, words: RuleSet, examples: int) -> None:
        self.report = report
        self.words = words
        self.examples = examples

    def _change(self, key: str) -> Change:
        change = self.report.changes.get(key)
        if change is None:
            change = self.report.changes[key] = Change(change_label(key, self.words), self.words.vocabulary)
        return change

    def add(self, keys: Sequence[str], block: Block) -> None:
        """Count every profile of a block (they change alike) under each of its kinds of change. The block's
        simplest profiles are looked for only where they could be among a kind's simplest so far."""
        self.report.changed += block.count
        simplest: list[tuple[int, int, SimpleNamespace]] | None = None
        for key in keys:
            change = self._change(key)
            kept = change.simplest
            if len(kept) < self.examples or (kept and block.least_complexity < kept[-1][0]):
                simplest = block.simplest(self.examples) if simplest is None else simplest
                for cost, place, profile in simplest:
                    keep_simplest(kept, (cost, change.count + place + 1, profile), self.examples)
            change.count += block.count

    def add_one(self, keys: Sequence[str], profile: SimpleNamespace) -> None:
        """Count one profile under each of its kinds of change."""
        self.report.changed += 1
        for key in keys:
            change = self._change(key)
            change.count += 1
            keep_simplest(
                change.simplest, (complexity(profile, self.words.vocabulary), change.count, profile), self.examples
            )


CODE_NAMES = {
    "arrangements": "arrangement '{}'",
    "partners": "aan tafel: {}",
    "informed": "op de hoogte houden: {}",
    "escalation": "doorzettingsmacht bij {}",
    "signals": "melding '{}'",
}


def change_label(key: str, words: RuleSet) -> str:
    """A change key in Dutch, with the names of the catalogue of `words`."""
    catalog = words.catalog
    if key.startswith("regie:"):
        _, old, new = key.split(":")
        return f"De regie gaat van {words.holder_names[old]} naar {words.holder_names[new]}"
    if key == "lead":
        return "Dezelfde regiehouder, maar iemand anders neemt de regie"
    found = CHANGE_KEY.fullmatch(key)
    if found is None:
        raise ValueError(f"geen soort verandering: {key}")
    kind, code = found["kind"], found["code"]
    words_of: dict[str, str] = (
        words.arrangement_names
        if kind == "arrangements"
        else catalog.signal_labels
        if kind == "signals"
        else words.partner_names
    )
    name = CODE_NAMES[kind].format(words_of.get(code, code))
    return f"{'Erbij' if found['sign'] == '+' else 'Eraf'}: {name}"


def diff_rules(
    old_dir: Path | str,
    new_dir: Path | str,
    on: dt.date | None = None,
    examples: int = 3,
    progress: WalkProgress | None = None,
    against: dt.date | None = None,
) -> DiffReport:
    """Advise with both rule sets on every boundary profile of either, and count what changes.

    The old rules are those in force on `on` (default today), the new ones those in force on `against` (default
    the same day): one rules directory given twice, on two days, shows what the rules' own dates change."""
    day = day_of(on) or today()
    new_day = day_of(against, "De dag (against)") or day
    old_rules, new_rules = load_rules(old_dir), load_rules(new_dir)
    vocabulary = comparable(old_rules, new_rules)
    old, new = old_rules.in_force(day), new_rules.in_force(new_day)
    # Both sides are judged with the Python evaluator: rules the engine cannot compile could not advise at all.
    compile_rules(old, old_rules.vocabulary)
    compile_rules(new, new_rules.vocabulary)
    report = DiffReport(old_rules.version, new_rules.version, day, new_day)
    report.rules_added, report.rules_removed, report.rules_changed = rule_changes(old, new)
    both = (*old, *new)
    conditions: dict[str, int] = {}
    tests: list[Evaluator] = []
    partial: list[PartialEvaluator] = []
    for rule in both:
        if condition_key(rule) not in conditions:
            conditions[condition_key(rule)] = len(tests)
            tests.append(evaluator(rule.rule.when))
            partial.append(partial_evaluator(rule.rule.when))
    sides = _Side(old, conditions), _Side(new, conditions)
    order = CodeOrder(new_rules.catalog)
    regie = BoundaryWalk([r for r in both if r.rule.then.regie is not None], vocabulary)
    others = _other_profiles(both, regie, vocabulary)
    report.profiles = regie.size + len(others)
    # Rules alike in both sets fire alike; only where a changed rule fires can the advice differ.
    touched = {*report.rules_added, *report.rules_removed, *report.rules_changed}
    watched = 0
    for rule in both:
        if rule.rule.id in touched:
            watched |= 1 << conditions[condition_key(rule)]

    compared: dict[int, list[str]] = {}

    def compare(fired: int) -> list[str]:
        """The kinds of change where the conditions with a bit in `fired` hold (none if no touched rule fires)."""
        if not fired & watched:
            return []
        keys = compared.get(fired)
        if keys is None:
            keys = compared[fired] = DecisionChange.between(
                sides[0].decision(fired), sides[1].decision(fired), order
            ).kinds()
        return keys

    done = 0

    def advance(profiles: int) -> None:
        nonlocal done
        reported, done = done // PROGRESS_STEP, done + profiles
        if progress is not None and (done // PROGRESS_STEP > reported or done == report.profiles):
            progress(done, report.profiles)

    tally = _Tally(report, new_rules, examples)
    for block in regie.blocks(partial, needed=watched):
        keys = compare(block.fired)
        if keys:
            tally.add(keys, block)
        advance(block.count)
    for profile in others:
        keys = compare(sum(1 << slot for slot, test in enumerate(tests) if test(profile) is not None))
        if keys:
            tally.add_one(keys, profile)
        advance(1)
    return report


def days_nl(day: dt.date, new_day: dt.date) -> str:
    """The day (or days) the two rule sets are taken on, in a Dutch sentence."""
    if day == new_day:
        return f"Geldig op {day.isoformat()}."
    return f"De oude regels zoals ze gelden op {day.isoformat()}, de nieuwe zoals ze gelden op {new_day.isoformat()}."


def rule_changes_nl(changes: RuleChanges) -> str:
    """Which rules are new, gone or changed, in one Dutch sentence."""
    named = [f"{join_nl(ids)} ({what})" for ids, what in changes.worded() if ids]
    return "Regels: " + ("; ".join(named) + "." if named else "geen regel is anders.")


def render_diff(report: DiffReport) -> str:
    """The report in Dutch, for the terminal or a file."""
    lines = [
        f"Oude regels: versie {report.old_version}. Nieuwe regels: versie {report.new_version}. "
        + days_nl(report.day, report.new_day),
    ]
    lines.append(rule_changes_nl(RuleChanges(report.rules_added, report.rules_removed, report.rules_changed)))
    share = f"{report.changed / report.profiles * 100 if report.profiles else 0.0:.1f}".replace(".", ",")
    lines.append(
        f"Bekeken: {number_nl(report.profiles)} profielen (elke grenswaarde die een van beide regelsets toetst). "
        f"Het advies verandert bij {number_nl(report.changed)} profielen ({share}%)."
    )
    if not report.changes:
        lines.append("Geen enkel advies verandert.")
    for change in sorted(report.changes.values(), key=lambda c: (-c.count, c.label)):
        lines.append("")
        lines.append(
            f"{change.label}: {number_nl(change.count)} profielen." + (" Bijvoorbeeld:" if change.simplest else "")
        )
        lines.extend(f"  {example}" for example in change.examples)
    return "\n".join(lines) + "\n"
