"""The sentences that join the words of an advice are data: a policy officer changes them in catalogus.yaml, and a
sentence that drops or invents a slot stops the rules from loading with a Dutch line naming it, never an advice."""

from pathlib import Path

import pytest
from conftest import replace_in

from kinderogen_rules import Advisor, RuleLoadError, load_rules
from kinderogen_rules.caseloads.synth import synthetic_profiles
from kinderogen_rules.core.sentences import SLOTS, Sentences

LEVI = {
    "age": 8,
    "setting": "po",
    "region": "drechtsteden",
    "concerns": ["gedrag"],
    "school_support_exhausted": False,
    "waiting_weeks": 0,
}


def test_every_sentence_the_code_fills_is_declared_with_its_slots() -> None:
    assert set(SLOTS) == set(Sentences.model_fields)


def test_a_changed_sentence_in_the_catalogue_changes_the_advice_without_python(rules_copy: Path) -> None:
    replace_in(
        rules_copy / "catalogus.yaml", 'regie: "{houder} heeft de regie."', 'regie: "{houder} coördineert de hulp."'
    )
    replace_in(
        rules_copy / "catalogus.yaml",
        'regie_omdat: "{houder} heeft de regie, {omdat}."',
        'regie_omdat: "{houder} coördineert de hulp, {omdat}."',
    )
    replace_in(rules_copy / "catalogus.yaml", 'geldt_want: "Dit geldt, want {feiten}."', 'geldt_want: "Want {feiten}."')
    advice = Advisor(load_rules(rules_copy)).advise(LEVI)
    assert advice.summary[0].startswith("De school coördineert de hulp"), advice.summary
    assert all(rule.because.startswith("Want ") for rule in advice.fired_rules), [r.because for r in advice.fired_rules]
    shipped = Advisor(load_rules()).advise(LEVI)
    assert shipped.summary[0].startswith("De school heeft de regie"), shipped.summary


def test_a_changed_what_if_sentence_changes_every_item(rules_copy: Path) -> None:
    replace_in(
        rules_copy / "catalogus.yaml",
        'als: "Als {antwoord}, {gevolgen}."',
        'als: "Stel dat {antwoord}: dan {gevolgen}."',
    )
    changes = Advisor(load_rules(rules_copy)).advise(LEVI, what_if=True).what_would_change or []
    assert changes
    assert all(change.sentence.startswith("Stel dat ") and ": dan " in change.sentence for change in changes)


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        (
            'eerst: "Regel eerst {stappen}."',
            'eerst: "Regel eerst iets."',
            "sentences.eerst: noem {stappen} (nu: niets)",
        ),
        (
            'eerst: "Regel eerst {stappen}."',
            'eerst: "Regel {stappen} voor {kind}."',
            "noem {stappen} (nu: {kind}, {stappen})",
        ),
        ('vastlopen: "Loopt', 'vastlopen: "{houder} Loopt', "sentences.vastlopen: noem niets tussen accolades"),
        ('eerst: "Regel eerst {stappen}."', "eerst: 'Regel eerst {stappen'", "de accolades kloppen niet"),
        ('eerst: "Regel eerst {stappen}."', 'eerst: "Regel eerst {stappen:>9999}."', "mag geen opmaak staan"),
        (
            'eerst: "Regel eerst {stappen}."',
            'eerst: "Regel eerst {stappen.x}."',
            "{stappen.x} is geen naam tussen accolades",
        ),
        ('eerst: "Regel eerst {stappen}."', 'eerst: " "', "sentences.eerst: de zin is leeg"),
        ("  nog_meer: verandert er nog meer\n", "", "sentences.nog_meer"),
        ('eerst: "Regel eerst {stappen}."', 'eerst: "Regel eerst {stappen!r}."', "bij {stappen} mag geen opmaak staan"),
        (
            'regie_omdat: "{houder} heeft de regie, {omdat}."',
            'regie_omdat: "{houder} heeft de regie, {omdat}. Echt: {houder}."',
            "sentences.regie_omdat: noem {houder} één keer",
        ),
    ],
)
def test_a_sentence_with_the_wrong_slots_stops_the_rules_from_loading(
    rules_copy: Path, old: str, new: str, says: str
) -> None:
    replace_in(rules_copy / "catalogus.yaml", old, new)
    with pytest.raises(RuleLoadError) as caught:
        load_rules(rules_copy)
    assert any(p.startswith("catalogus.yaml") and says in p for p in caught.value.problems), caught.value.problems


