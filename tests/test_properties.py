"""Properties over the whole CaseProfile space (hypothesis).

Every valid profile gets one sound advice; every invalid one is refused with a Dutch message.
"""

import json
from typing import Any

import profile_strategies
from conftest import RULES, VOCABULARY, examples
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from kinderogen_rules import Advice, CaseProfile, advise, load_rules

BOUNDED = settings(max_examples=examples(300))
RULESET = load_rules(RULES)
DOCUMENTS = set(RULESET.sources.documents)
CATALOG = RULESET.catalog
SETTING_AGES = dict(VOCABULARY.age_limits)["setting"]
WEEKS_MAX = VOCABULARY.number_bounds["weeks_absent"][1]


def valid_profiles() -> st.SearchStrategy[dict[str, Any]]:
    """Any valid profile as contract JSON; set fields as lists in any order."""
    return profile_strategies.answers(VOCABULARY)


@BOUNDED
@given(valid_profiles())
def test_every_valid_profile_gets_one_holder_contract_codes_and_sourced_rules(profile: dict[str, Any]) -> None:
    advice = advise(profile)
    assert advice.regie.holder in CATALOG.holders
    assert advice.regie.lead and advice.regie.explanation
    assert {a.code for a in advice.arrangements} <= set(CATALOG.arrangement_titles)
    assert set(advice.partners) <= set(CATALOG.partners) and advice.partners == sorted(set(advice.partners))
    assert {s.code for s in advice.signals} <= set(CATALOG.signals)
    if advice.escalation is not None:
        assert advice.escalation.kind == "doorzettingsmacht" and set(advice.escalation.to) <= set(CATALOG.partners)
    assert advice.fired_rules
    for rule in advice.fired_rules:
        assert rule.sources and all(source.document in DOCUMENTS and source.section for source in rule.sources)
    assert Advice.model_validate_json(advice.model_dump_json()) == advice  # the JSON round-trips


@BOUNDED
@given(valid_profiles(), st.randoms(use_true_random=False))
def test_the_same_advice_every_time_whatever_the_order_of_set_fields(profile: dict[str, Any], rng: Any) -> None:
    first = advise(profile)
    shuffled = {
        key: (rng.sample(value, len(value)) if isinstance(value, list) else value) for key, value in profile.items()
    }
    assert advise(shuffled) == first
    assert advise(CaseProfile.model_validate(profile)) == first


def _broken(draw: st.DrawFn, profile: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """One way to make a valid profile invalid, and the field the error must name."""
    how = draw(
        st.sampled_from(["age", "age_setting", "unknown_field", "unknown_code", "wrong_type", "missing", "weeks"])
    )
    broken = dict(profile)
    if how == "age":
        broken["age"] = draw(st.one_of(st.integers(max_value=-1), st.integers(min_value=24)))
        return broken, "age"
    if how == "age_setting":
        setting = draw(st.sampled_from([s for s in SETTING_AGES if s != "geen"]))
        low, high = SETTING_AGES[setting]
        broken["setting"] = setting
        broken["age"] = draw(st.sampled_from([a for a in range(24) if not low <= a <= high]))
        return broken, "setting"
    if how == "unknown_field":
        name = draw(st.sampled_from(["naam", "bsn", "geboortedatum", "concern", "Age"]))
        broken[name] = "x"
        return broken, name
    if how == "unknown_code":
        field = draw(st.sampled_from(["setting", "region", "parents_consent", "concerns", "care"]))
        broken[field] = ["onbekend-iets"] if isinstance(profile[field], list) else "onbekend-iets"
        return broken, field
    if how == "wrong_type":
        field = draw(st.sampled_from(["age", "stuck", "concerns", "waiting_weeks"]))
        broken[field] = draw(st.sampled_from(["acht", None, 8.5, {"a": 1}]))
        return broken, field
    if how == "missing":
        field = draw(st.sampled_from(["age", "setting"]))
        del broken[field]
        return broken, field
    broken["weeks_absent"] = WEEKS_MAX + draw(st.integers(1, 10**6))
    return broken, "weeks_absent"


@st.composite
def invalid_profiles(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    return _broken(draw, draw(valid_profiles()))


@BOUNDED
@given(invalid_profiles())
def test_every_invalid_profile_is_refused_with_a_dutch_message_naming_the_field(
    case: tuple[dict[str, Any], str],
) -> None:
    profile, field = case
    try:
        advise(profile)
    except ValidationError as exc:
        errors = exc.errors()
        assert any(error["loc"][:1] == (field,) for error in errors), errors
        assert all(error["type"].startswith("kinderogen_") for error in errors)
    else:
        raise AssertionError(f"accepted: {json.dumps(profile)}")
