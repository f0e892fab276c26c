"""Frames: "X plans to visit Y", "X urged Y to withdraw", "X agreed to undertake joint exercises".

A frame word (verb or adjective) takes an event as its complement; the complement is coded through the
frame (intent, demand, refusal …) and is not read again as an event of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.tokens import Token

from tacitus.events.arguments import is_passive, passive_subjects
from tacitus.events.candidates import BASE_CONFIDENCE, Candidate, actor_roles, frame_code
from tacitus.events.clause_actors import NOUN_POS, VERB_POS, ArgumentReader
from tacitus.events.dictionary import Frame
from tacitus.events.flags import (
    has_to,
    in_background_clause,
    is_negated,
    is_protest_aim,
    is_question,
    labels_object,
    lacks_context,
)
from tacitus.events.matching import Match, match_noun, match_verb
from tacitus.events.senses import claims_a_fact, misused_force, talks_alone, wrong_sense
from tacitus.record import ActorMention

ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})
PLEADING_VERBS = frozenset({"plead", "reason"})  # whose party is addressed with "with": "pleaded with NATO to …"
SOUGHT_VERBS = {"plea": "plead"}  # the verb whose patterns read a frame noun's "for" object ("a plea for arms")
PARTY_ROLES = frozenset({None, "", "GOV", "MIL", "REB", "LEG", "JUD"})  # roles a demand can be made on


class FrameReader(ArgumentReader):
    """Reads the frame candidates of one sentence."""

    def _light_verb_object(self, verb: Token) -> Match | None:
        """A verb with little meaning of its own takes its code from a nominal object ("undertake exercises")."""
        if verb.lemma_.lower() not in self.predicates.words("nominal_heads"):
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        for child in objects:
            if child.pos_ in NOUN_POS:
                patterns = self.predicates.nouns.get(child.lemma_.lower())
                found = match_noun(child, patterns) if patterns else None
                if found is not None:
                    self.consumed.add(child.i)
                    return Match(found.pattern, (verb, *found.tokens), child)
        return None

    def _complement(self, token: Token, deps: tuple[str, ...], told: bool = False) -> Token | None:
        """The event a frame word takes, looking through aspect verbs ("pledged to keep giving aid")."""
        complement = next((c for c in token.children if c.dep_ in deps and _is_clause(c)), None)
        if complement is None:
            complement = _infinitive_after(token, told)
        aspect = self.predicates.words("aspect_verbs")
        for _ in range(2):
            if complement is None or complement.lemma_.lower() not in aspect:
                break
            if self.predicates.verb_patterns(complement.lemma_.lower(), complement.lower_):
                break
            inner = next((c for c in complement.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS), None)
            if inner is None:
                break
            complement = inner
        return complement

    def _ceased(self, complement: Token) -> str | None:
        """The yield that ending a coded act amounts to: "to stop arming Taiwan" → 08, "to cease shelling
        the city" → 087 (de-escalation). CAMEO codes the appeal or demand for it (025/0256, 105/1056)."""
        if complement.lemma_.lower() not in self.predicates.words("cessation_verbs"):
            return None
        act = next((c for c in complement.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS), None)
        if act is None:
            return None
        patterns = self.predicates.verb_patterns(act.lemma_.lower(), act.lower_)
        match = match_verb(act, patterns, self._is_actor) if patterns else None
        if match is None or self._no_force(act, match):
            return None  # "to stop fighting the ruling" ends no act of force
        self.suppressed.add(act.i)
        return "087" if match.pattern.code[:2] in self.predicates.words("cessation_force_roots") else "08"

    def _frame_of(self, token: Token) -> Frame | None:
        lemma = token.lemma_.lower()
        if token.pos_ in VERB_POS or _mistagged_verb(token):
            return self.predicates.verb_frames.get(lemma)
        if token.pos_ == "ADJ":
            return self.predicates.adjective_frames.get(lemma)
        return None

    def _frames(self) -> list[Candidate]:
        found = self._noun_frames()
        for token in self.sentence:
            frame = self._frame_of(token)
            if frame is None or token.i in self.suppressed:
                continue
            if in_background_clause(token, self.predicates):
                self._drop_complement(token, frame)
                continue
            if is_protest_aim(token, self.predicates):
                continue  # "rallied …, calling for his resignation": the protest carries its aim
            if self._phone_call(token):
                continue
            if frame.modals:  # "Ukraine said Russia must withdraw its troops", "wants Israel to allow …"
                obligations = self._obligation(token, frame)
                found.extend(obligations)
                if obligations or not frame.codes:  # a frame of modals alone reads nothing else
                    continue
            complement = self._complement(token, frame.complement_deps, self._told(token, frame))
            if complement is None and frame.addressee:  # "demanded on Monday, after talks, that Iraq pay …"
                complement = next((c for c in token.children if c.dep_ == "advcl" and _that_clause(c)), None)
            if complement is None or claims_a_fact(token, complement):
                continue  # "insisted that he did nothing wrong": a claim, its clause read as reported speech
            patterns = self.predicates.verb_patterns(complement.lemma_.lower(), complement.lower_)
            match = match_verb(complement, patterns, self._is_actor) if patterns else None
            if match is None:
                match = self._light_verb_object(complement)  # "agreed to undertake joint exercises"
            if match is not None and frame.default is None and self._no_force(complement, match):
                # "failed to hit its targets" is no act of force; a threat to hit names force itself
                match = None
            if is_question(complement) and (match is None or not _polite_request(complement)):
                # "asked whether the Times would have its accounts deleted" asks, and asserts nothing
                self.suppressed.update(t.i for t in complement.subtree)
                continue
            ceased = self._ceased(complement) if match is None else None
            code = frame_code(frame, match.pattern.code if match else ceased)
            ordered = self._ordered_party(token, frame)
            if ordered:  # an order to another state is a demand on it, not its act: coded as "demanded that"
                demand = self.predicates.frames.get("demand")
                asked = frame_code(demand, match.pattern.code) if demand and match else None
                code = asked or frame.addressed_default
            refrain = frame.default is not None and is_negated((complement,))
            if refrain:  # "warned Taiwan not to declare independence" warns; CAMEO codes no "demand not to"
                code = frame.default
            if code is None:
                continue
            # the complement is asked for, promised or refused, not done: none of it is an event itself
            self.suppressed.add(token.i)
            self.suppressed.update(t.i for t in complement.subtree)
            if match is not None and match.object_noun is not None:
                self.consumed.add(match.object_noun.i)
            doer = token.head if token.pos_ == "ADJ" else token
            source_heads, inherited = self._subject_heads(doer)
            if not source_heads and frame.how == "intent" and is_passive(doer) and code.startswith("036"):
                # "the Russian president is expected to meet …": a scheduled meeting is the doer's; other
                # acts "expected" of someone are forecasts ("North Korea is expected to launch a missile")
                source_heads, inherited = passive_subjects(doer), True
            sources = self._actors(source_heads)
            if ordered:
                targets = ordered
            elif frame.addressee:
                targets = self._addressees(token, complement)
            else:
                targets = self._verb_targets(complement, match, sources)
            if frame.how == "intent" and match is not None:  # a show of force aimed at an adversary threatens
                code = posture_intent_code(
                    code, match.pattern.code, complement, targets, self.predicates.words
                )
            triggers = (token, *(match.tokens if match else (complement,)))
            confidence = BASE_CONFIDENCE["frame"] * (0.85 if inherited else 1.0)
            candidate = Candidate(code, triggers, sources, targets, frame.how, confidence, is_negated((token,)))
            candidate.symmetric = frame.symmetric
            candidate = self._finish(candidate, token)
            if refrain:  # the frame word's own negation only: a warning not to act is no negated warning
                candidate.negated = is_negated((token,))
            found.append(candidate)
        return found

    def _noun_frames(self) -> list[Candidate]:
        """Frame nouns with their infinitive, as the object of a verb that makes them the doer's own:
        "announced plans to send troops to Syria" (intent, 0312), "issued a threat to impose sanctions"
        (1312), "made an offer to mediate" (039). Only a complement that codes makes an event."""
        found = []
        heads = self.predicates.words("frame_noun_heads")
        for noun in self.sentence:
            frame = self.predicates.noun_frames.get(noun.lemma_.lower()) if noun.pos_ in NOUN_POS else None
            if frame is None:
                continue
            verb = noun.head
            complement = _noun_complement(noun, frame.addressee)
            if complement is not None and self._phone_call(noun) and not _that_clause(complement):
                continue  # "made a call to Erdogan to offer condolences" (only "a call on Y to …" appeals)
            owned = noun.dep_ == "dobj" and verb.lemma_.lower() in heads and verb.i not in self.suppressed
            if not owned or in_background_clause(verb):
                if frame.addressee and complement is not None:
                    # "rejected the demand that it allow inspectors in": what was asked is not done
                    self.suppressed.update(t.i for t in complement.subtree)
                continue
            if complement is None:
                match = self._sought(noun) if frame.addressee else None
                code = match.pattern.code if match else None
            else:
                match = self._complement_match(complement)
                if match is None and not frame.addressee:
                    continue  # an intent or threat codes only what it names; a demand on a party is one anyway
                code = frame_code(frame, match.pattern.code if match else None)
            if code is None:
                continue
            asked = list(complement.subtree) if complement is not None else []
            self.suppressed.update({verb.i, noun.i, *(t.i for t in asked)})
            if match is not None and match.object_noun is not None:
                self.consumed.add(match.object_noun.i)
            owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            source_heads, inherited = (owners, False) if owners else self._subject_heads(verb)
            sources = self._actors(source_heads)
            if complement is None:  # "its demand on Israel for a withdrawal"; else the deep target
                targets = self._actors([p for c in noun.children if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS
                                        for p in c.children if p.dep_ == "pobj"])
            elif frame.addressee:  # "renewed its demand that NATO halt …", "its call on Russia to withdraw"
                targets = self._addressees(noun, complement)
            else:
                targets = self._verb_targets(complement, match, sources)
            denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)  # "had no plans to meet"
            words = match.tokens if match else (complement,) if complement is not None else ()
            triggers = tuple(sorted({verb, noun, *words}, key=lambda t: t.i))
            candidate = Candidate(code, triggers, sources, targets, frame.how,
                                  BASE_CONFIDENCE["frame"] * (0.85 if inherited else 1.0),
                                  denied or is_negated((verb,)))
            candidate.symmetric = frame.symmetric
            found.append(self._finish(candidate, verb))
        return found

    def _complement_match(self, complement: Token) -> Match | None:
        """The pattern a frame's complement matches, read as the verb stage would read it."""
        patterns = self.predicates.verb_patterns(complement.lemma_.lower(), complement.lower_)
        match = match_verb(complement, patterns, self._is_actor) if patterns else None
        if match is None:
            match = self._light_verb_object(complement)  # "agreed to undertake joint exercises"
        return None if match is not None and self._no_force(complement, match) else match

    def _sought(self, noun: Token) -> Match | None:
        """What a demand or appeal noun asks for, read as its verb's object: "its demand for a full
        withdrawal" as "demanded a full withdrawal" (1056), "its call for a ceasefire" as "called for a
        ceasefire" (0256). Without a pattern that names the thing sought it is no frame event."""
        lemma = noun.lemma_.lower()
        patterns = [
            p if p.particles else replace(p, particles=("for",), object_prep="for")
            for p in self.predicates.verb_patterns(SOUGHT_VERBS.get(lemma, lemma), lemma)
            if p.objects and p.particles in ((), ("for",))
        ]
        return match_verb(noun, patterns, self._is_actor) if patterns else None

    def _obligation(self, verb: Token, frame: Frame) -> list[Candidate]:
        """Speech that lays an obligation on another party demands or appeals (``frames.yaml`` ``modals``):
        "Ukraine said Russia must withdraw its troops" → 1056, "said Iran should free them" → 0253, "Biden
        told Netanyahu to halt the offensive" → 1056. Only a coded act of another party counts: "Germany
        said it must spend more" states a policy, "said Russia must have known" infers."""
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in VERB_POS), None)
        found = _obligation_of(verb, clause, frame.modals) if clause is not None else None
        if clause is None or found is None or is_negated((found[1],)):
            return []
        name, act = found
        sources = self._actors(self._subject_heads(verb)[0])
        targets = [t for t in self._obliged(verb, clause) if not any(_own_side(s, t) for s in sources)]
        patterns = self.predicates.verb_patterns(act.lemma_.lower(), act.lower_)
        match = match_verb(act, patterns, self._is_actor) if patterns else None
        if match is not None and self._no_force(act, match):
            match = None
        frame = self.predicates.frames[name]
        code = frame_code(frame, match.pattern.code) if match else self._uncoded_instruction(verb, act, frame, targets)
        if not any(s.code for s in sources) or not targets or code is None:
            return []
        self.suppressed.add(verb.i)
        self.suppressed.update(t.i for t in clause.subtree)
        if match is not None and match.object_noun is not None:
            self.consumed.add(match.object_noun.i)
        triggers = (verb, *match.tokens) if match else (verb, act)
        candidate = Candidate(code, triggers, sources, targets, frame.how, BASE_CONFIDENCE["frame"])
        return [self._finish(candidate, verb)]

    def _uncoded_instruction(self, verb: Token, act: Token, frame: Frame, targets: list[ActorMention]) -> str | None:
        """An instruction to a state or body whose act codes nothing is still a demand on it (CAMEO 100,
        "all demands not otherwise specified"): "told China to stop interfering in Hong Kong". Ending a
        coded act is yielding ("told Russia to stop shelling Kharkiv" → 1056). Only "told X to …" counts
        (a modal may state a view), and only a party that is a state, its government or an organisation
        ("told reporters to leave the room" instructs no party)."""
        ceased = self._ceased(act)
        if ceased is not None:
            return frame_code(frame, ceased)
        told = act.head == verb and has_to(act)
        if not told or frame.how != "demand":  # "says WHO needs to do its job" states a view; a wish appeals
            return None
        if not targets or not all(_a_party(t) for t in targets):
            return None
        return frame.default

    def _drop_complement(self, verb: Token, frame: Frame) -> None:
        """A frame in a background clause is not coded, and what it asks, promises or refuses is not done
        either: "Syria, which has demanded that Israel withdraw, rejected the offer" codes no withdrawal. A
        frame of modals alone ("officials, who said …") reports speech, whose content stays readable."""
        complement = self._complement(verb, frame.complement_deps) if frame.codes else None
        if complement is not None and not claims_a_fact(verb, complement):
            self.suppressed.update(t.i for t in complement.subtree)

    def _told(self, verb: Token, frame: Frame) -> bool:
        """The frame verb's object is the party it addresses ("pressed the rebels to …")."""
        return frame.addressee and any(
            c.dep_ in ("dobj", "dative") and self._is_actor(c) for c in verb.children
        )

    def _no_force(self, verb: Token, match: Match) -> bool:
        """The verb stage's checks: a military context, force aimed at a target of force, the verb's sense
        ("wants to go to war" is no visit, "does not want to call it torture" no phone call), a partner."""
        size = len(match.tokens)
        return (
            lacks_context(verb, self.predicates)
            or misused_force(verb, match, self.predicates, self._is_actor)
            or labels_object(verb, size)
            or wrong_sense(verb, match.pattern, size, self.predicates)
            or talks_alone(verb, size, self._is_actor)
        )

    def _obliged(self, verb: Token, clause: Token) -> list[ActorMention]:
        """The party a reported obligation falls on: the clause's subject ("told reporters that Ukraine must
        withdraw"); the one told when there is none or a pronoun ("told Israel to …", "told Israel it must …")."""
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if any(s.pos_ != "PRON" for s in subjects):
            return self._actors(subjects)
        if any(s.lower_ in ("i", "we") for s in subjects):
            return []  # "we must mobilise," the premier told RTL: the speaker's own duty
        return self._addressees(verb, clause)

    def _phone_call(self, verb: Token) -> bool:
        """A phone call with a purpose ("called Erdogan to offer condolences") is no appeal; only "called
        on/upon Y to …" is (``frames.yaml`` ``grammar``: ``appeal_needs_on``)."""
        if verb.lemma_.lower() not in self.predicates.words("appeal_needs_on"):
            return False
        if any(c.dep_ == "advcl" and _for_to(c) for c in verb.children):
            return False  # "called for Russia to withdraw its troops"
        return not any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in verb.children)

    def _ordered_party(self, frame_verb: Token, frame: Frame) -> list[ActorMention]:
        """A foreign state that another orders to act ("the court ordered Israel to prevent …"): the order is
        a demand on it. One's own forces ("ordered its troops to withdraw") are no such party."""
        if frame.addressed_default is None:
            return []
        heads = [c for c in frame_verb.children if c.dep_ in ("dobj", "dative")]
        parties = [a for a in self._actors(heads) if a.country is not None and len(a.code or "") == 3]
        own = {a.country for a in self._actors(self._subject_heads(frame_verb)[0])}
        return [a for a in parties if a.country not in own]

    def _addressees(self, frame_verb: Token, complement: Token) -> list[ActorMention]:
        heads = [c for c in frame_verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]  # "was urged to"
        preps = ADDRESSEE_PREPS | {"with"} if frame_verb.lemma_.lower() in PLEADING_VERBS else ADDRESSEE_PREPS
        heads += [
            p
            for c in frame_verb.children
            if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children
            if p.dep_ == "pobj"
        ]
        heads += [c for c in complement.children if c.dep_ in ("nsubj", "nsubjpass")]
        if complement.pos_ not in VERB_POS:  # "that the government resign" read as a noun compound
            heads += [c for c in complement.children if c.dep_ == "compound" and c.i < complement.i]
        return next((a for a in (self._actors([h]) for h in heads) if a), [])


