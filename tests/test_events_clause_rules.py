"""Clause-level event rules over the whole pipeline: a protest's stated aim, measured nominal events,
prisoners' protests against their custodian, forces that leave a country, and political reform
phrasings of the yield family."""

from __future__ import annotations


def _roots(found: list[tuple]) -> set[str]:
    return {code[:2] for _, _, code in found}


# --- a protest's aim is part of the protest --------------------------------------------------------
def test_demand_voiced_while_protesting_is_the_protests_aim(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Thousands of Tunisians marched in Tunis, demanding the resignation of the government.")
    assert "14" in _roots(found)
    assert "10" not in _roots(found)


def test_demand_after_another_act_is_still_a_demand(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Russia attacked Georgia, demanding the withdrawal of its troops from Abkhazia.")
    assert {"19", "10"} <= _roots(found)


# --- a measure stands in for its nominal event ----------------------------------------------------
def test_days_of_drills_are_drills(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Russia began five days of naval drills near Japan on Monday.")
    assert ("RUS", "JPN", "150") in found


def test_days_of_talks_are_talks_between_the_parties(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Diplomats from India and Pakistan began three days of talks in Geneva.")
    assert {(s[:3], t[:3]) for s, t, code in found if code.startswith("04") and s and t} == {
        ("IND", "PAK"),
        ("PAK", "IND"),
    }


# --- prisoners protest against the state that holds them ------------------------------------------
def test_prisoners_in_foreign_jails_protest_against_the_jailer(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Hundreds of Palestinian prisoners in Israeli prisons went on hunger strike on Monday.")
    assert [(s, t) for s, t, code in found if code.startswith("14")] == [("PSE", "ISR")]


def test_prisoners_of_their_own_state_protest_against_its_government(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Turkish inmates in Turkish prisons went on hunger strike.")
    assert [(s, t) for s, t, code in found if code.startswith("14")] == [("TUR", "TURGOV")]


# --- forces that leave a country retreat ------------------------------------------------------------
def test_troops_leaving_a_country_retreat(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("The last French troops left Mali on Monday.")
    assert ("FRAMIL", "MLI", "0874") in found


def test_a_leader_leaving_a_capital_is_no_event(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("Macron left Bamako on Monday.") == []


# --- political reform in the yield family and its intent ------------------------------------------
def test_promise_to_hand_power_to_civilians_is_intent_to_change_leadership(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("The Malian junta promised to hand power to an elected government.")
    assert any(code == "0341" for _, _, code in found)


def test_promise_of_political_reform_targets_the_own_country(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Jordan's king pledged to introduce political reforms.")
    assert ("JORGOV", "JOR", "034") in found


def test_expanding_rights_is_granting_rights(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("The Turkish government expanded Kurdish language rights.")
    assert any(code == "0833" for _, _, code in found)


# --- attackers the text does not identify have no source --------------------------------------------
def test_unidentified_gunmen_are_no_source(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Gunmen kidnapped three Chinese engineers in southern Nigeria.")
    assert [(s, t[:3]) for s, t, code in found if code.startswith("18")] == [(None, "CHN")]


def test_the_place_of_an_attack_does_not_identify_the_attackers(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("A French journalist was abducted by gunmen in northern Mali.")
    assert [(s, t) for s, t, code in found if code.startswith("18")] == [(None, "FRAMED")]


def test_gunmen_of_a_named_group_keep_their_group(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Hamas gunmen abducted two Israeli soldiers.")
    assert [s for s, _, code in found if code.startswith("18")] == ["PSEINSHMS"]


# --- an order to another state is a demand on it ------------------------------------------------------
def test_an_order_to_a_foreign_state_is_a_demand(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Russia ordered Moldova to remove its border posts.")
    assert ("RUS", "MDA", "100") in found


def test_an_order_to_the_own_troops_is_their_act(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Russia ordered its troops to withdraw from Kherson.")
    assert [code for _, _, code in found] == ["0874"]
