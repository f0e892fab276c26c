"""Event-argument completion: countryless roles, implied domestic targets, country modifiers of nominal
events, weapon refinements and the doer's own means.

Actors are given explicitly (as the actors stage hands them over) so these tests pin the events stage's
own rules, whatever the actors stage resolves.
"""

from __future__ import annotations

import pytest

from tacitus.actors import load_actor_dictionary
from tacitus.events import extract_events, load_predicates
from tacitus.record import ActorMention, Article

ROLES = {"GOV", "MIL", "COP", "OPP", "CVL", "INS", "LAB", "JUD"}


@pytest.fixture(scope="module")
def predicates():  # type: ignore[no-untyped-def]
    return load_predicates()


@pytest.fixture(scope="module")
def actor_dictionary():  # type: ignore[no-untyped-def]
    return load_actor_dictionary()


def _mention(text: str, surface: str, code: str) -> ActorMention:
    start = text.index(surface)
    if code in ROLES:  # a role the phrase gives no country ("police", "the government")
        return ActorMention(surface, start, start + len(surface), code, role=code, roles=(code,), how="role")
    if code[:3] in ("IGO", "NGO"):  # international bodies: no country, the body's own role
        return ActorMention(surface, start, start + len(surface), code, role=code[:3], how="dictionary")
    role = code[3:6] or None
    return ActorMention(surface, start, start + len(surface), code, country=code[:3], role=role, how="dictionary")


@pytest.fixture(scope="module")
def events(nlp, predicates, actor_dictionary):  # type: ignore[no-untyped-def]
    def run(text: str, codes: dict[str, str]) -> list:
        article = Article(id="t", text=text, date="2020-01-01")
        mentions = tuple(sorted((_mention(text, s, c) for s, c in codes.items()), key=lambda m: m.start))
        return list(extract_events(nlp(text), article, mentions, predicates, actor_dictionary))

    return run


def _brief(found: list) -> list[tuple]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo) for e in found]


# --- countryless roles -------------------------------------------------------------------------
def test_role_takes_the_one_country_of_its_sentence(events) -> None:  # type: ignore[no-untyped-def]
    found = events(
        "Police arrested opposition leader Alexei Navalny in Moscow.",
        {"Police": "COP", "opposition leader Alexei Navalny": "RUSOPP"},
    )
    assert _brief(found) == [("RUSCOP", "RUSOPP", "173")]
    assert found[0].source.how == "role+context"
    assert found[0].source.text == "Police"  # the evidence stays the words of the text


def test_government_does_not_take_the_country_it_acts_on(events) -> None:  # type: ignore[no-untyped-def]
    found = events("The government accused Russia of meddling in the election.", {"government": "GOV", "Russia": "RUS"})
    assert _brief(found)[0][:2] == ("GOV", "RUS")


def test_two_candidate_countries_mean_no_guess(events) -> None:  # type: ignore[no-untyped-def]
    found = events(
        "Police detained dozens of protesters after Turkey and Greece traded accusations.",
        {"Police": "COP", "protesters": "CVL", "Turkey": "TUR", "Greece": "GRC"},
    )
    arrests = [e for e in found if e.cameo.startswith("17")]
    assert arrests and all(e.source.code == "COP" for e in arrests)


def test_role_takes_the_article_country_when_its_sentence_names_none(events) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya braced for more unrest on Monday. The government lifted a ban on opposition rallies."
    found = events(text, {"Kenya": "KEN", "government": "GOV", "opposition": "OPP"})
    lifted = [e for e in found if e.cameo.startswith("081")]
    assert [(e.source.code, e.target.code) for e in lifted] == [("KENGOV", "KENOPP")]


def test_civilians_take_a_country_only_from_their_own_sentence(events) -> None:  # type: ignore[no-untyped-def]
    text = "Iraq's prime minister appealed for calm. Protesters blocked the main road into the port."
    found = events(text, {"Iraq's prime minister": "IRQGOV", "Protesters": "CVL"})
    blockades = [e for e in found if e.cameo.startswith("14")]
    assert blockades and blockades[0].source.code == "CVL"


# --- implied domestic targets ------------------------------------------------------------------
def test_domestic_act_targets_the_own_country(events) -> None:  # type: ignore[no-untyped-def]
    found = events("Sri Lanka lifted the nationwide curfew on Monday.", {"Sri Lanka": "LKA"})
    assert _brief(found) == [("LKA", "LKA", "0813")]
    assert found[0].target.how == "implied"
    assert found[0].target.name == "Sri Lanka"


def test_resignation_targets_the_own_country(events) -> None:  # type: ignore[no-untyped-def]
    found = events(
        "Algerian President Abdelaziz Bouteflika resigned on Tuesday.",
        {"Algerian President Abdelaziz Bouteflika": "DZAGOV"},
    )
    assert _brief(found) == [("DZAGOV", "DZA", "0831")]


