"""Prints batch throughput on all cores and on one, and peak memory (it must stay flat however long the file).

Target (issue 5): 500,000 varied profiles in 60 s or less on the 2-core machine. A benchmark prints
figures; it never fails a build. Run with BENCH_BATCH_N=... to change the size.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from kinderogen_rules.synth import synthetic_profiles

RUN = """
import json, resource, sys
from kinderogen_rules.batch import run_batch
with open(sys.argv[1]) as source, open(sys.argv[2], "w") as out:
    summary = run_batch(source, out, workers=int(sys.argv[3]))
print(json.dumps({"good": summary.good, "bad": summary.bad, "seconds": summary.seconds,
                  "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def run(cases: Path, out: Path, workers: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(cases), str(out), str(workers)], capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(done.stderr)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def report(label: str, figures: dict[str, float]) -> None:
    n = figures["good"] + figures["bad"]
    print(
        f"{label:<34} {n:>9,.0f} profielen in {figures['seconds']:6.1f} s = {n / figures['seconds']:>7,.0f} /s   "
        f"piek geheugen: hoofdproces {figures['parent_mb']:4.0f} MB"
        + (f", werkproces {figures['worker_mb']:4.0f} MB" if figures["worker_mb"] else "")
    )


def main() -> None:
    n = int(os.environ.get("BENCH_BATCH_N", "500000"))
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        small, large, out = Path(folder) / "klein.jsonl", Path(folder) / "groot.jsonl", Path(folder) / "uit.jsonl"
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
        print(
            f"\nDoel: {n:,} profielen in hooguit 60 s; gemeten {figures['seconds']:.0f} s. "
            f"Uitvoer: {out.stat().st_size / 1e9:.1f} GB."
        )


if __name__ == "__main__":
    main()
