"""The production server (gunicorn with gevent): every answer right under concurrent requests, none lost; turns;
clients that do not read or that leave; how it starts and stops."""

import json
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import gevent
import gevent.server
import gevent.socket
import pytest
from conftest import ROOT, free_port, running_server

from kinderogen_rules import advise
from kinderogen_rules.caseloads.synth import synthetic_profiles
from webform import connection
from webform.turns import Turns, _after_one_pass

# A guard so that a server that never answers fails the test instead of hanging it; never a speed target.
PATIENCE = 60.0


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
from kinderogen_rules import advise, advisor
from kinderogen_rules.core import engine
from kinderogen_rules.caseloads.synth import synthetic_profiles
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
        ({"KINDEROGEN_PORT": "achtduizend"}, 'KINDEROGEN_PORT is "achtduizend": dat moet een heel getal zijn'),
        ({"KINDEROGEN_WORKERS": "0"}, 'KINDEROGEN_WORKERS is "0": dat moet een heel getal zijn, 1 of meer.'),
        ({"KINDEROGEN_CONNECTIONS": "²"}, 'KINDEROGEN_CONNECTIONS is "²": dat moet een heel getal zijn'),
        ({"KINDEROGEN_PORT": "9" * 5000}, "dat is te groot; kies een getal van hoogstens 999999."),
        ({"KINDEROGEN_CONNECTIONS": "1048576"}, 'KINDEROGEN_CONNECTIONS is "1048576": dat is te groot'),
        ({"KINDEROGEN_HOST": "fe80::1"}, "Het formulier kan niet luisteren op [fe80::1]:8000 (systeemfout E"),
        ({"KINDEROGEN_PORT": "70000"}, "Poort 70000 bestaat niet"),
        ({"KINDEROGEN_HOST": "10.255.255.1"}, "Het adres 10.255.255.1 hoort niet bij deze machine"),
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


def test_a_request_whose_client_has_gone_does_not_run_and_passes_its_turn_on() -> None:
    """Its client closed or reset the connection while it waited: computing its answer would be for nobody."""
    log: list[object] = []
    call = Turns().in_turn(_record(log))
    gone, gone_peer = gevent.socket.socketpair()
    reset, reset_peer = gevent.socket.socketpair()
    here, here_peer = gevent.socket.socketpair()
    gone_peer.close()
    reset_peer.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    reset_peer.close()
    jobs = [
        gevent.spawn(call, {"n": n, "gunicorn.socket": sock}, None) for n, sock in enumerate((gone, reset, here, None))
    ]
    gevent.joinall(jobs, timeout=10)
    assert [n for moment, n in log if moment == "begin"] == [2, 3]  # type: ignore[misc]
    assert all(isinstance(job.exception, ConnectionResetError) for job in jobs[:2])
    for sock in (gone, reset, here, here_peer):
        sock.close()


def test_a_path_answered_at_once_does_not_wait_for_the_turn() -> None:
    """/healthz needs no rules: it must not wait behind requests that each compute many advices."""
    log: list[object] = []
    call = Turns().in_turn(_record(log, pause=0.05), at_once={"/healthz"})
    jobs = [gevent.spawn(call, {"n": n, "PATH_INFO": "/api/advice"}, None) for n in range(3)]
    jobs.append(gevent.spawn(call, {"n": "health", "PATH_INFO": "/healthz"}, None))
    gevent.joinall(jobs, timeout=10, raise_error=True)
    assert log.index(("begin", "health")) < log.index(("end", 0))  # while request 0 holds the turn


# Places in the pool of the one-worker server below: a handful of clients can fill it.
SMALL_POOL = 4


@pytest.fixture(scope="module")
def small_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The production server with one worker that holds SMALL_POOL connections."""
    log = tmp_path_factory.mktemp("small") / "server.log"
    with running_server(log, WORKERS="1", CONNECTIONS=str(SMALL_POOL)) as base:
        yield base, log


def port_of(base: str) -> int:
    return int(base.rsplit(":", 1)[1])


def never_reading(port: int, requests: bytes) -> socket.socket:
    """A client that sends its requests and does not read a byte of the answers (a small window, as a slow reader)."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", port))
    sock.sendall(requests)
    return sock


@pytest.mark.slow
def test_clients_that_never_read_cannot_hold_every_place_in_the_pool(small_server: tuple[str, Path]) -> None:
    """More clients than the pool holds, each with 200 pipelined rulebook pages it never reads. Each is closed
    after WRITE_SECONDS, so /healthz gets a place again (it never did: the slots were held for ever)."""
    base, log = small_server
    pages = b"GET /regelboek/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" * 200
    clients = [never_reading(port_of(base), pages) for _ in range(SMALL_POOL + 2)]
    try:
        with urllib.request.urlopen(base + "/healthz", timeout=PATIENCE) as answer:
            assert answer.status == 200
    finally:
        for sock in clients:
            sock.close()
    assert "Verbinding gesloten: de client las de antwoorden niet op tijd." in log.read_text()


WHAT_IF = b"POST /api/advice?wat_als=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
WHAT_IF += b'Content-Length: 27\r\n\r\n{"age": 8, "setting": "po"}'


