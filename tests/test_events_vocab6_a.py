"""Vocabulary round 6 for roots 01, 03, 07 and 08: how international wire reports of the 1990s–2000s write
statements, intent, aid and yielding (families written from the CAMEO definitions; sentences are our own)."""

from __future__ import annotations

import pytest

ANY = "*"  # the target is not asserted (it depends on how the actors stage reads a vague party)


def _found(found: list[tuple], expected: tuple) -> bool:
    """The expected (source country, target country or None or ANY, code) is among the coded events."""
    source, target, code = expected
    return any(
        (s[:3] if s else None) == source and c == code and (target == ANY or (t[:3] if t else None) == target)
        for s, t, c in found
    )


FAMILIES = [
    # 080 giving up claims, watering down demands, softening a position
    ("Serbia relinquished its claim to the disputed territory.", ("SRB", ANY, "080")),
    ("Damascus watered down its demands on the Golan.", ("SYR", ANY, "080")),
    ("Belgrade backed off from its threat to expel the monitors.", ("SRB", ANY, "080")),
    ("Turkey eased its position on Cyprus after talks with Greece.", ("TUR", "CYP", "080")),
    # 081 permits and travel bans; 0811 outlets reopened; 0812 parties registered or legalised; 0814 emergency rule
    ("Israel restored travel permits for Palestinian workers.", ("ISR", "PSE", "081")),
    ("Saudi Arabia lifted the travel ban on the opposition leader.", ("SAU", ANY, "081")),
    ("The Tunisian authorities reopened the opposition newspaper.", ("TUN", ANY, "0811")),
    ("The Ethiopian government registered the opposition party.", ("ETH", ANY, "0812")),
    ("Egypt legalized the Muslim Brotherhood.", ("EGY", "IMG", "0812")),
    ("Pakistan lifted emergency rule on Saturday.", ("PAK", ANY, "0814")),
    # 082 strikers back at work, walkouts ended
    ("Striking workers went back to work on Monday.", ("LAB", ANY, "082")),
    ("The unions suspended their walkout after talks with the government.", ("LAB", ANY, "082")),
    # 083 reforms unveiled, demands conceded; 0831 posts and thrones given up, power handed over
    ("The government unveiled democratic reforms.", ("GOV", ANY, "083")),
    ("The Nepalese king conceded to the demands of the political parties.", ("NPL", "PTY", "083")),
    ("The Pakistani general gave up his post as army chief.", ("PAK", ANY, "0831")),
    ("The king renounced the throne.", ("GOV", ANY, "0831")),
    ("The Nigerian military ruler handed power to an elected civilian.", ("NGA", ANY, "0831")),
    # 0832 price rises cancelled, moratoriums, programmes ended, decrees withdrawn
    ("The government cancelled the fuel price increase.", ("GOV", ANY, "0832")),
    ("The Iranian government imposed a moratorium on executions.", ("IRN", ANY, "0832")),
    ("Iran ended its uranium enrichment program.", ("IRN", ANY, "0832")),
    ("The government withdrew the decree on press censorship.", ("GOV", ANY, "0832")),
    # 0833 independence, rights, citizenship; 0834 constitutions, parliaments, monarchy, multiparty rule
    ("Britain granted independence to its colony.", ("GBR", ANY, "0833")),
    ("The Kuwaiti parliament gave women the right to vote.", ("KWT", ANY, "0833")),
    ("The government restored the citizenship of the exiled opposition leader.", ("GOV", "OPP", "0833")),
    ("Nigeria adopted a new constitution.", ("NGA", ANY, "0834")),
    ("The Nepalese king restored parliament.", ("NPL", ANY, "0834")),
    ("Nepal abolished the monarchy.", ("NPL", ANY, "0834")),
    ("The regime introduced multiparty democracy.", ("GOV", ANY, "0834")),
    # 084 documents handed back; 0841 house arrest, captives handed over, parole; 0842 land, control
    ("Iraq handed back documents to Kuwait.", ("IRQ", "KWT", "084")),
    ("The junta released Aung San Suu Kyi from house arrest.", ("MIL", "MMR", "0841")),
    ("The guerrillas handed the captives over to the Red Cross.", ("REB", "NGO", "0841")),
    ("Cuba paroled the dissidents.", ("CUB", ANY, "0841")),
    ("The government restored the confiscated land to the farmers.", ("GOV", ANY, "0842")),
    ("Israel relinquished control of the crossing to Egypt.", ("ISR", "EGY", "0842")),
    # 085 sanctions scrapped, exemptions, named embargoes and bans
    ("The European Union scrapped sanctions on Belarus.", ("IGO", "BLR", "085")),
    ("The European Union exempted Serbia from sanctions.", ("IGO", "SRB", "085")),
    ("The United Nations suspended the flight ban on Libya.", ("IGO", "LBY", "085")),
    # 0861 forces consented to or accepted; 0862 inspections accepted, inspectors let in; 0863 relief flights
    ("Lebanon consented to the deployment of an international force.", ("LBN", ANY, "0861")),
    ("Sudan accepted an African Union force in Darfur.", ("SDN", "IGO", "0861")),
    ("Iraq accepted unconditional inspections of its palaces.", ("IRQ", ANY, "0862")),
    ("North Korea let the inspectors into the reactor.", ("PRK", ANY, "0862")),
    ("Libya opened its nuclear facilities to international inspectors.", ("LBY", ANY, "0862")),
    ("Sudan allowed relief flights into the south.", ("SDN", ANY, "0863")),
    # 087 advances and bombardments halted, barracks, alerts, presence, troop levels, offensives called off
    ("The Serb army halted its advance on Gorazde.", ("SRB", ANY, "087")),
    ("Israel stopped its bombardment of southern Lebanon.", ("ISR", "LBN", "087")),
    ("Troops returned to their barracks after the coup attempt.", ("MIL", ANY, "087")),
    ("India lowered its military alert along the border.", ("IND", ANY, "087")),
    ("Israel ended its military presence in the town.", ("ISR", ANY, "087")),
    ("The Indian army reduced troop levels in Kashmir.", ("IND", ANY, "087")),
    ("The Russian army called off its offensive against the rebels.", ("RUS", ANY, "087")),
    # 0871 cessation of hostilities; 0872 roads reopened, checkpoints removed
    ("The government and the rebels announced a cessation of hostilities.", ("GOV", "REB", "0871")),
    ("The Serbian army reopened the roads into Sarajevo.", ("SRB", ANY, "0872")),
    ("The Israeli army dismantled checkpoints near Nablus.", ("ISR", ANY, "0872")),
    # 0873 militias dismantled, weapons beyond use, guns turned in, soldiers discharged, armies cut
    ("The rebels dismantled their militia under the peace deal.", ("REB", ANY, "0873")),
    ("The IRA put its weapons beyond use.", ("GBR", ANY, "0873")),
    ("The Liberian fighters turned in their guns.", ("LBR", ANY, "0873")),
    ("The Ethiopian government discharged 100,000 soldiers.", ("ETH", ANY, "0873")),
    ("Angola reduced its army by half.", ("AGO", ANY, "0873")),
    # 0874 redeploying from towns, towns and positions given up, falling back, warships withdrawn
    ("Israeli troops redeployed from Hebron.", ("ISR", ANY, "0874")),
    ("The rebels gave up the town to government forces.", ("REB", "MIL", "0874")),
    ("The Serb forces handed over their positions to the peacekeepers.", ("SRB", ANY, "0874")),
    ("Government troops fell back from the town under rebel fire.", ("MIL", ANY, "0874")),
    ("Russia withdrew its warships from the Georgian coast.", ("RUS", "GEO", "0874")),
    # 01 legislatures addressed, messages delivered, proposals debated, prayers, funerals, condolences, accord
    ("Arafat addressed the Palestinian Legislative Council on Sunday.", ("PSE", ANY, "010")),
    ("The Pope delivered a message to the people of Lebanon.", ("REL", "LBN", "010")),
    ("The Security Council debated the French proposal on Iraq.", ("IGO", ANY, "014")),
    ("The Pope prayed at the Western Wall.", ("REL", ANY, "017")),
    ("The South Korean president attended the funeral of the Japanese prime minister.", ("KOR", "JPN", "017")),
    ("The Russian president cabled his condolences to the American president.", ("RUS", "USA", "018")),
    ("The Turkish government declared three days of mourning for the victims of the Greek earthquake.",
     ("TUR", "GRC", "018")),
    ("Egypt and Jordan saw eye to eye on the peace process.", ("EGY", ANY, "019")),
    # 03 the kind of aid promised decides the code
    ("The EU offered financial aid to Serbia.", ("IGO", "SRB", "0331")),
    ("The United States pledged military aid to Colombia.", ("USA", "COL", "0332")),
    ("Britain promised food aid to Ethiopia.", ("GBR", "ETH", "0333")),
    # 07 arms shipped, military advisers, food dropped, the wounded treated, convoys guarded, shelter
    ("Washington shipped weapons to the Afghan rebels.", ("USA", "AFG", "072")),
    ("Britain sent military advisers to Sierra Leone.", ("GBR", "SLE", "072")),
    ("The United States dropped food to the Kurds in northern Iraq.", ("USA", ANY, "073")),
    ("Doctors Without Borders treated the wounded in Chechnya.", ("NGO", ANY, "073")),
    ("Nigerian peacekeepers guarded the aid convoys in Liberia.", ("NGA", ANY, "074")),
    ("UN troops patrolled the buffer zone between Ethiopia and Eritrea.", ("IGO", ANY, "074")),
    ("The Netherlands gave shelter to the Iranian refugees.", ("NLD", "IRN", "075")),
]


@pytest.mark.parametrize(("text", "event"), FAMILIES, ids=[event[2] + ":" + text[:30] for text, event in FAMILIES])
def test_round6_family_codes(dyads, text: str, event: tuple) -> None:  # type: ignore[no-untyped-def]
    found = dyads(text)
    assert _found(found, event), found


# --- entries narrowed after a check on real news: the everyday sense stays uncoded ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The president left office in January with 5,000 troops in Iraq.",  # the end of a term is no resignation
        "The legal team was giving way to a new group of lawyers.",  # "give way" as replacement
        "The Senate reconvened the assembly on Monday.",  # a sitting, not a change of institutions
        "The Fed lifted the terror alert after the attack.",  # a security alert is no military de-escalation
    ],
)
def test_round6_everyday_senses_stay_uncoded(dyads, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in dyads(text) if e[2].startswith("08")]


def test_recognising_a_right_to_exist_is_no_grant_of_rights(dyads) -> None:  # type: ignore[no-untyped-def]
    # "recognise +rights" is plural only: "recognise Israel's right to exist" stays diplomatic, not 0833
    found = dyads("Hamas recognized Israel's right to exist.")
    assert not [e for e in found if e[2] == "0833"]
