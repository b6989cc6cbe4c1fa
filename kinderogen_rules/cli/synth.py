"""`kinderogen synth --n AANTAL`: varied, valid test profiles as JSONL, the same for the same seed."""

import argparse
from itertools import islice
from typing import Any

from ..caseloads.synth import synthetic_profiles
from ..core.errors import InputError
from ..core.outputs import FileOutput
from ..core.ruleset import load_rules
from ..core.stops import stops_held
from .options import RULES_HELP
from .output import emit

# Profiles written at a time.
BLOCK = 1000


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
    with stops_held():
        output = FileOutput(args.output)
    profiles = synthetic_profiles(args.n, seed=args.seed, rules=rules)
    try:
        while block := list(islice(profiles, BLOCK)):
            emit(output.stream, "".join(profile.model_dump_json() + "\n" for profile in block), args.output)
    except BaseException:
        output.abandon()
        raise
    with stops_held():
        try:
            output.finish()
        except OSError as exc:
            raise output.unwritable(exc) from None
    return 0
