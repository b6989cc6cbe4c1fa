"""The command line's parser: argparse in Dutch (help, usage and errors), with one module per command (pip-style)."""

import argparse
import contextlib
import re
import sys
from typing import TYPE_CHECKING, Any, NoReturn

from .. import __version__
from . import advise, batch, check, diff, monitor, regelboek, schema, synth
from .exits import EXIT_INPUT

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

# The commands in the order `kinderogen --help` lists them.
COMMANDS = (advise, batch, synth, check, diff, monitor, regelboek, schema)

ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (.+)", "dit ontbreekt nog: {0}"),
    (r"unrecognized arguments: (.+)", "onbekend: {0}"),
    (r"argument (\S+): invalid int value: (.+)", "{0} moet een heel getal zijn (niet {1})"),
    (r"argument (-\S+): invalid choice: (.+) \(choose from (.+)\)", "{0} kent {1} niet; kies uit {2}"),
    (r"argument (\S+): invalid choice: (.+) \(choose from (.+)\)", "onbekende opdracht {1}; kies uit {2}"),
    (r"argument (\S+): expected one argument", "na {0} hoort een waarde"),
    (r"argument (\S+): ignored explicit argument (.+)", "{0} neemt geen waarde (niet {1})"),
    (r"ambiguous option: (\S+) could match (.+)", "{0} kan meer betekenen: {1}"),
)


class _Formatter(argparse.HelpFormatter):
    """Help and usage in Dutch."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "Gebruik: ")


class DutchParser(argparse.ArgumentParser):
    """argparse with Dutch help, usage and error messages; a wrong command line exits with code 2."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(formatter_class=_Formatter, add_help=False, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        for pattern, dutch in ARGPARSE_MESSAGES:
            found = re.fullmatch(pattern, message, re.DOTALL)
            if found:
                message = dutch.format(*found.groups())
                break
        else:
            message = "de opdracht klopt niet"
        with contextlib.suppress(OSError, AttributeError):
            self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"{self.prog}: {message}. Meer uitleg: {self.prog} --help\n")

    def _print_message(self, message: str, file: "SupportsWrite[str] | None" = None) -> None:
        with contextlib.suppress(OSError, AttributeError):
            super()._print_message(message, file)


ON_HELP = "advies volgens de regels die op die dag golden (JJJJ-MM-DD; standaard: vandaag)"


def build_parser() -> argparse.ArgumentParser:
    """The parser of `kinderogen`: each command adds itself, with the function that runs it (`run`)."""
    parser = DutchParser(
        prog="kinderogen", description="Wie heeft de regie rond een kind, en wat regel je? Advies met bronnen."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help="toon de versie en stop")
    commands = parser.add_subparsers(dest="command", required=True, metavar="opdracht", title="opdrachten")
    for command in COMMANDS:
        command.add_to(commands)
    return parser
