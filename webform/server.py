"""How `python -m webform` serves the app: gunicorn with gevent workers that read each request whole.

Why gevent: with a thread per connection, eight clients that sent their request slowly held
every thread (2 workers x 4 threads) and /healthz went unanswered. A gevent worker keeps each
connection in a greenlet, so a slow client costs a little memory, not a worker.

Why the worker reads the body itself: the app then gets the whole body in memory, at most
MAX_BODY_BYTES, however it is framed (Content-Length or chunked). A body that cannot be read
(a broken chunk, a short body) is a 400, one too large a 413, one too slow a 408, one in a transfer
coding other than chunked a 501, each answered with the app's own Dutch page or API error (also for
a request head that cannot be read), after which the connection is closed.

Order: each worker runs the app for one request at a time, in the order the requests were read
(webform.turns), and each worker listens on a socket of its own (SO_REUSEPORT), so the kernel spreads
the connections over the workers.

Deadlines and limits per connection (webform.connection): the request line and headers within
HEAD_SECONDS (gunicorn's keep-alive timeout, which also bounds an idle kept-alive connection), the
body within BODY_SECONDS, each answer taken within WRITE_SECONDS, and no next request served while
more than MAX_UNREAD_BYTES of answers wait for the client to read them.

The rules engine is not thread-safe and takes one process-wide lock (kinderogen_rules.core.engine).
gevent patches `threading` in each worker after the app's modules were imported, so that lock
stays an OS lock. That is safe: a worker's greenlets all run in one thread, and nothing between
taking and releasing the lock yields (the engine calls do no I/O), so no greenlet finds it taken.
"""

import errno
import gc
import io
import logging
import os
import re
import socket
import time
from typing import Any, NoReturn

from flask import Flask
from gunicorn.app.base import BaseApplication
from gunicorn.arbiter import Arbiter
from gunicorn.errors import AppImportError
from gunicorn.glogging import Logger
from gunicorn.http.errors import (
    ConfigurationProblem,
    ExpectationFailed,
    InvalidResponseHeader,
    InvalidResponseHeaderName,
    LimitRequestHeaders,
    LimitRequestLine,
    ParseException,
    UnsupportedTransferCoding,
)
from gunicorn.http.message import Request
from gunicorn.http.parser import RequestParser
from gunicorn.util import is_ipv6
from gunicorn.workers.ggevent import GeventWorker

from kinderogen_rules import RuleLoadError

from . import create_app
from .connection import Answering, NotTaken, Refused, drop, send_and_close, wait_until_read, whole_body
from .errors import refusal, where
from .logs import LOGGING, printable
from .security import log_request
from .turns import ClientGone, Turns

log = logging.getLogger("webform.server")

HEAD_SECONDS = 5
MAX_REQUEST_LINE = 4094
MAX_HEADERS = 100
MAX_HEADER_BYTES = 8190
# Paths answered at once, without waiting their turn: they need no rules.
AT_ONCE = ("/healthz",)

# gunicorn's request errors that are not 400; an error in the server itself is a 500.
STATUS_OF = {LimitRequestLine: 414, LimitRequestHeaders: 431, UnsupportedTransferCoding: 501, ExpectationFailed: 417}
SERVER_FAULTS = (InvalidResponseHeader, InvalidResponseHeaderName, ConfigurationProblem)
# The start of a request line for the API: a method, one space, a path under /api/ (perhaps in absolute form).
API_LINE = re.compile(rb"[!-~]+ (?:[A-Za-z][A-Za-z0-9+.-]*://[^/ ]*)?/api/")
API_LINE_BYTES = 64


def status_of(exc: BaseException) -> int:
    """The answer to an error gunicorn met while reading a request."""
    for kind, status in STATUS_OF.items():
        if isinstance(exc, kind):
            return status
    return 400 if isinstance(exc, ParseException) and not isinstance(exc, SERVER_FAULTS) else 500


class Unreadable(Exception):
    """A request head gunicorn could not read (`error`), and whether it was for the API."""

    def __init__(self, error: ParseException, for_api: bool) -> None:
        super().__init__(error)
        self.error, self.for_api = error, for_api


class _Request(Request):  # type: ignore[misc]
    """gunicorn's request, which keeps the start of its request line, so that an error in a head it cannot read
    is answered in the API's JSON shape when the request was for /api/: gunicorn's own errors for the headers
    (431, 417, 501, a bad header name) carry no request, and one for a request line that is too long has no
    path yet."""

    line_start = b""

    def __init__(self, cfg: Any, unreader: Any, peer_addr: Any, req_number: int = 1) -> None:
        try:
            super().__init__(cfg, unreader, peer_addr, req_number)
        except ParseException as exc:
            raise Unreadable(exc, self.for_api) from exc

    def read_line(self, unreader: Any, buf: bytearray, limit: int = 0) -> tuple[bytes, bytearray]:
        try:
            line: tuple[bytes, bytearray] = super().read_line(unreader, buf, limit)
            return line
        finally:
            self.line_start = bytes(buf[:API_LINE_BYTES])

    @property
    def for_api(self) -> bool:
        if self.path is not None:
            return bool(self.path.startswith("/api/"))
        return API_LINE.match(self.line_start) is not None


