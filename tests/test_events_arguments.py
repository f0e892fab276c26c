"""Who did it to whom: the events stage's reading of sources and targets over the whole pipeline
(actors stage included) — coordination the parse hides, places that name a country, misplaced
by-phrases, pronouns and the countries of roles."""

from __future__ import annotations

from tacitus.pipeline import code_text


def _pairs(found: list[tuple], root: str) -> set[tuple]:
    return {(source, target) for source, target, code in found if code.startswith(root)}


# --- coordination --------------------------------------------------------------------------------
def test_coordination_hung_inside_a_mention_gives_both_parties(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("US President Barack Obama and Russian President Dmitry Medvedev signed the New START arms treaty "
                  "in Prague.", date="2010-04-08")
    assert _pairs(found, "05") == {("USAGOV", "RUSGOV"), ("RUSGOV", "USAGOV")}


def test_list_of_states_parsed_as_appositions_is_coordination(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Saudi Arabia, Egypt, the UAE and Bahrain cut ties with Qatar.")
    assert _pairs(found, "16") == {("SAU", "QAT"), ("EGY", "QAT"), ("ARE", "QAT"), ("BHR", "QAT")}


def test_apposition_describing_a_person_is_no_list(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Sergei Lavrov, Russia's foreign minister, met Wang Yi in Beijing.", date="2023-01-01")
    assert {source for source, _ in _pairs(found, "04")} == {"RUSGOV"}


def test_capitals_between_two_parties_are_actors(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Belarusian President Alexander Lukashenko offered to mediate between Moscow and the Wagner group.",
                  date="2023-06-25")
    assert {target for _, target in _pairs(found, "03")} == {"RUSGOV", "RUSMILWAG"}


# --- places that name a country ------------------------------------------------------------------
def test_a_town_names_the_target_country(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Russian forces besieged the port city of Mariupol, cutting off food and water.", date="2022-03-10")
    assert ("RUSMIL", "UKR") in _pairs(found, "19")


def test_civilians_take_the_country_of_the_place_they_are_in(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Russian soldiers executed dozens of civilians in the town of Bucha, Human Rights Watch said.",
                  date="2022-04-05")
    assert _pairs(found, "20") == {("RUSMIL", "UKRCVL")}


def test_a_town_named_like_an_english_word_names_no_country(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Chinese President Xi Jinping pardoned a group of prisoners ahead of the 70th anniversary of the "
                  "People's Republic.", date="2019-06-29")
    assert all(target != "USA" for _, target, _ in found)


def test_a_role_takes_the_country_of_its_coordinated_sibling(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Norway said it was willing to mediate between the Venezuelan government and the opposition.")
    assert ("NOR", "VENOPP") in _pairs(found, "03")


def test_a_country_word_inside_the_target_phrase_wins_over_a_place(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Russia denied responsibility for the downing of a Malaysian airliner over eastern Ukraine.")
    assert _pairs(found, "01") == {("RUS", "MYS")}


# --- by-phrases, bodies and pronouns -------------------------------------------------------------
def test_by_phrase_hung_on_the_object_is_the_agent(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("CAN", "UKR") in _pairs(dyads("Ukraine was given night-vision equipment by Canada."), "07")
    found = dyads("Donald Trump was found guilty of 34 felony counts by a jury in Manhattan.", date="2024-05-30")
    assert ("USAJUD", "USAELI") in _pairs(found, "11")


def test_bodies_named_by_the_trigger_object_are_its_target(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("SDN", "NGO") in _pairs(dyads("Sudan expelled 13 foreign aid agencies."), "16")
    assert ("IRN", "IGOUNOIAE") in _pairs(dyads("Iran barred 38 IAEA inspectors from entering the country."), "16")


def test_object_pronoun_is_the_earlier_party_not_the_place(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Ukraine filed a case against Russia at the International Court of Justice, accusing it of "
                  "planning genocide.")
    assert ("UKR", "RUS") in _pairs(found, "112")
    assert ("UKR", "IGOUNOICJ") not in _pairs(found, "11")


def test_a_countrys_people_are_no_inter_state_side(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Belarusians took to the streets after the presidential election, accusing the authorities of fraud.")
    assert ("BLR", "BLRGOV") in _pairs(found, "112")


# --- actors data ---------------------------------------------------------------------------------
def test_congo_alone_is_the_democratic_republic(resources) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels attacked a town in eastern Congo. Congo Republic closed its border."
    record = code_text(text, resources=resources)
    assert [a.code for a in record.actors if a.text.startswith("Congo")] == ["COD", "COG"]


def test_people_words_and_roles(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Thousands of Turks protested the detention of Istanbul mayor Ekrem Imamoglu.", date="2025-03-20")
    assert {source for source, _ in _pairs(found, "14")} == {"TUR"}
    found = dyads("Egyptian President Mohamed Morsi accused his opponents of plotting to overthrow him.",
                  date="2013-06-20")
    assert ("EGYGOV", "EGYOPP") in _pairs(found, "11")


# --- violence, nominal patients, own bodies, groups and offices ----------------------------------
def test_violence_hits_the_place_where_it_happens(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Sudanese government-backed militias carried out ethnic cleansing in Darfur, a UN report said.")
    assert ("SDNMIL", "SDN") in _pairs(found, "20")


def test_a_place_that_receives_is_its_country(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Qatar flew medical supplies and food to Kabul on the first civilian flight since the US withdrawal.")
    assert _pairs(found, "07") == {("QAT", "AFG")}


def test_of_names_the_victim_of_a_nominal_act_of_force(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("The invasion of Ukraine by Russia began in February.")
    assert _pairs(found, "19") == {("RUS", "UKR")}


def test_the_doers_own_body_is_no_target_of_its_support(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Turkish Prime Minister Binali Yildirim defended the government's crackdown after the failed coup.",
                  date="2016-08-01")
    assert _pairs(found, "05") == {("TURGOV", None)}


def test_both_sides_are_the_parties_named_between(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Qatar suspended its mediation between Israel and Hamas, accusing both sides of bad faith.")
    assert _pairs(found, "112") == {("QAT", "ISR"), ("QAT", "PSEINSHMS")}


def test_a_described_office_is_its_holder(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Antony Blinken met Chinese President Xi Jinping in Beijing. The secretary of state also held talks "
                  "with Foreign Minister Wang Yi.", date="2023-06-18")
    assert ("USAGOV", "CHNGOV") in _pairs(found, "04")
    assert all(source != "CHNGOV" for source, _ in _pairs(found, "04"))


def test_the_weapon_is_no_target(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Houthi rebels attacked commercial ships in the Red Sea with drones and missiles.")
    assert all(target is None or not target.endswith("MIL") for _, target in _pairs(found, "19"))


def test_landing_in_a_capital_is_a_visit_to_its_country(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("US President Donald Trump landed in Riyadh on Saturday.", date="2017-05-20")
    assert ("USAGOV", "SAU") in _pairs(found, "04")


def test_coordinated_country_words_in_a_target_phrase(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Hamas denied any involvement in the kidnapping of Israeli and American teenagers.")
    assert _pairs(found, "01") == {("PSEINSHMS", "ISR"), ("PSEINSHMS", "USA")}
