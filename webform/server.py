"""How `python -m webform` serves the app: gunicorn with gevent workers that read each request whole.

Why gevent: with a thread per connection, eight clients that sent their request slowly held
every thread (2 workers x 4 threads) and /healthz went unanswered. A gevent worker keeps each
connection in a greenlet, so a slow client costs a little memory, not a worker.

Why the worker reads the body itself: the app then gets the whole body in memory, at most
MAX_BODY_BYTES, however it is framed (Content-Length or chunked). A body that cannot be read
(a broken chunk, a short body) is a 400, one too large a 413, one too slow a 408, each answered
with the app's own Dutch page or API error, after which the connection is closed.

Order: each worker runs the app for one request at a time, in the order the requests were read
(`Turns`), and each worker listens on a socket of its own (SO_REUSEPORT), so the kernel spreads
the connections over the workers.

Deadlines: the request line and headers within HEAD_SECONDS (gunicorn's keep-alive timeout,
which also bounds an idle kept-alive connection), the body within BODY_SECONDS.

The rules engine is not thread-safe and takes one process-wide lock (kinderogen_rules.core.engine).
gevent patches `threading` in each worker after the app's modules were imported, so that lock
stays an OS lock. That is safe: a worker's greenlets all run in one thread, and nothing between
taking and releasing the lock yields (the engine calls do no I/O), so no greenlet finds it taken.
"""

import contextlib
import errno
import gc
import io
import logging
import socket
import time
from collections import deque
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import gevent
import gevent.event
from flask import Flask, Response
from gunicorn.app.base import BaseApplication
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
from gunicorn.util import is_ipv6
from gunicorn.workers.ggevent import GeventWorker

from . import MAX_BODY_BYTES, create_app
from .errors import Refused, refusal, where
from .logs import LOGGING
from .security import log_request

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

log = logging.getLogger("webform.server")

HEAD_SECONDS = 5
BODY_SECONDS = 10
MAX_REQUEST_LINE = 4094
MAX_HEADERS = 100
MAX_HEADER_BYTES = 8190
READ_SIZE = 64 * 1024
LINGER_SECONDS = 2
LINGER_BYTES = 1024 * 1024

# libev's lowest watcher priority (EV_MINPRI, gevent's `loop.MINPRI`, which its type stubs do not name).
LOWEST_PRIORITY = -2

# gunicorn's request errors that are not 400; an error in the server itself is a 500.
STATUS_OF = {LimitRequestLine: 414, LimitRequestHeaders: 431, UnsupportedTransferCoding: 501, ExpectationFailed: 417}
SERVER_FAULTS = (InvalidResponseHeader, InvalidResponseHeaderName, ConfigurationProblem)


def _declared_length(req: Any) -> int | None:
    """The Content-Length, which gunicorn has checked to be one whole number (None when chunked)."""
    for name, value in req.headers:
        if name == "CONTENT-LENGTH":
            return int(value)
    return None


def whole_body(req: Any, sock: Any) -> bytes:
    """Read the body before the app runs: at most MAX_BODY_BYTES, within BODY_SECONDS, framing checked."""
    declared = _declared_length(req)
    if declared is not None and declared > MAX_BODY_BYTES:
        raise Refused(413)
    if req._expected_100_continue:  # the client waits for this before it sends the body
        req._expected_100_continue = False
        sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
    received = bytearray()
    try:
        with gevent.Timeout(BODY_SECONDS, Refused(408)):
            while piece := req.body.read(READ_SIZE):
                received += piece
                if len(received) > MAX_BODY_BYTES:
                    raise Refused(413)
    except ParseException as exc:
        raise Refused(400) from exc
    if declared is not None and len(received) < declared:
        raise Refused(400)  # the client stopped sending before the end of the body
    return bytes(received)


def _send(sock: Any, response: Response) -> None:
    """Write a whole answer, then close the connection: after a refused request the stream is unusable.

    What the client is still sending is read and dropped for a moment first (a lingering close, as
    nginx does): closing with unread data makes the kernel reset the connection, and the client
    could lose the answer it was about to read."""
    head = [f"HTTP/1.1 {response.status}", *(f"{name}: {value}" for name, value in response.headers.items())]
    head.append("Connection: close")
    with contextlib.suppress(OSError):  # the client may be gone already
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + response.get_data())
        sock.shutdown(socket.SHUT_WR)
        dropped = 0
        with gevent.Timeout(LINGER_SECONDS, TimeoutError):  # an OSError, so the suppress above ends it
            while dropped < LINGER_BYTES and (piece := sock.recv(READ_SIZE)):
                dropped += len(piece)


def status_of(exc: BaseException) -> int:
    """The answer to an error gunicorn met while reading a request."""
    for kind, status in STATUS_OF.items():
        if isinstance(exc, kind):
            return status
    return 400 if isinstance(exc, ParseException) and not isinstance(exc, SERVER_FAULTS) else 500


