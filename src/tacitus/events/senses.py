"""Word sense from the verb's own complements: the same verb names a political event with one kind of
argument and something else with another ("demonstrated against the regime" is a protest, "demonstrated
a deficiency" is not). Each rule reads only the parse of the trigger, never the sentence's topic."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from tacitus.events.dictionary import Pattern, PredicateDictionary
from tacitus.events.flags import CESSATION_VERBS, fights_a_happening, has_to, military_word
from tacitus.events.matching import Match
from tacitus.record import ActorMention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE_COMPLEMENTS = frozenset({"ccomp"})
SEIZE_ON_PREPS = frozenset({"on", "upon"})  # "seized on the remarks": exploited, took up
VISIT_CODES = frozenset({"042", "043"})
SHOW_VERBS = frozenset({"demonstrate", "rally"})  # "demonstrated a deficiency", "rallied support"
OFFER_VERBS = frozenset({"offer"})  # what can be offered as intent is named by the patterns' objects
# roles whose quarrels are words, not force, when neither side is armed ("Harris attacked Biden")
CIVIL_ROLES = frozenset({"GOV", "LEG", "PTY", "ELI", "MED", "JUD", "BUS"})
WORD_FORCE_CODES = frozenset({"180", "182"})  # besides root 19; killings and abductions stay what they say
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
CONSULT_ROOT = "04"
# show of force, military alert, mobilisation, military cooperation: codes that need armed forces in view
MILITARY_POSTURE_CODES = frozenset({"150", "152", "154", "062"})
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "gendarme", "gendarmes"})  # "police massed near …"
PRESS_ROLE = "MED"
PRESS_NOUNS = frozenset({"reporters", "reporter", "journalists", "journalist", "media", "press", "newsmen",
                         "correspondents"})
DISMISS_VERBS = frozenset({"fire"})  # "fired his chief of staff": a dismissal; "fired rockets" stays
CLAIM_OR_DEMAND_VERBS = frozenset({"insist"})  # "insisted that he did nothing wrong" claims
OBLIGATION_AUX = frozenset({"must", "should", "shall", "ought", "need"})  # "insisted that Iran must …"
PARTNER_VERBS = frozenset({"discuss"})  # a consultation needs someone to consult: "discussed the budget" alone
GROUP_PRONOUNS = frozenset({"they", "we", "both"})
CHAIN_DEPS = frozenset({"xcomp", "advcl", "conj"})  # "met in Sochi to discuss Syria", "phoned Xi to discuss …"
JOIN_VERBS = frozenset({"join"})  # "joined Britain in condemning …": the joint act is the event
HELP_VERBS = frozenset({"help"})  # aid is given by someone: "that could help her in the race" is no aid
THING_PRONOUNS = frozenset({"that", "this", "which", "what"})
RETURN_VERBS = frozenset({"return"})  # "returned the islands" hands back; "returned to Kabul" goes back
RECOGNIZE_VERBS = frozenset({"recognize", "recognise"})
GRANT_VERBS = frozenset({"confer"})
REPLY_NOUNS = frozenset({"call", "email", "e-mail", "message", "request", "text", "inquiry", "enquiry", "voicemail"})
ADMIT_VERBS = frozenset({"admit"})
SUPPORT_ROOT = "05"
ALLY_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})  # acts one backs *with* someone, not against
VICTIM_PREPS = frozenset({"against", "on", "into", "of", "over"})  # "sanctions against Russia"


def wrong_sense(verb: Token, pattern: Pattern, pattern_tokens: int, predicates: PredicateDictionary) -> bool:
    """The verb's complements show a sense that is no event of the pattern's code (one-word patterns only: a
    pattern that names its object or particle already chose the sense)."""
    code = pattern.code
    if pattern_tokens != 1:
        return code in VISIT_CODES and _visits_no_place(verb)
    if not pattern.objects and _offers_something_else(verb, code):
        return True
    return (
        _shows_something(verb, code)
        or _concedes_a_point(verb, code)
        or _denied_something(verb, code)
        or _seizes_on(verb, code)
        or _considering_aside(verb, code)
        or _withdraws_no_forces(verb, code, predicates)
        or _quits_doing(verb)
        or _joins_an_act(verb, code)
        or _posture_without_force(verb, code, predicates)
        or _grants_something(verb, code)
        or _admitted_somewhere(verb, code)
        or _summoned(verb, code)
        or _returns_a_message(verb, code)
        or (code in VISIT_CODES and _visits_no_place(verb))
    )


def words_as_force(code: str, sources: Sequence[ActorMention], targets: Sequence[ActorMention],
                   verb: Token, predicates: PredicateDictionary) -> bool:
    """An attack between politicians, officials, courts, parties, media or firms of one country, with no
    military word in the sentence, is an attack in words: "Harris attacked Biden during the debates",
    "declared war on the chairman", "beat him up in TV ads", "Trump shot back at them"."""
    if not (code.startswith("19") or code in WORD_FORCE_CODES) or not sources or not targets:
        return False
    sides = [*sources, *targets]
    if not all(_civil(a.code) for a in sides) or len({_country(a.code) for a in sides} - {None}) > 1:
        return False
    own = {verb.i} | {c.i for c in verb.children if c.dep_ == "dobj"}  # "attacked", "declared war" name the act
    return not any(military_word(t, predicates) for t in verb.sent if t.i not in own)


def talks_to_the_press(code: str, targets: Sequence[ActorMention]) -> bool:
    """A consultation whose only partners are the press at large is an interview or a briefing, no
    political contact: "speaks with reporters before boarding Marine One", "not authorized to talk to
    reporters" (a named outlet or journalist is left alone)."""
    return code.startswith(CONSULT_ROOT) and bool(targets) and all(_press(a) for a in targets)


