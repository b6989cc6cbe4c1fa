"""From a profile to an Advice: the engine says which rules fire, `decide` combines them, `explain` words them.

The hit policy is in `decision.py`; the Dutch in `explain.py`. The advisor owns
the compiled rules (one engine per period in which the same rules are in force)
and the caches: one decision per set of fired rules, and the explanations per
rule (see `explain.RuleWords`).
"""

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from .core.advice import Advice, FiredRule, SourceRef
from .core.advice_words import AdviceWords
from .core.decision import Decision, decide
from .core.engine import Engine
from .core.profile import CaseProfile
from .core.ruleset import LoadedRule, Period, RuleSet, load_rules
from .proofs.whatif import what_would_change

# Distinct sets of fired rules the advisor remembers the decision of; a caseload has a few thousand.
DECISIONS_CACHED = 65_536
# Compiled rule sets (one per period of the rules) an advisor keeps; an older one is freed when no call uses it.
ENGINES_KEPT = 4

Clock = Callable[[], dt.date]


class _Compiled:
    """The rules in force in one period, compiled: engine, words, and the decisions met so far."""

    def __init__(self, rules: RuleSet, period: Period) -> None:
        in_force = self.in_force = period.rules
        self.engine = Engine(
            [loaded.rule.when for loaded in in_force], [f"{loaded.file}: {loaded.rule.id}" for loaded in in_force]
        )
        self.words = AdviceWords(rules, [loaded.rule for loaded in in_force])

        def decide_fired(indexes: tuple[int, ...]) -> Decision:
            return decide([in_force[i] for i in indexes])

        # The cache holds the rules, not the advisor, so a dropped advisor frees its engine at once.
        self.decision = lru_cache(maxsize=DECISIONS_CACHED)(decide_fired)
        # Frozen, so one object per rule serves every advice.
        self.fired_rules = {
            loaded.rule.id: FiredRule(
                id=loaded.rule.id,
                title=loaded.rule.title,
                sources=[SourceRef(document=s.document, section=s.section) for s in loaded.rule.sources],
                rationale=loaded.rule.rationale,
            )
            for loaded in in_force
        }


class Advisor:
    """One rule set that advises on any number of profiles, each on a day: the rules in force that day decide.

    Without `on`, the day is the day of each call (read from `clock`), so a process that runs past midnight
    advises on the new day. The rules of each period are compiled once, when first needed.
    """

    def __init__(self, rules: RuleSet, on: dt.date | None = None, clock: Clock = dt.date.today) -> None:
        """Compile the rules in force on `on` (default: today); RuleLoadError if the engine cannot compile one."""
        self.rules = rules
        self._on = on
        self._clock = clock
        self._compiled: OrderedDict[dt.date | None, _Compiled] = OrderedDict()  # by the period's start
        self._lock = threading.Lock()
        self._last: tuple[dt.date, _Compiled] | None = None
        self._compiled_on(self.day)

    @property
    def day(self) -> dt.date:
        """The day the advisor advises on when a call names none."""
        return self._on or self._clock()

    def _compiled_on(self, day: dt.date) -> _Compiled:
        last = self._last
        if last is not None and last[0] == day:
            return last[1]
        period = self.rules.period(day)
        with self._lock:
            compiled = self._compiled.get(period.start)
            if compiled is None:
                compiled = self._compiled[period.start] = _Compiled(self.rules, period)
                while len(self._compiled) > ENGINES_KEPT:
                    # Dropped, not closed: a call on another thread may still hold it; the last one frees it.
                    self._compiled.popitem(last=False)
            else:
                self._compiled.move_to_end(period.start)
            # Most calls ask for the same day as the one before: they skip the lookup and the lock.
            self._last = (day, compiled)
            return compiled

    def close(self) -> None:
        """Free the compiled rules now rather than when the advisor is dropped (a later call compiles again)."""
        with self._lock:
            for compiled in self._compiled.values():
                compiled.engine.close()
            self._compiled.clear()
            self._last = None

    def in_force(self, on: dt.date | None = None) -> tuple[LoadedRule, ...]:
        """The rules in force on a day (default: the advisor's day)."""
        return self.rules.in_force(on or self.day)

    @property
    def rules_in_force(self) -> tuple[LoadedRule, ...]:
        """The rules this advisor evaluates on its day."""
        return self.in_force()

    def fired(self, profile: CaseProfile, on: dt.date | None = None) -> list[LoadedRule]:
        """Every rule in force whose `when` holds, in rule order (decided by durable_rules)."""
        compiled = self._compiled_on(on or self.day)
        return [compiled.in_force[i] for i in compiled.engine.fired(profile)]

    def decision(self, profile: CaseProfile, on: dt.date | None = None) -> Decision:
        """What the fired rules conclude for the profile, in codes."""
        compiled = self._compiled_on(on or self.day)
        return compiled.decision(tuple(compiled.engine.fired(profile)))

    def advise(
        self, profile: CaseProfile | Mapping[str, Any], on: dt.date | None = None, what_if: bool = False
    ) -> Advice:
        """The advice for one profile (a CaseProfile or a dict validated into one) under the rules in force on `on`;
        with `what_if`, also which change of one answer would change it (`whatif.py`)."""
        if not isinstance(profile, CaseProfile):
            profile = CaseProfile.model_validate(profile)
        day = on or self.day
        compiled = self._compiled_on(day)
        decision = compiled.decision(tuple(compiled.engine.fired(profile)))
        # The parts are frozen models (shared between advices with the same words): validating them as a whole
        # only checks their types, which costs a few microseconds.
        return Advice.model_validate(
            {
                **compiled.words.parts(decision, profile),
                "partners": decision.partners,
                "fired_rules": [compiled.fired_rules[r.rule.id] for r in decision.counting],
                "rules_version": self.rules.version,
                "date": day,
                "what_would_change": what_would_change(self, profile, day) if what_if else None,
            }
        )

    def advise_many(
        self, profiles: Iterable[CaseProfile | Mapping[str, Any]], on: dt.date | None = None
    ) -> Iterator[Advice]:
        """Advices for any iterable of profiles, lazily and in the same order, all on one day (default: the day
        the first advice is given, so a run that passes midnight stays on one day)."""
        day = None
        for profile in profiles:
            day = day or on or self.day
            yield self.advise(profile, day)


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


def advise(profile: CaseProfile | Mapping[str, Any], on: dt.date | None = None, what_if: bool = False) -> Advice:
    """The advice for one case profile, with the shipped rules in force on `on` (default: today) (contract: advise);
    `what_if` as in Advisor.advise."""
    return default_advisor().advise(profile, on, what_if=what_if)


def advise_many(profiles: Iterable[CaseProfile | Mapping[str, Any]], on: dt.date | None = None) -> Iterator[Advice]:
    """Advices for any iterable of profiles, in the same order, on one day (contract: advise_many)."""
    return default_advisor().advise_many(profiles, on)
