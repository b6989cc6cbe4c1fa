"""How regie is decided, case by case, as the texts split it (kadernotitie §3.2, §3.5.3; coalitie)."""

import pytest

from kinderogen_rules import advise


@pytest.mark.parametrize(
    ("profile", "holder"),
    [
        ({"age": 10, "setting": "po", "concerns": ["leren"]}, "school"),
        (
            {
                "age": 10,
                "setting": "po",
                "concerns": ["gedrag"],
                "shows_at": ["thuis"],
                "school_support_exhausted": True,
            },
            "gemeente",
        ),
        ({"age": 10, "setting": "po", "concerns": ["gezin"]}, "gemeente"),
        (
            {
                "age": 10,
                "setting": "so",
                "care": ["jeugdhulp_specialistisch"],
                "concerns": ["psychisch"],
                "school_support_exhausted": True,
            },
            "zorgpartner",
        ),
        (
            {
                "age": 10,
                "setting": "so",
                "care": ["jeugdhulp_specialistisch"],
                "concerns": ["psychisch"],
                "waiting_weeks": 6,
            },
            "school",
        ),
        # A running trajectory coordinates only when it is the heart of the question (kadernotitie §3.2, §3.5.3).
        ({"age": 10, "setting": "so", "care": ["wlz"], "concerns": ["leren"]}, "school"),
        (
            {"age": 10, "setting": "so", "care": ["wlz"], "concerns": ["lvb"], "school_support_exhausted": True},
            "zorgpartner",
        ),
        ({"age": 10, "setting": "so", "care": ["wlz"], "concerns": ["lvb"]}, "school"),
        ({"age": 10, "setting": "so", "care": ["wlz"], "concerns": ["gezin"]}, "gemeente"),
        # "Langer dan vier weken": in whole weeks from the fifth week on.
        ({"age": 14, "setting": "vo", "weeks_absent": 5}, "gemeente"),
        ({"age": 14, "setting": "vo", "weeks_absent": 4}, "school"),
        ({"age": 9, "setting": "po", "concerns": ["veiligheid"], "care": ["wlz"]}, "gemeente"),
        ({"age": 2, "setting": "kinderopvang", "concerns": ["taal"]}, "gemeente"),
        ({"age": 20, "setting": "geen"}, "gemeente"),
        ({"age": 19, "setting": "mbo", "concerns": ["verzuim"]}, "school"),
    ],
)
def test_regie_holder(profile: dict[str, object], holder: str) -> None:
    assert advise(profile).regie.holder == holder


def test_a_higher_rule_moves_the_regie_but_not_the_partners_of_the_rule_it_overrules() -> None:
    advice = advise({"age": 10, "setting": "po", "concerns": ["gezin"]})
    assert advice.regie.holder == "gemeente"
    # Which rule goes first is said under "Waarom", the one place for rule ids.
    overruled = next(r for r in advice.fired_rules if r.id == "REGIE-ONDERWIJS-01")
    assert "De regie volgt REGIE-GEZIN-01: die gaat voor." in overruled.because
    assert "REGIE-" not in advice.regie.explanation
    # Regie decides who coordinates, not who sits at the table (kadernotitie §3.2): the school stays.
    assert {"school", "samenwerkingsverband", "cjg"} <= set(advice.partners)
    assert "REGIE-ONDERWIJS-01" in [r.id for r in advice.fired_rules]


def test_three_months_at_home_escalates_with_doorzettingsmacht() -> None:
    advice = advise({"age": 12, "setting": "vo", "weeks_absent": 13})
    assert advice.escalation is not None
    assert advice.escalation.kind == "doorzettingsmacht"
    assert "samenwerkingsverband" in advice.escalation.to
    assert "13 weken" in advice.escalation.explanation
    assert "thuiszitter" in [s.code for s in advice.signals]


def test_exemption_is_no_unless_with_a_second_opinion_from_education() -> None:
    advice = advise({"age": 10, "setting": "geen", "exemption_requested": True})
    assert "vrijstelling_nee_tenzij" in [s.code for s in advice.signals]
    assert "samenwerkingsverband" in advice.partners


def test_parents_refusing_while_the_child_is_unsafe_leads_to_the_raad_as_last_resort() -> None:
    advice = advise({"age": 7, "setting": "po", "concerns": ["veiligheid"], "parents_consent": "nee", "stuck": True})
    assert advice.escalation is not None and "raad_kinderbescherming" in advice.escalation.to
    assert "veilig_thuis_advies" in [a.code for a in advice.arrangements]


def test_arrangements_come_lightest_first() -> None:
    advice = advise(
        {
            "age": 9,
            "setting": "po",
            "concerns": ["leren", "gedrag"],
            "shows_at": ["school", "thuis"],
            "school_support_exhausted": True,
        }
    )
    arranged = [a.code for a in advice.arrangements]
    assert arranged[0] == "basisondersteuning"
    assert arranged.index("extra_ondersteuning") < arranged.index("sbo_tlv")
