"""Each worker runs the app for one request at a time, in the order the requests were read (`Turns`).

Two kinds of request do not wait in line. /healthz needs no rules and costs next to nothing, so it is answered at
once: behind a queue of what-if requests (each computes many advices) it took seconds. And a request whose client
has gone (closed or reset the connection) is dropped when its turn comes: one client that sent what-if requests and
reset each connection had the server compute thousands of advices for nobody.
"""

from collections import deque
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

import gevent
import gevent.event

from .connection import client_gone

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

# libev's lowest watcher priority (EV_MINPRI, gevent's `loop.MINPRI`, which its type stubs do not name).
LOWEST_PRIORITY = -2


class ClientGone(ConnectionResetError):
    """The client left before its request's turn. A connection reset to gunicorn, which closes it without a log."""


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

    def in_turn(self, app: "WSGIApplication", at_once: Collection[str] = ()) -> "WSGIApplication":
        """The app as WSGI middleware that waits for its turn; the paths `at_once` are answered without waiting."""

        def call(environ: "WSGIEnvironment", start_response: "StartResponse") -> Iterable[bytes]:
            if environ.get("PATH_INFO") in at_once:
                return app(environ, start_response)
            self._take()
            try:
                _after_one_pass()
                if client_gone(environ.get("gunicorn.socket")):
                    raise ClientGone("de client ging weg voor zijn beurt")
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
