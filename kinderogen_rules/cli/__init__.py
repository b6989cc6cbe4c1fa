"""The `kinderogen` command: advise on a case, run a batch, check the rules, compare two rule sets.

One module per command (`advise`, `batch`, `synth`, `check`, `diff`, `monitor`, `regelboek`, `schema`), each adding
itself to the parser (`parser`); what they say goes through `output`, their exit codes are in `exits`.
"""

import contextlib
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from ..core.errors import InputError, OutputError, RuleGapError, RuleLoadError
from ..core.files import os_reason
from ..core.stops import stop_signal, stops_as_interrupts
from .exits import EXIT_INPUT, EXIT_RULES, interrupted
from .options import require_extra
from .output import drop_stdout, flush_stdout, tell
from .parser import build_parser

__all__ = ["main", "run", "run_web"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code. SIGTERM and SIGHUP stop it as Ctrl-C does."""
    with stops_as_interrupts():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
        code = int(args.run(args))
        flush_stdout()
        return code
    except (InputError, OutputError) as exc:
        tell(str(exc))
        if isinstance(exc, OutputError):
            drop_stdout()
        return EXIT_INPUT
    except RuleLoadError as exc:
        tell("De regels kunnen niet worden geladen:\n" + str(exc))
        return EXIT_RULES
    except RuleGapError as exc:
        tell(str(exc))
        return EXIT_RULES
    except KeyboardInterrupt as exc:
        code, by = interrupted(stop_signal(exc))
        tell(f"Afgebroken{by}.")
        return code
    except OSError as exc:
        # Every file the user names is opened with its own message; this is the output's last write.
        drop_stdout()
        tell(f"Kan de uitvoer niet schrijven: {os_reason(exc)}.")
        return EXIT_INPUT
    except Exception as exc:
        # A bug: say where, in the words of the webform's log, never with case data.
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        tell(
            f"Er ging iets mis in het programma ({type(exc).__name__} in {Path(frame.filename).name}:{frame.lineno}). "
            "Meld dit aan de beheerders, met de opdracht die u gaf."
        )
        return EXIT_RULES


def run() -> NoReturn:
    """The `kinderogen` command: main(), then leave at once. A batch whose worker was killed mid-write can leave
    a pool's manager thread waiting on a half-written message for ever; the interpreter's exit would wait for it
    too. Everything is written and flushed when main() returns, so nothing is lost by not waiting."""
    try:
        code = main()
    except KeyboardInterrupt as exc:  # a second stop while the first one was being reported
        code = interrupted(stop_signal(exc))[0]
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)


def run_web() -> NoReturn:
    """The `kinderogen-web` command: serve the web form (package webform), which needs the extra [web]."""
    try:
        require_extra("web", "het webformulier")
    except InputError as exc:
        tell(str(exc))
        raise SystemExit(EXIT_INPUT) from None
    from webform.__main__ import main as serve

    raise SystemExit(serve())
