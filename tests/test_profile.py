"""Bad input is a ValidationError with a Dutch message that names the field; good input is accepted as given."""

import json

import pytest
from pydantic import ValidationError

from kinderogen_rules import CaseProfile, advise
from kinderogen_rules.core.validation import MAX_ERRORS, error_list, more_errors


def messages(data: dict[str, object]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        CaseProfile.model_validate(data)
    return [(str(e["loc"][0]) if e["loc"] else "", e["msg"]) for e in caught.value.errors()]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"age": 24, "setting": "mbo"}, "age", "niet hoger zijn dan 23"),
        ({"age": -1, "setting": "geen"}, "age", "0 of hoger"),
        ({"age": "acht", "setting": "po"}, "age", "heel getal"),
        ({"age": 8.5, "setting": "po"}, "age", "heel getal"),
        ({"age": True, "setting": "po"}, "age", "heel getal"),
        ({"age": 8, "setting": "basisschool"}, "setting", "Kies uit"),
        ({"age": 8, "setting": "po", "concerns": ["gedrg"]}, "concerns", 'onbekende waarde "gedrg"'),
        ({"age": 8, "setting": "po", "waiting_weeks": -3}, "waiting_weeks", "0 of hoger"),
        ({"age": 8, "setting": "po", "stuck": "ja"}, "stuck", "true of false"),
        ({"age": 8, "setting": "po", "naam": "Levi"}, "naam", "bestaat niet"),
        ({"setting": "po"}, "age", "verplicht"),
        ({"age": 2, "setting": "po"}, "setting", "2 jaar"),
        ({"age": 16, "setting": "kinderopvang"}, "setting", "0 tot en met 4 jaar"),
        ({"age": 22, "setting": "vo"}, "setting", "11 tot en met 20 jaar"),
    ],
)
def test_invalid_profile_names_the_field_in_dutch(data: dict[str, object], field: str, words: str) -> None:
    found = messages(data)
    assert any(loc == field and words in msg for loc, msg in found), found


def test_constructor_and_advise_raise_the_same_dutch_errors() -> None:
    with pytest.raises(ValidationError, match="Leeftijd"):
        CaseProfile(age=30, setting="geen")
    with pytest.raises(ValidationError, match="bestaat niet"):
        advise({"age": 8, "setting": "po", "bsn": "123"})


@pytest.mark.parametrize(
    ("setting", "low", "high"), [("kinderopvang", 0, 4), ("po", 4, 13), ("so", 3, 14), ("mbo", 15, 23)]
)
def test_the_age_limits_per_setting_are_inclusive(setting: str, low: int, high: int) -> None:
    CaseProfile(age=low, setting=setting)
    CaseProfile(age=high, setting=setting)
    for age in (low - 1, high + 1):
        if 0 <= age <= 23:
            with pytest.raises(ValidationError):
                CaseProfile(age=age, setting=setting)


def test_the_order_of_set_fields_does_not_change_the_advice() -> None:
    one = advise({"age": 8, "setting": "po", "concerns": ["gedrag", "leren", "gezin"], "shows_at": ["thuis", "school"]})
    two = advise({"age": 8, "setting": "po", "concerns": ["gezin", "gedrag", "leren"], "shows_at": ["school", "thuis"]})
    assert one == two


def test_a_code_named_twice_is_pointed_out_and_a_whole_float_is_a_whole_number() -> None:
    with pytest.raises(ValidationError) as caught:
        CaseProfile.model_validate({"age": 8, "setting": "po", "concerns": ["leren", "gedrag", "leren"]})
    assert caught.value.errors()[0]["msg"] == "Zorgen (concerns): noem elke waarde één keer; dubbel: leren."
    with pytest.raises(ValidationError) as caught:
        CaseProfile.model_validate({"age": 8, "setting": "po", "care": ["wlz", {"wlz": 1}, ["wlz"], "wlz"]})
    assert caught.value.errors()[0]["msg"].endswith("(care): noem elke waarde één keer; dubbel: wlz.")
    assert CaseProfile.model_validate({"age": 8.0, "setting": "po", "waiting_weeks": 3.0}).age == 8


