"""Quotes stage (placeholder until the quotes work lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from tacitus.record import ActorMention, Article, Quote


def extract_quotes(doc: Doc, article: Article, actors: tuple[ActorMention, ...]) -> tuple[Quote, ...]:
    return ()
