"""From a profile to an Advice: run the engine, then combine what fired.

How conclusions combine (declared in catalogus.yaml as `regie_hit_policy`):
- regie: of the rules that fired with a regie conclusion, the highest priority
  decides. A rule with a regie conclusion counts only when its priority is the
  deciding one; `check-rules` proves that no two rules of that priority ever
  name different holders, and that some regie rule fires for every profile.
- lead: a region rule that names the deciding holder gives the region's words;
  otherwise the deciding rule's own lead.
- arrangements, partners, signals, escalation: the union over counting rules,
  arrangements in catalogue order (lightest, nearest to home first), partners
  sorted, signals in catalogue order.
"""

import datetime as dt
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .advice import Advice, Arrangement, Escalation, FiredRule, Regie, Signal, SourceRef
from .codes import VALUE_LABELS, ArrangementCode
from .conditions import to_fact
from .engine import Engine
from .explain import because, join_nl
from .profile import CaseProfile
from .ruleset import LoadedRule, Rule, RuleSet, load_rules


class RuleGapError(RuntimeError):
    """No regie rule applies to a valid profile: the rule files have a gap that check-rules would report."""


def _message(template: str, profile: CaseProfile) -> str:
    return template.format_map(profile_words(profile))


def profile_words(profile: CaseProfile) -> dict[str, Any]:
    """Values a catalogue text may name, e.g. {waiting_weeks} or {setting}."""
    words: dict[str, Any] = profile.model_dump()
    for field, labels in VALUE_LABELS.items():
        value = getattr(profile, field)
        if isinstance(value, str):
            words[field] = labels[value]
    return words


@dataclass(frozen=True)
class _Decision:
    """The counting rules of one evaluation, and the one that decides regie."""

    counting: list[LoadedRule]
    decider: LoadedRule
    overruled: list[LoadedRule]


