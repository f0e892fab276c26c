"""Vocabulary round 6 for roots 13–20: threats, protest, force posture, reduced relations, coercion and force
in the phrasing of international wire copy (families written from the CAMEO definitions; sentences are our own)."""

from __future__ import annotations

import pytest


def _countries(found: list[tuple]) -> set[tuple]:
    """(source country, target country or None, code): the dyad by its first three letters."""
    return {(s[:3] if s else None, t[:3] if t else None, code) for s, t, code in found}


FAMILIES = [
    # 13 threats: brandished threats and notice served, reprisals, trade sanctions, a break in relations,
    # "a fitting reply", force hinted at
    ("Iran brandished the threat of an oil embargo against the West.", ("IRN", None, "130")),
    ("The European Union warned of further steps against Belgrade.", ("IGO", "SRB", "131")),
    ("Libya threatened Italy with reprisals.", ("LBY", "ITA", "131")),
    ("Washington threatened Tokyo with trade sanctions.", ("USA", "JPN", "1312")),
    ("The United States hinted at sanctions against India.", ("USA", "IND", "1312")),
    ("Iran threatened a break in relations with Britain.", ("IRN", "GBR", "1313")),
    ("India vowed a fitting reply to Pakistan.", ("IND", "PAK", "138")),
    ("China hinted at military action against Taiwan.", ("CHN", "TWN", "138")),
    # 14 civil disobedience, crowds storming a mission
    ("Kosovo Albanians launched a campaign of civil disobedience against Serbia.", ("ALB", "SRB", "140")),
    ("Iranian protesters stormed the British embassy in Tehran.", ("IRN", "GBR", "145")),
    # 15 close passes, parades, alert levels, war footing, units mobilised, rushed and ordered to a front
    ("Syrian jets buzzed Israeli positions on the Golan Heights.", ("SYR", "ISR", "150")),
    ("Iraq paraded its troops near the Kuwaiti border.", ("IRQ", None, "150")),
    ("Russia increased its military activity near Estonia.", ("RUS", None, "150")),
    ("Egypt raised the alert level at its embassies in Israel.", ("EGY", "ISR", "151")),
    ("Pakistan put its armed forces on a war footing against India.", ("PAK", "IND", "152")),
    ("Russia mobilised reservists along the Ukrainian border.", ("RUS", "UKR", "154")),
    ("India rushed troops to the border with China.", ("IND", "CHN", "154")),
    ("The Pentagon ordered more troops to Saudi Arabia.", ("USA", "SAU", "154")),
    ("Pakistan beefed up its military presence along the Indian border.", ("PAK", "IND", "154")),
    # 16 diplomatic relations named so, persona non grata, interests sections, normalisation and cooperation
    # ended, lending, weapons and food deliveries halted, imports blocked, goods boycotted, mediation
    # abandoned, peacekeepers and monitors pulled out
    ("Morocco cut diplomatic relations with Iran.", ("MAR", "IRN", "161")),
    ("The United States declared an Iraqi diplomat persona non grata.", ("USA", "IRQ", "161")),
    ("Egypt froze normalisation with Israel.", ("EGY", "ISR", "160")),
    ("Turkey ended its military cooperation with Israel.", ("TUR", "ISR", "160")),
    ("The Palestinian Authority halted security coordination with Israel.", ("PSE", "ISR", "160")),
    ("The World Bank froze lending to Kenya.", ("IGO", "KEN", "1621")),
    ("France froze weapons deliveries to Rwanda.", ("FRA", "RWA", "1622")),
    ("The UN halted food deliveries to Darfur.", ("IGO", "SDN", "1623")),
    ("The United States blocked imports of Iranian oil.", ("USA", "IRN", "163")),
    ("The Arab League boycotted Israeli goods.", ("IGO", "ISR", "163")),
    ("Egypt abandoned its mediation between Israel and Hamas.", ("EGY", "ISR", "165")),
    ("Belgium pulled its peacekeepers out of Rwanda.", ("BEL", "RWA", "1661")),
    ("The OSCE pulled its monitors out of Kosovo.", ("IGO", "KSV", "1662")),
    # peacekeepers, inspectors and aid agencies forced or driven out are expelled (not a mass expulsion, 201)
    ("Eritrea forced out the UN peacekeepers.", ("ERI", "IGO", "1661")),
    ("Iraq drove out the UN inspectors.", ("IRQ", "IGO", "1662")),
    ("Sudan forced out the foreign aid agencies.", ("SDN", "NGO", "1663")),
    # "the expulsion of …" is the expulsion of whom it names: a state's officials (161), UN staff (166), a
    # journalist (174); only a mass expulsion is 201
    ("Iraq ordered the expulsion of two American diplomats.", ("IRQ", "USA", "161")),
    ("Iraq ordered the expulsion of the UN weapons inspectors.", ("IRQ", "IGO", "166")),
    ("Kenya ordered the expulsion of the British journalist.", ("KEN", "GBR", "174")),
    # 17 property looted, torched; arms confiscated; dailies banned; candidates disqualified;
    # curfews and martial law; house arrest; crowds clubbed and hosed; computers attacked
    ("Indian troops seized the weapons of the Kashmiri militants.", ("IND", "IND", "1711")),
    ("Serb forces looted the homes of ethnic Albanians.", ("SRB", "ALB", "1711")),
    ("Serb troops torched Albanian houses.", ("SRB", "ALB", "1712")),
    ("The Iranian authorities banned the reformist daily.", ("IRN", "IRN", "1721")),
    ("The military government suspended the publication of the opposition newspaper.", ("GOV", "MED", "1721")),
    ("Egyptian police held the opposition leader for questioning.", ("EGY", "EGY", "173")),
    ("The Iranian Guardian Council disqualified reformist candidates.", ("IRN", "IRN", "1722")),
    ("The Indonesian army placed Dili under curfew.", ("IDN", "IDN", "1723")),
    ("Musharraf declared emergency rule in Pakistan.", ("PAK", "PAK", "1724")),
    ("Marcos placed the Philippines under martial law.", ("PHL", "PHL", "1724")),
    ("The Burmese junta placed Aung San Suu Kyi under house arrest.", ("MMR", "MMR", "173")),
    ("Israel held the Palestinian activists without trial.", ("ISR", "PSE", "173")),
    ("Indonesian police clubbed the student protesters.", ("IDN", "IDN", "175")),
    ("Turkish police turned water cannon on the Kurdish protesters.", ("TUR", "TUR", "175")),
    ("Chinese hackers attacked the Pentagon's computers.", ("CHN", "USA", "176")),
    ("Serbian hackers crippled NATO's websites.", ("SRB", "IGO", "176")),
    # 19 closures, towns reoccupied, cruise missiles launched against a country
    ("Israel imposed a closure on the West Bank.", ("ISR", "PSE", "191")),
    ("Israeli troops reoccupied Palestinian towns in the West Bank.", ("ISR", "PSE", "192")),
    ("The United States launched cruise missiles against Sudan.", ("USA", "SDN", "195")),
]


