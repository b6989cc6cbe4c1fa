"""`kinderogen diff OLD NEW --cases`: a policy maker sees what a rule change does to the children of a caseload.

The counts must be exactly what advising every child twice gives; the report holds aggregates only (no profile,
nothing under 5); a bad line costs only itself; Parquet counts as JSONL does; one rules directory on two days
shows what the rules' own dates change.
"""

import datetime as dt
import os
import pty
import re
import shutil
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from bs4 import BeautifulSoup
from conftest import RULES, replace_in, with_signals

from kinderogen_rules import Advice, Advisor, CaseProfile, load_rules
from kinderogen_rules.caseloads.casediff import CaseloadDiff, diff_caseload
from kinderogen_rules.caseloads.monitor import OVERALL, age_band
from kinderogen_rules.caseloads.reports import SMALL
from kinderogen_rules.caseloads.synth import synthetic_profiles
from kinderogen_rules.cli import main

REGIONS = CaseProfile.vocabulary.value_labels("region")

# How long a command may take on a busy machine; a guard against hanging, not a speed target.
PATIENCE = 120
BEFORE_DAY, AFTER_DAY = "2026-06-01", "2026-08-01"
DIFF = [sys.executable, "-m", "kinderogen_rules.cli", "diff"]


@pytest.fixture(scope="module")
def changed_rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The rules with two changes: steun tijdens de wachttijd from 4 weeks on (was 1), and regie in the mbo
    with the gemeente (was the school)."""
    target = tmp_path_factory.mktemp("casediff") / "rules"
    shutil.copytree(RULES, target)
    replace_in(target / "samenwerking.yaml", "waiting_weeks: {min: 1}", "waiting_weeks: {min: 4}")
    replace_in(
        target / "regie.yaml",
        "        holder: school\n        priority: 10\n        lead: de studentbegeleider",
        "        holder: gemeente\n        priority: 10\n        lead: de studentbegeleider",
    )
    return target


def add_after_rule(path: Path, rule_id: str, text: str) -> None:
    """Add lines at the end of one rule of a rule file (its fields are indented by four spaces)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"  - id: {rule_id}")
    end = next((n for n in range(start + 1, len(lines)) if lines[n].startswith("  - id: ")), len(lines))
    while not lines[end - 1].strip():
        end -= 1
    lines[end:end] = text.rstrip("\n").split("\n")
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture(scope="module")
def dated_rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One rules directory in which two rules end on 30 June 2026 and their successors start on 1 July:
    steun tijdens de wachttijd from 4 weeks on (was 1), and regie in the mbo with the gemeente (was the school)."""
    target = tmp_path_factory.mktemp("dated") / "rules"
    shutil.copytree(RULES, target)
    add_after_rule(
        target / "samenwerking.yaml",
        "WACHTTIJD-01",
        """    valid_until: 2026-06-30

  - id: WACHTTIJD-02
    title: Wie vier weken of langer op jeugdhulp wacht, krijgt steun tijdens de wachttijd
    when:
      waiting_weeks: {min: 4}
    then:
      arrangements: [overbrugging]
      partners: [jgz, ouders]
      signals: [wachtlijst]
    sources:
      - {document: kadernotitie-drechtsteden, section: "Bijlage 4 (casus M.)"}
    rationale: Pas na vier weken wachten is er steun nodig.
    valid_from: 2026-07-01
""",
    )
    add_after_rule(
        target / "regie.yaml",
        "REGIE-MBO-01",
        """    valid_until: 2026-06-30

  - id: REGIE-MBO-02
    title: Een student in het mbo krijgt hulp via de gemeente
    when:
      setting: mbo
    then:
      regie:
        holder: gemeente
        priority: 10
        lead: het jongerenloket van de gemeente
      partners: [school]
    sources:
      - {document: kadernotitie-drechtsteden, section: "§3.3"}
    rationale: De gemeente helpt jongeren in het mbo met alles wat verder gaat dan de opleiding.
    valid_from: 2026-07-01
