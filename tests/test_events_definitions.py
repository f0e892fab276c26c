"""Dictionary entries added from CAMEO's code definitions (tests/gold/events/events_definitions.jsonl).

Each sentence is written for this test (none is taken from a gold or evaluation file) and exercises one
family of patterns in ``data/events/predicates/``: the phrase a wire writer uses for the code's act.
"""

from __future__ import annotations

import pytest

DATE = "2023-06-01"
CASES = [
    ("The Egyptian foreign ministry remained silent on the report.", ("EGYGOV", None, "011")),
    ("Jordan refrained from commenting on the Israeli plan.", ("JOR", "ISR", "011")),
    ("The Iraqi prime minister lamented the lack of progress in talks with Kurdistan.", ("IRQGOV", None, "012")),
    ("Pakistan distanced itself from the attack on Indian troops.", ("PAK", "INDMIL", "016")),
    ("Russia called the British accusations absurd.", ("RUS", "GBR", "016")),
    ("Ghana courted Chinese investors at a forum in Accra.", ("GHA", "CHNBUS", "0211")),
    ("Ukraine pressed Germany for tanks.", ("UKR", "DEU", "0232")),
    ("Taiwan requested more missiles from the United States.", ("TWN", "USA", "0232")),
    ("Modi met Xi on the sidelines of the summit in Johannesburg.", ("INDGOV", "CHNGOV", "044")),
    ("Norway facilitated talks between Colombia and the ELN rebels.", ("NOR", "COL", "045")),
    ("Brazil coordinated its position with Argentina ahead of the summit.", ("BRA", "ARG", "050")),
    ("Hungary lobbied for Serbia's membership of the European Union.", ("HUN", "SRB", "053")),
    ("Germany affirmed its support for Ukraine's membership bid.", ("DEU", "UKR", "032")),
    ("Japan expressed remorse to South Korea for its colonial rule.", ("JPN", "KOR", "055")),
    ("Germany returned ancient statues to Egypt.", ("DEU", "EGY", "0842")),
    ("Egypt allowed fuel trucks into Gaza.", ("EGY", "PSE", "0863")),
    ("Russia announced the pullback of its troops from Kherson.", ("RUSMIL", "UKR", "0874")),
    ("Kenya scrapped the new tax on fuel after mass protests.", ("KEN", "KEN", "0832")),
    ("Israel declared a humanitarian pause in northern Gaza.", ("ISR", "PSE", "0871")),
    ("Ukraine demanded talks with Russia on the prisoner exchange.", ("UKR", "RUS", "106")),
    ("The Philippines demanded mediation in its dispute with China.", ("PHL", "CHN", "108")),
    ("A court in Moscow jailed the opposition activist for 25 years.", ("RUSJUD", "RUSOPP", "116")),
    ("Russian warships blockaded Ukraine's ports.", ("RUSMIL", "UKR", "191")),
    ("Russia ruled out a ceasefire in Ukraine.", ("RUS", "UKR", "1246")),
    ("China scaled back exchanges with Lithuania.", ("CHN", "LTU", "160")),
    ("Niger tore up its military agreement with France.", ("NER", "FRA", "160")),
    ("Iran restricted press freedom.", ("IRN", "IRN", "1721")),
    ("North Korea launched a cyberattack on South Korean banks.", ("PRK", "KORBUS", "176")),
    ("Indian and Pakistani troops exchanged fire along the Line of Control.", ("INDMIL", "PAKMIL", "193")),
    ("A wave of Russian missile strikes hit Ukrainian cities.", ("RUS", "UKR", "195")),
    ("Kenyan protesters clashed with police in Nairobi.", ("KENCVL", "KENCOP", "145")),
    ("Iraqi forces used mustard gas against Kurdish villagers in Halabja.", ("IRQMIL", "IRQCVL", "2041")),
    ("Venezuela nationalised the oil fields of ExxonMobil.", ("VEN", "USABUS", "1711")),
    ("Israel provided Washington with intelligence on Iran.", ("ISR", "USAGOV", "064")),
    ("Washington provided Kyiv with air defence systems.", ("USAGOV", "UKRGOV", "072")),
    ("Japan issued an apology to China.", ("JPN", "CHN", "055")),
    ("India extended an invitation to Pakistan's prime minister.", ("IND", "PAKGOV", "026")),
    ("Tokyo voiced its objection to the Chinese survey ship.", ("JPNGOV", "CHN", "110")),
    ("Egypt said it regretted Ethiopia's decision.", ("EGY", "ETH", "110")),
    ("India suspended visas for Canadian citizens.", ("IND", "CANCVL", "172")),
    ("Russia cut gas deliveries to Poland.", ("RUS", "POL", "163")),
    ("Kyiv begged the West for more artillery shells.", ("UKRGOV", None, "0232")),
    ("Turkey grieved for the victims of the attack in France.", ("TUR", "FRA", "018")),
    ("Egypt threw its support behind the Palestinian position.", ("EGY", "PSE", "051")),
    ("India exchanged accusations with Pakistan over the attack.", ("IND", "PAK", "112")),
]


@pytest.mark.parametrize(("text", "event"), CASES, ids=[f"{event[2]} {text[:40]}" for text, event in CASES])
def test_definition_phrase_is_coded(dyads, text: str, event: tuple) -> None:  # type: ignore[no-untyped-def]
    assert event in dyads(text, date=DATE)


def test_missile_strikes_are_aerial_not_artillery(dyads) -> None:  # type: ignore[no-untyped-def]
    codes = {code for _, _, code in dyads("Russian missile strikes hit Kyiv overnight.", date=DATE)}
    assert "195" in codes
    assert "194" not in codes


def test_demand_for_talks_is_106_and_mediation_108(dyads) -> None:  # type: ignore[no-untyped-def]
    """CAMEO manual numbering: 106 demand talks, 108 demand mediation; the demand frame agrees."""
    assert ("UKR", "RUS", "106") in dyads("Ukraine demanded that Russia hold talks on the prisoners.", date=DATE)
    assert ("UKR", "RUS", "106") in dyads("Ukraine demanded talks with Russia.", date=DATE)
