"""Prints batch throughput on all cores and on one, and peak memory (it must stay flat however long the file).

Targets: 500,000 varied profiles in 60 s or less to JSONL (issue 5), and to Parquet (`--format parquet`, issue 11)
in 30 s or less, in a file of 60 MB or less, on the 2-core machine. A benchmark prints figures; it never fails a
build. Run with BENCH_BATCH_N=... to change the size.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_advise import floor_fired, floor_setup

from kinderogen_rules import Advisor, load_rules
from kinderogen_rules.caseloads.synth import synthetic_profiles

# Profiles the engine floor is measured on, in this process.
FLOOR_SAMPLE = 10_000

# As `kinderogen batch` does it: the input read as bytes, the output written under a temporary name and renamed at
# the end (core.outputs); the seconds include closing the output and putting it in place.
RUN = """
import json, resource, sys, time
from kinderogen_rules.caseloads.batch import run_batch
from kinderogen_rules.core.outputs import FileOutput
from kinderogen_rules.core.ruleset import load_rules
cases, out, workers, form = sys.argv[1:]
started = time.perf_counter()
with open(cases, "rb") as source:
    file = FileOutput(out, binary=form == "parquet")
    if form == "parquet":
        from kinderogen_rules.caseloads.columns import ParquetOutput
        output = ParquetOutput(file.stream, load_rules())
    else:
        output = file.stream
    summary = run_batch(source, output, workers=int(workers))
    output.close()
    file.finish()
seconds = time.perf_counter() - started
usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
print(json.dumps({"good": summary.good, "bad": summary.bad, "seconds": seconds,
                  "cpu": sum(u.ru_utime + u.ru_stime for u in usage),
                  "parent_mb": usage[0].ru_maxrss / 1024, "worker_mb": usage[1].ru_maxrss / 1024}))
"""


def run(cases: Path, out: Path, workers: int, form: str = "jsonl") -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(cases), str(out), str(workers), form], capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(done.stderr)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def report(label: str, figures: dict[str, float]) -> None:
    n = figures["good"] + figures["bad"]
    print(
        f"{label:<34} {n:>9,.0f} profielen in {figures['seconds']:6.1f} s = {n / figures['seconds']:>7,.0f} /s   "
        f"CPU-tijd {figures['cpu']:6.1f} s   "
        f"piek geheugen: hoofdproces {figures['parent_mb']:4.0f} MB"
        + (f", werkproces {figures['worker_mb']:4.0f} MB" if figures["worker_mb"] else "")
    )


def engine_floor(profiles: int, cores: int) -> float:
    """Seconds durable_rules' C engine alone needs for `profiles` facts on `cores` cores (bench_advise's floor,
    measured here on one core): no batch in which durable_rules decides which rules fire can be faster."""
    engine, facts = floor_setup(Advisor(load_rules()), list(synthetic_profiles(FLOOR_SAMPLE, seed=2026)))
    started = time.perf_counter()
    for fact in facts:
        floor_fired(engine, *fact)
    rate = FLOOR_SAMPLE / (time.perf_counter() - started)
    engine.close()
    return profiles / rate / cores


def main() -> None:
    n = int(os.environ.get("BENCH_BATCH_N", "500000"))
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        small, large, out = Path(folder) / "klein.jsonl", Path(folder) / "groot.jsonl", Path(folder) / "uit.jsonl"
        parquet = Path(folder) / "uit.parquet"
        with large.open("w") as handle:
            for profile in synthetic_profiles(n, seed=2026):
                handle.write(profile.model_dump_json() + "\n")
        with large.open() as source, small.open("w") as handle:
            for _, line in zip(range(n // 10), source, strict=False):
                handle.write(line)
        print(f"Batch: gevarieerde geldige profielen (kinderogen synth), {cores} kernen\n")
        report(f"1 proces, {n // 10:,} profielen", run(small, out, 1))
        report(f"{cores} processen, {n // 10:,} profielen", run(small, out, cores))
        figures = run(large, out, cores)
        report(f"{cores} processen, {n:,} profielen", figures)
        columns = run(large, parquet, cores, "parquet")
        report(f"{cores} processen, {n:,} naar Parquet", columns)
        print(
            f"\nDoel JSONL: {n:,} profielen in hooguit 60 s; gemeten {figures['seconds']:.0f} s "
            f"(CPU-tijd / {cores} kernen: {figures['cpu'] / cores:.0f} s). "
            f"Uitvoer: {out.stat().st_size / 1e9:.1f} GB.\n"
            f"Doel Parquet: {n:,} profielen in hooguit 30 s, bestand hooguit 60 MB; gemeten {columns['seconds']:.0f} s "
            f"(CPU-tijd / {cores} kernen: {columns['cpu'] / cores:.0f} s), {parquet.stat().st_size / 1e6:.1f} MB.\n"
            "Draait er ander werk op de machine, dan is de gemeten tijd langer dan de CPU-tijd per kern."
        )
        print(
            f"Ondergrens: de C-engine van durable_rules alleen (zonder lezen, controleren of schrijven) kost voor "
            f"{n:,} profielen op {cores} kernen al {engine_floor(n, cores):.0f} s."
        )


if __name__ == "__main__":
    main()
