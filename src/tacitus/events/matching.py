"""Which predicate pattern a trigger token matches, in a parsed sentence or in a headline's word order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from tacitus.events.arguments import passive_subjects
from tacitus.events.dictionary import ADVERB_PARTICLES, Pattern, PredicateDictionary

PARTICLE_DEPS = frozenset({"prt", "prep", "agent", "dative", "advmod", "acomp", "oprd"})
QUANTITY_PREPS = frozenset({"of", "in"})  # "waves of strikes", "$800 million in aid"
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
ACTOR_OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


@dataclass(frozen=True)
class Match:
    """A pattern matched at a trigger: the trigger tokens and the object noun the pattern required."""

    pattern: Pattern
    tokens: tuple[Token, ...]
    object_noun: Token | None = None


def _words(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


def _forms(token: Token) -> tuple[str, ...]:
    lemma, lower = token.lemma_.lower(), token.lower_
    forms = (lemma, lower, lower[:-1]) if lower.endswith("s") else (lemma, lower)
    hyphenated = hyphen_word(token)
    return forms + (hyphenated,) if hyphenated else forms


def hyphen_word(token: Token) -> str | None:
    """The hyphenated word the tokenizer split up around ``token`` ("sit - in" → "sit-in"), or None."""
    doc, start, end = token.doc, token.i, token.i
    while start >= 2 and doc[start - 1].text == "-" and not (doc[start - 2].whitespace_ or doc[start - 1].whitespace_):
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not (doc[end].whitespace_ or doc[end + 1].whitespace_):
        end += 2
    return doc[start : end + 1].text.lower() if end > start else None


def compound_lemma(token: Token) -> str | None:
    """The lemma of a hyphenated verb the tokenizer split, ``token`` being its last part ("test - fired"
    → "test-fire"), so that the whole verb is read and not its last word ("test-fired" is no firing).
    None where the parse tears the pieces apart ("urged Beijing to de - escalate" with "de" the complement)."""
    word = hyphen_word(token)
    if word is None or not word.endswith(token.lower_):
        return None
    pieces = hyphen_tokens(token)
    if any(not pieces[0].i <= piece.head.i <= token.i for piece in pieces):
        return None
    return word[: len(word) - len(token.lower_)] + token.lemma_.lower()


def hyphen_tokens(token: Token) -> tuple[Token, ...]:
    """The tokens before ``token`` that its hyphenated word was split from ("test", "-" of "test-fired")."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not (doc[start - 2].whitespace_ or doc[start - 1].whitespace_):
        start -= 2
    return tuple(doc[start : token.i])


def _noun_in(token: Token, words: frozenset[str], content: bool = True) -> bool:
    """The noun (or a coordinated noun) is in ``words``; so is a compound spelt together ("air strike" for
    "airstrike") and, with ``content``, a quantity's content ("a package of sanctions", "$200 million in aid")."""
    for candidate in (token, *token.conjuncts):
        if any(form in words for form in _forms(candidate)):
            return True
        for child in candidate.children:
            if child.dep_ in ("compound", "amod") and child.lower_ + candidate.lemma_.lower() in words:
                return True
            if child.dep_ in ("compound", "nmod") and hyphen_word(child) in words:
                return True  # "a sit-in outside army headquarters": the split word hangs from the noun
            if _role_of_person(candidate, child, words):
                return True
            if content and child.dep_ == "prep" and child.lower_ in QUANTITY_PREPS:
                if any(any(f in words for f in _forms(p)) for p in child.children if p.dep_ == "pobj"):
                    return True
    return False


def _role_of_person(name: Token, modifier: Token, words: frozenset[str]) -> bool:
    """A person's name carries the role word the pattern wants: "released the dissident Wei Jingsheng",
    "freed aid worker John Smith" release a dissident and an aid worker."""
    if name.ent_type_ != "PERSON" or modifier.dep_ not in ("compound", "amod") or modifier.ent_type_ == "PERSON":
        return False
    return any(form in words for form in _forms(modifier))


def _particle_children(verb: Token) -> list[Token]:
    """The verb's particles and prepositions, a preposition under an adverb particle ("pulled out of
    the talks": "of" hangs from "out"), and an adjective complement the parse hangs elsewhere ("set the
    hostages free" as a clause, "set free two sailors" as the object's modifier) or a bare infinitive
    after its own subject ("let the hostages go")."""
    children = [child for child in verb.children if child.dep_ in PARTICLE_DEPS]
    children += [
        child
        for child in verb.children
        if child.dep_ in ("advcl", "xcomp", "ccomp") and (_bare_adjective(child) or _bare_infinitive(verb, child))
    ]
    children += [
        modifier
        for noun in verb.children
        if noun.dep_ == "dobj"
        for modifier in noun.children
        if modifier.dep_ == "amod" and modifier.i == verb.i + 1 and modifier.pos_ == "ADJ"
    ]
    return children + [
        grandchild
        for child in children
        if child.lower_ in ADVERB_PARTICLES
        for grandchild in child.children
        if grandchild.dep_ == "prep"
    ]


