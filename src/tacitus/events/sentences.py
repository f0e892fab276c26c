"""Event candidates of one parsed sentence: frames first, then verbs and adjectives, then nominals."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tacitus.events.arguments import (
    SUBJECT_DEPS,
    ActorIndex,
    agent_heads,
    is_passive,
    object_heads,
    subject_heads,
)
from tacitus.events.candidates import BASE_CONFIDENCE, Candidate, frame_code, prefix_code
from tacitus.events.deep_targets import deep_target, wants_deep_target
from tacitus.events.dictionary import Frame, PredicateDictionary
from tacitus.events.flags import (
    clause_chain,
    in_background_clause,
    is_background,
    is_detail_clause,
    is_hypothetical,
    is_negated,
    is_protest_aim,
    is_reported,
    lacks_context,
)
from tacitus.events.groups import group_members, group_mention, is_group
from tacitus.events.matching import ACTOR_OBJECT, Match, match_noun, match_verb
from tacitus.events.modifiers import modifier_actor, modifier_word
from tacitus.record import ActorMention

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
OBJECT_PRONOUNS = frozenset({"it", "them"})


class SentenceReader:
    """Reads the candidates of one sentence; holds the per-sentence bookkeeping of used tokens."""

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

    def read(self) -> list[Candidate]:
        found = self._frames()
        found += self._verbs()
        found += self._nominals()
        return found

    # --- arguments -----------------------------------------------------------------------------
    def _is_actor(self, token: Token) -> bool:
        """The word itself (not something inside its phrase) names an actor: "welcomed Putin" vs
        "welcomed the summit between …"."""
        return token.i in self.index.by_token

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
            if head.lemma_.lower() in country_nouns and any(c.lower_ == "the" for c in head.children):
                # "the kingdom would invest …" in a speaker's words is the speaker's own state
                return [a for a in self._antecedent(head) if a.country]
        # a noun that names no actor, owned or modified by a country word: "Israeli tanks shelled …"
        modified = [modifier_actor(head, self.index.modifier_countries) for head in heads if head.pos_ in NOUN_POS]
        return [actor for actor in modified if actor is not None][:1]

    def _antecedent(self, pronoun: Token) -> list[ActorMention]:
        """An unresolved subject pronoun stands for the subject of the clause that embeds its own
        ("Finland said it intends to …" → Finland). The actors stage's coreference, when it resolved
        the pronoun, comes first."""
        chain = list(clause_chain(pronoun.head))
        for clause in chain[1:]:
            heads = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
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
        self, verb: Token, match: Match | None, sources: list[ActorMention] | None = None
    ) -> list[ActorMention]:
        """The first candidate target that resolves to actors other than the sources."""
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
        topics = self.predicates.words("topic_verbs")
        places = self.predicates.words("place_preps") | self.last_preps
        instruments = {w for table in self.predicates.instruments.values() for w in table}
        for head in object_heads(verb, target_preps, self.default_preps, noun, last_preps, topics, self.index.by_token):
            if head.dep_ == "pobj" and head.head.lower_ == "with" and head.lemma_.lower() in instruments:
                continue  # "attacked ships with drones and missiles": the weapon, not the target
            actors = [a for a in self._actors([head]) if id(a) not in blocked_actors and a.code not in excluded]
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
        if not candidate.targets and candidate.code.startswith("14"):
            candidate.targets = self._custodian(candidate.sources)
        if not candidate.targets and wants_deep_target(candidate, self.predicates):
            candidate.targets = deep_target(anchor, candidate.sources, self.index, self.predicates, candidate.code)
        if candidate.code not in self.predicates.words("no_negation_codes"):  # "had no comment" is 011 itself
            candidate.negated = candidate.negated or is_negated(candidate.triggers)
        candidate.hypothetical = is_hypothetical(anchor, self.predicates)
        if is_reported(anchor, self.predicates):
            candidate.confidence *= 0.9
            candidate.how = "reported" if candidate.how in ("verb", "verb+object") else candidate.how
        return candidate

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

    def _future_code(self, verb: Token, code: str) -> tuple[str, bool]:
        """A stated future action is intent or threat: "Berlin will send tanks" → 0332, "will strike" → 138;
        a refused one is a refusal: "Iran would not halt enrichment" → 124. Returns (code, refused)."""
        future = self.predicates.words("future_aux")
        if not any(c.dep_ == "aux" and c.lower_ in future for c in verb.children):
            return code, False
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
            and h.i not in self.index.by_token
            and any(w in events or w in nouns for w in (h.lemma_.lower(), h.lower_))
            for h in heads
        )

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
        complement = next((c for c in token.children if c.dep_ in deps and c.pos_ in VERB_POS), None)
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

    # --- frames: "X plans to visit Y", "X urged Y to withdraw" ---------------------------------
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
            source_heads, inherited = subject_heads(doer)
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

    def _ordered_party(self, frame_verb: Token, frame: Frame) -> list[ActorMention]:
        """A foreign state that another orders to act ("the court ordered Israel to prevent …"): the order is
        a demand on it. One's own forces ("ordered its troops to withdraw") are no such party."""
        if frame.addressed_default is None:
            return []
        heads = [c for c in frame_verb.children if c.dep_ in ("dobj", "dative")]
        parties = [a for a in self._actors(heads) if a.country is not None and len(a.code or "") == 3]
        own = {a.country for a in self._actors(subject_heads(frame_verb)[0])}
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
        return next((a for a in (self._actors([h]) for h in heads) if a), [])

    # --- verbs and adjectives: "Russia attacked Georgia", "Iran was pessimistic about …" -------
    def _verbs(self) -> list[Candidate]:
        found = []
        for token in self.sentence:
            if token.i in self.suppressed or not (token.pos_ in VERB_POS or self._predicative(token)):
                continue
            patterns = self.predicates.verb_patterns(token.lemma_.lower(), token.lower_)
            if not patterns or in_background_clause(token) or is_detail_clause(token, self.predicates):
                continue
            if lacks_context(token, self.predicates):
                continue
            match = match_verb(token, patterns, self._is_actor)
            if match is None:
                continue
            if match.object_noun is not None:
                self.consumed.add(match.object_noun.i)
                # what one is accused of or denies is described, not asserted ("accused Iran of attacking")
                self.suppressed.update(_described(match.object_noun))
            doer = token.head if token.pos_ == "ADJ" and token.dep_ == "acomp" else token
            source_heads, inherited = subject_heads(doer)
            if ACTOR_OBJECT in match.pattern.objects and not self._doer_fits(token, source_heads):
                continue
            if self._happening_subject(source_heads):
                continue  # "the war has killed 370,000": the happening is coded (if at all) as a nominal
            how = "verb+object" if match.pattern.objects else "verb"
            confidence = BASE_CONFIDENCE[how] * (0.85 if inherited else 1.0)
            code = self._instrument_code(doer, source_heads, match.pattern.code)
            code, refused = self._future_code(doer, code)
            sources = self._actors(source_heads)
            targets = self._verb_targets(token, match, sources)
            candidate = Candidate(code, match.tokens, sources, targets, how, confidence)
            candidate.weak_target = self.weak_target
            candidate = self._finish(candidate, token)
            candidate.negated = candidate.negated and not refused  # "would not halt" is a refusal, not a non-event
            found.append(candidate)
        return found

    def _doer_fits(self, verb: Token, source_heads: list[Token]) -> bool:
        """Some verbs are an event only when forces do them to a place: troops that "left" a country withdrew."""
        if verb.lemma_.lower() not in self.predicates.words("force_subject_verbs"):
            return True
        forces = self.predicates.words("military_context_words")
        return any(h.lemma_.lower() in forces or h.lower_ in forces for h in source_heads)

    @staticmethod
    def _predicative(token: Token) -> bool:
        """An adjective used as a predicate ("was pessimistic about …"), not as a modifier."""
        return token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT", "xcomp", "oprd")

    # --- nominal events: "talks between Israel and Hamas", "Russian airstrikes on Aleppo" ----
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
        travel = self.predicates.words("travel_verbs")
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
            patterns = self.predicates.nouns.get(token.lemma_.lower())
            if not patterns or not self._licensed(token) or is_background(token, self.predicates):
                continue
            if in_background_clause(token.head) and token.dep_ != "ROOT":
                continue
            match = match_noun(token, patterns)
            if match is None:
                continue
            sources, targets = self._nominal_arguments(token, match.pattern.code)
            candidate = Candidate(
                match.pattern.code, match.tokens, sources, targets, "nominal", BASE_CONFIDENCE["nominal"]
            )
            candidate.weak_target = self.weak_target
            found.append(self._finish(candidate, token))
        return found

    def _nominal_arguments(self, noun: Token, code: str) -> tuple[list[ActorMention], list[ActorMention]]:
        source_preps = self.predicates.words("nominal_source_preps")
        target_preps = self.predicates.words("nominal_target_preps")
        symmetric = any(code.startswith(p) for p in self.predicates.words("symmetric_codes"))
        if any(code.startswith(p) for p in self.predicates.words("nominal_of_target_codes")):
            # "the invasion of Ukraine", "the arrest of Navalny": "of" names who suffers the act
            source_preps, target_preps = source_preps - {"of"}, target_preps | {"of"}
        modifiers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        sources = self._actors(modifiers) if modifiers else []
        if not sources and modifiers:
            modifier = modifier_actor(noun, self.index.modifier_countries)
            sources = [modifier] if modifier is not None else []
        targets: list[ActorMention] = []
        preps = list(noun.children)
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
        slot = self._stand_in(noun)  # "began two days of talks": the clause sees "days"
        if not sources and slot.dep_ in ("dobj", "attr"):
            heads, _ = subject_heads(slot.head)
            sources = self._actors(heads)
        elif not sources and slot.dep_ == "pobj" and slot.head.head.pos_ in VERB_POS:
            heads, _ = subject_heads(slot.head.head)  # "visited Ankara for talks with …"
            sources = self._actors(heads)
        self.weak_target = False
        if not targets and slot.dep_ in ("dobj", "nsubj"):
            # "launched strikes on …" / "air strikes pounded the Gaza Strip": the verb's own target
            targets = self._verb_targets(slot.head, None, sources)
        return sources, [t for t in targets if t not in sources]


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
