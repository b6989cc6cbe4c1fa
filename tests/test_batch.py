"""Batch at scale: every core, input order, no line lost or doubled, bad lines reported, Ctrl-C safe, worker deaths."""

import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kinderogen_rules import advise
from kinderogen_rules.batch import run_batch
from kinderogen_rules.cli import _terminal_progress
from kinderogen_rules.synth import synthetic_profiles

# How long a batch may take to start writing on a busy machine; a guard against hanging, not a speed target.
PATIENCE = 120


def caseload(path: Path, n: int, seed: int, bad_every: int = 0) -> list[str]:
    """A JSONL caseload; with bad_every, every so many lines is broken in some way."""
    broken = ['{"age": 99, "setting": "po"}', "{kapot", '{"age": 8, "setting": "po", "naam": "Levi"}', "[]"]
    rng = random.Random(seed)
    lines = []
    for number, profile in enumerate(synthetic_profiles(n, seed=seed), 1):
        lines.append(rng.choice(broken) if bad_every and number % bad_every == 0 else profile.model_dump_json())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kinderogen_rules.cli", *args]


def test_two_workers_give_the_same_lines_in_the_same_order_as_one(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    caseload(cases, 3500, seed=1, bad_every=97)
    one, two = io.StringIO(), io.StringIO()
    with cases.open() as source:
        first = run_batch(source, one, workers=1)
    with cases.open() as source:
        second = run_batch(source, two, workers=2)
    assert one.getvalue() == two.getvalue()
    assert (first.good, first.bad) == (second.good, second.bad) == (3500 - 36, 36)


def test_a_bad_line_gets_a_dutch_error_record_and_no_good_line_is_lost(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    lines = caseload(cases, 1200, seed=2, bad_every=7)
    out = io.StringIO()
    with cases.open() as source:
        summary = run_batch(source, out, workers=2)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == len(lines)
    for number, (line, record) in enumerate(zip(lines, records, strict=True), 1):
        if number % 7 == 0:
            assert record["line"] == number
            assert "regel" in record["error"] and (
                "klopt niet" in record["error"] or "geen geldige JSON" in record["error"]
            )
        else:
            assert record == advise(json.loads(line)).model_dump(mode="json")
    assert (summary.good, summary.bad) == (1200 - 171, 171)


def test_ctrl_c_leaves_a_valid_truncated_output(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases.jsonl", tmp_path / "advice.jsonl"
    lines = caseload(cases, 60_000, seed=3)
    process = subprocess.Popen(command("batch", str(cases), "-o", str(out)), stderr=subprocess.PIPE, text=True)
    # Interrupt once the first advices are written, however long start-up takes on a busy machine
    # (a fixed 4 s wait found nothing written yet under load).
    give_up = time.monotonic() + PATIENCE
    while not (out.exists() and out.stat().st_size > 0) and process.poll() is None and time.monotonic() < give_up:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Afgebroken" in err and "Traceback" not in err
    written = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(written) < len(lines)
    for index in sorted({0, len(written) // 2, len(written) - 1}):
        assert json.loads(written[index]) == advise(json.loads(lines[index])).model_dump(mode="json")
    assert all(line.startswith('{"regie"') and line.endswith("}") for line in written)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def test_a_worker_that_dies_has_its_lines_redone_none_lost_or_doubled(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases.jsonl", tmp_path / "advice.jsonl"
    lines = caseload(cases, 30_000, seed=4, bad_every=1000)
    process = subprocess.Popen(command("batch", str(cases), "-o", str(out)), stderr=subprocess.PIPE, text=True)
    victims: list[int] = []
    give_up = time.monotonic() + PATIENCE
    while time.monotonic() < give_up:
        time.sleep(0.1)
        victims = [c for c in _children(process.pid) if b"spawn_main" in _cmdline(c)]
        if victims and out.exists() and out.stat().st_size > 0:
            break
    assert victims, "no worker process found"
    os.kill(victims[0], signal.SIGKILL)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    written = out.read_text(encoding="utf-8").splitlines()
    assert len(written) == len(lines)
    numbers = [json.loads(w)["line"] for w in written if w.startswith('{"line"')]
    assert numbers == list(range(1000, 30_001, 1000))
    for index in range(0, len(lines), 997):
        if (index + 1) % 1000:
            assert json.loads(written[index]) == advise(json.loads(lines[index])).model_dump(mode="json")
    assert "opnieuw" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    bar = _terminal_progress("Adviseren")
    assert bar is not None
    bar(50, 200)
    bar(200, 200)
    assert "Adviseren [#######" in terminal.getvalue() and "100%" in terminal.getvalue()
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert _terminal_progress("Adviseren") is None
