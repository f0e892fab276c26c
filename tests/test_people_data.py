"""The named-persons actor list (data/actors/people.tsv): format, validity and who-held-what-when."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pycountry
import pytest

import tacitus

PEOPLE_TSV = Path(tacitus.__file__).parent / "data" / "actors" / "people.tsv"
HEADER = ["name", "aliases", "country", "org", "role", "start", "end", "title"]
ROLES = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "INS", "IGO", "ELI", "BUS", "SPY", "COP", "MED", "CRM"}
# CAMEO country codes that are not ISO 3166-1 alpha-3.
EXTRA_COUNTRIES = {"KSV", "PSE"}
# 3-letter prefix (country, IGO or IMG) + 3-letter role/sector + up to 3 more letters or digits (CODREBM23).
ORG_CODE = re.compile(r"^[A-Z]{3}[A-Z]{3}[A-Z0-9]{0,3}$")


class Person(NamedTuple):
    name: str
    aliases: list[str]
    country: str
    org: str
    role: str
    start: dt.date
    end: dt.date | None
    title: str


def _raw_lines() -> list[str]:
    text = PEOPLE_TSV.read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@pytest.fixture(scope="module")
def table() -> list[list[str]]:
    return list(csv.reader(_raw_lines(), delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def people(table: list[list[str]]) -> list[Person]:
    return [
        Person(
            name=r[0],
            aliases=[a for a in r[1].split("|") if a],
            country=r[2],
            org=r[3],
            role=r[4],
            start=dt.date.fromisoformat(r[5]),
            end=dt.date.fromisoformat(r[6]) if r[6] else None,
            title=r[7],
        )
        for r in table[1:]
    ]


def held_on(people: list[Person], name: str, day: str) -> list[Person]:
    """Rows for `name` whose period covers `day` (an empty end means still in office)."""
    when = dt.date.fromisoformat(day)
    return [p for p in people if p.name == name and p.start <= when and (p.end is None or when <= p.end)]


def test_file_starts_with_comment_then_header(table: list[list[str]]) -> None:
    first = PEOPLE_TSV.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#") and "general knowledge" in PEOPLE_TSV.read_text(encoding="utf-8")
    assert table[0] == HEADER


def test_every_row_has_eight_columns(table: list[list[str]]) -> None:
    bad = [r for r in table if len(r) != len(HEADER)]
    assert not bad, f"rows without 8 tab-separated columns: {bad[:3]}"


def test_at_least_a_thousand_rows(people: list[Person]) -> None:
    assert len(people) >= 1000


def test_no_exact_duplicate_rows(table: list[list[str]]) -> None:
    dups = [row for row, n in Counter(tuple(r) for r in table[1:]).items() if n > 1]
    assert not dups, f"duplicated rows: {dups[:3]}"


def test_dates_are_ordered(people: list[Person]) -> None:
    bad = [p for p in people if p.end is not None and p.end < p.start]
    assert not bad, f"end before start: {bad[:3]}"
    assert all(p.start <= dt.date(2026, 12, 31) for p in people)


def test_countries_are_iso_alpha3_or_documented_extras(people: list[Person]) -> None:
    bad = [
        p
        for p in people
        if p.country and p.country not in EXTRA_COUNTRIES and pycountry.countries.get(alpha_3=p.country) is None
        and pycountry.historic_countries.get(alpha_3=p.country) is None  # SUN, YUG, DDR: former states
    ]
    assert not bad, f"unknown country codes: {[(p.name, p.country) for p in bad[:5]]}"


def test_empty_country_only_for_international_bodies(people: list[Person]) -> None:
    # Heads of IGOs (and transnational militant groups) act for the organisation, not a state.
    bad = [p for p in people if not p.country and not p.org.startswith(("IGO", "IMG"))]
    assert not bad, f"rows with neither country nor IGO/IMG organisation: {bad[:3]}"


def test_org_codes_are_well_formed(people: list[Person]) -> None:
    bad = [(p.name, p.org) for p in people if p.org and not ORG_CODE.match(p.org)]
    assert not bad, f"malformed org codes: {bad[:5]}"


def test_igo_role_rows_name_an_organisation_or_a_country(people: list[Person]) -> None:
    assert all(p.org or p.country for p in people if p.role == "IGO")


def test_roles_are_cameo_roles(people: list[Person]) -> None:
    assert {p.role for p in people} <= ROLES


def test_canonical_names_are_ascii_and_titles_present(people: list[Person]) -> None:
    assert all(p.name.isascii() and p.name.strip() == p.name for p in people)
    assert all(p.title for p in people)


def test_same_office_periods_of_one_person_do_not_overlap(people: list[Person]) -> None:
    far = dt.date(9999, 1, 1)
    by_office: dict[tuple[str, str], list[Person]] = {}
    for p in people:
        by_office.setdefault((p.name, p.title), []).append(p)
    for (name, title), rows in by_office.items():
        rows.sort(key=lambda p: p.start)
        for a, b in zip(rows, rows[1:], strict=False):
            assert (a.end or far) <= b.start, f"{name} holds '{title}' twice at once from {b.start}"


def test_bare_alias_is_never_shared_by_two_people_at_once(people: list[Person]) -> None:
    """An alias like 'Sinwar' must point to one person on any given day, or resolution is ambiguous."""
    far = dt.date(9999, 1, 1)
    holders: dict[str, list[Person]] = {}
    for p in people:
        for alias in p.aliases:
            holders.setdefault(alias.lower(), []).append(p)
    clashes = []
    for alias, rows in holders.items():
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if a.name != b.name and a.start <= (b.end or far) and b.start <= (a.end or far):
                    clashes.append((alias, a.name, b.name))
    assert not clashes, f"aliases shared by two people at the same time: {clashes[:5]}"


@pytest.mark.parametrize(
    ("name", "day", "country", "role", "title"),
    [
        ("Donald Trump", "2016-12-01", "USA", "ELI", "President-elect"),
        ("Donald Trump", "2017-06-01", "USA", "GOV", "President"),
        ("Donald Trump", "2022-06-01", "USA", "ELI", "Former President"),
        ("Donald Trump", "2025-06-01", "USA", "GOV", "President"),
        ("Vladimir Putin", "2005-01-01", "RUS", "GOV", "President"),
        ("Vladimir Putin", "2010-01-01", "RUS", "GOV", "Prime Minister"),
        ("Recep Tayyip Erdogan", "2010-01-01", "TUR", "GOV", "Prime Minister"),
        ("Recep Tayyip Erdogan", "2020-01-01", "TUR", "GOV", "President"),
        ("Joe Biden", "2012-01-01", "USA", "GOV", "Vice President"),
        ("Sergei Lavrov", "2020-01-01", "RUS", "GOV", "Foreign Minister"),
        ("Alexei Navalny", "2020-01-01", "RUS", "OPP", "Opposition leader"),
        ("Ahmed al-Sharaa", "2025-06-01", "SYR", "GOV", "President"),
        ("Abdel Fattah el-Sisi", "2016-01-01", "EGY", "GOV", "President"),
    ],
)
def test_office_held_on_a_date(people: list[Person], name: str, day: str, country: str, role: str, title: str) -> None:
    rows = held_on(people, name, day)
    assert [(p.country, p.role, p.title) for p in rows] == [(country, role, title)]


@pytest.mark.parametrize(
    ("name", "day", "org", "role"),
    [
        ("Ahmed al-Sharaa", "2020-01-01", "SYRREBHTS", "REB"),
        ("Ismail Haniyeh", "2020-01-01", "PSEINSHMS", "INS"),
        ("Hassan Nasrallah", "2010-01-01", "LBNINSHZB", "INS"),
        ("Abu Bakr al-Baghdadi", "2015-01-01", "IMGMUSISI", "INS"),
        ("Yevgeny Prigozhin", "2022-06-01", "RUSMILWAG", "MIL"),
        ("Antonio Guterres", "2020-01-01", "IGOUNO", "IGO"),
        ("Jens Stoltenberg", "2020-01-01", "IGOWSTNAT", "IGO"),
        ("Hibatullah Akhundzada", "2018-01-01", "AFGINSTAL", "INS"),
    ],
)
def test_organisation_membership_on_a_date(people: list[Person], name: str, day: str, org: str, role: str) -> None:
    rows = held_on(people, name, day)
    assert [(p.org, p.role) for p in rows] == [(org, role)]


def test_igo_heads_have_no_country(people: list[Person]) -> None:
    (guterres,) = held_on(people, "Antonio Guterres", "2020-01-01")
    assert guterres.country == ""


def test_former_president_is_not_government(people: list[Person]) -> None:
    (obama,) = held_on(people, "Barack Obama", "2019-01-01")
    assert obama.role == "ELI"


def test_news_spellings_are_listed_as_aliases(people: list[Person]) -> None:
    aliases = {a for p in people for a in p.aliases}
    for spelling in ["Erdoğan", "Zelenskyy", "Abu Mazen", "Abu Mohammad al-Jolani", "Hemedti", "MBS"]:
        assert spelling in aliases
