"""Actors, second round: bugs other engineers found, and the wider dictionary (regions, parties, groups)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.actors import ActorDataError, load_actor_dictionary, resolve_actors
from tacitus.record import ActorMention, Article


@pytest.fixture(scope="module")
def dictionary():  # type: ignore[no-untyped-def]
    return load_actor_dictionary()


def resolve(nlp, dictionary, text: str, date: str = "2018-06-12") -> list[ActorMention]:  # type: ignore[no-untyped-def]
    return list(resolve_actors(nlp(text), Article(id="t", text=text, date=date), dictionary))


def codes(mentions: list[ActorMention]) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in mentions]


def surname_patterns(dictionary) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.tokens[0] for patterns in dictionary.index.values() for p in patterns
            if p.kind == "surname" and len(p.tokens) == 1}


def test_omitted_surnames_roman_numerals_and_suffixes_are_not_bare_names(dictionary):  # type: ignore[no-untyped-def]
    surnames = surname_patterns(dictionary)
    for word in ("rice", "hague", "straw", "darling", "garland", "santos", "morales", "iii", "xiv", "jr."):
        assert word not in surnames, word


def test_a_unique_unlisted_surname_still_names_its_person(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "Flynn resigned on Monday.", "2017-02-01")
    assert mentions[0].name == "Michael Flynn"


def test_hague_alone_is_not_william_hague(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "Hague said the talks had failed.", "2012-05-01")
    assert all(m.name != "William Hague" for m in mentions)


def test_capitals_after_locative_or_motion_prepositions_are_places(nlp, dictionary):  # type: ignore[no-untyped-def]
    text = ("The delegation arrived in Kyiv on Monday. Officials in Seoul and Tokyo said the talks would "
            "continue. The minister flew to Moscow, then returned from Beijing. Moscow said it would retaliate.")
    mentions = resolve(nlp, dictionary, text, "2022-03-01")
    texts = [m.text for m in mentions]
    assert "Kyiv" not in texts and "Tokyo" not in texts and "Beijing" not in texts
    assert [m.how for m in mentions if m.text == "Moscow"] == ["metonym"]  # the one that speaks


def test_a_country_inside_a_sea_or_gulf_name_is_no_actor(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "North Korea fired two missiles into the Sea of Japan, and ships "
                                        "crossed the South China Sea and the Persian Gulf.", "2019-03-01")
    assert codes(mentions) == [("North Korea", "PRK")]


def test_a_mention_never_crosses_a_paragraph_break(nlp, dictionary):  # type: ignore[no-untyped-def]
    text = "Washington\n\nRussian President Vladimir Putin said on Tuesday that talks would go on."
    mentions = resolve(nlp, dictionary, text)
    assert all("\n" not in m.text for m in mentions)
    assert ("Russian President Vladimir Putin", "RUSGOV") in codes(mentions)


def test_a_shared_surname_goes_to_the_namesake_from_the_article_country(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "North Korean state media said Kim was pleased with the summit.")
    kim = next(m for m in mentions if m.text == "Kim")
    assert (kim.name, kim.code) == ("Kim Jong-un", "PRKGOV")


def test_she_does_not_refer_to_a_man(nlp, dictionary):  # type: ignore[no-untyped-def]
    text = "Donald Trump praised Kellyanne Conway on Sunday. She said the press was unfair."
    she = next(m for m in resolve(nlp, dictionary, text, "2017-03-01") if m.text == "She")
    assert she.name == "Kellyanne Conway"
    text = "Trump defended Ms. Rourke, an aide. She said the reports were false."
    she = next(m for m in resolve(nlp, dictionary, text, "2017-03-01") if m.text == "She")
    assert she.name != "Donald Trump"


def test_capital_as_possessor_and_party_adjective(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "Tehran's programme worries Washington. Republican senators "
                                        "criticised the deal.", "2020-01-05")
    found = {m.text: m for m in mentions}
    assert (found["Tehran"].code, found["Tehran"].how) == ("IRNGOV", "metonym")
    assert found["Republican senators"].code == "USAPTYREP"
    assert "LEG" in found["Republican senators"].roles


def test_demonym_bodies_and_their_officers(nlp, dictionary):  # type: ignore[no-untyped-def]
    text = ("The president of the Nigerian Bar Association criticised the ruling. The Kenyan Medical "
            "Association protested. Turkish F-16s struck targets.")
    assert codes(resolve(nlp, dictionary, text, "2020-01-05")) == [
        ("president of the Nigerian Bar Association", "NGANGO"), ("Kenyan Medical Association", "KENNGO"),
        ("Turkish F-16s", "TURMIL")]


@pytest.mark.parametrize(("text", "code"), [
    ("Rakhine rebels attacked a police post.", "MMRREB"),
    ("Donetsk separatists shelled the town.", "UKRREB"),
    ("The Sinaloa Cartel denied the claim.", "MEXCRMSIN"),
    ("The Black Sea Fleet moved ships.", "RUSMIL"),
    ("Morena won the vote.", "MEXPTYMOR"),
    ("The Arakan Army seized the town.", "MMRREBARA"),
    ("Gazprom cut supplies.", "RUSBUS"),
    ("Fighters of the Balochistan Liberation Army attacked a train.", "PAKREBBLA"),
    ("Huawei denied the accusation.", "CHNBUS"),
    ("The Chadian Human Rights League condemned the arrests.", "TCDNGO"),
    ("Harvard University sued the administration.", "USAEDU"),
])
def test_wider_dictionary(nlp, dictionary, text, code):  # type: ignore[no-untyped-def]
    assert code in [m.code for m in resolve(nlp, dictionary, text, "2024-03-01")]


def test_bad_actor_files_are_one_clear_error_naming_the_file(tmp_path: Path):
    broken = tmp_path / "bad.yaml"
    broken.write_text("- name: X\n  code: [1\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"bad\.yaml: not valid YAML at line"):
        load_actor_dictionary([broken])
    wrong_shape = tmp_path / "shape.yaml"
    wrong_shape.write_text("foo: bar\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"shape\.yaml: expected a YAML list"):
        load_actor_dictionary([wrong_shape])
    role = tmp_path / "role.yaml"
    role.write_text("- {name: Acme, code: USABUS, role: BOSS}\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"role\.yaml: entry 1 \(Acme\) has role 'BOSS'"):
        load_actor_dictionary([role])
    with pytest.raises(ActorDataError, match=r"missing\.yaml: cannot read"):
        load_actor_dictionary([tmp_path / "missing.yaml"])


def test_lookup_cli_reports_a_bad_actor_file_without_a_traceback(tmp_path: Path):
    from tacitus.cli import app

    broken = tmp_path / "bad.yaml"
    broken.write_text("- name: X\n  code: [1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "lookup", "Putin", "--actors", str(broken)])
    assert result.exit_code == 2
    assert "bad.yaml" in result.output and "Traceback" not in result.output


def test_mixed_case_acronyms_match_only_as_written(nlp, dictionary):  # type: ignore[no-untyped-def]
    mentions = resolve(nlp, dictionary, "Let the talks begin, he said. LeT fighters attacked. PiS won the vote.")
    assert codes(mentions)[-2:] == [("LeT fighters", "IMGJIHLET"), ("PiS", "POLPTYPIS")]
    assert all(m.text != "Let" for m in mentions)


def test_a_named_party_member_keeps_the_party_code_and_their_own_name(nlp, dictionary):  # type: ignore[no-untyped-def]
    text = "Republican Rep. Todd Akin apologised. Democratic Party officials said he should quit."
    akin = resolve(nlp, dictionary, text, "2012-09-01")[0]
    assert (akin.code, akin.name, akin.how) == ("USAPTYREP", "Todd Akin", "title")
