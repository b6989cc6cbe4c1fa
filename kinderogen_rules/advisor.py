"""From a profile to an Advice: the engine says which rules fire, `decide` combines them, `explain` words them.

The hit policy is in `decision.py`; the Dutch in `explain.py`. The advisor owns
the compiled rules and the caches: one decision per set of fired rules, and the
explanations per rule (see `explain.RuleWords`).
"""

import datetime as dt
import threading
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from .advice import Advice, FiredRule, SourceRef
from .decision import Decision, decide
from .engine import Engine
from .explain import AdviceWords
from .profile import CaseProfile
from .ruleset import LoadedRule, RuleSet, load_rules
from .whatif import what_would_change

# Distinct sets of fired rules the advisor remembers the decision of; a caseload has a few thousand.
DECISIONS_CACHED = 65_536


class Advisor:
    """One rule set, compiled once, that advises on any number of profiles."""

    def __init__(self, rules: RuleSet, on: dt.date | None = None) -> None:
        """Compile the rules in force on `on` (default today); RuleLoadError if the engine cannot compile one."""
        self.rules = rules
        self.day = on or dt.date.today()
        self._in_force = rules.in_force(self.day)
        self._engine = Engine(
            [loaded.rule.when for loaded in self._in_force],
            [f"{loaded.file}: {loaded.rule.id}" for loaded in self._in_force],
        )
        self._words = AdviceWords(rules, [loaded.rule for loaded in self._in_force])
        in_force = self._in_force

        def decide_fired(indexes: tuple[int, ...]) -> Decision:
            return decide([in_force[i] for i in indexes])

        # The cache holds the rules, not the advisor, so a dropped advisor frees its engine at once.
        self._decision = lru_cache(maxsize=DECISIONS_CACHED)(decide_fired)
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
        return [self._in_force[i] for i in self._engine.fired(profile)]

    def decision(self, profile: CaseProfile) -> Decision:
        """What the fired rules conclude for the profile, in codes."""
        return self._decision(tuple(self._engine.fired(profile)))

    def advise(self, profile: CaseProfile | Mapping[str, Any], what_if: bool = False) -> Advice:
        """The advice for one profile (a CaseProfile or a dict validated into one); with `what_if`, also which
        change of one answer would change it (`whatif.py`)."""
        if not isinstance(profile, CaseProfile):
            profile = CaseProfile.model_validate(profile)
        decision = self.decision(profile)
        # The parts are frozen models (shared between advices with the same words): validating them as a whole
        # only checks their types, which costs a few microseconds.
        return Advice.model_validate(
            {
                **self._words.parts(decision, profile),
                "partners": decision.partners,
                "fired_rules": [self._fired_rules[r.rule.id] for r in decision.counting],
                "rules_version": self.rules.version,
                "what_would_change": what_would_change(self, profile) if what_if else None,
            }
        )

    def advise_many(self, profiles: Iterable[CaseProfile | Mapping[str, Any]]) -> Iterator[Advice]:
        """Advices for any iterable of profiles, lazily and in the same order."""
        for profile in profiles:
            yield self.advise(profile)


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


def advise(profile: CaseProfile | Mapping[str, Any], what_if: bool = False) -> Advice:
    """The advice for one case profile, with the shipped rules (contract: advise); `what_if` as in Advisor.advise."""
    return default_advisor().advise(profile, what_if=what_if)


def advise_many(profiles: Iterable[CaseProfile | Mapping[str, Any]]) -> Iterator[Advice]:
    """Advices for any iterable of profiles, in the same order (contract: advise_many)."""
    return default_advisor().advise_many(profiles)
