"""Stopping a long run: Ctrl-C, SIGTERM and SIGHUP all stop it the same way, and never halfway through a write.

A terminal sends SIGINT (Ctrl-C) or, when it closes, SIGHUP; `kill`, a service manager or `timeout` send SIGTERM.
Each becomes a KeyboardInterrupt in the main thread (`Stopped` for the last two, which says which signal it was),
so a batch stops after its last whole line and says how far it got. While a chunk is written and counted, and
while worker processes start, the signals are held back (`stops_held`): the summary then counts exactly what the
output holds, and a worker never sees a signal before it is ready for it. Workers leave Ctrl-C and SIGHUP to the
parent, and end at SIGTERM (`worker_signals`). A worker also ends when its parent ends (`die_with_parent`), however
the parent ended.
"""

import ctypes
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
# prctl(2): the signal a process gets when its parent ends.
_PR_SET_PDEATHSIG = 1
# How often a worker looks whether its parent is still there, where prctl is not available.
_PARENT_CHECK_SECONDS = 1.0


class Stopped(KeyboardInterrupt):
    """A run stopped by SIGTERM or SIGHUP, handled as Ctrl-C is; `signal_number` says which."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        self.signal_number = signal_number


def stop_signal(exc: BaseException) -> int:
    """The signal behind a KeyboardInterrupt: SIGINT for Ctrl-C, or the one `Stopped` names."""
    return exc.signal_number if isinstance(exc, Stopped) else int(signal.SIGINT)


def signal_name(number: int) -> str:
    """A signal as a user knows it: SIGTERM, SIGHUP, or Ctrl-C."""
    return "Ctrl-C" if number == signal.SIGINT else signal.Signals(number).name


def _interrupt(number: int) -> KeyboardInterrupt:
    return KeyboardInterrupt() if number == signal.SIGINT else Stopped(number)


# How deep the main thread is in `stops_held` blocks, and the signal that came meanwhile.
_held = [0]
_pending: list[int] = []


def _stop(number: int, frame: FrameType | None) -> None:
    """The handler of the stop signals: stop now, or at the end of the block that holds them back. A second
    signal while one waits stops at once: a write that cannot go on (a reader that does not read) must not hold
    the user."""
    if _held[0] and not _pending:
        _pending.append(number)
        return
    _pending.clear()
    raise _interrupt(number)


@contextmanager
def stops_as_interrupts() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP raise KeyboardInterrupt (`Stopped` for the last two) while the block runs, held
    back by `stops_held`. Only the main thread can set handlers; elsewhere the block runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    earlier = {}
    for number in STOP_SIGNALS:
        # A signal the caller ignores (nohup ignores SIGHUP; a background job Ctrl-C) stays ignored.
        if signal.getsignal(number) is not signal.SIG_IGN:
            earlier[number] = signal.signal(number, _stop)
    try:
        yield
    finally:
        for number, handler in earlier.items():
            signal.signal(number, handler)


@contextmanager
def stops_held() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP back while the block runs: a signal that comes meanwhile stops the run as
    soon as the block ends (see `stops_as_interrupts`); when the block fails, its error stops the run instead.

    The signals are blocked too, so worker processes started in the block inherit the mask and never see a signal
    before it is ready for it: without this, a Ctrl-C in the first second reaches a worker that is still importing, and
    it prints a traceback. Without `stops_as_interrupts` (the library in another program), blocking them is all
    this does, and it holds them back for the main thread only.
    """
    old = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    _held[0] += 1
    failed = True
    try:
        yield
        failed = False
    finally:
        _held[0] -= 1
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
        if not _held[0] and _pending:
            number = _pending.pop()
            if not failed:
                raise _interrupt(number)


def worker_signals() -> None:
    """In a worker process: Ctrl-C and SIGHUP, which reach every process of a terminal, are the parent's to handle.
    SIGTERM ends a worker at once, without a word: it is what the pool sends a worker it gives up on (a worker that
    ignored it would keep the pool's queue open, and the pool would wait for it for ever)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})


def die_with_parent(parent: int) -> None:
    """In a worker process: end at once when the parent process ends, however it ends (even by SIGKILL), so no
    worker is left running, holding the caller's output open."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        armed = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        armed = False
    if os.getppid() != parent:  # the parent ended before the worker could ask
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    """Where prctl is not available: look every second whether the parent is still there."""
    stop = threading.Event()
    while not stop.wait(_PARENT_CHECK_SECONDS):
        if os.getppid() != parent:
            os._exit(1)
