"""Frames: "X plans to visit Y", "X urged Y to withdraw", "X agreed to undertake joint exercises".

A frame word (verb or adjective) takes an event as its complement; the complement is coded through the
frame (intent, demand, refusal …) and is not read again as an event of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.candidates import BASE_CONFIDENCE, Candidate, frame_code
from tacitus.events.clause_actors import NOUN_POS, VERB_POS, ArgumentReader
from tacitus.events.dictionary import Frame
from tacitus.events.flags import in_background_clause, is_negated, is_protest_aim
from tacitus.events.matching import Match, match_noun, match_verb
from tacitus.record import ActorMention

ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})


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

    def _complement(self, token: Token, deps: tuple[str, ...]) -> Token | None:
        """The event a frame word takes, looking through aspect verbs ("pledged to keep giving aid")."""
        complement = next((c for c in token.children if c.dep_ in deps and _is_clause(c)), None)
        if complement is None:
            complement = _infinitive_after(token)
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

    def _frame_of(self, token: Token) -> Frame | None:
        lemma = token.lemma_.lower()
        if token.pos_ in VERB_POS:
            return self.predicates.verb_frames.get(lemma)
        if token.pos_ == "ADJ":
            return self.predicates.adjective_frames.get(lemma)
        return None

    def _frames(self) -> list[Candidate]:
        found = []
        for token in self.sentence:
            frame = self._frame_of(token)
            if frame is None or token.i in self.suppressed or in_background_clause(token):
                continue
            if is_protest_aim(token, self.predicates):
                continue  # "rallied …, calling for his resignation": the protest carries its aim
            if self._phone_call(token):
                continue
            complement = self._complement(token, frame.complement_deps)
            if complement is None:
                continue
            patterns = self.predicates.verb_patterns(complement.lemma_.lower(), complement.lower_)
            match = match_verb(complement, patterns, self._is_actor) if patterns else None
            if match is None:
                match = self._light_verb_object(complement)  # "agreed to undertake joint exercises"
            code = frame_code(frame, match.pattern.code if match else None)
            ordered = self._ordered_party(token, frame)
            if ordered:  # an order to another state is a demand on it, not its act
                code = frame.addressed_default
            if code is None:
                continue
            # the complement is asked for, promised or refused, not done: none of it is an event itself
            self.suppressed.add(token.i)
            self.suppressed.update(t.i for t in complement.subtree)
            if match is not None and match.object_noun is not None:
                self.consumed.add(match.object_noun.i)
            doer = token.head if token.pos_ == "ADJ" else token
            source_heads, inherited = self._subject_heads(doer)
            sources = self._actors(source_heads)
            if ordered:
                targets = ordered
            elif frame.addressee:
                targets = self._addressees(token, complement)
            else:
                targets = self._verb_targets(complement, match, sources)
            triggers = (token, *(match.tokens if match else (complement,)))
            confidence = BASE_CONFIDENCE["frame"] * (0.85 if inherited else 1.0)
            candidate = Candidate(code, triggers, sources, targets, frame.how, confidence, is_negated((token,)))
            candidate.symmetric = frame.symmetric
            found.append(self._finish(candidate, token))
        return found

    def _phone_call(self, verb: Token) -> bool:
        """A phone call with a purpose ("called Erdogan to offer condolences") is no appeal; only "called
        on/upon Y to …" is (``frames.yaml`` ``grammar``: ``appeal_needs_on``)."""
        if verb.lemma_.lower() not in self.predicates.words("appeal_needs_on"):
            return False
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
        heads += [
            p
            for c in frame_verb.children
            if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS
            for p in c.children
            if p.dep_ == "pobj"
        ]
        heads += [c for c in complement.children if c.dep_ in ("nsubj", "nsubjpass")]
        if complement.pos_ not in VERB_POS:  # "that the government resign" read as a noun compound
            heads += [c for c in complement.children if c.dep_ == "compound" and c.i < complement.i]
        return next((a for a in (self._actors([h]) for h in heads) if a), [])


def _is_clause(token: Token) -> bool:
    """A verb, or a that-clause whose verb the tagger read as a noun ("demanded that the government
    resign": a subjunctive after a demand looks like a noun compound)."""
    return token.pos_ in VERB_POS or any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _infinitive_after(token: Token) -> Token | None:
    """A to-infinitive that the parse hangs from a frame word as an adverbial clause, a date or place
    coming between ("agreed on the 18th of March to ratify the treaty"): a frame word's infinitive is
    its complement, not a purpose; after an object it is one ("demanded a ceasefire to allow …")."""
    if any(c.dep_ in ("dobj", "dative") for c in token.children):
        return None
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "advcl"
            and c.i > token.i
            and c.pos_ in VERB_POS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