def _press(actor: ActorMention) -> bool:
    words = actor.text.lower().split()
    return bool(words) and words[-1] in PRESS_NOUNS and PRESS_ROLE in ((actor.code or "")[:3], (actor.code or "")[3:6])


def _civil(code: str | None) -> bool:
    return code is not None and (code[:3] in CIVIL_ROLES or code[3:6] in CIVIL_ROLES)


def _country(code: str | None) -> str | None:
    return None if code is None or code[:3] in CIVIL_ROLES else code[:3]


def _offers_something_else(verb: Token, code: str) -> bool:
    """"Offered statistics", "offered no evidence", "offered the chance to amend": an offer whose object no
    intent pattern names (aid, talks, a ceasefire …) offers no cooperation; "offered to mediate" stays."""
    return code.startswith("03") and verb.lemma_.lower() in OFFER_VERBS and bool(_children(verb, {"dobj"}))


def _returns_a_message(verb: Token, code: str) -> bool:
    """"Did not return an email seeking comment", "returned his calls": a reply, nothing handed back."""
    if not code.startswith("084") or verb.lemma_.lower() not in RETURN_VERBS:
        return False
    return any(o.lemma_.lower() in REPLY_NOUNS for o in _children(verb, {"dobj"}))


def goes_back(verb: Token, code: str) -> bool:
    """Returning property (0842) hands something back: "returned the islands to Japan". With nothing handed
    back, one goes back somewhere: "she returns to the Senate", "whether to return to school" (read on the
    verb's own event only: "allowed girls to return to school" is a permission, coded by its frame)."""
    return code == "0842" and verb.lemma_.lower() in RETURN_VERBS and not _children(verb, {"dobj", "nsubjpass"})


def recognizes_no_one(verb: Token, code: str, is_actor: Callable[[Token], bool]) -> bool:
    """Diplomatic recognition (054) is given to a state, a government or its claim: "recognised Kosovo",
    "recognised Kosovo's independence". Recognising a fact or a quality is none: "recognized that …",
    "recognizes the importance of trade" (no actor in the object or passive subject)."""
    if code != "054" or verb.lemma_.lower() not in RECOGNIZE_VERBS:
        return False
    objects = _children(verb, {"dobj", "nsubjpass"})
    return not any(is_actor(t) for o in objects for t in o.subtree)


