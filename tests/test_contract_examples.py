"""The two public examples of the contract give the advice it describes."""

from kinderogen_rules import CaseProfile, advise

LEVI = CaseProfile(age=8, setting="po", concerns={"gedrag", "leren"}, shows_at={"school", "thuis"})
M = CaseProfile(
    age=15,
    setting="vo",
    concerns={"gedrag", "verzuim", "opvoeding"},
    shows_at={"school", "thuis"},
    school_support_exhausted=True,
    waiting_weeks=9,
)


def codes(advice: object) -> list[str]:
    return [a.code for a in advice.arrangements]  # type: ignore[attr-defined]


def test_levi_regie_stays_with_the_school() -> None:
    advice = advise(LEVI)
    assert advice.regie.holder == "school"
    assert "samenwerkingsverband" in advice.regie.lead


def test_levi_gets_expertise_at_school_and_short_parenting_support() -> None:
    arranged = codes(advise(LEVI))
    assert "interprofessioneel_team" in arranged
    assert "opvoedondersteuning" in arranged


def test_levi_is_not_referred_to_special_education_or_heavy_care() -> None:
    arranged = codes(advise(LEVI))
    assert not {"sbo_tlv", "so_vso_tlv", "specialistische_jeugdhulp"} & set(arranged)


def test_m_regie_lies_with_the_gemeente() -> None:
    advice = advise(M)
    assert advice.regie.holder == "gemeente"
    assert "verder dan" not in advice.regie.lead  # a who, not a why
    assert "thuis" in advice.regie.explanation


def test_m_leerplicht_is_at_the_table_and_he_gets_bridging_support() -> None:
    advice = advise(M)
    assert "leerplicht" in advice.partners
    assert "overbrugging" in codes(advice)
    assert "wachtlijst" in [s.code for s in advice.signals]
    assert "9 weken" in next(s.message for s in advice.signals if s.code == "wachtlijst")


def test_the_region_names_the_lead_in_its_own_words() -> None:
    drechtsteden = advise(M.model_copy(update={"region": "drechtsteden"}))
    voorne_putten = advise(M.model_copy(update={"region": "voorne-putten"}))
    assert "CJG" in drechtsteden.regie.lead
    assert "gebiedsteam" in voorne_putten.regie.lead
    assert "REGIO-VP-GEMEENTE-01" in [r.id for r in voorne_putten.fired_rules]
    levi_vp = advise(LEVI.model_copy(update={"region": "voorne-putten"}))
    assert "Kindkracht" in levi_vp.regie.lead


def test_every_fired_rule_has_a_source_and_the_json_has_the_contract_shape() -> None:
    data = advise(M).model_dump(mode="json")
    contract = {"regie", "arrangements", "partners", "escalation", "signals", "fired_rules", "rules_version"}
    # The contract allows additions, never renames; every addition is listed in CHANGELOG.md and docs/contract.md.
    assert set(data) - contract == {
        "informed",
        "date",
        "what_would_change",
        "summary",
        "plan",
        "at_table",
        "escalation_route",
        "regie_name",
    }
    assert contract <= set(data)
    assert set(data["regie"]) == {"holder", "lead", "explanation"}
    assert data["partners"] == sorted(set(data["partners"]))
    for rule in data["fired_rules"]:
        assert rule["sources"], rule["id"]
        assert all(s["document"] and s["section"] for s in rule["sources"])
    for arrangement in data["arrangements"]:
        assert arrangement["title"] and arrangement["explanation"] and arrangement["rule_ids"]


def test_explanations_speak_of_a_15_year_old_as_a_young_person_and_say_why_the_gemeente_coordinates() -> None:
    advice = advise(M)
    explained = " ".join(a.explanation for a in advice.arrangements)
    assert "de jongere" in explained and "het kind" not in explained
    assert "eigen ondersteuning" in advice.regie.explanation
