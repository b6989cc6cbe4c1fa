"""What one client connection may cost a worker: a body read whole and in time, answers taken in time.

A client that sends slowly is cut off (the head within HEAD_SECONDS, which is gunicorn's keep-alive timeout, the
body within BODY_SECONDS). So is a client that does not read: each answer must be taken within WRITE_SECONDS, and a
connection with more than MAX_UNREAD_BYTES of answers still waiting to be sent gets no next request served until the
client has read them. Without that, sockets that pipelined requests and never read held their places in the worker's
pool for ever (2,200 of them silenced /healthz; with KINDEROGEN_CONNECTIONS=20, 25 were enough).
"""

import contextlib
import fcntl
import socket
import struct
import termios
from typing import Any

import gevent
from flask import Response
from gunicorn.http.errors import ParseException

from . import MAX_BODY_BYTES

BODY_SECONDS = 10
WRITE_SECONDS = 10
READ_SIZE = 64 * 1024
LINGER_SECONDS = 2
LINGER_BYTES = 1024 * 1024
# Answers that may wait in the kernel for a client to read them (what its own receive buffer does not hold).
MAX_UNREAD_BYTES = 64 * 1024
UNREAD_POLL_SECONDS = 0.05
# The transfer codings a body may come in: gunicorn undoes chunked, and identity is no coding at all.
KNOWN_CODINGS = {"chunked", "identity"}


class Refused(Exception):
    """The body of a request cannot be handed to the app; `status` says why."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class NotTaken(OSError):
    """The client did not read its answer in time. An OSError, so gunicorn passes it on without logging it."""


def _declared_length(req: Any) -> int | None:
    """The Content-Length, which gunicorn has checked to be one whole number (None when chunked)."""
    for name, value in req.headers:
        if name == "CONTENT-LENGTH":
            return int(value)
    return None


def _codings(req: Any) -> list[str]:
    """The transfer codings of the body, in the order they were applied (gunicorn checked that chunked is last)."""
    return [
        coding.strip(" \t").lower()
        for name, value in req.headers
        if name == "TRANSFER-ENCODING"
        for coding in value.split(",")
    ]


def whole_body(req: Any, sock: Any) -> bytes:
    """Read the body before the app runs: at most MAX_BODY_BYTES, within BODY_SECONDS, framing checked.

    gunicorn accepts `Transfer-Encoding: gzip, chunked` (and deflate, compress) but undoes only the chunks, so the
    app would get the compressed bytes as the body: a real gzip body was "geen UTF-8", and a plain body labelled
    gzip was answered. A body in a coding other than chunked is refused (501) before a byte of it is read."""
    if set(_codings(req)) - KNOWN_CODINGS:
        raise Refused(501)
    declared = _declared_length(req)
    if declared is not None and declared > MAX_BODY_BYTES:
        raise Refused(413)
    if req._expected_100_continue:  # the client waits for this before it sends the body
        req._expected_100_continue = False
        with answer_deadline():
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


def answer_deadline() -> gevent.Timeout:
    """A deadline for writing to a client: NotTaken after WRITE_SECONDS."""
    return gevent.Timeout(WRITE_SECONDS, NotTaken("antwoord niet op tijd gelezen"))


class Answering:
    """The client's socket as gunicorn writes one answer to it: the whole answer within WRITE_SECONDS from its first
    byte, or NotTaken. Everything else goes to the socket itself. `done` ends the deadline once the answer is out.
    One deadline per answer, started at its first write: a deadline per write cost more than the rest of it."""

    def __init__(self, sock: Any) -> None:
        self._sock = sock
        self._deadline: gevent.Timeout | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)

    def _start(self) -> None:
        if self._deadline is None:
            self._deadline = answer_deadline()
            self._deadline.start()

    def sendall(self, data: bytes, flags: int = 0) -> None:
        self._start()
        self._sock.sendall(data, flags)

    def sendfile(self, file: Any, offset: int = 0, count: int | None = None) -> int:
        self._start()
        sent: int = self._sock.sendfile(file, offset, count)
        return sent

    def done(self) -> None:
        if self._deadline is not None:
            self._deadline.close()


def unsent_bytes(sock: Any) -> int:
    """What the kernel still holds to send to the client (Linux: SIOCOUTQ, which is TIOCOUTQ); 0 where unknown."""
    try:
        answer = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, struct.pack("i", 0))
    except (OSError, AttributeError):
        return 0
    unsent: int = struct.unpack("i", answer)[0]
    return unsent


def wait_until_read(sock: Any) -> None:
    """Return once at most MAX_UNREAD_BYTES of earlier answers wait for the client; NotTaken after WRITE_SECONDS.

    Called before a request is served: a client that pipelines requests and does not read gets no more answers
    computed than its own receive buffer and MAX_UNREAD_BYTES hold."""
    if unsent_bytes(sock) <= MAX_UNREAD_BYTES:
        return
    with answer_deadline():
        while unsent_bytes(sock) > MAX_UNREAD_BYTES:
            gevent.sleep(UNREAD_POLL_SECONDS)


def drop(sock: Any) -> None:
    """Close at once and discard what is still unsent (a reset): a client that does not read would otherwise keep
    the kernel sending it for minutes after the close."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()


def client_gone(sock: Any) -> bool:
    """Whether the client has closed or reset its connection (the request waiting to run is then for nobody).

    A client that closed only its sending side counts as gone too, as in nginx: HTTP clients do not do that and
    then wait for an answer, and a request sent that way could otherwise make the worker compute for no one."""
    if sock is None:
        return False
    previous = sock.gettimeout()
    sock.settimeout(0.0)
    try:
        return bool(sock.recv(1, socket.MSG_PEEK) == b"")
    except BlockingIOError:
        return False
    except OSError:
        return True
    finally:
        sock.settimeout(previous)


def send_and_close(sock: Any, response: Response) -> None:
    """Write a whole answer, then close the connection: after a refused request the stream is unusable.

    What the client is still sending is read and dropped for a moment first (a lingering close, as
    nginx does): closing with unread data makes the kernel reset the connection, and the client
    could lose the answer it was about to read. The answer, too, must be taken within WRITE_SECONDS."""
    head = [f"HTTP/1.1 {response.status}", *(f"{name}: {value}" for name, value in response.headers.items())]
    head.append("Connection: close")
    with contextlib.suppress(OSError):  # the client may be gone already
        try:
            with answer_deadline():
                sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + response.get_data())
        except NotTaken:
            drop(sock)
            return
        sock.shutdown(socket.SHUT_WR)
        dropped = 0
        with gevent.Timeout(LINGER_SECONDS, TimeoutError):  # an OSError, so the suppress above ends it
            while dropped < LINGER_BYTES and (piece := sock.recv(READ_SIZE)):
                dropped += len(piece)