def _bare_adjective(token: Token) -> bool:
    """An adjective standing alone as the verb's complement ("free" in "set the hostages free")."""
    return token.pos_ == "ADJ" and not any(c.dep_ in ("nsubj", "prep", "xcomp", "ccomp") for c in token.children)


def _bare_infinitive(verb: Token, clause: Token) -> bool:
    """A bare infinitive whose subject stands between it and the verb ("let the hostages go")."""
    if clause.tag_ != "VB" or any(c.dep_ in ("aux", "mark") for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and verb.i < c.i < clause.i for c in clause.children)


def _object_preps(verb: Token, is_actor: Callable[[Token], bool]) -> list[Token]:
    """Prepositions the parse hangs on the verb's object where they belong to the verb: "threatened the
    opposition with arrest", "warned Latvia of countermeasures". The object must be an actor or a pronoun
    (with another noun, "the head of the sanctions committee", the preposition is the noun's own)."""
    return [
        prep
        for noun in verb.children
        if noun.dep_ == "dobj" and (noun.pos_ == "PRON" or is_actor(noun))
        for prep in noun.children
        if prep.dep_ == "prep"
    ]


# compounds spelt together that name another thing than their head ("air strike" is no labour strike);
# a pattern naming only the head does not match them while another pattern may
KNOWN_COMPOUNDS = frozenset({"airstrike", "dronestrike", "missilestrike", "hungerstrike", "airraid", "airattack"})
ACTOR_OBJECT = "@"  # ``call +@``: the object must be an actor ("called Erdogan", not "called it a mistake")
# ``release +@person``: a named person though no actor code ("released Wei Jingsheng"); the target stays unresolved
PERSON_OBJECT = "@person"
# particles that introduce a pattern's object: prepositions, and words that leave the noun the verb's own
OBJECT_PARTICLE_DEPS = frozenset({"prep", "agent", "dative", "prt", "advmod", "ccomp", "xcomp"})


def _find_object(
    verb: Token, pattern: Pattern, is_actor: Callable[[Token], bool], content: bool = True
) -> Token | None:
    if ACTOR_OBJECT in pattern.objects:
        return next((c for c in _objects(verb, ACTOR_OBJECT_DEPS) if is_actor(c)), None)
    if PERSON_OBJECT in pattern.objects:
        return next((c for c in _objects(verb, ACTOR_OBJECT_DEPS) if c.ent_type_ == "PERSON"), None)
    if pattern.object_prep is not None:
        for child in _particle_children(verb) + _object_preps(verb, is_actor):
            if child.dep_ in OBJECT_PARTICLE_DEPS and child.lower_ == pattern.object_prep:
                # a word parsed as the verb's particle or adverb leaves the noun its direct object ("called
                # the ambassador in", "sent home the prisoners" for ``call in +ambassador``, ``send home +prisoner``)
                nouns = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if child.dep_ in ("prt", "advmod"):
                    nouns += [c for c in verb.children if c.dep_ in OBJECT_DEPS]
                if child.dep_ in ("ccomp", "xcomp"):  # "let the hostages go": the one let go is its subject
                    nouns += [c for c in child.children if c.dep_ == "nsubj"]
                for noun in nouns:
                    if _noun_in(noun, pattern.objects, content):
                        return noun
                # "call for an end" parses sometimes with the object under the verb
        return None
    return next((c for c in _objects(verb) if _noun_in(c, pattern.objects, content)), None)


