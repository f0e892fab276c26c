"""Tone stage: article and sentence tone, compatible with GDELT's V2Tone, from the VADER lexicon.

A word counts as positive when its VADER valence (−4…+4) is ≥ ``POSITIVE_THRESHOLD``, negative when it
is ≤ ``NEGATIVE_THRESHOLD``; a negator in the three preceding words flips it. Over the article's words
(tokens that are not punctuation, spaces or numbers):

- ``positive`` / ``negative``: % of words that are positive / negative; ``tone`` = positive − negative;
  ``polarity`` = positive + negative;
- ``activity_density``: % of words tagged VERB by the parser (auxiliaries excluded);
- ``self_group_density``: % of words that are first-person pronouns (``data/tone/word_lists.yaml``);
- ``compound``: VADER's normalisation ``s / sqrt(s² + 15)`` of the summed valences (negated ones
  scaled by −0.74), without VADER's capitalisation, booster and "but" rules (they cost a second pass).

Each sentence gets its own ``tone`` on the same pos% − neg% scale.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Doc, Token

from tacitus.record import Tone

POSITIVE_THRESHOLD = 0.5
NEGATIVE_THRESHOLD = -0.5
NEGATION_SCALAR = -0.74  # VADER's N_SCALAR
NEGATION_WINDOW = 3
VADER_ALPHA = 15.0


@dataclass(frozen=True)
class ToneLexicon:
    """Lowercase word → VADER valence, plus the word lists the densities count."""

    valence: dict[str, float] = field(default_factory=dict, repr=False)
    self_group: frozenset[str] = frozenset()
    negators: frozenset[str] = frozenset()
    version: str = "0"


@lru_cache(maxsize=1)
def load_tone_lexicon() -> ToneLexicon:
    """Load the VADER lexicon shipped with ``vaderSentiment`` (MIT) and Tacitus's word lists, once."""
    vader_path = Path(str(resources.files("vaderSentiment").joinpath("vader_lexicon.txt")))
    raw = vader_path.read_bytes()
    valence: dict[str, float] = {}
    for line in raw.decode("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            valence[parts[0].strip().lower()] = float(parts[1])
    lists_text = resources.files("tacitus").joinpath("data", "tone", "word_lists.yaml").read_text("utf-8")
    lists = yaml.safe_load(lists_text)
    version = hashlib.sha256(raw + lists_text.encode()).hexdigest()[:12]
    return ToneLexicon(valence, frozenset(lists["self_group"]), frozenset(lists["negators"]),
                       f"vader-{version}")


def score_tone(doc: Doc, lexicon: ToneLexicon) -> tuple[Tone, list[float]]:
    """Article tone and one tone value per sentence (in ``list(doc.sents)`` order).

    >>> tone, per_sentence = score_tone(nlp("Talks were a great success. Two people died."), lexicon)
    ... # doctest: +SKIP
    """
    words = positive = negative = verbs = self_group = 0
    valence_sum = 0.0
    sentence_tones: list[float] = []
    for sentence in doc.sents:
        s_words = s_positive = s_negative = 0
        for token in sentence:
            if not _is_word(token):
                continue
            s_words += 1
            lower = token.lower_
            if token.pos_ == "VERB":
                verbs += 1
            if lower in lexicon.self_group:
                self_group += 1
            value = lexicon.valence.get(lower)
            if value is None:
                continue
            if _negated(token, sentence.start, lexicon):
                value *= NEGATION_SCALAR
            valence_sum += value
            if value >= POSITIVE_THRESHOLD:
                s_positive += 1
            elif value <= NEGATIVE_THRESHOLD:
                s_negative += 1
        words += s_words
        positive += s_positive
        negative += s_negative
        sentence_tones.append(round(_percent(s_positive - s_negative, s_words), 3))
    pos, neg = _percent(positive, words), _percent(negative, words)
    compound = valence_sum / math.sqrt(valence_sum * valence_sum + VADER_ALPHA)
    tone = Tone(round(pos - neg, 3), round(pos, 3), round(neg, 3), round(pos + neg, 3),
                round(_percent(verbs, words), 3), round(_percent(self_group, words), 3), words,
                round(compound, 4))
    return tone, sentence_tones


def _is_word(token: Token) -> bool:
    return not (token.is_punct or token.is_space or token.like_num or token.is_quote or token.is_bracket)


def _negated(token: Token, sentence_start: int, lexicon: ToneLexicon) -> bool:
    doc = token.doc
    start = max(sentence_start, token.i - NEGATION_WINDOW)
    return any(doc[i].lower_ in lexicon.negators for i in range(start, token.i))


def _percent(count: int, total: int) -> float:
    return 100.0 * count / total if total else 0.0
