"""Rule files are input too: a broken or hostile rule file stops loading with file, rule id and a Dutch reason.

Loading is what the web app, the CLI and a batch do first, so a file that passed here can no longer crash an
advice; these tests use `load_rules`, which `check-rules` and every advisor call.
"""

import json
import os
import tempfile
from pathlib import Path

import pytest
import yaml
from conftest import RULES, TOO_MANY_COMBINATIONS, examples, replace_in
from hypothesis import given, settings
from hypothesis import strategies as st

from kinderogen_rules import Advisor, RuleLoadError, load_rules

THUISZITTER_TEXT = "zit al {weeks_absent}"


def problems(folder: Path) -> list[str]:
    with pytest.raises(RuleLoadError) as caught:
        load_rules(folder)
    return caught.value.problems


@pytest.mark.parametrize(
    ("template", "reason"),
    [
        ("{naam}", "kan niet"),
        ("{0}", "kan niet"),
        ("{}", "kan niet"),
        ("{weeks_absent.__class__.__mro__}", "kan niet"),
        ("{weeks_absent[0]}", "kan niet"),
        ("{weeks_absent:>200000000}", "geen opmaak"),
        ("{weeks_absent!r}", "geen opmaak"),
        ("{concerns}", "kan niet"),
        ("grens {", "accolade"),
        ("grens }", "accolade"),
    ],
)
def test_a_text_naming_anything_but_a_plain_profile_value_is_refused_with_file_and_rule(
    rules_copy: Path, template: str, reason: str
) -> None:
    replace_in(rules_copy / "thuiszitters.yaml", THUISZITTER_TEXT, f"zit al {template}")
    found = problems(rules_copy)
    assert any(p.startswith("thuiszitters.yaml: THUISZITTER-02:") and reason in p for p in found), found


def test_a_signal_text_in_the_catalogue_is_checked_the_same_way(rules_copy: Path) -> None:
    replace_in(rules_copy / "catalogus.yaml", "wacht al {waiting_weeks}", "wacht al {naam}")
    found = problems(rules_copy)
    assert any(p.startswith("catalogus.yaml: signals.wachtlijst.message:") and "{naam}" in p for p in found), found


def test_the_allowed_values_still_fill_the_text(rules_copy: Path) -> None:
    replace_in(
        rules_copy / "thuiszitters.yaml",
        THUISZITTER_TEXT,
        "({setting}, {age}) zit al {weeks_absent} {{!}}",
    )
    advice = Advisor(load_rules(rules_copy)).advise({"age": 14, "setting": "vo", "weeks_absent": 13})
    assert advice.escalation is not None
    assert "(het voortgezet onderwijs, 14 jaar) zit al 13 weken {!}" in advice.escalation.explanation


BILLION_LAUGHS = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x]"]
    + [
        f"{chr(98 + n)}: &{chr(98 + n)} [*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}]"
        for n in range(9)
    ]
)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"topic: x\ntitle: caf\xe9\n", "geen UTF-8-tekst (byte 20)"),
        (BILLION_LAUGHS.encode(), "verwijzingen (*naam) zijn in regelbestanden niet toegestaan"),
        (b"a: " + b"[" * 50_000, "geen geldige YAML"),
        (b"", "het bestand is leeg"),
        (b"- een\n- lijst\n", "sleutels met waarden"),
        (b"topic: x\ntopic: y\n", 'de sleutel "topic" staat er twee keer'),
        (b"topic: x\n? [a, b]\n: 1\n", "regel 2, kolom 3: een sleutel moet een woord zijn, geen lijst of object"),
        (b"topic: x\nn: " + b"9" * 5000 + b"\n", "regel 2, kolom 4: dit getal heeft te veel cijfers"),
        (b"topic: x\n  title: y: z\n", "geen geldige YAML op regel 2"),
        (b"x" * (1024 * 1024 + 1), "groter dan 1024 kB"),
    ],
)
def test_a_broken_rule_file_stops_loading_with_its_name_and_a_dutch_reason(
    rules_copy: Path, content: bytes, reason: str
) -> None:
    (rules_copy / "kapot.yaml").write_bytes(content)
    found = problems(rules_copy)
    assert any(p.startswith("kapot.yaml:") and reason in p for p in found), found
    assert not any("Traceback" in p or "Error" in p for p in found), found


