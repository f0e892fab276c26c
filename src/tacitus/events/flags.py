"""Event flags read from the parse: negated, hypothetical, reported speech, background."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from tacitus.events.dictionary import PredicateDictionary

# clause links a flag travels up through ("said it would not attack": the negation is on "attack")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "pcomp"})
ORDINAL_WORDS = frozenset({"first", "second", "third", "last", "only"})  # "the first leader to visit …"
NOMINAL_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})  # a nominal event as a clause's argument
NEGATIVE_SUBJECTS = frozenset({"neither", "none", "nobody", "nothing"})  # "neither was convicted"
ARGUMENT_DEPS = frozenset({"dobj", "dative", "xcomp", "ccomp", "advcl", "nsubjpass", "agent", "oprd"})
CIRCUMSTANCE_PREPS = frozenset({"at", "during", "in", "on"})  # where or when one asked, not what for
ATTITUDE_ROOTS = frozenset({"01", "03", "11", "12"})
QUESTION_MARKS = frozenset({"whether", "if"})
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "should", "might", "must", "may", "'d"})
# "must stop arming Taiwan", "refrained from criticising": the -ing act is not done
CESSATION_VERBS = frozenset({"stop", "cease", "halt", "quit", "refrain", "discontinue"})
DEGREE_WORDS = frozenset({"enough", "too"})  # "not advanced enough to conduct an attack", "too weak to fight"
DATE_ENTITIES = frozenset({"DATE", "TIME"})  # "in early March", "March 1, 2020": a month, no march
FIGURATIVE_ROOTS = frozenset({"18", "19", "20"})  # force that can be done to an ideal in a figure
# arguments that make a participle modifying a noun a misread main verb ("Trump applauded Barr")
PARTICIPLE_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "prep", "xcomp", "ccomp"})
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DATED_PREPS = frozenset({"in", "during"})  # "in 2006", "during the 2014 war"
DATE_MODIFIER_DEPS = frozenset({"nummod", "compound", "npadvmod", "amod"})  # "the 2014 annexation"
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "relcl", "acl", "parataxis"})


def has_to(verb: Token) -> bool:
    """The verb is a "to" infinitive ("plans to send troops", "deployed troops to halt an advance")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def clause_chain(token: Token) -> Iterable[Token]:
    """The token, then the heads of the clauses it is embedded in, up to the sentence root."""
    current = token
    for _ in range(8):
        yield current
        if current.head == current or current.dep_ not in CLAUSE_DEPS:
            return
        current = current.head


def is_negated(triggers: Iterable[Token]) -> bool:
    """A ``neg`` dependent ("did not meet", "never attacked") or "no" before a nominal ("no talks"), or a
    negated verb that an "or" joins this one to ("would not defend or campaign for him")."""
    for token in triggers:
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
        if _shares_negation(token) or _no_one_did(token) or _stopped(token):
            return True
    return False


def _stopped(verb: Token) -> bool:
    """An act one stops, ceases, halts, quits or refrains from is not being done: "must stop arming Taiwan",
    "halted shelling the town", "refrained from criticising Riyadh" (a gerund after a cessation verb)."""
    return stopping_verb(verb) is not None


def stopping_verb(verb: Token) -> Token | None:
    """The cessation verb that ``verb``, a gerund, is the act of ("halted shelling the town" → halted)."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "from":
        head = head.head
    elif verb.dep_ not in ("xcomp", "dobj", "ccomp"):
        return None
    return head if head.lemma_.lower() in CESSATION_VERBS else None


def _no_one_did(verb: Token) -> bool:
    """A negative subject negates the act: "neither was convicted", "no Democrats supported it"."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.lower_ in NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ == "no" for d in s.children)
        for s in subjects
    )