def _children(verb: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in verb.children if c.dep_ in deps]


def _shows_something(verb: Token, code: str) -> bool:
    """"Demonstrate" and "rally" with a direct object mean "show" and "gather": "demonstrated a deficiency",
    "rallied support" (protesters demonstrate or rally against or for something; "protested the raids" and
    "picketed polling stations" stay protests)."""
    return code.startswith("14") and verb.lemma_.lower() in SHOW_VERBS and bool(_children(verb, {"dobj"}))


def _concedes_a_point(verb: Token, code: str) -> bool:
    """"Critics concede that he has recovered" admits a point, it yields nothing (08x with a that-clause)."""
    return code.startswith("08") and bool(_children(verb, CLAUSE_COMPLEMENTS))


def _denied_something(verb: Token, code: str) -> bool:
    """Someone who "was denied" (entry, a visa, a hearing) or whom one "denied" something ("deny them
    operational space") was refused it, not a denial of an accusation (016)."""
    return code == "016" and bool(_children(verb, {"nsubjpass", "dative"}))


def _seizes_on(verb: Token, code: str) -> bool:
    """An active coercion verb with "on"/"upon" and no object is taken up, not seized: "seized on the trend"
    ("was arrested on charges", "arrested on Sunday" keep their sense)."""
    if not code.startswith("17") or _children(verb, {"dobj", "nsubjpass", "auxpass"}):
        return False
    preps = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in SEIZE_ON_PREPS]
    return any(not any(o.ent_type_ in ("DATE", "TIME") for o in p.children) for p in preps)


def _quits_doing(verb: Token) -> bool:
    """A bare cessation verb names its own event ("quit" resigns), not when it stops an act: "quit attacking
    the president" (the act itself is coded negated, ``flags.py``)."""
    return verb.lemma_.lower() in CESSATION_VERBS and any(
        c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" for c in verb.children
    )


def _considering_aside(verb: Token, code: str) -> bool:
    """"…, considering the brothers' embrace of reform" is a sentence adverb ("given"), no consideration."""
    if verb.lemma_.lower() != "consider" or verb.tag_ != "VBG" or not code.startswith("01"):
        return False
    return not _children(verb, SUBJECT_DEPS | {"aux", "auxpass"})


def _withdraws_no_forces(verb: Token, code: str, predicates: PredicateDictionary) -> bool:
    """A military retreat (0874) moves forces: "withdrew its sponsorship of the resolution" or a candidate
    who "withdrew before the primaries" retreats from nothing military. A bare retreat verb keeps the code
    with a military object, a "from" phrase ("withdrew from Syria") or a military word in its sentence."""
    if code != "0874":
        return False
    objects = _children(verb, {"dobj"})
    if objects:  # troops that "left Afghanistan" withdrew from a place
        return not any(military_word(o, predicates) or _place(o) for o in objects)
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return False
    return not any(military_word(t, predicates) for t in verb.sent)


def _posture_without_force(verb: Token, code: str, predicates: PredicateDictionary) -> bool:
    """A bare verb of military posture or cooperation (deploy, mobilize, amass, parade, train) moves forces
    only with a military or police word in its sentence: "deployed drive-through test stations", "mobilized health
    workers", "amassing a fortune", "trained 500 suppliers" are none; "deployed 3,000 troops" stays."""
    if code not in MILITARY_POSTURE_CODES:
        return False
    return not any(military_word(t, predicates) or t.lemma_.lower() in POLICE_WORDS for t in verb.sent)


def _grants_something(verb: Token, code: str) -> bool:
    """"Confer" with an object grants it ("the laws confer powers on the state"); leaders who confer
    consult ("conferred by phone", "conferred with Macron")."""
    return code.startswith("04") and verb.lemma_.lower() in GRANT_VERBS and bool(_children(verb, {"dobj"}))


