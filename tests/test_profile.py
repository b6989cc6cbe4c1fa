"""Bad input is a ValidationError with a Dutch message that names the field; good input is accepted as given."""

import pytest
from pydantic import ValidationError

from kinderogen_rules import CaseProfile, advise


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
    assert CaseProfile.model_validate({"age": 8.0, "setting": "po", "waiting_weeks": 3.0}).age == 8


def test_defaults_follow_the_contract() -> None:
    profile = CaseProfile(age=8, setting="po")
    assert profile.region == "algemeen"
    assert profile.shows_at == {"school"}
    assert profile.parents_consent == "onbekend"
    assert profile.load_capacity == "volledig"
    assert profile.model_dump(mode="json")["concerns"] == []
