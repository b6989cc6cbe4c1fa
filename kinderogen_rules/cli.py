"""The `kinderogen` command: advise on a case, run a batch, check the rules, compare two rule sets.

Exit codes: 0 fine, 1 the rules (or the program) have a problem, 2 bad input or a file or
output that cannot be read or written (with a Dutch message, never a traceback), 130 interrupted.
"""

import argparse
import contextlib
import datetime as dt
import importlib.util
import json
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from . import __version__
from .advisor import Advisor
from .batch import (
    INPUT_FAILED,
    INTERRUPTED,
    OUTPUT_FAILED,
    RULES_CHANGED,
    WORKERS_FAILED,
    BatchSummary,
    CodeOutput,
    Progress,
    count_lines,
    run_batch,
)
from .casediff import diff_caseload
from .caseload import count_cases, read_advices, read_profiles
from .casereport import terminal_text
from .casereport import write_report as write_diff_report
from .check import check_rules
from .dates import parse_day
from .diff import diff_rules, render_diff
from .errors import CaseloadError, InputError, MonitorError, OutputError, RuleGapError, RuleLoadError
from .explain import number_nl
from .files import (
    open_binary_output,
    open_input,
    open_output,
    os_reason,
    output_directory,
    output_name,
    read_input,
    stdout,
)
from .inputs import MAX_PROFILE_BYTES, parse_profile
from .monitor import OVERALL, count, write_report
from .render import advice_text
from .rulebook import rulebook_files, write_rulebook
from .ruleset import RuleSet, load_rules, rule_file_schema
from .scenarios import default_features_dir, read_features
from .synth import synthetic_profiles

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

EXIT_RULES, EXIT_INPUT, EXIT_INTERRUPTED = 1, 2, 130
# The modules each extra of setup.cfg brings that a command imports.
EXTRA_MODULES = {"monitor": ("matplotlib",), "web": ("flask", "flask_wtf", "wtforms", "gunicorn", "gevent")}
# The output formats of `batch`: the advice as JSON per line, or its codes as a Parquet table.
JSONL, PARQUET = "jsonl", "parquet"
# More worker processes than this per core only cost memory.
WORKERS_PER_CORE = 4


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


def _emit(out: IO[str], text: str, path: str | None = None) -> None:
    """Write text to an output; a failure is an OutputError that names it, in Dutch."""
    try:
        out.write(text)
    except OSError as exc:
        raise OutputError(f"Kan {output_name(path)} niet schrijven: {os_reason(exc)}.") from None


def _say(text: str) -> None:
    """A line of the result on standard output."""
    _emit(stdout(), text + "\n")


