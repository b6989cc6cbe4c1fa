"""Prints what `advise` costs against the bare C-engine floor beneath it.

Target (issue 10): `advise_many` on 10,000 varied profiles the process has not seen before (no warm caches), single
process, at most 1.5x the floor measured in the same run. The floor is the least durable_rules work that says which
rules fire: the C engine's calls (assert the fact, run its actions, delete the session) on facts already written as
JSON. The two are interleaved in chunks of 500, so a busy machine slows both alike; so is the warm figure (the same
chunk again, every cache filled: the least the cold run could cost). It runs three rounds, each with a fresh
advisor, and prints their median and range: on a shared machine one round can be a tenth off. Latency is printed
apart. Last, the cost of `advise(..., what_if=True)` (issue 13: p99 at most 25 ms, single process) on profiles this
advisor has not seen.
A benchmark prints figures; it never fails a build.
"""

import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

from kinderogen_rules import Advisor, CaseProfile, load_rules
from kinderogen_rules.caseloads.synth import synthetic_profiles
from kinderogen_rules.core.dutch import number_nl
from kinderogen_rules.core.engine import _ENGINE_LOCK, Engine, FactWriter
from kinderogen_rules.core.ruleset import RuleSet

N = 10_000
CHUNK = 500
ROUNDS = 3
TARGET = 1.5
WHAT_IF_N = 2_000
WHAT_IF_TARGET_MS = 25.0


def timed(call: Callable[[Sequence[Any]], object], items: Sequence[Any]) -> float:
    start = time.perf_counter()
    call(items)
    return time.perf_counter() - start


def latencies(call: Callable[[Any], object], items: Sequence[Any]) -> tuple[float, float]:
    found = []
    for item in items:
        begin = time.perf_counter_ns()
        call(item)
        found.append(time.perf_counter_ns() - begin)
    found.sort()
    return found[len(found) // 2] / 1e6, found[int(len(found) * 0.99)] / 1e6


def floor_fired(engine: Engine, fact_json: str, session: str) -> list[int]:
    """The floor for one fact already written as JSON: the engine's own run of the C engine's calls, under its lock,
    as `Engine.fired` makes them once it has written the fact. It reaches past the engine's interface on purpose:
    nothing but this benchmark needs a fact without its profile."""
    with _ENGINE_LOCK:
        return engine._run(fact_json, session)


def floor_setup(advisor: Advisor, profiles: Sequence[CaseProfile]) -> tuple[Engine, list[tuple[str, str]]]:
    """An engine of the advisor's rules and the profiles' facts, written as JSON beforehand: what the floor runs."""
    vocabulary = advisor.rules.vocabulary
    write = FactWriter(vocabulary)
    facts = [(write(p, f"s{n}"), f"s{n}") for n, p in enumerate(profiles)]
    return Engine([loaded.rule.when for loaded in advisor.in_force()], vocabulary), facts


def interleaved(
    advisor: Advisor, profiles: Sequence[CaseProfile], floor_engine: Engine, facts: Sequence[tuple[str, str]]
) -> tuple[float, float, float]:
    """Seconds for the profiles cold, warm and at the floor, measured in turns per chunk (see the module docstring)."""
    cold = warm = floor = 0.0
    for start in range(0, N, CHUNK):
        chunk = profiles[start : start + CHUNK]
        cold += timed(lambda items: sum(1 for _ in advisor.advise_many(items)), chunk)
        # The same chunk again: every cache now holds what these profiles need.
        warm += timed(lambda items: sum(1 for _ in advisor.advise_many(items)), chunk)
        floor += timed(lambda items: [floor_fired(floor_engine, *f) for f in items], facts[start : start + CHUNK])
    return cold, warm, floor


def main() -> None:
    rules = load_rules()
    advisor = Advisor(rules)
    profiles = list(synthetic_profiles(N, seed=2026))
    floor_engine, facts = floor_setup(advisor, profiles)
    fired = sum(len(advisor.fired(p)) for p in profiles[:1000]) / 1000
    print(
        f"{number_nl(N)} gevarieerde geldige profielen, nooit eerder gezien; {len(advisor.in_force())} regels; "
        f"gemiddeld {fired:.1f} regels per profiel\n"
    )
    # `fired` above filled no advice cache: only the engine ran. Each round a fresh advisor sees each profile once.
    # One round on a shared machine can be a tenth off; the median of the rounds is the figure to compare.
    rounds = [interleaved(Advisor(rules) if n else advisor, profiles, floor_engine, facts) for n in range(ROUNDS)]
    for n, (cold, warm, floor) in enumerate(rounds, 1):
        print(
            f"ronde {n}: vloer {number_nl(N / floor)} /s, koud {number_nl(N / cold)} /s ({cold / floor:.2f}x), "
            f"warm {number_nl(N / warm)} /s ({warm / floor:.2f}x)"
        )
    cold_ratios = sorted(cold / floor for cold, _, floor in rounds)
    warm_ratios = sorted(warm / floor for _, warm, floor in rounds)
    ratio, warm_ratio = statistics.median(cold_ratios), statistics.median(warm_ratios)
    p50, p99 = latencies(advisor.advise, profiles)
    print(f"\nadvise(profiel), warm: p50 {p50:.3f} ms, p99 {p99:.3f} ms")
    dicts = [p.model_dump() for p in profiles]
    p50, p99 = latencies(advisor.advise, dicts)
    print(f"advise(dict), met validatie, warm: p50 {p50:.3f} ms, p99 {p99:.3f} ms")
    verdict = "gehaald" if ratio <= TARGET else "niet gehaald"
    print(
        f"\nadvise_many kost koud {ratio:.2f}x de vloer, de mediaan van {ROUNDS} rondes "
        f"({cold_ratios[0]:.2f}-{cold_ratios[-1]:.2f}x; doel: hooguit {TARGET}x, {verdict})"
    )
    print(
        f"Met alle caches gevuld (dezelfde profielen nog eens) kost het {warm_ratio:.2f}x de vloer "
        f"({warm_ratios[0]:.2f}-{warm_ratios[-1]:.2f}x); koud, met meer werk, kan het niet minder kosten."
    )
    what_if(rules)


def what_if(rules: RuleSet) -> None:
    """p50/p99 of advise with what_if=True, by a fresh advisor on profiles it has not seen."""
    advisor = Advisor(rules)
    profiles = list(synthetic_profiles(WHAT_IF_N, seed=2027))
    advisor.advise(profiles[0], what_if=True)  # derives the candidates once, as any first call does
    p50, p99 = latencies(lambda profile: advisor.advise(profile, what_if=True), profiles)
    listed = sum(len(advisor.advise(p, what_if=True).what_would_change or ()) for p in profiles[:200]) / 200
    verdict = "gehaald" if p99 <= WHAT_IF_TARGET_MS else "niet gehaald"
    print(
        f"\nadvise(profiel, what_if=True), {number_nl(WHAT_IF_N)} nieuwe profielen: p50 {p50:.1f} ms, "
        f"p99 {p99:.1f} ms, gemiddeld {listed:.1f} veranderingen per advies "
        f"(doel: p99 hooguit {WHAT_IF_TARGET_MS:.0f} ms, {verdict})"
    )


if __name__ == "__main__":
    main()
