"""What a command writes: never over its own input, whole or not at all, and never unread without a word."""

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import caseload, command

from kinderogen_rules import advise
from kinderogen_rules.cli import main
from kinderogen_rules.core.errors import OutputError
from kinderogen_rules.rulebook.pages import write_rulebook

PATIENCE = 120


def test_a_batch_never_writes_over_its_own_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`batch c.jsonl -o c.jsonl` emptied the input and said "Klaar: 0 adviezen"; a link and a relative path to it
    did the same, and so did --format parquet."""
    cases = tmp_path / "casussen.jsonl"
    caseload(cases, 20, seed=40)
    before = cases.read_bytes()
    (tmp_path / "sub").mkdir()
    (tmp_path / "koppeling.jsonl").symlink_to(cases)
    os.link(cases, tmp_path / "harde-koppeling.jsonl")
    for output, extra in (
        (str(cases), []),
        (str(tmp_path / "koppeling.jsonl"), []),
        (str(tmp_path / "harde-koppeling.jsonl"), []),
        (str(tmp_path / "sub" / ".." / "casussen.jsonl"), []),
        (str(cases), ["--format", "parquet"]),
    ):
        assert main(["batch", str(cases), "-o", output, "--workers", "1", *extra]) == 2
        err = capsys.readouterr().err
        assert f"Het uitvoerbestand {output} is hetzelfde bestand als de invoer ({cases})" in err, err
        assert cases.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "casussen.jsonl",
        "harde-koppeling.jsonl",
        "koppeling.jsonl",
        "sub",
    ]


def test_a_batch_whose_standard_input_or_output_is_its_input_is_refused(tmp_path: Path) -> None:
    """Standard output appended to the input (`>> casussen.jsonl`) would grow the file being read; standard input
    and -o naming the same file would empty it."""
    cases = tmp_path / "casussen.jsonl"
    caseload(cases, 20, seed=41)
    before = cases.read_bytes()
    with cases.open("ab") as appended:
        result = subprocess.run(
            command("batch", str(cases)), stdout=appended, stderr=subprocess.PIPE, text=True, timeout=PATIENCE
        )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("De uitvoer gaat naar hetzelfde bestand als de invoer") and "met >" in result.stderr
    with cases.open("rb") as source:
        result = subprocess.run(
            command("batch", "-", "-o", str(cases)), stdin=source, capture_output=True, text=True, timeout=PATIENCE
        )
    assert result.returncode == 2 and "is hetzelfde bestand als de invoer" in result.stderr, result.stderr
    assert cases.read_bytes() == before


def test_a_report_never_replaces_its_own_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The report's front page is index.html: a batch's advices kept under that name in the report's folder are an
    input the report must not replace."""
    cases, folder = tmp_path / "casussen.jsonl", tmp_path / "rapport"
    caseload(cases, 20, seed=42)
    folder.mkdir()
    advices = folder / "index.html"
    assert main(["batch", str(cases), "-o", str(advices), "--workers", "1"]) == 0
    before = advices.read_bytes()
    capsys.readouterr()
    assert main(["monitor", str(advices), "--out", str(folder)]) == 2
    assert "zou " + str(advices) + " vervangen, en dat is de invoer" in capsys.readouterr().err
    assert advices.read_bytes() == before
    assert sorted(path.name for path in folder.iterdir()) == ["index.html"]


