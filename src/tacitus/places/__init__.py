"""Places stage: toponyms in an article, resolved against an offline gazetteer, and event locations.

``extract_places`` finds place names (NER, a landmark/region phrase matcher, the dateline), drops those
used as actors ("Moscow said"), and resolves each with article context; ``locate_events`` pins each event
to the place in its own clause, else its sentence, else the dateline.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tacitus.places import locate
from tacitus.places.disambiguate import resolve
from tacitus.places.gazetteer import Entry, Gazetteer, load_gazetteer
from tacitus.places.toponyms import find_toponyms
from tacitus.record import ActorMention, Article, Event, Place

__all__ = ["Gazetteer", "load_gazetteer", "extract_places", "locate_events"]


def extract_places(doc: Doc, article: Article, actors: tuple[ActorMention, ...],
                   gazetteer: Gazetteer) -> tuple[Place, ...]:
    """Every place mentioned in the article (not those standing for an actor), resolved, in text order.

    >>> places = extract_places(doc, article, actors, load_gazetteer())   # doctest: +SKIP
    >>> places[0].name, places[0].country, places[0].geonameid             # doctest: +SKIP
    ('Aleppo', 'SYR', 170063)
    """
    toponyms = find_toponyms(doc, article, actors, gazetteer)
    entries = resolve(toponyms, actors)
    return tuple(_place(t.text, t.start, t.end, entry, t.how)
                 for t, entry in zip(toponyms, entries, strict=True) if not t.metonym)


def locate_events(doc: Doc, article: Article, events: tuple[Event, ...], places: tuple[Place, ...],
                  gazetteer: Gazetteer) -> tuple[Event, ...]:
    """Each event with ``location`` set from its clause, its sentence or the dateline (see ``locate``)."""
    return locate.locate_events(doc, events, places)


def _place(text: str, start: int, end: int, entry: Entry, how: str) -> Place:
    lat = round(entry.lat, 5) if entry.lat is not None else None
    lon = round(entry.lon, 5) if entry.lon is not None else None
    return Place(text, start, end, entry.name, entry.country, entry.admin1, lat, lon, entry.geonameid,
                 entry.feature, how)
