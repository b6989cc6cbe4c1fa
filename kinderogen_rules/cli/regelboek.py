"""`kinderogen regelboek --out MAP`: the rulebook, every rule with its sources and scenarios, as HTML and Markdown."""

import argparse
from pathlib import Path
from typing import Any

from ..core.errors import InputError
from ..core.ruleset import load_rules
from ..rulebook.pages import rulebook_files, write_rulebook
from ..rulebook.scenarios import default_features_dir, read_features
from .options import RULES_HELP
from .output import say


def add_to(commands: Any) -> None:
    """Add the command to the parser."""
    book = commands.add_parser("regelboek", help="schrijf het regelboek: alle regels met bronnen en scenario's")
    book.add_argument(
        "--out", required=True, metavar="MAP", help="map voor de pagina's (wordt gemaakt als die er niet is)"
    )
    book.add_argument("--rules", metavar="MAP", help=RULES_HELP)
    book.add_argument("--features", metavar="MAP", help="map met scenario's (standaard: de meegeleverde features)")
    book.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    features_dir = Path(args.features) if args.features else default_features_dir()
    if not features_dir.is_dir():
        raise InputError(f"Map met scenario's niet gevonden: {features_dir}")
    ruleset = load_rules(args.rules)
    features = read_features(features_dir)
    files = rulebook_files(ruleset, features)
    out = Path(args.out)
    write_rulebook(out, files)
    pages = sum(name.endswith(".html") for name in files)
    say(f"Regelboek geschreven in {out}: {pages} pagina's (HTML en Markdown). Open {out / 'index.html'}.")
    return 0
