"""An advice in codes only, in the one order an advice lists its codes.

An analyst, the monitor and both diffs count and compare codes, not words. `AdviceCodes` is what they share:
built from a decision (`AdviceCodes.of`: batch's Parquet, `advise_frame`, `diff --cases`) or read back from
batch's output (JSONL or Parquet: the monitor). `CodeOrder` is the order the advice itself uses, so every code
list reads alike wherever it is: arrangements and signals as the catalogue lists them (the lightest and nearest
to home first), partners by code.
"""

from collections.abc import Iterable
from typing import NamedTuple, TypeVar

from .decision import Decision
from .ruleset import CatalogFile
from .vocabulary import ArrangementCode, Holder, Partner, SignalCode

Code = TypeVar("Code", bound=str)


class CodeOrder:
    """The order of codes in an advice, from one rule set's catalogue."""

    def __init__(self, catalog: CatalogFile) -> None:
        self.arrangement_rank: dict[str, int] = {a.code: n for n, a in enumerate(catalog.arrangements)}
        self.signal_rank: dict[str, int] = {code: n for n, code in enumerate(catalog.signals)}

    def arrangements(self, codes: Iterable[Code]) -> tuple[Code, ...]:
        """Arrangement codes in catalogue order."""
        return tuple(sorted(codes, key=self.arrangement_rank.__getitem__))

    def signals(self, codes: Iterable[Code]) -> tuple[Code, ...]:
        """Signal codes in catalogue order."""
        return tuple(sorted(codes, key=self.signal_rank.__getitem__))

    @staticmethod
    def partners(codes: Iterable[Code]) -> tuple[Code, ...]:
        """Partner codes by code."""
        return tuple(sorted(codes))


class AdviceCodes(NamedTuple):
    """The codes of one advice, each list in the advice's order (`CodeOrder`), and the version of the rules."""

    holder: Holder
    arrangements: tuple[ArrangementCode, ...]
    partners: tuple[Partner, ...]
    informed: tuple[Partner, ...]
    escalation_to: tuple[Partner, ...]
    signals: tuple[SignalCode, ...]
    # The ids of the rules that counted, in rule order.
    fired_rules: tuple[str, ...]
    rules_version: str

    def declared_in(self, catalog: CatalogFile) -> bool:
        """Whether every code is one the catalogue declares."""
        partners = catalog.partners
        return (
            self.holder in catalog.holders
            and set(self.arrangements) <= set(catalog.arrangement_titles)
            and all(p in partners for p in (*self.partners, *self.informed, *self.escalation_to))
            and all(s in catalog.signals for s in self.signals)
        )

    @classmethod
    def of(cls, decision: Decision, order: CodeOrder, rules_version: str) -> "AdviceCodes":
        """The codes of the advice that a decision gives, exactly as `Advisor.advise` lists them."""
        return cls(
            decision.holder,
            order.arrangements(decision.arrangement_rules),
            tuple(decision.partners),
            tuple(decision.informed_rules),
            tuple(decision.escalation_to),
            order.signals(decision.signal_codes),
            tuple(loaded.rule.id for loaded in decision.counting),
            rules_version,
        )
