"""Argument rules from the sixth audit of coded events on real news: a place phrase that only sets the
scene names no target, and a place inside the other side's act says nothing of the doer's country."""

from __future__ import annotations


def _targets(found: list[tuple]) -> set[str | None]:
    return {event[1] for event in found}


# --- a fronted place phrase sets the scene ------------------------------------------------------------------
def test_a_fronted_place_is_no_target(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("At the United Nations, the Iranian envoy criticized the sanctions.")
    assert "111" in {e[2] for e in found}
    assert "IGOUNO" not in _targets(found)


def test_an_object_is_still_the_target(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("IRNGOV", "IGOUNO", "111", False) in coded("The Iranian envoy criticized the United Nations.")


# --- where one speaks, meets or praises is no partner ------------------------------------------------------
def test_where_a_statement_or_meeting_happens_is_no_target(coded) -> None:  # type: ignore[no-untyped-def]
    assert "MEX" not in _targets(coded("The American envoy gave a speech in Mexico on Tuesday."))
    assert "KEN" not in _targets(coded("The senator praised the ruling in a speech in Kenya."))
    assert "IGOUNO" not in _targets(coded("The German chancellor gave a speech at the United Nations on climate."))


def test_travel_and_appeals_keep_their_place(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("JPNGOV", "IND", "042", False) in coded("The Japanese prime minister arrived in India on Sunday.")
    assert "LBY" in _targets(coded("The UN appealed for a truce in Tripoli."))
    assert "IGOWSTNAT" in _targets(coded("At last year's NATO summit, the president arrived late."))


# --- a place inside the other side's act is not the doer's country -----------------------------------------
def test_a_place_in_the_targets_act_gives_the_doer_no_country(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Officials condemned Russia's shelling of Kharkiv.")
    assert ("GOV", "RUS", "111", False) in found


def test_the_doers_own_place_still_gives_its_country(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("UKRGOV", "RUS", "111", False) in coded("Officials in Kyiv condemned Russia's shelling of Kharkiv.")
    found = coded("Clashes between Chinese and Indian troops left several soldiers injured.")
    assert {("CHNMIL", "INDMIL"), ("INDMIL", "CHNMIL")} <= {(e[0], e[1]) for e in found}


# --- an unresolved pronoun does not reach past another pronoun's clause -------------------------------------
def test_it_under_we_is_not_the_speaker(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded('"We will impose sanctions on Russia if it invades," the German foreign minister said.')
    assert ("DEUGOV", "RUS", "1312", False) in found
    assert not any(e[0] == "DEUGOV" and e[2].startswith("19") for e in found)  # the invader is not Germany


def test_we_under_i_and_a_plain_it_still_reach_the_speaker(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("FIN", "IGOWSTNAT", "030", False) in coded("Finland said it intends to join NATO.")
    found = coded('"I expect that we will meet the Chinese delegation soon," the Indian foreign minister said.')
    assert ("INDGOV", "CHNGOV", "036", False) in found  # a meeting said to come is intent to meet
