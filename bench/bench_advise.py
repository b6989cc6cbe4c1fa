"""Prints what `advise` costs against the bare C-engine floor beneath it.

Target (issue 10): `advise_many` on 10,000 varied profiles the process has not seen before (no warm caches), single
process, at most 1.5x the floor measured in the same run. The floor is the least durable_rules work that says which
rules fire: the C engine's calls (assert the fact, run its actions, delete the session) on facts already written as
JSON. The two are interleaved in chunks of 500, so a busy machine slows both alike; so is the warm figure (the same
chunk again, every cache filled: the least the cold run could cost). Latency is printed apart. Last, the cost of
`advise(..., what_if=True)` (issue 13: p99 at most 25 ms, single process) on profiles this advisor has not seen.
A benchmark prints figures; it never fails a build.
"""

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
    # `fired` above filled no advice cache: only the engine ran. From here on `advisor` sees each profile once.
    cold = warm = floor = 0.0
    for start in range(0, N, CHUNK):
        chunk = profiles[start : start + CHUNK]
        cold += timed(lambda items: sum(1 for _ in advisor.advise_many(items)), chunk)
        # The same chunk again: every cache now holds what these profiles need.
        warm += timed(lambda items: sum(1 for _ in advisor.advise_many(items)), chunk)
        floor += timed(lambda items: [floor_fired(floor_engine, *f) for f in items], facts[start : start + CHUNK])
    ratio = cold / floor
    print(f"vloer: de C-engine van durable_rules       {number_nl(N / floor):>8} /s")
    print(f"advise_many, koude caches                  {number_nl(N / cold):>8} /s")
    print(f"advise_many, warme caches (tweede keer)    {number_nl(N / warm):>8} /s")
    p50, p99 = latencies(advisor.advise, profiles)
    print(f"advise(profiel), warm: p50 {p50:.3f} ms, p99 {p99:.3f} ms")
    dicts = [p.model_dump() for p in profiles]
    p50, p99 = latencies(advisor.advise, dicts)
    print(f"advise(dict), met validatie, warm: p50 {p50:.3f} ms, p99 {p99:.3f} ms")
    verdict = "gehaald" if ratio <= TARGET else "niet gehaald"
    print(f"\nadvise_many kost koud {ratio:.2f}x de vloer (doel: hooguit {TARGET}x, {verdict})")
    print(
        f"Met alle caches gevuld (dezelfde profielen nog eens) kost het {warm / floor:.2f}x de vloer; "
        "koud, met meer werk, kan het niet minder kosten."
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
