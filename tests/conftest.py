"""Shared helpers: project paths, a writable copy of the rules, the example answers, the running server."""

import os
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
