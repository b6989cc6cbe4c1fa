"""`kinderogen check-rules [MAP]`: every finding about a rules directory, or that it is sound."""

import argparse
from typing import Any

from ..proofs.check import check_rules
from .exits import EXIT_RULES
from .options import RULES_HELP
from .output import say, tell


def add_to(commands: Any) -> None:
    """Add the command to the parser."""
    check = commands.add_parser("check-rules", help="controleer de regels: gaten, conflicten, codes, bronnen")
    check.add_argument("directory", nargs="?", metavar="MAP", help=RULES_HELP)
    check.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = check_rules(args.directory)
    for finding in report.findings:
        say(finding)
    if report.ok:
        say(
            f"In orde: {report.rules} regels in {report.files} bestanden; {report.profiles} grensprofielen doorlopen, "
            "elk met precies één regiehouder."
        )
        return 0
    tell(f"{len(report.findings)} bevinding(en). De regels zijn zo niet bruikbaar.")
    return EXIT_RULES