class Worker(GeventWorker):  # type: ignore[misc]
    """gunicorn's gevent worker, which hands the app only whole bodies and answers what it cannot
    read in Dutch. Its log names the kind of error, never the request line or the client's address."""

    wsgi: Flask

    def handle_request(self, listener_name: Any, req: Any, sock: Any, addr: Any) -> bool:
        started = time.perf_counter()
        try:
            req.body = io.BytesIO(whole_body(req, sock))
        except Refused as refused:
            req.force_close()
            path = req.path or "/"
            log_request(req.method, path, refused.status, (time.perf_counter() - started) * 1000)
            _send(sock, refusal(self.wsgi, refused.status, api=path.startswith("/api/")))
            return False
        handled: bool = super().handle_request(listener_name, req, sock, addr)
        return handled

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        status = status_of(exc)
        if status == 500:
            log.error("Interne fout in de server: %s in %s", type(exc).__name__, where(exc))
        else:
            log.info("Aanvraag geweigerd (%d): %s", status, type(exc).__name__)
        # Some errors carry the request they were parsing (others the raw request line, never used).
        parsed = req or getattr(exc, "req", None)
        api = isinstance(parsed, Request) and (parsed.path or "").startswith("/api/")
        _send(client, refusal(self.wsgi, status, api=api))


def _after_one_pass() -> None:
    """Return once the event loop has looked for I/O, without blocking, and handled all that was ready.

    A check watcher runs right after the loop has polled; at the lowest priority (below gevent's own timeouts,
    which sit at -1), it runs after everything that poll found. A timer that is already due keeps the poll from
    waiting. A connection accepted in that pass starts its greenlet by a callback, so one more yield (`sleep(0)`,
    whose callback comes after those) lets it read its request first.
    """
    hub = gevent.get_hub()
    poll_now = hub.loop.timer(0)
    poll_now.start(_nothing)
    try:
        hub.wait(hub.loop.check(priority=LOWEST_PRIORITY))
    finally:
        poll_now.close()
    gevent.sleep(0)


def _nothing() -> None:
    """The due timer's callback: the timer is there only to keep the poll from waiting."""


class Turns:
    """Each worker runs the app for one request at a time, in the order the requests were read, and lets the
    event loop read what has arrived before each one runs.

    Why the loop first: without that, a client that sends its next request as soon as it has the answer finds its
    data always ready, its greenlet never yields, and the worker's other connections wait (under wrk: p50 1.7 ms,
    p99 1.4 s and time-outs). Why in order: a short sleep per request did the first, but gevent wakes the
    greenlets whose sleep ends in the same turn of the loop in no set order, so under load some requests waited
    three times as long as others (wrk, 32 connections, 2 workers: p50 28 ms, p99 77-82 ms; in turns: p50 30 ms,
    p99 40-47 ms, the same number of requests per second). Why one pass of the loop and not "until it is idle":
    a few clients that trickle bytes keep a loop from ever being idle. Only the app runs in a turn: reading a body
    and writing an answer wait for the client, so a slow client holds up no one.
    """

    def __init__(self) -> None:
        self._waiting: deque[gevent.event.Event] = deque()
        self._taken = False

    def in_turn(self, app: "WSGIApplication") -> "WSGIApplication":
        """The app as WSGI middleware that waits for its turn."""

        def call(environ: "WSGIEnvironment", start_response: "StartResponse") -> Iterable[bytes]:
            self._take()
            try:
                _after_one_pass()
                return app(environ, start_response)
            finally:
                self._pass_on()

        return call

    def _take(self) -> None:
        if not self._taken:
            self._taken = True
            return
        turn = gevent.event.Event()
        self._waiting.append(turn)
        try:
            turn.wait()
        except BaseException:
            # Stopped while waiting (the worker shuts down): a turn already handed over goes to the next.
            if turn.is_set():
                self._pass_on()
            else:
                self._waiting.remove(turn)
            raise

    def _pass_on(self) -> None:
        """Hand the turn straight to the first in line, so no request that comes later can take it in between."""
        if self._waiting:
            self._waiting.popleft().set()
        else:
            self._taken = False


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
        app = create_app()
        # The app and its compiled rules live as long as the worker: keep them out of the collector's
        # full passes, which each walked all of them (about 20 ms, the bulk of the p99 under load).
        gc.freeze()
        app.wsgi_app = Turns().in_turn(app.wsgi_app)  # type: ignore[method-assign,assignment]
        return app


# What a failed bind means, for the operator who set KINDEROGEN_HOST and KINDEROGEN_PORT.
BIND_PROBLEMS = {
    errno.EADDRINUSE: (
        "Poort {port} op {host} is al in gebruik: draait het formulier al? Stop het eerst, of kies een andere "
        "poort met KINDEROGEN_PORT."
    ),
    errno.EADDRNOTAVAIL: (
        "Het adres {host} (KINDEROGEN_HOST) hoort niet bij deze machine. Kies 127.0.0.1 of een adres van deze machine."
    ),
    errno.EACCES: (
        "Geen toestemming om op poort {port} te luisteren: poorten onder 1024 vragen beheerdersrechten. Kies een "
        "poort vanaf 1024 met KINDEROGEN_PORT."
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
        return f"De naam {host} (KINDEROGEN_HOST) is op deze machine niet bekend."
    except OverflowError:
        return f"Poort {port} bestaat niet: kies met KINDEROGEN_PORT een getal van 1 tot en met 65535."
    except OSError as exc:
        why = BIND_PROBLEMS.get(
            exc.errno or 0,
            "Het formulier kan niet luisteren op {address} (systeemfout {code}). Kies met KINDEROGEN_HOST een adres "
            "van deze machine, bijvoorbeeld 127.0.0.1.",
        )
        return why.format(host=host, port=port, address=address(host, port), code=errno.errorcode.get(exc.errno or 0))
    return None


def serve(host: str, port: int, workers: int, connections: int) -> None:
    """Run gunicorn until it is stopped (Ctrl-C or SIGTERM)."""
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
            # No X-Forwarded-* header is trusted, from any address: the app needs none (see the README).
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
