"""Resolve every actor mention in a parsed article: atoms → noun phrases → drafts → coreference → records."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from spacy.tokens import Doc, Span

from tacitus.actors.compose import COUNTRY_KINDS, Context, Draft, compose_phrase
from tacitus.actors.coref import link_mentions
from tacitus.actors.dictionary import ActorDictionary
from tacitus.actors.matcher import Atom, find_atoms
from tacitus.actors.shared_names import read_shared_names
from tacitus.record import ActorMention, Article

NAME_LABELS = frozenset({"PERSON", "ORG"})
ATTACH_PREPOSITIONS = frozenset({"of", "from", "for", "in"})
# roles of bodies whose officers act for the body: "the head of X university" is EDU, not GOV
MEMBER_ROLES = frozenset({"NGO", "EDU", "BUS", "MED", "LAB", "REL"})


def article_date(article: Article | None) -> date | None:
    """The date people's offices are read on: the article's; None when it has none (or an unparsable one).
    An unknown date is not today: an archive text about "President Yeltsin" is not about 2026."""
    if article is not None and article.date:
        try:
            return date.fromisoformat(article.date[:10])
        except ValueError:
            return None
    return None


def resolve_actors(doc: Doc, article: Article | None,
                   dictionary: ActorDictionary) -> tuple[ActorMention, ...]:
    """Every actor mention of ``doc`` in text order, non-overlapping, with codes on the article's date.

    Unresolvable names stay in the output with ``code=None``; pronouns linked by coreference are included
    with ``how="coreference"``.
    """
    atoms = read_shared_names(doc, find_atoms(doc, dictionary), dictionary)
    ctx = Context(doc, dictionary, article_date(article),
                  {a.keys[0] for a in atoms if a.kind in COUNTRY_KINDS and len(a.keys) == 1}, set())
    names = _unknown_names(doc, atoms)
    drafts = _compose_all(doc, atoms, names, ctx)
    drafts = link_mentions(doc, drafts, ctx)
    sentence_starts = [s.start for s in doc.sents]
    text = _text_of(doc, article)
    return tuple(_freeze(doc, text, d, bisect_right(sentence_starts, d.start) - 1) for d in drafts)


def _unknown_names(doc: Doc, atoms: list[Atom]) -> list[Span]:
    """PERSON/ORG entities (or their uncovered proper-noun runs) that no dictionary atom explains."""
    covered: set[int] = set()
    for atom in atoms:
        covered.update(range(atom.start, atom.end))
    names: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        if ent.label_ == "ORG" and covered.intersection(range(ent.start, ent.end)):
            continue  # "Defense Ministry", "the White House": the dictionary already says what it is
        run: list[int] = []
        for token in ent:
            wordlike = token.is_alpha or token.text in ("-", ".", "'")
            proper = token.pos_ == "PROPN" or ent.label_ == "ORG" or token.text[:1].isupper()
            if token.i not in covered and proper and wordlike:
                run.append(token.i)
            elif run:
                names.append(doc[run[0]:run[-1] + 1])
                run = []
        if run:
            names.append(doc[run[0]:run[-1] + 1])
    names = [n for n in names if any(t.is_alpha and t.text[0].isupper() for t in n)]
    # a later bare surname the tagger missed ("Munoz said ...") still names the person named before
    surnames = {n[-1].text for n in names if len(n) > 1} | {
        doc[a.end - 1].text for a in atoms if a.kind == "person" and a.end - a.start > 1}
    taken = covered.union(i for n in names for i in range(n.start, n.end))
    for token in doc:
        if token.text in surnames and token.i not in taken and token.pos_ == "PROPN" and token.ent_iob_ != "I":
            names.append(doc[token.i:token.i + 1])
    return sorted(names, key=lambda n: n.start)


def _compose_all(doc: Doc, atoms: list[Atom], names: list[Span], ctx: Context) -> list[Draft]:
    phrases = _phrases(doc, atoms, names)
    drafts: list[Draft] = []
    by_root: dict[int, int] = {}
    pending_attach: list[tuple[int, Span, list[Atom], list[Span]]] = []
    for phrase, phrase_atoms, phrase_names in phrases:
        for part_atoms, part_names, context_country, span_only in _split(phrase, phrase_atoms, phrase_names,
                                                                          ctx):
            draft = compose_phrase(part_atoms, part_names, phrase, ctx, context_country)
            if draft is None:
                continue
            if span_only is not None:
                draft.start, draft.end, draft.root = span_only[0], span_only[1], span_only[1] - 1
                draft.kind = "group"
            # every token of a mention leads to it: a preposition's object may be any word of a name
            for i in {draft.root, *range(draft.start, draft.end)}:
                by_root.setdefault(i, len(drafts))
            if draft.country is None and not draft.code or (draft.code and len(draft.code) == 3
                                                             and draft.role == draft.code):
                pending_attach.append((len(drafts), phrase, part_atoms, part_names))
            drafts.append(draft)
    places_at = {a.end - 1: a for a in atoms if a.kind in COUNTRY_KINDS}
    removed = _attach_of_phrases(doc, drafts, by_root, pending_attach, places_at, ctx)
    _link_appositions(doc, drafts, by_root)
    return [d for i, d in enumerate(drafts) if i not in removed]


Phrase = tuple[Span, list[Atom], list[Span]]
# kinds that can open a name ("Secretary of State | Hillary Clinton") and kinds that can precede one
NAME_OPENERS = frozenset({"person", "surname", "name", "role"})
MODIFIER_KINDS = frozenset({"role", "adjective", "country", "org", "capital", "ethnic"})


def _phrases(doc: Doc, atoms: list[Atom], names: list[Span]) -> list[Phrase]:
    """Group atoms and names by the noun chunk holding them (loose atoms are phrases of their own), then
    join a title phrase to the name right after it, and split chunks at coordinations."""
    chunk_of: dict[int, int] = {}
    chunks = list(doc.noun_chunks)
    for chunk_number, chunk in enumerate(chunks):
        for i in range(chunk.start, chunk.end):
            chunk_of[i] = chunk_number
    grouped: dict[int, Phrase] = {}
    loose: list[Phrase] = []
    for atom in atoms:
        number = chunk_of.get(atom.end - 1, chunk_of.get(atom.start))
        if number is None:
            if atom.kind == "adjective" and doc[atom.end - 1].pos_ not in ("NOUN", "PROPN"):
                continue
            loose.append((doc[atom.start:atom.end], [atom], []))
        else:
            grouped.setdefault(number, (chunks[number], [], []))[1].append(atom)
    for name in names:
        name_chunk = chunk_of.get(name.end - 1)
        if name_chunk is None:
            loose.append((name, [], [name]))
        else:
            grouped.setdefault(name_chunk, (chunks[name_chunk], [], []))[2].append(name)
    phrases: list[Phrase] = []
    for phrase in sorted(list(grouped.values()) + loose, key=lambda p: p[0].start):
        for line in _split_lines(doc, phrase):
            phrases.extend(_split_coordination(doc, line))
    return _join_titles(doc, phrases)


def _split_lines(doc: Doc, phrase: Phrase) -> list[Phrase]:
    """A mention never crosses a line break: "Washington\n\nRussian President Vladimir Putin" (a dateline
    or heading run into the first sentence by the parser) is two phrases."""
    span, atoms, names = phrase
    breaks = [t.i for t in span if t.is_space and "\n" in t.text]
    if not breaks:
        return [phrase]
    parts: list[Phrase] = []
    start = span.start
    for stop in [*breaks, span.end]:
        part_atoms = [a for a in atoms if start <= a.start and a.end <= stop]
        part_names = [n for n in names if start <= n.start and n.end <= stop]
        if part_atoms or part_names:
            parts.append((doc[start:stop], part_atoms, part_names))
        start = stop + 1
    return parts


def _items(phrase: Phrase) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every atom and name in a phrase, in order."""
    items = [(a.start, a.end, a.kind) for a in phrase[1]] + [(n.start, n.end, "name") for n in phrase[2]]
    return sorted(items)


