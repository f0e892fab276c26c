"""Source and target of a trigger, read from the dependency parse.

Handles active and passive voice, coordination ("Russia and Iran"), appositions, relative clauses
("rebels who attacked …"), conjoined verbs ("met Erdogan and signed …") and control ("X hopes to join
Y", "X urged Y to …"). Actors come from the actors stage; this module only maps tokens to them.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from spacy.tokens import Doc, Span, Token

from tacitus.events.flags import FINITE_TAGS
from tacitus.events.modifiers import CountryWords, modifier_word
from tacitus.record import ActorMention

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# clauses whose missing subject is the head clause's subject ("met X and signed …", "after meeting X")
SUBJECT_SHARING_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp"})
OWN_POSSESSIVES = frozenset({"its"})
# verbs of speech put before their speaker after a quotation ('"…," warned the minister')
INVERTING_SPEECH_VERBS = frozenset({"say", "add", "warn", "insist", "declare", "stress", "explain", "write", "ask",
                                    "reply", "note", "argue", "urge"})
QUOTE_MARKS = frozenset({'"', "”", "''"})
AGENT_HOSTS = frozenset({"dobj", "oprd", "acomp", "prep", "pobj"})  # where a misplaced by-phrase may hang
COORDINATED_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


class ActorIndex:
    """Maps token indices of one ``Doc`` to the actor mentions that cover them (built once per doc)."""

    def __init__(
        self, doc: Doc, actors: Iterable[ActorMention], modifier_countries: CountryWords | None = None
    ) -> None:
        # one-word country names, demonyms and capitals: the doer of a nominal event ("Israeli strikes")
        self.modifier_countries = modifier_countries or CountryWords()
        self.by_token: dict[int, ActorMention] = {}
        for actor in actors:
            if actor.code is None:
                continue
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                # the shorter (more specific) mention wins where two overlap
                current = self.by_token.get(i)
                if current is None or (actor.end - actor.start) < (current.end - current.start):
                    self.by_token[i] = actor

    def any_in(self, sent: Span) -> bool:
        """Whether the sentence holds at least one resolved actor (cheap pre-filter)."""
        return any(i in self.by_token for i in range(sent.start, sent.end))

    def _phrase_tokens(self, head: Token, barriers: frozenset[str]) -> list[Token]:
        """The head's phrase in text order, not crossing clauses or coordination."""
        found: list[Token] = []
        stack = [head]
        while stack:
            token = stack.pop()
            found.append(token)
            stack.extend(child for child in token.children if child.dep_ not in barriers)
        return sorted(found, key=lambda t: t.i)

    def phrase_actors(self, head: Token, barriers: frozenset[str]) -> list[ActorMention]:
        """The actors of the noun phrase headed by ``head``.

        The head's own actor wins when it names a country; otherwise the first actor with a country in
        text order ("a spokesman for the German government", "the downing of a Malaysian airliner"),
        else any actor. Coordinated modifiers add theirs ("Indian and Russian navies").
        """
        tokens = self._phrase_tokens(head, barriers)
        own = self.by_token.get(head.i)
        found_or_none = [self.by_token[t.i] if t.i in self.by_token else self._modifier(t, own) for t in tokens]
        actors = [a for a in found_or_none if a is not None]
        if not actors:
            return []
        chosen = own if own is not None and own.country else next((a for a in actors if a.country), actors[0])
        found = [chosen]
        for token in tokens:
            if token.conjuncts and token.dep_ in COORDINATED_MODIFIER_DEPS | {"pobj"}:
                for other in (token, *token.conjuncts):
                    actor = self.by_token.get(other.i) or self._modifier(other, own)
                    if actor is not None and actor not in found and actor.code != chosen.code:
                        found.append(actor)
        return found

    def _modifier(self, token: Token, own: ActorMention | None) -> ActorMention | None:
        """A country word modifying a thing in a phrase that is no actor itself: "the downing of a
        Malaysian airliner over eastern Ukraine" is about Malaysia's airliner."""
        first = token.head if token.dep_ == "conj" else token  # "Israeli and American teenagers"
        if own is not None or first.dep_ not in COORDINATED_MODIFIER_DEPS or first.head.i in self.by_token:
            return None
        return modifier_word(token, self.modifier_countries)

    def in_phrase(self, head: Token, barriers: frozenset[str]) -> ActorMention | None:
        """The main actor of the noun phrase headed by ``head`` (see ``phrase_actors``)."""
        actors = self.phrase_actors(head, barriers)
        return actors[0] if actors else None

    def for_heads(self, heads: Iterable[Token], barriers: frozenset[str]) -> list[ActorMention]:
        """Actors of several argument heads, each expanded over its coordination, without repeats."""
        found: list[ActorMention] = []
        for head in heads:
            for token in (head, *self._coordinated(head)):
                for actor in self.phrase_actors(token, barriers):
                    if actor not in found:
                        found.append(actor)
        return found

    def _coordinated(self, head: Token) -> list[Token]:
        """The head's conjuncts, also where the parse hangs them inside the head's own mention ("US
        President Barack Obama and Russian President Dmitry Medvedev" joins at "Obama"), and list items
        parsed as appositions ("Saudi Arabia, Egypt, the UAE and Bahrain": no state is another state's
        description)."""
        if _is_stranded(head):
            return []  # "… at Jerusalem and Israel responded": Israel is the next clause's subject alone
        own = self.by_token.get(head.i)
        inside = [head]
        if own is not None:
            inside = [t for t in head.subtree if self.by_token.get(t.i) is own]
        found: list[Token] = []
        for token in inside:
            found += [c for c in token.conjuncts if c not in found and c != head and not _is_stranded(c)]
            for child in token.children:
                item = self.by_token.get(child.i)
                if child.dep_ == "appos" and item is not None and item is not own and _other_state(item, own):
                    found += [child, *(c for c in child.conjuncts if c not in found)]
        return found