def _shares_negation(verb: Token) -> bool:
    """A verb joined by "or"/"nor" to a negated verb, with no subject or auxiliary of its own, is negated
    with it; after "and" or "but" it may be a contrast ("did not attack but shelled"), so it is not."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    head = verb.head
    joined_by_or = any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children if c.i < verb.i)
    return joined_by_or and any(c.dep_ == "neg" for c in head.children)


def is_question(clause: Token) -> bool:
    """An indirect question ("whether …", "if …", "why …"): asking it wants no act done."""
    first = clause.doc[clause.left_edge.i]
    wh_word = first.tag_ in ("WRB", "WP", "WDT") and first.i < clause.i
    return wh_word or any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children)


def asks_question(verb: Token, code: str) -> bool:
    """An appeal verb that asks a question appeals for nothing: "asked whether the Times would have its
    accounts deleted", "will ask them if the manual is an impediment", "asked about reports that …", and
    a bare "…?" Cheney asked." after a quoted question."""
    if not code.startswith("02"):
        return False
    deps = {c.dep_ for c in verb.children}
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if not deps & ARGUMENT_DEPS and not preps - CIRCUMSTANCE_PREPS:
        return True  # "Pelosi asked at a news conference." asks for nothing
    if "about" in preps and not deps & {"dobj", "dative", "xcomp"}:
        return True
    return any(c.dep_ == "ccomp" and is_question(c) for c in verb.children)


def is_counterfactual(verb: Token) -> bool:
    """A modal perfect states what did not happen or is only imagined: "would have backed her", "could
    have stopped the attack"."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "have" in auxes and any(a in COUNTERFACTUAL_MODALS for a in auxes)


def is_hypothetical(trigger: Token, predicates: PredicateDictionary) -> bool:
    """A modal of possibility on the trigger ("could impose"), a conditional clause ("if Russia attacks"),
    or a head that makes the event a mere option ("considered sending troops")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        # a nominal event is as hypothetical as the clause it is an argument of ("if talks went ahead",
        # "if Iran is found to be behind the attack")
        clause = trigger.head if trigger.dep_ in NOMINAL_ARGUMENT_DEPS else _clause_of(trigger)
        if clause is not None and _hypothetical_chain(clause, predicates):
            return True
    return _hypothetical_chain(trigger, predicates)


def _clause_of(noun: Token) -> Token | None:
    """The verb of the clause a noun sits in, through prepositions ("behind the attack" → "be")."""
    for ancestor in noun.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
        if ancestor.dep_ not in ("prep", "pobj", "pcomp"):
            return None
    return None


def _hypothetical_chain(trigger: Token, predicates: PredicateDictionary) -> bool:
    auxes = predicates.words("hypothetical_aux")
    marks = predicates.words("hypothetical_mark")
    heads = predicates.words("hypothetical_heads")
    for index, token in enumerate(clause_chain(trigger)):
        if index == 0 and is_counterfactual(token):
            return True
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in auxes and index == 0:
                return True
            if child.dep_ == "mark" and child.lower_ in marks:
                return True
        if index > 0 and token.lemma_.lower() in heads:
            return True
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in token.children):
            return True
        if _talked_about(token):
            return True
    if trigger.dep_ == "pobj" and trigger.head.head.lemma_.lower() in heads:
        return True
    return False


def _talked_about(verb: Token) -> bool:
    """An act that is the subject of a clause is talked about, not reported: "killing Iranian officials could
    be a way to …", "evicting US forces is now a priority"; so is one after "enough"/"too" ("not advanced
    enough to conduct an attack")."""
    if verb.dep_ == "csubj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.pos_ == "ADJ" and any(
        c.dep_ == "advmod" and c.lower_ in DEGREE_WORDS for c in head.children
    )


def is_reported(trigger: Token, predicates: PredicateDictionary) -> bool:
    """The trigger sits in the complement of a speech verb ("X said Y attacked Z")."""
    speech = predicates.words("speech_verbs")
    for token in clause_chain(trigger):
        if token != trigger and token.lemma_.lower() in speech:
            return True
    return False


def in_background_clause(trigger: Token, predicates: PredicateDictionary | None = None) -> bool:
    """The trigger sits in a relative or participial clause that only describes a participant
    ("the bombings, which killed 250", "activists detained during the protests"); a "where"/"when" clause
    whose subject refers back to a participant narrates the story ("… Bucharest, where he met Bush"), and
    one on a text its author issued says what the text does ("adopted a resolution condemning …")."""
    current = trigger
    for _ in range(4):
        if current.dep_ == "acl" and (current.tag_ in FINITE_TAGS or current.head.dep_ == "ROOT"):
            return False  # a verb read as the modifier of a verbless sentence's noun is its misparsed main verb
        if current.dep_ in ("relcl", "acl") and _first_to(current.head.head) and current.head.dep_ == "attr":
            return False  # "became the first country to recognise South Sudan" says what it did
        if predicates is not None and voices_document(current, predicates):
            return False
        if current.dep_ in ("relcl", "acl"):
            narrated = any(c.lower_ in ("where", "when") for c in current.children if c.dep_ == "advmod") and any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in current.children
            )
            return not narrated
        if current.dep_ not in ("conj", "xcomp") or current.head == current:
            return False
        current = current.head
    return False


