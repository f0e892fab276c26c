"""The actors stage: every mention resolved to a CAMEO-style code on the article's date."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tacitus
from tacitus.actors import ActorDataError, load_actor_dictionary, resolve_actors
from tacitus.record import ActorMention, Article

DATA_DIR = Path(tacitus.__file__).parent / "data" / "actors"
GOLD = Path(__file__).parent / "gold" / "actors" / "actors.yaml"


@pytest.fixture(scope="module")
def dictionary():  # type: ignore[no-untyped-def]
    return load_actor_dictionary()


def resolve(nlp, dictionary, text: str, date: str | None = "2017-03-01") -> list[ActorMention]:  # type: ignore[no-untyped-def]
    article = Article(id="t", text=text, date=date)
    return list(resolve_actors(nlp(text), article, dictionary))


def by_text(mentions: list[ActorMention]) -> dict[str, ActorMention]:
    return {m.text: m for m in mentions}


def test_compound_mention_is_one_actor_with_a_human_name(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "Russian President Vladimir Putin met Turkish President Recep Tayyip "
                                        "Erdogan in Sochi on Friday.")
    first, second = mentions[0], mentions[1]
    assert (first.text, first.code, first.name, first.country, first.role) == (
        "Russian President Vladimir Putin", "RUSGOV", "Vladimir Putin", "RUS", "GOV")
    assert (second.code, second.name) == ("TURGOV", "Recep Tayyip Erdogan")


def test_offsets_point_into_the_article_and_mentions_do_not_overlap(nlp, dictionary):  # type: ignore[no-untyped-def]
    text = "Moscow and Ankara traded accusations. The Kremlin said Turkish troops had crossed the border."
    mentions = resolve(nlp, dictionary, text)
    assert [m.text for m in mentions] == [text[m.start:m.end] for m in mentions]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
    assert [m.sentence_index for m in mentions] == [0, 0, 1, 1]


def test_coordination_gives_one_actor_per_conjunct(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "Russia and Turkey agreed on a ceasefire, and Russian and Turkish "
                                        "troops began joint patrols.")
    assert [(m.text, m.code) for m in mentions] == [
        ("Russia", "RUS"), ("Turkey", "TUR"), ("Russian", "RUSMIL"), ("Turkish troops", "TURMIL")]


def test_people_are_coded_by_their_office_on_the_article_date(nlp, dictionary):  # type: ignore[no-untyped-def]
    text = "Donald Trump spoke with the leader of Taiwan."
    assert resolve(nlp, dictionary, text, "2016-12-05")[0].code == "USAELI"  # president-elect
    assert resolve(nlp, dictionary, text, "2017-03-01")[0].code == "USAGOV"
    assert resolve(nlp, dictionary, "Vladimir Putin spoke.", None)[0].code == "RUSGOV"  # no date: principal office


def test_capitals_and_seats_of_power_stand_for_the_government(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = by_text(resolve(nlp, dictionary, "The Kremlin rejected the claim, while Washington and Downing "
                                                "Street urged restraint and Beijing said nothing."))
    assert mentions["The Kremlin"].code == "RUSGOV"
    assert mentions["Washington"].code == "USAGOV"
    assert mentions["Downing Street"].code == "GBRGOV"
    assert mentions["Beijing"].code == "CHNGOV"


def test_a_capital_used_as_a_place_is_not_an_actor(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "The two ministers held talks in Moscow on Monday.")
    assert "Moscow" not in [m.text for m in mentions]


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("A Turkish soldier was killed on Sunday.", "Turkish soldier", "TURMIL"),
    ("Syrian government forces shelled the town.", "Syrian government forces", "SYRMIL"),
    ("Anti-Damascus rebels retreated from the town.", "Anti-Damascus rebels", "SYRREB"),
    ("U.S.-backed Kurdish fighters advanced in Syria.", "Kurdish fighters", "SYRREB"),
    ("The top Russian diplomat said talks would resume.", "Russian diplomat", "RUSGOV"),
    ("Britain's Defense Ministry said the jets were intercepted.", "Britain's Defense Ministry", "GBRGOV"),
    ("Russia's foreign minister arrived on Monday.", "Russia's foreign minister", "RUSGOV"),
])
def test_nationality_and_role_compose(nlp, dictionary, text, mention, code):  # type: ignore[no-untyped-def]
    assert by_text(resolve(nlp, dictionary, text))[mention].code == code


def test_organisations_and_armed_groups_have_stable_codes_and_names(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = by_text(resolve(nlp, dictionary, "Daesh attacked the town, NATO said. The UN and the WHO, who "
                                                "sent doctors, blamed ISIS and the Taliban."))
    assert (mentions["Daesh"].code, mentions["Daesh"].name) == ("IMGMUSISI", "Islamic State")
    assert mentions["ISIS"].code == "IMGMUSISI"
    assert mentions["NATO"].code == "IGOWSTNAT"
    assert mentions["The UN"].code == "IGOUNO"  # aliases may hold their article: "the UN", "the Kremlin"
    assert mentions["WHO"].code == "IGOUNOWHO"
    assert mentions["the Taliban"].code == "AFGINSTAL"
    assert "who" not in mentions  # the pronoun is not the World Health Organization


def test_unknown_name_with_a_title_takes_country_and_role(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "Foreign Minister Heraldo Munoz of Chile met reporters. Munoz said "
                                        "the talks went well.")
    titled = mentions[0]
    assert (titled.text, titled.code, titled.name, titled.how) == (
        "Foreign Minister Heraldo Munoz of Chile", "CHLGOV", "Heraldo Munoz", "title")
    later = by_text(mentions)["Munoz"]
    assert (later.code, later.how, later.entity) == ("CHLGOV", "coreference", titled.entity)


def test_unresolvable_names_stay_visible_with_a_null_code(nlp, dictionary):  # type: ignore[no-untyped-def]
    mention = by_text(resolve(nlp, dictionary, "Khalid Rahimi was arrested at the checkpoint."))["Khalid Rahimi"]
    assert mention.code is None and mention.name == "Khalid Rahimi"


def test_a_bare_role_is_coded_by_the_role_alone(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = by_text(resolve(nlp, dictionary, "Police fired tear gas at protesters."))
    assert (mentions["Police"].code, mentions["Police"].country, mentions["Police"].how) == ("COP", None, "role")
    assert mentions["protesters"].code == "CVL"


def test_coreference_links_surname_description_and_pronoun(nlp, dictionary):  # type: ignore[no-untyped-def]
    text = ("Russian President Vladimir Putin arrived in Ankara on Monday. Putin met business leaders. "
            "The Russian leader said he hoped for more trade.")
    mentions = resolve(nlp, dictionary, text)
    chain = [m for m in mentions if m.entity == mentions[0].entity]
    assert [m.text for m in chain] == ["Russian President Vladimir Putin", "Putin", "Russian leader", "he"]
    assert {m.code for m in chain} == {"RUSGOV"}
    assert {m.name for m in chain} == {"Vladimir Putin"}
    assert [m.how for m in chain][-2:] == ["coreference", "coreference"]


def test_object_pronoun_is_not_the_subject_of_its_own_verb(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "Bolivian President Evo Morales resigned after the army chief urged "
                                        "him to step down.", "2019-11-10")
    assert by_text(mentions)["him"].code == "BOLGOV"


def test_possessive_pronoun_gives_the_owner_country_or_group(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = by_text(resolve(nlp, dictionary, "Ukrainian President Volodymyr Zelensky said his army was "
                                                "fighting back. The SDF said its fighters held the town.",
                               "2022-02-24"))
    assert mentions["army"].code == "UKRMIL"
    assert mentions["fighters"].code == "SYRREBSDF"


def test_user_yaml_adds_and_overrides_entries(nlp, tmp_path: Path):  # type: ignore[no-untyped-def]
    extra = tmp_path / "my_actors.yaml"
    extra.write_text(
        "- {name: Delta Liberation Front, aliases: [DLF], code: NGAREBDLF}\n"
        "- {name: Vladimir Putin, country: RUS, role: ELI, start: 1990-01-01}\n")
    dictionary = load_actor_dictionary([extra])
    mentions = by_text(resolve(nlp, dictionary, "The DLF attacked a pipeline. Vladimir Putin said nothing."))
    assert (mentions["DLF"].code, mentions["DLF"].name, mentions["DLF"].country) == (
        "NGAREBDLF", "Delta Liberation Front", "NGA")
    assert mentions["Vladimir Putin"].code == "RUSELI"
    assert dictionary.version != load_actor_dictionary().version


def test_a_malformed_user_file_is_a_clear_error(tmp_path: Path):  # type: ignore[no-untyped-def]
    extra = tmp_path / "bad.yaml"
    extra.write_text("- {aliases: [X]}\n")
    with pytest.raises(ActorDataError, match="bad.yaml"):
        load_actor_dictionary([extra])


def test_works_without_people_file_and_with_a_small_one(nlp, tmp_path: Path):  # type: ignore[no-untyped-def]
    for name in ("countries.tsv", "roles.tsv", "organisations.tsv", "ethnic.tsv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    bare = load_actor_dictionary(data_dir=tmp_path)
    mention = resolve(nlp, bare, "Russian President Vladimir Putin spoke.")[0]
    assert (mention.code, mention.how) == ("RUSGOV", "title")
    (tmp_path / "people.tsv").write_text(
        "# test people\nname\taliases\tcountry\torg\trole\tstart\tend\ttitle\n"
        "Ada Quill\tQuill\tNZL\t\tELI\t2020-11-01\t2020-12-31\tPrime Minister-elect\n"
        "Ada Quill\tQuill\tNZL\t\tGOV\t2021-01-01\t2023-12-31\tPrime Minister\n"
        "Ben Ode\t\t\tIGOUNO\tIGO\t2019-01-01\t\tUN Secretary-General\n")
    small = load_actor_dictionary(data_dir=tmp_path)
    assert resolve(nlp, small, "Ada Quill spoke.", "2020-11-15")[0].code == "NZLELI"
    assert resolve(nlp, small, "Ada Quill spoke.", "2022-05-01")[0].code == "NZLGOV"
    assert resolve(nlp, small, "Ada Quill spoke.", "2025-05-01")[0].code == "NZLELI"  # former
    assert resolve(nlp, small, "Ben Ode spoke.", "2022-05-01")[0].code == "IGOUNO"


def test_gold_set_code_accuracy_stays_above_target(nlp, dictionary):  # type: ignore[no-untyped-def]
    from tacitus.actors.evaluate import evaluate_gold, load_gold

    passages = load_gold(GOLD)
    assert len(passages) >= 60 and sum(len(m) for _, m in passages) >= 400
    score = evaluate_gold(GOLD, nlp, dictionary)
    assert score.accuracy("code") >= 0.90


def test_cities_give_a_role_its_country_but_are_no_actors_alone(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = by_text(resolve(nlp, dictionary, "Shanghai police detained two men. Police in Chicago said the "
                                                "Aleppo offensive continued."))
    assert mentions["Shanghai police"].code == "CHNCOP"
    assert mentions["Police in Chicago"].code == "USACOP"
    assert not [m for m in mentions if "Aleppo" in m]


def test_datelines_are_places_not_actors(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "MOSCOW - Russian President Vladimir Putin spoke.\n\nBEIRUT, Lebanon "
                                        "(AP) - Hezbollah said it fired rockets.")
    assert [m.text for m in mentions][:1] == ["Russian President Vladimir Putin"]
    assert "Lebanon" not in [m.text for m in mentions] and "BEIRUT" not in [m.text for m in mentions]
    assert by_text(mentions)["it"].code == "LBNINSHZB"


def test_pronoun_gender_stays_consistent_within_a_chain(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "Mohammed Waseem met Sara Khan. He said he was sorry. Later she said "
                                        "she forgave nobody.")
    names = [(m.text, m.name) for m in mentions if m.how == "coreference"]
    assert ("she", "Mohammed Waseem") not in names
    assert ("He", "Mohammed Waseem") in names


def test_it_links_only_when_it_acts(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "The Kremlin said it would respond. It seems unlikely that talks resume.")
    its = [m for m in mentions if m.text.lower() == "it"]
    assert [(m.start, m.code) for m in its] == [(17, "RUSGOV")]
