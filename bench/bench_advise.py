"""Prints throughput and latency of `advise`, and of the bare durable_rules calls beneath it (the floor).

Targets on the 2-core machine (issue 2): >= 5,000 advices/s single process, p99 < 2 ms, advise <= 2x the floor.
The floor is the least durable_rules work that says which rules fire: its C engine, called as engine.py does.
A benchmark prints figures; it never fails a build.
"""

import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

from kinderogen_rules.advisor import default_advisor
from kinderogen_rules.conditions import to_fact
from kinderogen_rules.engine import Engine
from kinderogen_rules.synth import synthetic_profiles

N = 10_000


def measure(label: str, call: Callable[[Any], object], items: Sequence[Any]) -> float:
    for item in items[:500]:
        call(item)  # warm-up
    latencies = []
    start = time.perf_counter()
    for item in items:
        begin = time.perf_counter_ns()
        call(item)
        latencies.append(time.perf_counter_ns() - begin)
    elapsed = time.perf_counter() - start
    latencies.sort()
    per_second = len(items) / elapsed
    p50 = latencies[len(latencies) // 2] / 1e6
    p99 = latencies[int(len(latencies) * 0.99)] / 1e6
    print(
        f"{label:<48} {per_second:>9,.0f} /s   p50 {p50:6.3f} ms   p99 {p99:6.3f} ms   gemiddeld "
        f"{statistics.fmean(latencies) / 1e6:6.3f} ms"
    )
    return len(items) / elapsed


def host_floor(in_force: Sequence[Any]) -> Callable[[dict[str, Any]], object]:
    """The same rules through durable_rules' Python Host (which engine.py no longer uses), for comparison."""
    import copy
    import itertools

    from durable.engine import Host, MessageNotHandledException

    from kinderogen_rules.conditions import to_durable

    class QuietHost(Host):  # type: ignore[misc]
        def _run(self) -> None:
            """No timer threads."""

    host = QuietHost()
    definition = {
        f"r{n}": {"all": [{"m": to_durable(r.rule.when)}], "run": lambda c: None} for n, r in enumerate(in_force)
    }
    host.set_rulesets({"vergelijking": copy.deepcopy(definition)})
    sessions = itertools.count(1)

    def fired(fact: dict[str, Any]) -> object:
        session = str(next(sessions))
        try:
            host.assert_fact("vergelijking", {**fact, "sid": session})
        except MessageNotHandledException:
            pass
        finally:
            host.delete_state("vergelijking", session)
        return None

    return fired


def main() -> None:
    advisor = default_advisor()
    profiles = list(synthetic_profiles(N, seed=2026))
    in_force = advisor.rules.in_force(advisor.day)
    floor_engine = Engine([loaded.rule.when for loaded in in_force])
    facts = [to_fact(p) for p in profiles]
    fired = sum(len(floor_engine.fired(f)) for f in facts[:1000]) / 1000
    print(f"{N:,} gevarieerde geldige profielen; {len(in_force)} regels; gemiddeld {fired:.1f} regels per profiel\n")
    advise_rate = measure("advise(profiel)", advisor.advise, profiles)
    dict_rate = measure("advise(dict), met validatie", advisor.advise, [p.model_dump() for p in profiles])
    floor_rate = measure("vloer: durable_rules assert_fact + delete_state", floor_engine.fired, facts)
    host_rate = measure("ter vergelijking: via durable_rules' Host", host_floor(in_force), facts)
    print(
        f"\nadvise kost {floor_rate / advise_rate:.2f}x de vloer (doel: hooguit 2x); "
        f"met validatie van een dict {floor_rate / dict_rate:.2f}x; "
        f"{host_rate / advise_rate:.2f}x de weg via durable_rules' eigen Host"
    )


if __name__ == "__main__":
    main()