def voices_document(clause: Token, predicates: PredicateDictionary) -> bool:
    """A participle or relative clause on a text that its author issued says what the text does: "adopted a
    resolution demanding that Iraq withdraw", "in a statement urging …". One on a text vetoed or rejected
    does nothing ("vetoed a resolution calling for a ceasefire"), and an infinitive is the text's content
    ("an ultimatum to comply")."""
    if clause.dep_ not in ("acl", "relcl") or has_to(clause):
        return False
    noun = clause.head
    if noun.lemma_.lower() not in predicates.words("document_nouns"):
        return False
    return noun.dep_ == "nsubj" or document_issuer(noun, predicates) is not None


def document_issuer(noun: Token, predicates: PredicateDictionary) -> Token | None:
    """The verb whose doer issued the text ``noun``: "the EU issued a statement", "a resolution adopted by
    the Assembly" (``document_verbs``), "in a letter …, Saudi Arabia said"."""
    issuing = predicates.words("document_verbs")
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in issuing:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def is_detail_clause(trigger: Token, predicates: PredicateDictionary) -> bool:
    """An adverbial clause that adds purpose, consequence or time to a main event is not coded on its own:
    "deployed troops to halt an advance", "stormed the mall, killing 67", "after protesters stormed …"."""
    if trigger.dep_ != "advcl":
        return False
    children = list(trigger.children)
    if has_to(trigger):
        return not _first_to(trigger.head)
    if any(c.dep_ == "mark" and c.lower_ in predicates.words("background_marks") for c in children):
        return True
    participle = trigger.tag_ == "VBG"
    lemma = trigger.lemma_.lower()
    if is_protest_aim(trigger, predicates):
        return True
    # ", killing 67" reports a consequence; "sanctions …, targeting its car industry" elaborates the main event
    detail = predicates.words("consequence_verbs") | predicates.words("elaboration_verbs")
    return participle and lemma in detail


def _first_to(verb: Token) -> bool:
    """"became the first sitting US president to visit Vietnam": the infinitive says what was done first
    (an ordinal before the copula's noun), not a purpose."""
    if verb.lemma_.lower() not in ("be", "become"):
        return False
    nouns = [c for c in verb.children if c.dep_ == "attr"]
    return any(g.lower_ in ORDINAL_WORDS for n in nouns for g in n.children if g.dep_ == "amod")


def is_protest_aim(trigger: Token, predicates: PredicateDictionary) -> bool:
    """A demand voiced by protesters while protesting is the protest's aim, which CAMEO codes in the
    protest's own code: "rallied in Cairo, demanding the end of his rule" is one protest (1411), no demand."""
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBG":
        return False
    if trigger.lemma_.lower() not in predicates.words("protest_aim_verbs"):
        return False
    head = trigger.head
    patterns = predicates.verb_patterns(head.lemma_.lower(), head.lower_)
    return any(p.code.startswith("14") for p in patterns)


def lacks_context(trigger: Token, predicates: PredicateDictionary) -> bool:
    """A verb that is an act of force only in a military context ("targeted rebel positions with drones")
    has none in its sentence ("the measures target the car industry"): it is not coded."""
    if trigger.lemma_.lower() not in predicates.words("military_context_verbs"):
        return False
    return not any(military_word(t, predicates) for t in trigger.sent)


def military_word(token: Token, predicates: PredicateDictionary) -> bool:
    """A word of armed force (``military_context_words``: "troops", "war", "artillery"), by lemma or form."""
    words = predicates.words("military_context_words")
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in predicates.words("civil_verb_senses"):
        return False  # "based on his views", "was forced to resign"
    return lemma in words or token.lower_ in words