def test_defaults_follow_the_contract() -> None:
    profile = CaseProfile(age=8, setting="po")
    assert profile.region == "algemeen"
    assert profile.shows_at == {"school"}
    assert profile.parents_consent == "onbekend"
    assert profile.load_capacity == "volledig"
    assert profile.model_dump(mode="json")["concerns"] == []


# Every kind of JSON value, and some Python ones a caller of the library could pass.
JSON_VALUES: list[object] = [
    None,
    True,
    False,
    0,
    -1,
    8,
    8.0,
    8.5,
    1e308,
    10**30,
    "",
    "x",
    "8",
    "{po}",
    "{{po}}",
    "{0}",
    [],
    [1],
    ["x"],
    [None],
    [[]],
    [{}],
    ["{x}"],
    {},
    {"a": 1},
    {"{a}": "{b}"},
]
ENGLISH = ("Input should", "should be", "valid", "Field required", "Extra inputs", "Value error", "must be")


def _all_errors(data: object) -> list[dict[str, object]]:
    found = []
    for validate in (CaseProfile.model_validate, lambda d: CaseProfile.model_validate_json(json.dumps(d))):
        with pytest.raises(ValidationError) as caught:
            validate(data)
        found.extend(caught.value.errors())
    return found


@pytest.mark.parametrize("field", [*CaseProfile.model_fields, "naam", "{veld}"])
def test_every_json_type_in_every_field_gets_a_dutch_message_showing_the_value_as_sent(field: str) -> None:
    for value in JSON_VALUES:
        data = {"age": 8, "setting": "po", field: value}
        try:
            CaseProfile.model_validate(data)
            continue  # a value this field takes
        except ValidationError:
            pass
        for error in _all_errors(data):
            message = str(error["msg"])
            assert str(error["type"]).startswith("kinderogen_"), error
            assert not any(word in message for word in ENGLISH), message
            assert "niet geldig" not in message, message  # the catch-all: every type here has its own words
            if isinstance(value, str) and field in CaseProfile.model_fields and error["loc"] == (field,):
                assert json.dumps(value, ensure_ascii=False) in message, message
            if field.startswith("{"):
                assert "{veld}" in message and "{{" not in message, message


@pytest.mark.parametrize("top", [None, 1, "x", [], [1], True, 8.0])
def test_a_profile_that_is_not_an_object_gets_one_dutch_message(top: object) -> None:
    for error in _all_errors(top):
        assert str(error["msg"]).startswith('Geef een profiel als object met velden, bijvoorbeeld {"age": 8'), error
        assert "{{" not in str(error["msg"])


def test_a_field_name_that_is_not_text_is_an_error_not_a_crash() -> None:
    with pytest.raises(ValidationError) as caught:
        CaseProfile.model_validate({"age": 8, "setting": "po", 1: 2})
    assert caught.value.errors()[0]["msg"] == 'Veld "1": een veldnaam moet tekst zijn.'


def test_thousands_of_errors_are_reported_as_twenty_and_a_count() -> None:
    data = {"age": 8, "setting": "po", **{f"x{n}": 1 for n in range(3000)}}
    with pytest.raises(ValidationError) as caught:
        CaseProfile.model_validate(data)
    listed = error_list(caught.value)
    assert len(listed) == MAX_ERRORS + 1
    assert listed[-1] == {"field": "", "message": more_errors(3000 - MAX_ERRORS)}
    assert listed[-1]["message"].startswith("… en nog 2980 fouten.")


def test_a_long_list_is_checked_for_doubles_in_one_pass() -> None:
    """A 64 kB list of codes once took seconds (every item counted against every other); now it is one pass."""
    calls = 0
    original = list.count

    class Counting(list[str]):
        def count(self, value: object) -> int:
            nonlocal calls
            calls += 1
            return original(self, value)

    with pytest.raises(ValidationError):
        CaseProfile.model_validate({"age": 8, "setting": "po", "concerns": Counting(str(n) for n in range(5000))})
    assert calls == 0
