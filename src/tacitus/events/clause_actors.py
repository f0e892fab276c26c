"""The actors of a clause's arguments: the base of the sentence reader.

Subject and object heads become actor mentions (group anaphora, pronouns to their antecedents, country
words on a noun); a verb's target is the first object or preposition that resolves to someone else;
``_finish`` sets what every candidate gets whatever found it (implied targets, negation, hypothesis).
The frame, verb and nominal readers (``frames``, ``verbs``, ``nominals``) build on this class.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.events.arguments import (
    SUBJECT_DEPS,
    ActorIndex,
    agent_heads,
    is_fronted_setting,
    is_passive,
    object_heads,
    subject_heads,
)
from tacitus.events.candidates import Candidate
from tacitus.events.completion import possessive_state
from tacitus.events.deep_targets import deep_target, wants_deep_target
from tacitus.events.dictionary import PredicateDictionary
from tacitus.events.flags import clause_chain, document_issuer, is_hypothetical, is_negated, is_reported
from tacitus.events.groups import group_members, group_mention, is_group
from tacitus.events.matching import Match
from tacitus.events.modifiers import modifier_actor, modifier_word
from tacitus.record import ActorMention

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
FIRST_PERSON = frozenset({"i", "we"})
OBJECT_PRONOUNS = frozenset({"it", "them"})
# statements, consultations, praise and cooperation happen somewhere without being aimed there ("met in
# Maryland", "backed the company in the Supreme Court"); travel is the exception ("arrived in China")
SETTING_ONLY_ROOTS = frozenset({"01", "04", "05", "06"})
TRAVEL_CODES = frozenset({"042", "043", "044"})
SETTING_PREPS = frozenset({"in", "at"})
TALKS_CODES = ("04", "036")  # consultations and the intent to meet: "on", "over", "about" give their topic


class ArgumentReader:
    """Resolves one sentence's arguments to actors; holds the per-sentence bookkeeping of used tokens."""

    def __init__(self, sentence: Span, index: ActorIndex, predicates: PredicateDictionary) -> None:
        self.sentence = sentence
        self.index = index
        self.predicates = predicates
        self.barriers = predicates.words("argument_barriers")
        self.default_preps = predicates.words("target_preps")
        self.last_preps = predicates.words("last_target_preps")
        self.suppressed: set[int] = set()  # verbs already read as part of a frame
        self.consumed: set[int] = set()  # nouns already read as a verb's object
        self.weak_target = False  # whether the last target found came from a place preposition
        self.joint: list[Candidate] = []  # cooperation implied by a joint act ("in a joint operation")

    def _is_actor(self, token: Token) -> bool:
        """The word itself (not something inside its phrase) names an actor: "welcomed Putin" vs
        "welcomed the summit between …"."""
        return token.i in self.index.by_token

    def _subject_heads(self, verb: Token) -> tuple[list[Token], bool]:
        """``subject_heads`` with the dictionary's object-control verbs ("forced Ukraine to withdraw")."""
        heads, inherited = subject_heads(verb, controllers=self.predicates.words("object_control_verbs"))
        return self._author_heads(heads), inherited

    def _author_heads(self, heads: list[Token]) -> list[Token]:
        """A written text that is the doer (``document_nouns``) stands for its author: the actor named on it
        ("a UN resolution"), else the doer of the verb that issued it ("the EU issued a statement urging …",
        "in a letter calling on Syria to …, Saudi Arabia said")."""
        documents = self.predicates.words("document_nouns")
        found = []
        for head in heads:
            if head.lemma_.lower() not in documents or self._actors([head]):
                found.append(head)
                continue
            issuer = document_issuer(head, self.predicates)
            if issuer is not None:
                found.extend(subject_heads(issuer, controllers=self.predicates.words("object_control_verbs"))[0])
        return found

    def _actors(self, heads: list[Token]) -> list[ActorMention]:
        found = self.index.for_heads(heads, self.barriers)
        groups = self.predicates.words("group_words")
        if len(found) == 1 and found[0].country is None:
            # "the two leaders": the two actors of the previous sentence
            for head in heads:
                if self.index.by_token.get(head.i) is found[0] and is_group(head, groups):
                    members = group_members(head, found[0], self.index)
                    if members:
                        return members
        if found:
            return found
        for head in heads:  # "the two countries", which the actors stage leaves unresolved
            if head.lemma_.lower() in self.predicates.words("group_nouns") and is_group(head, groups):
                members = group_members(head, group_mention(head), self.index)
                if members:
                    return members
        country_nouns = self.predicates.words("country_nouns")
        for head in heads:
            if head.pos_ == "PRON" and head.lower_ in OBJECT_PRONOUNS and head.dep_ in ("dobj", "pobj"):
                return self._object_antecedent(head)
            if head.pos_ == "PRON" and head.lower_ in PERSONAL_PRONOUNS:
                return self._antecedent(head)
            if head.lemma_.lower() in country_nouns and (owned := possessive_state(head, self.index, self.barriers)):
                return owned  # "Putin said his country would retaliate" → RUS
            if head.lemma_.lower() in country_nouns and any(c.lower_ == "the" for c in head.children):
                # "the kingdom would invest …" in a speaker's words is the speaker's own state
                return [a for a in self._antecedent(head) if a.country]
        # a noun that names no actor, owned or modified by a country word: "Israeli tanks shelled …"
        modified = [modifier_actor(head, self.index.modifier_countries) for head in heads if head.pos_ in NOUN_POS]
        return [actor for actor in modified if actor is not None][:1]

    def _antecedent(self, pronoun: Token) -> list[ActorMention]:
        """An unresolved subject pronoun stands for the subject of the clause that embeds its own
        ("Finland said it intends to …" → Finland), unless a clause on the way has another pronoun as its
        subject. The actors stage's coreference, when it resolved the pronoun, comes first."""
        chain = list(clause_chain(pronoun.head))
        for clause in chain[1:]:
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
            if any(c.pos_ == "PRON" and not _may_include(c, pronoun) for c in subjects):
                return []  # "We will impose sanctions if it invades": "it" is not the one above "we"
            heads = [c for c in subjects if c.pos_ != "PRON"]
            actors = self.index.for_heads(heads, self.barriers)
            if actors:
                return actors
        return []

    def _object_antecedent(self, pronoun: Token) -> list[ActorMention]:
        """An unresolved object pronoun stands for the nearest actor before it that is not the subject
        of its own clause, nor a place where something happened ("Ukraine filed a case against Russia at
        the ICJ, accusing it of …" → Russia)."""
        verb = next((t for t in pronoun.ancestors if t.pos_ in VERB_POS), None)
        subjects = self.index.for_heads(subject_heads(verb)[0], self.barriers) if verb is not None else []
        places = self.predicates.words("place_preps")
        for token in reversed(self.sentence.doc[self.sentence.start : pronoun.i]):
            actor = self.index.by_token.get(token.i)
            if actor is None or actor in subjects or any(s.code == actor.code for s in subjects):
                continue
            span = token.doc.char_span(actor.start, actor.end, alignment_mode="expand")
            root = span.root if span is not None else token
            if not (root.dep_ == "pobj" and root.head.lower_ in places):
                return [actor]
        return []

    def _verb_targets(
        self, verb: Token, match: Match | None, sources: list[ActorMention] | None = None, code: str | None = None
    ) -> list[ActorMention]:
        """The first candidate target that resolves to actors other than the sources (``code``: the
        event's code where ``match`` is not the verb's own, as for "held talks")."""
        # "blamed Israel for …": with a direct object, a reason preposition names no target;
        # without one it does ("pessimistic about talks with Saudi Arabia")
        reasons = self.predicates.words("reason_preps") if any(c.dep_ == "dobj" for c in verb.children) else set()
        target_preps = tuple(p for p in match.pattern.target_preps if p not in reasons) if match else ()
        excluded = {a.code for a in sources or ()}
        own_countries = {a.country for a in sources or () if a.country}
        own_roles = {a.role for a in sources or () if a.role}
        cooperative = match is not None and match.pattern.code[:2] <= "08"  # conflict at home is still conflict
        noun = match.object_noun if match else None
        # words of the trigger itself never name the target ("gave fighter jets to Ukraine")
        blocked = {t.i for t in match.tokens} if match else set()
        # (a countryless role read off the trigger's own noun: "fighter jets" → MIL); "Israeli soldier
        # Gilad Shalit was freed" keeps its target, and so do bodies ("expelled aid agencies" → NGO,
        # "barred IAEA inspectors" → IGOUNOIAE)
        blocked_actors = {
            id(actor)
            for actor in (self.index.by_token.get(i) for i in blocked)
            if actor is not None and not actor.country and actor.code == actor.role and actor.role != "NGO"
        }
        self.weak_target = False
        # a passive without its agent has no doer to aim at a place ("was arrested in Lebanon")
        last_preps = frozenset() if is_passive(verb) and not agent_heads(verb) else self.last_preps
        default_preps = self.default_preps
        code = match.pattern.code if match is not None else code
        if code is not None and _setting_only(code):
            default_preps, last_preps = default_preps - SETTING_PREPS, last_preps - SETTING_PREPS
        talks = code is not None and code.startswith(TALKS_CODES)
        if talks:  # "held talks on Syria": Syria is the topic
            default_preps = default_preps - self.predicates.words("topic_preps")
        topics = self.predicates.words("topic_verbs")
        places = self.predicates.words("place_preps") | self.last_preps
        instruments = {w for table in self.predicates.instruments.values() for w in table}
        for head in object_heads(verb, target_preps, default_preps, noun, last_preps, topics, self.index.by_token):
            if head.dep_ == "pobj" and head.head.lower_ == "with" and head.lemma_.lower() in instruments:
                continue  # "attacked ships with drones and missiles": the weapon, not the target
            if is_fronted_setting(head, verb, places) and code not in TRAVEL_CODES:
                continue  # "At the UN, the envoy criticized …" (but "At the summit, Trump arrived late")
            actors = [a for a in self._actors([head]) if id(a) not in blocked_actors and a.code not in excluded]
            if noun is not None and head == noun and code in self.predicates.words("sought_codes"):
                actors = [a for a in actors if not _among_sought(a, noun)]
            if talks and head is noun:  # "attended a NATO summit", not "held talks on Syria"
                actors = [a for a in actors if not self._in_topic(a, noun)]
            if not actors and not (head.dep_ == "pobj" and head.head.lower_ in places):
                actors = self._place_target(head, excluded)
            if head.i not in self.index.by_token and cooperative:
                # an owner inside a thing's phrase from the doer's own country or body is no target:
                # "Putin defended Russia's actions", "the PM defended the government's crackdown",
                # unlike "condemned Russia's annexation"
                actors = [
                    a
                    for a in actors
                    if not (a.country and a.country in own_countries)
                    and not (a.country is None and a.code == a.role and a.role in own_roles)
                ]
            if actors:
                self.weak_target = head.dep_ == "pobj" and head.head.lower_ in last_preps
                return actors
        return []

    def _in_topic(self, actor: ActorMention, noun: Token) -> bool:
        """Whether the actor is named inside a topic phrase of ``noun`` ("talks on Syria")."""
        topics = self.predicates.words("topic_preps")
        phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in topics]
        return any(self.index.by_token.get(t.i) is actor for phrase in phrases for t in phrase.subtree)

    def _place_target(self, head: Token, excluded: set[str | None]) -> list[ActorMention]:
        """A named place that is an object, not a location, stands for its country ("flew aid to Kabul",
        "besieged the city of Mariupol")."""
        words = [head] + [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        for word in words:
            if word.pos_ == "PROPN":
                found = modifier_word(word, self.index.modifier_countries, places=True)
                if found is not None and found.code not in excluded:
                    return [found]
        return []

    def _finish(self, candidate: Candidate, anchor: Token) -> Candidate:
        if candidate.code[:2] in ("15", "19") and self._shows_force(anchor):
            candidate.code = "150"  # "fired missiles into the sea in a show of force" demonstrates, not attacks
        if candidate.code in self.predicates.words("deployment_codes"):
            _deployed_forces(candidate)
        if _each_other(anchor):  # "rebels and the regime accused each other": they act on one another
            candidate.symmetric, candidate.targets = True, []
        joint = self._is_joint(candidate)
        if joint and candidate.code.startswith("06"):  # the joint doers cooperate with each other
            candidate.symmetric, candidate.targets = True, []
        if not candidate.targets and candidate.code.startswith("14"):
            candidate.targets = self._custodian(candidate.sources)
        if not candidate.sources and candidate.code[:2] in self.predicates.words("custodian_doer_roots"):
            candidate.sources = self._custodian([])  # "detainees were tortured in Syrian government prisons"
        if not candidate.targets and wants_deep_target(candidate, self.predicates):
            candidate.targets = deep_target(anchor, candidate.sources, self.index, self.predicates, candidate.code)
        if candidate.code not in self.predicates.words("no_negation_codes"):  # "had no comment" is 011 itself
            candidate.negated = candidate.negated or is_negated(candidate.triggers)
        candidate.hypothetical = is_hypothetical(anchor, self.predicates)
        if is_reported(anchor, self.predicates):
            candidate.confidence *= 0.9
            candidate.how = "reported" if candidate.how in ("verb", "verb+object") else candidate.how
        if joint and candidate.code[:2] in self.predicates.words("joint_act_roots"):
            self.joint.append(_cooperation(candidate))
        return candidate

    def _shows_force(self, verb: Token) -> bool:
        """An act done "in a show of force" or "as a warning" (``show_of_force_nouns``)."""
        nouns = self.predicates.words("show_of_force_nouns")
        return any(
            p.lemma_.lower() in nouns
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("in", "as")
            for p in c.children
            if p.dep_ == "pobj"
        )

    def _is_joint(self, candidate: Candidate) -> bool:
        """Doers of two or more countries act together: "French and Moroccan police arrested six suspects
        in a joint operation", "US and Indian forces began a naval exercise" (an exercise, drill or patrol
        of several states' forces is joint by itself)."""
        if len({a.country for a in candidate.sources if a.country}) < 2:
            return False
        words = self.predicates.words("joint_words")
        nouns = self.predicates.words("joint_nouns")
        for trigger in candidate.triggers:
            phrases = [trigger, *(p for c in trigger.children if c.dep_ == "prep" for p in c.children)]
            for token in phrases:
                if token.lemma_.lower() in nouns or any(c.lower_ in words for c in token.children):
                    return True
        return False

    def _custodian(self, sources: list[ActorMention]) -> list[ActorMention]:
        """Prisoners protest against the state that holds them: "prisoners in Israeli jails began a hunger
        strike", "in protest at his detention by Israel" → ISR."""
        for token in self.sentence:
            if token.lemma_.lower() not in self.predicates.words("custody_nouns"):
                continue
            for child in token.children:
                if child.dep_ in ("amod", "compound", "poss"):
                    word = modifier_word(child, self.index.modifier_countries)
                    found = self._actors([child]) or ([word] if word else [])
                elif child.dep_ == "prep" and child.lower_ == "by":
                    found = self._actors([p for p in child.children if p.dep_ == "pobj"])
                else:
                    continue
                if found:  # prisoners of their own state protest against its government (implied target)
                    own = {a.country for a in sources}
                    return [] if any(a.country in own for a in found) else found
        return []


FORCE_ROLES = frozenset({"MIL", "COP"})


def _deployed_forces(candidate: Candidate) -> None:
    """Forces a state deploys are its arm, not the deployment's target: "India deployed troops to
    Kashmir" is done by Indian forces (INDMIL), and "troops were deployed in Washington" by the troops."""
    own = {a.country for a in candidate.sources if a.country}
    forces = [t for t in candidate.targets if t.role in FORCE_ROLES and (t.country is None or t.country in own)]
    if not forces or len(forces) != len(candidate.targets) or len(own) > 1:
        return
    force = forces[0]
    if own and force.country is None:
        country = next(iter(own))
        force = replace(force, code=country + (force.role or ""), country=country, how="role+context")
    if own or not candidate.sources:
        candidate.sources = [force]
    candidate.targets = []


def _cooperation(candidate: Candidate) -> Candidate:
    """The cooperation of a joint act's doers with each other: military (062) for exercises, patrols and
    strikes, else material cooperation (060), which the role rules refine (police: 063)."""
    code = "062" if candidate.code[:2] in ("15", "19") else "060"
    return Candidate(
        code,
        candidate.triggers,
        list(candidate.sources),
        [],
        candidate.how,
        candidate.confidence,
        negated=candidate.negated,
        hypothetical=candidate.hypothetical,
        symmetric=True,
    )


def _each_other(verb: Token) -> bool:
    """A reciprocal object: "accused each other", "blamed one another for the attack"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    pairs = {(o.lower_, d.lower_) for o in objects for d in o.children}
    return bool(pairs & {("other", "each"), ("another", "one"), ("one", "another")})


def _setting_only(code: str) -> bool:
    """Whether a place after "in" or "at" only says where the act happened (``SETTING_ONLY_ROOTS``)."""
    return code[:2] in SETTING_ONLY_ROOTS and code not in TRAVEL_CODES


def _may_include(subject: Token, pronoun: Token) -> bool:
    """Whether a clause's subject pronoun may stand for ``pronoun``'s referent: the same word, or "I"
    above "we" (the speaker is one of "us": "I suspect that we will meet")."""
    return subject.lower_ == pronoun.lower_ or {subject.lower_, pronoun.lower_} <= FIRST_PERSON


def _among_sought(actor: ActorMention, noun: Token) -> bool:
    """The persons or things a demand or appeal for a release, return or extradition names (the "of"
    phrase's head with its modifiers: "the release of refugees", "of Iranian diplomats") are not the party
    asked to hand them over; a holder named deeper in the phrase is ("convicted in New York")."""
    heads = [
        t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
    ]
    words = heads + [m for h in heads for m in h.children if m.dep_ in ("compound", "amod", "nmod", "poss")]
    return any(actor.start <= t.idx < actor.end for t in words)
