"""Names shared by a US state and a country ("Georgia"), names that hold a country's ("New Mexico"), and
"general" as "chief" in office titles ("Consul General")."""

from __future__ import annotations

import pytest

from tacitus.actors import load_actor_dictionary, resolve_actors
from tacitus.record import ActorMention, Article


@pytest.fixture(scope="module")
def dictionary():  # type: ignore[no-untyped-def]
    return load_actor_dictionary()


def codes(nlp, dictionary, text: str, date: str = "2022-11-09") -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    mentions: list[ActorMention] = list(resolve_actors(nlp(text), Article(id="t", text=text, date=date),
                                                       dictionary))
    return {m.text: m.code for m in mentions}


def test_georgia_with_us_politicians_is_the_us_state(nlp, dictionary):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, "Voters in Georgia rejected the measure, Kemp said.")
    assert found["Voters in Georgia"] == "USACVL"
    assert found["Kemp"] == "USAGOV"


def test_georgia_with_us_places_and_local_words_is_the_us_state(nlp, dictionary):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, "ATLANTA (AP) — Georgia election officials said Fulton County would "
                                   "recount the ballots. Police in Georgia arrested two men.")
    assert found["Georgia election officials"] == "USAGOV"
    assert found["Police in Georgia"] == "USACOP"
    assert not any(code and code.startswith("GEO") for code in found.values())


def test_georgians_follow_the_state(nlp, dictionary):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, "Georgia voters and Georgians in rural counties backed the governor, "
                                   "Sen. Raphael Warnock said.")
    assert found["Georgia voters"] == "USACVL"
    assert not any(code and code.startswith("GEO") for code in found.values())


def test_georgia_in_the_caucasus_stays_the_country(nlp, dictionary):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, "Georgia accused Russia of occupying South Ossetia. The Georgian "
                                   "government in Tbilisi asked the EU for help.")
    assert found["Georgia"] == "GEO"
    assert found["Georgian government"] == "GEOGOV"


def test_country_evidence_outweighs_us_places_in_a_us_article(nlp, dictionary):  # type: ignore[no-untyped-def]
    # a US article about the country names US states and senators too; Tbilisi and "Georgian" decide
    text = ("Sen. Jeanne Shaheen of New Hampshire, back from Tbilisi, said Russia had invaded Georgia and "
            "still occupied Georgian land, as lawmakers from Texas and Ohio looked on.")
    assert codes(nlp, dictionary, text)["Georgia"] == "GEO"


def test_georgia_alone_is_the_country(nlp, dictionary):  # type: ignore[no-untyped-def]
    assert codes(nlp, dictionary, "Georgia signed a trade deal with Armenia.")["Georgia"] == "GEO"


def test_names_holding_a_country_name_are_never_that_country(nlp, dictionary):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, "New Mexican officials said the fire was contained. Police in New "
                                   "Mexico arrested two men.")
    assert found["New Mexican officials"] == "USAGOV"
    assert found["Police in New Mexico"] == "USACOP"
    # "New Guinea" is an island, not Guinea; "New England" is not England
    assert not any(code and code[:3] in ("GIN", "GBR") for code in codes(
        nlp, dictionary, "Police in New Guinea arrested a man with a New England accent.").values())


def test_headline_new_before_a_country_keeps_the_country(nlp, dictionary):  # type: ignore[no-untyped-def]
    assert "IRN" in codes(nlp, dictionary, "U.S. Imposes New Iran Sanctions").values()


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Chinese consul general in Houston denied the claims.", "Chinese consul general", "CHNGOV"),
    ("Protesters gathered near the U.S. Consulate-General in Chennai.", "U.S. Consulate-General", "USAGOV"),
    ("The Pentagon's inspector general opened an inquiry.", "inspector general", "USAGOV"),
    ("Solicitor General Donald Verrilli argued the case.", "Solicitor General Donald Verrilli", "JUD"),
    ("Russian Major General Igor Konashenkov said the strikes hit depots.",
     "Russian Major General Igor Konashenkov", "RUSMIL"),
])
def test_general_after_an_office_word_is_no_military_rank(nlp, dictionary, text, mention, code):  # type: ignore[no-untyped-def]
    assert codes(nlp, dictionary, text)[mention] == code


def test_registrar_general_is_no_rank_even_unlisted(nlp, dictionary):  # type: ignore[no-untyped-def]
    # "general" after any civil office word ("inspector", "governor", "consulate"…) means chief
    found = codes(nlp, dictionary, "The Kenyan governor-general and the Kenyan inspector-general spoke.")
    assert not any(code and code.endswith("MIL") for code in found.values())


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Police in Paris, Texas, arrested two protesters.", "Police in Paris", "USACOP"),
    ("Officials in Athens, Georgia, criticized the plan.", "Officials in Athens", "USAGOV"),
    ("Police in Alexandria, Virginia, detained a suspect.", "Police in Alexandria", "USACOP"),
    ("Police in Tbilisi, Georgia, arrested protesters.", "Police in Tbilisi", "GEOCOP"),
    ("Police in Aleppo, Syria, arrested protesters.", "Police in Aleppo", "SYRCOP"),
])
def test_a_place_qualified_by_a_region_lies_in_it(nlp, dictionary, text, mention, code):  # type: ignore[no-untyped-def]
    assert codes(nlp, dictionary, text)[mention] == code


def test_a_list_of_countries_is_no_qualified_place(nlp, dictionary):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, "Russia threatened Ukraine, Georgia and Moldova.")
    assert (found["Ukraine"], found["Georgia"]) == ("UKR", "GEO")
