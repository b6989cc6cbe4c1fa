"""'Wat zou het advies veranderen?': every listed change does what it says, and no change of regie is missing.

The brute force here does not use the what-if module's own candidates: it tries
every value of every answer (numbers over a wide range), advises on each, and
checks the list against what advising says.
"""

from typing import Any

import pytest
from conftest import EXAMPLES, VOCABULARY

from kinderogen_rules import Advice, AnswerChange, CaseProfile, advise
from kinderogen_rules.advisor import default_advisor
from kinderogen_rules.caseloads.synth import synthetic_profiles
from kinderogen_rules.proofs.whatif import MAX_ITEMS
from kinderogen_rules.proofs.whatif_words import CLOSE_QUOTE, OPEN_QUOTE

LEVI = CaseProfile.model_validate_json((EXAMPLES / "levi.json").read_text())
M = CaseProfile.model_validate_json((EXAMPLES / "m.json").read_text())
# Every number a rule tests lies in 0..20 or is one of these; the brute force tries them all.
NUMBERS = [*range(21), 26, 30, 31, 52, 100, 1200]


def codes_of(advice: Advice) -> dict[str, Any]:
    return {
        "holder": advice.regie.holder,
        "arrangements": {a.code for a in advice.arrangements},
        "escalation": set(advice.escalation.to) if advice.escalation else set(),
        "signals": {s.code for s in advice.signals},
    }


def difference(before: Advice, after: Advice) -> dict[str, Any]:
    """What changed between two advices, in the item's terms."""
    old, new = codes_of(before), codes_of(after)
    return {
        "holder": new["holder"] if new["holder"] != old["holder"] else None,
        "arrangements_added": new["arrangements"] - old["arrangements"],
        "arrangements_removed": old["arrangements"] - new["arrangements"],
        "escalation_added": new["escalation"] - old["escalation"],
        "escalation_removed": old["escalation"] - new["escalation"],
        "signals_added": new["signals"] - old["signals"],
        "signals_removed": old["signals"] - new["signals"],
    }


def stated(item: AnswerChange) -> dict[str, Any]:
    """What the item says changes, in the same terms as `difference`."""
    return {
        "holder": item.holder,
        "arrangements_added": set(item.arrangements_added),
        "arrangements_removed": set(item.arrangements_removed),
        "escalation_added": set(item.escalation_added),
        "escalation_removed": set(item.escalation_removed),
        "signals_added": set(item.signals_added),
        "signals_removed": set(item.signals_removed),
    }


def changed(profile: CaseProfile, field: str, value: Any) -> CaseProfile:
    return CaseProfile.model_validate({**profile.model_dump(), field: value})


def every_single_change(profile: CaseProfile) -> list[tuple[str, Any]]:
    """Every other valid answer to one question (numbers over NUMBERS), without the module's own candidates."""
    found: list[tuple[str, Any]] = []
    for field in VOCABULARY.of_kind("choice"):
        found += [(field, v) for v in VOCABULARY.values(field) if v != getattr(profile, field)]
    found += [(field, not getattr(profile, field)) for field in VOCABULARY.of_kind("yesno")]
    for field in VOCABULARY.of_kind("set"):
        found += [(field, sorted(getattr(profile, field) ^ {m})) for m in VOCABULARY.values(field)]
    for field in VOCABULARY.of_kind("number"):
        values = range(VOCABULARY.number_bounds[field][1] + 1) if field == "age" else NUMBERS
        found += [(field, n) for n in values if n != getattr(profile, field)]
    return [(f, v) for f, v in found if _valid(profile, f, v)]


def expected(profile: CaseProfile, field: str, value: Any) -> bool:
    """A change a professional can act on or expect: a year older at most, a startkwalificatie gained from 16."""
    if field == "age":
        return bool(value == profile.age + 1)
    if field == "has_startkwalificatie":
        return bool(value) and profile.age >= 16
    return True


def _valid(profile: CaseProfile, field: str, value: Any) -> bool:
    return VOCABULARY.fits(lambda name: value if name == field else getattr(profile, name))


def _covers(item: AnswerChange, profile: CaseProfile, field: str, value: Any, holder: str) -> bool:
    if item.field != field or item.holder != holder:
        return False
    if field in ("waiting_weeks", "weeks_absent", "age"):
        now = getattr(profile, field)
        assert isinstance(item.to_value, int)
        same_way = (item.to_value > now) == (value > now)
        return same_way and abs(item.to_value - now) <= abs(value - now)
    return value == item.to_value or value in item.same_effect


PROFILES = [*synthetic_profiles(300, seed=13), LEVI, M]
ACTIONABLE = {name for name, field in VOCABULARY.fields.items() if field.what_if and field.what_if.actionable}


