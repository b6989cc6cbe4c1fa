"""Load on the production server: wrk from a second process, 32 connections for 30 s, on 127.0.0.1 only.

Prints requests/s, p50/p99 latency and the error count (targets, issue 5: zero errors, p99 under 50 ms).
The bodies are 200 varied profiles, posted to /api/advice in turn; then the same with ?wat_als=1, which also
lists what would change each advice (issue 13 asks only that its p99 is printed), while GET /healthz is timed
on new connections (issue 21: it must not wait behind the what-if requests). Then, while 100 slow clients keep
connections open (each sends its request head one line every 2 s and reconnects when the server closes
it), the p99 of GET /healthz (target, issue 12: under 100 ms). Both parts stop by themselves: wrk after
its 30 s, the probes after PROBES answers or PROBE_SECONDS. A benchmark prints; it never fails a build.
"""

import contextlib
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from kinderogen_rules.caseloads.synth import synthetic_profiles

CONNECTIONS = int(os.environ.get("BENCH_LOAD_CONNECTIONS", "32"))
SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "30"))
SLOW_CLIENTS = int(os.environ.get("BENCH_SLOW_CLIENTS", "100"))
SLOW_LINE_SECONDS = 2.0
PROBES = 300
PROBE_SECONDS = 60.0
PROBE_TIMEOUT = 5.0

SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local bodies = {%s}
local i = 0
request = function()
  i = i %% #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(base: str) -> None:
    for _ in range(100):
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("De server kwam niet op.")


