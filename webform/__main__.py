"""`python -m webform` and `kinderogen-web`: serve the form with gunicorn, a production WSGI server, on 127.0.0.1:8000.

One worker process per core, each with its own compiled rules (evaluations in
one process still run one at a time, under the engine's lock), each holding many
connections at once with gevent (see webform.server for why). --host and --port
(or KINDEROGEN_HOST and KINDEROGEN_PORT) change the address, KINDEROGEN_WORKERS and
KINDEROGEN_CONNECTIONS the number of processes and of open connections per process.

Everything that can be checked before gunicorn starts is checked here, and said in
Dutch with exit code 1: a setting, the address, the rules. Only then does it say
where the form is. Ctrl-C stops it with one Dutch line and exit code 0.
"""

import argparse
import json
import os
import re
import resource
import secrets
import sys
from pathlib import Path
from typing import NoReturn

from flask import Config

from kinderogen_rules import Advisor, InputError, RuleLoadError, load_rules, read_features

from . import environment
from .errors import where
from .server import address, bind_problem, serve

# As `kinderogen batch --workers`: more processes than 4 per core only cost memory (each compiles the rules).
WORKERS_PER_CORE = 4
# Files a worker holds open besides its connections: its listening socket, pipes, the log, libraries, /dev/urandom.
FILES_BESIDES_CONNECTIONS = 64
EXIT_SETTINGS, EXIT_USAGE = 1, 2
STOPPED = "Het formulier is gestopt."

SETTINGS_HELP = """\
instellingen (omgevingsvariabelen; een optie gaat voor):
  KINDEROGEN_HOST         het adres, zoals --host
  KINDEROGEN_PORT         de poort, zoals --port
  KINDEROGEN_WORKERS      aantal processen (standaard: één per kern; hoogstens 4 per kern)
  KINDEROGEN_CONNECTIONS  open verbindingen per proces (standaard: 1000)
  KINDEROGEN_RULES_DIR    map met regels (standaard: de meegeleverde regels)
  KINDEROGEN_FEATURES_DIR map met scenario's voor het regelboek (standaard: de meegeleverde)
  KINDEROGEN_SECRET_KEY   sleutel voor de formulieren (standaard: een nieuwe bij elke start)
  KINDEROGEN_HTTPS        1: het cookie alleen over https sturen

Stoppen met Ctrl-C."""


class _Parser(argparse.ArgumentParser):
    """The command line in Dutch: help, usage and errors; a wrong command line exits with code 2."""

    def __init__(self, prog: str) -> None:
        super().__init__(
            prog=prog,
            description="Start het webformulier en de API van kinderogen-rules.",
            epilog=SETTINGS_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
            add_help=False,
            allow_abbrev=False,
        )
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
        self.add_argument("--host", metavar="ADRES", help="luister op dit adres (standaard: 127.0.0.1)")
        self.add_argument("--port", metavar="POORT", help="luister op deze poort (standaard: 8000)")

    def format_usage(self) -> str:
        return "Gebruik: " + super().format_usage().removeprefix("usage: ")

    def format_help(self) -> str:
        return "Gebruik: " + super().format_help().removeprefix("usage: ")

    def error(self, message: str) -> NoReturn:
        unknown = re.fullmatch(r"unrecognized arguments: (.+)", message)
        missing = re.fullmatch(r"argument (\S+): expected one argument", message)
        if unknown:
            message = f"onbekend: {unknown[1]}"
        elif missing:
            message = f"na {missing[1]} hoort een waarde"
        else:
            message = "de opdracht klopt niet"
        self.exit(EXIT_USAGE, f"{self.prog}: {message}. Meer uitleg: {self.prog} --help\n")


def _program() -> str:
    """The command as the user typed it: `python -m webform` or `kinderogen-web`."""
    name = Path(sys.argv[0]).name
    return "python -m webform" if name in {"__main__.py", "-m", ""} else name


def whole_number(name: str, text: str) -> int:
    """An operator's setting that must be a whole number of at least 1; ValueError in Dutch otherwise."""
    text = text.strip()
    said = json.dumps(text[:40], ensure_ascii=False)
    if re.fullmatch(r"[0-9]{7,}", text):
        raise ValueError(f"{name} is {said}: dat is te groot; kies een getal van hoogstens 999999.")
    if not re.fullmatch(r"[0-9]{1,6}", text) or int(text) < 1:
        raise ValueError(f"{name} is {said}: dat moet een heel getal zijn, 1 of meer.")
    return int(text)


