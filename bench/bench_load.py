"""Load on the production server: wrk from a second process, 32 connections for 30 s, on 127.0.0.1 only.

Prints requests/s, p50/p99 latency and the error count (targets, issue 5: zero errors, p99 under 50 ms).
The bodies are 200 varied profiles, posted to /api/advice in turn. A benchmark prints; it never fails a build.
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from kinderogen_rules.synth import synthetic_profiles

CONNECTIONS = int(os.environ.get("BENCH_LOAD_CONNECTIONS", "32"))
SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "30"))

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
        finally:
            server.terminate()
            server.wait(timeout=10)


def measure(base: str, wrk: str) -> None:
    """Run wrk against the server and print its figures."""
    wait_until_up(base)
    bodies = ", ".join(json.dumps(p.model_dump_json()) for p in synthetic_profiles(200, seed=7))
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(SCRIPT % bodies)
    done = subprocess.run(
        [wrk, "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", "-s", script.name, base + "/api/advice"],
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
    print(f"Belasting: wrk, {CONNECTIONS} verbindingen, {SECONDS} s, POST /api/advice op 127.0.0.1 (gunicorn)\n")
    print(f"{requests:,} verzoeken, {rate:,.0f} per seconde; p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    print(f"Fouten: {errors} antwoorden niet 2xx; socketfouten: {socket_errors[1] if socket_errors else 'geen'}")
    met = errors == 0 and p99 < 50 and not socket_errors
    print(f"Doel: 0 fouten en p99 onder 50 ms: {'gehaald' if met else 'niet gehaald'}.")


if __name__ == "__main__":
    main()
