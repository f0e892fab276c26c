"""Vocabulary round 6 for roots 02, 04, 05, 06, 09, 10, 11, 12: the CAMEO definitions written the way wire
reports (1990s-2000s) write them. Families are written from the definitions; the sentences are our own."""

from __future__ import annotations

import pytest


def _countries(found: list[tuple]) -> set[tuple]:
    """(source country, target country or None, code): the dyad by its first three letters."""
    return {(s[:3] if s else None, t[:3] if t else None, code) for s, t, code in found}


FAMILIES = [
    # 10 demands: loud demands, conditions, apologies, accounts, damages, aid by kind, states and homelands
    ("The Kosovo Albanians are clamouring for independence from Serbia.", (None, "SRB", "1044")),
    ("Israel laid down conditions for the resumption of talks with Syria.", ("ISR", "SYR", "100")),
    ("Pakistan demanded an apology from India over the remarks.", ("PAK", "IND", "100")),
    ("Russia demanded a full accounting from NATO.", ("RUS", "IGO", "101")),
    ("Iraq claimed compensation from Kuwait.", ("IRQ", "KWT", "1011")),
    ("Egypt demanded economic aid from Washington.", ("EGY", "USA", "1031")),
    ("The Bosnian government demanded military aid from NATO.", ("BIH", "IGO", "1032")),
    ("Sarajevo demanded humanitarian aid from the European Union.", ("BIH", "IGO", "1033")),
    ("Environmental groups demanded a ban on whaling by Japan.", (None, "JPN", "1042")),
    ("The Tamil Tigers demanded a separate state from Sri Lanka.", ("LKA", "LKA", "1044")),
    ("The Kurdish rebels demanded a Kurdish homeland from Turkey.", ("TUR", "TUR", "1044")),
    ("Kosovo Albanians demanded the deployment of international observers from Serbia.", (None, "SRB", "1055")),
    ("The rebels demanded international arbitration from the government.", (None, None, "108")),
    ("Beijing stuck to its demand that Washington stop arms sales to Taiwan.", ("CHN", None, "100")),
    # 09 investigations: fact-finding missions, mass graves, war crimes inquiries, prison visits, criminal cases
    ("The UN sent a fact-finding team to Kosovo.", ("IGO", "KSV", "090")),
    ("The Serbian police exhumed a mass grave in Kosovo.", ("SRB", "KSV", "094")),
    ("The International Criminal Court opened a war crimes investigation into Russia.", ("IGO", "RUS", "094")),
    ("UN human rights investigators visited prisons in Chechnya.", ("IGO", "RUS", "092")),
    ("Swiss investigators probed bank accounts linked to the former Pakistani prime minister.", ("CHE", "PAK", "091")),
    ("Philippine police are investigating the kidnapping of the businessman.", ("PHL", None, "091")),
    ("UN investigators are looking into the Israeli shelling of the UN base.", ("IGO", "ISR", "093")),
    # 02 appeals by the kind of aid or cooperation asked for
    ("Vietnam appealed to Japan for more investment.", ("VNM", "JPN", "0211")),
    ("Russia appealed to the West for financial aid.", ("RUS", None, "0231")),
    ("Georgia requested military aid from Washington.", ("GEO", "USA", "0232")),
    ("The Red Cross appealed for humanitarian aid for the refugees in Albania.", ("NGO", "ALB", "0233")),
    ("East Timor's leaders appealed for UN peacekeepers.", ("TLS", "IGO", "0234")),
    ("The students wanted Suharto's resignation.", ("IDN", "IDN", "0241")),
    # 10 conditions laid on the other side
    ("Syria made an Israeli withdrawal from the Golan a precondition for peace.", ("SYR", "ISR", "100")),
    ("Syria conditioned peace with Israel on a full withdrawal from the Golan.", ("SYR", "ISR", "100")),
    # 11 accusations whose charge is a gerund
    ("India accused Pakistan of invading Kashmir.", ("IND", "PAK", "1123")),
    ("Kuwait accused Iraq of stealing its oil.", ("KWT", "IRQ", "1121")),
    ("The United States accused China of torturing Tibetan monks.", ("USA", "CHN", "1122")),
    # 04, 05, 06, 12
    ("Britain bargained with China over the future of Hong Kong.", ("GBR", "CHN", "046")),
    ("The Palestinians mobilised international support for their cause.", ("PSE", None, "053")),
    ("The United States provided military training to Georgian troops.", ("USA", "GEO", "062")),
    ("Egypt relayed the data to Israel.", ("EGY", "ISR", "064")),
    ("Israel tipped off Egypt about the planned attack.", ("ISR", "EGY", "064")),
    ("Greece and Turkey worked together on earthquake relief.", ("GRC", "TUR", "060")),
    ("Russia and Iran formed a joint venture to develop the gas field.", ("RUS", "IRN", "061")),
    ("Barak held a telephone conversation with Arafat.", ("ISR", "PSE", "041")),
    ("Sudan blocked access to Darfur for aid workers.", ("SDN", None, "1245")),
]