def _other_state(item: ActorMention, head: ActorMention | None) -> bool:
    """A bare state beside a different bare state is a list item, never its description."""
    return (
        head is not None
        and item.code == item.country
        and head.code == head.country
        and item.country is not None
        and item.country != head.country
    )


def is_passive(verb: Token) -> bool:
    """Whether the verb is in the passive voice ("was attacked by …"), also a participle that shares
    its passive with the verb it is conjoined to ("was attacked and looted by …")."""
    if any(child.dep_ in PASSIVE_SUBJECT_DEPS or child.dep_ == "auxpass" for child in verb.children):
        return True
    return _shares_passive(verb)


def _shares_passive(verb: Token) -> bool:
    """A bare participle conjoined to a passive verb, with no subject or auxiliary of its own."""
    own = any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not own and is_passive(verb.head)


def passive_subjects(verb: Token) -> list[Token]:
    """The passive subject of the verb, or of the passive verb it shares it with ("Five Palestinians were
    arrested and later released": both are done to the Palestinians)."""
    found = [child for child in verb.children if child.dep_ in PASSIVE_SUBJECT_DEPS]
    if not found and _shares_passive(verb):
        return passive_subjects(verb.head)
    return found


def _resolve_relative(token: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause modifies ("rebels who attacked")."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl") and token.head.head != token:
        return token.head.head
    return token


def agent_heads(verb: Token) -> list[Token]:
    """The by-phrase objects of a passive verb, also where the parse hangs the by-phrase inside the
    verb's object or complement ("Ukraine was given equipment by Canada", "was found guilty of fraud by
    a jury")."""
    found = _own_agents(verb)
    if not found:  # "was attacked and looted by protesters": conjoined passives share their by-phrase
        shared = [verb.head] if _shares_passive(verb) else []
        shared += [c for c in verb.children if c.dep_ == "conj" and _shares_passive(c)]
        found = next((agents for other in shared if (agents := _own_agents(other))), [])
    if found or not any(child.dep_ == "auxpass" for child in verb.children):
        return found
    phrase = [c for c in verb.children if c.dep_ in AGENT_HOSTS]
    for _ in range(4):  # guilty → of → counts → by
        for token in phrase:
            if token.dep_ == "prep" and token.lower_ == "by":
                return [pobj for pobj in token.children if pobj.dep_ == "pobj"]
        phrase = [c for t in phrase for c in t.children if c.dep_ in AGENT_HOSTS]
    return []


def _own_agents(verb: Token) -> list[Token]:
    return [pobj for child in verb.children if child.dep_ == "agent" for pobj in child.children if pobj.dep_ == "pobj"]


def subject_heads(verb: Token, depth: int = 0, controllers: Container[str] = frozenset()) -> tuple[list[Token], bool]:
    """Heads of the doer of ``verb`` and whether they were inherited from another clause.

    Passive verbs give their by-agent. Verbs without a subject inherit it: conjoined and controlled
    verbs from their head verb (from its object after one of the ``controllers``, object-control verbs:
    "forced Ukraine to withdraw"), relative and participial clauses from the noun they modify.
    """
    if is_passive(verb):
        return agent_heads(verb), False
    direct = [_resolve_relative(child) for child in verb.children if child.dep_ in SUBJECT_DEPS]
    if direct:
        return direct, False
    stranded = stranded_subject(verb) or inverted_speaker(verb)
    if stranded is not None:
        return [stranded], False
    if depth > 4:
        return [], False
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        if verb.head.dep_ == "attr":  # "Sudan became the first country to recognise …": the copula's subject
            heads, _ = subject_heads(verb.head.head, depth + 1, controllers)
            if heads:
                return heads, True
        return [verb.head], True
    controller = _object_controller(verb, controllers)
    if controller is not None:
        return [controller], True
    if verb.dep_ == "xcomp" and is_passive(verb.head):
        # the passive's subject does what the infinitive says: "Putin is scheduled to visit China",
        # "Japan was forced by the court to apologise", "troops are reported to have shelled …"
        return [_resolve_relative(t) for t in passive_subjects(verb.head)], True
    if verb.dep_ in SUBJECT_SHARING_DEPS and verb.head != verb:
        heads, _ = subject_heads(verb.head, depth + 1, controllers)
        return heads, True
    return [], False


