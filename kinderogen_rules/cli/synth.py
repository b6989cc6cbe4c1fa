"""`kinderogen synth --n AANTAL`: varied, valid test profiles as JSONL, the same for the same seed."""

import argparse
import contextlib
from typing import Any

from ..caseloads.synth import synthetic_profiles
from ..core.errors import InputError, OutputError
from ..core.files import open_output
from ..core.ruleset import load_rules
from .options import RULES_HELP
from .output import close, emit


def add_to(commands: Any) -> None:
    """Add the command to the parser."""
    synth = commands.add_parser("synth", help="schrijf gevarieerde, geldige testprofielen (JSONL)")
    synth.add_argument("--n", type=int, required=True, metavar="AANTAL", help="aantal profielen")
    synth.add_argument(
        "--seed", type=int, default=0, metavar="GETAL", help="startgetal: dezelfde seed geeft dezelfde profielen"
    )
    synth.add_argument("-o", "--output", metavar="UITVOER", help="uitvoerbestand (standaard: scherm)")
    synth.add_argument("--rules", metavar="MAP", help=RULES_HELP)
    synth.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.n < 0:
        raise InputError("--n moet 0 of meer zijn.")
    rules = load_rules(args.rules)
    out = open_output(args.output)
    try:
        for profile in synthetic_profiles(args.n, seed=args.seed, rules=rules):
            emit(out, profile.model_dump_json() + "\n", args.output)
    except BaseException:
        with contextlib.suppress(OutputError):
            close(out, args.output)
        raise
    close(out, args.output)
    return 0
