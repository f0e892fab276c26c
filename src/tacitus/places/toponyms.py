"""Toponym candidates: NER place entities, gazetteer phrase matches the model misses, and the dateline.

A candidate is a span of the parse plus the gazetteer entries its name may refer to; choosing among
them is ``disambiguate``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from tacitus.places.dateline import find_dateline
from tacitus.places.gazetteer import Entry, Gazetteer, data_path
from tacitus.places.syntax import is_locative
from tacitus.record import ActorMention, Article

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The small model often tags towns PERSON or ORG ("Misrata", "Mariupol") or misses them ("eastern
# Aleppo"). Such names, and proper-noun runs outside any entity, are accepted only as a country, an
# extras landmark/region, or a city: in a locative phrase ("evacuated to Zaporizhzhia") any city of
# 10^LOCATIVE_MIN_PRIOR people; elsewhere only by its primary GeoNames name and at least
# 10^FALLBACK_MIN_PRIOR people: big cities only ("Superior" the bank, "Jackson" the person are not).
FALLBACK_MIN_PRIOR = 6.0
LOCATIVE_MIN_PRIOR = 3.0
# A proper-noun run the model did not tag at all ("in eastern Aleppo") must be in a locative phrase
# and name a country, an extras entry or a city of 10^RUN_MIN_PRIOR people ("in Superior" is not enough).
RUN_MIN_PRIOR = 5.0
FALLBACK_FEATURES = frozenset({"country", "city", "landmark", "region", "admin1"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Words before a name that make it a person's ("Mr. Walker"), compared without the final period.
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "senator",
                        "minister", "judge", "mayor", "sir", "lord", "lady", "prince", "king", "queen"})
DIVISION_WORDS = frozenset({"province", "state", "region", "governorate", "oblast", "prefecture"})


@dataclass(frozen=True)
class Toponym:
    """A place-name mention and the gazetteer entries it may refer to."""

    text: str
    start: int  # character offsets into the article text
    end: int
    entries: tuple[Entry, ...]
    how: str  # ner | gazetteer | dateline
    qualifier: tuple[Entry, ...] = ()  # entries named by a following ", Texas" / ", Syria"
    root: int | None = None  # token index of the span's syntactic head (None for datelines outside the parse)
    metonym: bool = False  # stands for an actor ("Moscow said"): context for others, never a place itself
    partners: tuple[int, ...] = ()  # start offsets of toponyms coordinated with this one ("X and Y")


@lru_cache(maxsize=1)
def metonym_verbs() -> frozenset[str]:
    """Verb lemmas whose place-name subject is an actor (``data/places/metonym_verbs.txt``)."""
    text = data_path("metonym_verbs.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def phrase_matcher(gazetteer: Gazetteer, doc: Doc) -> PhraseMatcher:
    """The landmark/region matcher for this vocab, built once and kept on the gazetteer."""
    key = id(doc.vocab)
    if key not in gazetteer._matchers:
        matcher = PhraseMatcher(doc.vocab, attr="LOWER")
        tokenizer = _blank_tokenizer()
        words = [[t.text for t in tokenizer(name)] for name in sorted(set(gazetteer.phrase_names))]
        matcher.add("PLACE", [Doc(doc.vocab, words=w) for w in words])
        gazetteer._matchers[key] = matcher
    return gazetteer._matchers[key]


@lru_cache(maxsize=1)
def _blank_tokenizer() -> Tokenizer:
    # English tokenisation rules, so a pattern splits the way the parsed text did.
    return spacy.blank("en").tokenizer


def find_toponyms(doc: Doc, article: Article, actors: tuple[ActorMention, ...],
                  gazetteer: Gazetteer) -> list[Toponym]:
    """Every place-name mention in the article, in text order; ``metonym`` marks those used as actors."""
    spans: dict[tuple[int, int], tuple[Span, str, tuple[Entry, ...]]] = {}
    person_names = _person_surnames(doc)
    for span in _candidate_spans(doc, gazetteer):
        entries = _entries(span, gazetteer, person_names)
        if entries:
            how = "ner" if span.label_ in PLACE_LABELS else "gazetteer"
            spans.setdefault((span.start, span.end), (span, how, entries))
    dateline = find_dateline(article.text, article.title)
    metonyms = [(a.start, a.end) for a in actors if a.how == "metonym"]
    toponyms: list[Toponym] = []
    for span in filter_spans([s for s, _, _ in spans.values()]):
        _, how, entries = spans[(span.start, span.end)]
        if dateline and span.start_char <= dateline.start < span.end_char:
            how = "dateline"
        metonym = how != "dateline" and _is_metonym(span, metonyms)
        toponyms.append(Toponym(span.text, span.start_char, span.end_char, entries, how,
                                _qualifier(span, gazetteer), span.root.i, metonym))
    if dateline and not any(t.start <= dateline.start < t.end for t in toponyms):
        entries = gazetteer.lookup(dateline.name)
        if entries:
            qualifier = gazetteer.lookup(dateline.qualifier) if dateline.qualifier else ()
            toponyms.append(Toponym(article.text[dateline.start:dateline.end], dateline.start, dateline.end,
                                    entries, "dateline", qualifier))
    return _with_partners(doc, sorted(toponyms, key=lambda t: t.start))


def _with_partners(doc: Doc, toponyms: list[Toponym]) -> list[Toponym]:
    """Link toponyms joined by a conjunction: "in New York and Massachusetts" are places of one kind."""
    by_root = {t.root: t.start for t in toponyms if t.root is not None}
    linked: list[Toponym] = []
    for toponym in toponyms:
        partners: list[int] = []
        if toponym.root is not None:
            token = doc[toponym.root]
            neighbours = [c.i for c in token.children if c.dep_ == "conj"]
            if token.dep_ == "conj":
                neighbours.append(token.head.i)
            partners = [by_root[i] for i in neighbours if i in by_root]
        linked.append(replace(toponym, partners=tuple(partners)) if partners else toponym)
    return linked


def _candidate_spans(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Entity spans (whole, and split at conjunctions), phrase-matcher spans, and proper-noun runs.

    Spans carry a label: the place entity's label; "FALLBACK" (or "FALLBACK_PERSON") for a non-place
    entity or a part of an entity split at a conjunction; "RUN" for a proper-noun run outside any
    entity; "" for a gazetteer phrase match.
    """
    candidates: list[Span] = []
    in_entity: set[int] = set()
    for ent in doc.ents:
        in_entity.update(range(ent.start, ent.end))
        if ent.label_ in PLACE_LABELS:
            label, part_label = ent.label_, "FALLBACK"
        else:
            label = part_label = "FALLBACK_PERSON" if ent.label_ == "PERSON" else "FALLBACK"
        candidates.append(_trim(Span(doc, ent.start, ent.end, label=label)))
        wider = _with_capitalised_word_before(doc, ent, gazetteer)
        if wider is not None:
            candidates.append(Span(doc, wider.start, wider.end, label=label))
        parts = _split_runs(doc, ent.start, ent.end)
        # "Sderot and Ashkelon" is two places only if both are; "William & Mary" is neither.
        if len(parts) > 1 and all(gazetteer.lookup(doc[a:b].text) for a, b in parts):
            candidates.extend(_trim(Span(doc, start, end, label=part_label)) for start, end in parts)
    for _, start, end in phrase_matcher(gazetteer, doc)(doc):
        candidates.append(_trim(doc[start:end]))
    run_start = None
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.i not in in_entity:
            run_start = token.i if run_start is None else run_start
        elif run_start is not None:
            candidates.append(Span(doc, run_start, token.i if token is not None else len(doc), label="RUN"))
            run_start = None
    return candidates