@pytest.mark.parametrize("chunk", range(6))
def test_every_listed_change_gives_exactly_the_difference_it_states_and_no_change_of_regie_is_missing(
    chunk: int,
) -> None:
    for profile in PROFILES[chunk::6]:
        advice = advise(profile, what_if=True)
        items = advice.what_would_change
        assert items is not None and len(items) <= MAX_ITEMS
        for item in items:
            for value in [item.to_value, *item.same_effect]:
                assert getattr(profile, item.field) != value
                got = difference(advice, advise(changed(profile, item.field, value)))
                assert got == stated(item), (profile.model_dump_json(), item.sentence)
        for field, value in every_single_change(profile):
            if not expected(profile, field, value):
                continue  # the test below checks that such a change is never listed
            holder = default_advisor().decision(changed(profile, field, value)).holder
            if holder == advice.regie.holder:
                continue
            covered = any(_covers(item, profile, field, value, holder) for item in items)
            # Only the limit of 8 may leave a change of regie out. Then every listed item ranks before it: a change
            # a professional can act on, or a change of regie of the same kind (actionable or not).
            if field in ACTIONABLE:
                ranks_before = [i.actionable and i.holder is not None for i in items]
            else:
                ranks_before = [i.actionable or i.holder is not None for i in items]
            assert covered or (len(items) == MAX_ITEMS and all(ranks_before)), (
                profile.model_dump_json(),
                field,
                value,
                holder,
                [i.sentence for i in items],
            )


def test_only_changes_a_professional_can_expect_are_listed() -> None:
    for profile in PROFILES[::5]:
        for item in advise(profile, what_if=True).what_would_change or ():
            assert expected(profile, item.field, item.to_value), item.sentence
            assert _valid(profile, item.field, item.to_value), item.sentence


def test_what_a_professional_can_act_on_comes_first_and_within_that_a_change_of_regie() -> None:
    for profile in PROFILES[::5]:
        items = advise(profile, what_if=True).what_would_change or []
        order = [(item.actionable, bool(item.holder)) for item in items]
        assert order == sorted(order, reverse=True), [i.sentence for i in items]


def test_the_advice_leaves_the_list_out_unless_asked() -> None:
    assert advise(LEVI).what_would_change is None
    assert advise(LEVI, what_if=True).what_would_change


def _find(items: list[AnswerChange], field: str, value: Any) -> AnswerChange:
    found = [i for i in items if i.field == field and (i.to_value == value or value in i.same_effect)]
    assert found, [i.sentence for i in items]
    return found[0]


def test_m_without_a_waiting_list_loses_the_bridging_support_and_the_warning() -> None:
    items = advise(M, what_if=True).what_would_change or []
    item = _find(items, "waiting_weeks", 0)
    assert item.from_value == 9
    assert item.arrangements_removed == ["overbrugging"] and item.signals_removed == ["wachtlijst"]
    assert item.holder is None
    assert item.sentence.replace(OPEN_QUOTE, "'").replace(CLOSE_QUOTE, "'") == (
        "Als de jongere niet meer op een wachtlijst voor jeugdhulp staat, vervalt steun tijdens het wachten "
        "en vervalt het aandachtspunt 'wachtlijst'."
    )
    assert item.source == "WACHTTIJD-01, kadernotitie Drechtsteden, Bijlage 4, casus M."


def test_m_with_the_schools_support_not_yet_used_up_stays_with_the_school() -> None:
    items = advise(M, what_if=True).what_would_change or []
    item = items[0]
    assert (item.field, item.from_value, item.to_value, item.holder) == (
        "school_support_exhausted",
        True,
        False,
        "school",
    )
    assert "specialistische_jeugdhulp" in item.arrangements_removed
    assert item.rule_ids[0] == "REGIE-ONDERWIJS-01"
    assert item.sentence.startswith("Als de school haar eigen ondersteuning nog niet helemaal heeft ingezet, gaat de ")
    assert item.source == "REGIE-ONDERWIJS-01, kadernotitie Drechtsteden §3.2"
    assert "REGIE-ONDERWIJS-01" not in item.sentence


def test_levi_would_go_to_the_gemeente_when_the_school_cannot_carry_it() -> None:
    items = advise(LEVI, what_if=True).what_would_change or []
    support = _find(items, "school_support_exhausted", True)
    assert support.holder == "gemeente" and support.rule_ids[0] == "REGIE-GEMEENTE-01"
    assert {"sbo_tlv", "specialistische_jeugdhulp"} <= set(support.arrangements_added)
    assert support.sentence.startswith(
        "Als de ondersteuning van de school niet meer volstaat, gaat de regie naar de gemeente"
    )
    assert all(item.field not in {"region", "age"} for item in items)


def test_answers_with_the_same_effect_are_one_item() -> None:
    items = advise(LEVI, what_if=True).what_would_change or []
    care = [i for i in items if i.field == "care" and "zorg_in_onderwijstijd" in i.arrangements_added]
    assert len(care) == 1
    assert care[0].same_effect  # zorg from the Zvw does here what zorg from the Wlz does
    assert care[0].sentence.startswith(
        "Als er zorg uit de Wet langdurige zorg (Wlz) of zorg uit de Zorgverzekeringswet (Zvw) komt, "
    )


def test_every_sentence_is_one_short_dutch_sentence_with_its_rule_and_source_apart() -> None:
    for profile in PROFILES[::10]:
        for item in advise(profile, what_if=True).what_would_change or ():
            assert item.sentence.startswith("Als ") and item.sentence.endswith(".")
            assert len(item.sentence.split()) <= 25, item.sentence
            assert not any(rule in item.sentence for rule in item.rule_ids), item.sentence
            assert item.source is not None and item.source.startswith(f"{item.rule_ids[0]}, ")
            assert "_" not in item.sentence and "{" not in item.sentence
