"""`check-rules`: prove that a rules directory gives exactly one regie holder for every valid profile.

The walk covers the profile space through its boundary values
(`boundaries.py`): between two boundary values no rule can change its answer,
so a profile per boundary stands for all profiles in between.

Findings: load errors (broken YAML, unknown codes, duplicate ids, rules
without a source, unknown documents), gaps (a valid profile where no regie rule
applies), conflicts (two regie rules of the same priority naming different
holders, or two region rules naming the lead), unreachable rules (no valid
profile satisfies them, or a regie rule that never decides), rules whose
validity has lapsed, rules the engine cannot compile (too many combinations),
and a source matrix out of step: every place in a policy
text that a rule cites must be in the register of statements with that rule,
and every rule a statement names must exist and cite that place.
"""

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..core.conditions import evaluator, partial_evaluator
from ..core.dates import day_of, span_nl
from ..core.dates import today as current_day
from ..core.decision import Decision, decide
from ..core.dutch import join_nl
from ..core.engine import Engine
from ..core.errors import RuleGapError, RuleLoadError
from ..core.ruleset import STATEMENTS_FILE, LoadedRule, Period, RuleSet, load_rules
from ..core.validation import shown
from ..core.vocabulary import Vocabulary
from .boundaries import BoundaryWalk, describe_profile, walk

# Stop listing examples of one kind of finding after this many.
EXAMPLES_PER_FINDING = 3


@dataclass
class Report:
    """What check-rules found; empty findings mean the rules are sound."""

    findings: list[str] = field(default_factory=list)
    rules: int = 0
    files: int = 0
    profiles: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings


def _lead_conflicts(leads: Sequence[LoadedRule], vocabulary: Vocabulary) -> dict[tuple[str, ...], list[str]]:
    """Two region rules that name who takes the same holder's regie for one profile are a conflict, whichever
    holder the regie rules choose there (region rules test other fields than regie rules, so they are walked apart)."""
    conflicts: dict[tuple[str, ...], list[str]] = {}
    tests = [(r, evaluator(r.rule.when)) for r in leads]
    for profile in walk(leads, vocabulary):
        fired = [r for r, test in tests if test(profile) is not None]
        for holder in {h for r in fired for h in r.rule.then.leads or {}}:
            naming = [r for r in fired if r.rule.then.leads and holder in r.rule.then.leads]
            if len(naming) > 1:
                conflicts.setdefault(tuple(sorted(r.rule.id for r in naming)), []).append(
                    describe_profile(profile, vocabulary)
                )
    return conflicts


@dataclass
class _RegieWalk:
    """What one walk of the regie rules found: how many profiles have a gap and the first of them, the first
    examples of each conflict, and who decides."""

    gaps: int = 0
    gap_examples: list[str] = field(default_factory=list)
    conflicts: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    deciders: set[str] = field(default_factory=set)


def _walk_claims(claims: Sequence[LoadedRule], report: Report, vocabulary: Vocabulary) -> _RegieWalk:
    """Decide every boundary profile of the regie rules (those of `walk`, in its order) as `advise` does
    (`decision.decide`): a profile where no regie rule fires is a gap, one where the deciding rules name different
    holders a conflict. Which regie rule decides depends on the regie rules alone, so only they are walked.

    The walk settles each rule as soon as the fields filled in decide it (`BoundaryWalk`): a block of profiles that
    fire the same rules is counted at once, and only the first few are written out as examples. The decision is
    remembered per set of fired rules, of which a walk meets a few thousand."""
    found = _RegieWalk()
    decisions: dict[int, Decision | None] = {}
    for block in BoundaryWalk(claims, vocabulary).blocks([partial_evaluator(claim.rule.when) for claim in claims]):
        fired = block.fired
        if fired not in decisions:
            try:
                decisions[fired] = decide([claim for n, claim in enumerate(claims) if fired >> n & 1])
            except RuleGapError:
                decisions[fired] = None
        decision = decisions[fired]
        report.profiles += block.count
        if decision is None:
            found.gaps += block.count
            examples = found.gap_examples
        elif decision.conflict:
            examples = found.conflicts.setdefault(tuple(sorted(r.rule.id for r in decision.deciding)), [])
        else:
            continue
        for profile in itertools.islice(block.profiles(), EXAMPLES_PER_FINDING - len(examples)):
            examples.append(describe_profile(profile, vocabulary))
    for decision in decisions.values():
        if decision is not None:
            found.deciders.update(r.rule.id for r in decision.deciding)
    return found


