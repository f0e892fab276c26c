"""Precision rules from the third audit of coded events on real news: force done to a plan, "fired" as a
dismissal, acts one stops doing, and "insist that" as a claim rather than a demand."""

from __future__ import annotations


def _roots(found: list[tuple]) -> set[str]:
    return {event[2][:2] for event in found}


# --- force done to a plan ------------------------------------------------------------------------------
def test_killing_a_plan_is_no_assault(coded) -> None:  # type: ignore[no-untyped-def]
    assert not {"18", "19", "20"} & _roots(coded("Republicans in the Senate are trying to kill the deal with Iran."))
    assert not {"18", "19", "20"} & _roots(coded("The Speaker killed the bill before it reached the floor."))
    assert not {"13", "18"} & _roots(coded("Democrats vowed to kill the plan to cut taxes."))


def test_killing_people_stays_an_assault(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("SYRREB", "SYRMIL", "1823", False) in coded("Rebels killed three soldiers in an ambush near Aleppo.")
    assert "18" in _roots(coded("Gunmen killed the mayor of the town on Monday."))


def test_martial_law_named_by_its_pattern_stays(coded) -> None:  # type: ignore[no-untyped-def]
    assert "17" in _roots(coded("Ukraine imposed martial law in ten regions bordering Russia."))


# --- "fired" a person: a dismissal ---------------------------------------------------------------------
def test_firing_an_official_is_a_dismissal(coded) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The president fired the Navy's top official on Tuesday.",
        "Trump fired his chief of staff last week.",
        "The governor fired the police chief after the protests.",
    ):
        assert not {"17", "18", "19", "20"} & _roots(coded(text)), text


def test_firing_weapons_or_on_people_stays_force(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("EGYMIL", "EGYCVL", "175", False) in coded("Soldiers fired on protesters in Cairo.")
    assert "19" in _roots(coded("Israeli troops fired rockets at Gaza."))


# --- acts one stops doing -------------------------------------------------------------------------------
def test_an_act_one_stops_is_negated(coded) -> None:  # type: ignore[no-untyped-def]
    # an obligation to stop is a demand that the party yield (105), and the arming is not reported as done
    stop = coded("The United States must stop arming Taiwan, China said.")
    assert ("CHN", "USA", "105", False) in stop and not [e for e in stop if e[2] == "072" and not e[3]]
    assert all(e[3] for e in coded("Turkey halted shelling Kurdish positions.") if e[2].startswith("19"))
    assert all(e[3] for e in coded("The rebels agreed to cease attacking government positions.")
               if e[2].startswith("19"))
    assert ("RUS", "UKR", "061", True) in coded("Russia stopped supplying gas to Ukraine.")


def test_quitting_an_act_is_no_resignation(coded) -> None:  # type: ignore[no-untyped-def]
    assert "08" not in _roots(coded("The senator quit attacking the president."))
    assert "08" in _roots(coded("The defence minister quit on Friday."))


def test_acts_not_stopped_stay_done(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("TUR", None, "194", False) in coded("Turkey kept shelling Kurdish positions.")


# --- "insist that": a claim or a demand -----------------------------------------------------------------
def test_insisting_on_a_fact_is_no_demand(coded) -> None:  # type: ignore[no-untyped-def]
    assert "10" not in _roots(coded("The minister insisted that he did nothing wrong."))
    found = coded("Netanyahu insisted that Israel had not attacked the convoy.")
    assert "10" not in _roots(found)
    assert all(e[3] for e in found if e[2].startswith("19"))  # the reported act keeps its negation


def test_insisting_on_an_act_still_demands(coded) -> None:  # type: ignore[no-untyped-def]
    assert "10" in _roots(coded("The Arab League insisted that Israel withdraw from the occupied territories."))
    assert ("IRN", "USA", "1054", False) in coded("Iran insisted that the United States must lift the sanctions.")
    assert "10" in _roots(coded("Russia insisted that Ukraine should end the offensive."))
    assert "10" in _roots(coded("Pakistan insisted on the release of the prisoners."))


# --- circumstances ---------------------------------------------------------------------------------------
def test_an_event_amid_which_one_acts_is_not_ones_own(coded) -> None:  # type: ignore[no-untyped-def]
    """"Resigned amid protests": the protesters protest, not the one who resigns."""
    found = coded("The Peruvian president stepped down amid mass protests.")
    assert any(source == "PERGOV" and cameo == "0831" for source, _, cameo, _ in found)
    assert not any(source == "PERGOV" and cameo.startswith("14") for source, _, cameo, _ in found)
    found = coded("Turkish ministers flew to Tehran for talks with Iran.")
    assert any(source == "TURGOV" and target == "IRN" and cameo.startswith("04") for source, target, cameo, _ in found)
