"""Score the places stage against a gold file (``tests/gold/places/places.jsonl``).

Toponyms: a gold toponym counts as found when a predicted place overlaps its characters; it is then
right by *exact id* (same GeoNames id), *within 50 km* (same id, or both points within 50 km, or — for
a gold first-level division, whose point is only a convention — the same country and ADM1 name) and
*country* (same ISO3). Accuracies are over all gold toponyms (end to end: a missed name is wrong);
exact-id accuracy is over the gold toponyms that have a GeoNames id. Precision is the share of predicted
places that overlap a gold toponym (metonyms such as "Moscow said" are not gold toponyms).

Events: each gold event is rebuilt from its trigger (source and target unknown) and located with
``locate_events``; it is right when both say "no location", or the predicted location has the gold id,
lies within 50 km of the gold point, or names the gold division. Optionally the events stage runs too
and the gold events it finds are scored on their coded location.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from tacitus.actors import ActorDictionary, resolve_actors
from tacitus.events import PredicateDictionary, extract_events
from tacitus.places import extract_places, locate_events
from tacitus.places.gazetteer import Gazetteer, normalize
from tacitus.record import Article, Event, Location, Place, Plover, Span

WITHIN_KM = 50.0


@dataclass
class PlacesScore:
    """Counts behind every accuracy ``tacitus eval places`` prints."""

    passages: int = 0
    gold_toponyms: int = 0
    gold_with_id: int = 0
    found: int = 0
    exact_id: int = 0
    within_50km: int = 0
    country: int = 0
    predicted: int = 0
    predicted_matching: int = 0
    events: int = 0
    events_correct: int = 0
    events_by_how: Counter[str] = field(default_factory=Counter)
    # With ``predicates``: gold events the events stage also found (trigger overlap), and how many of
    # those it located right.
    coded_events: int = 0
    coded_events_correct: int = 0
    errors: list[str] = field(default_factory=list)

    def rate(self, numerator: int, denominator: int) -> float:
        return numerator / denominator if denominator else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "passages": self.passages, "gold_toponyms": self.gold_toponyms, "events": self.events,
            "recall": round(self.rate(self.found, self.gold_toponyms), 4),
            "precision": round(self.rate(self.predicted_matching, self.predicted), 4),
            "exact_id": round(self.rate(self.exact_id, self.gold_with_id), 4),
            "within_50km": round(self.rate(self.within_50km, self.gold_toponyms), 4),
            "country": round(self.rate(self.country, self.gold_toponyms), 4),
            "event_location": round(self.rate(self.events_correct, self.events), 4),
            "coded_events": self.coded_events,
            "coded_event_location": round(self.rate(self.coded_events_correct, self.coded_events), 4),
        }


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold passages, one JSON object per line; a line that is not one is a ValueError naming it."""
    passages, number = [], 1
    with open(path, encoding="utf-8", errors="strict") as handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                passage = json.loads(line)
                if not isinstance(passage, dict) or not {"id", "text"} <= passage.keys():
                    raise ValueError(f"{path} line {number}: a places gold passage needs an id and a text")
                passages.append(passage)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise ValueError(f"{path} line {number} is not places gold JSON: {error}") from error
    return passages


def evaluate(gold: list[dict[str, Any]], nlp: Language, gazetteer: Gazetteer,
             actor_dictionary: ActorDictionary, predicates: PredicateDictionary | None = None) -> PlacesScore:
    """Run the actors and places stages over every gold passage and count what they got right.

    With ``predicates``, the events stage runs too, and each gold event it also found (overlapping
    trigger) is scored on the location ``locate_events`` gave the coded event.
    """
    score = PlacesScore()
    for passage in gold:
        article = Article(id=passage["id"], text=passage["text"])
        doc = nlp(article.text)
        actors = resolve_actors(doc, article, actor_dictionary)
        places = extract_places(doc, article, actors, gazetteer)
        _score_toponyms(passage, places, score)
        events = tuple(_gold_event(doc, gold_event, n) for n, gold_event in enumerate(passage["events"]))
        located = locate_events(doc, article, events, places, gazetteer)
        for gold_event, event in zip(passage["events"], located, strict=True):
            _score_event(passage["id"], gold_event, event.location, score)
        if predicates is not None:
            coded = locate_events(doc, article, extract_events(doc, article, actors, predicates), places,
                                  gazetteer)
            for gold_event in passage["events"]:
                match = next((e for e in coded if e.trigger.start < gold_event["end"]
                              and gold_event["start"] < e.trigger.end), None)
                if match is not None:
                    score.coded_events += 1
                    score.coded_events_correct += _location_right(gold_event["location"], match.location)
        score.passages += 1
    return score


