"""Nominal events: "talks between Israel and Hamas", "Russian airstrikes on Aleppo".

A noun is an event only where a clause makes it happen (a headline or root, the object of "held", the
subject of "killed"); its parties come from its modifiers and prepositions, else from that clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.candidates import BASE_CONFIDENCE, Candidate
from tacitus.events.clause_actors import NOUN_POS, TALKS_CODES, VERB_POS, ArgumentReader
from tacitus.events.dictionary import Pattern
from tacitus.events.flags import DATE_ENTITIES, figurative_force, in_background_clause, is_background
from tacitus.events.matching import match_noun
from tacitus.events.modifiers import modifier_actor, modifier_word, victim_modifier
from tacitus.record import ActorMention


class NominalReader(ArgumentReader):
    """Reads the nominal candidates of one sentence."""

    def _licensed(self, noun: Token) -> bool:
        """A nominal trigger is an event only as a headline/root, or as an argument of a verb that
        makes it happen ("held talks", "airstrikes killed …"), never as a mere mention."""
        heads = self.predicates.words("nominal_heads")
        if noun.dep_ in ("nsubj", "nsubjpass") and self._has_party_phrase(noun):
            return True  # "talks between Japan and Russia made progress", "strikes on Odesa damaged …"
        noun = self._stand_in(noun)
        if noun.dep_ == "ROOT":
            return True
        if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and noun.head.lemma_.lower() in heads:
            return True
        travel = self.predicates.words("travel_verbs") - self.predicates.words("meeting_verbs")
        if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in self.predicates.words("response_verbs"):
            return noun.head.lower_ == "with"  # "retaliated with airstrikes", not "for the attacks"
        if noun.dep_ == "pobj" and noun.head.lower_ in self.predicates.words("topic_preps_of_nominals"):
            return False  # "opened an inquiry into the killing", "cases over the shelling": the topic
        return noun.dep_ == "pobj" and (
            noun.head.head.lemma_.lower() in heads
            or (noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in travel)
        )

    def _stand_in(self, noun: Token) -> Token:
        """The measure a nominal event is counted in stands in its place in the clause: "began three days
        of military drills" is read as "began military drills"."""
        of = noun.head
        measures = self.predicates.words("measure_nouns")
        if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in measures:
            return of.head
        return noun

    def _has_party_phrase(self, noun: Token) -> bool:
        """The nominal names its parties in a prepositional phrase ("between X and Y", "on X")."""
        preps = self.predicates.words("nominal_target_preps")
        return any(
            child.dep_ == "prep"
            and child.lower_ in preps
            and any(self._party(p) for p in child.children if p.dep_ == "pobj")
            for child in noun.children
        )

    def _party(self, head: Token) -> ActorMention | None:
        """The actor of a nominal's party phrase, or the country of a place named alone ("strikes on
        Odesa" → UKR)."""
        found = self.index.in_phrase(head, self.barriers)
        if found is None and head.pos_ == "PROPN":
            found = modifier_word(head, self.index.modifier_countries, places=True)
        return found

    def _nominals(self) -> list[Candidate]:
        found = []
        for token in self.sentence:
            if token.i in self.consumed or token.i in self.suppressed or token.pos_ not in NOUN_POS:
                continue
            if token.ent_type_ in DATE_ENTITIES:
                continue  # "in early March", "the March primary": a month, no march
            patterns = self._noun_patterns(token)
            if not patterns or not self._licensed(token) or is_background(token, self.predicates):
                continue
            if in_background_clause(token.head) and token.dep_ != "ROOT":
                continue
            match = match_noun(token, patterns)
            if match is None or figurative_force(token, match.pattern.code, self.predicates):
                continue
            sources, targets = self._nominal_arguments(token, match.pattern.code)
            candidate = Candidate(
                match.pattern.code, match.tokens, sources, targets, "nominal", BASE_CONFIDENCE["nominal"]
            )
            candidate.weak_target = self.weak_target
            found.append(self._finish(candidate, token))
        return found

    def _noun_patterns(self, token: Token) -> tuple[Pattern, ...]:
        """Patterns by lemma, then by surface form ("n:drills": the lemmatizer gives "drill")."""
        lemma, form = token.lemma_.lower(), token.lower_
        found = self.predicates.nouns.get(lemma, ())
        return found + self.predicates.nouns.get(form, ()) if form != lemma else found

    def _nominal_arguments(self, noun: Token, code: str) -> tuple[list[ActorMention], list[ActorMention]]:
        source_preps = self.predicates.words("nominal_source_preps")
        target_preps = self.predicates.words("nominal_target_preps")
        symmetric = any(code.startswith(p) for p in self.predicates.words("symmetric_codes"))
        victim = None
        if any(code.startswith(p) for p in self.predicates.words("nominal_of_target_codes")):
            # "the invasion of Ukraine", "the arrest of Navalny": "of" names who suffers the act, and so
            # does a country name before it ("the Iraq invasion")
            source_preps, target_preps = source_preps - {"of"}, target_preps | {"of"}
            victim = victim_modifier(noun, self.index.modifier_countries)
        if code in self.predicates.words("nominal_from_target_codes"):
            # "its withdrawal from Lebanon": the place left is the target, not a giver ("aid from Japan")
            source_preps, target_preps = source_preps - {"from"}, target_preps | {"from"}
        if code.startswith(TALKS_CODES):  # "talks on Syria", "a meeting over the border": the topic
            target_preps = target_preps - self.predicates.words("topic_preps")
        skipped = victim.i if victim is not None else -1
        modifiers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i != skipped]
        sources = self._actors(modifiers) if modifiers else []
        if not sources and modifiers:
            modifier = modifier_actor(noun, self.index.modifier_countries)
            sources = [modifier] if modifier is not None else []
        targets: list[ActorMention] = []
        preps = list(noun.children)
        if "of" in target_preps:  # "the release of the prisoners by Israel": the parse hangs the doer on "of"
            preps += [by for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                      for obj in of.children if obj.dep_ == "pobj"
                      for by in obj.children if by.dep_ == "prep" and by.lower_ == "by"]
        if noun.dep_ in ("nsubj", "nsubjpass"):  # "fighting broke out between the army and the RSF"
            preps += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "between"]
        for child in preps:
            if child.dep_ != "prep":
                continue
            objects = [p for p in child.children if p.dep_ == "pobj"]
            if child.lower_ == "between" and objects:
                parties = self._actors(objects)
                if symmetric:
                    sources = sources or parties
                else:
                    sources, targets = sources or parties[:1], targets or parties[1:]
            elif child.lower_ in source_preps and not sources:
                sources = self._actors(objects)
            elif child.lower_ in target_preps and not targets:
                targets = self._actors(objects) or [a for a in map(self._party, objects[:1]) if a is not None]
        if victim is not None and not targets:
            targets = self._actors([victim]) or [a for a in (self._party(victim),) if a is not None]
        elif victim is not None and not sources:  # "the Russia invasion of Ukraine": the name is the doer
            named = modifier_word(victim, self.index.modifier_countries)
            sources = self._actors([victim]) or ([named] if named is not None else [])
        slot = self._stand_in(noun)  # "began two days of talks": the clause sees "days"
        if not sources and slot.dep_ in ("dobj", "attr"):
            heads, _ = self._subject_heads(slot.head)
            sources = self._actors(heads)
        elif (not sources and slot.dep_ == "pobj" and slot.head.head.pos_ in VERB_POS
              and slot.head.lower_ not in self.predicates.words("circumstance_preps")):
            heads, _ = self._subject_heads(slot.head.head)  # "visited Ankara for talks with …"
            sources = self._actors(heads)
        self.weak_target = False
        if not targets and slot.dep_ in ("dobj", "nsubj"):
            # "launched strikes on …" / "air strikes pounded the Gaza Strip": the verb's own target
            targets = self._verb_targets(slot.head, None, sources, code)
        return sources, [t for t in targets if t not in sources]
