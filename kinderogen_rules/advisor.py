"""From a profile to an Advice: the engine says which rules fire, `decide` combines them, the words word them.

The hit policy is in `core.decision`; the Dutch in `core.advice_words`; what would change the advice in
`proofs.whatif`. The advisor owns the compiled rules (one engine per period in which the same rules are in force)
and the caches: one decision (and its codes) per set of fired rules, the explanations per rule (see
`advice_words.RuleWords`), and the what-if candidates of each period.
"""

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from .core.advice import Advice
from .core.advice_codes import AdviceCodes, CodeOrder
from .core.advice_words import AdviceWords
from .core.dates import day_of, today
from .core.decision import Decision, decide
from .core.engine import Engine
from .core.profile import Profile
from .core.ruleset import LoadedRule, Period, RuleSet, load_rules, shipped_rules
from .proofs.whatif import WhatIf

# Distinct sets of fired rules the advisor remembers the decision of; a caseload has a few thousand.
DECISIONS_CACHED = 65_536
# Compiled rule sets (one per period of the rules) an advisor keeps; an older one is freed when no call uses it.
ENGINES_KEPT = 4

Clock = Callable[[], dt.date]


class _Compiled:
    """The rules in force in one period, compiled: engine, words, the decisions met so far, and the what-if
    candidates once asked for."""

    def __init__(self, rules: RuleSet, period: Period) -> None:
        self.rules = rules
        in_force = self.in_force = period.rules
        engine = self.engine = Engine(
            [loaded.rule.when for loaded in in_force],
            rules.vocabulary,
            [f"{loaded.file}: {loaded.rule.id}" for loaded in in_force],
        )
        order = CodeOrder(rules.catalog)
        self.words = AdviceWords(rules, [loaded.rule for loaded in in_force], order)

        def decide_fired(indexes: tuple[int, ...]) -> Decision:
            return decide([in_force[i] for i in indexes])

        # The caches hold the rules, not the advisor, so a dropped advisor frees its engine at once.
        decision = self.decision = lru_cache(maxsize=DECISIONS_CACHED)(decide_fired)

        def codes_of(indexes: tuple[int, ...]) -> AdviceCodes:
            return AdviceCodes.of(decision(indexes), order, rules.version)

        self.codes = lru_cache(maxsize=DECISIONS_CACHED)(codes_of)

        def decide_profile(profile: Profile) -> Decision:
            return decision(tuple(engine.fired(profile)))

        self.decide = decide_profile
        self._what_if: WhatIf | None = None
        self._what_if_lock = threading.Lock()

    def what_if(self) -> WhatIf:
        """The what-if candidates of these rules, derived on the first call."""
        with self._what_if_lock:
            if self._what_if is None:
                self._what_if = WhatIf(self.rules, self.in_force, self.decide)
            return self._what_if


