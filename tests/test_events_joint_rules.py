"""Round 4 clause rules: deployed forces are the doer's arm, joint acts of several states are their
cooperation, a phone call's purpose is aimed at the one called, and "met … for talks" is one meeting."""

from __future__ import annotations


# --- deployed forces are the doer's arm, not its target ---------------------------------------------
def test_troops_deployed_at_home_deploy_on_the_own_country(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Pakistan deployed thousands of extra troops to Balochistan on Friday.")
    assert [(s[:3], t, code) for s, t, code in found if code.startswith("15")] == [("PAK", "PAK", "154")]


def test_troops_deployed_abroad_deploy_on_that_country(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Russia deployed troops to Belarus for the exercises.")
    assert [(s, t) for s, t, code in found if code == "154"] == [("RUS", "BLR")]


def test_a_possible_deployment_gets_no_home_target(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Egypt could deploy warships to the Red Sea, officials said.")
    assert all(t is None for _, t, code in found if code == "154")


# --- joint acts are cooperation between the doers ---------------------------------------------------
def test_a_joint_police_operation_is_judicial_cooperation(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Spanish and Italian police arrested twelve suspects in a joint operation on Tuesday.")
    assert {("ESPCOP", "ITACOP", "063"), ("ITACOP", "ESPCOP", "063")} <= set(found)


def test_an_exercise_of_two_states_forces_is_military_cooperation(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Egyptian and Saudi forces began a naval exercise in the Red Sea.")
    assert {(s[:3], t[:3]) for s, t, code in found if code == "062"} == {("EGY", "SAU"), ("SAU", "EGY")}


def test_a_joint_centre_is_cooperation_with_each_other_not_the_neighbour(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Norway and Sweden opened a joint rescue centre near their border with Finland.")
    assert {(s, t) for s, t, code in found if code.startswith("06")} == {("NOR", "SWE"), ("SWE", "NOR")}


def test_a_planned_joint_exercise_is_no_cooperation_yet(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Greece and Cyprus said they would expand defence ties, including joint exercises.")
    assert not any(code.startswith("06") for _, _, code in found)


# --- a call with a purpose is a call, not an appeal -------------------------------------------------
def test_call_with_a_purpose_is_a_phone_call_aimed_at_the_one_called(dyads) -> None:  # type: ignore[no-untyped-def]
    text = "Italian Prime Minister Giorgia Meloni called Moroccan King Mohammed VI to offer condolences over the quake."
    found = dyads(text, "2023-09-09")
    assert {code for _, _, code in found} == {"041", "018"}
    assert all((s, t) == ("ITAGOV", "MARGOV") for s, t, _ in found)


def test_called_on_is_still_an_appeal(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Germany called on Serbia to release the detained journalists.")
    assert [(s, t, code[:2]) for s, t, code in found] == [("DEU", "SRB", "02")]


# --- "met … for talks" is one meeting ----------------------------------------------------------------
def test_met_for_talks_is_one_meeting_per_direction(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Biden and Macron met in Rome for talks on Ukraine.", "2021-10-29")
    assert sorted((s[:3], t[:3]) for s, t, code in found if code.startswith("04")) == [("FRA", "USA"), ("USA", "FRA")]


def test_arrived_for_talks_still_codes_the_talks(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Japanese Prime Minister Fumio Kishida arrived in Kyiv for talks with Zelensky.", "2023-03-21")
    assert {code[:2] for _, _, code in found} == {"04"} and len(found) == 2