def _signature(rules: Sequence[LoadedRule], conclusion: Callable[[LoadedRule], object]) -> tuple[str, ...]:
    """What a walk depends on: the rules' ids, conditions and the part of their conclusion the walk looks at (so two
    versions of a rule that differ only in words are walked once)."""
    return tuple(f"{r.rule.id} {r.rule.when.model_dump_json()} {conclusion(r)}" for r in rules)


def _claim(loaded: LoadedRule) -> object:
    regie = loaded.rule.then.regie
    return None if regie is None else (regie.holder, regie.priority)


def _named_leads(loaded: LoadedRule) -> object:
    return sorted(loaded.rule.then.leads or {})


def _check_regie(ruleset: RuleSet, report: Report) -> None:
    """The regie check in every period of the rules: gaps, conflicts between regie rules and between region rules.
    Periods with the same regie (or region) rules are walked once. A regie rule that decides in no period where it
    is in force is unreachable."""
    walks: dict[tuple[str, ...], _RegieWalk] = {}
    lead_walks: dict[tuple[str, ...], dict[tuple[str, ...], list[str]]] = {}
    found: dict[str, list[Period]] = {}
    deciders: set[str] = set()
    files = {r.rule.id: r.file for r in ruleset.rules}
    for period in ruleset.periods:
        claims = [r for r in period.rules if r.rule.then.regie is not None]
        leads = [r for r in period.rules if r.rule.then.leads]
        key = _signature(claims, _claim)
        if key not in walks:
            walks[key] = _walk_claims(claims, report, ruleset.vocabulary)
        lead_key = _signature(leads, _named_leads)
        if lead_key not in lead_walks:
            lead_walks[lead_key] = _lead_conflicts(leads, ruleset.vocabulary)
        regie = walks[key]
        deciders |= regie.deciders
        findings = []
        if regie.gaps:
            findings.append(
                f"gat: bij {regie.gaps} soort(en) profiel past geen enkele regieregel, bijvoorbeeld: "
                + "; ".join(regie.gap_examples)
            )
        for ids, examples in (regie.conflicts | lead_walks[lead_key]).items():
            findings.append(
                f"conflict: {', '.join(f'{files[i]}: {i}' for i in ids)} gelden tegelijk met dezelfde voorrang "
                "maar noemen een andere regiehouder of regio-omschrijving, bijvoorbeeld bij: "
                + "; ".join(examples[:EXAMPLES_PER_FINDING])
            )
        for finding in findings:
            found.setdefault(finding, []).append(period)
    dated = len(ruleset.periods) > 1
    for finding, periods in found.items():
        when = f" (geldt {join_nl([span_nl(p.start, p.end) for p in periods])})" if dated else ""
        report.findings.append(finding + when)
    seen: set[str] = set()
    for loaded in ruleset.rules:
        if loaded.rule.then.regie is None or loaded.rule.id in deciders or loaded.rule.id in seen:
            continue
        seen.add(loaded.rule.id)
        if _reachable(loaded, ruleset.vocabulary):
            report.findings.append(
                f"onbereikbaar: {loaded.file}: {loaded.rule.id}: deze regieregel beslist nooit, "
                "want bij elk profiel waar hij geldt gaat een regel met hogere voorrang voor"
            )


def _reachable(loaded: LoadedRule, vocabulary: Vocabulary) -> bool:
    test = evaluator(loaded.rule.when)
    return any(test(p) is not None for p in walk([loaded], vocabulary))


