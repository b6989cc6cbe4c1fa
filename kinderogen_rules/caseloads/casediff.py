"""`kinderogen diff OLD NEW --cases FILE --out DIR`: what a rule change does to the children of a real caseload.

Both rule sets (or one rules directory on two days) judge every profile of the caseload. Counted are the
advices that change, per kind of change (`change.DecisionChange.kinds`: regie moves, an arrangement on or off, who is at
the table or kept informed, doorzettingsmacht, signals), split by region and age band, with the rules behind
each kind; and, with the monitor's tallies, where regie and the arrangements land before and after. Only
those aggregates go into the report (`casereport`). The simplest profiles of each kind are kept for the
terminal alone.

Speed: a profile is tested once against every distinct condition of both rule sets, with the Python evaluator
that check-rules and the rule diff use (a property test keeps it in step with the engine; it is four times
faster than asking durable_rules, which matters for half a million children). A rule fires alike on both sides
when its condition is the same. Each side's decision comes from its own fired rules, in its own order, by the
advisor's `decide`, cached per set of fired rules and shared by both sides when those are the very same rules:
a profile that no changed rule touches costs one decision. The caseload is read as batch reads it (chunks of
lines, JSONL parsed in the workers; Parquet rows read here) and worked on all cores with batch's pool
(`pool.run_pool`): memory stays flat, and a worker that dies costs nothing.
"""

import datetime as dt
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO

from ..core.advice_codes import AdviceCodes, CodeOrder
from ..core.conditions import Evaluator, evaluator
from ..core.dates import day_of, today
from ..core.decision import Decision, decide
from ..core.errors import CaseloadError, InputError, RulesChanged
from ..core.profile import Profile
from ..core.ruleset import LoadedRule, RuleSet, load_rules
from ..core.stops import stop_signal
from ..core.vocabulary import AGE_FIELD, REGION_FIELD, NumberField
from ..proofs.boundaries import complexity, keep_simplest
from ..proofs.change import DecisionChange, keyed_causes
from ..proofs.check import compile_rules
from ..proofs.diff import RuleChanges, comparable, condition_key, rule_changes
from .cases import CHUNK_LINES, failure, read_case, read_chunks
from .monitor import OVERALL, Count, Monitor, advice_counts, age_band
from .pool import INPUT_FAILED, INTERRUPTED, RULES_CHANGED, RunProgress, RunSummary, run_pool, worker_rules
from .reading import is_parquet, read_profiles

# A case as a chunk carries it: a JSONL line (bytes, parsed in the worker), a Parquet row's profile, or in
# Dutch why that row has none (str).
Case = bytes | str | Profile
CaseChunk = Sequence[tuple[int, Case]]
# Messages about lines that could not be compared, kept to print; the rest are only counted.
PROBLEMS_KEPT = 20
# Distinct sets of fired rules whose decision is remembered; more starts the memory afresh (see Comparer._forget).
DECISIONS_CACHED = 65_536
BEFORE, AFTER = 0, 1
# A side's fired rules as rule numbers (see Comparer._signature), and a list of (change key, its causes).
Signature = tuple[int, ...]
Changes = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass
class Shift:
    """One kind of change: how many children per slice, the rules behind it, and (terminal only) the simplest few.

    causes: for a regie or lead change the rule that decided before and the one that decides after; for a code
    that is added, the rules that now conclude it; for one that is gone, the rules that concluded it.
    """

    slices: Counter[str] = field(default_factory=Counter)
    causes: Counter[tuple[str, ...]] = field(default_factory=Counter)
    simplest: list[tuple[int, int, Profile]] = field(default_factory=list)

    def merge(self, other: "Shift", examples: int) -> None:
        self.slices.update(other.slices)
        self.causes.update(other.causes)
        for entry in other.simplest:
            keep_simplest(self.simplest, entry, examples)


@dataclass
class CaseloadEffect:
    """What a rule change does to a caseload, or to a chunk of it: aggregates, plus the examples for the terminal.

    compared: profiles judged by both sides; bad: lines or rows without a valid profile; failed: valid profiles
    that one side could not advise on (a gap in its rules). before and after count the advices per slice as the
    monitor does, changed the children whose advice changes, shifts each kind of change (keyed as in
    `change.DecisionChange.kinds`).
    """

    compared: int = 0
    bad: int = 0
    failed: int = 0
    problems: list[str] = field(default_factory=list)
    changed: Counter[str] = field(default_factory=Counter)
    shifts: dict[str, Shift] = field(default_factory=dict)
    before: Monitor = field(default_factory=Monitor)
    after: Monitor = field(default_factory=Monitor)

    def merge(self, other: "CaseloadEffect", examples: int) -> None:
        """Add a later part of the caseload."""
        self.compared += other.compared
        self.bad += other.bad
        self.failed += other.failed
        self.problems.extend(other.problems[: PROBLEMS_KEPT - len(self.problems)])
        self.changed.update(other.changed)
        for key, shift in other.shifts.items():
            self.shifts.setdefault(key, Shift()).merge(shift, examples)
        self.before.merge(other.before)
        self.after.merge(other.after)

    def problem(self, message: str) -> None:
        if len(self.problems) < PROBLEMS_KEPT:
            self.problems.append(message)