def _with_capitalised_word_before(doc: Doc, ent: Span, gazetteer: Gazetteer) -> Span | None:
    """The entity with the capitalised word before it when that longer name is a place: the model often
    leaves "NEW" out of "NEW MEXICO" in capitals, and "Mexico" is another country."""
    if ent.start == 0:
        return None
    before = doc[ent.start - 1]
    if not (before.is_title or before.is_upper) or not before.is_alpha or before.is_stop:
        return None
    wider = doc[ent.start - 1: ent.end]
    return wider if gazetteer.lookup(wider.text) else None


def _split_runs(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    run_start = start
    for i in range(start, end):
        if doc[i].pos_ == "CCONJ" or doc[i].text == ",":
            if i > run_start:
                runs.append((run_start, i))
            run_start = i + 1
    if end > run_start:
        runs.append((run_start, end))
    return runs


def _person_surnames(doc: Doc) -> frozenset[str]:
    """Last names of multi-word PERSON entities: "Bolton" after "John Bolton" is a person, not a town."""
    return frozenset(ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1)


def _trim(ent: Span) -> Span:
    """Drop a leading "the" and a trailing possessive, which GeoNames names never include."""
    start, end = ent.start, ent.end
    if ent[0].lower_ == "the" and end - start > 1:
        start += 1
    if end - start > 1 and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return Span(ent.doc, start, end, label=ent.label_)


def _entries(span: Span, gazetteer: Gazetteer, person_names: frozenset[str]) -> tuple[Entry, ...]:
    if len(span) == 1 and span[0].lower_ in person_names and not is_locative(span.root):
        return ()  # "an opinion of Obama" after "Barack Obama": a person, whatever the model's label
    entries = gazetteer.lookup(span.text)
    if not entries and span.label_ in PLACE_LABELS and "," in span.text:
        entries = gazetteer.lookup(span.text.split(",")[0])  # "Paris, Texas" tagged as one entity
    if not entries and len(span) > 1 and span[-1].lower_ in DIVISION_WORDS:  # "Rakhine state"
        entries = tuple(e for e in gazetteer.lookup(span[:-1].text) if e.feature in ("admin1", "region"))
    if span.label_ == "RUN":
        if len(span) == 1 and span[0].lower_ in person_names or not is_locative(span.root):
            return ()
        return tuple(e for e in entries if e.feature in FALLBACK_FEATURES and e.feature != "admin1"
                     and (e.feature != "city" or e.prior >= RUN_MIN_PRIOR))
    if span.label_.startswith("FALLBACK"):
        if len(span) == 1 and span[0].lower_ in person_names or not span[0].is_title and not span[0].is_upper:
            return ()
        if span.label_ == "FALLBACK_PERSON":
            if span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in HONORIFICS:
                return ()  # "lost to Mr. Obama"
            head = span.root.head
            if span.root.dep_ == "conj" and head.pos_ == "PROPN" and not gazetteer.lookup(head.text):
                return ()  # "petitions from Bernanke and Obama": a name joined to a non-place name
            entries = tuple(e for e in entries if e.feature != "admin1")  # "Georgia", "Carolina" are names
        if is_locative(span.root, through_modifiers=False):
            return tuple(e for e in entries if e.feature in FALLBACK_FEATURES
                         and (e.feature != "city" or e.prior >= LOCATIVE_MIN_PRIOR))
        return tuple(e for e in entries if e.feature in FALLBACK_FEATURES and not e.alternate
                     and (e.feature != "city" or e.prior >= FALLBACK_MIN_PRIOR))
    if span.label_ == "FAC":
        return tuple(e for e in entries if e.feature == "landmark")
    return entries


def _qualifier(span: Span, gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """Entries named right after a comma ("Paris, Texas"; "Moscow, Idaho"; "Aleppo, Syria")."""
    doc = span.doc
    if "," in span.text:
        return tuple(e for e in gazetteer.lookup(span.text.split(",", 1)[1])
                     if e.feature in ("country", "admin1", "region"))
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        following = doc[span.end + 1]
        if following.ent_iob_ == "B" and following.ent_type_ in PLACE_LABELS:
            ent = next(e for e in doc.ents if e.start == following.i)
            return tuple(e for e in gazetteer.lookup(ent.text) if e.feature in ("country", "admin1", "region"))
    return ()


def _is_metonym(span: Span, metonyms: list[tuple[int, int]]) -> bool:
    """A place standing for its government: the subject of an agentive verb ("Moscow said", "Washington
    imposed sanctions"), or marked a metonym by the actors stage and not in a locative phrase (that stage
    marks every bare capital; "talks in Kyiv" is still a place)."""
    root = span.root
    if any(start < span.end_char and span.start_char < end for start, end in metonyms):
        return not is_locative(root)
    head = root.head
    if root.dep_ in SUBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in metonym_verbs()
    if root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS:  # "Moscow and Ankara said"
        verb = root.head.head
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in metonym_verbs()
    return False