def test_protest_targets_the_own_government(events) -> None:  # type: ignore[no-untyped-def]
    found = events("Thousands of Iraqi protesters rallied in Baghdad on Friday.", {"Iraqi protesters": "IRQCVL"})
    assert [(s, t, c[:2]) for s, t, c in _brief(found)] == [("IRQCVL", "IRQGOV", "14")]


def test_named_target_is_never_replaced(events) -> None:  # type: ignore[no-untyped-def]
    found = events(
        "Ukrainian protesters rallied against Russia outside its embassy.",
        {"Ukrainian protesters": "UKRCVL", "Russia": "RUS"},
    )
    assert ("UKRCVL", "RUS") in [(s, t) for s, t, _ in _brief(found)]
    assert all(t != "UKRGOV" for _, t, _ in _brief(found))


# --- country modifiers of nominal events ------------------------------------------------------
def test_demonym_before_a_nominal_event_is_its_doer(events) -> None:  # type: ignore[no-untyped-def]
    found = events("Israeli air strikes on Gaza killed 20 people.", {"Gaza": "PSE"})
    assert _brief(found) == [("ISR", "PSE", "195")]
    assert found[0].source.how == "modifier"
    assert found[0].source.text == "Israeli"


# --- refinements and the doer's own means ------------------------------------------------------
def test_suicide_bomber_is_a_suicide_bombing(events) -> None:  # type: ignore[no-untyped-def]
    found = events("A suicide bomber attacked a police station in Kabul.", {"A suicide bomber": "INS"})
    assert [e.cameo for e in found] == ["1831"]


def test_expelling_un_staff_is_166(events) -> None:  # type: ignore[no-untyped-def]
    found = events(
        "Burkina Faso expelled the UN's top official in the country.", {"Burkina Faso": "BFA", "UN": "IGOUNO"}
    )
    assert _brief(found) == [("BFA", "IGOUNO", "166")]


def test_own_forces_are_not_the_target(events) -> None:  # type: ignore[no-untyped-def]
    found = events(
        "Britain withdrew its diplomats from Syria.", {"Britain": "GBR", "diplomats": "GBRGOV", "Syria": "SYR"}
    )
    assert _brief(found) == [("GBR", "SYR", "161")]


# --- deep targets ------------------------------------------------------------------------------
def test_statement_about_a_thing_targets_the_state_inside_it(events) -> None:  # type: ignore[no-untyped-def]
    found = events("Hamas denied any involvement in the kidnapping of three Israeli teenagers.", {"Hamas": "PSEINSHMS"})
    assert _brief(found) == [("PSEINSHMS", "ISR", "016")]


def test_visit_targets_the_host_country(events) -> None:  # type: ignore[no-untyped-def]
    found = events(
        "US President Joe Biden made a surprise visit to Kyiv on Monday.", {"US President Joe Biden": "USAGOV"}
    )
    assert _brief(found) == [("USAGOV", "UKR", "042")]


def test_meeting_place_is_not_a_target(events) -> None:  # type: ignore[no-untyped-def]
    found = events("Trump and Kim met in Hanoi for their second summit.", {"Trump": "USAGOV", "Kim": "PRKGOV"})
    assert {(s, t) for s, t, _ in _brief(found)} == {("PRKGOV", "USAGOV"), ("USAGOV", "PRKGOV")}


# --- country words respect the actors dictionary's case rule (issue 4, bug 1) -------------------
def test_lowercase_common_word_is_never_a_country(events) -> None:  # type: ignore[no-untyped-def]
    found = events(
        "Washington sanctioned Iran on Friday, hitting its oil exports and the car sector.",
        {"Washington": "USAGOV", "Iran": "IRN"},
    )
    assert all(e.target is None or e.target.country != "CAF" for e in found)
    assert ("USAGOV", "IRN", "163") in _brief(found)


def test_acronym_country_matches_as_written(events) -> None:  # type: ignore[no-untyped-def]
    found = events("The government condemned CAR militias over the massacre.", {"government": "GOV"})
    assert [t for _, t, c in _brief(found) if c.startswith("11")] == ["CAF"]


# --- "target" is an attack only in a military context (issue 4, bug 2) --------------------------
def test_participle_targeting_elaborates_sanctions(events) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States imposed new sanctions on Russia on Friday, targeting the country's purchases "
        "of U.S. dollars, its metals trade and its car industry."
    )
    found = events(text, {"The United States": "USA", "Russia": "RUS"})
    assert _brief(found) == [("USA", "RUS", "163")]


def test_target_without_military_context_is_no_attack(events) -> None:  # type: ignore[no-untyped-def]
    found = events("The European Union targeted Russian banks and oligarchs.", {"The European Union": "IGOEUREEC"})
    assert not [e for e in found if e.root in ("18", "19")]


def test_target_with_weapons_is_an_attack(events) -> None:  # type: ignore[no-untyped-def]
    found = events("Israeli warplanes targeted Hamas positions in Gaza.", {"Hamas": "PSEINSHMS"})
    assert [(t, c[:2]) for _, t, c in _brief(found)] == [("PSEINSHMS", "19")]


