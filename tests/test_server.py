"""The production server (gunicorn with gevent) under concurrent requests: every answer right, none lost."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import gevent
import gevent.server
import gevent.socket
import pytest
from conftest import ROOT

from kinderogen_rules import advise
from kinderogen_rules.synth import synthetic_profiles
from webform.server import Turns, _after_one_pass


def _post(base: str, body: str) -> tuple[int, dict[str, object]]:
    request = urllib.request.Request(
        base + "/api/advice", data=body.encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.status, json.loads(answer.read())


@pytest.mark.slow
def test_concurrent_requests_each_get_their_own_correct_advice(server: tuple[str, Path]) -> None:
    base, _ = server
    profiles = list(synthetic_profiles(400, seed=11))
    bodies = [p.model_dump_json() for p in profiles]
    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(lambda body: _post(base, body), bodies))
    assert all(status == 200 for status, _ in answers)
    for profile, (_, advice) in zip(profiles, answers, strict=True):
        assert advice == advise(profile).model_dump(mode="json")


GEVENT_WORKER = """
import json
from kinderogen_rules import advise, advisor, engine
from kinderogen_rules.synth import synthetic_profiles
from webform import create_app, rulebook

# As in a gunicorn gevent worker: the app's modules (and their locks) exist before gevent patches threading.
from gevent import monkey
monkey.patch_all()
import gevent, greenlet

locks = [engine._ENGINE_LOCK, advisor._default_lock, rulebook._lock]
switches_inside = []
greenlet.settrace(lambda event, args: switches_inside.append(event) if any(l.locked() for l in locks) else None)

app = create_app({"SECRET_KEY": "test"})
profiles = list(synthetic_profiles(200, seed=5))

def ask(profile):
    gevent.sleep(0)  # let the other greenlets run between requests
    answer = app.test_client().post("/api/advice", data=profile.model_dump_json(), content_type="application/json")
    return answer.status_code, answer.json

def rulebook_page():
    return app.test_client().get("/regelboek/index.html").status_code

