"""`python -m webform`: serve the form with gunicorn, a production WSGI server, on 127.0.0.1:8000.

One worker process per core, each with its own compiled rules (evaluations in
one process still run one at a time, under the engine's lock), each holding many
connections at once with gevent (see webform.server for why). KINDEROGEN_HOST and
KINDEROGEN_PORT change the address, KINDEROGEN_WORKERS and KINDEROGEN_CONNECTIONS
the number of processes and of open connections per process.
"""

import os
import re
import secrets
import sys

from flask import Config

from . import environment
from .server import address, bind_problem, serve


def whole_number(settings: Config, name: str, default: int) -> int:
    """An operator's setting that must be a whole number of at least 1; ValueError in Dutch otherwise."""
    text = str(settings.get(name, default)).strip()
    if not re.fullmatch(r"[0-9]{1,6}", text) or int(text) < 1:
        raise ValueError(f"KINDEROGEN_{name} is {text!r}: dat moet een heel getal zijn, 1 of meer.")
    return int(text)


def main() -> int:
    """Start the server and say where it listens; Ctrl-C stops it. A setting or address that cannot work is said
    in Dutch, with exit code 1."""
    settings = environment()
    # Empty is the default, not "every interface"; an IPv6 address may come between brackets, as in a URL.
    host = str(settings.get("HOST") or "127.0.0.1").strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        port = whole_number(settings, "PORT", 8000)
        workers = whole_number(settings, "WORKERS", os.cpu_count() or 1)
        connections = whole_number(settings, "CONNECTIONS", 1000)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    problem = bind_problem(host, port)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    # Every worker must sign CSRF tokens with the same key, so a random one is chosen here, once.
    os.environ.setdefault("KINDEROGEN_SECRET_KEY", secrets.token_hex(32))
    print(f"Het formulier staat op http://{address(host, port)}  (stoppen met Ctrl-C)", flush=True)
    serve(host, port, workers, connections)
    return 0


if __name__ == "__main__":
    sys.exit(main())
