"""Verbs and predicative adjectives: "Russia attacked Georgia", "Iran was pessimistic about …".

The trigger's code is refined by its weapon ("warplanes struck" → 195) and by a stated future
("will strike" → 138, "would not halt" → 124).
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.candidates import BASE_CONFIDENCE, Candidate, prefix_code
from tacitus.events.clause_actors import NOUN_POS, VERB_POS, ArgumentReader
from tacitus.events.dictionary import Pattern
from tacitus.events.flags import (
    adjective_sense,
    asks_question,
    describes_a_noun,
    in_background_clause,
    is_counterfactual,
    is_detail_clause,
    is_negated,
    is_stative_passive,
    labels_object,
    lacks_context,
    military_word,
    stopping_verb,
)
from tacitus.events.frames import posture_intent_code
from tacitus.events.matching import ACTOR_OBJECT, Match, compound_lemma, hyphen_tokens, match_verb
from tacitus.events.modifiers import modifier_word
from tacitus.events.senses import (
    backs_an_act_against,
    goes_back,
    helps_as_a_thing,
    misused_force,
    recognizes_no_one,
    talks_alone,
    words_as_force,
    wrong_sense,
)
from tacitus.record import ActorMention


class VerbReader(ArgumentReader):
    """Reads the verb and adjective candidates of one sentence."""

    def _names_a_party(self, token: Token) -> bool:
        """An actor mention or a country word ("Palestinian statehood")."""
        return self._is_actor(token) or modifier_word(token, self.index.modifier_countries) is not None

    def _verbs(self) -> list[Candidate]:
        found = []
        for token in self.sentence:
            if token.i in self.suppressed or not (token.pos_ in VERB_POS or self._predicative(token)):
                continue
            patterns, whole = self._patterns(token)
            if not patterns or in_background_clause(token) or is_detail_clause(token, self.predicates):
                continue
            if lacks_context(token, self.predicates) or is_stative_passive(token):
                continue
            if describes_a_noun(token):
                continue  # "pledged delegates", "the elected officials"
            match = match_verb(token, patterns, self._is_actor)
            if match is not None and whole:  # the trigger is the whole hyphenated verb ("test-fired")
                match = Match(match.pattern, (*hyphen_tokens(token), *match.tokens), match.object_noun)
            if match is None or misused_force(token, match, self.predicates, self._is_actor):
                continue  # "fought the fire", "killed the bill", "fired his chief of staff"
            if asks_question(token, match.pattern.code):
                self.suppressed.update(t.i for c in token.children if c.dep_ == "ccomp" for t in c.subtree)
                continue  # the question's content is not asserted either
            if labels_object(token, len(match.tokens)):
                continue
            if adjective_sense(token, match.pattern.code):
                continue
            if wrong_sense(token, match.pattern, len(match.tokens), self.predicates):
                continue  # "demonstrated a deficiency", "went to great lengths": another sense of the verb
            if talks_alone(token, len(match.tokens), self._is_actor):
                continue  # "he would not discuss the charges": a topic, no one consulted
            if len(match.tokens) == 1 and helps_as_a_thing(token, match.pattern.code, self._is_actor):
                continue
            if goes_back(token, match.pattern.code):
                continue  # "she returns to the Senate": no property handed back
            if len(match.tokens) == 1 and recognizes_no_one(token, match.pattern.code, self._names_a_party):
                continue  # "recognized that …", "recognizes the importance of …"
            if match.object_noun is not None:
                self.consumed.add(match.object_noun.i)
                # what one is accused of or denies is described, not asserted ("accused Iran of attacking")
                self.suppressed.update(_described(match.object_noun))
            doer = token.head if token.pos_ == "ADJ" and token.dep_ == "acomp" else token
            source_heads, inherited = self._subject_heads(doer)
            if ACTOR_OBJECT in match.pattern.objects and not self._doer_fits(token, source_heads):
                continue
            if self._happening_subject(source_heads):
                continue  # "the war has killed 370,000": the happening is coded (if at all) as a nominal
            how = "verb+object" if match.pattern.objects else "verb"
            confidence = BASE_CONFIDENCE[how] * (0.85 if inherited else 1.0)
            code = self._instrument_code(doer, source_heads, match.pattern.code)
            code, refused = self._future_code(doer, code)
            sources = self._actors(source_heads)
            targets = self._verb_targets(token, match, sources) or self._contacted(token, sources)
            if code != match.pattern.code:  # a stated future show of force aimed at an adversary threatens
                code = posture_intent_code(code, match.pattern.code, token, targets, self.predicates.words)
            if words_as_force(code, sources, targets, token, self.predicates):
                continue
            candidate = Candidate(code, match.tokens, sources, targets, how, confidence)
            candidate.weak_target = self.weak_target
            candidate = self._finish(candidate, token)
            # a deep target too: "backed sanctions against Russia" does not back Russia
            candidate.targets = [
                t for t in candidate.targets if not backs_an_act_against(token, code, t, self.predicates)
            ]
            candidate.negated = candidate.negated and not refused  # "would not halt" is a refusal, not a non-event
            self._de_escalation(candidate, token)
            found.append(candidate)
        return found

    def _patterns(self, token: Token) -> tuple[tuple[Pattern, ...], bool]:
        """The verb's patterns, or the whole hyphenated verb's where they would misread it ("test-fired" is
        ``test-fire``, not ``fire``); the flag says they are the whole verb's. A hyphenated verb whose last
        word is no event verb stays unread, as the frames read it ("urged Beijing to de-escalate")."""
        own = self.predicates.verb_patterns(token.lemma_.lower(), token.lower_)
        whole = compound_lemma(token)
        if own and whole is not None and whole in self.predicates.verbs:
            return self.predicates.verbs[whole], True
        return own, False

    def _de_escalation(self, candidate: Candidate, verb: Token) -> None:
        """Force one stops is de-escalation (CAMEO 087), no negated attack: "the army stopped shelling the
        villages", "ceased firing on the town". Stopping other acts is left a negated event."""
        stop = stopping_verb(verb)
        if stop is None or candidate.code[:2] not in self.predicates.words("cessation_force_roots"):
            return
        candidate.code, candidate.triggers = "087", (stop, *candidate.triggers)
        candidate.negated = is_negated((stop,))

    def _contacted(self, verb: Token, sources: list[ActorMention]) -> list[ActorMention]:
        """The purpose of a contact is aimed at the one contacted: "called Erdogan to offer his
        condolences", "wrote to Putin to express regret" (``contact_verbs``)."""
        head = verb.head
        if verb.dep_ not in ("xcomp", "advcl") or head.lemma_.lower() not in self.predicates.words("contact_verbs"):
            return []
        heads = [c for c in head.children if c.dep_ == "dobj"]
        heads += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
        return [a for a in self._actors(heads) if a not in sources]

    def _doer_fits(self, verb: Token, source_heads: list[Token]) -> bool:
        """Some verbs are an event only when forces do them to a place: troops that "left" a country withdrew."""
        if verb.lemma_.lower() not in self.predicates.words("force_subject_verbs"):
            return True
        return any(military_word(h, self.predicates) for h in source_heads)

    @staticmethod
    def _predicative(token: Token) -> bool:
        """An adjective used as a predicate ("was pessimistic about …"), not as a modifier."""
        return token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT", "xcomp", "oprd")

    def _future_code(self, verb: Token, code: str) -> tuple[str, bool]:
        """A stated future action is intent or threat: "Berlin will send tanks" → 0332, "will strike" → 138;
        a refused one is a refusal: "Iran would not halt enrichment" → 124. Returns (code, refused)."""
        future = self.predicates.words("future_aux")
        if is_counterfactual(verb) or not any(c.dep_ == "aux" and c.lower_ in future for c in verb.children):
            return code, False  # "would not have backed her" imagines the past, it refuses nothing
        refusal = self.predicates.frames.get("refusal")
        if refusal is not None and is_negated((verb,)):
            mapped = prefix_code(refusal, code)
            if mapped is not None:
                return mapped, True
        for name in ("intent", "threat"):
            frame = self.predicates.frames.get(name)
            mapped = prefix_code(frame, code) if frame else None
            if mapped is not None:
                return mapped, False
        return code, False

    def _happening_subject(self, heads: list[Token]) -> bool:
        """The doer is a happening (war, explosion, wildfire), not an actor."""
        events = self.predicates.words("event_nouns")
        nouns = self.predicates.nouns
        return any(
            h.pos_ in NOUN_POS | VERB_POS
            and self._names_no_doer(h)
            and any(w in events or w in nouns for w in (h.lemma_.lower(), h.lower_, h.lower_.removesuffix("s")))
            for h in heads
        )

    def _names_no_doer(self, head: Token) -> bool:
        """The word is no actor, or one only by its place ("Wildfires in Los Angeles" is no doer)."""
        actor = self.index.by_token.get(head.i)
        if actor is None:
            return True
        rest = actor.text.lower().removeprefix(head.lower_).split()
        return actor.start == head.idx and bool(rest) and rest[0] in self.predicates.words("place_preps")

    def _instrument_code(self, verb: Token, subjects: list[Token], code: str) -> str:
        """A more specific fight code from the weapon: "warplanes struck …" → 195, "shelled with tanks" → 194."""
        table = self.predicates.instruments.get(code[:2])
        if not table or len(code) > 3 or code[2] != "0":
            return code  # only the root's base code is refined; a specific code already says more
        # modifiers first: "suicide bomber" is a suicide bombing, not an air strike
        words = [
            t
            for head in subjects
            for t in (*head.children, head)
            if t.dep_ in ("compound", "amod", "nsubj", "nsubjpass", "pobj")
        ]
        words += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
        for token in words:
            found = table.get(token.lemma_.lower()) or table.get(token.lower_)
            if found:
                return found
        return code


def _described(noun: Token) -> set[int]:
    """Tokens of an object phrase that only describe it, leaving out relative clauses that narrate
    ("a visit to the summit, where he met …")."""
    found: set[int] = set()
    stack = [noun]
    while stack:
        token = stack.pop()
        found.add(token.i)
        stack.extend(c for c in token.children if c.dep_ != "relcl")
    return found
