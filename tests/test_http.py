"""The production server at the level of HTTP itself, with raw sockets to 127.0.0.1: broken and oversized
bodies however they are framed, slow clients, what reaches the log, and where redirects point."""

import contextlib
import gzip
import json
import re
import socket
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from webform.connection import BODY_SECONDS, WRITE_SECONDS
from webform.server import HEAD_SECONDS

PROFILE = b'{"age": 8, "setting": "po"}'
# A guard so that a server that never answers fails the test instead of hanging it; never a speed target.
PATIENCE = 60.0


def port_of(server: tuple[str, Path]) -> int:
    port = urlsplit(server[0]).port
    assert port is not None
    return port


def connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=PATIENCE)
    return sock


def read_to_end(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    received = b""
    while piece := sock.recv(65536):
        received += piece
    return received


def exchange(port: int, request: bytes) -> bytes:
    """Send one request as raw bytes and read until the server closes the connection."""
    with connect(port) as sock:
        sock.sendall(request)
        return read_to_end(sock)


def statuses(answer: bytes) -> list[int]:
    return [int(code) for code in re.findall(rb"^HTTP/1\.1 (\d{3}) ", answer, re.M)]


def head_and_body(answer: bytes) -> tuple[str, str]:
    head, _, body = answer.partition(b"\r\n\r\n")
    return head.decode("latin-1"), body.decode("utf-8")


def chunked(path: str, content_type: str, body: bytes, close: bool = False) -> bytes:
    """A request head announcing a chunked body, followed by `body` as it is (well-formed or not)."""
    lines = [
        f"POST {path} HTTP/1.1",
        "Host: 127.0.0.1",
        f"Content-Type: {content_type}",
        "Transfer-Encoding: chunked",
        *(["Connection: close"] if close else []),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def in_chunks(data: bytes, size: int = 8000) -> bytes:
    pieces = [data[start : start + size] for start in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"


TYPES = {"/api/advice": "application/json", "/": "application/x-www-form-urlencoded", "/wijzigen": "text/plain"}
BROKEN_CHUNKS = {
    "size that is not a number": b"zz\r\n" + PROFILE + b"\r\n0\r\n\r\n",
    "chunk without its line end": b"%x\r\n" % len(PROFILE) + PROFILE + b"XX0\r\n\r\n",
}


def assert_dutch_refusal(path: str, answer: bytes, status: int, words: str) -> None:
    """One answer, the app's own (JSON under /api/, a Dutch page elsewhere), with its usual headers."""
    assert statuses(answer) == [status], answer[:300]
    head, body = head_and_body(answer)
    assert "Cache-Control: no-store" in head and "Content-Security-Policy: default-src 'none'" in head
    if path.startswith("/api/"):
        assert words in json.loads(body)["errors"][0]["message"]
    else:
        assert '<html lang="nl">' in body and words in body


@pytest.mark.parametrize("path", list(TYPES))
@pytest.mark.parametrize("broken", list(BROKEN_CHUNKS))
def test_a_body_that_cannot_be_read_is_a_400_and_the_connection_is_closed(
    server: tuple[str, Path], path: str, broken: str
) -> None:
    # No "Connection: close": after a broken body the server itself must close, answering once.
    answer = exchange(port_of(server), chunked(path, TYPES[path], BROKEN_CHUNKS[broken]))
    assert_dutch_refusal(path, answer, 400, "kan niet worden verwerkt")


def test_a_body_shorter_than_its_content_length_is_a_400(server: tuple[str, Path]) -> None:
    head = (
        b"POST /api/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"
    )
    with connect(port_of(server)) as sock:
        sock.sendall(head + PROFILE)
        sock.shutdown(socket.SHUT_WR)  # the client stops sending
        answer = read_to_end(sock)
    assert_dutch_refusal("/api/advice", answer, 400, "kan niet worden verwerkt")


@pytest.mark.parametrize("path", ["/api/advice", "/"])
def test_a_chunked_body_over_64_kb_is_a_413_not_cut_off(server: tuple[str, Path], path: str) -> None:
    # What fits in 64 kB is a valid request on its own: cutting the body there would answer it.
    data = PROFILE + b" " * 70_000 if path.startswith("/api/") else b"age=8&setting=po&x=" + b"a" * 70_000
    answer = exchange(port_of(server), chunked(path, TYPES[path], in_chunks(data)))
    assert_dutch_refusal(path, answer, 413, "te groot")


def test_a_body_over_64_kb_by_content_length_is_a_413(server: tuple[str, Path]) -> None:
    data = PROFILE + b" " * 70_000
    head = f"POST /api/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(data)}\r\n\r\n".encode()
    answer = exchange(port_of(server), head + data)
    assert_dutch_refusal("/api/advice", answer, 413, "te groot")


def test_a_chunked_body_within_the_limit_gets_its_advice(server: tuple[str, Path]) -> None:
    answer = exchange(port_of(server), chunked("/api/advice", "application/json", in_chunks(PROFILE, 5), close=True))
    assert statuses(answer) == [200]
    assert json.loads(head_and_body(answer)[1])["regie"]["holder"] == "school"


@pytest.mark.parametrize(
    "request_line",
    [
        b"GET /?bsn=123456782&naam=Levi HTTP/1.1 extra",  # not a version
        b"GET /advies?bsn=123456782 naam=Levi HTTP/1.1",  # a space in the address
        b"GET /?bsn=123456782\x1b[31mLevi HTTP/1.1",  # a control character
    ],
)
def test_a_malformed_request_is_answered_in_dutch_and_nothing_of_it_is_logged(
    server: tuple[str, Path], request_line: bytes
) -> None:
    port, log = port_of(server), server[1]
    before = log.stat().st_size
    answer = exchange(port, request_line + b"\r\nHost: 127.0.0.1\r\n\r\n")
    assert_dutch_refusal("/", answer, 400, "kan niet worden verwerkt")
    assert b"123456782" not in answer and b"Levi" not in answer  # nothing of the request is echoed
    exchange(port, b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")  # a line after it
    written = log.read_bytes()[before:].decode()
    assert "Aanvraag geweigerd (400)" in written
    for secret in ("123456782", "Levi", "bsn", "127.0.0.1"):
        assert secret not in written, written


@pytest.mark.parametrize(
    ("request_head", "path", "status", "words"),
    [
        (  # both framings at once, the start of request smuggling
            b"POST /api/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n",
            "/api/advice",
            400,
            "kan niet worden verwerkt",
        ),
        (b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n", "/", 414, "te lang"),
        (b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Veel: " + b"a" * 9000 + b"\r\n", "/", 431, "kopregels"),
        (b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: zstd\r\n", "/", 501, "compressie"),
    ],
)
def test_a_request_head_the_server_refuses_gets_a_dutch_answer(
    server: tuple[str, Path], request_head: bytes, path: str, status: int, words: str
) -> None:
    answer = exchange(port_of(server), request_head + b"\r\n")
    assert_dutch_refusal(path, answer, status, words)


API_POST = b"POST /api/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"


@pytest.mark.parametrize(
    ("request_head", "status", "words"),
    [
        (API_POST + b"Transfer-Encoding: zstd\r\n", 501, "compressie"),
        (API_POST + b"Expect: wonder\r\nContent-Length: 2\r\n", 417, "Expect"),
        (API_POST + b"X-Veel: " + b"a" * 9000 + b"\r\n", 431, "kopregels"),
        (API_POST + b"".join(b"X-%d: a\r\n" % n for n in range(150)), 431, "kopregels"),
        (API_POST + b"Slechte naam: a\r\n", 400, "kan niet worden verwerkt"),
        (API_POST + b"X-Gevouwen: a\r\n doorgaan\r\n", 400, "kan niet worden verwerkt"),
        (b"POST /api/advice?" + b"a" * 5000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n", 414, "te lang"),
        (b"GET /api/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Veel: " + b"a" * 9000 + b"\r\n", 431, "kopregels"),
        (b"GET http://127.0.0.1/api/" + b"a" * 5000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n", 414, "te lang"),
    ],
)
def test_a_request_head_for_the_api_the_server_refuses_gets_the_api_error_shape(
    server: tuple[str, Path], request_head: bytes, status: int, words: str
) -> None:
    """A client of the API reads JSON, also when the server refuses the head before the app sees it."""
    answer = exchange(port_of(server), request_head + b"\r\n")
    assert_dutch_refusal("/api/advice", answer, status, words)
    assert "Content-Type: application/json" in head_and_body(answer)[0]


def gzipped_chunked(path: str, body: bytes, codings: list[bytes]) -> bytes:
    lines = [f"POST {path} HTTP/1.1".encode(), b"Host: 127.0.0.1", f"Content-Type: {TYPES[path]}".encode()]
    lines += [b"Transfer-Encoding: " + coding for coding in codings]
    return b"\r\n".join(lines) + b"\r\n\r\n" + in_chunks(body)


@pytest.mark.parametrize("path", ["/api/advice", "/"])
@pytest.mark.parametrize(
    ("body", "codings"),
    [
        (gzip.compress(PROFILE), [b"gzip, chunked"]),  # a real gzip body: was a 400, "geen UTF-8"
        (PROFILE, [b"gzip, chunked"]),  # a plain body labelled gzip: was answered with 200
        (PROFILE, [b"gzip", b"chunked"]),  # the same codings on two header lines
        (zlib.compress(PROFILE), [b"deflate, chunked"]),
        (PROFILE, [b"compress, chunked"]),
        (gzip.compress(gzip.compress(PROFILE)), [b"GZIP, gzip, chunked"]),
    ],
    ids=["gzip", "plain labelled gzip", "two header lines", "deflate", "compress", "gzip twice"],
)
def test_a_body_in_a_transfer_coding_other_than_chunked_is_a_501(
    server: tuple[str, Path], path: str, body: bytes, codings: list[bytes]
) -> None:
    """The server undoes only chunked; it must not hand the app bytes it has not decoded, labelled or not."""
    answer = exchange(port_of(server), gzipped_chunked(path, body, codings))
    assert_dutch_refusal(path, answer, 501, "zonder compressie")


@pytest.mark.slow
def test_identity_before_chunked_is_no_coding(server: tuple[str, Path]) -> None:
    answer = exchange(port_of(server), gzipped_chunked("/api/advice", PROFILE, [b"identity, chunked"]))
    assert statuses(answer) == [200]


@pytest.mark.slow
def test_a_client_that_never_reads_gets_few_answers_and_then_its_connection_closed(server: tuple[str, Path]) -> None:
    """Pipelined requests from a client that does not read: the server stops computing answers once some wait
    unread, and closes the connection after WRITE_SECONDS, so it does not hold a place in the pool for ever."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # a small window, as a slow reader has
        sock.settimeout(PATIENCE)
        sock.connect(("127.0.0.1", port_of(server)))
        sock.sendall(b"GET /regelboek/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" * 200)
        time.sleep(WRITE_SECONDS + 3)  # reading nothing meanwhile
        received = b""
        with contextlib.suppress(ConnectionResetError):  # the close discards what the client left unread
            while piece := sock.recv(65536):
                received += piece
    assert 0 < received.count(b"HTTP/1.1 200 OK") < 50


def test_the_log_holds_the_path_without_query_string(server: tuple[str, Path]) -> None:
    port, log = port_of(server), server[1]
    before = log.stat().st_size
    answer = exchange(port, b"GET /healthz?bsn=123456782 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    assert statuses(answer) == [200]
    written = log.read_bytes()[before:].decode()
    assert re.search(r"webform\.access: GET /healthz 200 \d+\.\d ms$", written, re.M), written
    assert "123456782" not in written


@pytest.mark.parametrize(
    ("path", "logged"),
    [
        # A path that matches no page is not logged at all: it may hold what someone typed, such as a name.
        (b"/%0d%0aSet-Cookie:x=1", "GET (onbekend pad) 404"),
        (b"/%e2%80%a8Vervalst", "GET (onbekend pad) 404"),
        (b"/%1b%5b2J", "GET (onbekend pad) 404"),
    ],
)
def test_a_request_cannot_write_a_line_of_its_own_into_the_log(
    server: tuple[str, Path], path: bytes, logged: str
) -> None:
    port, log = port_of(server), server[1]
    before = log.stat().st_size
    answer = exchange(port, b"GET " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    assert statuses(answer) == [404]
    written = log.read_bytes()[before:].decode()
    assert logged in written
    for line in written.splitlines():
        assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} [A-Z]+ [\w.]+: ", line), line


def test_a_redirect_stays_on_this_site_whatever_the_host_header(server: tuple[str, Path]) -> None:
    answer = exchange(
        port_of(server), b"GET /regelboek//index.html?x=1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
    )
    assert statuses(answer) == [308]
    head, body = head_and_body(answer)
    assert re.search(r"^Location: /regelboek/index\.html\?x=1\r?$", head, re.M), head
    assert "evil.example" not in head + body
    assert "Cache-Control: no-store" in head and '<html lang="nl">' in body


def half_sent_request(port: int) -> socket.socket:
    """A connection whose request head is never finished."""
    sock = connect(port)
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    return sock


@contextmanager
def slow_clients(port: int, count: int) -> Iterator[None]:
    sockets = [half_sent_request(port) for _ in range(count)]
    try:
        yield
    finally:
        for sock in sockets:
            sock.close()


def get_healthz(port: int) -> list[int]:
    return statuses(exchange(port, b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))


def test_healthz_answers_while_100_slow_clients_hold_connections(server: tuple[str, Path]) -> None:
    port = port_of(server)
    with slow_clients(port, 100):
        for _ in range(5):
            assert get_healthz(port) == [200]


@pytest.mark.slow
def test_a_request_head_that_trickles_in_is_cut_off(server: tuple[str, Path]) -> None:
    """A client sending one header line at a time, never finishing, is closed after HEAD_SECONDS."""
    with half_sent_request(port_of(server)) as sock:
        sock.settimeout(0.5)
        give_up = time.monotonic() + HEAD_SECONDS + PATIENCE
        closed = False
        while not closed and time.monotonic() < give_up:
            try:
                sock.sendall(b"X-Langzaam: ja\r\n")
                closed = sock.recv(1) == b""
            except TimeoutError:
                continue
            except OSError:
                closed = True
        assert closed


@pytest.mark.slow
def test_a_body_that_does_not_arrive_is_a_408(server: tuple[str, Path]) -> None:
    head = (
        b"POST /api/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"
    )
    with connect(port_of(server)) as sock:
        sock.settimeout(BODY_SECONDS + PATIENCE)
        sock.sendall(head + PROFILE)  # and then nothing more, without closing
        answer = read_to_end(sock)
    assert_dutch_refusal("/api/advice", answer, 408, "te langzaam")
