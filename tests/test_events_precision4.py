"""Precision rules from the fourth audit of coded events on real news: a discussion needs a partner,
"join" in someone's act, comments as statements ("no comment" declines), "deny someone something", and
a verb that only looks like a military word ("based on")."""

from __future__ import annotations


def _codes(found: list[tuple]) -> set[str]:
    return {event[2] for event in found}


def _roots(found: list[tuple]) -> set[str]:
    return {event[2][:2] for event in found}


# --- a discussion needs a partner ----------------------------------------------------------------------
def test_discussing_a_topic_alone_is_no_consultation(coded) -> None:  # type: ignore[no-untyped-def]
    assert not {"03", "04", "12"} & _roots(coded("The senator wanted to discuss the budget at the town hall."))
    assert not {"04", "12"} & _roots(coded("The president would not discuss the charges against his lawyer."))
    assert not _roots(coded("The request is expected to be discussed at the Senate hearing on Tuesday."))


def test_discussing_with_someone_stays_a_consultation(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("RUSGOV", "TURGOV", "040", False) in coded("Vladimir Putin discussed Syria with Recep Tayyip Erdogan.")
    found = coded("Erdogan and Putin discussed the war in Syria on Monday.")
    assert {("TURGOV", "RUSGOV", "040", False), ("RUSGOV", "TURGOV", "040", False)} <= set(found)
    assert "040" in _codes(coded("The two foreign ministers discussed trade during the summit."))
    assert ("DEUGOV", "FRAGOV", "036", False) in coded("Merkel said she would discuss the matter with Macron.")


# --- joining someone in an act -------------------------------------------------------------------------
def test_joining_someone_in_an_act_is_the_act(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Three Republicans joined ten Democrats to support the immigration bill.")
    assert "050" not in _codes(found)
    assert "050" not in _codes(coded("France joined Britain in condemning the missile test."))


def test_joining_a_body_stays_cooperation(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Britain never joined the European Union's currency union, freeing it of many rules.")
    assert ("GBR", "IGOEUREEC", "050", True) in found


# --- comments are statements; no comment declines --------------------------------------------------------
def test_comments_are_statements(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("RUSGOV", "TUR", "010", False) in coded("Lavrov's comments on Turkey angered officials in Ankara.")


def test_no_comment_declines(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("There was no immediate comment from the Kremlin on the Turkish claims.")
    assert ("RUSGOV", "TUR", "011", False) in found
    assert ("RUSGOV", "TUR", "011", False) in coded("The Kremlin did not comment on the Turkish claims.")
    assert ("DEUGOV", "USAGOV", "011", False) in coded(
        "A German government spokesman declined to comment on reports that Berlin had asked Washington for help."
    )


# --- denying someone something ---------------------------------------------------------------------------
def test_denying_someone_something_is_no_denial(coded) -> None:  # type: ignore[no-untyped-def]
    assert "016" not in _codes(coded("The United States must deny the militants a safe haven."))
    assert "016" in _codes(coded("Russia denied the accusations of meddling on Monday."))


# --- a verb is no military word by its lemma ---------------------------------------------------------------
def test_based_on_is_no_military_context(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("The report found that Comey engaged in decision making based on his personal views.")
    assert "19" not in _roots(found)


def test_military_context_still_counts(coded) -> None:  # type: ignore[no-untyped-def]
    assert "19" in _roots(coded("Syrian troops engaged rebel fighters near Idlib on Sunday."))


def test_an_attacker_is_military_context(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Police said the attacker targeted his victims based on their religion.")
    assert "19" in _roots(found)


def test_joining_in_is_no_cooperation(coded) -> None:  # type: ignore[no-untyped-def]
    assert "050" not in _codes(coded("The Attorney General joined in a spirited defense of the president."))


# --- a frame's complement keeps the verb's senses ------------------------------------------------------------
def test_intent_to_go_to_war_is_no_visit(coded) -> None:  # type: ignore[no-untyped-def]
    assert not {"03", "04"} & _roots(coded("If you want to go to war with Iran, expect to lose your allies."))
    assert ("RUSGOV", "CHN", "036", False) in coded("Putin plans to go to Beijing next week.")


def test_intent_to_label_is_no_phone_call(coded) -> None:  # type: ignore[no-untyped-def]
    assert not _roots(coded("The former vice president does not want to call it torture."))


# --- a thing that helps, a bare question ------------------------------------------------------------------
def test_a_thing_that_helps_gives_no_aid(coded) -> None:  # type: ignore[no-untyped-def]
    assert "07" not in _roots(coded("That could help the senator in a race that promises to be long."))
    assert "07" in _roots(coded("The United States helped Ukraine rebuild its power grid."))


def test_asking_at_a_news_conference_asks_for_nothing(coded) -> None:  # type: ignore[no-untyped-def]
    assert "02" not in _roots(coded('"Will you resign?" Speaker Nancy Pelosi asked at a news conference.'))
    assert "02" in _roots(coded("Ukraine asked on Monday for more weapons."))


# --- backing an act against someone ---------------------------------------------------------------------
def test_backing_sanctions_against_a_state_does_not_endorse_it(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("France supported the investigation into Iran's nuclear program.")
    assert ("FRA", None, "051", False) in found
    assert not any(event[1] == "IRN" for event in found if event[2].startswith("05"))


def test_backing_an_ally_stays_endorsement(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("POL", "USA", "051", False) in coded("Poland backed the US strikes on Syria.")
    assert ("DEU", "UKR", "051", False) in coded("Germany supported Ukraine's bid to join the European Union.")
