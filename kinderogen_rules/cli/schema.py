"""`kinderogen schema`: the JSON schema of a rule file, for editors that check YAML while it is written."""

import argparse
import json
from typing import Any

from ..core.ruleset import rule_file_schema
from .output import say


def add_to(commands: Any) -> None:
    """Add the command to the parser."""
    schema = commands.add_parser("schema", help="JSON-schema van een regelbestand, voor editors")
    schema.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    say(json.dumps(rule_file_schema(), ensure_ascii=False, indent=2))
    return 0


# argparse's own messages, in Dutch (the English text is matched, the values kept).