def policy_documents(ruleset: RuleSet) -> list[str]:
    """The policy texts the register covers: every registered document that is not a law (`wet:`/`regeling:`)
    nor the source of an example."""
    return [
        doc_id for doc_id, document in ruleset.sources.documents.items() if ":" not in doc_id and not document.example
    ]


def _check_register(ruleset: RuleSet, report: Report) -> None:
    """The source matrix: statements and rule sources must name each other (see the module docstring)."""
    if ruleset.statements is None:
        report.findings.append(f"register: {STATEMENTS_FILE} ontbreekt; zet daarin wat de beleidsteksten zeggen")
        return
    files = {r.rule.id: r.file for r in ruleset.rules}
    cited = {(r.rule.id, s.document, s.section) for r in ruleset.rules for s in r.rule.sources}
    covered: set[tuple[str, str, str]] = set()
    for statement in ruleset.statements.statements:
        where = f"{STATEMENTS_FILE}: {statement.id}"
        if statement.document not in ruleset.sources.documents:
            report.findings.append(f"register: {where}: onbekend document {shown(statement.document)}")
        for rule_id in statement.rules:
            if rule_id not in files:
                report.findings.append(f"register: {where}: regel {rule_id} bestaat niet")
            elif (rule_id, statement.document, statement.section) not in cited:
                report.findings.append(
                    f"register: {where}: {files[rule_id]}: {rule_id} noemt {statement.document} "
                    f"{shown(statement.section)} niet als bron; voeg de bron toe of haal de regel hier weg"
                )
            covered.add((rule_id, statement.document, statement.section))
    texts = set(policy_documents(ruleset))
    for rule_id, document, section in sorted(cited - covered):
        if document in texts:
            report.findings.append(
                f"register: {files[rule_id]}: {rule_id}: de bron {document} {shown(section)} staat niet met deze regel "
                f"in {STATEMENTS_FILE}; zet er de uitspraak bij die de regel vastlegt"
            )


def compile_rules(rules: Sequence[LoadedRule], vocabulary: Vocabulary) -> None:
    """Compile rules as the advisor does; a RuleLoadError names each rule the engine cannot compile."""
    Engine([r.rule.when for r in rules], vocabulary, [f"{r.file}: {r.rule.id}" for r in rules]).close()


def check_ruleset(ruleset: RuleSet, today: dt.date | None = None) -> Report:
    """Check a loaded rule set in every period of its dates; `today` (default: today) tells history from lapse."""
    day = day_of(today, "De dag (today)") or current_day()
    report = Report(rules=len(ruleset.rules), files=len(ruleset.files))
    _check_register(ruleset, report)
    for loaded in ruleset.rules:
        until = loaded.rule.valid_until
        later = [
            v for v in ruleset.versions(loaded.rule.id) if v.rule.valid_from and until and v.rule.valid_from > until
        ]
        if until is not None and until < day and not later:
            report.findings.append(
                f"verlopen: {loaded.file}: {loaded.rule.id}: geldig tot {until.isoformat()}; "
                "pas de regel aan, zet er een nieuwe versie na of haal hem weg"
            )
    try:
        compile_rules(ruleset.rules, ruleset.vocabulary)
    except RuleLoadError as exc:
        report.findings.extend(f"rules-engine: {problem}" for problem in exc.problems)
    for loaded in ruleset.rules:
        if not _reachable(loaded, ruleset.vocabulary):
            report.findings.append(
                f"onbereikbaar: {loaded.file}: {loaded.rule.id}: geen enkel geldig profiel voldoet aan de voorwaarden"
            )
    _check_regie(ruleset, report)
    return report


def check_rules(directory: str | None = None, today: dt.date | None = None) -> Report:
    """Load and check a rules directory; load errors become findings."""
    try:
        ruleset = load_rules(directory)
    except RuleLoadError as exc:
        return Report(findings=list(exc.problems))
    return check_ruleset(ruleset, today)
