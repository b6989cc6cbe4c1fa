"""`kinderogen batch CASUSSEN`: advise on every line of a caseload, as JSONL or as Parquet codes, and say how it
went. The output file is written whole (see `core.outputs`): a batch stopped early leaves the lines before the stop,
a batch whose output fails leaves the file as it was, and the output may never be the input."""

import argparse
import contextlib
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from ..caseloads.batch import CodeOutput, run_batch
from ..caseloads.pool import OUTPUT_FAILED, WORKERS_FAILED, RunSummary
from ..caseloads.reading import is_parquet
from ..core.dutch import number_nl
from ..core.errors import InputError
from ..core.files import open_input, os_reason, output_name
from ..core.outputs import FileOutput, refuse_output_over_input
from ..core.ruleset import load_rules
from ..core.stops import stops_held
from .exits import EXIT_INPUT, EXIT_RULES, say_stop
from .options import ON_HELP, RULES_HELP, day_of, workers_option
from .output import caseload_progress, drop_stdout, tell

if TYPE_CHECKING:
    from ..caseloads.columns import ParquetOutput

# The output formats of `batch`: the advice as JSON per line, or its codes as a Parquet table.
JSONL, PARQUET = "jsonl", "parquet"


def add_to(commands: Any) -> None:
    """Add the command to the parser."""
    batch = commands.add_parser("batch", help="advies voor elke regel van een JSONL-bestand")
    batch.add_argument("cases", metavar="CASUSSEN", help="JSONL-bestand met één casusprofiel per regel, of -")
    batch.add_argument("-o", "--output", metavar="UITVOER", help="uitvoerbestand (standaard: scherm)")
    batch.add_argument(
        "--format",
        choices=(JSONL, PARQUET),
        default=JSONL,
        help="jsonl: het hele advies per regel (standaard); parquet: alleen de codes, een rij per regel, "
        "voor analyse (pandas, duckdb; vraagt -o en pip install 'kinderogen-rules[analyse]')",
    )
    batch.add_argument("--rules", metavar="MAP", help=RULES_HELP)
    batch.add_argument("--workers", type=int, metavar="AANTAL", help="aantal processen (standaard: alle kernen)")
    batch.add_argument("--op", dest="on", metavar="DATUM", help=ON_HELP)
    batch.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    workers = workers_option(args.workers)
    parquet = args.format == PARQUET
    if parquet and args.output in (None, "-"):
        raise InputError(
            "Parquet is een binair bestand en komt niet op het scherm: geef een uitvoerbestand, "
            "bijvoorbeeld -o adviezen.parquet."
        )
    rules = load_rules(args.rules)  # before the output file is made: a rules problem leaves it as it was
    day = day_of(args, rules)
    with contextlib.ExitStack() as files:
        source = open_input(args.cases)
        if args.cases != "-":
            files.callback(source.close)
        refuse_output_over_input(args.output, [source])
        _refuse_parquet_input(source, args.cases)
        codes = _code_output_class() if parquet else None
        with stops_held():
            output = FileOutput(args.output, binary=parquet)
            # Whatever ends the batch unplanned leaves the target as it was.
            files.callback(output.abandon)
        out = codes(output.stream, rules) if codes is not None else output.stream
        progress = caseload_progress("Adviseren", args.cases)
        summary = run_batch(source, out, rules_dir=args.rules, workers=workers, day=day, progress=progress)
        _finish(output, out, summary)
    return _batch_report(summary, args.cases, output, parquet)


def _finish(output: FileOutput, out: "IO[str] | CodeOutput", summary: RunSummary) -> None:
    """Put the output in place, whole: all of it, or (stopped early) the lines before the stop; after a failed
    write (`summary.stopped` says so), or a stop before the first line, leave the target as it was."""
    with stops_held():
        if summary.stopped == OUTPUT_FAILED or (summary.stopped and not summary.last_line):
            if isinstance(out, CodeOutput):
                out.abandon()
            output.abandon()
            return
        try:
            if isinstance(out, CodeOutput):
                out.close()
        except OSError as exc:
            output.abandon()
            summary.stopped, summary.reason = OUTPUT_FAILED, os_reason(exc)
            return
        try:
            output.finish()
        except OSError as exc:
            summary.stopped, summary.reason = OUTPUT_FAILED, os_reason(exc)


