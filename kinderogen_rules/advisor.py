"""From a profile to an Advice: run the engine, then combine what fired.

How conclusions combine (declared in catalogus.yaml as `regie_hit_policy`):
- regie: of the rules that fired with a regie conclusion, the highest priority
  decides who coordinates. `check-rules` proves that no two rules of that
  priority ever name different holders, and that some regie rule fires for
  every profile. The overruled regie rules are named in the explanation.
- lead: a region rule that names the deciding holder gives the region's words;
  otherwise the deciding rule's own lead.
- arrangements, partners, signals, escalation: the union over every rule that
  applies, overruled regie rules included: regie decides who coordinates, not
  who sits at the table (kadernotitie §3.2: the gemeente coordinates together
  with the school). Arrangements in catalogue order (lightest, nearest to home
  first), partners sorted, signals in catalogue order.
- informed: a rule may keep a partner informed instead of at the table; that
  wins over any rule that would seat the partner, and the advice names the rule
  (and so its source) that says so. Region rules that only name leads count
  only when they name the deciding holder.
"""

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .advice import Advice, FiredRule, SourceRef
from .codes import VALUE_LABELS, ArrangementCode, Holder, Partner, SignalCode
from .conditions import to_fact
from .engine import Engine
from .explain import because, join_nl
from .profile import CaseProfile
from .ruleset import TEMPLATE_FIELDS, LoadedRule, Rule, RuleSet, Then, load_rules

Code = TypeVar("Code", bound=str)


class RuleGapError(RuntimeError):
    """No regie rule applies to a valid profile: the rule files have a gap that check-rules would report."""


class _Words:
    """Fills catalogue texts with a profile's values; the values are read once per advice, when first needed."""

    def __init__(self, profile: CaseProfile) -> None:
        self._profile = profile
        self._words: dict[str, Any] | None = None

    def fill(self, template: str) -> str:
        if self._words is None:
            self._words = profile_words(self._profile)
        return template.format_map(self._words)


def profile_words(profile: CaseProfile) -> dict[str, Any]:
    """Values a catalogue text may name, e.g. {waiting_weeks} or {setting} (the rule files are checked to name
    nothing else, see `ruleset.TEMPLATE_FIELDS`)."""
    words: dict[str, Any] = {}
    for field in TEMPLATE_FIELDS:
        value = getattr(profile, field)
        words[field] = VALUE_LABELS[field][value] if field in VALUE_LABELS else value
    return words


