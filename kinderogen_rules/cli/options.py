"""What several commands share: the day of `--op`, the number of workers, and the extras a command needs."""

import argparse
import datetime as dt
import importlib.util
import os

from ..core.dates import parse_day
from ..core.errors import InputError
from ..core.ruleset import RuleSet

# The modules each extra of setup.cfg brings that a command imports.
EXTRA_MODULES = {"monitor": ("matplotlib",), "web": ("flask", "flask_wtf", "wtforms", "gunicorn", "gevent")}
# More worker processes than this per core only cost memory.
WORKERS_PER_CORE = 4
ON_HELP = "advies volgens de regels die op die dag golden (JJJJ-MM-DD; standaard: vandaag)"
RULES_HELP = "map met regels (standaard: de meegeleverde regels)"


def day_of(args: argparse.Namespace, rules: RuleSet) -> dt.date | None:
    """The day of `--op`, checked against the rules (DateError before they start); None for today."""
    if args.on is None:
        return None
    day = parse_day(args.on, "De datum bij --op")
    rules.period(day)
    return day


def workers_option(value: int | None) -> int | None:
    """The number of worker processes of `--workers` (None: one per core), within reason for this computer."""
    cores = os.cpu_count() or 1
    if value is not None and not 1 <= value <= WORKERS_PER_CORE * cores:
        raise InputError(
            f"--workers moet tussen 1 en {WORKERS_PER_CORE * cores} liggen (deze computer heeft {cores} kernen)."
        )
    return value


def require_extra(extra: str, purpose: str) -> None:
    """Refuse a command whose optional packages (a pip extra) are not installed, naming the extra to install:
    the core install has only what the library needs."""
    missing = [module for module in EXTRA_MODULES[extra] if importlib.util.find_spec(module) is None]
    if missing:
        raise InputError(
            f"Voor {purpose} {'is' if len(missing) == 1 else 'zijn'} {' en '.join(missing)} nodig. "
            f"Installeer die met: pip install 'kinderogen-rules[{extra}]'"
        )


def option_day(value: str | None, option: str) -> dt.date | None:
    """A date given as JJJJ-MM-DD, or None when the option was not given."""
    return None if value is None else parse_day(value, f"De datum bij {option}")