def _split_coordination(doc: Doc, phrase: Phrase) -> list[Phrase]:
    """"Trump and North Korean leader Kim" inside one chunk: split where a conjunction separates two
    nominal parts. Coordinated demonyms sharing a head ("Russian and Turkish troops") stay together."""
    span, atoms, names = phrase
    items = _items(phrase)
    for (_, end, kind), (start, _, _) in zip(items, items[1:], strict=False):
        between = doc[end:start]
        if not any(t.dep_ == "cc" or t.text in (",", ";", "-", "—", "–", ":") for t in between):
            continue
        if kind in ("adjective", "ethnic") and doc[end - 1].pos_ == "ADJ":
            continue
        left = (doc[span.start:end], [a for a in atoms if a.end <= end], [n for n in names if n.end <= end])
        right = (doc[start:span.end], [a for a in atoms if a.start >= start], [n for n in names if n.start >= start])
        return [left, *_split_coordination(doc, right)]
    return [phrase]


def _line_break(doc: Doc, start: int, end: int) -> bool:
    return any("\n" in t.text_with_ws for t in doc[max(start - 1, 0):end])


def _join_titles(doc: Doc, phrases: list[Phrase]) -> list[Phrase]:
    """"Secretary of State | Hillary Clinton", "Former vice president | Joe Biden": the parser may cut a
    title from the name it precedes; adjacent title and name phrases are one mention."""
    joined: list[Phrase] = []
    for phrase in phrases:
        if joined and (phrase[1] or phrase[2]) and (joined[-1][1] or joined[-1][2]):
            previous = joined[-1]
            last = _items(previous)[-1]
            first = _items(phrase)[0]
            adjacent = last[1] == first[0] and not _line_break(doc, previous[0].end, phrase[0].start)
            if adjacent and last[2] in MODIFIER_KINDS and first[2] in NAME_OPENERS and (
                    first[2] != "role" or last[2] != "role"):
                joined[-1] = (doc[previous[0].start:phrase[0].end], previous[1] + phrase[1], previous[2] + phrase[2])
                continue
        joined.append(phrase)
    return joined