def fights_a_happening(trigger: Token, code: str, predicates: PredicateDictionary) -> bool:
    """A fight against a happening is no attack: "helped fight the coronavirus", "battled the wildfire"
    (its object is one of ``fought_happenings``; "launched a strike" and "opened fire" stay attacks), and
    neither is force done to an ideal ("attacked the truth", "assaulting democracy")."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if code[:2] in FIGURATIVE_ROOTS and any(_an_ideal(o, predicates) for o in objects):
        return True
    if not code.startswith("19"):
        return False
    happenings = predicates.words("fought_happenings")
    return any(c.lemma_.lower() in happenings or c.lower_ in happenings for c in objects)


def _an_ideal(noun: Token, predicates: PredicateDictionary) -> bool:
    ideals = predicates.words("figurative_force_targets")
    return noun.lemma_.lower() in ideals or noun.lower_ in ideals


def figurative_force(noun: Token, code: str, predicates: PredicateDictionary) -> bool:
    """A war or attack named by a field that is no battlefield is a figure of speech: "the trade war with
    Beijing", "a price war", "the culture war" (the modifier is one of ``figurative_force_modifiers``), and so
    is one on an ideal (``figurative_force_targets``: "his assault on the truth", "war on science")."""
    if code[:2] not in FIGURATIVE_ROOTS:
        return False
    fields = predicates.words("figurative_force_modifiers")
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in fields for c in noun.children):
        return True
    # "the assault on the truth", "a war against democracy": force done to an ideal
    return any(
        _an_ideal(o, predicates)
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("on", "against")
        for o in p.children
        if o.dep_ == "pobj"
    )


def adjective_sense(word: Token, code: str) -> bool:
    """An adjective that shares its form with a verb of action means something else: "free to act", "free
    trade", "it is fine", "damaging" are no release, fine or attack. Adjectives keep the codes of attitude
    (01x comments: "hopeful", "worried"; 03x intent: "open to talks"; 11x/12x: "opposed", "reluctant")."""
    return word.pos_ == "ADJ" and code[:2] not in ATTITUDE_ROOTS


def describes_a_noun(verb: Token) -> bool:
    """A past participle that modifies a noun describes it, no act is reported: "the pledged delegates",
    "an elected official". One with arguments of its own is a main verb the small model misread
    ("Trump applauded Barr …" parsed with "applauded" as a modifier of "Barr")."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or verb.head.dep_ == "ROOT":
        return False
    return not any(c.dep_ in PARTICIPLE_ARGUMENT_DEPS for c in verb.children)


def labels_object(verb: Token, pattern_tokens: int) -> bool:
    """A verb with an object predicate names what its object is, it does not do the act: "Kim called Trump a
    dotard" is no phone call, "declared the law a victory" no declaration; a pattern that reads the
    predicate itself ("called it an outrage") is kept."""
    return pattern_tokens == 1 and any(c.dep_ == "oprd" for c in verb.children)


def is_background(noun: Token, predicates: PredicateDictionary) -> bool:
    """A nominal event dated to the past by its modifiers ("last year's visit", "the previous talks")."""
    words = predicates.words("background_words")
    return any(
        child.lower_ in words or any(g.lower_ in words for g in child.children)
        for child in noun.children
        if child.dep_ in ("amod", "poss", "npadvmod", "compound", "advmod")
    )


def dated_before(trigger: Token, year: int | None) -> bool:
    """The trigger is dated to an earlier year than the article's: "In 2006, the town was the target of an
    attack", "the 2014 annexation", "attacked the base in March 2017" — a recollection, not news. The date
    is looked for on the trigger and on the words above it up to its clause's verb."""
    if year is None:
        return False
    current = trigger
    for _ in range(6):
        if any(_earlier(child, year) for child in current.children):
            return True
        if current.dep_ in CLAUSE_DEPS or current.dep_ == "ROOT" or current.head == current:
            return False
        current = current.head
    return False


def _earlier(child: Token, year: int) -> bool:
    """The child holds a date of a year before ``year``."""
    if not (child.dep_ in DATE_MODIFIER_DEPS or (child.dep_ == "prep" and child.lower_ in DATED_PREPS)):
        return False
    dates = [t for t in child.subtree if t.ent_type_ == "DATE"]
    return any(int(found) < year for t in dates for found in YEAR.findall(t.text))


def is_stative_passive(verb: Token) -> bool:
    """A present passive with no agent states a standing condition or a habit, not a news event: "The
    PKK is banned in Turkey", "the returns are audited every year", "the needs are met"."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "am") for c in verb.children)
        and not any(c.dep_ in ("agent", "aux") for c in verb.children)
    )
