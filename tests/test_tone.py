"""Tone stage: GDELT V2Tone-style percentages from the VADER lexicon, per article and per sentence."""

from __future__ import annotations

import pytest

from tacitus.tone import load_tone_lexicon, score_tone


@pytest.fixture(scope="module")
def lexicon():  # type: ignore[no-untyped-def]
    return load_tone_lexicon()


def test_one_tone_per_sentence_with_the_right_sign(nlp, lexicon) -> None:
    doc = nlp("The leaders praised a historic peace agreement. A bomb killed twelve people in a brutal attack. "
              "The committee met on Tuesday.")
    tone, per_sentence = score_tone(doc, lexicon)
    assert len(per_sentence) == len(list(doc.sents)) == 3
    assert per_sentence[0] > 0 > per_sentence[1]
    assert per_sentence[2] == 0.0
    assert tone.compound is not None and -1.0 <= tone.compound <= 1.0


def test_gdelt_identities_hold(nlp, lexicon) -> None:
    tone, _ = score_tone(nlp("Protesters condemned the violent crackdown but welcomed the support of allies."),
                         lexicon)
    assert tone.tone == pytest.approx(tone.positive - tone.negative, abs=0.002)
    assert tone.polarity == pytest.approx(tone.positive + tone.negative, abs=0.002)
    assert tone.word_count == 11  # words only: no punctuation


def test_negation_flips_a_word(nlp, lexicon) -> None:
    plain, _ = score_tone(nlp("The talks were successful."), lexicon)
    negated, _ = score_tone(nlp("The talks were not successful."), lexicon)
    assert plain.tone > 0 and negated.tone < 0


def test_densities(nlp, lexicon) -> None:
    tone, _ = score_tone(nlp("We will fight and we will win our freedom."), lexicon)
    assert tone.self_group_density == pytest.approx(100 * 3 / 9, abs=0.01)  # we, we, our of 9 words
    assert tone.activity_density == pytest.approx(100 * 2 / 9, abs=0.01)  # fight, win


def test_empty_text_is_neutral(nlp, lexicon) -> None:
    tone, per_sentence = score_tone(nlp(""), lexicon)
    assert tone.word_count == 0 and tone.tone == 0.0 and per_sentence == []
