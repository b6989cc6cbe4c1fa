"""`kinderogen diff OUD NIEUW`: what a rule change does, on the boundary profiles or (`--cases`) on a caseload, with
the report in a folder and the summary (and on a screen, examples) on the terminal."""

import argparse
import contextlib
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from ..caseloads.casediff import diff_caseload
from ..caseloads.casereport import terminal_text, write_diff_report
from ..core.dates import today
from ..core.dutch import number_nl
from ..core.errors import InputError
from ..core.files import open_input, stdout
from ..core.outputs import folder_output
from ..proofs.diff import diff_rules, render_diff
from .exits import EXIT_RULES, say_stop
from .options import option_day, require_extra, workers_option
from .output import caseload_progress, emit, say, tell, terminal_progress


def add_to(commands: Any) -> None:
    """Add the command to the parser."""
    diff = commands.add_parser("diff", help="wat verandert er in de adviezen als de regels veranderen?")
    diff.add_argument("old", metavar="OUDE_REGELS", help="map met de huidige regels")
    diff.add_argument("new", metavar="NIEUWE_REGELS", help="map met de voorgestelde regels (mag dezelfde map zijn)")
    diff.add_argument(
        "--examples",
        type=int,
        default=3,
        metavar="AANTAL",
        help="voorbeeldprofielen per soort verandering (standaard 3); bij --cases alleen op het scherm",
    )
    diff.add_argument(
        "--cases",
        metavar="CASUSSEN",
        help="vergelijk op deze caseload (JSONL, of Parquet met een kolom per veld) in plaats van op grensprofielen",
    )
    diff.add_argument("--out", metavar="MAP", help="map voor het rapport (hoort bij --cases)")
    diff.add_argument("--op", metavar="DATUM", help="de oude regels zoals ze gelden op deze dag (standaard vandaag)")
    diff.add_argument(
        "--tegen", metavar="DATUM", help="de nieuwe regels zoals ze gelden op deze dag (standaard de dag van --op)"
    )
    diff.add_argument(
        "--workers", type=int, metavar="AANTAL", help="aantal processen bij --cases (standaard: alle kernen)"
    )
    diff.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.examples < 0:
        raise InputError("--examples moet 0 of meer zijn.")
    for directory in (args.old, args.new):
        if not Path(directory).is_dir():
            raise InputError(f"Map met regels niet gevonden: {directory}")
    day, against = option_day(args.op, "--op"), option_day(args.tegen, "--tegen")
    if against is not None and day is None:
        day = today()
    if args.cases is not None:
        return _diff_caseload(args, day, against)
    for option, value in (("--out", args.out), ("--workers", args.workers)):
        if value is not None:
            raise InputError(f"{option} hoort bij --cases: zonder caseload vergelijkt diff de grensprofielen.")
    report = diff_rules(
        args.old,
        args.new,
        on=day,
        against=against,
        examples=args.examples,
        progress=terminal_progress("Vergelijken"),
    )
    emit(stdout(), render_diff(report))
    return 0


def _diff_caseload(args: argparse.Namespace, day: dt.date | None, against: dt.date | None) -> int:
    """`diff OLD NEW --cases FILE --out DIR`: the report in DIR, the summary (and examples) on the terminal."""
    if args.out is None:
        raise InputError("Met --cases hoort --out MAP: de map waarin het rapport komt.")
    require_extra("monitor", "het rapport van diff --cases")
    workers = workers_option(args.workers)
    progress = caseload_progress("Vergelijken", args.cases)
    with contextlib.ExitStack() as files:
        source = open_input(args.cases)
        if args.cases != "-":
            files.callback(source.close)
        # The folder is made before the work, so that a folder that cannot be made costs no waiting.
        folder = files.enter_context(folder_output(args.out, "het rapport", [source]))
        result = diff_caseload(
            args.old,
            args.new,
            source,
            on=day,
            against=against,
            workers=workers,
            examples=args.examples,
            progress=progress,
        )
        effect, summary = result.effect, result.summary
        for problem in effect.problems:
            tell(problem)
        unlisted = effect.bad + effect.failed - len(effect.problems)
        if unlisted > 0:
            tell(f"… en nog {number_nl(unlisted)} regels die niet konden worden vergeleken.")
        if summary.stopped:
            unfinished = "Er is geen rapport geschreven: de telling is niet compleet."
            return say_stop(summary, unfinished, at=f" na regel {summary.last_line}")
        if not effect.compared:
            raise InputError(
                f"Geen enkel profiel in {args.cases} kon worden vergeleken; er is geen rapport geschreven."
            )
        page = Path(args.out) / write_diff_report(result, folder).name
    # Example profiles go to a screen only: never into a file, not even by redirecting the output.
    on_screen = sys.stdout is not None and sys.stdout.isatty()
    emit(stdout(), terminal_text(result, examples=on_screen and args.examples > 0))
    if args.examples and not on_screen:
        tell("Voorbeeldprofielen komen alleen op het scherm, nooit in een bestand; ze zijn weggelaten.")
    rate = number_nl(effect.compared / summary.seconds) if summary.seconds else "-"
    say(
        f"Rapport geschreven: {page} ({summary.seconds:.1f} s, {rate} kinderen per seconde, "
        f"{summary.workers} processen)."
    )
    if effect.failed:
        tell(
            "Meld de profielen zonder advies aan de beheerder van de regels: "
            "hun melding zegt welke regels een gat hebben."
        )
        return EXIT_RULES
    return 0
