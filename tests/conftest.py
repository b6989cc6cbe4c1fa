"""Shared helpers: project paths, a writable copy of the rules, the example answers, the running server."""

import contextlib
import os
import random
import re
import select
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, settings

from kinderogen_rules.core.ruleset import shipped_rules

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
EXAMPLES = ROOT / "examples"
# The words and fields of the shipped rules' case profile.
VOCABULARY = shipped_rules().vocabulary

# Property tests: `make test` (and so CI) runs with --hypothesis-profile=ci, the counts each test names; without it
# (the edit-test loop, `make test-fast`, a bare pytest) the profile `dev` tries a twentieth of them.
CI_EXAMPLES = 100
settings.register_profile("ci", max_examples=CI_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# With so few examples, a strategy that filters (a condition a rule file can hold) trips the filter health check
# by chance; that check is about speed, not about what the test finds.
settings.register_profile(
    "dev",
    max_examples=CI_EXAMPLES // 20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.load_profile("dev")


def examples(in_ci: int) -> int:
    """How many examples a property test tries: `in_ci` under the profile `ci`, a twentieth under `dev`."""
    return max(1, in_ci * settings.default.max_examples // CI_EXAMPLES)


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    """A copy of rules/ that a test may edit."""
    target = tmp_path / "rules"
    shutil.copytree(RULES, target)
    return target


def replace_in(path: Path, old: str, new: str) -> None:
    """Edit a rule file; fail loudly if the text to replace is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# A condition durable_rules cannot compile: too many combinations of choices (its error 113).
TOO_MANY_COMBINATIONS = """      concerns: {has_any: [leren, gedrag, dyslexie, taal, lichamelijk, somatisch]}
      care: {has_any: [jeugdhulp_licht, jeugdhulp_specialistisch, wlz, zvw]}
      region: [voorne-putten, goeree-overflakkee, drechtsteden, algemeen]
      any:
        - {shows_at: {has_any: [school, thuis]}, parents_consent: [ja, nee]}
        - {shows_at: {has_any: [school, thuis]}, parents_consent: [nee, onbekend]}
        - {shows_at: {has_any: [school, thuis]}, cognitive_level: [laag, onbekend]}
        - {shows_at: {has_any: [school, thuis]}, load_capacity: [beperkt, geen]}
"""


LEVI_ANSWERS = {
    "age": "8",
    "setting": "po",
    "region": "drechtsteden",
    "concerns": ["gedrag", "leren"],
    "shows_at": ["school", "thuis"],
}
M_ANSWERS = {
    "age": "15",
    "setting": "vo",
    "region": "drechtsteden",
    "concerns": ["gedrag", "verzuim", "opvoeding"],
    "shows_at": ["school", "thuis"],
    "school_support_exhausted": "ja",
    "waiting_weeks": "9",
}


# How long a starting server may take on a busy machine; it is up in about two seconds when the machine is quiet.
STARTUP_SECONDS = 120


def wait_until_healthy(base: str, process: subprocess.Popen[bytes], log: Path) -> bool:
    """Poll /healthz until it answers 200 (True); False when the server stopped because its port was taken in the
    meantime; fail at once if it stops for another reason, or after STARTUP_SECONDS."""
    give_up = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < give_up:
        if process.poll() is not None:
            if "al in gebruik" in log.read_text():
                return False
            pytest.fail(f"De server stopte (exitcode {process.returncode}):\n" + log.read_text())
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=5) as answer:
                if answer.status == 200:
                    return True
        except OSError:
            time.sleep(0.1)
    pytest.fail("De server kwam niet op:\n" + log.read_text())


def free_port() -> int:
    """A loopback port nothing listens on now (the server is told it; none of the tests assumes a fixed one)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# Tries to start a server when the free port found was taken in the meantime by another process.
PORT_TRIES = 3


@contextmanager
def running_server(log: Path, **settings: str) -> Iterator[str]:
    """The production server (`python -m webform`) on a free loopback port with these KINDEROGEN_ settings, its log
    written to `log`: its base URL while it runs."""
    for _ in range(PORT_TRIES):
        port = free_port()
        env = {**os.environ, "KINDEROGEN_PORT": str(port), "KINDEROGEN_HOST": "127.0.0.1"}
        env.update({f"KINDEROGEN_{name}": value for name, value in settings.items()})
        with log.open("w") as out:
            process = subprocess.Popen([sys.executable, "-m", "webform"], env=env, stdout=out, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            if wait_until_healthy(base, process, log):
                yield base
                return
        finally:
            process.terminate()
            process.wait(timeout=30)
    pytest.fail("Geen vrije poort gevonden:\n" + log.read_text())


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The production server (gunicorn, python -m webform) on a free loopback port, with its log."""
    log = tmp_path_factory.mktemp("server") / "server.log"
    with running_server(log) as base:
        yield base, log


@pytest.fixture
def app() -> Flask:
    """The web app with a fixed secret key, as a test client's server."""
    from webform import create_app

    return create_app({"SECRET_KEY": "test"})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def pytest_configure(config: pytest.Config) -> None:
    """Every rule id is a known marker: a scenario's tags name the rules it specifies."""
    from kinderogen_rules import load_rules

    for loaded in load_rules(RULES).rules:
        config.addinivalue_line("markers", f"{loaded.rule.id}: scenario's die regel {loaded.rule.id} vastleggen")


def caseload(path: Path, n: int, seed: int, bad_every: int = 0) -> list[str]:
    """A JSONL caseload of varied profiles; with bad_every, every so many lines is broken in some way."""
    from kinderogen_rules.caseloads.synth import synthetic_profiles

    broken = ['{"age": 99, "setting": "po"}', "{kapot", '{"age": 8, "setting": "po", "naam": "Levi"}', "[]"]
    rng = random.Random(seed)
    lines = []
    for number, profile in enumerate(synthetic_profiles(n, seed=seed), 1):
        lines.append(rng.choice(broken) if bad_every and number % bad_every == 0 else profile.model_dump_json())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def command(*args: str) -> list[str]:
    """The `kinderogen` command line, run with this Python."""
    return [sys.executable, "-m", "kinderogen_rules.cli", *args]


def being_written(out: Path) -> Path | None:
    """The file a running batch writes `out` under (it is renamed to `out` at the end), once it is there."""
    return next(out.parent.glob(f".kinderogen-{out.name}-*"), None)


def written_size(out: Path) -> int:
    """How much of `out` a running batch has written so far."""
    for path in (being_written(out), out):
        if path is not None:
            with contextlib.suppress(OSError):
                return path.stat().st_size
    return 0


def children(pid: int) -> list[int]:
    """The processes a process started (from /proc)."""
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


def cmdline(pid: int) -> bytes:
    """A process's command line, empty once it has gone."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


# How long a command on a busy machine may take before a test gives up on it.
PATIENCE = 120


def read_until(master: int, pattern: bytes, process: subprocess.Popen[bytes]) -> bytes:
    """What a pseudo-terminal showed, up to a match of pattern (or the end of the process)."""
    shown = b""
    give_up = time.monotonic() + PATIENCE
    while not re.search(pattern, shown) and time.monotonic() < give_up:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                shown += os.read(master, 4096)
            except OSError:  # the process closed the terminal
                break
        elif process.poll() is not None:
            break
    return shown


# Starts a command with the stop signals as a terminal gives them (a test run under nohup ignores SIGHUP, a
# background job Ctrl-C), or with some of them ignored: argv[1] names those, comma-separated, or "-".
_WITH_SIGNALS = (
    "import os, signal, sys\n"
    "for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):\n"
    "    ignored = signal.Signals(number).name in sys.argv[1].split(',')\n"
    "    signal.signal(number, signal.SIG_IGN if ignored else signal.SIG_DFL)\n"
    "os.execv(sys.argv[2], sys.argv[2:])\n"
)


def with_signals(args: list[str], ignored: str = "-") -> list[str]:
    """`args` started with Ctrl-C, SIGTERM and SIGHUP at their defaults, except those `ignored` ("SIGHUP")."""
    return [sys.executable, "-c", _WITH_SIGNALS, ignored, *args]