def test_an_impossible_date_names_the_file_and_the_line(rules_copy: Path) -> None:
    replace_in(
        rules_copy / "regio-drechtsteden.yaml",
        "\n    rationale: ",
        "\n    valid_from: 2024-13-45\n    rationale: ",
    )
    found = problems(rules_copy)
    assert any(p.startswith("regio-drechtsteden.yaml:") and "2024-13-45 is geen bestaande datum" in p for p in found)


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        (
            "      concerns: {has_any: [dyslexie]}\n      setting",
            "      concerns: {has_any: [dyslexie]}\n      age: 5\n      setting",
            "DYSLEXIE-01: when.age: een toets op leeftijd is een bereik met min, max of allebei, zoals {min: 0, "
            "max: 23} (niet 5).",
        ),
        (
            "      setting: [po, sbo, so, vo, vso]\n      school_support_exhausted: false\n",
            "      setting: {has_any: [po]}\n      school_support_exhausted: false\n",
            "DYSLEXIE-01: when.setting: een toets op onderwijs of opvang is een lijst van antwoorden, "
            "zoals [kinderopvang, po]",
        ),
        (
            "      concerns: {has_any: [dyslexie]}\n      setting",
            "      concerns: [dyslexie]\n      setting",
            "DYSLEXIE-01: when.concerns: een toets op zorgen is has_any, has_all, has_none of empty met een lijst",
        ),
        (
            "    sources:\n"
            '      - {document: kadernotitie-drechtsteden, section: "§2.2 (ondersteuning op de eigen school)"}\n'
            '      - {document: kadernotitie-drechtsteden, section: "§3.4 onder a"}\n',
            "    sources: kadernotitie\n",
            "DYSLEXIE-01: sources: geef een lijst van bronnen, elk met document en section, zoals - {document: "
            'kadernotitie-drechtsteden, section: "§3.2"} (niet "kadernotitie").',
        ),
        (
            "  - id: DYSLEXIE-01\n",
            "  - id: dyslexie 01!\n",
            "dyslexie 01!: id: een regel-id is hoofdletters en cijfers met streepjes, en eindigt op twee cijfers, "
            'zoals DYSLEXIE-01 (niet "dyslexie 01!").',
        ),
        (
            "topic: dyslexie",
            'topic: "dys\\0lexie"',
            'onderwerp (topic): "dys\\u0000lexie" wordt de naam van een pagina',
        ),
    ],
)
def test_a_rule_written_in_the_wrong_form_gets_an_example_of_the_right_one(
    rules_copy: Path, old: str, new: str, says: str
) -> None:
    """A scalar where a test or a list of sources belongs got an example of a case profile; a rule id got the
    raw regular expression; a NUL in a topic passed until the rulebook wrote its pages."""
    replace_in(rules_copy / "dyslexie.yaml", old, new)
    found = problems(rules_copy)
    assert any(p.startswith("dyslexie.yaml: ") and says in p for p in found), found
    assert not any("^[" in p or '"age": 8' in p for p in found), found


def test_a_second_id_in_one_rule_is_refused_not_silently_taken(rules_copy: Path) -> None:
    replace_in(rules_copy / "dyslexie.yaml", "  - id: DYSLEXIE-01\n", "  - id: DYSLEXIE-01\n    id: DYSLEXIE-09\n")
    found = problems(rules_copy)
    assert any(p.startswith("dyslexie.yaml:") and '"id" staat er twee keer' in p for p in found), found


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="geen /dev/zero op dit systeem")
def test_a_link_to_an_endless_device_is_refused_without_reading_it(rules_copy: Path) -> None:
    (rules_copy / "eindeloos.yaml").symlink_to("/dev/zero")
    found = problems(rules_copy)
    assert any(p.startswith("eindeloos.yaml:") and "geen gewoon bestand" in p for p in found), found


# Fuzzing: whatever a rule file holds, loading ends in a RuleSet or a RuleLoadError, and a text that loads fills
# safely. A minimal rules directory (catalogue, sources, one rule file) keeps each example fast.
RULE_FILE = """topic: fuzz
title: Fuzz
rules:
  - id: FUZZ-01
    title: Een regel om te proberen
    when:
      stuck: true
    then:
      regie: {{holder: school, priority: 10, lead: de school}}
      escalation:
        to: [samenwerkingsverband]
        explanation: {explanation}
    sources:
      - {{document: kadernotitie-drechtsteden, section: "§3.2"}}
    rationale: Om te proberen.
"""