class Worker(GeventWorker):  # type: ignore[misc]
    """gunicorn's gevent worker, which hands the app only whole bodies, answers what it cannot read in Dutch, and
    gives up on clients that do not read their answers. Its log names the kind of error, never the request line or
    the client's address."""

    wsgi: Flask

    def init_process(self) -> None:
        # gunicorn builds its request parser in a module function without a hook; its request class is the one
        # place to learn, for a head it cannot read, whether it was meant for the API.
        RequestParser.mesg_class = _Request
        # Each worker listens on a socket of its own (reuse_port) and the kernel spreads the connections. Seeing
        # several workers, gunicorn would accept one connection per pass of the loop, so that workers sharing one
        # socket take turns; under load a pass comes once per request's turn, so a new connection (a /healthz
        # probe) waited behind every connection that came before it, one turn each: hundreds of milliseconds.
        # Counted as the only worker, this one accepts all connections that wait.
        self.cfg.set("workers", 1)
        super().init_process()

    def handle_request(self, listener_name: Any, req: Any, sock: Any, addr: Any) -> bool:
        started = time.perf_counter()
        path = req.path or "/"
        try:
            wait_until_read(sock)
            req.body = io.BytesIO(whole_body(req, sock))
        except Refused as refused:
            req.force_close()
            log_request(req.method, path, refused.status, (time.perf_counter() - started) * 1000)
            send_and_close(sock, refusal(self.wsgi, refused.status, api=path.startswith("/api/")))
            return False
        except NotTaken:
            self._give_up(sock, "de client las de antwoorden niet op tijd")
        answering = Answering(sock)
        try:
            handled: bool = super().handle_request(listener_name, req, answering, addr)
        except NotTaken:
            self._give_up(sock, "de client las het antwoord niet op tijd")
        except ClientGone:
            log.info("Aanvraag niet uitgevoerd, de verbinding was al gesloten: %s %s", req.method, printable(path))
            raise StopIteration from None
        finally:
            answering.done()
        return handled

    def _give_up(self, sock: Any, why: str) -> NoReturn:
        """Close a connection whose client does not read: gunicorn's StopIteration ends the connection quietly."""
        log.info("Verbinding gesloten: %s.", why)
        drop(sock)
        raise StopIteration

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        if isinstance(exc, Unreadable):
            for_api, exc = exc.for_api, exc.error
        else:  # an error in writing the answer, such as a header the app made
            for_api = isinstance(req, Request) and (req.path or "").startswith("/api/")
        status = status_of(exc)
        if status == 500:
            log.error("Interne fout in de server: %s in %s", type(exc).__name__, where(exc))
        else:
            log.info("Aanvraag geweigerd (%d): %s", status, type(exc).__name__)
        send_and_close(client, refusal(self.wsgi, status, api=for_api))

    def handle_quit(self, sig: int, frame: Any) -> None:
        """Ctrl-C (the terminal sends SIGINT to each worker too) and the master's quick stop (SIGQUIT): end at once.
        gunicorn's gevent worker raises SystemExit in a new greenlet for this, which gevent and Python's shutdown
        of threads printed as tracebacks in most runs. Open connections are dropped, as in any quick stop."""
        os._exit(0)


class _Log(Logger):  # type: ignore[misc]
    """gunicorn's logger without its access log. Ours (webform.security) writes the method, path and status;
    gunicorn, given a logging configuration, would gather every field of every request, client address and
    headers included, for a line its level then drops: about 4% of a worker's time under load."""

    def access(self, resp: Any, req: Any, environ: Any, request_time: Any) -> None:
        return None


