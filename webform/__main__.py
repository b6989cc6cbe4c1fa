"""`python -m webform`: serve the form with waitress, a production WSGI server, on 127.0.0.1:8000.

KINDEROGEN_HOST and KINDEROGEN_PORT change the address; KINDEROGEN_THREADS the
number of request threads (evaluations still run one at a time, under the
engine's lock).
"""

import logging
import os
import sys

from waitress import serve

from . import create_app


def main() -> int:
    """Start the server and say where it listens; Ctrl-C stops it."""
    host = os.environ.get("KINDEROGEN_HOST", "127.0.0.1")
    port = int(os.environ.get("KINDEROGEN_PORT", "8000"))
    threads = int(os.environ.get("KINDEROGEN_THREADS", "8"))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app()
    print(f"Het formulier staat op http://{host}:{port}  (stoppen met Ctrl-C)", flush=True)
    try:
        serve(app, host=host, port=port, threads=threads, ident="kinderogen", clear_untrusted_proxy_headers=True)
    except KeyboardInterrupt:
        print("Gestopt.", flush=True)
    except OSError as exc:
        print(f"Kan niet starten op {host}:{port}: {exc.strerror}. Is de poort al in gebruik?", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
