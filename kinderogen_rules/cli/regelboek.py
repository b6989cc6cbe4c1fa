"""`kinderogen regelboek --out MAP`: the rulebook, every rule with its sources and scenarios, as HTML and Markdown."""

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..core.errors import InputError, OutputError
from ..core.files import os_reason, output_directory
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
    try:
        features = read_features(features_dir)
    except UnicodeDecodeError:
        names = ", ".join(_not_utf8(sorted(features_dir.glob("*.feature"))))
        raise InputError(f"Scenario's in {features_dir}: {names} is geen UTF-8-tekst; sla het op als UTF-8.") from None
    except OSError as exc:
        raise InputError(f"Kan de scenario's in {features_dir} niet lezen: {os_reason(exc)}.") from None
    files = rulebook_files(ruleset, features)
    out = output_directory(args.out, "het regelboek")
    try:
        write_rulebook(out, files)
    except OSError as exc:
        raise OutputError(f"Kan het regelboek niet schrijven in {out}: {os_reason(exc)}.") from None
    pages = sum(name.endswith(".html") for name in files)
    say(f"Regelboek geschreven in {out}: {pages} pagina's (HTML en Markdown). Open {out / 'index.html'}.")
    return 0


def _not_utf8(paths: Iterable[Path]) -> list[str]:
    """The names of the files that are not UTF-8 text (looked for only after decoding failed)."""
    bad = []
    for path in paths:
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            bad.append(path.name)
        except OSError:
            continue
    return bad
