"""The events stage's vocabulary and code choice: which phrasings code which CAMEO events.

Actors are given explicitly (as the actors stage would hand them over), so these tests pin the predicate
dictionary, the frames and the matching rules, not actor resolution.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def code(code_with_actors):  # type: ignore[no-untyped-def]
    return code_with_actors


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Israel relaxed restrictions on Palestinian workers.", {"Israel": "ISR", "Palestinian": "PSE"}, "081"),
        (
            "The Palestinians pulled out of the negotiations with Israel.",
            {"Palestinians": "PSE", "Israel": "ISR"},
            "164",
        ),
        ("The rebels laid down their arms.", {"rebels": "COLREB"}, "0873"),
        ("Syria ruled out negotiations with Israel.", {"Syria": "SYR", "Israel": "ISR"}, "125"),
        ("NATO gave Serbia 48 hours to withdraw its forces.", {"NATO": "IGOWSTNAT", "Serbia": "SRB"}, "139"),
        ("Police broke up the protest camps in Cairo.", {"Police": "EGYCOP"}, "175"),
        ("Japan marked the anniversary of the bombing of Hiroshima.", {"Japan": "JPN"}, "017"),
        ("Japan expressed regret to China over the incident.", {"Japan": "JPN", "China": "CHN"}, "055"),
    ],
)
def test_phrasings_of_the_wire_code_their_events(code, text, codes, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in [cameo for _, _, cameo in code(text, codes)]


def test_the_head_noun_outranks_a_quantity_content(code) -> None:  # type: ignore[no-untyped-def]
    got = code("The rebels demanded the withdrawal of government troops.", {"rebels": "SDNREB"})
    assert [cameo for _, _, cameo in got] == ["1056"]  # a demand for withdrawal, not for troops (1012)


def test_admitting_an_act_is_claiming_responsibility_not_the_act(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Hamas admitted that it had attacked Israel.", {"Hamas": "PSEINSHMS", "Israel": "ISR"})
    assert got == [("PSEINSHMS", "ISR", "015")]


def test_denying_an_act_is_denying_responsibility(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Iran denied that it was supplying weapons to the Houthis.", {"Iran": "IRN", "Houthis": "YEMREB"})
    assert [(s, c) for s, _, c in got] == [("IRN", "016")]


def test_charging_that_is_an_accusation_against_the_clause_subject(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Iran charged that Iraq had violated the ceasefire.", {"Iran": "IRN", "Iraq": "IRQ"})
    assert got == [("IRN", "IRQ", "112")]


def test_permitting_an_act_yields_to_the_one_allowed(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Iraq allowed the UN envoy to visit Baghdad.", {"Iraq": "IRQ", "UN envoy": "IGOUNO"})
    assert got == [("IRQ", "IGOUNO", "086")]


def test_a_frame_inside_an_appeal_is_not_coded_again(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Amnesty urged Myanmar to allow refugees to return.", {"Amnesty": "NGOAMN", "Myanmar": "MMR"})
    assert [c[:2] for _, _, c in got] == ["02"]


def test_a_negated_optimistic_comment_is_a_pessimistic_one(code) -> None:  # type: ignore[no-untyped-def]
    got = code("India said it was not hopeful about the talks with Pakistan.", {"India": "IND", "Pakistan": "PAK"})
    assert got == [("IND", "PAK", "012")]


def test_receiving_aid_makes_the_giver_the_source(code) -> None:  # type: ignore[no-untyped-def]
    got = code(
        "Pakistan received $200 million in aid from the United States.",
        {"Pakistan": "PAK", "the United States": "USA"},
    )
    assert got == [("USA", "PAK", "071")]


def test_a_doerless_gerund_in_a_topic_phrase_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    got = code(
        "US and Russian officials held talks on ending the war in Ukraine.",
        {"US": "USA", "Russian": "RUS", "Ukraine": "UKR"},
    )
    assert {c for _, _, c in got} == {"040"}


def test_warning_that_something_may_happen_is_no_threat(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Russia could invade Ukraine, US officials warned.", {"Russia": "RUS", "Ukraine": "UKR", "US": "USA"})
    assert "130" not in {c for _, _, c in got}
    assert code("China warned Taiwan.", {"China": "CHN", "Taiwan": "TWN"}) == [("CHN", "TWN", "130")]


def test_a_sports_result_is_no_assault(code) -> None:  # type: ignore[no-untyped-def]
    assert code("France beat Croatia 4-2 in the final.", {"France": "FRA", "Croatia": "HRV"}) == []


def test_one_event_per_sentence_dyad_and_code(code) -> None:  # type: ignore[no-untyped-def]
    got = code(
        "Britain closed its embassy in Damascus and withdrew its diplomats from Syria.",
        {"Britain": "GBR", "Damascus": "SYR", "Syria": "SYR"},
    )
    assert got == [("GBR", "SYR", "161")]


def test_role_rules_keep_seized_and_destroyed_property_apart_from_territory(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Iranian forces seized a British tanker.", {"Iranian forces": "IRNMIL", "British": "GBR"}) == [
        ("IRNMIL", "GBR", "1711")
    ]
    assert code("Russian troops seized Kherson.", {"Russian troops": "RUSMIL", "Kherson": "UKR"}) == [
        ("RUSMIL", "UKR", "192")
    ]


def test_role_rules_for_who_acts_on_whom(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Israel killed several Iranian commanders.", {"Israel": "ISR", "Iranian commanders": "IRNMIL"})
    assert got == [("ISR", "IRNMIL", "190")]  # a state killing soldiers fights, it does not murder
    got = code("French unions launched a strike against the government.", {"unions": "FRALAB", "government": "FRAGOV"})
    assert [c for _, _, c in got] == ["143"]
    got = code("Protesters set fire to a police station.", {"Protesters": "USACVL", "police": "USACOP"})
    assert [c for _, _, c in got] == ["145"]


def test_calling_something_a_mistake_is_criticism(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Netanyahu called the deal with Iran a historic mistake.", {"Netanyahu": "ISRGOV", "Iran": "IRN"})
    assert got == [("ISRGOV", "IRN", "111")]


def test_a_doerless_gerund_after_a_preposition_is_background(code) -> None:  # type: ignore[no-untyped-def]
    got = code(
        "US officials accused Iranian agents of plotting to assassinate the Saudi ambassador.",
        {"US officials": "USAGOV", "Iranian agents": "IRNSPY", "Saudi ambassador": "SAUGOV"},
    )
    assert got == [("USAGOV", "IRNSPY", "112")]


def test_an_agentless_passive_appeal_is_no_appeal(code) -> None:  # type: ignore[no-untyped-def]
    got = code(
        "The Foreign Ministry declined comment when asked about the ruling against China.",
        {"The Foreign Ministry": "CHNGOV", "China": "CHN"},
    )
    assert [c for _, _, c in got] == ["011"]


def test_a_passive_appeal_is_addressed_to_its_subject(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Iran was urged by France to release the prisoners.", {"Iran": "IRN", "France": "FRA"})
    assert got == [("FRA", "IRN", "0253")]


def test_dissenters_calling_off_a_strike_ease_dissent(code) -> None:  # type: ignore[no-untyped-def]
    assert [c for _, _, c in code("The unions called off the general strike.", {"unions": "FRALAB"})] == ["082"]


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # round 3: formal wire phrasings of the weakest roots, written from the CAMEO definitions
        ("Israel vowed to retaliate against Hezbollah.", {"Israel": "ISR", "Hezbollah": "LBNINSHZB"}, "138"),
        ("Israel retaliated against Hezbollah.", {"Israel": "ISR", "Hezbollah": "LBNINSHZB"}, "190"),
        ("Hamas vowed reprisals against Israel.", {"Hamas": "PSEINSHMS", "Israel": "ISR"}, "138"),
        ("Turkey cut off talks with Greece.", {"Turkey": "TUR", "Greece": "GRC"}, "164"),
        ("Iran broke off relations with Saudi Arabia.", {"Iran": "IRN", "Saudi Arabia": "SAU"}, "161"),
        ("Germany froze arms sales to Saudi Arabia.", {"Germany": "DEU", "Saudi Arabia": "SAU"}, "1622"),
        ("Australia scrapped its submarine deal with France.", {"Australia": "AUS", "France": "FRA"}, "160"),
        ("Serbia complied with the demands of NATO.", {"Serbia": "SRB", "NATO": "IGOWSTNAT"}, "080"),
        ("Israel suspended settlement construction.", {"Israel": "ISR"}, "0832"),
        ("Russia repudiated the treaty with Ukraine.", {"Russia": "RUS", "Ukraine": "UKR"}, "127"),
        ("Iran reiterated its demand for an apology from Britain.", {"Iran": "IRN", "Britain": "GBR"}, "100"),
        ("Iran is open to negotiations with France.", {"Iran": "IRN", "France": "FRA"}, "036"),
        ("Israel agreed to a prisoner exchange with Hamas.", {"Israel": "ISR", "Hamas": "PSEINSHMS"}, "0353"),
        ("Russia kicked out the British journalist.", {"Russia": "RUS", "British journalist": "GBRMED"}, "174"),
        ("The junta dissolved the National League for Democracy.", {"junta": "MMRMIL"}, "1722"),
        ("Iran hanged the Kurdish activists.", {"Iran": "IRN", "Kurdish activists": "IRNOPP"}, "1823"),
        ("Japan regretted the loss of life in Turkey.", {"Japan": "JPN", "Turkey": "TUR"}, "018"),
    ],
)
def test_formal_wire_phrasings_of_the_weakest_roots(code, text, codes, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in [cameo for _, _, cameo in code(text, codes)]


def test_tear_gassing_protesters_is_repression_not_a_chemical_attack(code) -> None:  # type: ignore[no-untyped-def]
    got = code("Police tear-gassed the protesters in Cairo.", {"Police": "EGYCOP", "protesters": "EGYCVL"})
    assert [cameo for _, _, cameo in got] == ["175"]