def milliseconds(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def main() -> None:
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk ontbreekt: installeer het Debian-pakket wrk (make bench doet dat).")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "KINDEROGEN_PORT": str(port), "KINDEROGEN_HOST": "127.0.0.1"}
    # The access log goes to a file nobody reads: an unread pipe would fill up and stall the server.
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen([sys.executable, "-m", "webform"], env=env, stdout=log, stderr=log)
        try:
            measure(base, wrk)
            measure(base, wrk, "?wat_als=1")
            measure_slow_clients(port)
        finally:
            server.terminate()
            server.wait(timeout=10)


class HealthProbes:
    """GET /healthz on a new connection every 0.1 s in a thread of its own, until stopped: how long each took."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.times: list[float] = []
        self.failed = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._probe, daemon=True)

    def _probe(self) -> None:
        while not self._stop.wait(0.1):
            answered = probe(self.port)
            if answered is None:
                self.failed += 1
            else:
                self.times.append(answered)

    def __enter__(self) -> "HealthProbes":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def report(self) -> str:
        if len(self.times) < 2:
            return f"GET /healthz: {len(self.times)} antwoorden, zonder antwoord: {self.failed}"
        cuts = statistics.quantiles(self.times, n=100)
        return (
            f"GET /healthz ondertussen: {len(self.times)} antwoorden, p50 {cuts[49]:.1f} ms, p99 {cuts[98]:.1f} ms; "
            f"zonder antwoord: {self.failed}"
        )


def measure(base: str, wrk: str, query: str = "") -> None:
    """Run wrk against the server and print its figures (the target of issue 5 for the plain advice only); with a
    query (the what-if run), time /healthz meanwhile."""
    wait_until_up(base)
    bodies = ", ".join(json.dumps(p.model_dump_json()) for p in synthetic_profiles(200, seed=7))
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(SCRIPT % bodies)
    health = HealthProbes(int(base.rsplit(":", 1)[1]))
    with health if query else contextlib.nullcontext():
        done = subprocess.run(
            [
                wrk,
                "-t2",
                f"-c{CONNECTIONS}",
                f"-d{SECONDS}s",
                "--latency",
                "-s",
                script.name,
                base + "/api/advice" + query,
            ],
            capture_output=True,
            text=True,
            timeout=SECONDS + 60,
        )
    Path(script.name).unlink()
    output = done.stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])  # type: ignore[index]
    p50 = milliseconds(re.search(r"^\s+50%\s+(\S+)", output, re.M)[1])  # type: ignore[index]
    p99 = milliseconds(re.search(r"^\s+99%\s+(\S+)", output, re.M)[1])  # type: ignore[index]
    requests = int(re.search(r"(\d+) requests in", output)[1])  # type: ignore[index]
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    errors = int(non_2xx[1]) if non_2xx else 0
    path = "/api/advice" + query
    print(f"\nBelasting: wrk, {CONNECTIONS} verbindingen, {SECONDS} s, POST {path} op 127.0.0.1 (gunicorn)\n")
    print(f"{requests:,} verzoeken, {rate:,.0f} per seconde; p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    print(f"Fouten: {errors} antwoorden niet 2xx; socketfouten: {socket_errors[1] if socket_errors else 'geen'}")
    if query:
        print("Met wat_als rekent elk verzoek ook elk ander antwoord door: alleen gemeten, zonder doel.")
        print(health.report() + " (wacht niet op zijn beurt achter de verzoeken met wat_als)")
        return
    met = errors == 0 and p99 < 50 and not socket_errors
    print(f"Doel: 0 fouten en p99 onder 50 ms: {'gehaald' if met else 'niet gehaald'}.")


class SlowClients:
    """Connections that each send a request head one line every SLOW_LINE_SECONDS, never finishing it,
    and reconnect when the server closes them: `count` of them stay open while the probes run."""

    def __init__(self, port: int, count: int) -> None:
        self.port = port
        self.sockets = [self._open() for _ in range(count)]
        self.reopened = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._trickle, daemon=True)

    def _open(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=PROBE_TIMEOUT)
        sock.settimeout(None)  # blocking, so that a peek with MSG_DONTWAIT returns at once
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        return sock

    def _trickle(self) -> None:
        while not self._stop.wait(SLOW_LINE_SECONDS):
            for index, sock in enumerate(self.sockets):
                try:
                    sock.sendall(b"X-Langzaam: ja\r\n")
                    closed = sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
                except BlockingIOError:
                    closed = False
                except OSError:
                    closed = True
                if closed:
                    sock.close()
                    self.sockets[index] = self._open()
                    self.reopened += 1

    def __enter__(self) -> "SlowClients":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        for sock in self.sockets:
            sock.close()


def probe(port: int) -> float | None:
    """Milliseconds for one GET /healthz on a new connection, or None when it gets no 200 in time."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=PROBE_TIMEOUT)
    try:
        connection.request("GET", "/healthz")
        answer = connection.getresponse()
        answer.read()
        ok = answer.status == 200
    except OSError:
        ok = False
    finally:
        connection.close()
    return (time.perf_counter() - started) * 1000 if ok else None


def measure_slow_clients(port: int) -> None:
    """/healthz latency while SLOW_CLIENTS connections hold a half-sent request open."""
    times: list[float] = []
    failed = 0
    deadline = time.monotonic() + PROBE_SECONDS
    with SlowClients(port, SLOW_CLIENTS) as slow:
        while len(times) + failed < PROBES and time.monotonic() < deadline:
            answered = probe(port)
            if answered is None:
                failed += 1
            else:
                times.append(answered)
            time.sleep(0.02)
        reopened = slow.reopened
    print(f"\nLangzame clients: {SLOW_CLIENTS} open verbindingen die elk om de {SLOW_LINE_SECONDS:.0f} s één kopregel")
    print(f"sturen (door de server gesloten en opnieuw geopend: {reopened} keer).")
    if len(times) >= 2:
        p50, p99 = statistics.quantiles(times, n=100)[49], statistics.quantiles(times, n=100)[98]
        print(f"GET /healthz: {len(times)} antwoorden, p50 {p50:.1f} ms, p99 {p99:.1f} ms; zonder antwoord: {failed}")
        met = failed == 0 and p99 < 100
    else:
        print(f"GET /healthz: {len(times)} antwoorden; zonder antwoord binnen {PROBE_TIMEOUT:.0f} s: {failed}")
        met = False
    print(f"Doel: elk verzoek beantwoord en p99 onder 100 ms: {'gehaald' if met else 'niet gehaald'}.")


if __name__ == "__main__":
    main()