@pytest.mark.slow
def test_a_reader_never_sees_a_half_written_output(tmp_path: Path) -> None:
    """While a batch runs, its output file is the old one, whole, until it is the new one, whole."""
    cases, out = tmp_path / "casussen.jsonl", tmp_path / "adviezen.jsonl"
    lines = caseload(cases, 6000, seed=43)
    out.write_bytes(b"de adviezen van gisteren\n")
    process = subprocess.Popen(
        command("batch", str(cases), "-o", str(out), "--workers", "1"), stderr=subprocess.PIPE, text=True
    )
    seen = set()
    give_up = time.monotonic() + PATIENCE * 2
    while process.poll() is None and time.monotonic() < give_up:
        seen.add(len(out.read_bytes().splitlines()))
        time.sleep(0.01)
    _, err = process.communicate(timeout=PATIENCE)
    assert process.returncode == 0, err
    seen.add(len(out.read_bytes().splitlines()))
    assert seen == {1, len(lines)}
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[-1]) == advise(json.loads(lines[-1])).model_dump(
        mode="json"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["adviezen.jsonl", "casussen.jsonl"]


@pytest.mark.slow
def test_of_two_batches_writing_one_file_one_wins_whole(tmp_path: Path) -> None:
    """Two batches to one file both said "Klaar"; the file held lines of both, a broken line and NUL bytes."""
    out = tmp_path / "adviezen.jsonl"
    inputs = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    expected = []
    for seed, cases in enumerate(inputs, 44):
        expected.append(caseload(cases, 4000, seed=seed))
    processes = [
        subprocess.Popen(command("batch", str(cases), "-o", str(out), "--workers", "1"), stderr=subprocess.PIPE)
        for cases in inputs
    ]
    for process in processes:
        _, err = process.communicate(timeout=PATIENCE * 2)
        assert process.returncode == 0, err
    written = out.read_bytes()
    assert b"\0" not in written
    lines = written.decode("utf-8").splitlines()
    assert len(lines) == 4000
    winner = next(profiles for profiles in expected if advise(json.loads(profiles[0])).model_dump_json() == lines[0])
    for index in range(0, 4000, 331):
        assert lines[index] == advise(json.loads(winner[index])).model_dump_json()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.jsonl", "adviezen.jsonl", "b.jsonl"]


def test_a_folder_is_written_whole_and_never_through_a_link(tmp_path: Path) -> None:
    """A link in the rulebook's folder was written through (to any file it pointed at); a name that is no plain
    file name, or a write that fails halfway, left a folder half old, half new."""
    folder, secret = tmp_path / "boek", tmp_path / "geheim.txt"
    folder.mkdir()
    secret.write_text("niet overschrijven", encoding="utf-8")
    (folder / "index.html").symlink_to(secret)
    write_rulebook(folder, {"index.html": "nieuw", "regelboek.css": "stijl"})
    assert secret.read_text(encoding="utf-8") == "niet overschrijven"
    assert not (folder / "index.html").is_symlink() and (folder / "index.html").read_text() == "nieuw"
    with pytest.raises(OutputError, match=re.escape('De naam "../buiten.html" is geen gewone bestandsnaam')):
        write_rulebook(folder, {"index.html": "half", "../buiten.html": "kwaad"})
    assert (folder / "index.html").read_text() == "nieuw" and not (tmp_path / "buiten.html").exists()
    assert sorted(path.name for path in folder.iterdir()) == ["index.html", "regelboek.css"]


def test_output_nobody_reads_any_more_is_exit_2_also_when_the_reader_leaves_halfway(tmp_path: Path) -> None:
    """`kinderogen batch … | head -c 10` said "Klaar: 200 adviezen" with exit 0: Python's text file took the short
    write of a pipe whose reader had left as a whole one."""
    cases = tmp_path / "casussen.jsonl"
    caseload(cases, 200, seed=46)
    for args in (["batch", str(cases), "--workers", "1"], ["synth", "--n", "5000"]):
        process = subprocess.Popen(command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert process.stdout is not None and process.stderr is not None
        assert len(process.stdout.read(10)) == 10
        process.stdout.close()
        err = process.stderr.read()
        assert process.wait(timeout=PATIENCE) == 2, err
        assert "niet schrijven: het programma dat de uitvoer las, is gestopt." in err and "Klaar" not in err, err


def test_bytes_left_unread_in_a_pipe_whose_reader_has_gone_are_an_output_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A small output fits in the pipe: writing it cannot fail, but its reader may still leave without reading."""
    from kinderogen_rules.cli.output import flush_stdout

    reader, writer = os.pipe()
    with open(writer, "w", encoding="utf-8") as pipe:
        monkeypatch.setattr(sys, "stdout", pipe)
        pipe.write('{"regie": …}\n')
        flush_stdout()  # in the pipe, not yet read
        os.close(reader)
        with pytest.raises(OutputError, match="het programma dat de uitvoer las, is gestopt"):
            flush_stdout()


def test_every_command_that_writes_a_file_leaves_no_temporary_file(tmp_path: Path) -> None:
    cases = tmp_path / "casussen.jsonl"
    assert main(["synth", "--n", "30", "-o", str(cases)]) == 0
    assert main(["batch", str(cases), "-o", str(tmp_path / "adviezen.jsonl"), "--workers", "1"]) == 0
    assert main(["monitor", str(tmp_path / "adviezen.jsonl"), "--out", str(tmp_path / "monitor")]) == 0
    assert main(["regelboek", "--out", str(tmp_path / "boek")]) == 0
    everything = [path.name for path in tmp_path.rglob("*")]
    assert not [name for name in everything if name.startswith(".kinderogen-")], everything
    assert (tmp_path / "monitor" / "index.html").is_file() and (tmp_path / "boek" / "index.html").is_file()


def test_odd_output_names_get_a_dutch_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty name, a link to a folder that does not exist, a name too long, a link to itself."""
    (tmp_path / "los").symlink_to(tmp_path / "nergens" / "adviezen.jsonl")
    (tmp_path / "rond").symlink_to(tmp_path / "rond")
    for name, words in (
        ("", "Kan de uitvoer niet schrijven: er is geen bestandsnaam gegeven."),
        (str(tmp_path / "los"), f"Kan {tmp_path / 'los'} niet schrijven: de map {tmp_path / 'nergens'} bestaat niet."),
        (str(tmp_path / ("x" * 300)), "niet schrijven: de naam is te lang."),
        (str(tmp_path / "rond"), "niet schrijven: het pad verwijst naar zichzelf."),
    ):
        assert main(["synth", "--n", "2", "-o", name]) == 2
        assert words in capsys.readouterr().err
    assert main(["synth", "--n", "2", "-o", str(tmp_path / ("y" * 250))]) == 0  # the longest names still work
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".kinderogen-")]


def test_a_writable_file_in_a_folder_that_takes_no_new_file_is_refused_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was written in place: emptied first, so a full disk then left half a file and lost the old one."""
    from kinderogen_rules.core import outputs

    target = tmp_path / "adviezen.jsonl"
    target.write_text('{"oud": "bewaren"}\n', encoding="utf-8")
    real_open = os.open

    def folder_without_new_files(path: str, flags: int, *mode: int) -> int:
        if Path(path).name.startswith(outputs.TEMPORARY):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *mode)

    monkeypatch.setattr(outputs.os, "open", folder_without_new_files)
    with pytest.raises(outputs.OutputError, match="mag geen nieuw bestand komen"):
        outputs.FileOutput(str(target))
    assert target.read_text(encoding="utf-8") == '{"oud": "bewaren"}\n'