def _objects(verb: Token, deps: frozenset[str] = OBJECT_DEPS) -> list[Token]:
    """The verb's objects; without one of its own, the passive subject it shares with a conjoined passive
    verb ("were arrested and later released": the released are the arrested), or the subject the parse
    gives an infinitive that is the verb's object ("allowed UN inspectors to return")."""
    own = [c for c in verb.children if c.dep_ in deps]
    if own:
        return own
    shared = [s for s in passive_subjects(verb) if s.head is not verb]
    return shared + [
        subject
        for clause in verb.children
        if clause.dep_ in ("ccomp", "xcomp") and clause.i > verb.i and any(c.lower_ == "to" for c in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj" and verb.i < subject.i < clause.i
    ]


def _has_target_prep(verb: Token, noun: Token, words: tuple[str, ...]) -> bool:
    """``launch +missile at``: a preposition after the object is required, on the verb or the noun."""
    # ("paid compliments to Germany": the parse makes "to" a dative)
    return any(c.dep_ in ("prep", "dative") and c.lower_ in words for holder in (verb, noun) for c in holder.children)


def _phrasal(verb: Token, particles: tuple[Token, ...], first: str) -> bool:
    """A multi-word verb ("give in to", "crack down on") needs its first particle right after the verb
    (or parsed as a particle): "gave birth to a boy in a hospital" is not "give in to"."""
    return any(p.lower_ == first and (p.dep_ == "prt" or p.i == verb.i + 1) for p in particles)


def match_verb(token: Token, patterns: Sequence[Pattern], is_actor: Callable[[Token], bool]) -> Match | None:
    """The most specific verb pattern the token satisfies: its particles are children of the verb and
    its object noun (if any) is the verb's object (or the object of the pattern's preposition)."""
    children = _particle_children(token)
    child_words = {child.lower_ for child in children}
    object_prep_words = {prep.lower_ for prep in _object_preps(token, is_actor)}
    fallback: Match | None = None  # an object found only as a quantity's content ("the withdrawal of troops")
    bare: Match | None = None  # an object found by its head alone though its modifier makes a compound
    for pattern in patterns:
        if fallback is not None and pattern.specificity < fallback.pattern.specificity:
            return fallback
        # a preposition on the object counts only as the one introducing the pattern's object noun
        own = child_words | object_prep_words if pattern.object_prep in object_prep_words else child_words
        if not all(word in own for word in pattern.particles):
            continue
        extra = tuple(child for child in children if child.lower_ in pattern.particles)
        if len(pattern.particles) > 1 and not _phrasal(token, extra, pattern.particles[0]):
            continue
        if pattern.objects:
            found = _object_match(token, pattern, is_actor, extra)
            if found is not None and found.object_noun is not None and fallback is None:
                # the head noun itself outranks a content word: "demanded the withdrawal of troops" is
                # a demand for withdrawal, not for troops
                if not _noun_in(found.object_noun, pattern.objects, content=False):
                    fallback = found
                    continue
            if found is not None and found.object_noun is not None and _bare_head(found.object_noun, pattern):
                # "halted its air strikes": another pattern may name the compound (airstrike, 087) where
                # this one names the head only (strike, 082)
                bare = bare or found
                continue
            if found is not None:
                return found
            continue
        return Match(pattern, tuple(sorted((token, *extra), key=lambda t: t.i)))
    return fallback or bare


def _bare_head(noun: Token, pattern: Pattern) -> bool:
    """The pattern holds the noun's head word but not the compound its modifier makes with it ("air"
    + "strike" for a pattern of labour "strikes")."""
    compounds = [c.lower_ + noun.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")]
    return bool(compounds) and not any(c in pattern.objects for c in compounds) and any(
        c in KNOWN_COMPOUNDS for c in compounds
    )


def _object_match(
    token: Token, pattern: Pattern, is_actor: Callable[[Token], bool], extra: tuple[Token, ...]
) -> Match | None:
    noun = _find_object(token, pattern, is_actor)
    if noun is None:
        return None
    if pattern.objects_need_prep and not _has_target_prep(token, noun, pattern.target_preps):
        return None
    if ACTOR_OBJECT in pattern.objects or PERSON_OBJECT in pattern.objects:  # the target, not the trigger
        return Match(pattern, tuple(sorted((token, *extra), key=lambda t: t.i)))
    return Match(pattern, tuple(sorted((token, *extra, noun), key=lambda t: t.i)), noun)


def match_noun(token: Token, patterns: Sequence[Pattern]) -> Match | None:
    """The most specific nominal pattern: for ``n:strike +air`` the noun needs a modifier "air"."""
    for pattern in patterns:
        if pattern.objects:
            modifiers = [
                child
                for child in token.children
                if child.dep_ in MODIFIER_DEPS
                and (child.lemma_.lower() in pattern.objects or hyphen_word(child) in pattern.objects)
            ]
            if not modifiers:
                continue
            return Match(pattern, tuple(sorted((token, *modifiers), key=lambda t: t.i)))
        return Match(pattern, (token,))
    return None


def match_linear(
    tokens: Sequence[Token], position: int, predicates: PredicateDictionary, window: int = 5
) -> Match | None:
    """Match a pattern by word order alone (headlines, where the parse is unreliable).

    Particles must follow the trigger in order and the object noun must appear within ``window`` words.
    """
    token = tokens[position]
    lemma, lower = _words(token)
    candidates = (predicates.verbs.get(lemma) or predicates.verbs.get(lower) or ()) + (
        predicates.nouns.get(lemma) or predicates.nouns.get(lower) or ()
    )
    after = tokens[position + 1 : position + 1 + window]
    for pattern in sorted(candidates, key=lambda p: -p.specificity):
        used: list[Token] = [token]
        cursor = 0
        ok = True
        for word in pattern.particles:
            while cursor < len(after) and after[cursor].lower_ != word:
                cursor += 1
            if cursor == len(after):
                ok = False
                break
            used.append(after[cursor])
        if not ok:
            continue
        if pattern.objects:
            scope = after if not pattern.nominal else tokens[max(0, position - 2) : position]
            noun = next((t for t in scope if t.lemma_.lower() in pattern.objects or t.lower_ in pattern.objects), None)
            if noun is None:
                continue
            used.append(noun)
            return Match(pattern, tuple(sorted(used, key=lambda t: t.i)), noun if not pattern.nominal else None)
        return Match(pattern, tuple(sorted(used, key=lambda t: t.i)))
    return None