def _admitted_somewhere(verb: Token, code: str) -> bool:
    """One who "was admitted" to a country, a hospital or a school was let in, no admission of guilt."""
    return code.startswith("01") and verb.lemma_.lower() in ADMIT_VERBS and bool(_children(verb, {"auxpass"}))


def _summoned(verb: Token, code: str) -> bool:
    """"Was called to testify" summons a witness, it is no phone call."""
    if code != "041" or not _children(verb, {"auxpass"}):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and has_to(c) for c in verb.children)


def _visits_no_place(verb: Token) -> bool:
    """A trip goes to a place or someone: "went to great lengths", "go to court", "headed to bed" name an
    effort or an institution (a common noun with no determiner), not a visit."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ != "to":
            continue
        objects = _children(prep, {"pobj"})
        if objects and all(_bare_common_noun(o) for o in objects):
            return True
    return False


def _place(noun: Token) -> bool:
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("GPE", "LOC", "FAC")


def _bare_common_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in noun.children)


def _joins_an_act(verb: Token, code: str) -> bool:
    """"Joined ten Democrats to support the bill", "joined Britain in condemning the attack", "joined in
    the defense": joining someone in an act is the act (coded on its own verb), no diplomatic cooperation;
    "joined NATO" stays."""
    if not code.startswith("05") or verb.lemma_.lower() not in JOIN_VERBS:
        return False
    if not _children(verb, {"dobj"}):
        return True  # "churches joined in", "joined in a defense of the president": an activity, no body
    if any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and has_to(c) for c in verb.children):
        return True  # a purpose infinitive; "joined the union, freeing it of …" keeps the joining
    return any(
        g.tag_ == "VBG" for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
    )


def helps_as_a_thing(verb: Token, code: str, is_actor: Callable[[Token], bool]) -> bool:
    """A bare "help" whose subject is a thing gives no aid: "that could help her in a race", "which helped
    him win", "the ruling will help their asylum cases", "his support could help the president" (a pronoun
    of things, or a common noun with no actor in it; "it" is left alone: it may stand for a state; "US
    loans helped Egypt" names its giver)."""
    if not code.startswith("07") or verb.lemma_.lower() not in HELP_VERBS:
        return False
    subjects = _children(verb, {"nsubj"})
    return bool(subjects) and all(_a_thing(s, is_actor) for s in subjects)


def _a_thing(subject: Token, is_actor: Callable[[Token], bool]) -> bool:
    if subject.lower_ in THING_PRONOUNS:
        return not is_actor(subject)
    return subject.pos_ == "NOUN" and not any(is_actor(t) for t in subject.subtree)


def backs_an_act_against(verb: Token, code: str, target: ActorMention, predicates: PredicateDictionary) -> bool:
    """Backing an act against someone is no endorsement of them: "backed sanctions against Russia",
    "supported the investigation into Iran's program" (the actor after the act noun's preposition);
    "backed the US strikes on Syria" still endorses the US."""
    if not code.startswith(SUPPORT_ROOT):
        return False
    for noun in _children(verb, {"dobj"}):
        patterns = predicates.nouns.get(noun.lemma_.lower()) or predicates.nouns.get(noun.lower_) or ()
        if not any(p.code[:2] not in ALLY_ROOTS for p in patterns):
            continue
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in VICTIM_PREPS]
        if any(t.idx <= target.start < t.idx + len(t) for p in preps for t in p.subtree):
            return True
    return False


