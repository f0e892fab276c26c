"""Round 4 context rules: split hyphenated words, topic nominals, fights against happenings, crowd-control
weapons, expulsions, deep targets through a copula, foreign commemorations, domestic demands and
threats, vehicle bombs, relative clauses, headline country words, happenings in a place, cooperation
nominals, transnational armed groups, domestic completion and the country of journalists, students
and doctors."""

from __future__ import annotations


def _codes(found: list[tuple]) -> set[str]:
    return {code for _, _, code in found}


# --- words and nominals ------------------------------------------------------------------------------
def test_a_split_hyphenated_object_still_matches(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Farmers staged a sit-in outside the agriculture ministry in Nairobi.")
    assert [(s, t, code[:2]) for s, t, code in found] == [("KENCVL", "KENGOV", "14")]


def test_a_plural_noun_pattern_matches_its_surface_form(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("Japan held drills near the Senkaku Islands.") == [("JPN", None, "150")]


def test_a_nominal_after_into_is_the_topic_of_an_inquiry(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Kenyan prosecutors opened an inquiry into the killing of protesters by police.")
    assert {code[:2] for code in _codes(found)} == {"09"}


def test_fighting_a_pandemic_is_no_attack(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Vietnam sent medical teams to Laos to help fight the pandemic.")
    assert not any(code.startswith("19") for code in _codes(found))


def test_a_happening_in_a_place_is_no_doer(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("Floods in Dhaka have destroyed thousands of homes.") == []


def test_cooperation_between_two_services_is_coded_both_ways(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Cooperation between Greek and Cypriot coastguards has grown this year.")
    assert {(s[:3], t[:3], code) for s, t, code in found} == {("GRC", "CYP", "060"), ("CYP", "GRC", "060")}


# --- dictionary entries ----------------------------------------------------------------------------
def test_water_cannon_fired_at_protesters_is_repression(dyads) -> None:  # type: ignore[no-untyped-def]
    assert _codes(dyads("Police in Belgrade fired water cannon at protesters.")) == {"175"}


def test_deporting_hundreds_of_migrants_is_deportation_not_mass_expulsion(dyads) -> None:  # type: ignore[no-untyped-def]
    assert _codes(dyads("Greece deported hundreds of Afghan migrants to Turkey.")) == {"174"}


def test_a_van_bomb_is_a_vehicle_bombing(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("A van bomb killed 30 people in the Afghan capital Kabul.") == [(None, "AFGCVL", "1832")]


# --- deep targets ----------------------------------------------------------------------------------
def test_a_comment_takes_both_parties_of_a_clause_on_its_copula(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("The Swiss foreign minister said he was hopeful as Armenian and Azerbaijani diplomats held talks.")
    assert {(s, t[:3]) for s, t, code in found if code == "013"} == {("CHEGOV", "ARM"), ("CHEGOV", "AZE")}


def test_a_wreath_laid_abroad_honours_that_country(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("India's prime minister Narendra Modi laid a wreath in Hanoi on Saturday.", "2018-03-03")
    assert found == [("INDGOV", "VNM", "017")]


def test_a_relative_clause_names_no_target(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Belgrade threatened to suspend trade with any country that recognised Kosovo.")
    assert [t for _, t, code in found if code.startswith("13")] == [None]


def test_a_transnational_armed_group_is_the_target_of_an_offensive(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Syrian troops launched an offensive to drive Islamic State out of Deir ez-Zor.")
    assert ("SYRMIL", "IMGMUSISI", "190") in found


# --- domestic acts ----------------------------------------------------------------------------------
def test_a_demand_for_reform_is_made_of_the_own_government(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Kenya's opposition demanded a new election after the disputed vote.")
    assert [(s, t) for s, t, code in found if code.startswith("104")] == [("KENOPP", "KENGOV")]


def test_a_threat_of_protest_is_aimed_at_the_own_government(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("Thai students threatened to resume street protests.") == [("THAEDU", "THAGOV", "133")]


def test_civilians_who_burn_things_riot_against_their_government(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("Chilean protesters torched buses in Valparaiso.") == [("CHLCVL", "CHLGOV", "145")]


def test_rioters_are_civilians(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Rioters set fire to shops in Dhaka.")
    assert [(s, code) for s, _, code in found] == [("BGDCVL", "145")]


def test_a_promise_to_hand_power_to_a_government_means_the_own_one(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Myanmar's junta promised to hand power to an elected government.", "2022-01-01")
    assert found == [("MMRMIL", "MMRGOV", "0341")]


def test_the_press_of_a_domestic_act_is_the_countrys_press(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("The Turkish government lifted restrictions on the press.") == [("TURGOV", "TURMED", "081")]


def test_foreign_journalists_take_no_country_from_context(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("The Iranian government expelled foreign journalists covering the protests.")
    assert [t for _, t, _ in found] == ["MED"]


# --- headlines ---------------------------------------------------------------------------------------
def test_a_headline_country_word_is_the_doer(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Russian air strike kills 12 in Idlib")
    assert [(s, code) for s, _, code in found] == [("RUS", "195")]


def test_a_headline_country_word_after_the_verb_is_the_target(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("Egypt condemns Israeli raid on Jenin") == [("EGY", "ISR", "111")]


def test_a_country_inside_a_place_name_is_no_target(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Vietnam rejects tribunal ruling on South China Sea")
    assert [t for _, t, _ in found] == [None]


# --- background and flags ---------------------------------------------------------------------------
def test_talks_in_a_condition_are_hypothetical(resources) -> None:  # type: ignore[no-untyped-def]
    from tacitus.pipeline import code_text

    record = code_text("Armenia said it would sign the treaty if talks with Azerbaijan began.", resources=resources)
    talks = [e for e in record.events if e.cameo.startswith("04")]
    assert talks and all(e.hypothetical for e in talks)


def test_talks_that_began_are_no_hypothesis(resources) -> None:  # type: ignore[no-untyped-def]
    from tacitus.pipeline import code_text

    record = code_text("Talks between Serbia and Kosovo began in Brussels.", resources=resources)
    assert [e.hypothetical for e in record.events] == [False, False]


def test_a_participle_that_elaborates_the_main_event_is_not_coded(dyads) -> None:  # type: ignore[no-untyped-def]
    assert _codes(dyads("Egypt closed the Rafah crossing, cutting off aid to Gaza.")) == {"191"}
    assert _codes(dyads("The Peruvian prime minister resigned, bowing to pressure from protesters.")) == {"0831"}


def test_doerless_fighting_after_a_preposition_is_background(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Sudanese troops withdrew from the town after weeks of fighting with rebels.")
    assert _codes(found) == {"0874"}


def test_attackers_beside_a_named_group_are_the_group(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Al-Shabaab gunmen and suicide bombers killed 20 people in Mogadishu.")
    assert [s for s, _, _ in found] == ["SOMINSSHB"]


def test_the_first_to_visit_did_visit(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Jacinda Ardern became the first New Zealand prime minister to visit Samoa since 2015.", "2019-08-01")
    assert found == [("NZLGOV", "WSM", "042")]


def test_the_first_country_to_recognise_did_recognise(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("Ecuador became the first country to recognise Palestine as a state.") == [("ECU", "PSE", "054")]


def test_a_purpose_infinitive_is_still_not_coded(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("France sent troops to Mali to halt an advance by rebels.")
    assert not any(code.startswith("19") for code in _codes(found))


# --- meetings and negotiation ------------------------------------------------------------------------
def test_crossing_into_a_country_for_talks_codes_the_talks(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Chinese President Xi Jinping crossed into Vietnam for talks with Vietnamese leaders.")
    assert {(t, code) for _, t, code in found} == {("VNM", "042"), ("VNMGOV", "046")}


def test_negotiators_working_on_a_deal_negotiate(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Japanese and Australian negotiators worked through the night on a trade agreement.")
    assert {(s[:3], t[:3], code) for s, t, code in found} == {("JPN", "AUS", "046"), ("AUS", "JPN", "046")}


def test_engineers_working_on_a_deal_are_no_event(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("Engineers worked on a deal for the new plant.") == []


# --- round 4, second pass ------------------------------------------------------------------------------
def test_gunmen_storming_a_civilian_place_are_a_terrorist_attack(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("Taliban gunmen stormed a hotel in Kabul.") == [("AFGINSTAL", "AFG", "180")]


def test_marking_years_since_an_event_is_a_commemoration(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("Rwanda marked 30 years since the genocide.") == [("RWA", None, "017")]


def test_abuse_in_a_states_prisons_is_done_by_that_state(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Detainees were tortured in Egyptian military prisons, a rights group said.")
    assert found == [("EGYMIL", "EGYCVL", "1822")]


def test_missiles_fired_in_a_show_of_force_demonstrate_force(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("North Korea fired artillery shells into the sea in a show of force.") == [("PRK", None, "150")]


def test_a_place_name_of_two_words_gives_civilians_their_country(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Chinese police massed near Hong Kong in a warning to protesters.")
    assert found == [("CHNCOP", "HKGCVL", "150")]
