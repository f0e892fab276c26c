"""Dictionary coverage from unlabelled news: ordinary event verbs and their argument shapes.

Each case is one entry family added after counting the main verbs of corpus sentences that named two
actors but coded nothing. Actors are given explicitly, so these tests pin the predicate dictionary.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def code(code_with_actors):  # type: ignore[no-untyped-def]
    return code_with_actors


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # appeals, meetings, comments
        ("Kiev implored Washington to send more air defences.", {"Kiev": "UKRGOV", "Washington": "USAGOV"}, "020"),
        ("Obama shook hands with Castro at the summit.", {"Obama": "USAGOV", "Castro": "CUBGOV"}, "040"),
        ("Germany sent a delegation to Turkey.", {"Germany": "DEU", "Turkey": "TUR"}, "042"),
        ("Qatar dispatched mediators to Sudan.", {"Qatar": "QAT", "Sudan": "SDN"}, "045"),
        ("Xi exchanged views with Putin on the crisis.", {"Xi": "CHNGOV", "Putin": "RUSGOV"}, "040"),
        ("Brazil cast doubt on Argentina's plan.", {"Brazil": "BRA", "Argentina": "ARG"}, "012"),
        ("Spain commiserated with Italy over the earthquake.", {"Spain": "ESP", "Italy": "ITA"}, "018"),
        # agreements, trade, aid
        ("Israel and Egypt agreed on a framework for the talks.", {"Israel": "ISR", "Egypt": "EGY"}, "057"),
        ("Norway signed a convention with Sweden.", {"Norway": "NOR", "Sweden": "SWE"}, "057"),
        ("Qatar sold gas to Japan.", {"Qatar": "QAT", "Japan": "JPN"}, "061"),
        ("China transferred weapons to Pakistan.", {"China": "CHN", "Pakistan": "PAK"}, "072"),
        ("Japan gave Vietnam six patrol boats.", {"Japan": "JPN", "Vietnam": "VNM"}, "072"),
        ("India supplied vaccines to Nepal.", {"India": "IND", "Nepal": "NPL"}, "073"),
        ("Turkey took in Syrian refugees.", {"Turkey": "TUR", "Syrian refugees": "SYRREF"}, "075"),
        ("Ghana made a request to Nigeria for help.", {"Ghana": "GHA", "Nigeria": "NGA"}, "020"),
        ("Syria agreed to the plan of Russia.", {"Syria": "SYR", "Russia": "RUS"}, "037"),
        # yielding
        ("Egypt heeded calls from Washington to open the crossing.", {"Egypt": "EGY", "Washington": "USAGOV"}, "080"),
        ("Israel rescinded its sanctions against Jordan.", {"Israel": "ISR", "Jordan": "JOR"}, "085"),
        ("Israel removed restrictions on Palestinian workers.", {"Israel": "ISR", "Palestinian": "PSE"}, "081"),
        ("Iran curbed its nuclear programme.", {"Iran": "IRN"}, "0832"),
        ("Ukraine and Russia respected the ceasefire.", {"Ukraine": "UKR", "Russia": "RUS"}, "0871"),
        # investigations, disapproval, vetoes, threats
        ("The House committee issued a subpoena to the Pentagon.", {"House": "USALEG", "Pentagon": "USAMIL"}, "090"),
        ("Trump took aim at China over its trade practices.", {"Trump": "USAGOV", "China": "CHN"}, "111"),
        ("Germany admonished Poland over judicial reforms.", {"Germany": "DEU", "Poland": "POL"}, "111"),
        ("Ukraine implicated Russia in the downing of the airliner.", {"Ukraine": "UKR", "Russia": "RUS"}, "112"),
        ("Hungary blocked the statement on Ukraine.", {"Hungary": "HUN", "Ukraine": "UKR"}, "129"),
        ("China cautioned Japan against interference.", {"China": "CHN", "Japan": "JPN"}, "130"),
        # force posture, reduced relations
        ("Russia dispatched two frigates to Syria.", {"Russia": "RUS", "Syria": "SYR"}, "154"),
        ("Russian jets buzzed an American destroyer.", {"Russian jets": "RUSMIL", "destroyer": "USAMIL"}, "150"),
        ("Japan scrambled fighter jets against China.", {"Japan": "JPN", "China": "CHN"}, "152"),
        ("China curtailed contacts with Taiwan.", {"China": "CHN", "Taiwan": "TWN"}, "160"),
        ("The Palestinians walked away from the negotiations with Israel.", {"Palestinians": "PSE", "Israel": "ISR"},
         "164"),
        ("Iran backed out of the deal with France.", {"Iran": "IRN", "France": "FRA"}, "166"),
        ("The United States slapped duties on Canada.", {"United States": "USA", "Canada": "CAN"}, "163"),
        # coercion
        ("Washington put pressure on Ankara.", {"Washington": "USAGOV", "Ankara": "TURGOV"}, "170"),
        ("Britain proscribed Hezbollah.", {"Britain": "GBR", "Hezbollah": "LBNINSHZB"}, "172"),
        ("Belarus muzzled the opposition press.", {"Belarus": "BLRGOV", "opposition press": "BLRMED"}, "1721"),
        ("Police nabbed two suspects.", {"Police": "USACOP", "suspects": "USACRM"}, "173"),
        ("Israel barred the Palestinian lawmakers from travelling.", {"Israel": "ISR", "lawmakers": "PSELEG"}, "172"),
        ("Protesters threw stones at the police in Cairo.", {"Protesters": "EGYCVL", "police": "EGYCOP"}, "145"),
        ("The army crushed the protests of students.", {"army": "IRNMIL", "students": "IRNEDU"}, "175"),
    ],
)
def test_news_phrasings_code_their_events(code, text, codes, expected) -> None:  # type: ignore[no-untyped-def]
    found = code(text, codes)
    assert expected in [cameo for _, _, cameo in found], found


@pytest.mark.parametrize(
    ("text", "codes", "dyad", "expected"),
    [
        ("Trump took a swipe at Iran.", {"Trump": "USAGOV", "Iran": "IRN"}, ("USAGOV", "IRN"), "111"),
        ("The EU stepped up pressure on Belarus.", {"EU": "IGOEUREEC", "Belarus": "BLR"}, ("IGOEUREEC", "BLR"), "170"),
        ("France shipped aid to Lebanon.", {"France": "FRA", "Lebanon": "LBN"}, ("FRA", "LBN"), "070"),
    ],
)
def test_the_doer_is_the_source_and_the_named_party_the_target(code, text, codes, dyad, expected) -> None:  # type: ignore[no-untyped-def]
    assert (*dyad, expected) in code(text, codes)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("A massive storm hammered Boston.", {"Boston": "USA"}),
        ("The deaths raised questions about the police.", {"police": "USACOP"}),
        ("It is hard to fault Britain for trying.", {"Britain": "GBR"}),
        ("The Senate favours extending the law.", {"Senate": "USALEG"}),
        ("Iran took the plan into account.", {"Iran": "IRN"}),
        ("Spain sold its old embassy building.", {"Spain": "ESP"}),
    ],
)
def test_look_alikes_code_nothing(code, text, codes) -> None:  # type: ignore[no-untyped-def]
    assert code(text, codes) == []