""",
    )
    return target


def write_caseload(path: Path, n: int, seed: int) -> list[CaseProfile]:
    profiles = list(synthetic_profiles(n, seed=seed))
    path.write_text("".join(p.model_dump_json() + "\n" for p in profiles), encoding="utf-8")
    return profiles


def _codes(advice: Advice) -> dict[str, Any]:
    return {
        "holder": advice.regie.holder,
        "lead": advice.regie.lead,
        "arrangements": {a.code for a in advice.arrangements},
        "partners": set(advice.partners),
        "informed": {i.partner for i in advice.informed},
        "escalation": set(advice.escalation.to) if advice.escalation else set(),
        "signals": {s.code for s in advice.signals},
    }


def recount(old: Advisor, new: Advisor, profiles: list[CaseProfile]) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """Independently of diff: advise every child with both advisors and count each kind of change per slice."""
    shifts: Counter[tuple[str, str]] = Counter()
    changed: Counter[str] = Counter()
    for profile in profiles:
        before, after = _codes(old.advise(profile)), _codes(new.advise(profile))
        kinds = []
        if before["holder"] != after["holder"]:
            kinds.append(f"regie:{before['holder']}:{after['holder']}")
        elif before["lead"] != after["lead"]:
            kinds.append("lead")
        for name in ("arrangements", "partners", "informed", "escalation", "signals"):
            kinds += [f"{name}+{code}" for code in after[name] - before[name]]
            kinds += [f"{name}-{code}" for code in before[name] - after[name]]
        slices = (OVERALL, REGIONS[profile.region], age_band(profile.age))
        if before != after:
            changed.update(slices)
        for kind in kinds:
            shifts.update((kind, name) for name in slices)
    return shifts, changed


def counted(result: CaseloadDiff) -> Counter[tuple[str, str]]:
    return Counter({(key, name): n for key, shift in result.effect.shifts.items() for name, n in shift.slices.items()})


@pytest.mark.slow
def test_the_counts_are_exactly_those_of_advising_every_child_twice(tmp_path: Path, changed_rules: Path) -> None:
    cases = tmp_path / "casussen.jsonl"
    profiles = write_caseload(cases, 1500, seed=41)
    with cases.open("rb") as source:
        result = diff_caseload(RULES, changed_rules, source, workers=2)
    assert result.summary.stopped == "" and result.effect.compared == 1500
    old, new = Advisor(load_rules(RULES)), Advisor(load_rules(changed_rules))
    shifts, changed = recount(old, new, profiles)
    assert counted(result) == shifts
    assert result.effect.changed == changed
    kinds = {key for key, _ in shifts}
    assert {"regie:school:gemeente", "arrangements-overbrugging", "signals-wachtlijst"} <= kinds
    assert result.rules.changed == ["REGIE-MBO-01", "WACHTTIJD-01"]
    assert result.effect.shifts["regie:school:gemeente"].causes == {
        ("REGIE-MBO-01", "REGIE-MBO-01"): shifts[("regie:school:gemeente", OVERALL)]
    }
    assert set(result.effect.shifts["arrangements-overbrugging"].causes) == {("WACHTTIJD-01",)}
    # Where regie lands before and after, per region, as the monitor would count the two sets of advices.
    for name in (OVERALL, "Voorne-Putten", "18 tot en met 23 jaar"):
        in_slice = [p for p in profiles if name in (OVERALL, REGIONS[p.region], age_band(p.age))]
        for advisor, monitor in ((old, result.effect.before), (new, result.effect.after)):
            assert monitor.slices[name].holders == Counter(advisor.advise(p).regie.holder for p in in_slice)


@pytest.mark.slow
def test_a_parquet_caseload_counts_as_its_jsonl_does(tmp_path: Path, changed_rules: Path) -> None:
    cases, table = tmp_path / "casussen.jsonl", tmp_path / "casussen.parquet"
    write_caseload(cases, 600, seed=42)
    pd.read_json(cases, lines=True).to_parquet(table)
    results = []
    for path in (cases, table):
        with path.open("rb") as source:
            results.append(diff_caseload(RULES, changed_rules, source, workers=1))
    jsonl, parquet = (r.effect for r in results)
    assert parquet.compared == jsonl.compared == 600
    assert parquet.shifts == jsonl.shifts and parquet.changed == jsonl.changed
    assert parquet.before == jsonl.before and parquet.after == jsonl.after
    report = tmp_path / "rapport"
    assert main(["diff", str(RULES), str(changed_rules), "--cases", str(table), "--out", str(report)]) == 0
    assert (report / "index.html").is_file()


@pytest.mark.slow
def test_a_bad_line_gets_a_dutch_message_and_the_rest_is_compared(
    tmp_path: Path, changed_rules: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = tmp_path / "casussen.jsonl"
    profiles = list(synthetic_profiles(300, seed=43))
    bad = [b'{"age": 99, "setting": "po"}', b"{kapot", b'{"age": 8, "setting": "po", "naam": "x"}', b"\xff\xfe"]
    lines = [p.model_dump_json().encode() for p in profiles]
    for n, line in enumerate(bad):
        lines.insert(50 * n + 10, line)
    cases.write_bytes(b"\n".join(lines) + b"\n\n")
    code = main(["diff", str(RULES), str(changed_rules), "--cases", str(cases), "--out", str(tmp_path / "rapport")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "regel 11: het profiel klopt niet" in err and "Leeftijd (age)" in err
    assert "regel 61: geen geldige JSON" in err
    assert "regel 111" in err and "naam" in err
    assert "regel 161" in err and "Traceback" not in err
    assert "Vergeleken: 300 kinderen. <5 regels zonder geldig profiel." in out
    with cases.open("rb") as source:
        assert diff_caseload(RULES, changed_rules, source, workers=2).effect.bad == 4


@pytest.fixture(scope="module")
def small_report(tmp_path_factory: pytest.TempPathFactory, changed_rules: Path) -> tuple[Path, str]:
    """A report on 252 children, where many counts are under 5, made on a terminal (so with examples on screen).

    Two young adults in the mbo who wait two weeks no longer get their parents at the table: a kind of change that
    touches fewer than 5 children."""
    folder = tmp_path_factory.mktemp("klein")
    cases = folder / "casussen.jsonl"
    write_caseload(cases, 250, seed=44)
    with cases.open("a", encoding="utf-8") as out:
        for age in (19, 21):
            out.write(CaseProfile(age=age, setting="mbo", waiting_weeks=2).model_dump_json() + "\n")
    master, terminal = pty.openpty()
    process = subprocess.Popen(
        [
            *DIFF,
            str(RULES),
            str(changed_rules),
            "--cases",
            str(cases),
            "--out",
            str(folder / "rapport"),
            "--examples",
            "2",
        ],
        stdin=subprocess.DEVNULL,
        stdout=terminal,
        stderr=terminal,
    )
    os.close(terminal)
    shown = b""
    try:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # the process closed the terminal
                break
            if not data:
                break
            shown += data
        assert process.wait(timeout=PATIENCE) == 0, shown.decode()
    finally:
        os.close(master)
    return folder / "rapport", shown.decode()


@pytest.mark.slow
def test_examples_are_shown_on_the_terminal_only(small_report: tuple[Path, str]) -> None:
    report, shown = small_report
    examples = re.findall(r"^ {4}(\{.*\})\r?$", shown, re.MULTILINE)
    assert examples, shown
    assert "alleen op het scherm, niet in het rapport" in shown
    for path in report.iterdir():
        content = path.read_text(encoding="utf-8")
        assert not any(example in content for example in examples), path.name


@pytest.mark.slow
def test_the_report_holds_no_profile_and_no_count_under_five(small_report: tuple[Path, str]) -> None:
    report, _ = small_report
    for path in report.iterdir():
        content = path.read_text(encoding="utf-8")
        for field in CaseProfile.model_fields:
            assert f'"{field}"' not in content and f"{field}:" not in content, (path.name, field)
    page = BeautifulSoup((report / "index.html").read_text(encoding="utf-8"), "html.parser")
    cells = [td.get_text() for td in page.select("td")]
    assert "<5" in cells
    for cell in cells:
        number = re.match(r"^([\d.]+)(?: \(|$)", cell)
        assert number is None or not 0 < int(number[1].replace(".", "")) < SMALL, cell
    for item in page.select("li"):
        found = re.search(r": ([\d.]+) kinderen\.$", item.get_text().strip())
        assert found is None or int(found[1].replace(".", "")) >= SMALL, item.get_text()
    images = [str(img["src"]) for img in page.select("img")]
    assert {"veranderingen.svg", "regie-regio.svg", "regie-leeftijd.svg", "groep-regio.svg"} <= set(images)
    assert all(img.get("alt") for img in page.select("img"))
    for name in images:
        svg = (report / name).read_text(encoding="utf-8")
        assert svg.lstrip().startswith("<?xml") and "<svg" in svg


@pytest.mark.slow
def test_a_kind_of_change_under_five_is_not_drawn(small_report: tuple[Path, str]) -> None:
    report, _ = small_report
    page = BeautifulSoup((report / "index.html").read_text(encoding="utf-8"), "html.parser")
    table = page.find("caption", string=re.compile("per soort verandering, per regio")).find_parent("table")  # type: ignore[union-attr]
    totals = {row.th.get_text(): row.td.get_text() for row in table.select("tbody tr")}
    svg = (report / "veranderingen.svg").read_text(encoding="utf-8")
    assert "<5" in totals.values(), totals
    for label, total in totals.items():
        if label != "Het advies verandert":
            assert (textwrap.wrap(label, 42)[0] in svg) == (total != "<5"), (label, total)
    values = re.findall(r"> ([\d.]+)</text>", svg)
    assert values and min(int(v.replace(".", "")) for v in values) >= SMALL


@pytest.mark.slow
def test_one_rules_directory_on_two_dates_shows_what_its_dates_change(
    tmp_path: Path, dated_rules: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases, report = tmp_path / "casussen.jsonl", tmp_path / "rapport"
    profiles = write_caseload(cases, 1200, seed=45)
    args = ["diff", str(dated_rules), str(dated_rules), "--cases", str(cases), "--out", str(report)]
    assert main([*args, "--op", BEFORE_DAY, "--tegen", AFTER_DAY, "--workers", "2"]) == 0
    out = capsys.readouterr().out
    assert f"De oude regels zoals ze gelden op {BEFORE_DAY}, de nieuwe zoals ze gelden op {AFTER_DAY}." in out
    assert "Regels: REGIE-MBO-02 en WACHTTIJD-02 (nieuw); REGIE-MBO-01 en WACHTTIJD-01 (vervallen)." in out
    assert "Waarom: eerst besliste REGIE-MBO-01 (vervallen), nu REGIE-MBO-02 (nieuw)" in out
    assert "Waarom: kwam van WACHTTIJD-01 (vervallen)" in out
    assert (
        "WACHTTIJD-01 (vervallen): Wie op jeugdhulp wacht, krijgt steun tijdens de wachttijd. "
        "Bron: kadernotitie-drechtsteden Bijlage 4 (casus M.)." in out
    )
    page = (report / "index.html").read_text(encoding="utf-8")
    assert "REGIE-MBO-02 (nieuw): Een student in het mbo krijgt hulp via de gemeente. Bron: kadernotitie" in page
    rules = load_rules(dated_rules)
    old = Advisor(rules, on=dt.date.fromisoformat(BEFORE_DAY))
    new = Advisor(rules, on=dt.date.fromisoformat(AFTER_DAY))
    shifts, _ = recount(old, new, profiles)
    with cases.open("rb") as source:
        result = diff_caseload(
            dated_rules,
            dated_rules,
            source,
            on=dt.date.fromisoformat(BEFORE_DAY),
            against=dt.date.fromisoformat(AFTER_DAY),
            workers=1,
        )
    assert counted(result) == shifts
    # Every child whose regie the old mbo rule decided now has the gemeente; children it did not decide keep theirs.
    mbo = sum(1 for p in profiles if old.decision(p).decider.rule.id == "REGIE-MBO-01")
    waiting_1_to_3 = sum(1 for p in profiles if 1 <= p.waiting_weeks <= 3)
    assert shifts[("regie:school:gemeente", OVERALL)] == mbo > 0
    assert shifts[("arrangements-overbrugging", OVERALL)] == waiting_1_to_3 > 0
    assert shifts[("signals-wachtlijst", OVERALL)] == waiting_1_to_3
    assert {key for key, _ in shifts} <= {
        "regie:school:gemeente",
        "arrangements-overbrugging",
        "signals-wachtlijst",
        "partners-jgz",
        "partners-ouders",
    }
    # On one day the same directory changes nothing.
    with cases.open("rb") as source:
        same = diff_caseload(dated_rules, dated_rules, source, on=dt.date.fromisoformat(AFTER_DAY), workers=1)
    assert same.effect.shifts == {} and same.effect.compared == 1200 and not same.rules.changed


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--op", "1-7-2026"], 'De datum bij --op "1-7-2026" is geen datum; schrijf hem als JJJJ-MM-DD'),
        (["--tegen", "2026-02-30"], 'De datum bij --tegen "2026-02-30" bestaat niet'),
        (["--out", "rapport"], "--out hoort bij --cases"),
        (["--cases", "casussen.jsonl"], "Met --cases hoort --out MAP"),
        (["--cases", "bestaat-niet.jsonl", "--out", "rapport"], "Bestand niet gevonden: bestaat-niet.jsonl"),
        (["--cases", "casussen.jsonl", "--out", "rapport", "--workers", "0"], "--workers moet tussen 1 en"),
    ],
)
def test_a_wrong_command_line_gets_a_dutch_message(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    write_caseload(tmp_path / "casussen.jsonl", 3, seed=46)
    assert main(["diff", str(RULES), str(RULES), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "rapport").exists()


@pytest.mark.slow
def test_ctrl_c_stops_the_comparison_without_a_half_report(tmp_path: Path, changed_rules: Path) -> None:
    cases, report = tmp_path / "casussen.jsonl", tmp_path / "rapport"
    write_caseload(cases, 60_000, seed=47)
    master, terminal = pty.openpty()  # on a terminal diff shows its progress: interrupt once work is done
    process = subprocess.Popen(
        with_signals([*DIFF, str(RULES), str(changed_rules), "--cases", str(cases), "--out", str(report)]),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
    )
    os.close(terminal)
    shown = b""
    try:
        while not re.search(rb": +[1-9][0-9]?% \|", shown):
            try:
                shown += os.read(master, 4096)
            except OSError:
                break
        process.send_signal(signal.SIGINT)
        while b"geen rapport" not in shown:
            try:
                data = os.read(master, 4096)
            except OSError:
                break
            if not data:
                break
            shown += data
        assert process.wait(timeout=PATIENCE) == 130, shown.decode()
    finally:
        os.close(master)
    text = shown.decode()
    assert "Afgebroken na regel" in text and "Er is geen rapport geschreven" in text and "Traceback" not in text
    assert not (report / "index.html").exists()


@pytest.mark.parametrize("day", [["--op", "2014-07-31"], ["--tegen", "2014-07-31"]])
def test_a_day_before_the_rules_start_is_refused_before_any_worker_starts(tmp_path: Path, day: list[str]) -> None:
    """`diff … --cases FILE --op 2014-07-31` printed four "Exception in initializer: Traceback … DateError" from
    the workers and "leaked semaphore" warnings before the Dutch message."""
    cases = tmp_path / "casussen.jsonl"
    write_caseload(cases, 3000, seed=48)
    result = subprocess.run(
        [*DIFF, str(RULES), str(RULES), "--cases", str(cases), "--out", str(tmp_path / "rapport"), *day],
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("De regels gelden vanaf 1 augustus 2014"), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr  # the message, and nothing from a worker