def worker_count(text: str) -> int:
    """KINDEROGEN_WORKERS: at most WORKERS_PER_CORE per core. More only cost memory: 999999 made gunicorn fork
    until the machine ran out of it."""
    workers = whole_number("KINDEROGEN_WORKERS", text)
    cores = os.cpu_count() or 1
    if workers > WORKERS_PER_CORE * cores:
        raise ValueError(
            f"KINDEROGEN_WORKERS is {workers}: dat mag hoogstens {WORKERS_PER_CORE * cores} zijn "
            f"({WORKERS_PER_CORE} per kern; deze computer heeft {cores} kernen)."
        )
    return workers


def open_files_for(connections: int) -> None:
    """Let each worker hold `connections` open connections: raise the limit on open files (`ulimit -n`) as far
    as the system allows. Beyond the limit, accepting a connection fails and gevent logs a traceback for each."""
    needed = connections + FILES_BESIDES_CONNECTIONS
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        if hard != resource.RLIM_INFINITY and hard < needed:
            raise ValueError(
                f"KINDEROGEN_CONNECTIONS is {connections}: dat mag hier hoogstens {hard - FILES_BESIDES_CONNECTIONS}"
                f" zijn. Deze computer staat een proces {hard} open bestanden toe (ulimit -Hn)."
            )
        resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


def rules_problem(settings: Config) -> str | None:
    """Why the rules (KINDEROGEN_RULES_DIR) or the scenarios (KINDEROGEN_FEATURES_DIR) cannot be used, in Dutch;
    None when they can. Checked before the form is said to be up: a worker that fails on them would make gunicorn
    stop with a traceback and English text."""
    rules_dir = settings.get("RULES_DIR") or None
    which = f"in {rules_dir} (KINDEROGEN_RULES_DIR)" if rules_dir else "die bij het programma horen"
    try:
        Advisor(load_rules(rules_dir) if rules_dir else load_rules()).close()
    except RuleLoadError as exc:
        return f"Het formulier start niet: de regels {which} zijn niet te gebruiken.\n{exc}"
    except Exception as exc:  # a fault in the program while reading them: said, never a traceback
        innermost = where(exc).split(" <- ")[0]
        return (
            f"Het formulier start niet: bij het lezen van de regels {which} ging iets mis in het programma "
            f"({type(exc).__name__} in {innermost})."
        )
    features_dir = settings.get("FEATURES_DIR") or None
    if features_dir and not Path(features_dir).is_dir():
        return f"Het formulier start niet: {features_dir} (KINDEROGEN_FEATURES_DIR) is geen map met scenario's."
    if features_dir:
        # The rulebook reads them on its first visit: a file it cannot read would then give every page a 500.
        try:
            read_features(features_dir)
        except InputError as exc:
            return f"Het formulier start niet: de scenario's in {features_dir} (KINDEROGEN_FEATURES_DIR): {exc}"
    return None


def main(argv: list[str] | None = None) -> int:
    """Start the server and say where it listens; Ctrl-C stops it. A setting, address or rule set that cannot
    work is said in Dutch, with exit code 1; a wrong command line with exit code 2."""
    try:
        options = _Parser(_program()).parse_args(argv)
    except SystemExit as done:  # --help, or a wrong command line (said already)
        return int(done.code or 0)
    try:
        return _start(options)
    except KeyboardInterrupt:  # before gunicorn takes over Ctrl-C
        print(STOPPED, flush=True)
        return 0


def _start(options: argparse.Namespace) -> int:
    settings = environment()
    # Empty is the default, not "every interface"; an IPv6 address may come between brackets, as in a URL.
    host = str(options.host if options.host is not None else settings.get("HOST") or "").strip() or "127.0.0.1"
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        port = whole_number(*_port(options, settings))
        workers = worker_count(str(settings.get("WORKERS", os.cpu_count() or 1)))
        connections = whole_number("KINDEROGEN_CONNECTIONS", str(settings.get("CONNECTIONS", 1000)))
        open_files_for(connections)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return EXIT_SETTINGS
    problem = bind_problem(host, port) or rules_problem(settings)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_SETTINGS
    # Every worker must sign CSRF tokens with the same key, so a random one is chosen here, once (also when the
    # variable is there but empty: each worker would choose its own, and a form from one would fail on another).
    if not os.environ.get("KINDEROGEN_SECRET_KEY"):
        os.environ["KINDEROGEN_SECRET_KEY"] = secrets.token_hex(32)
    print(f"Het formulier staat op http://{address(host, port)}  (stoppen met Ctrl-C)", flush=True)
    stopped = serve(host, port, workers, connections)
    if stopped:
        print(stopped, file=sys.stderr)
        return EXIT_SETTINGS
    print(STOPPED, flush=True)
    return 0


def _port(options: argparse.Namespace, settings: Config) -> tuple[str, str]:
    """The port's name as the user set it, and its text."""
    if options.port is not None:
        return "--port", str(options.port)
    return "KINDEROGEN_PORT", str(settings.get("PORT", 8000))


if __name__ == "__main__":
    sys.exit(main())