def stranded_subject(verb: Token) -> Token | None:
    """The subject the parser joined to the previous clause's object: in "Hamas fired rockets at Jerusalem
    and Israel responded with air strikes" the small model reads "Jerusalem and Israel" as one object and
    leaves "responded" subjectless. A noun conjoined to an object right before a finite conjoined verb is
    that verb's subject."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN") or noun.head.dep_ not in ("dobj", "pobj"):
        return None
    return noun if verb.head.i < noun.head.i < noun.i and noun.head.head.i >= verb.head.i else None


def inverted_speaker(verb: Token) -> Token | None:
    """The speaker after a quotation, which the parser takes for an object: '"The Serbs will pay for this,"
    warned the Bosnian prime minister'."""
    if verb.lemma_.lower() not in INVERTING_SPEECH_VERBS or verb.i == 0 or verb.doc[verb.i - 1].text not in QUOTE_MARKS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _is_stranded(noun: Token) -> bool:
    """Whether ``noun`` is the stranded subject of the verb right after it (``stranded_subject``)."""
    return noun.i + 1 < len(noun.doc) and stranded_subject(noun.doc[noun.i + 1]) == noun


def _object_controller(verb: Token, controllers: Container[str]) -> Token | None:
    """In object control the head verb's object does what the infinitive says: "Russia forced Ukraine to
    withdraw its troops", "persuaded Iran to halt enrichment" (the object stands between the two verbs),
    unlike a purpose: "called Erdogan to offer condolences"."""
    if verb.dep_ != "xcomp" or verb.head.i > verb.i or verb.head.lemma_.lower() not in controllers:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i), None)


def _own(noun: Token, actor_tokens: Container[int]) -> bool:
    """The doer's own people ("withdrew its diplomats", "put its military on alert"): an actor word
    owned by "its" is the doer's means, not a target ("eased its blockade of Gaza" still finds Gaza)."""
    return noun.i in actor_tokens and any(
        child.dep_ == "poss" and child.lower_ in OWN_POSSESSIVES for child in noun.children
    )


def is_fronted_setting(head: Token, verb: Token, places: Container[str]) -> bool:
    """A place phrase put before the clause's subject sets the scene, it names no target: "At the UN,
    the Iranian envoy criticized the sanctions", "In Washington, protesters rallied against the war"."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head != verb or prep.lower_ not in places:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    return any(prep.i < subject.left_edge.i for subject in subjects)


def object_heads(
    verb: Token,
    target_preps: tuple[str, ...],
    default_preps: frozenset[str],
    object_noun: Token | None,
    last_preps: frozenset[str] = frozenset(),
    topic_verbs: frozenset[str] = frozenset(),
    actor_tokens: Container[int] = (),
) -> list[Token]:
    """Candidate heads of the target of ``verb``, best first.

    Passive subjects, then the pattern's own target preposition, then direct/indirect objects, then
    the default target prepositions on the verb or on the object noun ("sanctions on Iran"), then the
    last-resort ones ("a truce in Tripoli", "aid for Ukraine").
    """
    candidates: list[Token] = []
    if is_passive(verb):
        candidates += passive_subjects(verb)
    # the object's own phrase first: "filed a case against Russia at the court"
    holders = ([object_noun] if object_noun is not None else []) + [verb]
    topic_object = verb.lemma_.lower() in topic_verbs  # "discussed Syria": the object is a topic
    for prep_words in (target_preps, default_preps, last_preps):
        for holder in holders:
            for child in holder.children:
                if child.dep_ in ("prep", "agent", "dative") and child.lower_ in prep_words:
                    candidates += [pobj for pobj in child.children if pobj.dep_ == "pobj"]
        if prep_words is target_preps:
            candidates += [
                child
                for child in verb.children
                if child.dep_ in ("dobj", "dative", "iobj", "attr", "oprd")
                and child != object_noun
                and not (topic_object and child.dep_ == "dobj")
                and not _own(child, actor_tokens)
                and child != inverted_speaker(verb)
            ]
    if object_noun is not None and not _own(object_noun, actor_tokens):
        candidates.append(object_noun)  # last: "released Palestinian prisoners" → the prisoners' side
    return candidates
