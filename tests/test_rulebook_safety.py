"""Rule and feature files are input too: no name in them writes outside the rulebook's folder, takes another page's
name or runs script in a reader's browser, and no feature file can make the rulebook read without end."""

import os
import re
from pathlib import Path

import pytest
from conftest import ROOT, replace_in

from kinderogen_rules.cli import main
from kinderogen_rules.core.names import document_page, document_problem, topic_problem

FEATURES = ROOT / "features"


def rulebook(rules: Path, out: Path, features: Path = FEATURES) -> list[str]:
    return ["regelboek", "--rules", str(rules), "--features", str(features), "--out", str(out)]


@pytest.mark.parametrize(
    ("topic", "words"),
    [
        ('"../../buiten"', 'dyslexie.yaml: onderwerp (topic): "../../buiten" wordt de naam van een pagina'),
        ('"/tmp/kinderogen-buiten"', 'dyslexie.yaml: onderwerp (topic): "/tmp/kinderogen-buiten" wordt de naam'),
        ("index", "dyslexie.yaml: onderwerp (topic): index is al de naam van een pagina van het regelboek zelf"),
        ("bron-pact-kinderogen", "dyslexie.yaml: onderwerp (topic): bron-pact-kinderogen begint zoals andere pagina's"),
        ("regie", "regie.yaml: onderwerp (topic): regie is ook het onderwerp van dyslexie.yaml"),
        ('"a\\0b"', 'dyslexie.yaml: onderwerp (topic): "a\\u0000b" wordt de naam van een pagina'),
        ("\"javascript:alert(document.cookie)+''\"", 'dyslexie.yaml: onderwerp (topic): "javascript:alert(document'),
    ],
)
def test_a_topic_that_cannot_be_a_page_name_is_refused_and_nothing_is_written(
    rules_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], topic: str, words: str
) -> None:
    """`topic: ../../../../tmp/x` wrote x.html outside --out with exit 0; `topic: index` replaced the overview page;
    a NUL gave an internal error and left 16 files; a `javascript:` topic became a link that ran script."""
    replace_in(rules_copy / "dyslexie.yaml", "topic: dyslexie", f"topic: {topic}")
    out = tmp_path / "deep" / "er" / "boek"
    assert main(rulebook(rules_copy, out)) == 1
    err = capsys.readouterr().err
    assert words in err, err
    assert not out.exists() or not any(out.iterdir())
    assert not list(tmp_path.rglob("*.html")) and not Path("/tmp/kinderogen-buiten.html").exists()


def test_a_page_name_is_plain_and_a_document_gets_its_own_page() -> None:
    assert topic_problem("regio-drechtsteden") is None and topic_problem("Regie") is not None
    assert topic_problem("a" * 61) is not None and topic_problem("a--b") is not None
    assert (
        document_problem("wet:leerplichtwet") is None and document_page("wet:leerplichtwet") == "bron-wet-leerplichtwet"
    )
    for doc_id in ("../x", "wet:../x", "wet:", "gedrag:x", "x y", "javascript:alert(1)"):
        assert document_problem(doc_id) is not None, doc_id


