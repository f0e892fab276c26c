"""Resolve one mention string, optionally inside a context sentence: what ``tacitus actors lookup`` shows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from spacy.language import Language

from tacitus.actors.compose import COUNTRY_KINDS
from tacitus.actors.dictionary import ActorDictionary
from tacitus.actors.matcher import find_atoms
from tacitus.actors.resolve import resolve_actors
from tacitus.actors.shared_names import read_shared_names
from tacitus.record import ActorMention, Article

DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d")


@dataclass(frozen=True)
class Lookup:
    """What a mention string resolves to; ``mention`` is None when nothing in it names an actor."""

    text: str
    date: str | None  # None: no date given, people are coded by their principal office
    mention: ActorMention | None

    def to_dict(self) -> dict[str, str | None]:
        m = self.mention
        return {"text": self.text, "code": m.code if m else None, "country": m.country if m else None,
                "role": m.role if m else None, "name": m.name if m else None, "how": m.how if m else None}


def parse_date(value: str | None) -> str | None:
    """An ISO date from ISO, "10 May 2015", "October 1, 2021" or "today"; missing or odd → None (unknown)."""
    if not value:
        return None
    cleaned = value.strip()
    if cleaned.lower() == "today":
        return date.today().isoformat()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def lookup(text: str, nlp: Language, dictionary: ActorDictionary, on: str | None = None,
           context: str | None = None) -> Lookup:
    """Resolve ``text`` on date ``on``; with ``context`` (a sentence holding it, or words around it) the
    sentence is parsed whole so that titles, possessives and coreference apply.

    >>> lookup("the Kremlin", nlp, dictionary).mention.code
    'RUSGOV'
    """
    iso = parse_date(on)
    text = text.strip()
    passage, offset = text, 0
    if context:
        found = re.search(re.escape(text), context)
        if found:
            passage, offset = context, found.start()
        else:
            passage, offset = f"{context.strip()} {text}", len(context.strip()) + 1
    mention = _best(passage, offset, offset + len(text), nlp, dictionary, iso)
    if mention is None and passage != text:
        mention = _context_place(passage, offset, offset + len(text), nlp, dictionary)
    if mention is None and passage != text:
        mention = _best(text, 0, len(text), nlp, dictionary, iso)
    if mention is None:
        mention = _place_only(text, nlp, dictionary)
    return Lookup(text, iso, mention)


def _place_only(text: str, nlp: Language, dictionary: ActorDictionary) -> ActorMention | None:
    """The caller says ``text`` is an actor ("a Ugandan attorney", "Sydney"): when no rule makes it one,
    fall back to the country its place words name, with no role (``how="place"``)."""
    doc = nlp(text)
    places = [a for a in find_atoms(doc, dictionary) if a.kind in COUNTRY_KINDS and len(a.keys) == 1]
    if not places:
        return None
    country = places[-1].keys[0]
    name = dictionary.countries[country].name if country in dictionary.countries else None
    return ActorMention(text=text, start=0, end=len(text), code=country, name=name, country=country,
                        how="place")


def _context_place(passage: str, start: int, end: int, nlp: Language,
                   dictionary: ActorDictionary) -> ActorMention | None:
    """A name shared by two countries that the context reads as the other one's place ("Georgia" beside
    "Atlanta" is the US state): its country, with no role (``how="place"``); None when the context does not
    change the name's reading."""
    doc = nlp(passage)
    atoms = find_atoms(doc, dictionary)
    changed = [b for a, b in zip(atoms, read_shared_names(doc, atoms, dictionary), strict=True)
               if a != b and doc[b.start].idx < end and doc[b.end - 1].idx + len(doc[b.end - 1]) > start]
    if not changed:
        return None
    country = changed[-1].keys[0]
    name = dictionary.countries[country].name if country in dictionary.countries else None
    return ActorMention(text=passage[start:end], start=0, end=end - start, code=country, name=name,
                        country=country, how="place")


def _best(passage: str, start: int, end: int, nlp: Language, dictionary: ActorDictionary,
          on: str | None) -> ActorMention | None:
    article = Article(id="lookup", text=passage, date=on)
    mentions = resolve_actors(nlp(passage), article, dictionary)
    overlapping = [m for m in mentions if m.start < end and m.end > start]
    if not overlapping:
        return None
    # the mention covering most of the text; among equals the one with a code, then the later (the head)
    return max(overlapping, key=lambda m: (min(m.end, end) - max(m.start, start), m.code is not None, m.start))
