"""The command line: JSON and text advice, batch, and Dutch messages with exit code 2 on bad input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES


def run(*args: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kinderogen_rules.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def test_advise_prints_the_advice_as_json() -> None:
    result = run("advise", str(EXAMPLES / "levi.json"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["regie"]["holder"] == "school"


def test_the_version_is_the_package_version_in_the_command_and_the_library() -> None:
    import configparser

    import kinderogen_rules

    config = configparser.ConfigParser()
    config.read(EXAMPLES.parent / "setup.cfg")
    released = config["metadata"]["version"]
    assert kinderogen_rules.__version__ == released
    shown = run("--version")
    assert (shown.returncode, shown.stdout, shown.stderr) == (0, f"kinderogen {released}\n", "")


def test_python_dash_m_kinderogen_rules_is_the_same_command() -> None:
    as_module = subprocess.run(
        [sys.executable, "-m", "kinderogen_rules", "advise", "--text", str(EXAMPLES / "m.json")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert as_module.returncode == 0, as_module.stderr
    assert as_module.stdout == run("advise", "--text", str(EXAMPLES / "m.json")).stdout
    wrong = subprocess.run([sys.executable, "-m", "kinderogen_rules", "adviseer"], capture_output=True, text=True)
    assert wrong.returncode == 2 and wrong.stderr.endswith("Meer uitleg: kinderogen --help\n")


def test_advise_text_is_readable_dutch() -> None:
    result = run("advise", "--text", str(EXAMPLES / "m.json"))
    assert result.returncode == 0
    assert "Regie: de gemeente" in result.stdout
    assert "Steun tijdens de wachttijd" in result.stdout
    assert "Kadernotitie Drechtsteden, §3.2" in result.stdout
    assert "kadernotitie-drechtsteden" not in result.stdout  # a source is named as a person names it


@pytest.mark.slow
def test_advise_wat_als_lists_what_would_change_the_advice_in_json_and_text() -> None:
    result = run("advise", "--wat-als", str(EXAMPLES / "m.json"))
    assert result.returncode == 0, result.stderr
    changes = json.loads(result.stdout)["what_would_change"]
    assert 0 < len(changes) <= 8
    assert changes[0]["field"] == "school_support_exhausted" and changes[0]["holder"] == "school"
    assert json.loads(run("advise", str(EXAMPLES / "m.json")).stdout)["what_would_change"] is None
    text = run("advise", "--text", "--wat-als", str(EXAMPLES / "m.json")).stdout
    listed = text.split("Wat zou het advies veranderen?")[1]
    assert "   2. Als de jongere niet meer op een wachtlijst voor jeugdhulp staat, vervalt" in listed
    sources = text.split("Bij Wat zou het advies veranderen?:")[1]
    assert " - 1: REGIE-ONDERWIJS-01, kadernotitie" in sources  # a rule id is never split over two lines
    assert "Wat zou het advies veranderen?" not in run("advise", "--text", str(EXAMPLES / "m.json")).stdout


def test_advise_text_names_who_is_kept_informed_and_why() -> None:
    case = '{"age": 9, "setting": "po", "concerns": ["opvoeding"], "shows_at": ["thuis"]}'
    result = run("advise", "--text", "-", stdin=case)
    assert result.returncode == 0, result.stderr
    informed = result.stdout.split("Op de hoogte houden, niet aan tafel:")[1].split("Waarom dit advies")[0]
    assert " - De school: " in informed
    assert "De school heeft geen regie, maar blijft op de hoogte." in " ".join(
        result.stdout.split("Aan tafel")[0].split()
    )
    assert "De school" not in result.stdout.split("Aan tafel")[1].split("Op de hoogte houden")[0]


@pytest.mark.slow
def test_bad_input_gives_exit_2_and_a_dutch_message_never_a_traceback() -> None:
    for stdin in ['{"age": 2, "setting": "po"}', "{kapot", '{"age": 8, "setting": "po", "naam": "x"}', "[1, 2]"]:
        result = run("advise", "-", stdin=stdin)
        assert result.returncode == 2, stdin
        assert "Traceback" not in result.stderr
        assert "profiel klopt niet" in result.stderr or "geen geldige JSON" in result.stderr
    missing = run("advise", "bestaat-niet.json")
    assert missing.returncode == 2 and "Bestand niet gevonden" in missing.stderr


@pytest.mark.slow
def test_batch_keeps_good_lines_and_reports_bad_ones(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        '{"age": 8, "setting": "po"}\n{"age": 99, "setting": "po"}\n\n{"age": 3, "setting": "kinderopvang"}\n'
    )
    out = tmp_path / "advice.jsonl"
    result = run("batch", str(cases), "-o", str(out))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 3
    assert records[0]["regie"]["holder"] == "school"
    assert records[2]["regie"]["holder"] == "gemeente"
    assert records[1]["line"] == 2 and "Leeftijd" in records[1]["error"]
    assert "2 adviezen, 1 regels met fouten" in result.stderr


def test_another_rules_directory_can_be_used(tmp_path: Path) -> None:
    result = run("advise", "--rules", str(tmp_path), str(EXAMPLES / "levi.json"))
    assert result.returncode == 1
    assert "niet gevonden" in result.stderr or "ontbreekt" in result.stderr


NO_TRACEBACK = ("Traceback", "Exception ignored", "Error:", "Errno")


def assert_dutch_failure(result: subprocess.CompletedProcess[str], code: int, words: str) -> None:
    assert result.returncode == code, result.stderr
    assert words in result.stderr, result.stderr
    assert not any(english in result.stderr for english in NO_TRACEBACK), result.stderr


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"[" * 3000 + b"]" * 3000, "te veel haakjes in elkaar"),
        (b'{"age": ' + b"9" * 4301 + b', "setting": "po"}', "te veel cijfers"),
        (b'{"age": 8, "setting": "p\xffo"}', "teken 25: hier staat een teken dat geen UTF-8 is (byte 0xFF)"),
        (b"{kapot", 'een veldnaam moet tussen dubbele aanhalingstekens staan, bijvoorbeeld "age"'),
        (b'{"age": 8, "setting": "po"}\n{', "regel 2, teken 1: na het einde van de JSON staat nog meer tekst"),
        (b"", "er staat niets in"),
        (b" " * 70_000, "te groot voor één casusprofiel"),
    ],
)
def test_json_that_breaks_parsers_gives_exit_2_and_says_where_and_why_in_dutch(
    tmp_path: Path, content: bytes, words: str
) -> None:
    case = tmp_path / "casus.json"
    case.write_bytes(content)
    assert_dutch_failure(run("advise", str(case)), 2, words)


def test_a_value_is_shown_as_sent_braces_and_all() -> None:
    result = run("advise", "-", stdin='{"age": 8, "setting": "{{po}}"}')
    assert_dutch_failure(result, 2, 'onbekende waarde "{{po}}". Kies uit')
    assert "{{{{" not in result.stderr


def test_thousands_of_errors_are_twenty_lines_and_a_count() -> None:
    result = run("advise", "-", stdin=json.dumps({"age": 8, "setting": "po", **{f"x{n}": 1 for n in range(3000)}}))
    assert_dutch_failure(result, 2, "  - … en nog 2980 fouten.")
    assert len(result.stderr.splitlines()) == 22


@pytest.mark.slow
def test_a_directory_as_input_is_a_dutch_message_for_every_command(tmp_path: Path) -> None:
    advices = tmp_path / "adviezen.jsonl"
    advices.write_text('{"line": 1, "error": "regel 1: kapot"}\n', encoding="utf-8")
    folder = str(tmp_path)
    for args in (
        ["advise", folder],
        ["batch", folder],
        ["monitor", folder, "--out", str(tmp_path / "m")],
        ["monitor", str(advices), "--cases", folder, "--out", str(tmp_path / "m")],
    ):
        assert_dutch_failure(run(*args), 2, f"Kan {folder} niet lezen: dat is een map, geen bestand.")
    assert_dutch_failure(
        run("regelboek", "--out", str(advices)), 2, f"Kan het regelboek niet schrijven in {advices}: dat is een bestand"
    )


def test_an_output_in_a_missing_directory_is_a_dutch_message(tmp_path: Path) -> None:
    target = tmp_path / "bestaat-niet" / "uit.jsonl"
    for args in (["batch", str(EXAMPLES / "levi.json"), "-o", str(target)], ["synth", "--n", "3", "-o", str(target)]):
        assert_dutch_failure(run(*args), 2, f"Kan {target} niet schrijven: de map {target.parent} bestaat niet.")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is er alleen op Linux")
def test_a_full_disk_is_a_dutch_message() -> None:
    for args in (["batch", str(EXAMPLES / "levi.json"), "-o", "/dev/full"], ["synth", "--n", "3", "-o", "/dev/full"]):
        assert_dutch_failure(run(*args), 2, "Kan /dev/full niet schrijven: de schijf is vol.")
    for args in (["advise", str(EXAMPLES / "levi.json")], ["schema"], ["check-rules"]):
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [sys.executable, "-m", "kinderogen_rules.cli", *args], stdout=full, stderr=subprocess.PIPE, text=True
            )
        assert_dutch_failure(result, 2, "Kan de uitvoer niet schrijven: de schijf is vol.")


@pytest.mark.slow
def test_an_output_nobody_reads_is_a_dutch_message_for_every_command(tmp_path: Path) -> None:
    """`kinderogen advise x.json | head -c0`: the reader is gone before the first byte."""
    cases = tmp_path / "casussen.jsonl"
    cases.write_text('{"age": 8, "setting": "po"}\n', encoding="utf-8")
    advices = tmp_path / "adviezen.jsonl"
    assert run("batch", str(cases), "-o", str(advices)).returncode == 0
    rules = str(EXAMPLES.parent / "rules")
    for args in (
        ["advise", str(EXAMPLES / "levi.json")],
        ["advise", "--text", str(EXAMPLES / "levi.json")],
        ["batch", str(cases)],
        ["synth", "--n", "2000"],
        ["schema"],
        ["check-rules"],
        ["diff", rules, rules],
        ["regelboek", "--out", str(tmp_path / "boek")],
        ["monitor", str(advices), "--out", str(tmp_path / "monitor")],
    ):
        reader, writer = os.pipe()
        os.close(reader)
        try:
            result = subprocess.run(
                [sys.executable, "-m", "kinderogen_rules.cli", *args],
                stdout=writer,
                stderr=subprocess.PIPE,
                text=True,
                timeout=120,
            )
        finally:
            os.close(writer)
        assert_dutch_failure(result, 2, "niet schrijven: het programma dat de uitvoer las, is gestopt.")


def test_rule_files_that_are_not_utf8_are_named_with_exit_1(rules_copy: Path) -> None:
    with (rules_copy / "regie.yaml").open("ab") as handle:
        handle.write(b"\n# \xff\n")
    for args in (["check-rules", str(rules_copy)], ["advise", "--rules", str(rules_copy), str(EXAMPLES / "levi.json")]):
        result = run(*args)
        assert result.returncode == 1, result.stderr
        said = result.stdout + result.stderr
        assert "regie.yaml: geen UTF-8-tekst (byte" in said and "Traceback" not in said, said


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ([], "kinderogen: dit ontbreekt nog: opdracht."),
        (["adviseer"], "onbekende opdracht 'adviseer'"),
        (["synth", "--n", "veel"], "--n moet een heel getal zijn (niet 'veel')"),
        (["batch", "x.jsonl", "--workers", "0"], "--workers moet tussen 1 en"),
        (["advise", "x.json", "--tekst"], "onbekend: --tekst"),
    ],
)
def test_a_wrong_command_line_is_a_dutch_message_with_exit_2(args: list[str], words: str) -> None:
    result = run(*args)
    assert_dutch_failure(result, 2, words)
    assert "usage:" not in result.stderr and "error:" not in result.stderr