def _batch_report(summary: RunSummary, cases: str, output: FileOutput, parquet: bool) -> int:
    """Say on stderr how the batch went; the exit code follows from it (see `exits.STOPS`)."""
    counts = f"{summary.good} adviezen, {summary.bad} regels met fouten"
    if summary.failed:
        counts += f", {summary.failed} regels zonder advies door een probleem in de regels of het programma"
    written = f"Geschreven: {counts}, tot en met invoerregel {summary.last_line}."
    whole = (
        "Het Parquet-bestand is geldig: het heeft een rij voor elk van die regels, in volgorde."
        if parquet
        else "Het uitvoerbestand is geldig: elke regel is compleet."
    )
    if summary.stopped == OUTPUT_FAILED:
        return say_stop(summary, _what_is_left(output, written), output=output_name(output.path))
    if summary.stopped and not summary.last_line and output.replaces:
        whole = _unchanged(output, "Er is nog niets geschreven")
    if summary.stopped == WORKERS_FAILED:
        return say_stop(
            summary,
            f"{written} {whole} Kijk of de computer genoeg geheugen heeft, en start de batch opnieuw "
            "(met --workers 1 gebruikt hij één proces).",
        )
    if summary.stopped:
        return say_stop(summary, f"{written} {whole}")
    rate = number_nl(summary.per_second)
    restarted = (
        f" Er vielen werkprocessen uit; {summary.restarts} keer opnieuw gestart, zonder regels te verliezen."
        if summary.restarts
        else ""
    )
    tell(f"Klaar: {counts} ({summary.seconds:.1f} s, {rate} per seconde, {summary.workers} processen).{restarted}")
    if summary.failed:
        tell("Meld de regels zonder advies aan de beheerder van de regels; hun foutregels zeggen wat er misging.")
        return EXIT_RULES
    if summary.bad and not summary.good:
        tell(
            f"Geen enkele regel van {output_name(cases) if cases != '-' else 'de invoer'} is een casusprofiel. "
            "Is dit het goede bestand? batch leest JSONL: één casusprofiel als JSON-object per regel."
        )
        return EXIT_INPUT
    return 0


def _what_is_left(output: FileOutput, written: str) -> str:
    """After the output failed: what is left of it. A file is as it was before the batch (the part written is
    removed); of the screen, what was written."""
    if output.path in (None, "-"):
        drop_stdout()
        return written
    return _unchanged(output, "Het onvolledige bestand is verwijderd") if output.replaces else ""


def _unchanged(output: FileOutput, why: str) -> str:
    """That the output file is as it was before the batch (or was not made), after `why`."""
    if output.existed:
        return f"{why}; {output.path} is zoals het was."
    return f"{why}; er is geen {output.path} gemaakt."


def _refuse_parquet_input(source: BinaryIO, cases: str) -> None:
    """batch reads JSONL: a Parquet caseload would give an error on every line."""
    if is_parquet(source):
        raise InputError(
            f"{output_name(cases) if cases != '-' else 'De invoer'} is een Parquet-bestand, en batch leest JSONL: "
            "één casusprofiel per regel. Voor een tabel met een kolom per veld: lees hem in pandas en gebruik "
            "advise_frame, of vergelijk hem met diff --cases."
        )


def _code_output_class() -> "type[ParquetOutput]":
    """The Parquet writer, once pyarrow is known to be there (the [analyse] extra)."""
    try:
        from ..caseloads.columns import ParquetOutput
    except ImportError as exc:
        raise InputError(str(exc)) from None
    return ParquetOutput
