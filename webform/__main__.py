"""`python -m webform`: serve the form with gunicorn, a production WSGI server, on 127.0.0.1:8000.

One worker process per core, each with its own compiled rules (evaluations in
one process still run one at a time, under the engine's lock), and a few
threads per worker for slow clients. KINDEROGEN_HOST and KINDEROGEN_PORT change
the address, KINDEROGEN_WORKERS and KINDEROGEN_THREADS the pool.
"""

import logging
import os
import secrets
import sys
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

from . import create_app


class _Server(BaseApplication):  # type: ignore[misc]
    """gunicorn, configured in code rather than by a config file."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return create_app()


def main() -> int:
    """Start the server and say where it listens; Ctrl-C stops it."""
    host = os.environ.get("KINDEROGEN_HOST", "127.0.0.1")
    port = int(os.environ.get("KINDEROGEN_PORT", "8000"))
    workers = int(os.environ.get("KINDEROGEN_WORKERS", str(os.cpu_count() or 1)))
    threads = int(os.environ.get("KINDEROGEN_THREADS", "4"))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Every worker must sign CSRF tokens with the same key, so a random one is chosen here, once.
    os.environ.setdefault("KINDEROGEN_SECRET_KEY", secrets.token_hex(32))
    print(f"Het formulier staat op http://{host}:{port}  (stoppen met Ctrl-C)", flush=True)
    _Server(
        {
            "bind": f"{host}:{port}",
            "workers": workers,
            "worker_class": "gthread",
            "threads": threads,
            "accesslog": None,  # our own access log holds no case data; gunicorn's would hold query strings
            "errorlog": "-",
            "loglevel": "warning",
            "timeout": 30,
            "graceful_timeout": 5,
            "limit_request_line": 4094,
            "proc_name": "kinderogen",
        }
    ).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
