"""The vocabulary as data: the contract's codes are declared (and nothing of them is lost), every field and every
code has every word a user reads, and a word that is missing stops the rules from loading, never an advice.

The codes the contract fixes are read from docs/contract.md, the contract as the repository holds it, so they are
written down once: there, not again here.
"""

import re
from pathlib import Path

import pytest
from conftest import ROOT, RULES, replace_in

from kinderogen_rules import CaseProfile, RuleLoadError, load_rules
from kinderogen_rules.core.vocabulary import ChoiceField, NumberField, SetField, YesNoField
from kinderogen_rules.proofs.whatif_words import if_clause
from kinderogen_rules.rulebook.outline import condition_outline
from webform.questions import Questions

CONTRACT = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
RULESET = load_rules(RULES)
VOCABULARY = RULESET.vocabulary
CATALOG = RULESET.catalog
CODE = re.compile(r"`([a-z][a-z0-9_-]*)`")


def _profile_row(field: str) -> str:
    row = next(line for line in CONTRACT.splitlines() if line.startswith(f"| `{field}` |"))
    return row.split("|", 2)[2]


def _advice_item(name: str) -> str:
    """The text of one item of the contract's list of advice fields, up to the next item."""
    found = re.search(rf"^- `{name}`:(.*?)(?=^- `|\Z)", CONTRACT, re.M | re.S)
    assert found is not None, name
    return found.group(1)


def _codes(text: str) -> set[str]:
    return set(CODE.findall(text)) - {"false", "true", "null"}


@pytest.mark.parametrize(
    "field",
    ["setting", "region", "concerns", "shows_at", "parents_consent", "care", "cognitive_level", "load_capacity"],
)
def test_every_code_the_contract_fixes_for_a_field_is_declared(field: str) -> None:
    contract = _codes(_profile_row(field)) - {field}
    assert contract, field
    assert contract <= set(VOCABULARY.values(field))


def test_every_field_of_the_contract_is_declared_with_its_type_and_default() -> None:
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \| ([^|]+) \|", CONTRACT, re.M)
    # A kind that is none of these lists its codes: a choice.
    kinds = {"heel getal": NumberField, "verzameling": SetField, "ja/nee": YesNoField}
    profile_rows = [(name, kind, default) for name, kind, default in rows if name in VOCABULARY.fields]
    assert {name for name, _, _ in profile_rows} == set(CaseProfile.model_fields) - _added_fields()
    for name, kind, default in profile_rows:
        field = VOCABULARY.fields[name]
        expected = next((model for words, model in kinds.items() if words in kind), ChoiceField)
        assert isinstance(field, expected), name
        assert field.required == (default.strip() == "verplicht"), name


def _added_fields() -> set[str]:
    """Fields a policy officer added after the contract (none yet): the contract's fields must all be there."""
    return set(CaseProfile.model_fields) - set(re.findall(r"^\| `(\w+)` \|", CONTRACT, re.M))


def test_the_ages_per_setting_are_the_contracts() -> None:
    dash = "\u2013"
    table = dict(re.findall(rf"^\| `(\w+)` \| (\d+{dash}\d+) \|", CONTRACT, re.M))
    declared = dict(VOCABULARY.age_limits)["setting"]
    assert {code: f"{low}{dash}{high}" for code, (low, high) in declared.items()} == table


@pytest.mark.parametrize(
    ("item", "declared"),
    [
        ("regie.holder", set(CATALOG.holders)),
        ("arrangements", set(CATALOG.arrangement_titles)),
        ("partners", set(CATALOG.partners)),
        ("signals", set(CATALOG.signals)),
    ],
)
def test_every_advice_code_the_contract_fixes_is_declared_in_the_catalogue(item: str, declared: set[str]) -> None:
    contract = _codes(_advice_item(item)) - {"lead"}
    assert contract, item
    assert contract <= declared


