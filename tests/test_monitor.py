"""`kinderogen monitor`: aggregates only, small cells hidden, split by region and age band, charts as SVG."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kinderogen_rules.caseloads.batch import run_batch
from kinderogen_rules.caseloads.monitor import age_band
from kinderogen_rules.caseloads.reports import SMALL, share, shown
from kinderogen_rules.caseloads.synth import synthetic_profiles
from kinderogen_rules.cli import main


def batch(tmp_path: Path, profiles: list[str]) -> tuple[Path, Path]:
    cases, advices = tmp_path / "cases.jsonl", tmp_path / "advices.jsonl"
    cases.write_text("\n".join(profiles) + "\n", encoding="utf-8")
    with cases.open() as source, advices.open("w") as out:
        run_batch(source, out, workers=1)
    return cases, advices


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("monitor")
    profiles = [p.model_dump_json() for p in synthetic_profiles(2000, seed=12)]
    cases, advices = batch(folder, [*profiles, '{"age": 99, "setting": "po"}'])
    assert main(["monitor", str(advices), "--cases", str(cases), "--out", str(folder / "rapport")]) == 0
    return folder / "rapport"


@pytest.mark.slow
def test_the_report_counts_every_advice_and_splits_by_region_and_age(report: Path) -> None:
    page = BeautifulSoup((report / "index.html").read_text(encoding="utf-8"), "html.parser")
    text = " ".join(page.get_text(" ").split())
    assert "2.000 adviezen" in text and "regels konden niet worden beoordeeld" in text
    regie = page.find("caption", string=re.compile("Regie per groep")).find_parent("table")  # type: ignore[union-attr]
    rows = {row.th.get_text(): [td.get_text() for td in row.select("td")] for row in regie.select("tbody tr")}
    assert rows["Alle kinderen"][0] == "2.000"
    regions = ["Voorne-Putten", "Goeree-Overflakkee", "de Drechtsteden", "een andere regio"]
    bands = ["0 tot 4 jaar", "4 tot 12 jaar", "12 tot 18 jaar", "18 tot en met 23 jaar"]
    assert sum(int(rows[r][0].replace(".", "")) for r in regions) == 2000
    assert sum(int(rows[b][0].replace(".", "")) for b in bands) == 2000


@pytest.mark.slow
def test_only_aggregates_no_profile_in_the_report(report: Path) -> None:
    for path in report.iterdir():
        content = path.read_text(encoding="utf-8")
        assert '"age"' not in content and '"setting"' not in content, path.name
        assert "rule_ids" not in content and "explanation" not in content, path.name


@pytest.mark.slow
def test_every_chart_is_an_svg_the_page_shows(report: Path) -> None:
    page = BeautifulSoup((report / "index.html").read_text(encoding="utf-8"), "html.parser")
    images = [str(img["src"]) for img in page.select("img")]
    assert {"regie-regio.svg", "regie-leeftijd.svg", "groep-regio.svg", "arrangementen.svg", "meldingen.svg"} <= set(
        images
    )
    for name in images:
        svg = (report / name).read_text(encoding="utf-8")
        assert svg.lstrip().startswith("<?xml") and "<svg" in svg
        assert all(img.get("alt") for img in page.select("img"))


@pytest.mark.slow
def test_cells_under_five_are_shown_as_less_than_five(tmp_path: Path) -> None:
    profiles = [p.model_dump_json() for p in synthetic_profiles(12, seed=3)]
    cases, advices = batch(tmp_path, profiles)
    assert main(["monitor", str(advices), "--cases", str(cases), "--out", str(tmp_path / "klein")]) == 0
    page = BeautifulSoup((tmp_path / "klein" / "index.html").read_text(encoding="utf-8"), "html.parser")
    cells = [td.get_text() for td in page.select("td")]
    assert "<5" in cells
    for cell in cells:
        number = re.match(r"^(\d+)(?: \(|$)", cell)
        assert number is None or int(number[1]) == 0 or int(number[1]) >= SMALL, cell
    assert shown(3) == "<5" and shown(0) == "0" and shown(5) == "5" and share(4, 100) == "<5"


def test_age_bands() -> None:
    assert [age_band(a) for a in (0, 3, 4, 11, 12, 17, 18, 23)] == [
        "0 tot 4 jaar", "0 tot 4 jaar", "4 tot 12 jaar", "4 tot 12 jaar",
        "12 tot 18 jaar", "12 tot 18 jaar", "18 tot en met 23 jaar", "18 tot en met 23 jaar",
    ]  # fmt: skip


def test_files_that_do_not_belong_together_give_a_dutch_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profiles = [p.model_dump_json() for p in synthetic_profiles(20, seed=4)]
    cases, advices = batch(tmp_path, profiles)
    short = tmp_path / "kort.jsonl"
    short.write_text("\n".join(profiles[:5]) + "\n", encoding="utf-8")
    assert main(["monitor", str(advices), "--cases", str(short), "--out", str(tmp_path / "x")]) == 2
    assert "minder regels" in capsys.readouterr().err
    assert main(["monitor", str(cases), "--out", str(tmp_path / "y")]) == 2  # cases are not advices


@pytest.mark.parametrize(
    ("advice_line", "case_line", "words"),
    [
        ('{"regie": {}}', None, "regel 2 van het adviesbestand is geen advies en geen foutregel"),
        ('{"regie": 1, "arrangements": "x"}', None, "regel 2 van het adviesbestand is geen advies en geen foutregel"),
        ("[1]", None, "regel 2 van het adviesbestand is geen advies en geen foutregel"),
        ("{kapot", None, "regel 2 van het adviesbestand is geen JSON"),
        (None, '{"age": 99, "setting": "po"}', "casus op regel 2 is geen geldig profiel maar kreeg een advies"),
        (None, "[1]", "casus op regel 2 is geen geldig profiel maar kreeg een advies"),
    ],
)
def test_lines_that_are_not_what_batch_writes_give_a_dutch_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], advice_line: str | None, case_line: str | None, words: str
) -> None:
    """Once a KeyError or AttributeError with a traceback: a record that looks a bit like an advice."""
    profiles = [p.model_dump_json() for p in synthetic_profiles(3, seed=5)]
    cases, advices = batch(tmp_path, profiles)
    lines = advices.read_text(encoding="utf-8").splitlines()
    case_lines = cases.read_text(encoding="utf-8").splitlines()
    lines[1] = advice_line or lines[1]
    case_lines[1] = case_line or case_lines[1]
    advices.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cases.write_text("\n".join(case_lines) + "\n", encoding="utf-8")
    assert main(["monitor", str(advices), "--cases", str(cases), "--out", str(tmp_path / "m")]) == 2
    assert words in capsys.readouterr().err
