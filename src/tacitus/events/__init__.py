"""Events stage (placeholder until the events work lands)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from tacitus.record import ActorMention, Article, Event


@dataclass
class PredicateDictionary:
    version: str = "0"


def load_predicates() -> PredicateDictionary:
    return PredicateDictionary()


def extract_events(doc: Doc, article: Article, actors: tuple[ActorMention, ...],
                   predicates: PredicateDictionary) -> tuple[Event, ...]:
    return ()