@pytest.mark.parametrize(("text", "event"), FAMILIES, ids=[event[2] + ":" + text[:30] for text, event in FAMILIES])
def test_round6_family_codes(dyads, text: str, event: tuple) -> None:  # type: ignore[no-untyped-def]
    found = _countries(dyads(text))
    source, target, code = event
    assert any(
        c == code and (source is None or s == source) and (target is None or t == target) for s, t, c in found
    ), found


# --- precision: what these families must not code ----------------------------------------------------------
def test_a_team_or_mission_named_is_no_investigation_by_itself(dyads) -> None:  # type: ignore[no-untyped-def]
    # only a fact-finding mission investigates; "a UN team" is an actor, not a nominal event
    assert ("IGO", "ETH", "090") in _countries(dyads("A UN team is investigating the crash of the Ethiopian plane."))
    assert "090" not in {c for _, _, c in dyads("Japan sent a rescue team to Turkey.")}


def test_barring_inspectors_is_expelling_them_not_refusing_access(dyads) -> None:  # type: ignore[no-untyped-def]
    # CAMEO 1662: barring or expelling inspectors; 1245 is access refused to them
    codes = {c for _, _, c in dyads("Iran barred 38 IAEA inspectors from entering the country.")}
    assert "1245" not in codes


def test_demanding_the_lifting_of_sanctions_stays_sanctions(dyads) -> None:  # type: ignore[no-untyped-def]
    # the head noun decides: the lifting of sanctions (1054), the reopening of crossings (1051)
    assert ("LBY", "IGO", "1054") in _countries(dyads("Libya demanded the lifting of UN sanctions."))
    found = _countries(dyads("The Palestinians demanded the reopening of the crossings by Israel."))
    assert ("PSE", "ISR", "1051") in found


def test_bargains_and_data_in_political_prose_are_no_events(dyads) -> None:  # type: ignore[no-untyped-def]
    # found on real news: an idiom, a domestic budget fight, a network's poll figures
    assert "046" not in {c for _, _, c in dyads("Erdogan got more than he bargained for, said the analyst.")}
    assert "064" not in {c for _, _, c in dyads("NBC supplied some interesting data from eight key states.")}
    # "work together" without a field of work is talk; betraying a cause is no treason
    assert "060" not in {c for _, _, c in dyads("Pelosi said the two parties should work together to find a date.")}
    assert "1125" not in {c for _, _, c in dyads("Conservatives accused May of betraying Brexit.")}


def test_a_joint_operation_against_militants_stays_an_attack(dyads) -> None:  # type: ignore[no-untyped-def]
    # the joint operation is both cooperation and force: no pattern may swallow the attack
    found = _countries(dyads("Pakistani and Afghan troops launched a joint operation against the militants."))
    assert any(code == "190" for _, _, code in found)


def test_worse_conditions_are_no_demand(dyads) -> None:  # type: ignore[no-untyped-def]
    assert "100" not in {c for _, _, c in dyads("The sanctions made conditions worse for ordinary Iraqis.")}


def test_visiting_a_camp_is_no_inquiry(dyads) -> None:  # type: ignore[no-untyped-def]
    # prisons and detainees are visited to check on them; refugee camps are visited as a visit
    assert "092" not in {c for _, _, c in dyads("The German chancellor visited a refugee camp in Jordan.")}
