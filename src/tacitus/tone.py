"""Tone stage (placeholder until the tone work lands)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from tacitus.record import Tone


@dataclass
class ToneLexicon:
    version: str = "0"


def load_tone_lexicon() -> ToneLexicon:
    return ToneLexicon()


def score_tone(doc: Doc, lexicon: ToneLexicon) -> tuple[Tone, list[float]]:
    sentences = list(doc.sents)
    return Tone(0.0, 0.0, 0.0, 0.0, word_count=len(doc)), [0.0] * len(sentences)