class Advisor:
    """One rule set that advises on any number of profiles, each on a day: the rules in force that day decide.

    Without `on`, the day is the day of each call (read from `clock`: the day in the Netherlands), so a process that
    runs past midnight advises on the new day. The rules of each period are compiled once, when first needed. A day
    (`on`, here and in every method) is a date, or a datetime's day in the Netherlands; anything else is a DateError.
    """

    def __init__(self, rules: RuleSet, on: dt.date | None = None, clock: Clock = today) -> None:
        """Compile the rules in force on `on` (default: today); RuleLoadError if the engine cannot compile one."""
        self.rules = rules
        self._on = day_of(on)
        self._clock = clock
        self._compiled: OrderedDict[dt.date | None, _Compiled] = OrderedDict()  # by the period's start
        self._lock = threading.Lock()
        self._last: tuple[dt.date, _Compiled] | None = None
        self._compiled_on(self.day)

    @property
    def day(self) -> dt.date:
        """The day the advisor advises on when a call names none."""
        return self._on or self._clock()

    def _day(self, on: dt.date | None) -> dt.date:
        """The day of a call: the one it names (see `dates.day_of`), or the advisor's."""
        return day_of(on) or self.day

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
        return self.rules.in_force(self._day(on))

    def fired(self, profile: Profile, on: dt.date | None = None) -> list[LoadedRule]:
        """Every rule in force whose `when` holds, in rule order (decided by durable_rules)."""
        compiled = self._compiled_on(self._day(on))
        return [compiled.in_force[i] for i in compiled.engine.fired(profile)]

    def decision(self, profile: Profile, on: dt.date | None = None) -> Decision:
        """What the fired rules conclude for the profile, with the rules behind each conclusion."""
        return self._compiled_on(self._day(on)).decide(profile)

    def codes(self, profile: Profile, on: dt.date | None = None) -> AdviceCodes:
        """The codes of the profile's advice, as `advise` would list them, without its words (fast: remembered per
        set of fired rules). A RuleGapError when no regie rule applies, as from `advise`."""
        compiled = self._compiled_on(self._day(on))
        return compiled.codes(tuple(compiled.engine.fired(profile)))

    def questions_that_matter(self, profile: Profile, on: dt.date | None = None) -> set[str]:
        """The fields of the profile of which another answer would change the advice (see `proofs.whatif`)."""
        return self._compiled_on(self._day(on)).what_if().questions_that_matter(profile)

    def advise(self, profile: Profile | Mapping[str, Any], on: dt.date | None = None, what_if: bool = False) -> Advice:
        """The advice for one profile (a CaseProfile or a dict validated into one) under the rules in force on `on`;
        with `what_if`, also which change of one answer would change it (`proofs.whatif`)."""
        profile = self.profile(profile)
        day = self._day(on)
        compiled = self._compiled_on(day)
        decision = compiled.decide(profile)
        # The parts are frozen models (shared between advices with the same words): validating them as a whole
        # only checks their types, which costs a few microseconds.
        return Advice.model_validate(
            {
                **compiled.words.parts(decision, profile),
                "partners": decision.partners,
                "rules_version": self.rules.version,
                "date": day,
                "what_would_change": compiled.what_if().what_would_change(profile) if what_if else None,
            }
        )

    def profile(self, given: Profile | Mapping[str, Any]) -> Profile:
        """The profile in these rules' vocabulary: a dict is validated into one; a profile of another vocabulary
        (the shipped CaseProfile, for rules with a region of their own) is validated anew."""
        model = self.rules.profile_model
        if type(given) is model:
            return given
        if isinstance(given, Profile):
            return model.model_validate(given.model_dump())
        return model.model_validate(given)

    def advise_many(
        self, profiles: Iterable[Profile | Mapping[str, Any]], on: dt.date | None = None
    ) -> Iterator[Advice]:
        """Advices for any iterable of profiles, lazily and in the same order, all on one day (default: the day
        the first advice is given, so a run that passes midnight stays on one day)."""
        day = day_of(on)
        for profile in profiles:
            day = day or self.day
            yield self.advise(profile, day)


_default: dict[str, Advisor] = {}
_default_lock = threading.Lock()


def default_advisor() -> Advisor:
    """The advisor for the rules shipped with the package, built once per process."""
    with _default_lock:
        if "advisor" not in _default:
            _default["advisor"] = Advisor(shipped_rules())
        return _default["advisor"]


def advisor_for(directory: Path | str | None) -> Advisor:
    """An advisor for another rules directory (or the shipped one for None)."""
    return default_advisor() if directory is None else Advisor(load_rules(directory))


def advise(profile: Profile | Mapping[str, Any], on: dt.date | None = None, what_if: bool = False) -> Advice:
    """The advice for one case profile, with the shipped rules in force on `on` (default: today) (contract: advise);
    `what_if` as in Advisor.advise."""
    return default_advisor().advise(profile, on, what_if=what_if)


def advise_many(profiles: Iterable[Profile | Mapping[str, Any]], on: dt.date | None = None) -> Iterator[Advice]:
    """Advices for any iterable of profiles, in the same order, on one day (contract: advise_many)."""
    return default_advisor().advise_many(profiles, on)
