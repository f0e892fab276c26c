# ruff: noqa: E501 -- one probe sentence a line
"""Round 8 probes of demands (CAMEO 10) and appeals (02), written from the code definitions in wire and
modern phrasing: demand and appeal nouns with a that-clause or a "for" object, "press/lobby X for Y",
objects before infinitives, passives, reported speech, headlines, coordination, targets in "from"."""

from __future__ import annotations

import pytest

# (text, source prefix or suffix, target prefix or suffix, CAMEO code); None accepts any actor
PROBES = [
    # nouns: "its demand that …", "its call on X to …", "its demand for …"
    ('Russia repeated its demand that NATO halt its expansion eastward.', 'RUS', 'IGOWSTNAT', '100'),
    ('The Palestinians repeated their demand that Israel stop building settlements.', 'PSE', 'ISR', '100'),
    ('Syria repeated its demand for a full Israeli withdrawal from the Golan Heights.', 'SYR', 'ISR', '1056'),
    ('Ukraine renewed its plea for Western fighter jets.', 'UKR', None, '0232'),
    ('The Arab League renewed its call for an international peace conference.', 'IGOARBLEA', None, '026'),
    ('Egypt made an urgent appeal to Israel to end the blockade of Gaza.', 'EGY', 'ISR', '0256'),
    # "press/push/lobby X for Y"
    ('The United States pressed Israel for a freeze on settlements.', 'USA', 'ISR', '0242'),
    ('India pushed Pakistan for action against the militants.', 'IND', 'PAK', '020'),
    ('Serbia pressed the United Nations for a resolution condemning the attacks.', 'SRB', 'IGOUNO', '020'),
    ('Taiwan lobbied Washington for advanced fighter jets.', 'TWN', 'USA', '0232'),
    ('Japan lobbied the European Union to lift the embargo.', 'JPN', 'IGOEUREEC', '0254'),
    ('Israel lobbied the United States to block the resolution.', 'ISR', 'USA', '020'),
    ('Bosnia pleaded with NATO to bomb Serb positions.', 'BIH', 'IGOWSTNAT', '020'),
    ('Zelensky pleaded with Congress for more weapons.', 'UKR', 'USALEG', '0232'),
    # objects before infinitives, coordination
    ('Turkey pressed Washington to extradite the cleric.', 'TUR', 'USA', '0213'),
    ('Germany and France urged Russia to withdraw its troops from Georgia.', 'FRA', 'RUS', '0256'),
    ('Britain urged Iran and Iraq to accept a ceasefire.', 'GBR', 'IRQ', '0256'),
    ('The Pope urged Israelis and Palestinians to return to the negotiating table.', None, 'PSE', '026'),
    ('Washington urged Pyongyang to return to the six-party talks.', 'USA', 'PRK', '026'),
    ('Sri Lanka asked Norway to mediate in the conflict.', 'LKA', 'NOR', '028'),
    ('Kenya asked the African Union to send peacekeepers to Somalia.', 'KEN', 'IGOAFRAFU', '0234'),
    ('The United States urged China to free political prisoners.', 'USA', 'CHN', '0253'),
    ('Britain urged Mugabe to step down.', 'GBR', 'ZWE', '0241'),
    ('Washington urged Moscow to allow observers into Chechnya.', 'USA', 'RUS', '0255'),
    ('The UN urged India and Pakistan to resume talks on Kashmir.', 'IGOUNO', 'PAK', '026'),
    ('Turkey urged Azerbaijan and Armenia to resume peace talks.', 'TUR', 'ARM', '026'),
    ('The United States and the European Union called on Belarus to free political prisoners.', 'IGOEUREEC', 'BLR', '0253'),
    ('Zimbabwe urged Britain to lift sanctions.', 'ZWE', 'GBR', '0254'),
    # passives and reported speech
    ('Israel was urged by the United States to halt settlement construction.', 'USA', 'ISR', '0242'),
    ('Syria was urged by France and Britain to withdraw its troops from Lebanon.', 'GBR', 'SYR', '0256'),
    ('Israel was asked by the United States to delay the offensive.', 'USA', 'ISR', '0256'),
    ('Egypt said it had asked Israel to withdraw its troops from the border.', 'EGY', 'ISR', '0256'),
    ('Officials said Britain had asked Washington to hand over the prisoners.', 'GBR', 'USA', '0253'),
    ('Moscow said it had demanded an explanation from Washington.', 'RUS', 'USA', '101'),
    # plain demands with a that-clause, a "from" target, kinds of demand
    ('The Kremlin demanded that Ukraine withdraw its troops from the four regions.', 'RUS', 'UKR', '1056'),
    ('Iran demanded that Britain release the seized tanker.', 'IRN', 'GBR', '1053'),
    ('India demanded that Pakistan hand over the suspects in the Mumbai attacks.', 'IND', 'PAK', '1013'),
    ('North Korea demanded that the United States lift sanctions.', 'PRK', 'USA', '1054'),
    ('Kuwait demanded on Monday, after a week of talks in Jeddah, that Iraq pay compensation for the damage.', 'KWT', 'IRQ', '100'),
    ('Iran demanded an apology from Britain for the seizure of its tanker.', 'IRN', 'GBR', '100'),
    ('China demanded an explanation from Washington over the spy plane incident.', 'CHN', 'USA', '101'),
    ('Greece demanded war reparations from Germany.', 'GRC', 'DEU', '1011'),
    ('Seoul demanded compensation from Tokyo for wartime forced labour.', 'KOR', 'JPN', '1011'),
    ('Greece demanded the return of the Parthenon marbles from Britain.', 'GRC', 'GBR', '1053'),
    ('Cuba demanded the lifting of the US embargo.', 'CUB', 'USA', '1054'),
    ('Protesters demanded that President Mubarak step down.', 'EGY', 'EGY', '1041'),
    ('Ethnic Albanians in Kosovo demanded independence from Serbia.', None, 'SRB', '1044'),
    ('The UN Security Council demanded an immediate ceasefire between Ethiopia and Eritrea.', 'IGOUNO', 'ERI', '107'),
    ('Britain and France demanded that Iraq comply with the UN resolutions.', 'FRA', 'IRQ', '105'),
    # appeals with a noun object
    ('Pakistan called for a plebiscite in Kashmir.', 'PAK', None, '0244'),
    ('Aid agencies called for humanitarian access to Darfur.', 'NGO', None, '0255'),
    ('Britain called for the lifting of sanctions on South Africa.', 'GBR', 'ZAF', '0254'),
    ('The African Union called for international mediation in the Ivory Coast crisis.', 'IGOAFRAFU', None, '028'),
    ('Sudan asked the United Nations for food aid.', 'SDN', 'IGOUNO', '0233'),
    ('Lebanon requested the deployment of UN peacekeepers along the border.', 'LBN', None, '0234'),
    # headlines
    ('Russia demands NATO halt expansion', 'RUS', 'IGOWSTNAT', '1056'),
    ('Pakistan asks India for talks on Kashmir', 'PAK', 'IND', '026'),
    ('Greece demands apology from Turkey', 'GRC', 'TUR', '100'),
    ('Ukraine asks Germany for tanks', 'UKR', 'DEU', '0232'),
    # the party addressed between the frame verb and "to"
    ('Iran urges EU to lift sanctions', 'IRN', 'IGOEUREEC', '0254'),
    ('Ukraine asks Germany to send tanks', 'UKR', 'DEU', '0232'),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), PROBES)