Part = tuple[list[Atom], list[Span], str | None, tuple[int, int] | None]


def _split(phrase: Span, atoms: list[Atom], names: list[Span], ctx: Context) -> list[Part]:
    """Split one noun phrase holding several actors: a named possessor ("Putin's spokesman") and
    coordinated demonyms ("Russian and Turkish troops")."""
    doc = ctx.doc
    items: list[tuple[int, Atom | Span]] = [(a.start, a) for a in atoms] + [(n.start, n) for n in names]
    items.sort(key=lambda x: x[0])
    for index, (_, item) in enumerate(items[:-1]):
        last = doc[item.end - 1]
        is_named = isinstance(item, Span) or item.kind in ("person", "surname", "org")
        if is_named and last.dep_ == "poss":
            head = items[: index + 1]
            rest = items[index + 1:]
            owner = compose_phrase(_atoms(head), _names(head), doc[phrase.start:item.end], ctx)
            country = owner.country if owner else None
            return [(_atoms(head), _names(head), None, None), (_atoms(rest), _names(rest), country, None)]
    places = [a for a in atoms if a.kind in COUNTRY_KINDS]
    if (len(places) >= 2 and places[0].kind == "country" and places[0].keys != places[1].keys
            and doc[places[0].end - 1].dep_ != "poss" and places[1].start == places[0].end):
        # "In Syria Russian troops ...": a country name run into another country's phrase
        others = [a for a in atoms if a is not places[0]]
        return [([places[0]], [], None, None), (others, names, None, None)]
    if len(places) >= 2 and any(t.dep_ == "cc" for t in doc[places[0].end:places[-1].start]):
        others = [a for a in atoms if a.kind not in COUNTRY_KINDS]
        parts: list[Part] = []
        for place in places[:-1]:
            parts.append(([place, *others], [], None, (place.start, place.end)))
        parts.append(([places[-1], *others], names, None, None))
        return parts
    return [(atoms, names, None, None)]


def _atoms(items: list[tuple[int, Atom | Span]]) -> list[Atom]:
    return [item for _, item in items if isinstance(item, Atom)]


def _names(items: list[tuple[int, Atom | Span]]) -> list[Span]:
    return [item for _, item in items if isinstance(item, Span)]


