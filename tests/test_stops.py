"""Stopping a batch: SIGTERM and SIGHUP as Ctrl-C, a summary that counts what the file holds, no worker left over."""

import io
import json
import os
import pty
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import caseload, children, cmdline, command, read_until, with_signals, written_size

from kinderogen_rules import advise
from kinderogen_rules.caseloads.batch import run_batch
from kinderogen_rules.core.stops import stops_as_interrupts

# Each test starts a batch and stops it with a signal: seconds each, so not in `make test-fast`.
pytestmark = pytest.mark.slow

PATIENCE = 120


def _wait_until_written(process: subprocess.Popen[Any], out: Path) -> None:
    give_up = time.monotonic() + PATIENCE
    while not written_size(out) and process.poll() is None and time.monotonic() < give_up:
        time.sleep(0.02)
    assert process.poll() is None, "de batch was al klaar voordat hij kon worden gestopt"


def _workers(pid: int) -> list[int]:
    return [child for child in children(pid) if b"spawn_main" in cmdline(child)]


@pytest.mark.parametrize(("stop", "code", "words"), [(signal.SIGTERM, 143, "SIGTERM"), (signal.SIGHUP, 129, "SIGHUP")])
def test_sigterm_and_sighup_stop_a_batch_as_ctrl_c_does(
    tmp_path: Path, stop: signal.Signals, code: int, words: str
) -> None:
    """SIGTERM cut the last line mid-JSON; two workers and the resource tracker stayed for more than ten minutes,
    holding the caller's standard output, so a script that waited for the batch hung."""
    cases, out = tmp_path / "casussen.jsonl", tmp_path / "adviezen.jsonl"
    lines = caseload(cases, 30_000, seed=50)
    process = subprocess.Popen(
        with_signals(command("batch", str(cases), "-o", str(out), "--workers", "2")),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_until_written(process, out)
    process.send_signal(stop)
    # Both pipes reach their end only once every process that holds them has ended: workers and tracker too.
    _, err = process.communicate(timeout=60)
    assert process.returncode == code, err
    assert f"Afgebroken door {words}." in err and "Traceback" not in err and "leaked" not in err, err
    written = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(written) < len(lines)
    assert f"Geschreven: {len(written)} adviezen, 0 regels met fouten, tot en met invoerregel {len(written)}." in err
    assert json.loads(written[-1]) == advise(json.loads(lines[len(written) - 1])).model_dump(mode="json")


def test_a_stopped_parquet_batch_leaves_a_valid_file_with_the_rows_it_counts(tmp_path: Path) -> None:
    """SIGTERM left a Parquet output of 0 bytes."""
    import pyarrow.parquet as pq

    cases, out = tmp_path / "casussen.jsonl", tmp_path / "adviezen.parquet"
    caseload(cases, 30_000, seed=51)
    master, terminal = pty.openpty()  # on a terminal batch shows its progress: stop it once rows are done
    process = subprocess.Popen(
        with_signals(command("batch", str(cases), "-o", str(out), "--format", "parquet", "--workers", "1")),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
    )
    os.close(terminal)
    try:
        read_until(master, rb": +[1-9][0-9]?% \|", process)
        process.send_signal(signal.SIGTERM)
        shown = read_until(master, rb"Afgebroken[^\n]*\n", process).decode()
        assert process.wait(timeout=60) == 143, shown
    finally:
        os.close(master)
    rows = pq.read_table(out).num_rows
    assert 0 < rows < 30_000
    assert f"Geschreven: {rows} adviezen, 0 regels met fouten, tot en met invoerregel {rows}." in shown, shown


def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    """Even SIGKILL, which the batch cannot handle, leaves no worker behind."""
    cases, out = tmp_path / "casussen.jsonl", tmp_path / "adviezen.jsonl"
    caseload(cases, 30_000, seed=52)
    process = subprocess.Popen(
        command("batch", str(cases), "-o", str(out), "--workers", "2"), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    _wait_until_written(process, out)
    workers = _workers(process.pid)
    assert workers, "geen werkprocessen gevonden"
    process.kill()
    process.communicate(timeout=60)  # every holder of its pipes has ended
    for worker in workers:
        assert not Path(f"/proc/{worker}").exists() or b"spawn_main" not in cmdline(worker)


def test_an_early_sigterm_to_the_whole_group_gives_no_traceback(tmp_path: Path) -> None:
    """Killing at 0.4 s printed an EOFError traceback from the workers."""
    cases, out = tmp_path / "casussen.jsonl", tmp_path / "adviezen.jsonl"
    caseload(cases, 5000, seed=53)
    process = subprocess.Popen(
        with_signals(command("batch", str(cases), "-o", str(out), "--workers", "2")),
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    give_up = time.monotonic() + PATIENCE
    while process.poll() is None and not _workers(process.pid) and time.monotonic() < give_up:
        time.sleep(0.002)
    os.killpg(process.pid, signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 143, err
    assert "Afgebroken door SIGTERM" in err and "Traceback" not in err and "Error" not in err, err


class _Interrupted(io.StringIO):
    """An output that is written whole, and then, at once, the batch gets a signal: the worst moment."""

    def __init__(self, stop: int) -> None:
        super().__init__()
        self.stop = stop

    def write(self, text: str) -> int:
        written = super().write(text)
        if self.stop:
            os.kill(os.getpid(), self.stop)
            self.stop = 0
        return written


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_the_summary_counts_exactly_what_the_output_holds(tmp_path: Path, stop: int) -> None:
    """Ctrl-C's summary said 61000 advices; the file held 62,000 valid lines: the signal came after a chunk was
    written and before it was counted."""
    cases = tmp_path / "casussen.jsonl"
    caseload(cases, 2500, seed=54)
    out = _Interrupted(stop)
    with stops_as_interrupts(), cases.open("rb") as source:
        summary = run_batch(source, out, workers=1)
    assert summary.stopped == "interrupted" and summary.signal == stop
    written = out.getvalue().splitlines()
    assert (summary.good, summary.last_line) == (len(written), len(written)) == (1000, 1000)


def test_a_batch_that_the_caller_runs_with_sighup_ignored_keeps_it_ignored(tmp_path: Path) -> None:
    """`nohup kinderogen batch …` must survive the terminal closing, as nohup promises."""
    cases, out = tmp_path / "casussen.jsonl", tmp_path / "adviezen.jsonl"
    lines = caseload(cases, 3000, seed=55)
    process = subprocess.Popen(
        with_signals(command("batch", str(cases), "-o", str(out), "--workers", "1"), ignored="SIGHUP"),
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_until_written(process, out)
    process.send_signal(signal.SIGHUP)
    _, err = process.communicate(timeout=PATIENCE)
    assert process.returncode == 0, err
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(lines)


def test_the_cli_restores_the_signal_handlers_it_set(tmp_path: Path) -> None:
    from kinderogen_rules.cli import main

    before = signal.getsignal(signal.SIGTERM)
    assert main(["synth", "--n", "2", "-o", str(tmp_path / "x.jsonl")]) == 0
    assert signal.getsignal(signal.SIGTERM) == before


def test_a_batch_stopped_before_its_first_line_leaves_the_old_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A stop before anything was written replaced yesterday's advices with an empty file."""
    from kinderogen_rules.caseloads import batch
    from kinderogen_rules.cli import main

    cases, out = tmp_path / "casussen.jsonl", tmp_path / "adviezen.jsonl"
    caseload(cases, 10, seed=56)
    out.write_text("de adviezen van gisteren\n", encoding="utf-8")

    def stopped(source: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "read_chunks", stopped)
    assert main(["batch", str(cases), "-o", str(out), "--workers", "1"]) == 130
    assert f"Er is nog niets geschreven; {out} is zoals het was." in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "de adviezen van gisteren\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["adviezen.jsonl", "casussen.jsonl"]
