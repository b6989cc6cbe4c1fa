"""`python -m webform`: serve the form with gunicorn, a production WSGI server, on 127.0.0.1:8000.

One worker process per core, each with its own compiled rules (evaluations in
one process still run one at a time, under the engine's lock), each holding many
connections at once with gevent (see webform.server for why). KINDEROGEN_HOST and
KINDEROGEN_PORT change the address, KINDEROGEN_WORKERS and KINDEROGEN_CONNECTIONS
the number of processes and of open connections per process.
"""

import os
import secrets
import sys

from . import environment
from .server import port_in_use, serve


def main() -> int:
    """Start the server and say where it listens; Ctrl-C stops it."""
    settings = environment()
    host = settings.get("HOST", "127.0.0.1")
    port = int(settings.get("PORT", "8000"))
    workers = int(settings.get("WORKERS", str(os.cpu_count() or 1)))
    connections = int(settings.get("CONNECTIONS", "1000"))
    if port_in_use(host, port):
        print(
            f"Poort {port} op {host} is al in gebruik: draait het formulier al? Stop het eerst, of kies een andere "
            "poort met KINDEROGEN_PORT.",
            file=sys.stderr,
        )
        return 1
    # Every worker must sign CSRF tokens with the same key, so a random one is chosen here, once.
    os.environ.setdefault("KINDEROGEN_SECRET_KEY", secrets.token_hex(32))
    print(f"Het formulier staat op http://{host}:{port}  (stoppen met Ctrl-C)", flush=True)
    serve(host, port, workers, connections)
    return 0


if __name__ == "__main__":
    sys.exit(main())