def _attach_of_phrases(doc: Doc, drafts: list[Draft], by_root: dict[int, int],
                       pending: list[tuple[int, Span, list[Atom], list[Span]]], places_at: dict[int, Atom],
                       ctx: Context) -> set[int]:
    """"Foreign Minister X of Chile", "the leader of Hezbollah", "police in Caracas": the prepositional
    phrase gives the country or group."""
    removed: set[int] = set()
    for index, phrase, atoms, names in pending:
        draft = drafts[index]
        if not draft.roles and not names:
            continue
        for prep in doc[draft.root].children:
            if prep.dep_ != "prep" or prep.lower_ not in ATTACH_PREPOSITIONS:
                continue
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if not objects:
                continue
            target_index = by_root.get(objects[0].i)
            if target_index is not None and target_index not in removed:
                target = drafts[target_index]
                if target.code is None and target.kind == "org" and prep.lower_ == "of" and not names:
                    # "president of the Center for Global Development": an office in a body we cannot
                    # place is not a government office
                    draft.code, draft.country, draft.roles, draft.how = None, None, [], None
                    break
                if (prep.lower_ == "of" and not names and target.role in MEMBER_ROLES and target.country
                        and target.code and target.kind != "person"):
                    # "the president of the Nigerian Bar Association": an office in a national body
                    # (NGO, university, company, party) is that body's actor, not a government office
                    draft.code, draft.country, draft.roles = target.code, target.country, list(target.roles)
                    draft.name, draft.how, draft.end = target.name, target.how, max(draft.end, target.end)
                    removed.add(target_index)
                    break
                if target.roles and target.kind != "org" or target.kind == "person":
                    continue
                extra, end = _phrase_atoms(target, ctx), target.end
            elif objects[0].i in places_at and prep.lower_ in ("in", "from") and not draft.possessor:
                place = places_at[objects[0].i]
                extra, end = [Atom(place.start, place.end, place.kind, place.keys)], place.end
            else:
                continue
            merged = compose_phrase(atoms + extra, names, phrase, ctx)
            if merged is None:
                continue
            merged.start, merged.end = draft.start, max(draft.end, end)
            drafts[index] = merged
            if target_index is not None:
                removed.add(target_index)
            break
    return removed


def _phrase_atoms(draft: Draft, ctx: Context) -> list[Atom]:
    return [a for a in draft.atoms if a.kind != "role"]


def _link_appositions(doc: Doc, drafts: list[Draft], by_root: dict[int, int]) -> None:
    """"his Turkish counterpart, Mevlut Cavusoglu": an apposition is the same actor; fill the gaps of each."""
    for index, draft in enumerate(drafts):
        token = doc[draft.root]
        if token.dep_ != "appos" or token.head.i not in by_root:
            continue
        head = drafts[by_root[token.head.i]]
        if head is draft:
            continue
        for source, target in ((head, draft), (draft, head)):
            # fill a gap only for people and roles: "UTC" next to "US" is no apposition of a country
            if target.code is None and source.code is not None and (target.kind == "person" or target.roles):
                target.code, target.country, target.roles = source.code, source.country, list(source.roles)
                target.how = "apposition"
        named = draft if draft.kind == "person" and draft.key else head
        other = head if named is draft else draft
        if named.key and not (other.key or "").startswith("person:"):
            other.key = named.key
            if named.name and other.kind in ("person", "group"):
                other.name = named.name
        if not named.key:
            named.key = other.key = f"appos:{index}"


def _text_of(doc: Doc, article: Article | None) -> str:
    """The article text the doc was parsed from (``doc.text`` rebuilds it from every token on each read)."""
    if article is not None and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(article.text):
        return article.text
    return doc.text


def _freeze(doc: Doc, text: str, draft: Draft, sentence_index: int) -> ActorMention:
    start = doc[draft.start].idx
    last = doc[draft.end - 1]
    end = last.idx + len(last.text)
    return ActorMention(text=text[start:end], start=start, end=end, code=draft.code, name=draft.name,
                        country=draft.country, role=draft.role, roles=tuple(draft.roles), how=draft.how,
                        entity=draft.entity, sentence_index=sentence_index)