class Advisor:
    """One rule set, compiled once, that advises on any number of profiles."""

    def __init__(self, rules: RuleSet, on: dt.date | None = None) -> None:
        self.rules = rules
        self.day = on or dt.date.today()
        self._in_force = rules.in_force(self.day)
        self._engine = Engine([loaded.rule.when for loaded in self._in_force])
        catalog = rules.catalog
        self._arrangement_order = {a.code: n for n, a in enumerate(catalog.arrangements)}
        self._arrangement_titles = {a.code: a.title for a in catalog.arrangements}
        self._signal_order = {code: n for n, code in enumerate(catalog.signals)}
        self._sources = {
            loaded.rule.id: [SourceRef(document=s.document, section=s.section) for s in loaded.rule.sources]
            for loaded in self._in_force
        }

    def fired(self, profile: CaseProfile) -> list[LoadedRule]:
        """Every in-force rule whose `when` holds, in rule order (decided by durable_rules)."""
        return [self._in_force[i] for i in self._engine.fired(to_fact(profile))]

    def _decide(self, fired: list[LoadedRule]) -> _Decision:
        claims = [r for r in fired if r.rule.then.regie is not None]
        if not claims:
            raise RuleGapError(
                "Geen enkele regieregel past bij dit profiel. De regels hebben hier een gat; "
                "meld dit aan de beheerder van de regels (kinderogen check-rules laat het gat zien)."
            )
        top = max(r.rule.then.regie.priority for r in claims if r.rule.then.regie)
        deciding = [r for r in claims if r.rule.then.regie and r.rule.then.regie.priority == top]
        decider = deciding[0]
        holder = decider.rule.then.regie.holder if decider.rule.then.regie else None
        counting = [
            r
            for r in fired
            if (r.rule.then.regie is None or r in deciding)
            and not (r.rule.then.leads and holder not in r.rule.then.leads and _only_leads(r.rule))
        ]
        overruled = [r for r in claims if r not in deciding]
        return _Decision(counting, decider, overruled)

    def advise(self, profile: CaseProfile | Mapping[str, Any]) -> Advice:
        """The advice for one profile (a CaseProfile or a dict validated into one)."""
        if not isinstance(profile, CaseProfile):
            profile = CaseProfile.model_validate(profile)
        decision = self._decide(self.fired(profile))
        return Advice(
            regie=self._regie(decision, profile),
            arrangements=self._arrangements(decision.counting, profile),
            partners=sorted({p for r in decision.counting for p in r.rule.then.partners}),
            escalation=self._escalation(decision.counting, profile),
            signals=self._signals(decision.counting, profile),
            fired_rules=[self._fired_rule(r.rule) for r in decision.counting],
            rules_version=self.rules.version,
        )

    def _fired_rule(self, rule: Rule) -> FiredRule:
        return FiredRule(id=rule.id, title=rule.title, sources=self._sources[rule.id], rationale=rule.rationale)

    def _regie(self, decision: _Decision, profile: CaseProfile) -> Regie:
        rule = decision.decider.rule
        claim = rule.then.regie
        assert claim is not None
        lead = claim.lead
        region_rule = next(
            (r.rule for r in decision.counting if r.rule.then.leads and claim.holder in r.rule.then.leads), None
        )
        parts = [rule.rationale, because(rule.when, profile)]
        if region_rule is not None and region_rule.then.leads:
            lead = region_rule.then.leads[claim.holder]
            parts.append(f"In {VALUE_LABELS['region'][profile.region]} is dat: {lead} ({region_rule.id}).")
        overruled = [r.rule.id for r in decision.overruled]
        if overruled:
            parts.append(f"Regel {rule.id} gaat hier voor op {join_nl(overruled)}.")
        return Regie(holder=claim.holder, lead=lead, explanation=" ".join(parts))

    def _arrangements(self, counting: list[LoadedRule], profile: CaseProfile) -> list[Arrangement]:
        reasons: dict[ArrangementCode, list[Rule]] = {}
        for loaded in counting:
            for code in loaded.rule.then.arrangements:
                reasons.setdefault(code, []).append(loaded.rule)
        return [
            Arrangement(
                code=code,
                title=self._arrangement_titles[code],
                explanation=" ".join(f"{rule.rationale} {because(rule.when, profile)}" for rule in rules),
                rule_ids=[rule.id for rule in rules],
            )
            for code, rules in sorted(reasons.items(), key=lambda item: self._arrangement_order[item[0]])
        ]

    def _escalation(self, counting: list[LoadedRule], profile: CaseProfile) -> Escalation | None:
        claims = [r.rule for r in counting if r.rule.then.escalation is not None]
        if not claims:
            return None
        to = sorted({p for rule in claims if rule.then.escalation for p in rule.then.escalation.to})
        texts = [_message(rule.then.escalation.explanation, profile) for rule in claims if rule.then.escalation]
        return Escalation(to=to, explanation=" ".join(dict.fromkeys(texts)))

    def _signals(self, counting: list[LoadedRule], profile: CaseProfile) -> list[Signal]:
        found = {code for r in counting for code in r.rule.then.signals}
        return [
            Signal(code=code, message=_message(self.rules.catalog.signals[code], profile))
            for code in sorted(found, key=self._signal_order.__getitem__)
        ]

    def advise_many(self, profiles: Iterable[CaseProfile | Mapping[str, Any]]) -> Iterator[Advice]:
        """Advices for any iterable of profiles, lazily and in the same order."""
        for profile in profiles:
            yield self.advise(profile)


def _only_leads(rule: Rule) -> bool:
    then = rule.then
    return not (then.arrangements or then.partners or then.escalation or then.signals)


_default: dict[str, Advisor] = {}
_default_lock = threading.Lock()


def default_advisor() -> Advisor:
    """The advisor for the rules shipped with the package, built once per process."""
    with _default_lock:
        if "advisor" not in _default:
            _default["advisor"] = Advisor(load_rules())
        return _default["advisor"]


def advisor_for(directory: Path | str | None) -> Advisor:
    """An advisor for another rules directory (or the shipped one for None)."""
    return default_advisor() if directory is None else Advisor(load_rules(directory))


def advise(profile: CaseProfile | Mapping[str, Any]) -> Advice:
    """The advice for one case profile, with the shipped rules (contract: advise)."""
    return default_advisor().advise(profile)


def advise_many(profiles: Iterable[CaseProfile | Mapping[str, Any]]) -> Iterator[Advice]:
    """Advices for any iterable of profiles, in the same order (contract: advise_many)."""
    return default_advisor().advise_many(profiles)