def _noun_complement(noun: Token, addressed: bool) -> Token | None:
    """The act a frame noun names: its infinitive ("plans to send troops"); for a demand or appeal also a
    that-clause ("its demand that NATO halt its expansion") or an infinitive the parse hangs on the verb
    after the party addressed ("renewed its call on Russia to withdraw")."""
    complement = next((c for c in noun.children if c.dep_ == "acl" and _infinitive(c)), None)
    if complement is not None or not addressed:
        return complement
    that = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _that_clause(c)), None)
    if that is not None:
        return that
    if not any(c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS for c in noun.children):
        return None
    return next((c for c in noun.head.children if c.dep_ == "advcl" and c.i > noun.i and _infinitive(c)), None)


def _that_clause(clause: Token) -> bool:
    """A that-clause with its own subject: "that NATO halt its expansion"."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    marked = marked and not any(c.lower_ == "so" for c in clause.children)  # "so that": a purpose
    return marked and _is_clause(clause) and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _infinitive(clause: Token) -> bool:
    """A "to" infinitive: "plans to send troops"."""
    return clause.pos_ in VERB_POS and has_to(clause)


def _mistagged_verb(token: Token) -> bool:
    """A verb the tagger took for a noun but the parser did not: it has a subject ("Russia and Turkey
    plan to meet", where "plan" is tagged NN)."""
    return token.pos_ == "NOUN" and any(child.dep_ == "nsubj" for child in token.children)


def _is_clause(token: Token) -> bool:
    """A verb, or a that-clause whose verb the tagger read as a noun ("demanded that the government
    resign": a subjunctive after a demand looks like a noun compound)."""
    return token.pos_ in VERB_POS or any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _obligation_of(verb: Token, clause: Token, modals: Mapping[str, str]) -> tuple[str, Token] | None:
    """The frame a reported clause's modal names, and the act it governs: "must withdraw", "has to end",
    "should release"; an infinitive after the verb's object or with its own subject asks that party to act
    ("told Israel to allow …", "wants Israel to allow …": key ``to``). A perfect ("must have known")
    infers, it obliges no one; a passive ("should be prosecuted") obliges someone unnamed, not its subject."""
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    if any(a.lemma_.lower() == "have" for a in auxes) or is_passive(clause):
        return None
    if any(a.lower_ == "to" for a in auxes):
        told = any(c.dep_ in ("dobj", "dative") and c.i < clause.i for c in verb.children)
        told = told or any(c.dep_ == "nsubj" for c in clause.children)  # "wants Israel to allow …"
        return (modals["to"], clause) if told and "to" in modals else None
    modal = next((modals[a.lower_] for a in auxes if a.lower_ in modals), None)
    if modal is not None:
        return modal, clause
    inner = next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS), None)
    if inner is not None and not is_passive(inner) and clause.lemma_.lower() in modals:  # "has to end"
        return modals[clause.lemma_.lower()], inner
    return None


