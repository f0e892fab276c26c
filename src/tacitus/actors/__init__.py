"""The actors stage: resolve every mention in an article to a CAMEO-style actor code on the article's date.

>>> from tacitus.actors import load_actor_dictionary, resolve_actors
>>> dictionary = load_actor_dictionary()          # shipped data files (+ user YAML files)
>>> mentions = resolve_actors(doc, article, dictionary)  # doc: the article's spaCy parse
"""

from __future__ import annotations

from tacitus.actors.dictionary import ActorDataError, ActorDictionary, load_actor_dictionary
from tacitus.actors.resolve import resolve_actors

__all__ = ["ActorDataError", "ActorDictionary", "load_actor_dictionary", "resolve_actors"]