def test_the_markdown_pages_carry_titles_and_texts_as_text_never_as_html_or_links(
    rules_copy: Path, tmp_path: Path
) -> None:
    """The Markdown pages carried rule titles as raw HTML (`<script>`)."""
    rule_file = rules_copy / "dyslexie.yaml"
    hostile = "'Lezen <script>alert(1)</script> [klik](javascript:alert(2)) | cel'"
    text, found = re.subn(
        r"(  - id: DYSLEXIE-01\n    title: ).*\n", rf"\g<1>{hostile}\n", rule_file.read_text(), count=1
    )
    assert found == 1
    rule_file.write_text(text, encoding="utf-8")
    replace_in(rules_copy / "dyslexie.yaml", "description: >-\n", "description: >-\n  <img src=x onerror=alert(3)>\n")
    out = tmp_path / "boek"
    assert main(rulebook(rules_copy, out)) == 0
    markdown = (out / "dyslexie.md").read_text(encoding="utf-8")
    assert "<script>" not in markdown and "<img" not in markdown and "[klik](javascript:" not in markdown
    assert "Lezen &lt;script&gt;alert(1)&lt;/script&gt; \\[klik\\](javascript:alert(2)) \\| cel" in markdown
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(3)&gt;" in index  # in a table cell of the index
    html = (out / "dyslexie.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # What the template writes as Markdown itself (the links, the condition's points) stays Markdown.
    assert "[Overzicht](index.md)" in markdown and "- het kind" in markdown


def test_feature_files_have_the_limits_of_rule_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A .feature link to /dev/zero was read until memory ran out."""
    features = tmp_path / "features"
    features.mkdir()
    for path in FEATURES.glob("*.feature"):
        (features / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "boek"
    rules = ROOT / "rules"
    (features / "oneindig.feature").symlink_to("/dev/zero")
    assert main(rulebook(rules, out, features)) == 2
    assert "Scenario's: oneindig.feature is geen gewoon bestand" in capsys.readouterr().err
    (features / "oneindig.feature").unlink()
    (features / "geheim.feature").symlink_to(
        "/etc/hostname" if os.path.exists("/etc/hostname") else rules / "regie.yaml"
    )
    assert main(rulebook(rules, out, features)) == 2
    assert "Scenario's: geheim.feature is geen gewoon bestand" in capsys.readouterr().err
    (features / "geheim.feature").unlink()
    with (features / "groot.feature").open("wb") as big:
        big.truncate(2 * 1024 * 1024)
    assert main(rulebook(rules, out, features)) == 2
    assert "Scenario's: groot.feature is groter dan 1024 kB." in capsys.readouterr().err
    (features / "groot.feature").unlink()
    (features / "latin1.feature").write_bytes("Functionaliteit: caf\xe9\n".encode("latin-1"))
    assert main(rulebook(rules, out, features)) == 2
    assert "Scenario's: latin1.feature is geen UTF-8-tekst; sla het op als UTF-8." in capsys.readouterr().err
    (features / "latin1.feature").unlink()
    os.mkfifo(features / "pijp.feature")  # would wait for a writer for ever
    assert main(rulebook(rules, out, features)) == 2
    assert "Scenario's: pijp.feature is geen gewoon bestand" in capsys.readouterr().err
    (features / "pijp.feature").unlink()
    (features / "Mijn <scenario>.feature").write_text("Functionaliteit: x\n", encoding="utf-8")
    assert main(rulebook(rules, out, features)) == 2
    assert 'Scenario\'s: de naam van Mijn <scenario>.feature: "Mijn <scenario>" wordt de naam van een pagina' in (
        capsys.readouterr().err
    )
    assert not out.exists()


def test_a_line_break_or_a_fence_in_a_rule_text_cannot_make_a_heading_or_swallow_the_page(
    rules_copy: Path, tmp_path: Path
) -> None:
    """A title with line breaks made a real heading and rule in the Markdown page; a fence hid the rest of it."""
    rule_file = rules_copy / "dyslexie.yaml"
    hostile = '"Bij leesproblemen\\n\\n# Kop in titel\\n\\n---\\n```\\u202e"'
    title = re.compile(r"(  - id: DYSLEXIE-01\n    title: ).*\n")
    text, found = title.subn(lambda m: f"{m[1]}{hostile}\n", rule_file.read_text(), count=1)
    assert found == 1
    rule_file.write_text(text, encoding="utf-8")
    out = tmp_path / "boek"
    assert main(rulebook(rules_copy, out)) == 0
    markdown = (out / "dyslexie.md").read_text(encoding="utf-8")
    assert "\n# Kop" not in markdown and "\n---\n" not in markdown and "```" not in markdown
    assert "\u202e" not in markdown
    assert "Bij leesproblemen \\# Kop in titel ---" in markdown
