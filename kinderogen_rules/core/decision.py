"""The hit policy: from the rules that fired to what the advice concludes, in codes.

One pure function, `decide`, used by `advise`, by `check-rules` and by `diff`,
so the check proves exactly what an advice does. How conclusions combine
(declared in catalogus.yaml as `regie_hit_policy`):
- regie: of the rules that fired with a regie conclusion, the highest priority
  decides who coordinates. Two of that priority naming different holders are a
  conflict (`Decision.conflict`), which check-rules reports and advise never
  meets in a checked rule set; some regie rule must fire (else RuleGapError).
- lead: a region rule that names the deciding rule's role (its `role`, or else
  its holder) gives the region's words; otherwise the deciding rule's own lead.
  A region names only the roles its own text covers.
- arrangements, partners, signals, escalation: the union over every rule that
  applies, overruled regie rules included: regie decides who coordinates, not
  who sits at the table (kadernotitie §3.2: the gemeente coordinates together
  with the school).
- informed: a rule may keep a partner informed instead of at the table; that
  wins over any rule that would seat the partner. Region rules that only name
  leads count only when they name the deciding role.
- escalation: a route of steps, one per kind of step and partners, each with
  the rules that conclude it, in rule order (the words put the kinds in the
  catalogue's order).
"""

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .errors import RuleGapError
from .ruleset import LoadedRule, RegieConclusion, Rule, Then
from .vocabulary import ArrangementCode, Holder, Partner, SignalCode

Key = TypeVar("Key", bound=Hashable)
# Most decisions raise no signal: they share one empty set.
NO_SIGNALS: frozenset[SignalCode] = frozenset()

GAP_MESSAGE = (
    "Geen enkele regieregel past bij dit profiel. De regels hebben hier een gat; "
    "meld dit aan de beheerder van de regels (kinderogen check-rules laat het gat zien)."
)


def _claim(rule: Rule) -> RegieConclusion:
    claim = rule.then.regie
    if claim is None:
        raise ValueError(f"{rule.id} concludeert niets over regie")
    return claim


@dataclass(frozen=True, slots=True)
class Decision:
    """What one evaluation concludes, in codes. The advice adds words; `diff` compares the codes.

    counting: the rules that count (in rule order); deciding: the regie rules of the highest priority, of which
    the first decides; overruled: the regie rules they overrule. The rest is derived from those in `decide`, once.
    An advisor remembers thousands of decisions, so each holds tuples and no instance dict: fewer objects for the
    garbage collector to walk.
    """

    counting: tuple[LoadedRule, ...]
    deciding: tuple[LoadedRule, ...]
    overruled: tuple[LoadedRule, ...]
    holder: Holder
    lead: str
    region_rule: Rule | None
    # Each code with the rules that conclude it, in rule order (arrangements not yet in catalogue order).
    arrangement_rules: dict[ArrangementCode, tuple[Rule, ...]]
    informed_rules: dict[Partner, tuple[Rule, ...]]
    partners: tuple[Partner, ...]
    escalation_rules: tuple[Rule, ...]
    escalation_to: tuple[Partner, ...]
    signal_codes: frozenset[SignalCode]
    # Each step of the route as (kind, partners) with the rules that conclude it, in rule order.
    escalation_steps: dict[tuple[str, tuple[Partner, ...]], tuple[Rule, ...]]
    # The rules that say the child or young person is at the table itself.
    child_rules: tuple[Rule, ...]

    @property
    def decider(self) -> LoadedRule:
        return self.deciding[0]

    @property
    def conflict(self) -> bool:
        """Whether regie rules of the same, highest priority name different holders."""
        return any(_claim(r.rule).holder != self.holder for r in self.deciding)


def _only_leads(then: Then) -> bool:
    return not (then.arrangements or then.partners or then.informed or then.escalation or then.signals or then.child)


def decide(fired: Sequence[LoadedRule]) -> Decision:
    """Combine the fired rules (in rule order) by the hit policy of the module docstring."""
    claims = [(r, r.rule.then.regie) for r in fired if r.rule.then.regie is not None]
    if not claims:
        raise RuleGapError(GAP_MESSAGE)
    top = max(claim.priority for _, claim in claims)
    deciding = tuple(r for r, claim in claims if claim.priority == top)
    decider = _claim(deciding[0].rule)
    holder = decider.holder
    role = decider.lead_role
    arrangements: dict[ArrangementCode, list[Rule]] = {}
    informed: dict[Partner, list[Rule]] = {}
    seated: set[Partner] = set()
    escalation_rules: list[Rule] = []
    escalation_to: set[Partner] = set()
    steps: dict[tuple[str, tuple[Partner, ...]], list[Rule]] = {}
    child: list[Rule] = []
    signals: set[SignalCode] = set()
    region_rule: Rule | None = None
    counting = []
    for loaded in fired:
        rule = loaded.rule
        then = rule.then
        if then.leads:
            if role in then.leads:
                region_rule = region_rule or rule
            elif _only_leads(then):
                continue
        counting.append(loaded)
        for code in then.arrangements:
            arrangements.setdefault(code, []).append(rule)
        for partner in then.informed:
            informed.setdefault(partner, []).append(rule)
        seated.update(then.partners)
        if then.escalation is not None:
            escalation_rules.append(rule)
            escalation_to.update(then.escalation.to)
            steps.setdefault((then.escalation.kind, tuple(sorted(then.escalation.to))), []).append(rule)
        if then.child:
            child.append(rule)
        signals.update(then.signals)
    return Decision(
        counting=tuple(counting),
        deciding=deciding,
        overruled=tuple(r for r, claim in claims if claim.priority != top),
        holder=holder,
        lead=region_rule.then.leads[role] if region_rule is not None and region_rule.then.leads else decider.lead,
        region_rule=region_rule,
        arrangement_rules=_frozen(arrangements),
        informed_rules=_frozen(dict(sorted(informed.items()))),
        partners=tuple(sorted(seated - set(informed))),
        escalation_rules=tuple(escalation_rules),
        escalation_to=tuple(sorted(escalation_to)),
        signal_codes=frozenset(signals) if signals else NO_SIGNALS,
        escalation_steps=_frozen(steps),
        child_rules=tuple(child),
    )


def _frozen(found: dict[Key, list[Rule]]) -> dict[Key, tuple[Rule, ...]]:
    """Each key's rules as a tuple."""
    return {key: tuple(rules) for key, rules in found.items()}
