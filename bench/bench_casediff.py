"""Prints how long `kinderogen diff OLD NEW --cases` takes on a caseload of 500,000 children, against its target.

Target (issue 11): 500,000 profiles compared in 90 s or less on the 2-core machine, report included. The caseload
is made by `kinderogen synth --n 500000`; the change is a real one, on a copy of the shipped rules: steun tijdens
de wachttijd (WACHTTIJD-01) from 4 weeks on the waiting list instead of 1. The command runs as a user runs it, in
its own process on every core; the seconds are from start to finish (reading, comparing, writing the report).
A benchmark prints figures; it never fails a build. Run with BENCH_CASEDIFF_N=... to change the size.
"""

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kinderogen_rules.core.ruleset import default_rules_dir

TARGET_SECONDS = 90
KINDEROGEN = [sys.executable, "-m", "kinderogen_rules.cli"]
CHANGE = ("samenwerking.yaml", "waiting_weeks: {min: 1}", "waiting_weeks: {min: 4}")


def changed_rules(folder: Path) -> Path:
    """A copy of the shipped rules with one threshold changed."""
    target = folder / "nieuwe-regels"
    shutil.copytree(default_rules_dir(), target)
    name, old, new = CHANGE
    text = (target / name).read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"De benchmark verwacht '{old}' in {name}; pas bench_casediff.py aan.")
    (target / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def main() -> None:
    n = int(os.environ.get("BENCH_CASEDIFF_N", "500000"))
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        cases = folder / "casussen.jsonl"
        subprocess.run([*KINDEROGEN, "synth", "--n", str(n), "--seed", "2026", "-o", str(cases)], check=True)
        new = changed_rules(folder)
        load = os.getloadavg()[0]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        command = [*KINDEROGEN, "diff", str(default_rules_dir()), str(new), "--cases", str(cases)]
        done = subprocess.run([*command, "--out", str(folder / "rapport")], capture_output=True, text=True)
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode:
            raise SystemExit(done.stderr)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        changed = next((line for line in done.stdout.splitlines() if line.startswith("Het advies verandert")), "")
        print(f"Diff op een caseload: {n:,} gevarieerde profielen (kinderogen synth), {cores} kernen")
        print(f"Wijziging: {CHANGE[0]}, {CHANGE[1]} wordt {CHANGE[2]}. {changed}")
        print(
            f"{n:,} profielen vergeleken in {seconds:.1f} s = {n / seconds:,.0f} /s, rapport inbegrepen; "
            f"CPU-tijd {cpu:.1f} s (/ {cores} kernen: {cpu / cores:.0f} s); "
            f"piek geheugen per proces {after.ru_maxrss / 1024:.0f} MB"
        )
        print(
            f"\nDoel: {n:,} profielen in hooguit {TARGET_SECONDS} s; gemeten {seconds:.0f} s. "
            f"Belasting van de machine bij de start: {load:.1f} (1-minuutgemiddelde). "
            "Draait er ander werk op de machine, dan is de gemeten tijd langer dan de CPU-tijd per kern."
        )


if __name__ == "__main__":
    main()
