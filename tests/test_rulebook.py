"""`kinderogen regelboek`: every rule with its condition, advice, sources and scenarios, linked both ways, offline."""

import re
from pathlib import Path
from urllib.parse import urldefrag

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, RULES, replace_in

from kinderogen_rules import load_rules, read_features
from kinderogen_rules.cli import main
from kinderogen_rules.rulebook.diagram import regie_svg
from webform import create_app


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("regelboek")
    assert main(["regelboek", "--out", str(out), "--rules", str(RULES), "--features", str(ROOT / "features")]) == 0
    return out


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_every_rule_has_its_own_section_with_condition_advice_sources_and_scenarios(book: Path) -> None:
    rules = load_rules(RULES)
    for loaded in rules.rules:
        page = soup(book / f"{loaded.topic}.html")
        section = page.find(id=loaded.rule.id)
        assert section is not None, loaded.rule.id
        text = section.get_text(" ")
        # The rulebook is about no one child: the title's words that fit a child show in their general form.
        assert rules.vocabulary.neutral(loaded.rule.title) in text
        assert "Wanneer geldt deze regel?" in text and "Wat adviseert deze regel?" in text
        for source in loaded.rule.sources:
            assert source.section in text
        assert section.select("ul.scenarios a"), f"{loaded.rule.id} links to no scenario"
        markdown = (book / f"{loaded.topic}.md").read_text(encoding="utf-8")
        assert f'<a id="{loaded.rule.id}"></a>' in markdown


def test_conditions_read_as_plain_dutch(book: Path) -> None:
    text = soup(book / "samenwerking.html").find(id="WACHTTIJD-01").get_text(" ")  # type: ignore[union-attr]
    assert "het kind wacht 1 week of langer op jeugdhulp" in text
    text = soup(book / "thuiszitters.html").find(id="THUISZITTER-01").get_text(" ")  # type: ignore[union-attr]
    assert "het kind is 5 tot en met 17 jaar" in text and "5 weken of langer" in text
    text = soup(book / "regie.html").find(id="REGIE-ONDERWIJS-01").get_text(" ")  # type: ignore[union-attr]
    assert "Geldig vanaf 1 augustus 2014" in text
    # A rule without a date of its own holds from the first day of the rule set, not "always".
    text = soup(book / "samenwerking.html").find(id="WACHTTIJD-01").get_text(" ")  # type: ignore[union-attr]
    assert "Geldig vanaf 1 augustus 2014" in text
    assert not any("Geldig altijd" in page.read_text(encoding="utf-8") for page in book.glob("*.html"))


def _targets(book: Path) -> dict[str, set[str]]:
    return {p.name: {str(t["id"]) for t in soup(p).select("[id]")} for p in book.glob("*.html")}


def test_every_link_in_the_html_points_to_a_page_and_anchor_that_exist(book: Path) -> None:
    targets = _targets(book)
    checked = 0
    for path in book.glob("*.html"):
        for tag in soup(path).select("a[href], img[src], link[href]"):
            address = str(tag.get("href") or tag.get("src"))
            assert not re.match(r"^[a-z]+:", address), f"{path.name} links outside: {address}"
            name, anchor = urldefrag(address)
            name = name or path.name
            assert (book / name).exists(), f"{path.name}: {address}"
            if anchor:
                assert anchor in targets[name], f"{path.name}: {address}"
            checked += 1
    assert checked > 500


def test_rules_and_scenarios_link_both_ways(book: Path) -> None:
    features = read_features(ROOT / "features")
    levi = next(s for f in features for s in f.scenarios if s.name.startswith("Levi"))
    spec = soup(book / f"specificatie-{levi.feature}.html").find(id=levi.anchor)
    assert spec is not None
    rule_links = {str(a["href"]) for a in spec.select("a")}
    assert "regie.html#REGIE-ONDERWIJS-01" in rule_links
    back = soup(book / "regie.html").find(id="REGIE-ONDERWIJS-01").select("ul.scenarios a")  # type: ignore[union-attr]
    assert f"specificatie-{levi.feature}.html#{levi.anchor}" in {str(a["href"]) for a in back}


def test_the_index_lists_arrangements_partners_and_the_regie_diagram(book: Path) -> None:
    index = soup(book / "index.html")
    assert index.find("img", src="regie.svg") is not None
    register = index.find(id="arrangementen").find_next("dl").get_text(" ")  # type: ignore[union-attr]
    assert "Steun tijdens de wachttijd (overbrugging)" in register and "WACHTTIJD-01" in register
    assert "De leerplichtambtenaar" in index.find(id="partners").find_next("dl").get_text(" ")  # type: ignore[union-attr]
    svg = (book / "regie.svg").read_text(encoding="utf-8")
    ladder = [m for m in re.findall(r"(VEILIGHEID-01|THUISZITTER-01|REGIE-GEZIN-01|REGIE-ONDERWIJS-01)", svg)]
    assert ladder[:4] == ["VEILIGHEID-01", "THUISZITTER-01", "REGIE-GEZIN-01", "REGIE-ONDERWIJS-01"]


def test_the_diagram_is_drawn_from_the_rules(rules_copy: Path) -> None:
    replace_in(rules_copy / "veiligheid.yaml", "priority: 40", "priority: 12")
    changed = load_rules(rules_copy)
    svg = regie_svg(list(changed.rules), changed.catalog)
    assert svg.index("RMC-01:") < svg.index("VEILIGHEID-01:") < svg.index("REGIE-ONDERWIJS-01:")
    assert ">12<" in svg


def test_the_web_form_serves_the_same_rulebook(book: Path) -> None:
    client = create_app({"SECRET_KEY": "test"}).test_client()
    assert client.get("/regelboek").headers["Location"].endswith("/regelboek/index.html")
    for name in ("index.html", "regie.html", "bronnen.html", "regie.svg", "regelboek.css", "index.md"):
        response = client.get(f"/regelboek/{name}")
        assert response.status_code == 200, name
        assert response.data.decode() == (book / name).read_text(encoding="utf-8"), name
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert client.get("/regelboek/bestaat-niet.html").status_code == 404
    assert b'href="/regelboek"' in client.get("/").data


def test_a_missing_features_directory_is_a_dutch_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regelboek", "--out", str(tmp_path), "--features", str(tmp_path / "nergens")]) == 2
    assert "niet gevonden" in capsys.readouterr().err


def test_each_policy_text_has_a_source_matrix_page_with_statements_rules_scenarios_and_the_share(book: Path) -> None:
    index = soup(book / "index.html")
    table = index.find(id="bronteksten").find_next("table")  # type: ignore[union-attr]
    assert "bron-kadernotitie-drechtsteden.html" in str(table)
    page = soup(book / "bron-kadernotitie-drechtsteden.html")
    row = page.find(id="KN-3.2-07")
    assert row is not None
    text = row.get_text(" ")
    assert "§3.2 (CJG als voordeur)" in text and "REGIE-THUIS-01" in text
    assert "Speelt een vraag over opvoeding of het gezin alleen thuis" in text, "the scenarios of the rule are listed"
    not_per_case = page.find(id="KN-M-05").get_text(" ")  # type: ignore[union-attr]
    assert "Niet per kind" in not_per_case
    share = page.select_one(".aandeel").get_text(" ")  # type: ignore[union-attr]
    assert " van de " in share and "%" in share
    assert (book / "bron-kadernotitie-drechtsteden.md").read_text(encoding="utf-8").count("| §") >= 10
