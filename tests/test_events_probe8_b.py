# ruff: noqa: E501 -- one probe sentence a line
"""Round 8 probes of yielding (CAMEO 08) and giving aid (07), written from the code definitions in wire
and modern phrasing: releases and hand-overs, withdrawals, sanctions and restrictions eased, access
allowed, ceasefires, aid of every kind; in active, passive, nominal, headline and reported shapes."""

from __future__ import annotations

import pytest

# (text, source prefix or suffix, target prefix or suffix, CAMEO code); None accepts any actor
PROBES = [
    ('Israel eased restrictions on Palestinian workers entering from the West Bank.', 'ISR', 'PSE', '081'),
    ('The government relaxed restrictions on foreign travel on Monday.', 'GOV', None, '081'),
    ('Iraq freed 20 Iranian prisoners of war on Tuesday.', 'IRQ', 'IRN', '0841'),
    ('Iraq released 20 Iranian prisoners of war, the Red Cross said.', 'IRQ', 'IRN', '0841'),
    ('The rebels returned the prisoners to Colombia.', 'REB', 'COL', '0841'),
    ('Kidnappers freed a French aid worker in Chechnya.', None, 'FRA', '0841'),
    ('The guerrillas released the hostages to the International Red Cross.', 'REB', None, '0841'),
    ('Syria withdrew its troops from Lebanon in 2005.', 'SYR', 'LBN', '0874'),
    ('Syrian troops pulled out of Lebanon on Tuesday.', 'SYRMIL', 'LBN', '0874'),
    ('Israeli forces withdrew from the town of Jenin.', 'ISRMIL', 'PSE', '0874'),
    ('The Serbs pulled back their heavy weapons from around Sarajevo.', 'SRB', 'BIH', '0874'),
    ('North Korea allowed IAEA inspectors into the Yongbyon complex.', 'PRK', 'IGOUNOIAE', '0862'),
    ('Myanmar let foreign aid workers into the cyclone-hit delta.', 'MMR', 'NGO', '0863'),
    ('Sudan allowed UN peacekeepers into Darfur.', 'SDN', 'IGOUNO', '0861'),
    ('Hamas accepted an Egyptian-brokered ceasefire with Israel.', 'PSEINSHMS', 'ISR', '0871'),
    ('The rebels backed down from their demand for autonomy.', 'REB', None, '080'),
    ('The government backed down after weeks of protests.', 'GOV', None, '080'),
    ('The militia demobilised 3,000 fighters under the peace deal.', None, None, '0873'),
    ('Kenya returned seized property to Somali traders.', 'KEN', 'SOM', '0842'),
    ('Turkey reopened its border with Armenia.', 'TUR', 'ARM', '0872'),
    ('Israel reopened the Rafah crossing to Palestinians.', 'ISR', 'PSE', '0872'),
    ('Britain granted asylum to the Russian tycoon.', 'GBR', 'RUS', '075'),
    ('Germany granted asylum to 300 Syrian refugees.', 'DEU', 'SYRREF', '075'),
    ('The government gave in to the demands of the strikers.', 'GOV', 'LAB', '083'),
    ("The president met the opposition's demand for early elections.", 'GOV', 'OPP', '083'),
    ('The prime minister conceded defeat in the election.', 'GOV', None, '080'),
    ('Iran handed back the British sailors on Wednesday.', 'IRN', 'GBR', '0841'),
    ('Iran handed back 15 British sailors and marines.', 'IRN', 'GBR', '0841'),
    ('Turkey opened its airspace to US warplanes.', 'TUR', 'USA', '0872'),
    ('The withdrawal of Syrian troops from Lebanon began on Tuesday.', 'SYR', 'LBN', '0874'),
    ('Washington eased sanctions on Myanmar after the elections.', 'USA', 'MMR', '085'),
    ('The European Union lifted its arms embargo on Libya.', 'IGOEUREEC', 'LBY', '085'),
    ('The United States eased its trade embargo against Vietnam.', 'USA', 'VNM', '085'),
    ('The United States pressed Israel for a withdrawal from Gaza.', 'USA', 'ISR', '0256'),
    ('Egypt said it had asked Israel to ease the blockade of Gaza.', 'EGY', 'ISR', '0256'),
    ('ISRAEL FREES 30 PALESTINIAN PRISONERS', 'ISR', 'PSE', '0841'),
    ('Syria withdraws troops from Lebanon', 'SYR', 'LBN', '0874'),
    ('US lifts sanctions on Sudan', 'USA', 'SDN', '085'),
    ('Japan grants $500 million loan to Indonesia', 'JPN', 'IDN', '071'),
    ('The rebels released two Italian and three German hostages.', 'REB', 'DEU', '0841'),
    ('Tamil rebels released 10 Sri Lankan policemen on Friday.', 'LKAREB', 'LKACOP', '0841'),
    ('The Hutu militia handed over its weapons to UN peacekeepers in eastern Congo.', None, None, '0873'),
    ('After weeks of fierce international pressure and a series of tense negotiations in Geneva, Iran agreed to suspend uranium enrichment.', 'IRN', None, '0342'),
    ('Libya renounced its weapons of mass destruction programme in 2003.', 'LBY', None, '0832'),
    ('Moscow pulled its troops out of Afghanistan in 1989.', 'RUS', 'AFG', '0874'),
    ('Vietnam withdrew its forces from Cambodia.', 'VNM', 'KHM', '0874'),
    ('Israel completed its withdrawal from southern Lebanon.', 'ISR', 'LBN', '0874'),
    ('Ethiopian troops withdrew from Somalia.', 'ETHMIL', 'SOM', '0874'),
    ('The government lifted martial law in the southern provinces.', 'GOV', None, '0814'),
    ('Authorities lifted the curfew in Srinagar.', 'GOV', None, '0813'),
    ('The president commuted the death sentences of the coup plotters.', 'GOV', None, '082'),
    ('The regime freed the opposition leader from house arrest.', 'GOV', 'OPP', '0841'),
    ('South Africa released Nelson Mandela in 1990.', 'ZAF', None, '0841'),
    ('The prime minister resigned amid the corruption scandal.', 'GOV', None, '0831'),
    ('Pakistan allowed NATO supply convoys to cross into Afghanistan.', 'PAK', 'IGOWSTNAT', '086'),
    ('Baghdad agreed to the unconditional return of the inspectors.', 'IRQ', None, '0355'),
    ('The Taliban conceded control of Kabul to the Northern Alliance.', 'AFGINSTAL', None, '0842'),
    ('The Serbs handed back the captured UN peacekeepers.', 'SRB', 'IGOUNO', '0841'),
    ('Russia returned the seized Ukrainian ships to Kyiv.', 'RUS', 'UKR', '0842'),
    ('China returned the US spy plane in pieces.', 'CHN', 'USA', '0842'),
    ('Israel handed over control of Jericho to the Palestinian Authority.', 'ISR', 'PSE', '0842'),
    ('Syria expelled and handed over Abdullah Ocalan.', 'SYR', None, '084'),
    ('The United States unfroze $5 billion in Iranian assets.', 'USA', 'IRN', '0842'),
    ('Washington released frozen Iranian funds.', 'USA', 'IRN', '0842'),
    ('India agreed to reopen the border with Pakistan.', 'IND', 'PAK', '0356'),
    ('Israel eased the closure of the West Bank.', 'ISR', 'PSE', '081'),
    ("Israel lifted the siege of Arafat's compound.", 'ISR', 'PSE', '0872'),
    ('Russia suspended its offensive in Chechnya.', 'RUS', None, '087'),
    ('The army called off its offensive against the rebels.', 'MIL', 'REB', '087'),
    ('The United States cut its troops in South Korea by a third.', 'USA', 'KOR', '087'),
    ('Washington reduced its military presence in Saudi Arabia.', 'USA', 'SAU', '087'),
    ('The guerrillas declared a unilateral ceasefire.', 'REB', None, '0871'),
    ('The IRA announced a complete cessation of military operations.', 'GBRREBIRA', None, '0871'),
    ('The rebels and the government signed a truce.', 'REB', 'GOV', '0871'),
    ('The IRA put its arms beyond use.', 'GBRREBIRA', None, '0873'),
    ('The rebels laid down their weapons.', 'REB', None, '0873'),
    ('Ukraine gave up its nuclear weapons in 1994.', 'UKR', None, '0873'),
    ('Pyongyang agreed to dismantle its nuclear reactor.', 'PRK', None, '0342'),
    ('Iran suspended uranium enrichment.', 'IRN', None, '0832'),
    ('The government scrapped the fuel price increase after riots.', 'GOV', None, '0832'),
    ('The junta released Aung San Suu Kyi from house arrest.', 'MIL', None, '0841'),
    ('Suu Kyi was released from house arrest on Saturday.', None, None, '0841'),
    ('The hostages were freed by their captors on Sunday.', None, None, '0841'),
    ('Two German journalists were released by the Taliban.', 'AFGINSTAL', 'DEU', '0841'),
    ('The prisoners were handed over to the Red Cross.', None, None, '0841'),
    ('The sanctions were lifted by the Security Council in 2003.', 'IGOUNO', None, '085'),
    ('The embargo on Iraq was eased by the United Nations.', 'IGOUNO', 'IRQ', '085'),
    ('Germany sent 50 tanks to Ukraine.', 'DEU', 'UKR', '072'),
    ('Washington supplied Stinger missiles to the Afghan mujahideen.', 'USA', 'AFG', '072'),
    ('Iran is arming Hezbollah with rockets.', 'IRN', 'LBNINSHZB', '072'),
    ('The World Bank approved a $300 million loan for Kenya.', 'IGOUNOWBK', 'KEN', '071'),
    ('The IMF lent Argentina $20 billion.', 'IGOUNOIMF', 'ARG', '071'),
    ("Saudi Arabia deposited $2 billion in Pakistan's central bank.", 'SAU', 'PAK', '071'),
    ('Japan will give Vietnam $1 billion in aid.', 'JPN', 'VNM', '0331'),
    ('Britain pledged $100 million to Ethiopia for famine relief.', 'GBR', 'ETH', '0331'),
    ('The Red Cross flew food and medicine to Somalia.', 'NGOICRC', 'SOM', '073'),
    ('Jordan took in hundreds of thousands of Iraqi refugees.', 'JOR', 'IRQREF', '075'),
    ('Canada offered asylum to the Iranian dissidents.', 'CAN', 'IRNOPP', '075'),
    ('France sent troops to protect the Ivory Coast government.', 'FRA', 'CIVGOV', '074'),
    ('NATO peacekeepers protected the Serb enclave.', 'IGOWSTNAT', None, '074'),
    ('Bangladesh contributed 1,000 troops to the UN mission in Sierra Leone.', 'BGD', 'SLE', '074'),
    ('The United States airlifted relief supplies to the earthquake victims in Iran.', 'USA', 'IRN', '073'),
    ('Saudi Arabia bailed out Egypt with a $5 billion package.', 'SAU', 'EGY', '071'),
    ("China wrote off Zambia's debts.", 'CHN', 'ZMB', '071'),
    ("The Paris Club agreed to reschedule Poland's debt.", None, 'POL', '0331'),
    ('Cuba sent thousands of doctors to Venezuela.', 'CUB', 'VEN', '073'),
    ('Israel said it had released 100 Palestinian prisoners.', 'ISR', 'PSE', '0841'),
    ('Officials said Iraq had freed the Kuwaiti detainees.', 'IRQ', 'KWT', '0841'),
    ('Armenian forces withdrew from the Azerbaijani district of Kelbajar.', 'ARMMIL', 'AZE', '0874'),
    ('The Ethiopian government freed 2,000 Eritrean prisoners of war.', 'ETHGOV', 'ERI', '0841'),
    ('The Palestinians handed back the bodies of the two Israeli soldiers.', 'PSE', 'ISR', '0842'),
    ('Russia handed back the Crimean naval vessels to Ukraine.', 'RUS', 'UKR', '0842'),
    ('Beijing lifted its ban on American beef imports.', 'CHN', 'USA', '081'),
    ('Russia eased its ban on Georgian wine.', 'RUS', 'GEO', '081'),
    ('The Chinese authorities relaxed controls on Tibet.', 'CHNGOV', None, '081'),
    ('North Korea opened its nuclear sites to international inspectors.', 'PRK', None, '0862'),
    ('Ethiopia opened its borders to Somali refugees.', 'ETH', 'SOM', '0872'),
    ('Syria gave the UN access to the besieged town.', 'SYR', 'IGOUNO', '086'),
    ('Saudi Arabia granted citizenship to 500 stateless residents.', 'SAU', None, '0833'),
    ('The army returned to barracks after the coup.', 'MIL', None, '087'),
    ('Serbia agreed to withdraw its forces from Kosovo.', 'SRB', None, '0356'),
    ('The Sandinistas conceded defeat in the elections.', None, None, '080'),
    ('The union called off the general strike.', 'LAB', None, '082'),
    ('The rebels freed 12 foreign hostages, including three Americans.', 'REB', 'USA', '0841'),
    ('Iran released the crew of the seized British tanker.', 'IRN', 'GBR', '0841'),
    ('Russia and Ukraine swapped 200 prisoners of war.', 'RUS', 'UKR', '0841'),
    ('Israel agreed to release 1,000 Palestinian prisoners in exchange for Shalit.', 'ISR', 'PSE', '0353'),
    ('Israel began releasing Palestinian prisoners.', 'ISR', 'PSE', '0841'),
    ('The army began withdrawing from the Gaza Strip.', 'MIL', 'PSE', '0874'),
    ('US troops completed their pullout from Iraq.', 'USAMIL', 'IRQ', '0874'),
    ('The pullout of Vietnamese troops from Cambodia was completed in September.', 'VNM', 'KHM', '0874'),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), PROBES)
