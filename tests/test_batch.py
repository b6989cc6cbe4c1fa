"""Batch at scale: every core, input order, no line lost or doubled, bad lines reported, Ctrl-C safe, worker deaths."""

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import caseload, children, cmdline, command, with_signals, written_size

from kinderogen_rules import advise
from kinderogen_rules.caseloads.batch import run_batch
from kinderogen_rules.caseloads.cases import MAX_LINE
from kinderogen_rules.caseloads.synth import synthetic_profiles
from kinderogen_rules.cli.output import terminal_progress

# How long a batch may take to start writing on a busy machine; a guard against hanging, not a speed target.
PATIENCE = 120


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
def test_ctrl_c_leaves_a_valid_truncated_output(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases.jsonl", tmp_path / "advice.jsonl"
    lines = caseload(cases, 60_000, seed=3)
    process = subprocess.Popen(
        with_signals(command("batch", str(cases), "-o", str(out))), stderr=subprocess.PIPE, text=True
    )
    # Interrupt once the first advices are written, however long start-up takes on a busy machine
    # (a fixed 4 s wait found nothing written yet under load).
    give_up = time.monotonic() + PATIENCE
    while not written_size(out) and process.poll() is None and time.monotonic() < give_up:
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


@pytest.mark.slow
def test_a_worker_that_dies_has_its_lines_redone_none_lost_or_doubled(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases.jsonl", tmp_path / "advice.jsonl"
    lines = caseload(cases, 30_000, seed=4, bad_every=1000)
    process = subprocess.Popen(command("batch", str(cases), "-o", str(out)), stderr=subprocess.PIPE, text=True)
    victims: list[int] = []
    give_up = time.monotonic() + PATIENCE
    while time.monotonic() < give_up:
        time.sleep(0.1)
        victims = [c for c in children(process.pid) if b"spawn_main" in cmdline(c)]
        if victims and written_size(out):
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
    """With count, rate and time left (the hand-made bar had none of them)."""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    bar = terminal_progress("Adviseren")
    assert bar is not None
    bar(50, 200)
    time.sleep(0.2)
    bar(120, 200)
    bar(200, 200)
    shown = terminal.getvalue()
    assert "Adviseren:  60% |" in shown and "120 van 200 [nog 00:0" in shown and " profielen/s]" in shown
    assert "Adviseren: 100% |" in shown and shown.endswith("\n")
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert terminal_progress("Adviseren") is None


POISON = {
    2001: (b"[" * 3000 + b"]" * 3000, "te veel haakjes in elkaar"),
    2002: (b'{"age": ' + b"9" * 4301 + b', "setting": "po"}', "te veel cijfers"),
    2003: (b'{"age": 8, "setting": "p\xffo"}', "geen UTF-8"),
    2004: (b"{" * 300_000, "te lang"),
    2005: (b'{"age": 8, "setting": "\\ud800"}', "geen geldig teken"),
    2006: (json.dumps({"age": 8, "setting": "po", **{f"x{n}": 1 for n in range(3000)}}).encode(), "en nog 2980 fouten"),
}


def poisoned_caseload(path: Path, n: int) -> list[bytes]:
    """Good profiles, with lines that once stopped a batch put in near the end."""
    lines = [p.model_dump_json().encode() for p in synthetic_profiles(n, seed=7)]
    for number, (line, _) in POISON.items():
        lines[number - 1] = line
    path.write_bytes(b"\n".join(lines) + b"\n")
    return lines


def check_poisoned_output(lines: list[bytes], written: list[str]) -> None:
    assert len(written) == len(lines)
    for number, line in enumerate(written, 1):
        record = json.loads(line)
        if number in POISON:
            assert record["line"] == number and POISON[number][1] in record["error"], record
            assert len(line) < 5000  # twenty errors and a count, not three thousand
        elif number % 97 == 0 or number > 2006:
            assert record == advise(json.loads(lines[number - 1])).model_dump(mode="json")


@pytest.mark.slow
def test_no_line_can_stop_the_batch(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases.jsonl", tmp_path / "advice.jsonl"
    lines = poisoned_caseload(cases, 2500)
    result = subprocess.run(command("batch", str(cases), "-o", str(out)), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Klaar: 2494 adviezen, 6 regels met fouten" in result.stderr
    check_poisoned_output(lines, out.read_text(encoding="utf-8").splitlines())
    one = io.StringIO()
    with cases.open("rb") as source:
        summary = run_batch(source, one, workers=1)
    assert (summary.good, summary.bad, summary.stopped) == (2494, 6, "")
    assert one.getvalue() == out.read_text(encoding="utf-8")


def _workers_of(process: subprocess.Popen[str]) -> list[int]:
    return [c for c in children(process.pid) if b"spawn_main" in cmdline(c)]


def _wait_for_growth(process: subprocess.Popen[str], out: Path, size: int) -> None:
    """Until the output grows or the batch ends; a batch that neither does for two minutes is hung."""
    deadline = time.monotonic() + 120
    while process.poll() is None and written_size(out) <= size:
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError("de batch hangt: twee minuten lang geen nieuwe uitvoer")
        time.sleep(0.02)


@pytest.mark.slow
def test_workers_that_die_again_and_again_are_replaced_while_the_batch_makes_progress(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases.jsonl", tmp_path / "advice.jsonl"
    lines = caseload(cases, 30_000, seed=5)
    process = subprocess.Popen(command("batch", str(cases), "-o", str(out)), stderr=subprocess.PIPE, text=True)
    kills = 0
    earlier: set[int] = set()  # workers of pools already broken: a kill there would break nothing new
    while kills < 7 and process.poll() is None:
        _wait_for_growth(process, out, written_size(out))
        workers = _workers_of(process)
        victims = [worker for worker in workers if worker not in earlier]
        if victims:
            earlier.update(workers)
            os.kill(victims[0], signal.SIGKILL)
            kills += 1
    _, err = process.communicate(timeout=300)
    assert kills == 7, f"the batch ended before seven workers were killed: {err}"
    assert process.returncode == 0, err
    assert "7 keer opnieuw gestart, zonder regels te verliezen" in err
    written = out.read_text(encoding="utf-8").splitlines()
    assert len(written) == len(lines)
    for index in range(0, len(lines), 499):
        assert json.loads(written[index]) == advise(json.loads(lines[index])).model_dump(mode="json")


@pytest.mark.slow
def test_workers_that_keep_dying_stop_the_batch_with_a_dutch_message_and_a_valid_output(tmp_path: Path) -> None:
    cases, out = tmp_path / "cases.jsonl", tmp_path / "advice.jsonl"
    lines = caseload(cases, 30_000, seed=6)
    process = subprocess.Popen(command("batch", str(cases), "-o", str(out)), stderr=subprocess.PIPE, text=True)
    _wait_for_growth(process, out, 0)
    deadline = time.monotonic() + 180
    while process.poll() is None:  # every worker dies as soon as it appears: no chunk is done any more
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError("de batch stopt niet terwijl er niets meer af komt")
        for victim in _workers_of(process):
            with contextlib.suppress(ProcessLookupError):
                os.kill(victim, signal.SIGKILL)
        time.sleep(0.01)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 1, err
    assert err.startswith("Gestopt: de werkprocessen vielen 4 keer achter elkaar uit") and "Traceback" not in err
    written = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(written) < len(lines) and f"tot en met invoerregel {len(written)}." in err
    for index in sorted({0, len(written) - 1}):
        assert json.loads(written[index]) == advise(json.loads(lines[index])).model_dump(mode="json")


@pytest.mark.slow
def test_rules_that_change_during_the_batch_stop_it_with_a_dutch_message(tmp_path: Path, rules_copy: Path) -> None:
    cases, out = tmp_path / "cases.jsonl", tmp_path / "advice.jsonl"
    caseload(cases, 30_000, seed=8)
    process = subprocess.Popen(
        command("batch", str(cases), "-o", str(out), "--rules", str(rules_copy)), stderr=subprocess.PIPE, text=True
    )
    _wait_for_growth(process, out, 0)
    (rules_copy / "catalogus.yaml").unlink()
    victims = _workers_of(process)
    assert victims, "no worker process found"
    os.kill(victims[0], signal.SIGKILL)  # its replacement finds the rules changed
    _, err = process.communicate(timeout=120)
    assert process.returncode == 1, err
    assert "Gestopt: de regels zijn tijdens de batch veranderd" in err and "Traceback" not in err
    assert all(json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())


def _handles_ctrl_c(pid: int) -> bool:
    """A worker that has Python's SIGINT handler (it is importing) and does not ignore SIGINT yet."""
    try:
        status = dict(line.split(":\t", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    except (OSError, ValueError):
        return False
    bit = 1 << (signal.SIGINT - 1)
    return bool(int(status["SigCgt"], 16) & bit) and not int(status["SigIgn"], 16) & bit


@pytest.mark.slow
def test_an_early_ctrl_c_gives_no_traceback_from_the_workers(tmp_path: Path) -> None:
    """Ctrl-C in a terminal reaches every process of the group, workers that are still starting too."""
    cases, out = tmp_path / "cases.jsonl", tmp_path / "advice.jsonl"
    caseload(cases, 5000, seed=9)
    process = subprocess.Popen(
        with_signals(command("batch", str(cases), "-o", str(out))),
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    while process.poll() is None and not any(_handles_ctrl_c(worker) for worker in _workers_of(process)):
        time.sleep(0.002)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Afgebroken" in err and "Traceback" not in err and "KeyboardInterrupt" not in err


def test_a_line_too_long_is_refused_whole_never_read_in_part(tmp_path: Path) -> None:
    """Only the first 64 kB of a long line are kept; those must never pass for a profile of their own."""
    cases = tmp_path / "cases.jsonl"
    valid = b'{"age": 8, "setting": "po"}'
    cases.write_bytes(valid + b" " * (MAX_LINE - len(valid)) + b"\r, kapot\n" + valid + b"\n")
    out = io.StringIO()
    with cases.open("rb") as source:
        summary = run_batch(source, out, workers=1)
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["line"] == 1 and "te lang" in first["error"]
    assert second == advise(json.loads(valid)).model_dump(mode="json")
    assert (summary.good, summary.bad) == (1, 1)
