"""`check-rules`: prove that a rules directory gives exactly one regie holder for every valid profile.

The walk covers the profile space through its boundary values: for every whole
number field, each `min` and each `max + 1` a rule tests (and the setting age
limits), every value of every choice field, and the set members the rules look
at. Between two boundary values no rule can change its answer, so a profile
per boundary stands for all profiles in between. Set members that every test
treats alike (listed in the same has_any, has_all and has_none lists) are one
class: whether none, one or all of them are present is all a rule can see.

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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from .codes import AGE_MAX, SETTING_AGES, WEEKS_MAX
from .conditions import (
    BOOL_FIELDS,
    ENUM_FIELDS,
    ENUM_VALUES,
    INT_FIELDS,
    SET_FIELDS,
    SET_MEMBERS,
    Condition,
    PartialEvaluator,
    evaluator,
    partial_evaluator,
)
from .dates import span_nl
from .decision import Decision, decide
from .engine import Engine
from .errors import RuleGapError, RuleLoadError
from .explain import join_nl
from .profile import CaseProfile
from .ruleset import STATEMENTS_FILE, LoadedRule, Period, RuleSet, load_rules

INT_DOMAIN = {"age": (0, AGE_MAX), "waiting_weeks": (0, WEEKS_MAX), "weeks_absent": (0, WEEKS_MAX)}
DEFAULTS: dict[str, Any] = {
    name: info.default for name, info in CaseProfile.model_fields.items() if name not in ("age", "setting")
}
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


def _conditions(condition: Condition) -> Iterator[Condition]:
    yield condition
    for branch in condition.any or ():
        yield from _conditions(branch)


def field_tests(rules: Sequence[LoadedRule], name: str) -> list[Any]:
    """Every test the rules make of one field, in `any` branches too."""
    return [test for r in rules for c in _conditions(r.rule.when) if (test := getattr(c, name)) is not None]


def boundary_values(rules: Sequence[LoadedRule], fields: Iterable[str]) -> dict[str, list[Any]]:
    """For each field, the values that together stand for every profile (see module docstring)."""
    values: dict[str, list[Any]] = {}
    for name in fields:
        if name in INT_FIELDS:
            low, high = INT_DOMAIN[name]
            points = {low}
            for test in field_tests(rules, name):
                points.update(p for p in (test.min, None if test.max is None else test.max + 1) if p is not None)
            if name == "age":
                for a, b in SETTING_AGES.values():
                    points.update((a, b + 1))
            values[name] = sorted(p for p in points if low <= p <= high)
        elif name in ENUM_FIELDS:
            values[name] = list(ENUM_VALUES[name])
        elif name in SET_FIELDS:
            values[name] = _set_values(name, field_tests(rules, name))
        elif name in BOOL_FIELDS:
            values[name] = [False, True]
    return values


@dataclass(frozen=True)
class MemberClass:
    """Members of a set field that every test treats alike; `named` when some test names them (else they count
    only for `empty`, through any one of them)."""

    named: bool
    members: tuple[str, ...]
    needed_whole: bool


def member_classes(name: str, tests: Sequence[Any]) -> list[MemberClass]:
    """The classes of alike members that a rule can tell apart, in code order (see module docstring)."""
    classes: dict[tuple[tuple[bool, bool, bool], ...], list[str]] = {}
    for member in SET_MEMBERS[name]:
        role = tuple(
            (member in (t.has_any or ()), member in (t.has_all or ()), member in (t.has_none or ())) for t in tests
        )
        classes.setdefault(role, []).append(member)
    found = []
    for role, members in classes.items():
        named = any(any(flags) for flags in role)
        if named or any(t.empty is not None for t in tests):
            found.append(MemberClass(named, tuple(members), any(needed for _, needed, _ in role)))
    return found


def _set_values(name: str, tests: list[Any]) -> list[frozenset[str]]:
    """The sets that stand for every value of a set field: per class of alike members none, one or (if a
    has_all needs it) all."""
    states: list[list[tuple[str, ...]]] = []
    for group in member_classes(name, tests):
        options: list[tuple[str, ...]] = [(), group.members[:1]]
        if group.named and len(group.members) > 1 and group.needed_whole:
            options.append(group.members)
        states.append(options)
    order = {member: n for n, member in enumerate(SET_MEMBERS[name])}
    found = {frozenset(m for part in combo for m in part) for combo in itertools.product(*states)}
    return sorted(found, key=lambda s: (len(s), sorted(order[m] for m in s)))


def _levels(rules: Sequence[LoadedRule]) -> list[tuple[str, list[Any]]]:
    """The fields of `walk`, outermost first, with their boundary values (age: every boundary, filtered per setting
    while walking)."""
    fields = set().union(*(r.rule.when.fields() for r in rules)) if rules else set()
    fields |= {"age", "setting"}
    values = boundary_values(rules, fields)
    ages, settings = values.pop("age"), values.pop("setting")
    return [("setting", settings), ("age", ages), *((name, values[name]) for name in sorted(values))]


def walk(rules: Sequence[LoadedRule]) -> Iterator[SimpleNamespace]:
    """Every valid boundary profile over the fields these rules test (others at their defaults)."""
    (_, settings), (_, ages), *rest = _levels(rules)
    names = [name for name, _ in rest]
    for setting in settings:
        low, high = SETTING_AGES[setting]
        for age in (a for a in ages if low <= a <= high):
            for combo in itertools.product(*(values for _, values in rest)):
                chosen = dict(zip(names, combo, strict=True))
                yield SimpleNamespace(**{**DEFAULTS, "age": age, "setting": setting, **chosen})


def describe_profile(profile: SimpleNamespace) -> str:
    """A profile as the JSON a user could paste into `kinderogen advise`, only the non-default fields."""
    shown = {"age": profile.age, "setting": profile.setting}
    for name, default in DEFAULTS.items():
        value = getattr(profile, name)
        if value != default:
            shown[name] = sorted(value) if isinstance(value, frozenset) else value
    return CaseProfile.model_validate(shown).model_dump_json(include=set(shown))


def _lead_conflicts(leads: Sequence[LoadedRule]) -> dict[tuple[str, ...], list[str]]:
    """Two region rules that name who takes the same holder's regie for one profile are a conflict, whichever
    holder the regie rules choose there (region rules test other fields than regie rules, so they are walked apart)."""
    conflicts: dict[tuple[str, ...], list[str]] = {}
    tests = [(r, evaluator(r.rule.when)) for r in leads]
    for profile in walk(leads):
        fired = [r for r, test in tests if test(profile) is not None]
        for holder in {h for r in fired for h in r.rule.then.leads or {}}:
            naming = [r for r in fired if r.rule.then.leads and holder in r.rule.then.leads]
            if len(naming) > 1:
                conflicts.setdefault(tuple(sorted(r.rule.id for r in naming)), []).append(describe_profile(profile))
    return conflicts


@dataclass
class _RegieWalk:
    """What one walk of the regie rules found: how many profiles have a gap and the first of them, the first
    examples of each conflict, and who decides."""

    gaps: int = 0
    gap_examples: list[str] = field(default_factory=list)
    conflicts: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    deciders: set[str] = field(default_factory=set)


def _walk_claims(claims: Sequence[LoadedRule], report: Report) -> _RegieWalk:
    """Decide every boundary profile of the regie rules (those of `walk`, in its order) as `advise` does
    (`decision.decide`): a profile where no regie rule fires is a gap, one where the deciding rules name different
    holders a conflict. Which regie rule decides depends on the regie rules alone, so only they are walked.

    The walk fills in one profile field by field, depth first, and settles each rule as soon as the fields filled in
    decide it (`partial_evaluator`). Once every rule is settled, all profiles below that point fire the same rules:
    they are counted at once, and only the first few are written out as examples. The decision is remembered per
    set of fired rules, of which a walk meets a few thousand."""
    found = _RegieWalk()
    levels = _levels(claims)
    names = [name for name, _ in levels]
    known = [frozenset(names[: level + 1]).__contains__ for level in range(len(levels))]
    decisions: dict[int, Decision | None] = {}
    profile = SimpleNamespace(**DEFAULTS)

    def values_at(level: int) -> list[Any]:
        name, values = levels[level]
        if name != "age":
            return values
        low, high = SETTING_AGES[profile.setting]
        return [age for age in values if low <= age <= high]

    def below(level: int) -> Iterator[None]:
        """Each profile under the fields filled in so far, in walk order (filled into `profile`)."""
        if level == len(levels):
            yield
            return
        for value in values_at(level):
            setattr(profile, names[level], value)
            yield from below(level + 1)

    def count_below(level: int) -> int:
        count = 1
        for deeper in range(level, len(levels)):
            count *= len(values_at(deeper))
        return count

    def settle(level: int, fired: int) -> None:
        if fired not in decisions:
            try:
                decisions[fired] = decide([claim for n, claim in enumerate(claims) if fired >> n & 1])
            except RuleGapError:
                decisions[fired] = None
        decision = decisions[fired]
        count = count_below(level)
        report.profiles += count
        if decision is None:
            found.gaps += count
            examples = found.gap_examples
        elif decision.conflict:
            examples = found.conflicts.setdefault(tuple(sorted(r.rule.id for r in decision.deciding)), [])
        else:
            return
        for _ in itertools.islice(below(level), EXAMPLES_PER_FINDING - len(examples)):
            examples.append(describe_profile(profile))

    def visit(level: int, fired: int, open_rules: list[tuple[int, PartialEvaluator]]) -> None:
        for value in values_at(level):
            setattr(profile, names[level], value)
            now, still = fired, []
            for bit, holds in open_rules:
                answer = holds(profile, known[level])
                if answer is None:
                    still.append((bit, holds))
                elif answer:
                    now |= bit
            if still:
                visit(level + 1, now, still)
            else:
                settle(level + 1, now)

    visit(0, 0, [(1 << n, partial_evaluator(claim.rule.when)) for n, claim in enumerate(claims)])
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
            walks[key] = _walk_claims(claims, report)
        lead_key = _signature(leads, _named_leads)
        if lead_key not in lead_walks:
            lead_walks[lead_key] = _lead_conflicts(leads)
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
        if _reachable(loaded):
            report.findings.append(
                f"onbereikbaar: {loaded.file}: {loaded.rule.id}: deze regieregel beslist nooit, "
                "want bij elk profiel waar hij geldt gaat een regel met hogere voorrang voor"
            )


def _reachable(loaded: LoadedRule) -> bool:
    test = evaluator(loaded.rule.when)
    return any(test(p) is not None for p in walk([loaded]))


def policy_documents(ruleset: RuleSet) -> list[str]:
    """The policy texts the register covers: every registered document that is not a law (`wet:`/`regeling:`)."""
    return [doc_id for doc_id in ruleset.sources.documents if ":" not in doc_id]


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
            report.findings.append(f"register: {where}: onbekend document {statement.document!r}")
        for rule_id in statement.rules:
            if rule_id not in files:
                report.findings.append(f"register: {where}: regel {rule_id} bestaat niet")
            elif (rule_id, statement.document, statement.section) not in cited:
                report.findings.append(
                    f"register: {where}: {files[rule_id]}: {rule_id} noemt {statement.document} "
                    f"{statement.section!r} niet als bron; voeg de bron toe of haal de regel hier weg"
                )
            covered.add((rule_id, statement.document, statement.section))
    texts = set(policy_documents(ruleset))
    for rule_id, document, section in sorted(cited - covered):
        if document in texts:
            report.findings.append(
                f"register: {files[rule_id]}: {rule_id}: de bron {document} {section!r} staat niet met deze regel "
                f"in {STATEMENTS_FILE}; zet er de uitspraak bij die de regel vastlegt"
            )


def check_ruleset(ruleset: RuleSet, today: dt.date | None = None) -> Report:
    """Check a loaded rule set in every period of its dates; `today` (default: today) tells history from lapse."""
    day = today or dt.date.today()
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
        Engine([r.rule.when for r in ruleset.rules], [f"{r.file}: {r.rule.id}" for r in ruleset.rules]).close()
    except RuleLoadError as exc:
        report.findings.extend(f"rules-engine: {problem}" for problem in exc.problems)
    for loaded in ruleset.rules:
        if not _reachable(loaded):
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