jobs = [gevent.spawn(ask, p) for p in profiles] + [gevent.spawn(rulebook_page) for _ in range(5)]
gevent.joinall(jobs, raise_error=True)
greenlet.settrace(None)
right = all(job.value == (200, advise(p).model_dump(mode="json")) for job, p in zip(jobs, profiles))
pages = [job.value for job in jobs[len(profiles) :]]
print(json.dumps({"right": right, "rulebook": pages, "switches_inside": len(switches_inside)}))
"""


@pytest.mark.slow
def test_the_engine_lock_holds_in_a_gevent_worker() -> None:
    """The locks are OS locks there (made before gevent patches threading), which is safe only as long as no
    greenlet switch happens while one is held: this runs the app in many greenlets at once and watches every switch."""
    result = subprocess.run(
        [sys.executable, "-c", GEVENT_WORKER], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.splitlines()[-1]) == {"right": True, "rulebook": [200] * 5, "switches_inside": 0}


def _record(log: list[object], pause: float = 0.0) -> Callable[[dict[str, Any], Any], list[bytes]]:
    """A WSGI app that notes when each request starts and ends, and yields to other greenlets in between."""

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        log.append(("begin", environ["n"]))
        gevent.sleep(pause)
        log.append(("end", environ["n"]))
        return [b""]

    return app


def test_requests_run_one_at_a_time_in_the_order_they_came() -> None:
    """So under load every request waits for the ones before it, not for a random number of others."""
    log: list[object] = []
    record = _record(log, pause=0.001)
    jobs: list[gevent.Greenlet] = []

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        answer = record(environ, start_response)
        if environ["n"] == 0:  # one more comes in just as the turn passes to the next in line: it waits its turn
            jobs.append(gevent.spawn(call, {"n": 6}, None))
        return answer

    call = Turns().in_turn(app)
    jobs.extend(gevent.spawn(call, {"n": n}, None) for n in range(6))
    gevent.joinall(jobs, timeout=10, raise_error=True)
    gevent.joinall(jobs, timeout=10, raise_error=True)  # again: the latecomer joined the list meanwhile
    assert log == [(moment, n) for n in range(7) for moment in ("begin", "end")]


def test_a_failing_or_stopped_request_passes_its_turn_on() -> None:
    log: list[object] = []
    record = _record(log)
    jobs: list[gevent.Greenlet] = []

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        if environ["n"] == 3:
            raise ValueError("kapot")
        answer = record(environ, start_response)
        if environ["n"] == 0:
            jobs[1].kill(block=False)  # stopped just as the turn is handed to it
        return answer

    call = Turns().in_turn(app)
    jobs.extend(gevent.spawn(call, {"n": n}, None) for n in range(6))
    gevent.sleep(0)  # request 0 has the turn, the others wait in line
    jobs[2].kill()  # stopped while waiting
    gevent.joinall(jobs, timeout=10)
    assert all(job.dead for job in jobs)
    assert [n for moment, n in log if moment == "begin"] == [0, 4, 5]  # type: ignore[misc]
    assert isinstance(jobs[3].exception, ValueError)


@pytest.mark.slow
def test_a_second_server_on_a_port_in_use_says_so_and_stops(server: tuple[str, Path]) -> None:
    """The workers share their port with SO_REUSEPORT; a second `make run` must not join the first in silence."""
    base, _ = server
    port = base.rsplit(":", 1)[1]
    env = {**os.environ, "KINDEROGEN_PORT": port, "KINDEROGEN_HOST": "127.0.0.1"}
    second = subprocess.run([sys.executable, "-m", "webform"], env=env, capture_output=True, text=True, timeout=60)
    assert second.returncode == 1
    assert f"Poort {port} op 127.0.0.1 is al in gebruik" in second.stderr


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"KINDEROGEN_PORT": "achtduizend"}, "KINDEROGEN_PORT is 'achtduizend': dat moet een heel getal zijn"),
        ({"KINDEROGEN_WORKERS": "0"}, "KINDEROGEN_WORKERS is '0': dat moet een heel getal zijn, 1 of meer."),
        ({"KINDEROGEN_CONNECTIONS": "²"}, "KINDEROGEN_CONNECTIONS is '²': dat moet een heel getal zijn"),
        ({"KINDEROGEN_PORT": "9" * 5000}, "dat moet een heel getal zijn"),
        ({"KINDEROGEN_HOST": "fe80::1"}, "Het formulier kan niet luisteren op [fe80::1]:8000 (systeemfout E"),
        ({"KINDEROGEN_PORT": "70000"}, "Poort 70000 bestaat niet"),
        ({"KINDEROGEN_HOST": "10.255.255.1"}, "Het adres 10.255.255.1 (KINDEROGEN_HOST) hoort niet bij deze machine"),
    ],
)
@pytest.mark.slow
def test_a_setting_the_server_cannot_use_is_said_in_dutch(settings: dict[str, str], message: str) -> None:
    """Said at once, before gunicorn starts workers that would fail, restart and fail again without end."""
    env = {**os.environ, "KINDEROGEN_HOST": "127.0.0.1", **settings}
    started = subprocess.run([sys.executable, "-m", "webform"], env=env, capture_output=True, text=True, timeout=60)
    assert started.returncode == 1
    assert message in started.stderr and "Traceback" not in started.stderr


def test_a_turn_starts_only_after_what_the_loop_has_ready() -> None:
    """Data that has arrived, a deadline that has passed and a connection just made are each handled before
    the request whose turn it is runs, so requests that came in meanwhile queue behind it."""
    seen: list[str] = []
    ready, sender = gevent.socket.socketpair()

    def reader() -> None:
        seen.append(ready.recv(10).decode())

    def deadline() -> None:
        try:
            with gevent.Timeout(0.0001):
                gevent.sleep(5)
        except gevent.Timeout:
            seen.append("te laat")

    server = gevent.server.StreamServer(("127.0.0.1", 0), lambda sock, _: seen.append(sock.recv(10).decode()))
    server.start()

    def request_in_turn() -> list[str]:
        gevent.sleep(0.001)  # woken by the loop, as a request is
        with socket.create_connection(("127.0.0.1", server.server_port)) as client:
            client.sendall(b"nieuw")
            sender.sendall(b"gelezen")
            time.sleep(0.05)  # without yielding: the data arrives and the deadline passes
            _after_one_pass()
            return sorted(seen)

    jobs = [gevent.spawn(reader), gevent.spawn(deadline), gevent.spawn(request_in_turn)]
    gevent.joinall(jobs, timeout=5)
    server.stop()
    assert jobs[2].value == ["gelezen", "nieuw", "te laat"]