class _Server(BaseApplication):  # type: ignore[misc]
    """gunicorn, configured in code rather than by a config file."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        try:
            app = create_app()
        except RuleLoadError as exc:
            # The rules were checked before gunicorn started; they broke since (a worker starts again later, or on
            # SIGHUP). gunicorn prints this one without a traceback and stops (webform.__main__ says so in Dutch).
            raise AppImportError(f"De regels zijn niet te gebruiken.\n{exc}") from None
        # The app and its compiled rules live as long as the worker: keep them out of the collector's
        # full passes, which each walked all of them (about 20 ms, the bulk of the p99 under load).
        gc.freeze()
        app.wsgi_app = Turns().in_turn(app.wsgi_app, at_once=AT_ONCE)  # type: ignore[method-assign,assignment]
        return app


# What a failed bind means, for the operator who chose the host and port.
BIND_PROBLEMS = {
    errno.EADDRINUSE: (
        "Poort {port} op {host} is al in gebruik: draait het formulier al? Stop het eerst, of kies een andere "
        "poort met --port of KINDEROGEN_PORT."
    ),
    errno.EADDRNOTAVAIL: (
        "Het adres {host} hoort niet bij deze machine. Kies met --host of KINDEROGEN_HOST 127.0.0.1 of een adres "
        "van deze machine."
    ),
    errno.EACCES: (
        "Geen toestemming om op poort {port} te luisteren: poorten onder 1024 vragen beheerdersrechten. Kies een "
        "poort vanaf 1024 met --port of KINDEROGEN_PORT."
    ),
}


def address(host: str, port: int) -> str:
    """host:port as gunicorn and a browser read it, with an IPv6 address between brackets."""
    return f"[{host}]:{port}" if is_ipv6(host) else f"{host}:{port}"


def bind_problem(host: str, port: int) -> str | None:
    """Why the server cannot listen on host:port, in Dutch; None when it can.

    The workers each bind with SO_REUSEPORT. A bind that fails there makes gunicorn start them again and
    again, and a port taken by another of our servers would be shared with it in silence. A plain bind first,
    in the address family gunicorn will use, finds both.
    """
    family = socket.AF_INET6 if is_ipv6(host) else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            # Connections of an earlier run that are still closing do not count, only a listening server.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except socket.gaierror:
        return f"De naam {host} is op deze machine niet bekend. Kies met --host of KINDEROGEN_HOST een ander adres."
    except OverflowError:
        return f"Poort {port} bestaat niet: kies met --port of KINDEROGEN_PORT een getal van 1 tot en met 65535."
    except OSError as exc:
        why = BIND_PROBLEMS.get(
            exc.errno or 0,
            "Het formulier kan niet luisteren op {address} (systeemfout {code}). Kies met --host of KINDEROGEN_HOST "
            "een adres van deze machine, bijvoorbeeld 127.0.0.1.",
        )
        return why.format(host=host, port=port, address=address(host, port), code=errno.errorcode.get(exc.errno or 0))
    return None


# Why gunicorn stopped, by its exit code, when that was not on request.
STOPPED_BECAUSE = {
    Arbiter.WORKER_BOOT_ERROR: "Het formulier is gestopt: een werkproces kon niet starten. De reden staat hierboven.",
    Arbiter.APP_LOAD_ERROR: "Het formulier is gestopt: een werkproces kon het formulier niet laden. De reden staat "
    "hierboven.",
}


def serve(host: str, port: int, workers: int, connections: int) -> str | None:
    """Run gunicorn until it is stopped (Ctrl-C or SIGTERM): None then, or why it stopped, in Dutch."""
    master = os.getpid()
    try:
        _run_gunicorn(host, port, workers, connections)
    except SystemExit as stopped:  # gunicorn's master always ends this way
        if os.getpid() != master:  # a worker, forked inside this call, ends the same way: not for us to report
            raise
        if stopped.code in (0, None):
            return None
        return STOPPED_BECAUSE.get(
            stopped.code, f"Het formulier is gestopt door een fout (code {stopped.code}). De meldingen staan hierboven."
        )
    return None


def _run_gunicorn(host: str, port: int, workers: int, connections: int) -> None:
    _Server(
        {
            "bind": address(host, port),
            "workers": workers,
            "worker_class": Worker,
            "worker_connections": connections,
            "keepalive": HEAD_SECONDS,
            "timeout": 30,
            "graceful_timeout": 5,
            "limit_request_line": MAX_REQUEST_LINE,
            "limit_request_fields": MAX_HEADERS,
            "limit_request_field_size": MAX_HEADER_BYTES,
            # The parser whose request class webform's Worker extends (gunicorn_h1c, when installed, reads heads
            # in C and would skip it).
            "http_parser": "python",
            # No X-Forwarded-* header is trusted, from any address: the app needs none (see docs/server.md).
            "forwarded_allow_ips": "",
            # Each worker listens on a socket of its own and the kernel spreads new connections over them. On one
            # shared socket, the worker whose loop never sleeps (it has requests waiting their turn) accepted
            # nearly every connection: under wrk, all 32 went to one worker in half the runs, at half the speed.
            "reuse_port": True,
            "accesslog": None,
            "logger_class": _Log,
            "logconfig_dict": LOGGING,
            "proc_name": "kinderogen",
        }
    ).run()
