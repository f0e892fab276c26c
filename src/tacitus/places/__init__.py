"""Places stage (placeholder until the places work lands)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from tacitus.record import ActorMention, Article, Event, Place


@dataclass
class Gazetteer:
    version: str = "0"


def load_gazetteer() -> Gazetteer:
    return Gazetteer()


def extract_places(doc: Doc, article: Article, actors: tuple[ActorMention, ...],
                   gazetteer: Gazetteer) -> tuple[Place, ...]:
    return ()


def locate_events(doc: Doc, article: Article, events: tuple[Event, ...], places: tuple[Place, ...],
                  gazetteer: Gazetteer) -> tuple[Event, ...]:
    return events