def test_probe(probe, text: str, source: str | None, target: str | None, code: str) -> None:  # type: ignore[no-untyped-def]
    found, events = probe(text, source, target, code)
    assert found, events


# --- nominal events: the doer's "by" hung on the victim, the place a retreat leaves ------------------
def test_by_phrase_hung_on_the_of_object_is_the_doer(dyads) -> None:  # type: ignore[no-untyped-def]
    # the parse attaches "by Israel" to "prisoners"; it names who releases, not whom
    assert ("ISR", None, "0841") in dyads("The release of the prisoners by Israel began on Monday.")
    assert ("ISR", "PSE", "0841") in dyads("The release of 20 Palestinian prisoners by Israel began on Monday.")


def test_a_retreat_from_a_place_targets_it(dyads) -> None:  # type: ignore[no-untyped-def]
    # "from" names the place left, not a giver as in "aid from Japan"
    assert ("ISR", "LBN", "0874") in dyads("Israel completed its withdrawal from southern Lebanon.")
    found = dyads("US troops completed their pullout from Iraq.")
    assert ("USAMIL", "IRQ", "0874") in found and not any(s == "IRQ" for s, _, _ in found)


def test_a_ceasefire_from_a_party_is_its_own(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("PSEINSHMS", None, "0871") in dyads("The ceasefire from Hamas held.")
    assert ("ISR", "PSE", "087") in dyads("Israel began its drawdown from Gaza.")


# --- agreeing to a ceasefire: coordinated parties act on each other --------------------------------
def test_agreed_to_a_ceasefire_is_reciprocal_intent(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Israel and Hamas agreed to a ceasefire.")
    assert ("ISR", "PSEINSHMS", "0356") in found and ("PSEINSHMS", "ISR", "0356") in found


# --- one appeal, not also the act appealed for --------------------------------------------------
def test_lobbying_for_an_act_is_one_appeal(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Japan lobbied the EU to lift the embargo on China.")
    assert [c for _, _, c in found] == ["0254"]