@dataclass(frozen=True)
class Decision:
    """What one evaluation concludes, in codes: the counting rules, the one that decides regie, and their union.

    The advice adds words to this; `diff` compares it as it is.
    """

    counting: list[LoadedRule]
    decider: LoadedRule
    overruled: list[LoadedRule]

    @property
    def holder(self) -> Holder:
        claim = self.decider.rule.then.regie
        assert claim is not None
        return claim.holder

    @property
    def region_rule(self) -> Rule | None:
        """The region rule that names who takes this holder's regie, if any."""
        return next(
            (r.rule for r in self.counting if r.rule.then.leads and self.holder in r.rule.then.leads),
            None,
        )

    @property
    def lead(self) -> str:
        region = self.region_rule
        if region is not None and region.then.leads:
            return region.then.leads[self.holder]
        claim = self.decider.rule.then.regie
        assert claim is not None
        return claim.lead

    def _rules_per_code(self, codes_of: Callable[[Then], list[Code]]) -> dict[Code, list[Rule]]:
        """Each code a counting rule concludes, with the rules that conclude it, in rule order."""
        reasons: dict[Code, list[Rule]] = {}
        for loaded in self.counting:
            for code in codes_of(loaded.rule.then):
                reasons.setdefault(code, []).append(loaded.rule)
        return reasons

    def arrangement_rules(self) -> dict[ArrangementCode, list[Rule]]:
        """Each arrangement with the rules that lead to it (not yet in catalogue order)."""
        return self._rules_per_code(lambda then: then.arrangements)

    def informed_rules(self) -> dict[Partner, list[Rule]]:
        """Each partner kept informed rather than at the table, with the rules that say so."""
        return self._rules_per_code(lambda then: then.informed)

    def partners(self) -> list[Partner]:
        """Who is at the table: every counting rule's partners, less those a rule keeps informed instead."""
        away = {p for r in self.counting for p in r.rule.then.informed}
        return sorted({p for r in self.counting for p in r.rule.then.partners} - away)

    def escalation_rules(self) -> list[Rule]:
        return [r.rule for r in self.counting if r.rule.then.escalation is not None]

    def escalation_to(self) -> list[Partner]:
        return sorted({p for rule in self.escalation_rules() if rule.then.escalation for p in rule.then.escalation.to})

    def signal_codes(self) -> set[SignalCode]:
        return {code for r in self.counting for code in r.rule.then.signals}


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
        # Frozen, so one object per rule serves every advice.
        self._fired_rules = {
            loaded.rule.id: FiredRule(
                id=loaded.rule.id,
                title=loaded.rule.title,
                sources=[SourceRef(document=s.document, section=s.section) for s in loaded.rule.sources],
                rationale=loaded.rule.rationale,
            )
            for loaded in self._in_force
        }

    def close(self) -> None:
        """Free the compiled rules now rather than when the advisor is dropped; it cannot advise afterwards."""
        self._engine.close()

    @property
    def rules_in_force(self) -> tuple[LoadedRule, ...]:
        """The rules this advisor evaluates: those valid on its day."""
        return self._in_force

    def fired(self, profile: CaseProfile) -> list[LoadedRule]:
        """Every in-force rule whose `when` holds, in rule order (decided by durable_rules)."""
        return [self._in_force[i] for i in self._engine.fired(to_fact(profile))]

    def decide(self, fired: list[LoadedRule]) -> Decision:
        """Combine the fired rules by the catalogue's regie_hit_policy (see the module docstring)."""
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
            r for r in fired if not (r.rule.then.leads and holder not in r.rule.then.leads and _only_leads(r.rule))
        ]
        overruled = [r for r in claims if not any(r is d for d in deciding)]
        return Decision(counting, decider, overruled)

    def advise(self, profile: CaseProfile | Mapping[str, Any]) -> Advice:
        """The advice for one profile (a CaseProfile or a dict validated into one)."""
        if not isinstance(profile, CaseProfile):
            profile = CaseProfile.model_validate(profile)
        return self.advice_for(profile, self.fired(profile))

    def advice_for(self, profile: CaseProfile, fired: list[LoadedRule]) -> Advice:
        """The advice once the fired rules are known (by the engine, or by a Python walk such as `diff`)."""
        decision = self.decide(fired)
        words = _Words(profile)
        # Parts are plain data, validated once as a whole: faster than a model per part, and just as checked.
        return Advice.model_validate(
            {
                "regie": self._regie(decision, profile),
                "arrangements": self._arrangements(decision, profile),
                "partners": decision.partners(),
                "informed": self._informed(decision, profile),
                "escalation": self._escalation(decision, words),
                "signals": self._signals(decision, words),
                "fired_rules": [self._fired_rules[r.rule.id] for r in decision.counting],
                "rules_version": self.rules.version,
            }
        )

    def _regie(self, decision: Decision, profile: CaseProfile) -> dict[str, Any]:
        rule = decision.decider.rule
        parts = [rule.rationale, because(rule.when, profile)]
        region_rule = decision.region_rule
        if region_rule is not None:
            region = VALUE_LABELS["region"][profile.region]
            parts.append(f"In {region} is dat: {decision.lead} ({region_rule.id}).")
        overruled = [r.rule.id for r in decision.overruled]
        if overruled:
            parts.append(f"Regel {rule.id} gaat hier voor op {join_nl(overruled)}.")
        return {"holder": decision.holder, "lead": decision.lead, "explanation": " ".join(parts)}

    def _arrangements(self, decision: Decision, profile: CaseProfile) -> list[dict[str, Any]]:
        reasons = decision.arrangement_rules()
        return [
            {
                "code": code,
                "title": self._arrangement_titles[code],
                "explanation": " ".join(f"{rule.rationale} {because(rule.when, profile)}" for rule in rules),
                "rule_ids": [rule.id for rule in rules],
            }
            for code, rules in sorted(reasons.items(), key=lambda item: self._arrangement_order[item[0]])
        ]

    def _informed(self, decision: Decision, profile: CaseProfile) -> list[dict[str, Any]]:
        return [
            {
                "partner": code,
                "explanation": " ".join(f"{rule.rationale} {because(rule.when, profile)}" for rule in rules),
                "rule_ids": [rule.id for rule in rules],
            }
            for code, rules in sorted(decision.informed_rules().items())
        ]

    def _escalation(self, decision: Decision, words: "_Words") -> dict[str, Any] | None:
        claims = decision.escalation_rules()
        if not claims:
            return None
        texts = [words.fill(rule.then.escalation.explanation) for rule in claims if rule.then.escalation]
        return {"to": decision.escalation_to(), "explanation": " ".join(dict.fromkeys(texts))}

    def _signals(self, decision: Decision, words: "_Words") -> list[dict[str, Any]]:
        found = decision.signal_codes()
        return [
            {"code": code, "message": words.fill(self.rules.catalog.signals[code])}
            for code in sorted(found, key=self._signal_order.__getitem__)
        ]

    def advise_many(self, profiles: Iterable[CaseProfile | Mapping[str, Any]]) -> Iterator[Advice]:
        """Advices for any iterable of profiles, lazily and in the same order."""
        for profile in profiles:
            yield self.advise(profile)


def _only_leads(rule: Rule) -> bool:
    then = rule.then
    return not (then.arrangements or then.partners or then.informed or then.escalation or then.signals)


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
