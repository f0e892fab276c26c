"""Actors of historical wire copy (1980s-2000s): capitals as governments, old country names, leaders of the era."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.actors import load_actor_dictionary, resolve_actors
from tacitus.record import ActorMention, Article


@pytest.fixture(scope="module")
def dictionary():  # type: ignore[no-untyped-def]
    return load_actor_dictionary()


def codes(nlp, dictionary, text: str, day: str | None = "1990-06-01") -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    mentions: list[ActorMention] = list(resolve_actors(nlp(text), Article(id="t", text=text, date=day),
                                                       dictionary))
    return {m.text: m.code for m in mentions}


@pytest.mark.parametrize(("text", "expected"), [
    ("Luanda accused Pretoria of backing the rebels.", {"Luanda": "AGOGOV", "Pretoria": "ZAFGOV"}),
    ("Rangoon rejected the report.", {"Rangoon": "MMRGOV"}),
    ("Lagos recalled its ambassador.", {"Lagos": "NGAGOV"}),
    ("Dar es Salaam and Kampala signed an accord.", {"Dar es Salaam": "TZAGOV", "Kampala": "UGAGOV"}),
    ("Abidjan said it would send troops.", {"Abidjan": "CIVGOV"}),
    ("Alma-Ata protested to Moscow.", {"Alma-Ata": "KAZGOV", "Moscow": "RUSGOV"}),
    ("Port-au-Prince expelled the diplomats.", {"Port-au-Prince": "HTIGOV"}),
])
def test_capitals_of_the_era_stand_for_the_government(nlp, dictionary, text, expected):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, text)
    for mention, code in expected.items():
        assert found[mention] == code


def test_a_capital_after_a_locative_stays_a_place(nlp, dictionary):  # type: ignore[no-untyped-def]
    assert codes(nlp, dictionary, "Talks were held in Lagos on Monday.") == {}


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Kampuchean troops crossed the border.", "Kampuchean troops", "KHMMIL"),
    ("Kampuchea closed the border.", "Kampuchea", "KHM"),
    ("Zairean soldiers looted the town.", "Zairean soldiers", "CODMIL"),
    ("Zairian troops withdrew.", "Zairian troops", "CODMIL"),
    ("Rhodesian forces attacked the camp.", "Rhodesian forces", "ZWEMIL"),
    ("The Ceylonese government protested.", "Ceylonese government", "LKAGOV"),
    ("Upper Volta signed the pact.", "Upper Volta", "BFA"),
    ("Dahomey signed the pact.", "Dahomey", "BEN"),
    ("South Yemen signed the pact.", "South Yemen", "YMD"),
    ("Kazakstan signed the pact.", "Kazakstan", "KAZ"),
])
def test_old_names_and_demonyms(nlp, dictionary, text, mention, code):  # type: ignore[no-untyped-def]
    assert codes(nlp, dictionary, text)[mention] == code


def test_a_capital_that_is_the_surname_of_a_named_person_is_that_person(nlp, dictionary):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, "Chilean President Ricardo Lagos met the ministers. Lagos said the talks "
                                   "went well.", "2002-06-01")
    assert found["Lagos"] == "CHLGOV"


@pytest.mark.parametrize(("name", "inside", "code", "outside", "code_outside"), [
    ("Daniel arap Moi", "1996-06-01", "KENGOV", "2005-01-01", "KENELI"),
    ("Jerry Rawlings", "1996-06-01", "GHAGOV", "2003-01-01", "GHAELI"),
    ("Norodom Sihanouk", "1996-06-01", "KHMGOV", "2008-01-01", "KHMELI"),
    ("Rauf Denktash", "1996-06-01", "CYPGOV", "1970-01-01", None),
    ("Yasushi Akashi", "1994-06-01", "IGOUNO", "1990-01-01", None),
    ("Martti Ahtisaari", "1996-06-01", "FINGOV", "1992-01-01", "ELI"),
    ("Jacques Santer", "1996-06-01", "IGOEUREEC", "1980-01-01", None),
    ("Sadako Ogata", "1996-06-01", "IGOUNOHCR", "1989-01-01", None),
    ("Hans Blix", "1996-06-01", "IGOUNOIAE", "2002-01-01", "IGOUNO"),
    ("Hassan al-Turabi", "1996-06-01", "SDNLEG", "2005-01-01", "SDNOPP"),
    ("Pierre Buyoya", "1990-01-01", "BDIGOV", "1996-01-01", "BDIELI"),
    ("Foday Sankoh", "1996-06-01", "SLEREBRUF", "1988-01-01", None),
    ("Levon Ter-Petrosyan", "1996-06-01", "ARMGOV", "1985-01-01", None),
    ("Pavel Grachev", "1995-01-01", "RUSGOV", "1990-01-01", None),
    ("Lee Teng-hui", "1996-06-01", "TWNGOV", "1980-01-01", None),
    ("Kofi Annan", "1994-06-01", "IGOUNO", "1990-01-01", None),
    ("Subcomandante Marcos", "1996-06-01", "MEXREBZAP", "1990-01-01", None),
    ("Hashim Thaci", "1998-06-01", "KSVREBKLA", "1996-06-01", None),
])
def test_leaders_of_the_era_hold_their_office_only_inside_it(dictionary, name, inside, code, outside,  # type: ignore[no-untyped-def]
                                                             code_outside):
    office = dictionary.office_on(name, date.fromisoformat(inside))
    assert office is not None and office.code() == code
    before_or_after = dictionary.office_on(name, date.fromisoformat(outside))  # None: before the first office
    assert (before_or_after.code() if before_or_after is not None else None) == code_outside


def test_a_new_leader_is_found_in_dated_text(nlp, dictionary):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, "Kenyan President Daniel arap Moi met Ghana's Jerry Rawlings.", "1996-06-01")
    assert found["Kenyan President Daniel arap Moi"] == "KENGOV"
    assert found["Ghana's Jerry Rawlings"] == "GHAGOV"
    # before the first office: the country alone
    assert codes(nlp, dictionary, "Hashim Thaci said the KLA would disarm.", "1996-06-01") == {
        "Hashim Thaci": "KSV", "KLA": "KSVREBKLA"}
