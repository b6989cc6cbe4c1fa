"""Shared helpers: project paths, a writable copy of the rules, the example answers, the running server."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kinderogen_rules.core.ruleset import shipped_rules

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
EXAMPLES = ROOT / "examples"
# The words and fields of the shipped rules' case profile.
VOCABULARY = shipped_rules().vocabulary


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


def wait_until_healthy(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll /healthz until it answers 200; fail at once if the server exits, or after STARTUP_SECONDS."""
    give_up = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < give_up:
        if process.poll() is not None:
            pytest.fail(f"De server stopte (exitcode {process.returncode}):\n" + log.read_text())
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    pytest.fail("De server kwam niet op:\n" + log.read_text())


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The production server (gunicorn, python -m webform) on a free loopback port, with its log."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path_factory.mktemp("server") / "server.log"
    env = {**os.environ, "KINDEROGEN_PORT": str(port), "KINDEROGEN_HOST": "127.0.0.1"}
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-m", "webform"], env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, process, log)
        yield base, log
    finally:
        process.terminate()
        process.wait(timeout=10)


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
