"""Frames that lost their doer or their complement (structural round 7, part 1): a frame verb describing a
document speaks for the document's author; a frame in a background clause codes nothing, not even its
complement; an infinitive the parse hangs as an adverbial clause after the one addressed is the frame's
complement; an instruction to a state whose act codes nothing is still a demand (CAMEO 100).

Every sentence is written for this test (none is taken from a gold or evaluation file).
"""

from __future__ import annotations

import pytest

DATE = "2023-06-01"

CODED = [
    # a frame verb on a document noun: the author demands, urges, calls on
    ("The Security Council adopted a resolution demanding that Iraq withdraw from Kuwait.", ("IGOUNO", "IRQ", "1056")),
    ("A UN resolution demanding that Israel withdraw from Lebanon was adopted on Friday.", ("IGOUNO", "ISR", "1056")),
    ("Saudi Arabia sent a letter calling on Syria to release political prisoners.", ("SAU", "SYR", "0253")),
    ("The Arab League passed a resolution that urged Israel to withdraw from Lebanon.", ("IGOARBLEA", "ISR", "0256")),
    ("In a statement urging Iran to free the sailors, Britain said the seizure was illegal.", ("GBR", "IRN", "0253")),
    # an infinitive parsed as an adverbial clause after the party addressed
    ("France pressed the rebels to free the hostages.", ("FRA", None, "0253")),
    # an instruction to a state: a demand, coded by the act when it codes, else 100
    ("The United States told China to stop interfering in Hong Kong.", ("USA", "CHN", "100")),
    ("The State Department told Beijing to respect human rights.", ("USAGOV", "CHNGOV", "100")),
    ("The United States told Russia to stop shelling Kharkiv.", ("USA", "RUS", "1056")),
    ("Erdogan told Sweden to stop supporting the PKK.", ("TURGOV", "SWE", "105")),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[f"{event[2]} {text[:40]}" for text, event in CODED])
def test_frame_is_coded(dyads, text: str, event: tuple) -> None:  # type: ignore[no-untyped-def]
    found = dyads(text, date=DATE)
    source, target, code = event
    assert any(s == source and (target is None or t == target) and c == code for s, t, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council adopted a resolution demanding that Iraq withdraw from Kuwait.",
        "A UN resolution demanding that Israel withdraw from Lebanon was adopted on Friday.",
        # a relative clause describes Syria: its demand is background, and what it demands is not done
        "Syria, which has demanded that Israel withdraw from the Golan, rejected the offer.",
    ],
)
def test_what_is_demanded_is_not_done(dyads, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [code for _, _, code in dyads(text, date=DATE) if code.startswith("087")]


def test_background_demand_is_not_coded(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Syria, which has demanded that Israel withdraw from the Golan, rejected the offer.", date=DATE)
    assert not [code for _, _, code in found if code.startswith("10")]
    assert ("SYR", None, "125") in found


def test_background_speech_stays_readable(dyads) -> None:  # type: ignore[no-untyped-def]
    """A relative clause of saying reports speech; its content is read as before."""
    found = dyads("The minister, who said Russia attacked the port, flew to Brussels.", date=DATE)
    assert any(code == "190" for _, _, code in found)


@pytest.mark.parametrize(
    "text",
    [
        "The White House told reporters to leave the room.",  # no party a demand is made on
        "Biden told his aides to stop leaking to the press.",  # one's own people
        "The president told the army to withdraw from the border.",  # one's own forces
    ],
)
def test_instruction_to_no_party_is_no_demand(dyads, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [code for _, _, code in dyads(text, date=DATE) if code.startswith("10")]


def test_object_before_purpose_stays_a_purpose(dyads) -> None:  # type: ignore[no-untyped-def]
    """After a non-actor object the infinitive is a purpose: the demand is for the ceasefire."""
    codes = {code for _, _, code in dyads("Egypt demanded a ceasefire to allow aid into Gaza.", date=DATE)}
    assert "1055" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "The United States vetoed a Security Council resolution calling for an immediate ceasefire in Gaza.",
        "Russia voted against a resolution condemning the annexation.",
        "Iran rejected a European ultimatum to comply fully with the nuclear deal.",  # the text's content
    ],
)
def test_document_not_issued_does_nothing(dyads, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [code for _, _, code in dyads(text, date=DATE) if code[:2] in ("02", "08", "11")]
