"""In-article coreference: later surnames, descriptions and pronouns link to an earlier actor.

Rules over the parse, in the order a reader would apply them:
- a lone surname ("Munoz") continues the earlier full name ending in it ("Heraldo Munoz");
- a title with an unknown name and no country ("Prime Minister Claude Joseph") takes the country the
  article is talking about (the latest state actor before it);
- "his troops", "its fighters", "their leader": a possessive pronoun gives the phrase its owner's country,
  or its organisation for armed and leading roles;
- "the Russian leader", "the minister", "the army", "the court" (definite descriptions) continue the
  latest compatible actor within a few sentences;
- "he"/"she"/"him"/"her" → the nearest preceding singular person, subjects first, never the subject of
  the same verb for an object pronoun; "they"/"them" → the nearest plural group; "it" (as a subject)
  → a state or organisation that was the subject of the same or the previous sentence.
Every mention then gets an ``entity`` number shared by its chain.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import partial

from spacy.tokens import Doc, Token

from tacitus.actors.compose import Context, Draft

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them"})
THING_PRONOUNS = frozenset({"it"})
# verbs whose subject "it" is usually a placeholder ("it seems", "it takes time"), not an actor
EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "remain", "become", "take", "make", "matter", "happen",
                             "mean", "look", "sound", "feel", "get", "go", "come", "turn", "work", "help"})
PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "iobj", "obj", "agent", "conj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "obj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SENTENCE_WINDOW = 3  # how many sentences back a description or pronoun may reach
ARMED_OR_LEADING = frozenset({"MIL", "REB", "INS", "GOV"})
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})

SentenceOf = Callable[[int], int]


def link_mentions(doc: Doc, drafts: list[Draft], ctx: Context) -> list[Draft]:
    """Link drafts into chains, add linked pronouns, number the entities; returns drafts in text order."""
    drafts = _non_overlapping(sorted(drafts, key=lambda d: (d.start, -d.end)))
    sentence_starts = [s.start for s in doc.sents]

    def sentence_of(token: int) -> int:
        return bisect_right(sentence_starts, token) - 1

    _link_surnames(drafts)
    _place_titles(drafts, sentence_of)
    _link_possessives(doc, drafts, sentence_of)
    _link_descriptions(doc, drafts, sentence_of, ctx)
    drafts = _add_pronouns(doc, drafts, sentence_of, _known_genders(doc, drafts, ctx))
    _number_entities(drafts)
    return drafts


def _non_overlapping(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        if kept and draft.start < kept[-1].end:
            continue
        kept.append(draft)
    return kept


def _link_surnames(drafts: list[Draft]) -> None:
    full_names: dict[str, Draft] = {}
    for draft in drafts:
        if not draft.key or not draft.name or draft.kind != "person":
            continue
        words = draft.name.split()
        if len(words) == 1 and draft.key.startswith("name:") and words[0] in full_names:
            _copy(full_names[words[0]], draft)
            continue
        if len(words) > 1:
            full_names[words[-1]] = draft


def _place_titles(drafts: list[Draft], sentence_of: SentenceOf) -> None:
    for index, draft in enumerate(drafts):
        if draft.how != "title" or draft.country or draft.role not in STATE_ROLES:
            continue
        here = sentence_of(draft.start)
        for antecedent in reversed(drafts[:index]):
            if here - sentence_of(antecedent.start) > SENTENCE_WINDOW:
                break
            if antecedent.country and antecedent.code and antecedent.code.startswith(antecedent.country):
                draft.country = antecedent.country
                draft.code = antecedent.country + (draft.role or "")
                break


def _link_possessives(doc: Doc, drafts: list[Draft], sentence_of: SentenceOf) -> None:
    for index, draft in enumerate(drafts):
        if not draft.possessor or draft.country or not draft.roles or draft.key:
            continue
        if draft.code and not draft.code.startswith(draft.role or ""):
            continue  # already an organisation
        person = draft.possessor in ("his", "her")
        plural_owner = draft.possessor == "their"
        antecedent = _antecedent(doc, drafts[:index], draft.start, sentence_of,
                                 partial(_can_own, person=person, plural=plural_owner))
        if antecedent is None or not antecedent.code:
            continue
        if antecedent.country and antecedent.code.startswith(antecedent.country) and len(antecedent.code) <= 6:
            draft.country = antecedent.country
            draft.code = antecedent.country + (draft.role or "")
        elif draft.role in ARMED_OR_LEADING or draft.kind == "person":
            # "its fighters", "their chief": members of the organisation are the organisation
            draft.code, draft.country = antecedent.code, antecedent.country
            draft.roles = list(antecedent.roles) + [r for r in draft.roles if r not in antecedent.roles]
            draft.name, draft.key = antecedent.name, antecedent.key
        else:
            continue
        draft.how = "coreference"


def _can_own(draft: Draft, person: bool, plural: bool) -> bool:
    if person:
        return draft.kind in ("person", "pronoun") and not draft.plural
    if plural:
        return draft.plural or draft.kind == "org"
    return draft.kind in ("org", "state") or (draft.kind == "group" and not draft.plural)


def _link_descriptions(doc: Doc, drafts: list[Draft], sentence_of: SentenceOf, ctx: Context) -> None:
    for index, draft in enumerate(drafts):
        if draft.key or not draft.definite or not draft.roles or draft.how == "title":
            continue
        if draft.kind == "person" and not draft.plural:
            # "the secretary of state" is the one whose office says so, before any other minister
            titled = _antecedent(doc, drafts[:index], draft.start, sentence_of,
                                 _office_description(doc, draft, ctx), subjects_first=False)
            if titled is not None:
                _copy(titled, draft)
                continue
            test = _person_description(draft)
        elif not draft.country:
            test = _group_description(doc, draft)
        else:
            continue
        antecedent = _antecedent(doc, drafts[:index], draft.start, sentence_of, test, subjects_first=False)
        if antecedent is not None:
            _copy(antecedent, draft)


def _office_description(doc: Doc, draft: Draft, ctx: Context) -> Callable[[Draft], bool]:
    """"the secretary of state" → the latest named person whose office on the date has that title."""
    words = " ".join(t.lower_ for t in doc[draft.start:draft.end] if t.lower_ not in ("the", "this", "that"))
    titled = " " in words  # "the minister" alone names no office; "the secretary of state" does

    def test(antecedent: Draft) -> bool:
        if not titled or antecedent.kind != "person" or not (antecedent.key or "").startswith("person:"):
            return False
        if not antecedent.name:
            return False
        office = ctx.dictionary.office_on(antecedent.name, ctx.on)
        return office is not None and words in office.title.lower()
    return test


def _person_description(draft: Draft) -> Callable[[Draft], bool]:
    """"the Russian leader" → the latest named person of Russia; "the minister" → the latest minister."""
    def test(antecedent: Draft) -> bool:
        if antecedent.kind != "person" or not (antecedent.key or "").startswith(("person:", "name:")):
            return False
        if draft.country:
            return antecedent.country == draft.country
        return antecedent.role == draft.role
    return test


def _group_description(doc: Doc, draft: Draft) -> Callable[[Draft], bool]:
    """"the army" → the latest army-like actor with a country; "the court" → the International Criminal
    Court; "the militants" → the armed group named before."""
    head = doc[draft.end - 1].lemma_.lower()

    def test(antecedent: Draft) -> bool:
        if not antecedent.code or antecedent.code == antecedent.role or antecedent.kind in ("pronoun", "person"):
            return False  # "the government" is not the president named before it
        words = {t.lemma_.lower() for t in doc[antecedent.start:antecedent.end]}
        words.update((antecedent.name or "").lower().split())
        if head in words:
            return True
        return bool(antecedent.role and antecedent.role == draft.role)
    return test


def _known_genders(doc: Doc, drafts: list[Draft], ctx: Context) -> dict[str, str]:
    """Chain key → "m"/"f" where the text or the name says it: an honorific or gendered title ("Ms.
    Conway", "Queen Rania", "spokeswoman") or a first name listed in ``names.yaml`` ("Kellyanne")."""
    honorifics = ctx.dictionary.honorifics
    genders: dict[str, str] = {}
    for draft in drafts:
        if draft.kind != "person" or draft.plural or not draft.key:
            continue
        words = [t.lower_ for t in doc[max(draft.start - 1, 0):draft.end]]
        gender = next((honorifics[w] for w in words if w in honorifics), None)
        if gender is None and draft.name and draft.key.startswith(("person:", "name:")):
            gender = ctx.dictionary.gender_of(draft.name)
        if gender is not None:
            genders.setdefault(draft.key, gender)
    return genders


def _add_pronouns(doc: Doc, drafts: list[Draft], sentence_of: SentenceOf,
                  gender: dict[str, str]) -> list[Draft]:
    """Link he/she/they/it to the nearest compatible mention; ``gender`` (chain key → "m"/"f") grows as
    pronouns are linked, so a chain once called "he" is not later "she"."""
    starts = [d.start for d in drafts]
    added: list[Draft] = []
    for token in doc:
        word = token.lower_
        test: Callable[[Draft], bool]
        if word in PERSON_PRONOUNS:
            wanted = "m" if word in ("he", "him") else "f"
            test = partial(_is_person_of_gender, gender=gender, wanted=wanted)
        elif word in GROUP_PRONOUNS:
            test = _is_plural_group
        elif word in THING_PRONOUNS and token.dep_ in SUBJECT_DEPS and _agentive(token):
            test = _is_state_or_org
        else:
            continue
        if token.dep_ not in PRONOUN_DEPS or (word == "her" and token.tag_ == "PRP$"):
            continue
        before = drafts[: bisect_right(starts, token.i - 1)]
        if token.dep_ in OBJECT_DEPS:
            # "the army chief urged him": an object pronoun is never the subject of its own verb, nor of
            # the verb that lends it its subject ("Mubarak met Arafat and urged him to …")
            verb = _subject_holder(token.head)
            before = [d for d in before if not (doc[d.root].head == verb and doc[d.root].dep_ in SUBJECT_DEPS)]
        window = 1 if word in THING_PRONOUNS else SENTENCE_WINDOW
        antecedent = _antecedent(doc, before, token.i, sentence_of, test, window=window,
                                 subjects_only=word in THING_PRONOUNS)
        if antecedent is None:
            continue
        pronoun = Draft(token.i, token.i + 1, kind="pronoun", root=token.i, plural=word in GROUP_PRONOUNS)
        _copy(antecedent, pronoun)
        if word in PERSON_PRONOUNS and pronoun.key:
            gender.setdefault(pronoun.key, "m" if word in ("he", "him") else "f")
        added.append(pronoun)
    return sorted(drafts + added, key=lambda d: d.start)


def _subject_holder(verb: Token) -> Token:
    """The verb whose subject ``verb`` has: itself, or the first verb of a conjunction without its own."""
    while verb.dep_ == "conj" and verb.head != verb and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    return verb


def _agentive(token: Token) -> bool:
    """"it said", "it fired": an "it" that acts; not the "it" of "it is difficult", "it seems", "make it"."""
    head = token.head
    return head.pos_ == "VERB" and head.lemma_ not in EXPLETIVE_VERBS


def _is_person_of_gender(draft: Draft, gender: dict[str, str], wanted: str) -> bool:
    """A singular person not already referred to with the other gender's pronoun."""
    if draft.kind not in ("person", "pronoun") or draft.plural:
        return False
    return gender.get(draft.key or "", wanted) == wanted


def _is_plural_group(draft: Draft) -> bool:
    return draft.plural and draft.kind in ("group", "org", "person", "pronoun")


def _is_state_or_org(draft: Draft) -> bool:
    """What "it" can stand for: a state, an organisation or one body ("the military", "the government")."""
    return not draft.plural and draft.kind in ("org", "state", "group") and draft.code is not None


def _antecedent(doc: Doc, before: list[Draft], token: int, sentence_of: SentenceOf,
                test: Callable[[Draft], bool], window: int = SENTENCE_WINDOW, subjects_first: bool = True,
                subjects_only: bool = False) -> Draft | None:
    """The nearest compatible mention: nearest sentence first, its subject before other mentions."""
    here = sentence_of(token)
    best: tuple[int, int, int] | None = None
    chosen: Draft | None = None
    for draft in reversed(before):
        distance = here - sentence_of(draft.start)
        if distance > window or (best is not None and distance > best[0]):
            break
        if not test(draft):
            continue
        subject = 0 if doc[draft.root].dep_ in SUBJECT_DEPS else 1
        if subjects_only and subject:
            continue
        rank = (distance, subject if subjects_first else 0, -draft.start)
        if best is None or rank < best:
            best, chosen = rank, draft
    return chosen


def _copy(antecedent: Draft, draft: Draft) -> None:
    """``draft`` continues ``antecedent``'s chain: same code, name and identity."""
    draft.code, draft.country, draft.roles = antecedent.code, antecedent.country, list(antecedent.roles)
    draft.name = antecedent.name
    draft.key = antecedent.key or f"chain:{antecedent.start}"
    antecedent.key = draft.key
    draft.how = "coreference"


def _number_entities(drafts: list[Draft]) -> None:
    numbers: dict[str, int] = {}
    for draft in drafts:
        key = draft.key or f"single:{draft.start}"
        draft.entity = numbers.setdefault(key, len(numbers))
