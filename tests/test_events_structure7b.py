"""Shapes the matcher now reaches (structural round 7, part 2): adjective and adverb complements beside
the object ("set the hostages free", "sent the prisoners home"), a named person as the one freed, a
preposition the parse hangs on the object ("threatened the opposition with arrest") and hyphenated verbs
read whole ("test-fired")."""

from __future__ import annotations


def test_an_adjective_complement_after_the_object(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("REB", "CVL", "0841") in dyads("The rebels set the hostages free on Tuesday.")


def test_an_adjective_complement_before_the_object(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("IRNGOV", "GBRMIL", "0841") in dyads("Iranian authorities set free two British sailors.")


def test_an_adverb_particle_leaves_the_noun_the_direct_object(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("RUSGOV", None, "0841") in dyads("Moscow sent home the prisoners of war.")
    assert ("RUSGOV", None, "0841") in dyads("Moscow sent the prisoners home on Friday.")


def test_suspects_turned_over_are_handed_to_justice(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("PAK", "USA", "063") in dyads("Pakistan turned the suspects over to the United States.")


def test_a_role_word_on_a_name_is_the_one_freed(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("CHN", None, "0841") in dyads("China released the dissident Wei Jingsheng on Sunday.")


def test_a_named_person_without_an_actor_code_is_freed(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("RUS", None, "0841") in dyads("Russia released Brittney Griner in a prisoner swap.")


def test_a_named_persons_statement_is_not_a_release(dyads) -> None:  # type: ignore[no-untyped-def]
    assert not any(e[2].startswith("084") for e in dyads("The ministry released Tim Cook's statement on Monday."))


def test_a_preposition_on_the_object_introduces_the_threat(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("GOV", "OPP", "132") in dyads("The government threatened the opposition with arrest.")
    assert ("RUS", "LVA", "131") in dyads("Russia warned Latvia of countermeasures.")


def test_a_preposition_on_a_plain_noun_stays_the_nouns(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("The minister warned the head of the sanctions committee.")
    assert not any(e[2].startswith("131") for e in found)


def test_a_hyphenated_verb_is_read_whole(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("North Korea test-fired a missile on Monday.")
    assert ("PRK", None, "150") in found
    assert not any(e[2].startswith("19") for e in found)


def test_a_hyphenated_verb_the_dictionary_lacks_falls_back_to_its_head() -> None:
    from tacitus.events.matching import compound_lemma
    from tacitus.nlp import load_model

    doc = load_model()("Washington re-imposed sanctions on Tehran.")
    verb = next(t for t in doc if t.lower_ == "imposed")
    assert compound_lemma(verb) == "re-impose"


def test_captives_let_go_after_the_object(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("PSEINSHMS", None, "0841") in dyads("Hamas let the hostages go on Sunday.")


def test_an_employee_let_go_is_no_release(dyads) -> None:  # type: ignore[no-untyped-def]
    assert not any(e[2].startswith("084") for e in dyads("The ministry let him go last year."))


def test_an_urged_hyphenated_verb_is_not_done(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("The business lobby urged Beijing to de-escalate the situation.")
    assert not any(e[0] == "CHNGOV" for e in found)