def _score_toponyms(passage: dict[str, Any], places: tuple[Place, ...], score: PlacesScore) -> None:
    gold = passage["toponyms"]
    score.gold_toponyms += len(gold)
    score.predicted += len(places)
    score.predicted_matching += sum(1 for p in places if any(_overlap(p, g) for g in gold))
    for item in gold:
        score.gold_with_id += item["geonameid"] is not None
        place = next((p for p in places if _overlap(p, item)), None)
        if place is None:
            score.errors.append(f"{passage['id']}: missed {item['text']!r}")
            continue
        score.found += 1
        same_id = item["geonameid"] is not None and place.geonameid == item["geonameid"]
        score.exact_id += same_id
        near = same_id or _within(place.lat, place.lon, item) or _same_division(place, item)
        score.within_50km += near
        score.country += place.country == item["country"]
        if not near:
            score.errors.append(f"{passage['id']}: {item['text']!r} → {place.name} ({place.country}, "
                                f"{place.geonameid}), expected {item['country']} {item['geonameid']}")


def _score_event(pid: str, gold: dict[str, Any], location: Location | None, score: PlacesScore) -> None:
    score.events += 1
    expected = gold["location"]
    correct = _location_right(expected, location)
    score.events_correct += correct
    score.events_by_how[location.how if location else "none"] += 1
    if not correct:
        got = f"{location.name} ({location.how})" if location else "none"
        want = expected["text"] if expected else "none"
        score.errors.append(f"{pid}: event {gold['trigger']!r} located at {got}, expected {want}")


def _location_right(expected: dict[str, Any] | None, location: Location | None) -> bool:
    if expected is None or location is None:
        return expected is None and location is None
    if expected["geonameid"] is not None and location.geonameid == expected["geonameid"]:
        return True
    if _within(location.lat, location.lon, expected):
        return True
    return bool(expected.get("admin1") and location.admin1 and location.country == expected["country"]
                and normalize(location.admin1) == normalize(expected["admin1"]))


def _gold_event(doc: Any, gold: dict[str, Any], number: int) -> Event:
    sentence_index = next(i for i, s in enumerate(doc.sents) if s.start_char <= gold["start"] < s.end_char)
    sentence = list(doc.sents)[sentence_index]
    return Event(id=f"gold-{number}", sentence_index=sentence_index, sentence=sentence.text, source=None,
                 target=None, trigger=Span(gold["trigger"], gold["start"], gold["end"]), cameo="", root="",
                 quad_class=0, goldstein=0.0, plover=Plover(None))


def _same_division(place: Place, gold: dict[str, Any]) -> bool:
    """A first-level division has no one true point: naming the right one (country + ADM1) counts."""
    if not gold.get("admin1") or place.feature not in ("admin1", "region"):
        return False
    return place.country == gold["country"] and normalize(place.admin1 or place.name) == normalize(gold["admin1"])


def _overlap(place: Place, gold: dict[str, Any]) -> bool:
    return place.start < gold["end"] and gold["start"] < place.end


def _within(lat: float | None, lon: float | None, gold: dict[str, Any]) -> bool:
    if lat is None or lon is None or gold.get("lat") is None or gold.get("lon") is None:
        return False
    return haversine_km(lat, lon, gold["lat"], gold["lon"]) <= WITHIN_KM


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))