yaml_data = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=16,
)
template_parts = st.sampled_from(["{", "}", "{{", "}}", "!r", ":", ">9", ".", "[0]", "0", " ", "weken "])
template_names = st.sampled_from(["weeks_absent", "age", "setting", "naam", "concerns", "__class__"])
templates = st.lists(template_parts | template_names, max_size=8).map("".join)


def _minimal_rules(folder: Path, rule_file: bytes) -> None:
    for name in ("profiel.yaml", "catalogus.yaml", "bronnen.yaml"):
        (folder / name).write_bytes((RULES / name).read_bytes())
    (folder / "fuzz.yaml").write_bytes(rule_file)


@settings(max_examples=examples(1000))
@given(st.one_of(st.binary(max_size=200), yaml_data.map(lambda value: yaml.safe_dump(value).encode())))
def test_any_rule_file_loads_or_is_refused_with_a_dutch_reason(rule_file: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _minimal_rules(Path(folder), rule_file)
        try:
            load_rules(folder)
        except RuleLoadError as exc:
            assert all(p.startswith(("fuzz.yaml:", "catalogus.yaml", "bronnen.yaml", "/")) for p in exc.problems)


@settings(max_examples=examples(1000))
@given(templates)
def test_any_text_is_refused_at_load_or_fills_into_a_short_advice(template: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _minimal_rules(Path(folder), RULE_FILE.format(explanation=json.dumps(template)).encode())
        try:
            ruleset = load_rules(folder)
        except RuleLoadError as exc:
            assert any(p.startswith("fuzz.yaml: FUZZ-01: then.escalation.explanation") for p in exc.problems)
            return
        advisor = Advisor(ruleset)
        try:
            advice = advisor.advise({"age": 9, "setting": "po", "stuck": True})
        finally:
            advisor.close()
        assert advice.escalation is not None and len(advice.escalation.explanation) < 1000


@pytest.mark.slow
def test_a_rule_too_complex_for_the_engine_is_named_by_advise_and_by_check_rules(rules_copy: Path) -> None:
    """durable_rules refuses a condition with too many combinations (its error 113); the author reads which rule
    to split, from the advisor and from check-rules, instead of a C error."""
    from kinderogen_rules.proofs.check import check_rules

    replace_in(
        rules_copy / "dyslexie.yaml",
        "      concerns: {has_any: [dyslexie]}\n      setting: [po, sbo, so, vo, vso]\n",
        "      setting: [po, sbo, so, vo, vso]\n" + TOO_MANY_COMBINATIONS,
    )
    with pytest.raises(RuleLoadError) as caught:
        Advisor(load_rules(rules_copy))
    assert caught.value.problems == [
        "dyslexie.yaml: DYSLEXIE-01: de voorwaarden hebben te veel combinaties van keuzes (lijsten, has_any en any) "
        "voor de rules-engine; splits de regel in eenvoudigere regels"
    ]
    report = check_rules(str(rules_copy))
    assert any(f.startswith("rules-engine: dyslexie.yaml: DYSLEXIE-01:") for f in report.findings), report.findings


def test_a_profile_that_no_rule_matches_gets_a_gap_error_not_a_crash(rules_copy: Path) -> None:
    """durable_rules crashed the process when it deleted the session of a fact no rule matched; now every fact
    matches the engine's own catch-all rule, and the gap is reported in Dutch."""
    from kinderogen_rules import RuleGapError

    for path in rules_copy.glob("*.yaml"):
        if path.name not in ("profiel.yaml", "catalogus.yaml", "bronnen.yaml", "uitspraken.yaml", "dyslexie.yaml"):
            path.unlink()
    advisor = Advisor(load_rules(rules_copy))
    for _ in range(2000):  # more than the engine's 1,024 sessions: each unmatched one must be freed too
        with pytest.raises(RuleGapError, match="Geen enkele regieregel past"):
            advisor.advise({"age": 8, "setting": "po"})


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("        because: omdat de vraag over leren en ontwikkelen op school gaat", '        because: "  ."'),
        ("    title: Een vraag over leren en ontwikkelen op school ligt eerst bij de school", '    title: "..."'),
    ],
)
def test_a_text_without_words_is_refused_where_a_user_would_read_an_empty_sentence(
    rules_copy: Path, old: str, new: str
) -> None:
    replace_in(rules_copy / "regie.yaml", old, new)
    found = problems(rules_copy)
    assert any(p.startswith("regie.yaml: REGIE-ONDERWIJS-01:") and "een tekst heeft woorden" in p for p in found), found
