"""`kinderogen monitor ADVIEZEN`: a batch's advices as an offline report with charts, aggregates only."""

import argparse
import contextlib
from pathlib import Path
from typing import Any

from ..caseloads.monitor import OVERALL, count, write_monitor_report
from ..caseloads.reading import read_advices, read_profiles
from ..core.errors import CaseloadError, InputError, MonitorError
from ..core.files import open_input
from ..core.outputs import folder_output
from ..core.ruleset import load_rules
from .options import RULES_HELP, require_extra
from .output import say, tell


def add_to(commands: Any) -> None:
    """Add the command to the parser."""
    monitor = commands.add_parser("monitor", help="rapport met grafieken over een batch adviezen (alleen totalen)")
    monitor.add_argument("advices", metavar="ADVIEZEN", help="uitvoer van kinderogen batch (JSONL of Parquet)")
    monitor.add_argument(
        "--cases",
        metavar="CASUSSEN",
        help="de invoer van die batch (JSONL, of Parquet met een kolom per veld), "
        "voor uitsplitsing naar regio en leeftijd",
    )
    monitor.add_argument("--out", required=True, metavar="MAP", help="map voor het rapport")
    monitor.add_argument("--rules", metavar="MAP", help=RULES_HELP)
    monitor.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    require_extra("monitor", "de monitor")
    rules = load_rules(args.rules)
    with contextlib.ExitStack() as files:
        advices = files.enter_context(open_input(args.advices))
        cases = files.enter_context(open_input(args.cases)) if args.cases else None
        try:
            cases_read = read_profiles(cases, model=rules.profile_model) if cases else None
            counted = count(read_advices(advices, catalog=rules.catalog), cases_read, rules)
        except (MonitorError, CaseloadError) as exc:
            raise InputError(f"Monitor: {exc}") from None
    inputs = [args.advices, *([args.cases] if args.cases else [])]
    with folder_output(args.out, "het rapport", inputs) as folder:
        page = Path(args.out) / write_monitor_report(counted, rules, folder).name
    overall = counted.slices[OVERALL]
    say(f"Monitor geschreven: {page} ({overall.advices} adviezen, {counted.errors} regels zonder advies).")
    if not cases:
        tell("Zonder --cases staan er geen uitsplitsingen naar regio en leeftijd in.")
    return 0