def _tell(text: str) -> None:
    """A message for the user on standard error; there is nothing more to do when that is gone too."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError):
            print(text, file=sys.stderr)


def _close(out: "IO[str] | CodeOutput", path: str | None) -> None:
    """Close an output file (not stdout): its last bytes are written now, and may not fit either."""
    if out is sys.stdout:
        return
    try:
        out.close()
    except OSError as exc:
        raise OutputError(f"Kan {output_name(path)} niet schrijven: {os_reason(exc)}.") from None


def _day(args: argparse.Namespace, rules: RuleSet) -> dt.date | None:
    """The day of `--op`, checked against the rules (DateError before they start); None for today."""
    if args.on is None:
        return None
    day = parse_day(args.on, "De datum bij --op")
    rules.period(day)
    return day


def _advise(args: argparse.Namespace) -> int:
    rules = load_rules(args.rules)
    day = _day(args, rules)
    advisor = Advisor(rules, on=day)
    data = read_input(args.case, MAX_PROFILE_BYTES)
    profile = parse_profile(data, args.case if args.case != "-" else "invoer")
    advice = advisor.advise(profile, what_if=args.wat_als)
    if args.text:
        _emit(stdout(), advice_text(advice, advisor.rules.catalog))
    else:
        _say(json.dumps(advice.model_dump(mode="json"), ensure_ascii=False, indent=2))
    return 0


def _workers(value: int | None) -> int | None:
    cores = os.cpu_count() or 1
    if value is not None and not 1 <= value <= WORKERS_PER_CORE * cores:
        raise InputError(
            f"--workers moet tussen 1 en {WORKERS_PER_CORE * cores} liggen (deze computer heeft {cores} kernen)."
        )
    return value


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
        from .columnar import ParquetOutput
    except ImportError as exc:
        raise InputError(str(exc)) from None
    return ParquetOutput(open_binary_output(path), rules)


def _batch(args: argparse.Namespace) -> int:
    workers = _workers(args.workers)
    parquet = args.format == PARQUET
    rules = load_rules(args.rules)  # before the output file is made: a rules problem leaves it as it was
    day = _day(args, rules)
    with contextlib.ExitStack() as files:
        source = open_input(args.cases)
        if args.cases != "-":
            files.callback(source.close)
        out = _parquet_output(args.output, rules) if parquet else open_output(args.output)
        progress = _caseload_progress("Adviseren", args.cases)
        # Closing is inside the try too: a Ctrl-C right after the batch still leaves a finished (valid) file.
        try:
            summary = run_batch(source, out, rules_dir=args.rules, workers=workers, day=day, progress=progress)
            if summary.stopped == OUTPUT_FAILED:
                with contextlib.suppress(OutputError):
                    _close(out, args.output)
            else:
                _close(out, args.output)
        except OutputError as exc:
            # A Parquet file is readable only once its end is written: leave no half file behind.
            if parquet and _remove_file(str(args.output)):
                raise OutputError(f"{exc} Het onvolledige bestand is verwijderd.") from None
            raise
        except BaseException:
            with contextlib.suppress(OutputError):
                _close(out, args.output)
            raise
    return _batch_report(summary, args.output, parquet)


def _batch_report(summary: BatchSummary, output: str | None, parquet: bool) -> int:
    """Say on stderr how the batch went; the exit code follows from it."""
    counts = f"{summary.good} adviezen, {summary.bad} regels met fouten"
    if summary.failed:
        counts += f", {summary.failed} regels zonder advies door een probleem in de regels of het programma"
    written = f"Geschreven: {counts}, tot en met invoerregel {summary.last_line}."
    whole = (
        "Het Parquet-bestand is geldig: het heeft een rij voor elk van die regels, in volgorde."
        if parquet
        else "Het uitvoerbestand is geldig: elke regel is compleet."
    )
    if summary.stopped == INTERRUPTED:
        _tell(f"\nAfgebroken. {written} {whole}")
        return EXIT_INTERRUPTED
    if summary.stopped == OUTPUT_FAILED:
        if parquet and output is not None:
            removed = _remove_file(output)  # as above: no half Parquet file
            _tell(
                f"Kan {output} niet schrijven: {summary.reason}."
                + (" Het onvolledige bestand is verwijderd." if removed else "")
            )
        elif output in (None, "-"):
            _drop_stdout()
            _tell(f"Kan de uitvoer niet schrijven: {summary.reason}. {written}")
        else:
            _cut_to_whole_lines(str(output))
            kept = count_lines(Path(output))
            _tell(
                f"Kan {output} niet schrijven: {summary.reason}. Er staan {kept} regels in, elk compleet: "
                "de uitvoer van de eerste profielen, in volgorde."
            )
        return EXIT_INPUT
    if summary.stopped == INPUT_FAILED:
        _tell(f"{summary.reason} {written} {whole}")
        return EXIT_INPUT
    if summary.stopped == RULES_CHANGED:
        _tell(f"Gestopt: {summary.reason}. {written} {whole}")
        return EXIT_RULES
    if summary.stopped == WORKERS_FAILED:
        _tell(
            f"Gestopt: {summary.reason}. {written} {whole} Kijk of de computer genoeg geheugen heeft, "
            "en start de batch opnieuw (met --workers 1 gebruikt hij één proces)."
        )
        return EXIT_RULES
    rate = number_nl(summary.per_second)
    restarted = (
        f" Er vielen werkprocessen uit; {summary.restarts} keer opnieuw gestart, zonder regels te verliezen."
        if summary.restarts
        else ""
    )
    _tell(f"Klaar: {counts} ({summary.seconds:.1f} s, {rate} per seconde, {summary.workers} processen).{restarted}")
    if summary.failed:
        _tell("Meld de regels zonder advies aan de beheerder van de regels; hun foutregels zeggen wat er misging.")
        return EXIT_RULES
    return 0


def _remove_file(path: str) -> bool:
    """Remove a regular file (never a device such as /dev/full); whether it was removed."""
    if not Path(path).is_file():
        return False
    try:
        Path(path).unlink()
    except OSError:
        return False
    return True


def _synth(args: argparse.Namespace) -> int:
    if args.n < 0:
        raise InputError("--n moet 0 of meer zijn.")
    out = open_output(args.output)
    try:
        for profile in synthetic_profiles(args.n, seed=args.seed):
            _emit(out, profile.model_dump_json() + "\n", args.output)
    except BaseException:
        with contextlib.suppress(OutputError):
            _close(out, args.output)
        raise
    _close(out, args.output)
    return 0


def _require_extra(extra: str, purpose: str) -> None:
    """Refuse a command whose optional packages (a pip extra) are not installed, naming the extra to install:
    the core install has only what the library needs."""
    missing = [module for module in EXTRA_MODULES[extra] if importlib.util.find_spec(module) is None]
    if missing:
        raise InputError(
            f"Voor {purpose} {'is' if len(missing) == 1 else 'zijn'} {' en '.join(missing)} nodig. "
            f"Installeer die met: pip install 'kinderogen-rules[{extra}]'"
        )


def _monitor(args: argparse.Namespace) -> int:
    _require_extra("monitor", "de monitor")
    catalog = load_rules(args.rules).catalog
    with contextlib.ExitStack() as files:
        advices = files.enter_context(open_input(args.advices))
        cases = files.enter_context(open_input(args.cases)) if args.cases else None
        try:
            counted = count(read_advices(advices), read_profiles(cases) if cases else None, catalog)
        except (MonitorError, CaseloadError) as exc:
            raise InputError(f"Monitor: {exc}") from None
    folder = output_directory(args.out, "het rapport")
    try:
        page = write_report(counted, catalog, folder)
    except OSError as exc:
        raise OutputError(f"Kan het rapport niet schrijven in {args.out}: {os_reason(exc)}.") from None
    overall = counted.slices[OVERALL]
    _say(f"Monitor geschreven: {page} ({overall.advices} adviezen, {counted.errors} regels zonder advies).")
    if not cases:
        _tell("Zonder --cases staan er geen uitsplitsingen naar regio en leeftijd in.")
    return 0


def _check(args: argparse.Namespace) -> int:
    report = check_rules(args.directory)
    for finding in report.findings:
        _say(finding)
    if report.ok:
        _say(
            f"In orde: {report.rules} regels in {report.files} bestanden; {report.profiles} grensprofielen doorlopen, "
            "elk met precies één regiehouder."
        )
        return 0
    _tell(f"{len(report.findings)} bevinding(en). De regels zijn zo niet bruikbaar.")
    return EXIT_RULES


def _terminal_progress(what: str) -> Callable[[int, int], None] | None:
    """A one-line progress bar on stderr, only when stderr is a terminal."""
    if sys.stderr is None or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        filled = int(30 * done / total)
        end = "\n" if done == total else ""
        with contextlib.suppress(OSError):
            sys.stderr.write(f"\r{what} [{'#' * filled}{'.' * (30 - filled)}] {done * 100 // total:3d}%{end}")
            sys.stderr.flush()

    return show


def _option_day(value: str | None, option: str) -> dt.date | None:
    """A date given as JJJJ-MM-DD, or None when the option was not given."""
    return None if value is None else parse_day(value, f"De datum bij {option}")


def _caseload_progress(what: str, cases: str) -> Progress | None:
    """A progress bar over the lines (or Parquet rows) of a caseload file, on a terminal only."""
    bar = _terminal_progress(what)
    total = count_cases(Path(cases)) if bar is not None and cases != "-" else 0
    if bar is None or not total:
        return None

    def progress(summary: BatchSummary, line: int) -> None:
        bar(min(line, total), total)

    return progress


def _diff(args: argparse.Namespace) -> int:
    if args.examples < 0:
        raise InputError("--examples moet 0 of meer zijn.")
    for directory in (args.old, args.new):
        if not Path(directory).is_dir():
            raise InputError(f"Map met regels niet gevonden: {directory}")
    day, against = _option_day(args.op, "--op"), _option_day(args.tegen, "--tegen")
    if against is not None and day is None:
        day = dt.date.today()
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
        progress=_terminal_progress("Vergelijken"),
    )
    _emit(stdout(), render_diff(report))
    return 0


def _diff_caseload(args: argparse.Namespace, day: dt.date | None, against: dt.date | None) -> int:
    """`diff OLD NEW --cases FILE --out DIR`: the report in DIR, the summary (and examples) on the terminal."""
    if args.out is None:
        raise InputError("Met --cases hoort --out MAP: de map waarin het rapport komt.")
    _require_extra("monitor", "het rapport van diff --cases")
    workers = _workers(args.workers)
    folder = output_directory(args.out, "het rapport")
    progress = _caseload_progress("Vergelijken", args.cases)
    with contextlib.ExitStack() as files:
        source = open_input(args.cases)
        if args.cases != "-":
            files.callback(source.close)
        try:  # before the work, so that a folder that cannot be made costs no waiting
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"Kan het rapport niet schrijven in {args.out}: {os_reason(exc)}.") from None
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
        _tell(problem)
    unlisted = effect.bad + effect.failed - len(effect.problems)
    if unlisted > 0:
        _tell(f"… en nog {number_nl(unlisted)} regels die niet konden worden vergeleken.")
    unfinished = "Er is geen rapport geschreven: de telling is niet compleet."
    if summary.stopped == INTERRUPTED:
        _tell(f"\nAfgebroken na regel {summary.last_line}. {unfinished}")
        return EXIT_INTERRUPTED
    if summary.stopped == INPUT_FAILED:
        _tell(f"{summary.reason} {unfinished}")
        return EXIT_INPUT
    if summary.stopped in (RULES_CHANGED, WORKERS_FAILED):
        _tell(f"Gestopt: {summary.reason}. {unfinished}")
        return EXIT_RULES
    if not effect.compared:
        raise InputError(f"Geen enkel profiel in {args.cases} kon worden vergeleken; er is geen rapport geschreven.")
    try:
        page = write_diff_report(result, folder)
    except OSError as exc:
        raise OutputError(f"Kan het rapport niet schrijven in {args.out}: {os_reason(exc)}.") from None
    # Example profiles go to a screen only: never into a file, not even by redirecting the output.
    on_screen = sys.stdout is not None and sys.stdout.isatty()
    _emit(stdout(), terminal_text(result, examples=on_screen and args.examples > 0))
    if args.examples and not on_screen:
        _tell("Voorbeeldprofielen komen alleen op het scherm, nooit in een bestand; ze zijn weggelaten.")
    rate = number_nl(effect.compared / summary.seconds) if summary.seconds else "-"
    _say(
        f"Rapport geschreven: {page} ({summary.seconds:.1f} s, {rate} kinderen per seconde, "
        f"{summary.workers} processen)."
    )
    if effect.failed:
        _tell(
            "Meld de profielen zonder advies aan de beheerder van de regels: "
            "hun melding zegt welke regels een gat hebben."
        )
        return EXIT_RULES
    return 0


def _rulebook(args: argparse.Namespace) -> int:
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
    _say(f"Regelboek geschreven in {out}: {pages} pagina's (HTML en Markdown). Open {out / 'index.html'}.")
    return 0


def _schema(args: argparse.Namespace) -> int:
    _say(json.dumps(rule_file_schema(), ensure_ascii=False, indent=2))
    return 0


# argparse's own messages, in Dutch (the English text is matched, the values kept).
ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (.+)", "dit ontbreekt nog: {0}"),
    (r"unrecognized arguments: (.+)", "onbekend: {0}"),
    (r"argument (\S+): invalid int value: (.+)", "{0} moet een heel getal zijn (niet {1})"),
    (r"argument (-\S+): invalid choice: (.+) \(choose from (.+)\)", "{0} kent {1} niet; kies uit {2}"),
    (r"argument (\S+): invalid choice: (.+) \(choose from (.+)\)", "onbekende opdracht {1}; kies uit {2}"),
    (r"argument (\S+): expected one argument", "na {0} hoort een waarde"),
    (r"argument (\S+): ignored explicit argument (.+)", "{0} neemt geen waarde (niet {1})"),
    (r"ambiguous option: (\S+) could match (.+)", "{0} kan meer betekenen: {1}"),
)


class _Formatter(argparse.HelpFormatter):
    """Help and usage in Dutch."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "Gebruik: ")


