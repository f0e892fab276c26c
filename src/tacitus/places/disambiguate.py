"""Choose one gazetteer entry per toponym, using the article as context.

Score of an entry = its prior (log10 population, plus fixed bonuses; see ``gazetteer``)
+ ``FOCUS_WEIGHT`` × the evidence for its country (unambiguous places and actors), relative to the
  best-attested country
+ ``ADMIN1_WEIGHT`` if the article names its first-level division elsewhere (or, for a division, an
  unambiguous city inside it) + ``COORDINATION_WEIGHT`` if it is of the kind of a place coordinated
  with it ("New York and Massachusetts").
A qualifier right after the name ("Paris, Texas") filters the candidates outright, and one sense per
discourse holds: every mention of a name in an article resolves the same way.
"""

from __future__ import annotations

from tacitus.places.gazetteer import Entry, normalize
from tacitus.places.toponyms import Toponym
from tacitus.record import ActorMention

FOCUS_WEIGHT = 3.0
ADMIN1_WEIGHT = 4.5
ACTOR_WEIGHT = 0.5  # an actor's country counts half as much as a place mention
# Coordinated places are of one kind: "New York and Massachusetts" are states, "New York and Chicago" cities.
COORDINATION_WEIGHT = 1.0


def resolve(toponyms: list[Toponym], actors: tuple[ActorMention, ...]) -> list[Entry]:
    """The chosen entry for each toponym, in the same order."""
    focus = _focus_countries(toponyms, actors)
    # Divisions the article names outright ("Idaho"), not names that merely could be one ("Georgia").
    admin1_named = {normalize(t.entries[0].name) for t in toponyms if t.entries[0].feature == "admin1"}
    admin1_named |= {normalize(e.name) for t in toponyms for e in t.qualifier}
    # Divisions that hold an unambiguous place of the article ("Atlanta" → the state of Georgia).
    admin1_holding = {normalize(t.entries[0].admin1) for t in toponyms
                      if len(t.entries) == 1 and t.entries[0].feature == "city" and t.entries[0].admin1}
    qualified: dict[str, tuple[Entry, ...]] = {}
    for toponym in toponyms:
        narrowed = _narrow(toponym)
        if len(narrowed) < len(toponym.entries):
            qualified.setdefault(normalize(toponym.text), narrowed)
    # The kind (city, admin1, country …) each toponym most likely is, for its coordinated partners.
    partner_kind = {t.start: t.entries[0].feature for t in toponyms}
    chosen: dict[str, Entry] = {}
    result: list[Entry] = []
    for toponym in toponyms:
        key = normalize(toponym.text)
        if key not in chosen:
            candidates = qualified.get(key) or toponym.entries
            kinds = {partner_kind[start] for start in toponym.partners if start in partner_kind}
            chosen[key] = max(candidates, key=lambda e: _score(e, focus, admin1_named, key)
                              + (ADMIN1_WEIGHT if e.feature == "admin1" and key in admin1_holding else 0.0)
                              + (COORDINATION_WEIGHT if e.feature in kinds else 0.0))
        result.append(chosen[key])
    return result


def _narrow(toponym: Toponym) -> tuple[Entry, ...]:
    """Candidates consistent with a ", Qualifier" (same country, or inside the named division)."""
    if not toponym.qualifier:
        return toponym.entries
    kept = tuple(e for e in toponym.entries if any(_inside(e, q) for q in toponym.qualifier))
    return kept or toponym.entries


def _inside(entry: Entry, container: Entry) -> bool:
    if container.feature == "country":
        return entry.country == container.country and entry.feature != "country"
    return entry.country == container.country and entry.admin1 is not None and \
        normalize(entry.admin1) == normalize(container.admin1 or container.name)


def _focus_countries(toponyms: list[Toponym], actors: tuple[ActorMention, ...]) -> dict[str, float]:
    """Evidence per country: country names, single-country place names, and actors' countries."""
    counts: dict[str, float] = {}
    for toponym in toponyms:
        countries = {e.country for e in toponym.entries}
        top = toponym.entries[0]  # entries are sorted by prior; a country name outranks its namesakes
        if top.country and (top.feature == "country" or len(countries) == 1):
            counts[top.country] = counts.get(top.country, 0.0) + 1.0
    for actor in actors:
        if actor.country and len(actor.country) == 3:
            counts[actor.country] = counts.get(actor.country, 0.0) + ACTOR_WEIGHT
    # Relative to the best-attested country, so a country named as often as any other gets full weight.
    best = max(counts.values(), default=0.0)
    return {country: n / best for country, n in counts.items()} if best else {}


def _score(entry: Entry, focus: dict[str, float], admin1_named: set[str], key: str) -> float:
    score = entry.prior + FOCUS_WEIGHT * focus.get(entry.country or "", 0.0)
    if entry.feature != "admin1" and entry.admin1 and normalize(entry.admin1) in admin1_named \
            and normalize(entry.admin1) != key:
        score += ADMIN1_WEIGHT
    return score