def test_a_brace_that_is_filled_in_is_not_read_again(rules_copy: Path) -> None:
    """What fills a slot is the advice's own text: braces in it stay as they are."""
    sentences = load_rules(rules_copy).catalog.sentences
    assert sentences.say("eerst", stappen="{kind} {{") == "Regel eerst {kind} {{."
    assert sentences.say("aan_tafel_nog_meer", namen="a, b", aantal=3) == "Vraag aan tafel: a, b en nog 3 partners."


def test_who_in_short_names_first_is_data(rules_copy: Path) -> None:
    """The parents are named first because the catalogue says so (named_first), not because the code knows them."""
    shipped = Advisor(load_rules()).advise(LEVI)
    invited = next(line for line in shipped.summary if line.startswith("Vraag aan tafel"))
    assert invited.startswith("Vraag aan tafel: de ouders"), invited
    replace_in(rules_copy / "catalogus.yaml", ', role: "{ouderrol}", named_first: true}', ', role: "{ouderrol}"}')
    replace_in(
        rules_copy / "catalogus.yaml",
        '  school: {name: "{school}", short: "{school}",',
        '  school: {named_first: true, name: "{school}", short: "{school}",',
    )
    advice = Advisor(load_rules(rules_copy)).advise(LEVI)
    invited = next(line for line in advice.summary if line.startswith("Vraag aan tafel"))
    assert invited.startswith("Vraag aan tafel: de school"), invited
    assert "de ouders" in invited


def test_braces_written_double_in_a_what_if_sentence_stay_braces(rules_copy: Path) -> None:
    """A what-if sentence is filled once: '{{kind}}' prints as '{kind}', it does not fill in a word or crash."""
    replace_in(
        rules_copy / "catalogus.yaml", 'erbij_een: "komt {naam} erbij"', 'erbij_een: "komt {naam} erbij {{kind}}"'
    )
    replace_in(
        rules_copy / "catalogus.yaml", "nog_meer: verandert er nog meer", 'nog_meer: "verandert er {{nog}} meer"'
    )
    advisor = Advisor(load_rules(rules_copy))
    sentences = [
        change.sentence
        for profile in synthetic_profiles(150, seed=3)
        for change in advisor.advise(profile, what_if=True).what_would_change or []
    ]
    assert any("erbij {kind}" in sentence for sentence in sentences)
    assert all("{{" not in sentence and "het kind erbij" not in sentence for sentence in sentences)


def test_a_signal_label_is_checked_like_every_text_the_advice_fills(rules_copy: Path) -> None:
    """What-if names a signal by its label, filled with the words that fit the child: a slip in it stops the rules."""
    replace_in(rules_copy / "catalogus.yaml", "    label: ouders betrekken\n", "    label: ouders {betrekken}\n")
    with pytest.raises(RuleLoadError) as caught:
        load_rules(rules_copy)
    assert any("signals.ouders_betrekken.label" in p for p in caught.value.problems), caught.value.problems


def test_a_block_that_is_not_names_with_values_says_so_for_a_rule_file(rules_copy: Path) -> None:
    """The message for a list where names with values belong speaks of the rule file, not of a case profile."""
    catalog = rules_copy / "catalogus.yaml"
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text[: text.index("\nsentences:\n")] + "\nsentences: [a, b]\n", encoding="utf-8")
    with pytest.raises(RuleLoadError) as caught:
        load_rules(rules_copy)
    assert caught.value.problems == [
        'catalogus.yaml: sentences: geef hier namen met hun waarden, zoals naam: waarde (niet ["a", "b"]).'
    ]