def _for_to(clause: Token) -> bool:
    """A for-to clause: "(called) for Russia to withdraw"."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and has_to(clause)


def _own_side(source: ActorMention, target: ActorMention) -> bool:
    """A state that says it, its government or its forces must act states a policy and demands nothing."""
    if source.code == target.code:
        return True
    state = (None, "", "GOV", "MIL", "COP", "SPY", "JUD", "LEG")
    if source.role not in state or target.role not in state:
        return False
    return source.country == target.country  # both countryless: "the president told the army to …"


def _a_party(actor: ActorMention) -> bool:
    """A state, its government or forces, or an international body: a party a demand can be made on."""
    code = actor.code or ""
    if code.startswith("IGO"):
        return True
    return actor.country is not None and code[:3] == actor.country and actor.role in PARTY_ROLES


def _polite_request(complement: Token) -> bool:
    """"asked if he could visit Moscow" asks for the visit; "asked whether …" only asks."""
    return any(c.dep_ == "mark" and c.lower_ == "if" for c in complement.children)


def _infinitive_after(token: Token, told: bool = False) -> Token | None:
    """A to-infinitive that the parse hangs from a frame word as an adverbial clause, a date or place
    coming between ("agreed on the 18th of March to ratify the treaty"): a frame word's infinitive is
    its complement, not a purpose; after an object it is one ("demanded a ceasefire to allow …") unless
    the object is the party ``told`` to act ("pressed the rebels to free the hostages")."""
    if not told and any(c.dep_ in ("dobj", "dative") for c in token.children):
        return None
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "advcl"
            and c.i > token.i
            and c.pos_ in VERB_POS
            and has_to(c)
        ),
        None,
    )


# CAMEO 138 "threaten with military force", 137 "threaten with repression"
POSTURE_THREAT, REPRESSION_THREAT = "138", "137"
SENT_TROOPS = "074"  # "send troops": a deployment that protects, unless the text aims it at someone


def posture_intent_code(
    code: str,
    complement_code: str | None,
    complement: Token,
    targets: list[ActorMention],
    words: Callable[[str], frozenset[str]],
) -> str:
    """An intended show of force (an intent code from a 15x complement, or troops sent "against" someone)
    aimed at an adversary is a threat, not intent to cooperate militarily: "vowed to mobilise its army
    against the South" → 138, "plans to deploy police against protesters" → 137. A deployment to a state
    or to defend it stays 0312 (or 0334)."""
    posture = bool(complement_code) and str(complement_code).startswith("15")
    if not (posture or complement_code == SENT_TROOPS) or not code.startswith("03"):
        return code
    aimed = [t for t in targets if _aimed_at(t, complement, words, by_role=posture)]
    if not aimed:
        return code
    crowds = words("posture_crowd_roles")
    return REPRESSION_THREAT if any(_role_codes(t) & crowds for t in aimed) else POSTURE_THREAT


def _role_codes(actor: ActorMention) -> set[str]:
    """The actor's roles in lowercase, as the word lists are: "IRNCVL" → {"cvl"}."""
    return {role.lower() for role in actor_roles(actor)}


def _aimed_at(target: ActorMention, complement: Token, words: Callable[[str], frozenset[str]], by_role: bool) -> bool:
    """The target is the adversary of the show of force: an armed group or a crowd (``by_role``), or a
    party reached through "against", "toward" or a border ("the border with Ukraine", "the Syrian
    border"); not a party the force is sent to help ("to defend Estonia")."""
    heads = [t for t in complement.subtree if target.start <= t.idx < target.end]
    paths = [[a for a in (h, *h.ancestors) if a.i != complement.i and complement.is_ancestor(a)] for h in heads]
    if any(a.lemma_.lower() in words("helping_verbs") for path in paths for a in path):
        return False
    if by_role and _role_codes(target) & words("posture_adversary_roles"):
        return True
    return any(
        a.lower_ in words("posture_aim_preps") or a.lemma_.lower() in words("border_words")
        for path in paths
        for a in path
    )