# --- group anaphora: "the two leaders" are the previous sentence's two actors ------------------
def test_two_leaders_are_the_previous_sentences_actors(events) -> None:  # type: ignore[no-untyped-def]
    text = "Xi Jinping met Kyriakos Mitsotakis in Athens. The two leaders signed 16 cooperation agreements."
    found = events(text, {"Xi Jinping": "CHNGOV", "Kyriakos Mitsotakis": "GRCGOV", "leaders": "GOV"})
    signed = [e for e in found if e.cameo == "057"]
    assert {(e.source.code, e.target.code) for e in signed} == {("CHNGOV", "GRCGOV"), ("GRCGOV", "CHNGOV")}
    assert all(e.source.how == "group" and e.source.text == "leaders" for e in signed)


def test_unresolved_group_noun_acts_reciprocally(events) -> None:  # type: ignore[no-untyped-def]
    text = "India and Pakistan held talks in Islamabad. The two countries agreed to exchange prisoners."
    found = events(text, {"India": "IND", "Pakistan": "PAK"})
    later = [e for e in found if e.sentence_index == 1]
    assert {(e.source.code, e.target.code) for e in later} == {("IND", "PAK"), ("PAK", "IND")}
    assert all(e.cameo.startswith("03") for e in later)


def test_group_of_three_candidates_is_not_guessed(events) -> None:  # type: ignore[no-untyped-def]
    text = "Russia, Turkey and Iran held talks in Astana. The two countries signed a trade agreement."
    found = events(text, {"Russia": "RUS", "Turkey": "TUR", "Iran": "IRN"})
    assert not [e for e in found if e.sentence_index == 1]


def test_counted_new_people_are_no_group(events) -> None:  # type: ignore[no-untyped-def]
    text = "Israel and Hamas agreed a truce. Two soldiers attacked a checkpoint near the border."
    found = events(text, {"Israel": "ISR", "Hamas": "PSEINSHMS", "soldiers": "MIL"})
    attacks = [e for e in found if e.sentence_index == 1]
    assert attacks and all(e.source.text == "soldiers" and e.source.how != "group" for e in attacks)


# --- cities and regions give a role its country and a statement its target ---------------------
def test_city_gives_a_role_its_country(events) -> None:  # type: ignore[no-untyped-def]
    found = events("Police arrested dozens of protesters in Aleppo.", {"Police": "COP", "protesters": "CVL"})
    assert [(s, t) for s, t, c in _brief(found) if c.startswith("17")] == [("SYRCOP", "SYRCVL")]


def test_region_is_a_deep_target(events) -> None:  # type: ignore[no-untyped-def]
    found = events("The United Nations demanded a ceasefire in Aleppo.", {"The United Nations": "IGOUNO"})
    assert [(s, t) for s, t, _ in _brief(found)] == [("IGOUNO", "SYR")]


def test_doerless_happening_takes_no_deep_target(events) -> None:  # type: ignore[no-untyped-def]
    found = events("North Korea did not notify Japan before firing a missile over Hokkaido.", {"North Korea": "PRK"})
    assert all(e.source is not None for e in found)


# --- the owner of a role word, and domestic acts ------------------------------------------------
def test_possessive_country_owns_the_role(events) -> None:  # type: ignore[no-untyped-def]
    found = events("Sri Lanka's president promised to hold early elections.", {"president": "GOV"})
    assert found and all(e.source.code == "LKAGOV" for e in found)


def test_domestic_arrest_takes_the_doers_country(events) -> None:  # type: ignore[no-untyped-def]
    found = events(
        "Turkish authorities detained thousands of soldiers after the failed coup.",
        {"Turkish authorities": "TURGOV", "soldiers": "MIL"},
    )
    assert _brief(found) == [("TURGOV", "TURMIL", "173")]


def test_inter_state_act_keeps_the_foreign_rule(events) -> None:  # type: ignore[no-untyped-def]
    found = events("Russia accused the army of shelling civilians.", {"Russia": "RUS", "army": "MIL"})
    assert [t for _, t, c in _brief(found) if c.startswith("11")] == ["MIL"]


# --- places in a nominal event's party phrase ---------------------------------------------------
def test_city_is_the_target_of_a_nominal_strike(events) -> None:  # type: ignore[no-untyped-def]
    found = events("Russian missile strikes on Odesa damaged the city's cathedral.", {})
    assert [(s, t, c[:2]) for s, t, c in _brief(found)] == [("RUS", "UKR", "19")]


def test_the_kingdom_in_reported_speech_is_the_speakers_state(events) -> None:  # type: ignore[no-untyped-def]
    found = events(
        "Saudi Crown Prince Mohammed bin Salman said the kingdom would invest $20 billion in Pakistan.",
        {"Saudi Crown Prince Mohammed bin Salman": "SAUGOV", "Pakistan": "PAK"},
    )
    assert [(s, t) for s, t, _ in _brief(found)] == [("SAUGOV", "PAK")]