def test_what_if_requests_of_clients_that_reset_are_not_computed(server: tuple[str, Path]) -> None:
    """40 clients each send a what-if request and reset the connection at once: the requests still waiting for
    their turn are dropped (one such client made the server compute 4,810 what-if advices for nobody)."""
    base, log = server
    before = log.stat().st_size
    clients = [socket.create_connection(("127.0.0.1", port_of(base)), timeout=PATIENCE) for _ in range(40)]
    for sock in clients:
        sock.sendall(WHAT_IF)
    for sock in clients:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
    # Requests run in the order they were read: once a later request is answered, the earlier ones are done.
    _post(base, '{"age": 8, "setting": "po"}')
    _post(base, '{"age": 8, "setting": "po"}')
    written = log.read_bytes()[before:].decode()
    computed = written.count("POST /api/advice 200") - 2
    assert "Aanvraag niet uitgevoerd, de verbinding was al gesloten: POST /api/advice" in written
    assert computed < 20, written


def what_if_request(profile: str) -> bytes:
    head = "POST /api/advice?wat_als=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    return f"{head}Content-Length: {len(profile.encode())}\r\n\r\n{profile}".encode()


def test_healthz_does_not_wait_behind_queued_what_if_requests(server: tuple[str, Path]) -> None:
    """With 120 what-if requests (for 120 different children) waiting for their turn, /healthz is answered before
    most of them."""
    base, _ = server
    requests = [what_if_request(profile.model_dump_json()) for profile in synthetic_profiles(120, seed=3)]
    clients = [socket.create_connection(("127.0.0.1", port_of(base)), timeout=PATIENCE) for _ in requests]
    try:
        for sock, request in zip(clients, requests, strict=True):
            sock.sendall(request)
        with urllib.request.urlopen(base + "/healthz", timeout=PATIENCE) as answer:
            assert answer.status == 200
        answered, _, _ = select.select(clients, [], [], 0)
        assert len(answered) < len(clients) // 2
    finally:
        for sock in clients:
            sock.close()


def run_command(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """A command in a process group of its own, stopped whole if it does not end by itself (as a server would)."""
    process = subprocess.Popen(
        command, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        out, err = process.communicate(timeout=PATIENCE)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
    return subprocess.CompletedProcess(command, process.returncode, out, err)


@pytest.mark.parametrize(
    "command", [[sys.executable, "-m", "webform"], [str(Path(sys.executable).parent / "kinderogen-web")]]
)
def test_help_prints_help_and_starts_no_server(command: list[str]) -> None:
    env = {**os.environ, "KINDEROGEN_PORT": str(free_port()), "KINDEROGEN_HOST": "127.0.0.1"}
    shown = run_command([*command, "--help"], env)
    assert shown.returncode == 0, shown.stderr
    program = "python -m webform" if "-m" in command else "kinderogen-web"
    assert shown.stdout.startswith(f"Gebruik: {program} [-h] [--host ADRES] [--port POORT]")
    assert "staat op" not in shown.stdout and shown.stderr == ""


@pytest.mark.slow
def test_ctrl_c_stops_the_server_quietly_also_after_requests(tmp_path: Path) -> None:
    """Ctrl-C reaches every process of the group, workers too. Each time: one Dutch line, exit code 0, nothing on
    stderr but the access log (gevent printed `SystemExit: 0` tracebacks in most runs)."""
    for _ in range(2):
        port = free_port()
        env = {**os.environ, "KINDEROGEN_PORT": str(port), "KINDEROGEN_HOST": "127.0.0.1", "KINDEROGEN_WORKERS": "1"}
        process = subprocess.Popen(
            [sys.executable, "-m", "webform"],
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            give_up = time.monotonic() + PATIENCE
            while time.monotonic() < give_up and process.poll() is None:
                try:
                    _post(base, '{"age": 8, "setting": "po"}')
                    break
                except OSError:
                    time.sleep(0.1)
            _post(base.replace("/api/advice", ""), '{"age": 15, "setting": "vo"}')
            urllib.request.urlopen(base + "/regelboek/index.html", timeout=PATIENCE).read()
            os.killpg(process.pid, signal.SIGINT)
            out, err = process.communicate(timeout=PATIENCE)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
        assert process.returncode == 0, err
        assert out.splitlines()[-1] == "Het formulier is gestopt."
        noise = [line for line in err.splitlines() if "webform.access" not in line]
        assert noise == []


def test_an_answer_must_be_taken_within_the_deadline_from_its_first_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    """A client that reads nothing, or too slowly, does not hold its connection while the answer is written."""
    monkeypatch.setattr(connection, "WRITE_SECONDS", 0.2)
    server_side, client_side = gevent.socket.socketpair()
    answering = connection.Answering(server_side)
    with pytest.raises(connection.NotTaken):
        for _ in range(10_000):  # 10 MB, far more than the socket holds; later writes do not start the clock again
            answering.sendall(b"x" * 1000)
    answering.done()
    later = connection.Answering(server_side)
    client_side.recv(10_000_000)
    later.done()  # an answer that was taken in time: its deadline ends without a trace
    gevent.sleep(0.3)
    server_side.close()
    client_side.close()