class DutchParser(argparse.ArgumentParser):
    """argparse with Dutch help, usage and error messages; a wrong command line exits with code 2."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(formatter_class=_Formatter, add_help=False, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        for pattern, dutch in ARGPARSE_MESSAGES:
            found = re.fullmatch(pattern, message, re.DOTALL)
            if found:
                message = dutch.format(*found.groups())
                break
        else:
            message = "de opdracht klopt niet"
        with contextlib.suppress(OSError, AttributeError):
            self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"{self.prog}: {message}. Meer uitleg: {self.prog} --help\n")

    def _print_message(self, message: str, file: "SupportsWrite[str] | None" = None) -> None:
        with contextlib.suppress(OSError, AttributeError):
            super()._print_message(message, file)


ON_HELP = "advies volgens de regels die op die dag golden (JJJJ-MM-DD; standaard: vandaag)"


def build_parser() -> argparse.ArgumentParser:
    parser = DutchParser(
        prog="kinderogen", description="Wie heeft de regie rond een kind, en wat regel je? Advies met bronnen."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help="toon de versie en stop")
    commands = parser.add_subparsers(dest="command", required=True, metavar="opdracht", title="opdrachten")

    advise = commands.add_parser("advise", help="advies voor één casus (JSON-bestand, of - voor invoer)")
    advise.add_argument("case", metavar="CASUS", help="casusprofiel als JSON-bestand, of - om van de invoer te lezen")
    advise.add_argument("--text", action="store_true", help="leesbaar Nederlands in plaats van JSON")
    advise.add_argument("--rules", metavar="MAP", help="map met regels (standaard: de meegeleverde regels)")
    advise.add_argument("--op", dest="on", metavar="DATUM", help=ON_HELP)
    advise.add_argument(
        "--wat-als", action="store_true", help="noem ook welk ander antwoord het advies zou veranderen (hooguit 8)"
    )
    advise.set_defaults(run=_advise)

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
    batch.add_argument("--rules", metavar="MAP", help="map met regels (standaard: de meegeleverde regels)")
    batch.add_argument("--workers", type=int, metavar="AANTAL", help="aantal processen (standaard: alle kernen)")
    batch.add_argument("--op", dest="on", metavar="DATUM", help=ON_HELP)
    batch.set_defaults(run=_batch)

    synth = commands.add_parser("synth", help="schrijf gevarieerde, geldige testprofielen (JSONL)")
    synth.add_argument("--n", type=int, required=True, metavar="AANTAL", help="aantal profielen")
    synth.add_argument(
        "--seed", type=int, default=0, metavar="GETAL", help="startgetal: dezelfde seed geeft dezelfde profielen"
    )
    synth.add_argument("-o", "--output", metavar="UITVOER", help="uitvoerbestand (standaard: scherm)")
    synth.set_defaults(run=_synth)

    check = commands.add_parser("check-rules", help="controleer de regels: gaten, conflicten, codes, bronnen")
    check.add_argument("directory", nargs="?", metavar="MAP", help="map met regels (standaard: de meegeleverde regels)")
    check.set_defaults(run=_check)

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
    diff.set_defaults(run=_diff)

    monitor = commands.add_parser("monitor", help="rapport met grafieken over een batch adviezen (alleen totalen)")
    monitor.add_argument("advices", metavar="ADVIEZEN", help="uitvoer van kinderogen batch (JSONL of Parquet)")
    monitor.add_argument(
        "--cases",
        metavar="CASUSSEN",
        help="de invoer van die batch (JSONL, of Parquet met een kolom per veld), "
        "voor uitsplitsing naar regio en leeftijd",
    )
    monitor.add_argument("--out", required=True, metavar="MAP", help="map voor het rapport")
    monitor.add_argument("--rules", metavar="MAP", help="map met regels (standaard: de meegeleverde regels)")
    monitor.set_defaults(run=_monitor)

    book = commands.add_parser("regelboek", help="schrijf het regelboek: alle regels met bronnen en scenario's")
    book.add_argument(
        "--out", required=True, metavar="MAP", help="map voor de pagina's (wordt gemaakt als die er niet is)"
    )
    book.add_argument("--rules", metavar="MAP", help="map met regels (standaard: de meegeleverde regels)")
    book.add_argument("--features", metavar="MAP", help="map met scenario's (standaard: de meegeleverde features)")
    book.set_defaults(run=_rulebook)

    schema = commands.add_parser("schema", help="JSON-schema van een regelbestand, voor editors")
    schema.set_defaults(run=_schema)
    return parser


def _flush_stdout() -> None:
    """Write what is still buffered for stdout now, while a failure can still be reported."""
    if sys.stdout is not None:
        try:
            sys.stdout.flush()
        except OSError as exc:
            raise OutputError(f"Kan de uitvoer niet schrijven: {os_reason(exc)}.") from None


def _drop_stdout() -> None:
    """After stdout failed, point it at /dev/null, so Python's own flush at exit has nothing to complain about."""
    if sys.stdout is not None:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    try:
        args = build_parser().parse_args(argv)
        code = int(args.run(args))
        _flush_stdout()
        return code
    except (InputError, OutputError) as exc:
        _tell(str(exc))
        if isinstance(exc, OutputError):
            _drop_stdout()
        return EXIT_INPUT
    except RuleLoadError as exc:
        _tell("De regels kunnen niet worden geladen:\n" + str(exc))
        return EXIT_RULES
    except RuleGapError as exc:
        _tell(str(exc))
        return EXIT_RULES
    except KeyboardInterrupt:
        _tell("Afgebroken.")
        return EXIT_INTERRUPTED
    except OSError as exc:
        # Every file the user names is opened with its own message; this is the output's last write.
        _drop_stdout()
        _tell(f"Kan de uitvoer niet schrijven: {os_reason(exc)}.")
        return EXIT_INPUT
    except Exception as exc:
        # A bug: say where, in the words of the webform's log, never with case data.
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        _tell(
            f"Er ging iets mis in het programma ({type(exc).__name__} in {Path(frame.filename).name}:{frame.lineno}). "
            "Meld dit aan de beheerders, met de opdracht die u gaf."
        )
        return EXIT_RULES


def run() -> NoReturn:
    """The `kinderogen` command: main(), then leave at once. A batch whose worker was killed mid-write can leave
    a pool's manager thread waiting on a half-written message for ever; the interpreter's exit would wait for it
    too. Everything is written and flushed when main() returns, so nothing is lost by not waiting."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)


def run_web() -> NoReturn:
    """The `kinderogen-web` command: serve the web form (package webform), which needs the extra [web]."""
    try:
        _require_extra("web", "het webformulier")
    except InputError as exc:
        _tell(str(exc))
        raise SystemExit(EXIT_INPUT) from None
    from webform.__main__ import main as serve

    raise SystemExit(serve())


if __name__ == "__main__":
    run()
