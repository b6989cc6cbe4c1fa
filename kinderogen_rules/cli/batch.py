"""`kinderogen batch CASUSSEN`: advise on every line of a caseload, as JSONL or as Parquet codes, and say how it
went; a file that cannot be finished is left whole (JSONL) or removed (Parquet)."""

import argparse
import contextlib
import os
from pathlib import Path
from typing import Any

from ..caseloads.batch import CodeOutput, run_batch
from ..caseloads.cases import count_lines
from ..caseloads.pool import OUTPUT_FAILED, WORKERS_FAILED, RunSummary
from ..core.dutch import number_nl
from ..core.errors import InputError, OutputError
from ..core.files import open_binary_output, open_input, open_output, output_name
from ..core.ruleset import RuleSet, load_rules
from .exits import EXIT_RULES, say_stop
from .options import ON_HELP, RULES_HELP, day_of, workers_option
from .output import caseload_progress, close, drop_stdout, tell

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
    rules = load_rules(args.rules)  # before the output file is made: a rules problem leaves it as it was
    day = day_of(args, rules)
    with contextlib.ExitStack() as files:
        source = open_input(args.cases)
        if args.cases != "-":
            files.callback(source.close)
        out = _parquet_output(args.output, rules) if parquet else open_output(args.output)
        progress = caseload_progress("Adviseren", args.cases)
        # Closing is inside the try too: a Ctrl-C right after the batch still leaves a finished (valid) file.
        try:
            summary = run_batch(source, out, rules_dir=args.rules, workers=workers, day=day, progress=progress)
            if summary.stopped == OUTPUT_FAILED:
                with contextlib.suppress(OutputError):
                    close(out, args.output)
            else:
                close(out, args.output)
        except OutputError as exc:
            # A Parquet file is readable only once its end is written: leave no half file behind.
            if parquet and _remove_file(str(args.output)):
                raise OutputError(f"{exc} Het onvolledige bestand is verwijderd.") from None
            raise
        except BaseException:
            with contextlib.suppress(OutputError):
                close(out, args.output)
            raise
    return _batch_report(summary, args.output, parquet)


def _batch_report(summary: RunSummary, output: str | None, parquet: bool) -> int:
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
        return say_stop(summary, _what_is_left(output, parquet, written), output=output_name(output))
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
    return 0


def _what_is_left(output: str | None, parquet: bool, written: str) -> str:
    """After the output failed: what is left of it, made whole (a JSONL file cut to whole lines) or removed (a half
    Parquet file cannot be read)."""
    if parquet and output is not None:
        return "Het onvolledige bestand is verwijderd." if _remove_file(output) else ""
    if output in (None, "-"):
        drop_stdout()
        return written
    _cut_to_whole_lines(str(output))
    kept = count_lines(Path(output))
    return f"Er staan {kept} regels in, elk compleet: de uitvoer van de eerste profielen, in volgorde."


def _cut_to_whole_lines(path: str) -> None:
    """After a write failed halfway, drop the incomplete last line, so every line in the file is whole."""
    with contextlib.suppress(OSError), open(path, "r+b") as handle:
        end = handle.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            start = max(0, position - (1 << 20))
            handle.seek(start)
            newline = handle.read(position - start).rfind(b"\n")
            if newline >= 0:
                handle.truncate(start + newline + 1)
                return
            position = start
        handle.truncate(0)


def _parquet_output(path: str | None, rules: RuleSet) -> CodeOutput:
    """The Parquet file to write, once pyarrow is known to be there (the [analyse] extra)."""
    if path in (None, "-"):
        raise InputError(
            "Parquet is een binair bestand en komt niet op het scherm: geef een uitvoerbestand, "
            "bijvoorbeeld -o adviezen.parquet."
        )
    try:
        from ..caseloads.columns import ParquetOutput
    except ImportError as exc:
        raise InputError(str(exc)) from None
    return ParquetOutput(open_binary_output(path), rules)


def _remove_file(path: str) -> bool:
    """Remove a regular file (never a device such as /dev/full); whether it was removed."""
    if not Path(path).is_file():
        return False
    try:
        Path(path).unlink()
    except OSError:
        return False
    return True
