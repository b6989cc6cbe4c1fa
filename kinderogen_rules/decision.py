"""The hit policy: from the rules that fired to what the advice concludes, in codes.

One pure function, `decide`, used by `advise`, by `check-rules` and by `diff`,
so the check proves exactly what an advice does. How conclusions combine
(declared in catalogus.yaml as `regie_hit_policy`):
- regie: of the rules that fired with a regie conclusion, the highest priority
  decides who coordinates. Two of that priority naming different holders are a
  conflict (`Decision.conflict`), which check-rules reports and advise never
  meets in a checked rule set; some regie rule must fire (else RuleGapError).
- lead: a region rule that names the deciding holder gives the region's words;
  otherwise the deciding rule's own lead.
- arrangements, partners, signals, escalation: the union over every rule that
  applies, overruled regie rules included: regie decides who coordinates, not
  who sits at the table (kadernotitie §3.2: the gemeente coordinates together
  with the school).
- informed: a rule may keep a partner informed instead of at the table; that
  wins over any rule that would seat the partner. Region rules that only name
  leads count only when they name the deciding holder.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from .codes import ArrangementCode, Holder, Partner, SignalCode
from .errors import RuleGapError
from .ruleset import LoadedRule, RegieConclusion, Rule, Then

Code = TypeVar("Code", bound=str)

GAP_MESSAGE = (
    "Geen enkele regieregel past bij dit profiel. De regels hebben hier een gat; "
    "meld dit aan de beheerder van de regels (kinderogen check-rules laat het gat zien)."
)


def _claim(rule: Rule) -> RegieConclusion:
    claim = rule.then.regie
    if claim is None:
        raise ValueError(f"{rule.id} concludeert niets over regie")
    return claim


@dataclass(frozen=True)
class Decision:
    """What one evaluation concludes, in codes: the rules that count, the regie rules of the highest priority
    (the first of them decides) and the regie rules they overrule. The advice adds words; `diff` compares codes.

    Derived values are computed once per decision: the advisor keeps one decision per set of fired rules.
    """

    counting: tuple[LoadedRule, ...]
    deciding: tuple[LoadedRule, ...]
    overruled: tuple[LoadedRule, ...]

    @property
    def decider(self) -> LoadedRule:
        return self.deciding[0]

    @property
    def holder(self) -> Holder:
        return _claim(self.decider.rule).holder

    @cached_property
    def conflict(self) -> bool:
        """Whether regie rules of the same, highest priority name different holders."""
        return len({_claim(r.rule).holder for r in self.deciding}) > 1

    @cached_property
    def region_rule(self) -> Rule | None:
        """The region rule that names who takes this holder's regie, if any."""
        return next(
            (r.rule for r in self.counting if r.rule.then.leads and self.holder in r.rule.then.leads),
            None,
        )

    @cached_property
    def lead(self) -> str:
        region = self.region_rule
        if region is not None and region.then.leads:
            return region.then.leads[self.holder]
        return _claim(self.decider.rule).lead

    def _rules_per_code(self, codes_of: Callable[[Then], list[Code]]) -> dict[Code, list[Rule]]:
        """Each code a counting rule concludes, with the rules that conclude it, in rule order."""
        reasons: dict[Code, list[Rule]] = {}
        for loaded in self.counting:
            for code in codes_of(loaded.rule.then):
                reasons.setdefault(code, []).append(loaded.rule)
        return reasons

    @cached_property
    def arrangement_rules(self) -> dict[ArrangementCode, list[Rule]]:
        """Each arrangement with the rules that lead to it (not yet in catalogue order)."""
        return self._rules_per_code(lambda then: then.arrangements)

    @cached_property
    def informed_rules(self) -> dict[Partner, list[Rule]]:
        """Each partner kept informed rather than at the table, with the rules that say so, by partner code."""
        return dict(sorted(self._rules_per_code(lambda then: then.informed).items()))

    @cached_property
    def partners(self) -> list[Partner]:
        """Who is at the table: every counting rule's partners, less those a rule keeps informed instead."""
        away = {p for r in self.counting for p in r.rule.then.informed}
        return sorted({p for r in self.counting for p in r.rule.then.partners} - away)

    @cached_property
    def escalation_rules(self) -> list[Rule]:
        return [r.rule for r in self.counting if r.rule.then.escalation is not None]

    @cached_property
    def escalation_to(self) -> list[Partner]:
        return sorted({p for rule in self.escalation_rules if rule.then.escalation for p in rule.then.escalation.to})

    @cached_property
    def signal_codes(self) -> frozenset[SignalCode]:
        return frozenset(code for r in self.counting for code in r.rule.then.signals)


def _only_leads(rule: Rule) -> bool:
    then = rule.then
    return not (then.arrangements or then.partners or then.informed or then.escalation or then.signals)


def decide(fired: Sequence[LoadedRule]) -> Decision:
    """Combine the fired rules (in rule order) by the hit policy of the module docstring."""
    claims = [r for r in fired if r.rule.then.regie is not None]
    if not claims:
        raise RuleGapError(GAP_MESSAGE)
    top = max(_claim(r.rule).priority for r in claims)
    deciding = tuple(r for r in claims if _claim(r.rule).priority == top)
    holder = _claim(deciding[0].rule).holder
    counting = tuple(
        r for r in fired if not (r.rule.then.leads and holder not in r.rule.then.leads and _only_leads(r.rule))
    )
    overruled = tuple(r for r in claims if not any(r is d for d in deciding))
    return Decision(counting, deciding, overruled)
