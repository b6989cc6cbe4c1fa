"""The server's log handler: whoever writes a record, it stays one line."""

import io
import logging

from webform.logs import FORMAT, MAX_LOGGED, OneLineFormatter, printable


def test_every_message_is_one_line_and_a_traceback_keeps_its_own_lines() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(OneLineFormatter(FORMAT))
    logger = logging.getLogger("test.logs")
    logger.addHandler(handler)
    try:
        logger.warning("Invalid request: %s", "GET /\r\nSet-Cookie: x=1\u2028\x1b[2J")
        try:
            raise ValueError("kapot")
        except ValueError:
            logger.exception("fout\nmet regeleinde")
    finally:
        logger.removeHandler(handler)
    lines = stream.getvalue().splitlines()
    assert lines[0].endswith("Invalid request: GET /\\r\\nSet-Cookie: x=1\\u2028\\x1b[2J")
    assert lines[1].endswith("fout\\nmet regeleinde")
    assert lines[2] == "Traceback (most recent call last):" and lines[-1] == "ValueError: kapot"


def test_a_logged_piece_of_a_request_is_cut_short() -> None:
    assert printable("/" + "a" * 1000) == "/" + "a" * (MAX_LOGGED - 1) + "..."
    assert printable("/gewoon/pad") == "/gewoon/pad"