def test_every_field_and_every_code_has_every_word_a_user_reads() -> None:
    """Each table that words a field: the validation label, the form (question, short name, an option per code),
    the explanation of an advice, the rulebook's phrase of a test, the sentence after 'Als', the scenarios."""
    questions = Questions.of(VOCABULARY).by_name
    condition = type(RULESET.rules[0].rule.when)
    for name, field in VOCABULARY.fields.items():
        assert field.label and field.description, name
        question = questions[name]
        assert question.text and question.short, name
        if isinstance(field, ChoiceField | SetField):
            assert [code for code, words in question.options if words] == list(VOCABULARY.values(name)), name
        tests: list[object]
        if isinstance(field, NumberField):
            tests = [{"min": field.min + 1}, {"max": field.min}, {"min": field.min, "max": field.max}]
            news = [[field.min], [field.min + 1]]
            olds = [field.min + 1, field.min]
        elif isinstance(field, ChoiceField):
            tests = [[code] for code in VOCABULARY.values(name)]
            news = [[code] for code in VOCABULARY.values(name)]
            olds = [VOCABULARY.values(name)[0]] * len(news)
            for code in VOCABULARY.values(name):
                assert field.fact(VOCABULARY.value(name, code)), (name, code)
        elif isinstance(field, SetField):
            tests = [{"has_any": [code]} for code in VOCABULARY.values(name)] + [{"empty": True}]
            news = [[frozenset({code})] for code in VOCABULARY.values(name)]
            olds = [frozenset()] * len(news)
        else:
            tests, news, olds = [True, False], [[True], [False]], [False, True]
        for test in tests:
            outline = condition_outline(condition.model_validate({name: test}), VOCABULARY)
            assert outline.points and all(outline.points), (name, test)
        for old, new in zip(olds, news, strict=True):
            assert if_clause(VOCABULARY, name, old, new), (name, new)


def test_a_code_without_words_stops_the_rules_from_loading(rules_copy: Path) -> None:
    replace_in(rules_copy / "profiel.yaml", "        fact: het cognitieve niveau is nog niet bekend\n", "")
    profile_file = rules_copy / "profiel.yaml"
    # The field's own words for its values go; its other words stay.
    text, found = re.subn(
        r"(\n  cognitive_level:\n(?:    .*\n)*?)    words:\n      value: .*\n",
        r"\1    words: {}\n",
        profile_file.read_text(encoding="utf-8"),
    )
    assert found == 1
    profile_file.write_text(text, encoding="utf-8")
    with pytest.raises(RuleLoadError) as caught:
        load_rules(rules_copy)
    assert any(
        p.startswith("profiel.yaml: fields.cognitive_level.values.onbekend: geen woorden voor de uitleg")
        for p in caught.value.problems
    ), caught.value.problems


def test_a_region_named_in_a_rule_but_declared_nowhere_says_where_to_declare_it(rules_copy: Path) -> None:
    replace_in(rules_copy / "regio-drechtsteden.yaml", "region: drechtsteden\n", "region: hoeksche-waard\n")
    with pytest.raises(RuleLoadError) as caught:
        load_rules(rules_copy)
    assert any("regiobestand" in p and "hoeksche-waard" in p for p in caught.value.problems), caught.value.problems


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        (
            "    - {when: {age: {min: 12}, setting: [vo, vso, mbo, geen]}, text: de jongere}",
            "    - {when: {leeftijd: {min: 12}}, text: de jongere}",
            "fitting.kind.0.when",
        ),
        ("    - {text: het kind}\n", "    - {text: 'het {kind'}\n", "fitting.kind.1.text: een woord dat bij het kind"),
        ("    - {text: het kind}\n", "", "fitting.kind: het laatste woord heeft geen when"),
        ("  kind:\n", "  age: [{text: dertien}]\n  kind:\n", "fitting.age: heet net als een veld"),
        ("label: de veiligheid van {kind}", "label: 'de veiligheid van {kind'", "een accolade die niet klopt"),
        ("label: de veiligheid van {kind}", "label: 'de {age:>100000}x'", "geen opmaak"),
    ],
)
def test_a_word_the_advice_fills_is_checked_when_the_rules_load_not_when_a_child_meets_it(
    rules_copy: Path, old: str, new: str, says: str
) -> None:
    """Fitting words and the labels of the profile are filled into every advice: a slip in one used to pass
    check-rules and then crash the advice of the first child it fitted, or make a text of 100 kB."""
    replace_in(rules_copy / "profiel.yaml", old, new)
    with pytest.raises(RuleLoadError) as caught:
        load_rules(rules_copy)
    assert any(p.startswith("profiel.yaml: ") and says in p for p in caught.value.problems), caught.value.problems