@dataclass
class CaseloadDiff:
    """The whole comparison: which rules differ, what that does to the caseload, and how the run went."""

    old: RuleSet
    new: RuleSet
    day: dt.date
    new_day: dt.date
    rules: RuleChanges
    effect: CaseloadEffect
    summary: RunSummary
    # The rules in force on each side, by id: where each cause comes from.
    old_rules: dict[str, LoadedRule]
    new_rules: dict[str, LoadedRule]


class Comparer:
    """Judges profiles with both sides' rules in force (see the module docstring).

    A chunk is counted with small numbers: each side's advice codes and each pair's list of changes are numbered
    once by their content, so a chunk's children are first counted per (advice before, advice after, region,
    age), and only then spread over the tallies of the monitor.
    """

    def __init__(self, old: RuleSet, new: RuleSet, day: dt.date, new_day: dt.date, examples: int) -> None:
        # Profiles are read and judged in the new rules' vocabulary (see `diff.comparable`).
        self.vocabulary = comparable(old, new)
        self.model = new.profile_model
        self.catalogs = old.catalog, new.catalog
        self.versions = old.version, new.version
        self.orders = CodeOrder(old.catalog), CodeOrder(new.catalog)
        # The codes of a change are named in the new rules' order, as the report names them with the new words.
        self.order = self.orders[AFTER]
        self.examples = examples
        slots: dict[str, int] = {}
        self.tests: list[tuple[int, Evaluator]] = []
        numbers: dict[str, int] = {}
        self.loaded: list[LoadedRule] = []
        # Per side: per condition slot the numbers of its rules that fire with it, and each rule's place.
        self.members: tuple[list[tuple[int, ...]], list[tuple[int, ...]]] = ([], [])
        self.places: tuple[dict[int, int], dict[int, int]] = ({}, {})
        for side, rules in enumerate((old.in_force(day), new.in_force(new_day))):
            for place, loaded in enumerate(rules):
                key = condition_key(loaded)
                if key not in slots:
                    slots[key] = len(self.tests)
                    self.tests.append((len(self.tests), evaluator(loaded.rule.when)))
                    for members in self.members:
                        members.append(())
                identity = json.dumps(loaded.rule.model_dump(mode="json"), sort_keys=True)
                if identity not in numbers:
                    numbers[identity] = len(self.loaded)
                    self.loaded.append(loaded)
                self.members[side][slots[key]] += (numbers[identity],)
                self.places[side][numbers[identity]] = place
        # The rules both sides have are in the same order on both (the usual case): then the same fired rules
        # make the same decision on either side, and it is made once.
        common = [n for n in self.places[BEFORE] if n in self.places[AFTER]]
        self.shared = sorted(common, key=self.places[BEFORE].__getitem__) == sorted(
            common, key=self.places[AFTER].__getitem__
        )
        ages = self.vocabulary.fields[AGE_FIELD]
        assert isinstance(ages, NumberField)
        self.bands = {age: age_band(age) for age in range(ages.min, ages.max + 1)}
        self.regions = self.vocabulary.value_labels(REGION_FIELD)
        self._forget()

    def _forget(self) -> None:
        """Start the memory afresh: decisions and advices per signature (a side's fired rules, see
        `_signature`), and the numbers given to advice codes and lists of changes by their content."""
        self.decisions: dict[tuple[int, Signature], Decision] = {}
        self.advice_of: tuple[dict[Signature, int], dict[Signature, int]] = ({}, {})
        self.changes_of: dict[tuple[Signature, Signature], int] = {}
        # Per side, what each advice adds to a tally.
        self.counts: tuple[list[tuple[Count, ...]], list[tuple[Count, ...]]] = ([], [])
        self.count_numbers: tuple[dict[tuple[Count, ...], int], dict[tuple[Count, ...], int]] = ({}, {})
        self.change_lists: list[Changes] = [()]
        self.change_numbers: dict[Changes, int] = {(): 0}

    def _signature(self, side: int, fired: list[int]) -> Signature:
        """The side's fired rules as rule numbers (the same number for the same rule), in condition order."""
        members = self.members[side]
        return tuple(number for slot in fired for number in members[slot])

    def _decision(self, side: int, signature: Signature) -> Decision:
        """The side's decision: `decide` on its fired rules, in its own order."""
        key = (BEFORE if self.shared else side, signature)
        found = self.decisions.get(key)
        if found is None:
            fired = sorted(signature, key=self.places[side].__getitem__)
            found = self.decisions[key] = decide([self.loaded[n] for n in fired])
        return found

    def _advice(self, side: int, signature: Signature) -> int:
        """The number of what the side's advice for these fired rules adds to a tally (advices that count alike
        share it); RuleGapError when no regie rule fired."""
        found = self.advice_of[side].get(signature)
        if found is None:
            codes = AdviceCodes.of(self._decision(side, signature), self.orders[side], self.versions[side])
            counts = advice_counts(codes, self.catalogs[side])
            numbers = self.count_numbers[side]
            if counts not in numbers:
                numbers[counts] = len(self.counts[side])
                self.counts[side].append(counts)
            found = self.advice_of[side][signature] = numbers[counts]
        return found

    def _changes(self, before: Signature, after: Signature) -> int:
        """The number of the list of changes between the two sides' decisions (0: nothing changes)."""
        found = self.changes_of.get((before, after))
        if found is None:
            change = DecisionChange.between(self._decision(BEFORE, before), self._decision(AFTER, after), self.order)
            changes = tuple(keyed_causes(change))
            if changes not in self.change_numbers:
                self.change_numbers[changes] = len(self.change_lists)
                self.change_lists.append(changes)
            found = self.changes_of[(before, after)] = self.change_numbers[changes]
        return found

    def compare_chunk(self, chunk: CaseChunk) -> CaseloadEffect:
        """A chunk of the caseload, judged and counted."""
        # Between chunks, as a chunk's counts hold the numbers given within it.
        if len(self.decisions) >= DECISIONS_CACHED:
            self._forget()
        effect = CaseloadEffect()
        advices: Counter[tuple[int, int, str, int]] = Counter()  # (before, after, region, age)
        changed: Counter[tuple[int, str, int]] = Counter()  # (changes, region, age)
        simplest: dict[int, Shift] = {}  # changes -> the simplest profiles with them
        tests = self.tests
        for number, item in chunk:
            case = read_case(number, item, self.model) if isinstance(item, bytes) else item
            if isinstance(case, str):
                effect.bad += 1
                effect.problem(case)
                continue
            fired = [slot for slot, test in tests if test(case) is not None]
            before, after = self._signature(BEFORE, fired), self._signature(AFTER, fired)
            try:
                old = self._advice(BEFORE, before)
            except Exception as exc:  # one profile's failure must not cost the others
                effect.failed += 1
                effect.problem(failure(f"{_where(number, item)}, met de oude regels", exc))
                continue
            try:
                new = self._advice(AFTER, after)
            except Exception as exc:
                effect.failed += 1
                effect.problem(failure(f"{_where(number, item)}, met de nieuwe regels", exc))
                continue
            effect.compared += 1
            region, age = getattr(case, REGION_FIELD), getattr(case, AGE_FIELD)
            advices[(old, new, region, age)] += 1
            if (before != after or not self.shared) and (changes := self._changes(before, after)):
                changed[(changes, region, age)] += 1
                if self.examples:
                    kept = simplest.get(changes) or simplest.setdefault(changes, Shift())
                    keep_simplest(kept.simplest, (complexity(case, self.vocabulary), number, case), self.examples)
        self._count(effect, advices, changed, simplest)
        return effect

    def _count(
        self,
        effect: CaseloadEffect,
        advices: Counter[tuple[int, int, str, int]],
        changed: Counter[tuple[int, str, int]],
        simplest: dict[int, Shift],
    ) -> None:
        """Spread a chunk's counts over the effect's tallies: first per (region, age band), then per slice."""
        cells: tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]] = (Counter(), Counter())
        counts: tuple[dict[tuple[str, str], Counter[Count]], dict[tuple[str, str], Counter[Count]]] = ({}, {})
        for (old, new, region, age), times in advices.items():
            cell = (region, self.bands[age])
            for side, advice in ((BEFORE, old), (AFTER, new)):
                cells[side][cell] += times
                counted = counts[side].get(cell) or counts[side].setdefault(cell, Counter())
                for count in self.counts[side][advice]:
                    counted[count] += times
        regions = self.regions
        for side, monitor in ((BEFORE, effect.before), (AFTER, effect.after)):
            monitor.versions[self.versions[side]] += effect.compared
            for (region, band), times in cells[side].items():
                for name in (OVERALL, regions[region], band):
                    tally = monitor.tally(name)
                    tally.advices += times
                    for (counter, key), n in counts[side][(region, band)].items():
                        getattr(tally, counter)[key] += n
        for (changes, region, age), times in changed.items():
            slices = (OVERALL, regions[region], self.bands[age])
            for name in slices:
                effect.changed[name] += times
            for key, cause in self.change_lists[changes]:
                shift = effect.shifts.get(key) or effect.shifts.setdefault(key, Shift())
                for name in slices:
                    shift.slices[name] += times
                shift.causes[cause] += times
        for changes, kept in simplest.items():
            for key, _ in self.change_lists[changes]:
                for entry in kept.simplest:
                    keep_simplest(effect.shifts[key].simplest, entry, self.examples)


