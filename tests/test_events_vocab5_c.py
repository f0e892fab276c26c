"""Vocabulary round 5 for roots 13-20: how wire and political news write threats, protest, force posture,
reduced relations, coercion, assault, fighting and mass violence (predicates/13_*.yaml to 20_*.yaml)."""

from __future__ import annotations


def _codes(found: list[tuple]) -> set[str]:
    return {event[2] for event in found}


# --- 13 threaten ----------------------------------------------------------------------------------------
def test_named_threats_get_their_code(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("USAGOV", "IRNGOV", "130", False) in coded("The White House put Tehran on notice after the tanker seizure.")
    assert "1312" in _codes(coded("Washington threatened tariffs on European cars."))
    assert "132" in _codes(coded("The governor threatened the strikers with prosecution."))
    assert "133" in _codes(coded("The teachers' union threatened a nationwide walkout over pay."))
    assert ("CHN", "TWN", "1381", False) in coded("China threatened a blockade of Taiwan.")
    assert "1384" in _codes(coded("Turkey threatened an offensive against Kurdish fighters in Syria."))


def test_a_nuclear_threat_outranks_a_threat_of_force(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("PRK", "USA", "1385", False) in coded("North Korea threatened the United States with a nuclear attack.")


# --- 14 protest -----------------------------------------------------------------------------------------
def test_crowds_organising_and_filling_streets_demonstrate(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("VENOPP", "VENGOV", "141", False) in coded(
        "The opposition organized a rally against the president in Caracas."
    )
    assert "141" in _codes(coded("Thousands of Hezbollah supporters filled the streets of Beirut."))
    assert ("BGDOPP", "BGDGOV", "140", False) in coded(
        "The opposition launched an agitation against the government in Dhaka."
    )


def test_unions_calling_strikes_and_crowds_blocking_gates(coded) -> None:  # type: ignore[no-untyped-def]
    assert "143" in _codes(coded("The union called a general strike against the government."))
    assert "144" in _codes(coded("Farmers blocked the gates of the European Parliament."))


def test_ransacking_pelting_and_shoe_throwing_are_violent_protest(coded) -> None:  # type: ignore[no-untyped-def]
    assert "145" in _codes(coded("Protesters ransacked the offices of the ruling party in Kiev."))
    assert "145" in _codes(coded("Palestinian youths pelted Israeli soldiers with stones."))
    assert "145" in _codes(coded("A protester threw a shoe at President George W. Bush in Baghdad."))


# --- 15 force posture -----------------------------------------------------------------------------------
def test_drills_transits_and_warning_shots_show_force(coded) -> None:  # type: ignore[no-untyped-def]
    assert "150" in _codes(coded("China held naval drills in the South China Sea."))
    assert ("USA", "TWN", "150", False) in coded("The United States sailed a destroyer through the Taiwan Strait.")
    found = coded("South Korean jets fired warning shots at a Russian plane.")
    assert "150" in _codes(found) and "193" not in _codes(found)


def test_police_and_troops_sent_in(coded) -> None:  # type: ignore[no-untyped-def]
    assert "153" in _codes(coded("France deployed riot police in Paris."))
    assert "153" in _codes(coded("The government sent police reinforcements to Kashmir."))
    assert ("RUSGOV", "UKR", "154", False) in coded("Moscow positioned troops near the Ukrainian border.")


# --- 16 reduce relations --------------------------------------------------------------------------------
def test_recalled_diplomats_and_exited_treaties(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("RUS", "GBRGOV", "161", False) in coded("Russia recalled its diplomats from London.")
    assert "166" in _codes(coded("Russia exited the Open Skies Treaty."))
    assert "1662" in _codes(coded("North Korea kicked out the IAEA inspectors."))


def test_the_kind_of_aid_cut_decides_the_code(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("USA", "PAK", "1622", False) in coded("The United States suspended military aid to Pakistan.")
    assert ("USAGOV", "EGY", "1621", False) in coded("Washington froze economic aid to Egypt.")
    assert "1623" in _codes(coded("The World Food Programme cut food aid to Yemen."))
    assert ("USA", "IGOUNOWHO", "1621", False) in coded(
        "The United States cut off funding to the World Health Organization."
    )


def test_sanctions_slapped_and_expanded(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("USAGOV", "CHN", "163", False) in coded("Washington slapped China with tariffs on steel.")
    assert ("IGOEUREEC", "BLR", "163", False) in coded("The European Union expanded sanctions against Belarus.")


# --- 17 coerce ------------------------------------------------------------------------------------------
def test_property_seized_levelled_and_sabotaged(coded) -> None:  # type: ignore[no-untyped-def]
    assert "1711" in _codes(coded("Israeli forces seized land belonging to Palestinian farmers."))
    assert "1712" in _codes(coded("Israeli bulldozers levelled Palestinian homes in East Jerusalem."))
    assert "171" in _codes(coded("Militants sabotaged the oil pipeline operated by the Iraqi government."))


def test_administrative_sanctions_and_bans_from_office(coded) -> None:  # type: ignore[no-untyped-def]
    assert "172" in _codes(coded("Bahrain revoked the citizenship of dozens of dissidents."))
    assert "1722" in _codes(coded("The electoral commission barred the opposition leader from the election."))
    assert "1721" in _codes(coded("Turkey blocked Wikipedia on Friday."))
    assert "1723" in _codes(coded("China imposed a lockdown on Wuhan."))


def test_arrest_deportation_and_repression(coded) -> None:  # type: ignore[no-untyped-def]
    assert "173" in _codes(coded("Police handcuffed the opposition leader outside parliament."))
    assert ("GOV", "OPP", "173", False) in coded("The regime put the opposition leader behind bars.")
    assert "173" in _codes(coded("A Russian court sent the opposition leader to prison."))
    assert ("GRC", "TUR", "174", False) in coded("Greece pushed back migrants to Turkey.")
    assert "175" in _codes(coded("Riot police charged the protesters in Tahrir Square."))
    assert "175" in _codes(coded("The army crushed the rebellion in the north."))


def test_hackers_breaching_networks_attack_cybernetically(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Russian hackers breached the networks of the Democratic National Committee.")
    assert ("RUS", "USAPTYDEM", "176", False) in found


# --- 18 assault -----------------------------------------------------------------------------------------
def test_poisonings_floggings_and_killings_by_manner(coded) -> None:  # type: ignore[no-untyped-def]
    assert "182" in _codes(coded("Russia poisoned the former spy Sergei Skripal in Britain."))
    assert "182" in _codes(coded("Saudi Arabia flogged the blogger Raif Badawi."))
    assert "1823" in _codes(coded("Militants stabbed the priest to death in France."))


def test_terror_suicide_and_vehicle_attacks(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("IMGMUSISI", "FRA", "180", False) in coded("Islamic State carried out a terror attack in Paris.")
    found = coded("Islamic State carried out suicide attacks against Iraqi troops.")
    assert ("IMGMUSISI", "IRQMIL", "1831", False) in found
    assert "180" in _codes(coded("A man rammed a truck into Israeli soldiers in Jerusalem."))
    assert "183" in _codes(coded("Taliban militants blew up a bridge in Kandahar."))


# --- 19 fight -------------------------------------------------------------------------------------------
def test_attacks_mounted_and_drones_downed(coded) -> None:  # type: ignore[no-untyped-def]
    assert "190" in _codes(coded("Rebels mounted an attack on the army base."))
    assert ("IRN", "USAMIL", "190", False) in coded("Iran downed a US drone over the Strait of Hormuz.")


def test_ships_intercepted_and_towns_surrounded_are_blockades(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("ISRMIL", "PSE", "191", False) in coded("The Israeli navy intercepted a flotilla bound for Gaza.")
    assert "191" in _codes(coded("Syrian troops surrounded the town of Daraya."))


def test_taken_towns_gunfire_and_rockets(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("IMGMUSISI", "IRQ", "192", False) in coded("Islamic State fighters took the city of Ramadi.")
    assert "193" in _codes(coded("Gunmen fired shots at police in Karachi."))
    assert ("PSEINSHMS", "ISR", "194", False) in coded("Hamas militants rained rockets on Israeli towns.")
    assert "195" in _codes(coded("Israeli warplanes strafed the convoy of Palestinian militants."))
    assert ("ARM", "AZE", "196", False) in coded("Armenia violated the armistice with Azerbaijan.")


# --- 20 mass violence -----------------------------------------------------------------------------------
def test_chemical_attacks_and_mass_expulsions(coded) -> None:  # type: ignore[no-untyped-def]
    assert "2041" in _codes(coded("Syria carried out a chemical attack on Douma."))
    assert "201" in _codes(coded("Serbian forces expelled thousands of ethnic Albanians from Kosovo."))


# --- precision: figures of speech stay uncoded ----------------------------------------------------------
def test_figurative_muscle_flexing_and_legal_executions_are_no_events(coded) -> None:  # type: ignore[no-untyped-def]
    assert "150" not in _codes(coded("Senate Democrats are bound to flex their muscles in the budget fight."))
    assert not {"1823"} & _codes(coded("In the United States, execution is still legal in 27 states."))
    assert "145" not in _codes(coded("At the town hall the mayor was pelted with criticism from angry residents."))
