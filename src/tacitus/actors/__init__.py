"""Actors stage (placeholder until the actors work lands)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from spacy.tokens import Doc

from tacitus.record import ActorMention, Article


@dataclass
class ActorDictionary:
    version: str = "0"


def load_actor_dictionary(extra_files: Iterable[Path] = ()) -> ActorDictionary:
    return ActorDictionary()


def resolve_actors(doc: Doc, article: Article, dictionary: ActorDictionary) -> tuple[ActorMention, ...]:
    return ()