def test_probe(probe, text: str, source: str | None, target: str | None, code: str) -> None:  # type: ignore[no-untyped-def]
    found, events = probe(text, source, target, code)
    assert found, events


# --- frame nouns ------------------------------------------------------------------------------------
def test_demand_noun_with_that_clause_targets_its_subject(dyads) -> None:  # type: ignore[no-untyped-def]
    # one demand on NATO: the halt is asked for, not done, and not a targetless demand
    assert dyads("Russia repeated its demand that NATO halt its expansion eastward.") == [("RUS", "IGOWSTNAT", "100")]


def test_call_on_a_party_to_act_is_one_appeal_to_it(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Russia renewed its call on NATO to halt its expansion.")
    assert [(s, t) for s, t, _ in found] == [("RUS", "IGOWSTNAT")] and found[0][2].startswith("02")


def test_what_a_rejected_demand_asked_for_is_not_done(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Iraq rejected the American demand that it allow inspectors into presidential palaces.")
    assert not any(c.startswith("086") for _, _, c in found), found


def test_a_phone_call_to_a_leader_is_no_appeal(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Macron made a call to Erdogan to offer condolences.")
    assert not any(c.startswith("02") for _, _, c in found), found


# --- the persons sought are not the party asked -----------------------------------------------------
def test_released_persons_are_not_the_target(dyads) -> None:  # type: ignore[no-untyped-def]
    assert dyads("Croatia demanded the return of refugees to their homes.") == [("HRV", None, "1053")]
    assert dyads("Iran called for the release of the refugees.") == [("IRN", None, "0253")]
    # a holder named deeper in the phrase is still the target
    assert ("ISR", "PSEINSHMS", "1053") in dyads("Israel demanded the release of all hostages held by Hamas.")


# --- 0254 is easing sanctions, not imposing them ----------------------------------------------------
def test_calling_for_sanctions_is_no_appeal_to_ease_them(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("FRA", "IRN", "020") in dyads("France called for sanctions against Iran.")
    assert ("GBR", "ZAF", "0254") in dyads("Britain called for the lifting of sanctions on South Africa.")