def talks_alone(verb: Token, pattern_tokens: int, is_actor: Callable[[Token], bool]) -> bool:
    """A bare "discuss" is a consultation only with a partner in view: a "with" phrase, an agent, a
    contacted actor, or two or more doers ("Erdogan and Putin discussed Syria", "the two leaders discussed
    trade", "phoned Xi to discuss the war"). "The senator wanted to discuss the budget", "he would not
    discuss the charges", "the request will be discussed at the hearing" talk about a topic."""
    if pattern_tokens != 1 or verb.lemma_.lower() not in PARTNER_VERBS:
        return False
    node, steps = verb, 0
    while True:
        if _has_partner(node, is_actor):
            return False
        if node.dep_ not in CHAIN_DEPS or node.head is node or steps == 3:
            return True
        node, steps = node.head, steps + 1


def _has_partner(verb: Token, is_actor: Callable[[Token], bool]) -> bool:
    # the small model often hangs "with" on the topic: "discussed security with the commander"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(p.dep_ == "prep" and p.lower_ == "with" for o in objects for p in o.children):
        return True
    for child in verb.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("with", "by", "between"):
            return True
        if child.dep_ in ("dobj", "dative") and is_actor(child):
            return True  # "phoned Xi to discuss …", "met Putin to discuss …"
        if child.dep_ == "nsubj" and _several(child):
            return True
    return False


def _several(subject: Token) -> bool:
    """Two or more doers: coordinated, plural, or a plural pronoun."""
    if any(c.dep_ == "conj" for c in subject.children) or subject.tag_ in ("NNS", "NNPS"):
        return True
    return subject.lower_ in GROUP_PRONOUNS


def misused_force(
    verb: Token, match: Match, predicates: PredicateDictionary, is_actor: Callable[[Token], bool]
) -> bool:
    """A force verb aimed at no target of force: a happening ("fought the fire"), a plan ("killed the bill") or
    a person dismissed ("fired his chief of staff"). The verb and frame stages both apply it."""
    code = match.pattern.code
    return (
        fights_a_happening(verb, code, predicates)
        or forces_a_proposal(verb, match.pattern, predicates)
        or dismisses(verb, code, is_actor)
    )


def dismisses(verb: Token, code: str, is_actor: Callable[[Token], bool]) -> bool:
    """"Fired" with a person or a post as its object dismisses them ("fired the Navy's top official", "fired
    his chief of staff"); one fires weapons, or fires on or at people ("fired rockets", "fired on protesters")."""
    if code[:2] not in FORCE_ROOTS or verb.lemma_.lower() not in DISMISS_VERBS:
        return False
    objects = _children(verb, {"dobj"})
    return any(o.ent_type_ not in ("GPE", "LOC", "FAC") and (is_actor(o) or o.ent_type_ == "PERSON") for o in objects)


def forces_a_proposal(verb: Token, pattern: Pattern, predicates: PredicateDictionary) -> bool:
    """Force done to a plan is a figure of politics: "trying to kill the deal", "torpedoed the talks", "shot
    down the proposal" (an object among ``proposal_nouns``; a pattern that names its object chose its sense)."""
    code = pattern.code
    if code[:2] not in FORCE_ROOTS or pattern.objects:
        return False
    proposals = predicates.words("proposal_nouns")
    return any(o.lemma_.lower() in proposals or o.lower_ in proposals for o in _children(verb, {"dobj"}))


def claims_a_fact(verb: Token, clause: Token) -> bool:
    """"Insisted that he did nothing wrong" claims a fact (the clause is indicative: a tense or a non-modal
    auxiliary); "insisted that Israel withdraw" (subjunctive) or "… must withdraw" still demands."""
    if verb.lemma_.lower() not in CLAIM_OR_DEMAND_VERBS or clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in OBLIGATION_AUX for a in auxes):
        return False
    if clause.lemma_.lower() in ("need", "have") and any(c.dep_ == "xcomp" for c in clause.children):
        return False  # "insisted that Israel has to withdraw" lays an obligation
    if any(a.lower_ != "be" for a in auxes):
        return True  # "had not attacked", "did nothing", "would attend", "was framed"
    return clause.tag_ in ("VBD", "VBZ") or (clause.tag_ == "VBP" and clause.lemma_.lower() == "be")
