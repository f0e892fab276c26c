"""Events stage: who did what to whom, coded in CAMEO (code, root, quad class, Goldstein) and PLOVER.

The predicate dictionary is data (``data/events/``); ``extract_events`` reads triggers and their
arguments from the dependency parse, with evidence for every event.
"""

from __future__ import annotations

from tacitus.events.codes import CameoCode, cameo_table, lookup
from tacitus.events.dictionary import PredicateDictionary, PredicateError, load_predicates
from tacitus.events.extract import extract_events

__all__ = [
    "CameoCode",
    "PredicateDictionary",
    "PredicateError",
    "cameo_table",
    "extract_events",
    "load_predicates",
    "lookup",
]
