"""The `kinderogen` command: advise on a case, run a batch, check the rules, compare two rule sets.

Exit codes: 0 fine, 1 the rules have a problem, 2 bad input (with a Dutch
message, never a traceback), 130 interrupted.
"""

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from .advisor import RuleGapError, advisor_for
from .batch import BatchSummary, count_lines, run_batch
from .check import check_rules
from .diff import diff_rules, render_diff
from .inputs import InputError, parse_profile
from .monitor import OVERALL, MonitorError, count, write_report
from .render import advice_text
from .rulebook import rulebook_files, write_rulebook
from .ruleset import RuleLoadError, load_rules, rule_file_schema
from .scenarios import default_features_dir, read_features
from .synth import synthetic_profiles

EXIT_RULES, EXIT_INPUT, EXIT_INTERRUPTED = 1, 2, 130


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"Bestand niet gevonden: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Kan {path} niet lezen: {exc}") from None


def _advise(args: argparse.Namespace) -> int:
    advisor = advisor_for(args.rules)
    profile = parse_profile(_read(args.case), args.case if args.case != "-" else "invoer")
    advice = advisor.advise(profile)
    if args.text:
        sys.stdout.write(advice_text(advice, advisor.rules.catalog))
    else:
        sys.stdout.write(json.dumps(advice.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
    return 0


def _batch(args: argparse.Namespace) -> int:
    with contextlib.ExitStack() as files:
        source: TextIO = sys.stdin if args.cases == "-" else files.enter_context(_open(args.cases))
        total = count_lines(Path(args.cases)) if args.cases != "-" else 0
        out: TextIO = sys.stdout
        if args.output not in (None, "-"):
            try:
                out = files.enter_context(open(args.output, "w", encoding="utf-8"))
            except OSError as exc:
                raise InputError(f"Kan {args.output} niet schrijven: {exc.strerror}") from None
        bar = _terminal_progress("Adviseren")
        progress = None
        if bar is not None and total:

            def progress(summary: BatchSummary, line: int) -> None:
                bar(min(line, total), total)

        summary = run_batch(source, out, rules_dir=args.rules, workers=args.workers, progress=progress)
    rate = f"{summary.per_second:,.0f}".replace(",", ".")
    counts = f"{summary.good} adviezen, {summary.bad} regels met fouten"
    if summary.interrupted:
        print(
            f"\nAfgebroken. Geschreven: {counts}, tot en met invoerregel {summary.last_line}. "
            "Het uitvoerbestand is geldig: elke regel is compleet.",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    restarted = (
        f" Een proces viel uit; {summary.restarts}x opnieuw gestart, zonder regels te verliezen."
        if summary.restarts
        else ""
    )
    print(
        f"Klaar: {counts} ({summary.seconds:.1f} s, {rate} per seconde, {summary.workers} processen).{restarted}",
        file=sys.stderr,
    )
    return 0


def _synth(args: argparse.Namespace) -> int:
    if args.n < 0:
        raise InputError("--n moet 0 of meer zijn.")
    with contextlib.ExitStack() as files:
        out: TextIO = sys.stdout
        if args.output not in (None, "-"):
            out = files.enter_context(open(args.output, "w", encoding="utf-8"))
        for profile in synthetic_profiles(args.n, seed=args.seed):
            out.write(profile.model_dump_json() + "\n")
    return 0


def _monitor(args: argparse.Namespace) -> int:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise InputError("Voor de monitor is matplotlib nodig: pip install 'kinderogen-rules[monitor]'.") from None
    catalog = load_rules(args.rules).catalog
    with contextlib.ExitStack() as files:
        advices = files.enter_context(_open(args.advices))
        cases = files.enter_context(_open(args.cases)) if args.cases else None
        try:
            counted = count(advices, cases, catalog)
        except MonitorError as exc:
            raise InputError(f"Monitor: {exc}.") from None
    page = write_report(counted, catalog, Path(args.out))
    overall = counted.slices[OVERALL]
    print(f"Monitor geschreven: {page} ({overall.advices} adviezen, {counted.errors} regels zonder advies).")
    if not cases:
        print("Zonder --cases staan er geen uitsplitsingen naar regio en leeftijd in.", file=sys.stderr)
    return 0


def _open(path: str) -> TextIO:
    try:
        return open(path, encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"Bestand niet gevonden: {path}") from None


def _check(args: argparse.Namespace) -> int:
    report = check_rules(args.directory)
    for finding in report.findings:
        print(finding)
    if report.ok:
        print(
            f"In orde: {report.rules} regels in {report.files} bestanden; {report.profiles} grensprofielen doorlopen, "
            "elk met precies één regiehouder."
        )
        return 0
    print(f"{len(report.findings)} bevinding(en). De regels zijn zo niet bruikbaar.", file=sys.stderr)
    return EXIT_RULES


def _terminal_progress(what: str) -> Callable[[int, int], None] | None:
    """A one-line progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        filled = int(30 * done / total)
        end = "\n" if done == total else ""
        sys.stderr.write(f"\r{what} [{'#' * filled}{'.' * (30 - filled)}] {done * 100 // total:3d}%{end}")
        sys.stderr.flush()

    return show


def _diff(args: argparse.Namespace) -> int:
    for directory in (args.old, args.new):
        if not Path(directory).is_dir():
            raise InputError(f"Map met regels niet gevonden: {directory}")
    report = diff_rules(args.old, args.new, examples=args.examples, progress=_terminal_progress("Vergelijken"))
    sys.stdout.write(render_diff(report))
    return 0


def _rulebook(args: argparse.Namespace) -> int:
    features_dir = Path(args.features) if args.features else default_features_dir()
    if not features_dir.is_dir():
        raise InputError(f"Map met scenario's niet gevonden: {features_dir}")
    ruleset = load_rules(args.rules)
    files = rulebook_files(ruleset, read_features(features_dir))
    out = Path(args.out)
    try:
        write_rulebook(out, files)
    except OSError as exc:
        raise InputError(f"Kan het regelboek niet schrijven in {out}: {exc.strerror}") from None
    pages = sum(name.endswith(".html") for name in files)
    print(f"Regelboek geschreven in {out}: {pages} pagina's (HTML en Markdown). Open {out / 'index.html'}.")
    return 0


def _schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(rule_file_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kinderogen", description="Wie heeft de regie rond een kind, en wat regel je? Advies met bronnen."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="opdracht")

    advise = commands.add_parser("advise", help="advies voor één casus (JSON-bestand, of - voor invoer)")
    advise.add_argument("case", help="casusprofiel als JSON-bestand, of - om van de invoer te lezen")
    advise.add_argument("--text", action="store_true", help="leesbaar Nederlands in plaats van JSON")
    advise.add_argument("--rules", help="map met regels (standaard: de meegeleverde regels)")
    advise.set_defaults(run=_advise)

    batch = commands.add_parser("batch", help="advies voor elke regel van een JSONL-bestand")
    batch.add_argument("cases", help="JSONL-bestand met één casusprofiel per regel, of -")
    batch.add_argument("-o", "--output", help="uitvoerbestand (standaard: scherm)")
    batch.add_argument("--rules", help="map met regels (standaard: de meegeleverde regels)")
    batch.add_argument("--workers", type=int, help="aantal processen (standaard: alle kernen)")
    batch.set_defaults(run=_batch)

    synth = commands.add_parser("synth", help="schrijf gevarieerde, geldige testprofielen (JSONL)")
    synth.add_argument("--n", type=int, required=True, help="aantal profielen")
    synth.add_argument("--seed", type=int, default=0, help="startgetal: dezelfde seed geeft dezelfde profielen")
    synth.add_argument("-o", "--output", help="uitvoerbestand (standaard: scherm)")
    synth.set_defaults(run=_synth)

    check = commands.add_parser("check-rules", help="controleer de regels: gaten, conflicten, codes, bronnen")
    check.add_argument("directory", nargs="?", help="map met regels (standaard: de meegeleverde regels)")
    check.set_defaults(run=_check)

    diff = commands.add_parser("diff", help="wat verandert er in de adviezen als de regels veranderen?")
    diff.add_argument("old", metavar="OUDE_REGELS", help="map met de huidige regels")
    diff.add_argument("new", metavar="NIEUWE_REGELS", help="map met de voorgestelde regels")
    diff.add_argument("--examples", type=int, default=3, help="voorbeeldprofielen per soort verandering (standaard 3)")
    diff.set_defaults(run=_diff)

    monitor = commands.add_parser("monitor", help="rapport met grafieken over een batch adviezen (alleen totalen)")
    monitor.add_argument("advices", metavar="ADVIEZEN", help="uitvoer van kinderogen batch (JSONL)")
    monitor.add_argument("--cases", help="de invoer van die batch, voor uitsplitsing naar regio en leeftijd")
    monitor.add_argument("--out", required=True, help="map voor het rapport")
    monitor.add_argument("--rules", help="map met regels (standaard: de meegeleverde regels)")
    monitor.set_defaults(run=_monitor)

    book = commands.add_parser("regelboek", help="schrijf het regelboek: alle regels met bronnen en scenario's")
    book.add_argument("--out", required=True, help="map voor de pagina's (wordt gemaakt als die er niet is)")
    book.add_argument("--rules", help="map met regels (standaard: de meegeleverde regels)")
    book.add_argument("--features", help="map met scenario's (standaard: de meegeleverde features)")
    book.set_defaults(run=_rulebook)

    schema = commands.add_parser("schema", help="JSON-schema van een regelbestand, voor editors")
    schema.set_defaults(run=_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except InputError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_INPUT
    except RuleLoadError as exc:
        print("De regels kunnen niet worden geladen:\n" + str(exc), file=sys.stderr)
        return EXIT_RULES
    except RuleGapError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_RULES
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