def _where(number: int, item: Case) -> str:
    """Where a case is, as batch and the Parquet reader name it."""
    return f"regel {number}" if isinstance(item, bytes) else f"rij {number}"


def _diff_worker(
    old_dir: str | None, new_dir: str | None, day: dt.date, new_day: dt.date, versions: tuple[str, str], examples: int
) -> Callable[[CaseChunk], CaseloadEffect]:
    """What each worker process compares chunks with (see pool.run_pool)."""
    old = worker_rules(old_dir, versions[0], "de vergelijking")
    new = worker_rules(new_dir, versions[1], "de vergelijking")
    return Comparer(old, new, day, new_day, examples).compare_chunk


def read_caseload(handle: IO[bytes], model: type[Profile], what: str = "het casusbestand") -> Iterator[CaseChunk]:
    """The caseload in chunks: JSONL as raw lines (blank ones skipped, as batch does), Parquet as profiles."""
    if not is_parquet(handle):
        yield from read_chunks(handle)
        return
    rows = enumerate((case for _, case in read_profiles(handle, what, model=model)), 1)
    while chunk := list(islice(rows, CHUNK_LINES)):
        yield [(number, case) for number, case in chunk]


def diff_caseload(
    old_dir: Path | str | None,
    new_dir: Path | str | None,
    cases: IO[bytes],
    on: dt.date | None = None,
    against: dt.date | None = None,
    workers: int | None = None,
    examples: int = 3,
    progress: RunProgress | None = None,
) -> CaseloadDiff:
    """Judge every profile of `cases` (JSONL or Parquet) with the old rules in force on `on` (default today) and
    the new ones in force on `against` (default the same day), on `workers` processes (default all cores).

    The rules are loaded and compiled here first, so a rules problem is a RuleLoadError (a day before they start a
    DateError) before any worker starts. Whatever
    stops the run early (Ctrl-C, a caseload that cannot be read on, workers that keep dying, rules that change
    meanwhile) is in the summary (`stopped`, `reason`); the counts are then incomplete.
    """
    day = day_of(on) or today()
    new_day = day_of(against, "De dag (against)") or day
    old, new = load_rules(old_dir), load_rules(new_dir)
    # Checked here, before any worker starts: a day before the rules start is a DateError, rules the engine cannot
    # compile (and so could not advise with) a RuleLoadError.
    compile_rules(old.in_force(day), old.vocabulary)
    compile_rules(new.in_force(new_day), new.vocabulary)
    summary = RunSummary(workers=max(1, workers or os.cpu_count() or 1))
    effect = CaseloadEffect()

    def take(chunk: CaseChunk, result: CaseloadEffect) -> None:
        effect.merge(result, examples)
        summary.good, summary.bad, summary.failed = effect.compared, effect.bad, effect.failed
        summary.last_line = chunk[-1][0]
        if progress is not None:
            progress(summary, summary.last_line)

    started = time.perf_counter()
    try:
        chunks = read_caseload(cases, new.profile_model)
        if summary.workers == 1:
            comparer = Comparer(old, new, day, new_day, examples)
            for chunk in chunks:
                take(chunk, comparer.compare_chunk(chunk))
        else:
            args = (_dir(old_dir), _dir(new_dir), day, new_day, (old.version, new.version), examples)
            run_pool(chunks, take, summary, _diff_worker, args)
    except KeyboardInterrupt as exc:
        summary.stopped, summary.signal = INTERRUPTED, stop_signal(exc)
    except (InputError, CaseloadError) as exc:
        summary.stopped, summary.reason = INPUT_FAILED, str(exc)
    except RulesChanged as exc:
        summary.stopped, summary.reason = RULES_CHANGED, str(exc)
    finally:
        summary.seconds = time.perf_counter() - started
    old_in, new_in = old.in_force(day), new.in_force(new_day)
    return CaseloadDiff(
        old=old,
        new=new,
        day=day,
        new_day=new_day,
        rules=rule_changes(old_in, new_in),
        effect=effect,
        summary=summary,
        old_rules={r.rule.id: r for r in old_in},
        new_rules={r.rule.id: r for r in new_in},
    )


def _dir(directory: Path | str | None) -> str | None:
    return None if directory is None else str(directory)