@pytest.mark.parametrize(("text", "event"), FAMILIES, ids=[event[2] + ":" + text[:30] for text, event in FAMILIES])
def test_round6_family_codes(dyads, text: str, event: tuple) -> None:  # type: ignore[no-untyped-def]
    assert event in _countries(dyads(text))


CODES_ONLY = [
    # the code is the point; the target of these depends on place words, not on the family
    ("Iraq deployed two divisions near the Kuwaiti border.", "154"),
    ("Tunisia closed its interests section in Tel Aviv.", "161"),
    ("Serb militiamen set the Muslim village ablaze.", "1712"),
    ("Israeli troops enforced a curfew in Hebron.", "1723"),
    ("The rebels served notice on the Sudanese government.", "130"),
]


@pytest.mark.parametrize(("text", "code"), CODES_ONLY, ids=[code + ":" + text[:30] for text, code in CODES_ONLY])
def test_round6_family_codes_only(dyads, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert code in {c for _, _, c in dyads(text)}


# --- precision: what these families must not code ----------------------------------------------------------
def test_presence_kinds(dyads) -> None:  # type: ignore[no-untyped-def]
    # equal patterns go by file order: the military presence (154) is listed before the security one (151)
    assert "151" in {c for _, _, c in dyads("Egypt beefed up the security presence around the Israeli embassy.")}
    assert "154" in {c for _, _, c in dyads("Turkey beefed up its military presence on the Syrian border.")}


def test_nuclear_sites_attacked_are_no_cyberattack(dyads) -> None:  # type: ignore[no-untyped-def]
    codes = {c for _, _, c in dyads("Israel could attack Iran's nuclear sites before the US election.")}
    assert "176" not in codes


def test_a_missile_test_into_the_sea_stays_a_show_of_force(dyads) -> None:  # type: ignore[no-untyped-def]
    # only "against" or "on" a party makes a missile launch an attack (195)
    codes = {c for _, _, c in dyads("North Korea launched a ballistic missile into the Sea of Japan.")}
    assert "195" not in codes


def test_crowds_that_loot_shops_riot(dyads) -> None:  # type: ignore[no-untyped-def]
    codes = {c for _, _, c in dyads("Indonesian rioters looted shops in Jakarta.")}
    assert "1711" not in codes


def test_volunteers_mobilised_for_a_vote_are_no_troops(dyads) -> None:  # type: ignore[no-untyped-def]
    codes = {c for _, _, c in dyads("The Democrats mobilized volunteers in Ohio.")}
    assert "154" not in codes


def test_an_expulsion_from_a_party_stays_an_expulsion(dyads) -> None:  # type: ignore[no-untyped-def]
    # only a state (or its government) expelling officials expels diplomats (role_rules)
    assert "161" not in {c for _, _, c in dyads("The party expelled the mayor.")}


def test_troops_driving_out_rebels_is_no_mass_expulsion(dyads) -> None:  # type: ignore[no-untyped-def]
    assert "201" not in {c for _, _, c in dyads("The army drove out the rebels from the town.")}


def test_a_leader_met_at_the_airport_is_not_arrested(dyads) -> None:  # type: ignore[no-untyped-def]
    assert "173" not in {c for _, _, c in dyads("Biden picked up the Japanese prime minister at the airport.")}


def test_being_on_alert_is_no_alert_raised(dyads) -> None:  # type: ignore[no-untyped-def]
    assert not {"151", "152"} & {c for _, _, c in dyads("The Democrats are on alert for voter fraud.")}


def test_a_labour_strike_hinted_at_is_no_military_threat(dyads) -> None:  # type: ignore[no-untyped-def]
    codes = {c for _, _, c in dyads("The Korean unions hinted at a strike against the government.")}
    assert "138" not in codes


def test_oil_exports_blocked_through_a_strait_are_no_embargo(dyads) -> None:  # type: ignore[no-untyped-def]
    # a state barring imports imposes an embargo (163); blocking exports through a strait is a blockade
    codes = {c for _, _, c in dyads("Iran blocked the export of oil through the Strait of Hormuz.")}
    assert "163" not in codes
