"""What changes between two decisions, in codes, and which rules are behind each change.

Three places ask it: what-if (one answer changed), `diff` (another rule set, on boundary profiles) and
`diff --cases` (another rule set, on a caseload). They ask it of the same `DecisionChange`, so a change means the
same everywhere, its codes in the advice's order (`CodeOrder`). Each single change has a key, as the diffs count
them: "regie:school:gemeente" (the holder moves), "lead" (the same holder, someone else takes it),
"<kind>+<code>" (a code added) and "<kind>-<code>" (a code gone).
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..core.advice_codes import CodeOrder
from ..core.decision import Decision
from ..core.ruleset import Rule
from ..core.vocabulary import ArrangementCode, Holder, Partner, SignalCode

# The kinds of conclusion compared code by code, in the order the keys of a change name them.
KINDS = ("arrangements", "partners", "informed", "escalation", "signals")
# The kinds what-if counts: what a professional would see change in the advice's conclusions.
SEEN_KINDS = ("arrangements", "escalation", "signals")
CHANGE_KEY = re.compile(r"(?P<kind>[a-z]+)(?P<sign>[+-])(?P<code>.+)")


@dataclass(frozen=True, eq=False)
class DecisionChange:
    """The difference between two decisions, codes in the advice's order (empty tuples where a part stays); `seen` is
    what compares two changes for what-if."""

    before: Decision
    after: Decision
    # The new regie holder, or None when the holder stays.
    holder: Holder | None
    # The holder stays, but someone else takes the regie (a region rule or the deciding rule names another lead).
    lead: bool
    arrangements_added: tuple[ArrangementCode, ...]
    arrangements_removed: tuple[ArrangementCode, ...]
    partners_added: tuple[Partner, ...]
    partners_removed: tuple[Partner, ...]
    informed_added: tuple[Partner, ...]
    informed_removed: tuple[Partner, ...]
    escalation_added: tuple[Partner, ...]
    escalation_removed: tuple[Partner, ...]
    signals_added: tuple[SignalCode, ...]
    signals_removed: tuple[SignalCode, ...]

    @classmethod
    def between(cls, before: Decision, after: Decision, order: CodeOrder) -> "DecisionChange":
        """What changes from `before` to `after`."""
        arrangements = set(before.arrangement_rules), set(after.arrangement_rules)
        partners = set(before.partners), set(after.partners)
        informed = set(before.informed_rules), set(after.informed_rules)
        escalation = set(before.escalation_to), set(after.escalation_to)
        signals = before.signal_codes, after.signal_codes
        return cls(
            before=before,
            after=after,
            holder=after.holder if after.holder != before.holder else None,
            lead=after.holder == before.holder and after.lead != before.lead,
            arrangements_added=order.arrangements(arrangements[1] - arrangements[0]),
            arrangements_removed=order.arrangements(arrangements[0] - arrangements[1]),
            partners_added=order.partners(partners[1] - partners[0]),
            partners_removed=order.partners(partners[0] - partners[1]),
            informed_added=order.partners(informed[1] - informed[0]),
            informed_removed=order.partners(informed[0] - informed[1]),
            escalation_added=order.partners(escalation[1] - escalation[0]),
            escalation_removed=order.partners(escalation[0] - escalation[1]),
            signals_added=order.signals(signals[1] - signals[0]),
            signals_removed=order.signals(signals[0] - signals[1]),
        )

    def codes(self, kind: str, added: bool) -> tuple[str, ...]:
        """The codes of one kind that are added (or removed)."""
        found: tuple[str, ...] = getattr(self, f"{kind}_{'added' if added else 'removed'}")
        return found

    @cached_property
    def seen(self) -> frozenset[tuple[str, Any]]:
        """What what-if counts as change, each single one as (part, code): the holder, and the arrangements,
        escalation and signals added or removed; how much changes is how many there are."""
        found: set[tuple[str, Any]] = {("regie", self.holder)} if self.holder else set()
        for kind in SEEN_KINDS:
            for added in (True, False):
                part = f"{kind}_{'added' if added else 'removed'}"
                found.update((part, code) for code in self.codes(kind, added))
        return frozenset(found)

    def kinds(self) -> list[str]:
        """Every single change as the kind of change the diffs count, by its key (see the module docstring)."""
        keys = []
        if self.holder is not None:
            keys.append(f"regie:{self.before.holder}:{self.holder}")
        elif self.lead:
            keys.append("lead")
        for kind in KINDS:
            keys.extend(f"{kind}+{code}" for code in self.codes(kind, True))
            keys.extend(f"{kind}-{code}" for code in self.codes(kind, False))
        return keys

    def causes(self, key: str) -> tuple[str, ...]:
        """The ids of the rules behind one change (a key of `kinds`): for the holder or the lead, the rule that
        decided before and the one that decides after; for a code added, the rules that now conclude it; for one
        gone, the rules that concluded it."""
        before, after = self.before, self.after
        if key.startswith("regie:"):
            return before.decider.rule.id, after.decider.rule.id
        if key == "lead":
            return tuple((d.region_rule or d.decider.rule).id for d in (before, after))
        found = CHANGE_KEY.fullmatch(key)
        if found is None:
            raise ValueError(f"geen soort verandering: {key}")
        decision = after if found["sign"] == "+" else before
        return tuple(dict.fromkeys(rule.id for rule in rules_behind(found["kind"], [found["code"]], decision)))

    def seen_rules(self) -> list[Rule]:
        """The rules behind what what-if counts (`seen`), in the order it names its parts, each once: the rule that
        decides the new holder, then per kind those behind the codes added and behind the codes removed."""
        before, after = self.before, self.after
        found: list[Rule] = [after.decider.rule] if self.holder else []
        for kind in SEEN_KINDS:
            found += rules_behind(kind, self.codes(kind, True), after)
            found += rules_behind(kind, self.codes(kind, False), before)
        return list({rule.id: rule for rule in found}.values())


def rules_behind(kind: str, codes: Iterable[str], decision: Decision) -> list[Rule]:
    """The rules of a decision that conclude any of these codes of one kind: arrangements and informed partners code
    by code, the others in rule order."""
    wanted = list(codes)
    if not wanted:
        return []
    if kind == "arrangements":
        return [rule for code in wanted for rule in decision.arrangement_rules.get(code, [])]
    if kind == "informed":
        return [rule for code in wanted for rule in decision.informed_rules.get(code, [])]
    if kind == "escalation":
        return [
            rule
            for rule in decision.escalation_rules
            if rule.then.escalation and not set(wanted).isdisjoint(rule.then.escalation.to)
        ]
    return [r.rule for r in decision.counting if not set(wanted).isdisjoint(getattr(r.rule.then, kind))]


def keyed_causes(change: DecisionChange) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each single change of a `DecisionChange` with the ids of the rules behind it."""
    for key in change.kinds():
        yield key, change.causes(key)
