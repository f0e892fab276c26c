"""Event candidates: a code, its trigger tokens, the actors on each side and how they were found.

``Candidate`` is what the dependency and headline readers produce; ``build_events`` turns candidates into
``Event`` records, one per source–target pair.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from tacitus.events.codes import lookup
from tacitus.events.completion import CountryContext, implied_target
from tacitus.events.dictionary import Frame, PredicateDictionary, RoleRule
from tacitus.events.groups import reciprocal
from tacitus.events.senses import talks_to_the_press
from tacitus.record import ActorMention, Article, Event, Plover, Span

# base confidence by how the event was read; lowered below when arguments were inherited or missing
AIMED_PREPS = frozenset({"on", "upon", "against", "at", "into"})  # "an offensive on …", "fired at …"
FORCE_ROOTS = frozenset({"18", "19", "20"})
POSTURE_ROOT = "15"  # shows of force, alerts, mobilisation: done by states and armed groups
BASE_CONFIDENCE = {"verb": 0.85, "verb+object": 0.9, "frame": 0.75, "nominal": 0.6, "headline": 0.6}


@dataclass
class Candidate:
    """One coded predicate with its arguments, before pairing sources with targets."""

    code: str
    triggers: tuple[Token, ...]
    sources: list[ActorMention]
    targets: list[ActorMention]
    how: str
    confidence: float
    negated: bool = False
    hypothetical: bool = False
    symmetric: bool = False  # the frame makes coordinated doers act on each other
    weak_target: bool = False  # the target came only from a place preposition ("drills in the Sea of Japan")


def prefix_code(frame: Frame, complement_code: str) -> str | None:
    """The frame's code for the longest listed prefix of ``complement_code`` (None when none is listed)."""
    for length in (4, 3, 2):
        code = frame.codes.get(complement_code[:length])
        if code is not None:
            return code
    return None


def frame_code(frame: Frame, complement_code: str | None) -> str | None:
    """The frame's code for a complement: longest matching prefix of the complement code, else default."""
    if complement_code is None:
        return frame.default
    if frame.passthrough:
        return complement_code
    return prefix_code(frame, complement_code) or frame.default


def _is_symmetric(code: str, predicates: PredicateDictionary) -> bool:
    return any(code.startswith(prefix) for prefix in predicates.words("symmetric_codes"))


def _pairs(
    candidate: Candidate,
    predicates: PredicateDictionary,
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    sources: list[ActorMention | None] = list(candidate.sources)
    targets: list[ActorMention | None] = list(candidate.targets)
    symmetric = candidate.symmetric or _is_symmetric(candidate.code, predicates) or reciprocal(candidate.sources)
    if (not targets or candidate.weak_target) and len(sources) > 1 and symmetric:
        if candidate.code[:2] in ("14", "19") and not candidate.symmetric and _aimed(candidate.triggers):
            return [(s, None) for s in sources]  # allies attacking a third party the text names
        return [(s, t) for s in sources for t in sources if s is not t]
    pairs: list[tuple[ActorMention | None, ActorMention | None]] = []
    for source in sources or [None]:
        for target in targets or [None]:
            if source is None and target is None:
                continue
            if (
                source is not None
                and target is not None
                and (source.start == target.start or source.code == target.code)
            ):
                continue  # self-referential: an actor does not act on itself
            pairs.append((source, target))
    return pairs


def _aimed(triggers: tuple[Token, ...]) -> bool:
    """An attack names whom it is aimed at, even where that party resolves to no actor: coordinated doers
    of "launched an offensive on the enclave" or "shelled the town" are allies, not opponents."""
    words = {t.i for t in triggers}
    return any(
        (child.dep_ == "dobj" and child.i not in words)
        or (
            child.dep_ == "prep"
            and child.lower_ in AIMED_PREPS
            and not any(p.ent_type_ in ("DATE", "TIME") for p in child.children)
        )
        for trigger in triggers
        for child in trigger.children
    )


def actor_roles(actor: ActorMention | None) -> set[str]:
    """The roles an actor carries, on the mention or in its code ("IRNCVL" → {"CVL"})."""
    if actor is None:
        return set()
    found = set(actor.roles) | ({actor.role} if actor.role else set())
    if actor.code and actor.code[:3].isalpha() and len(actor.code) >= 6:
        found |= {actor.code[i : i + 3] for i in range(3, len(actor.code), 3)}
    return found


def _a_firm(actor: ActorMention) -> bool:
    return "BUS" in actor_roles(actor) or (actor.code or "")[:3] == "BUS"


def _side_fits(required: frozenset[str], actor: ActorMention | None) -> bool:
    if not required:
        return True
    if actor is None:
        return False
    roles = actor_roles(actor)
    return ("*" in required and bool(roles)) or ("-" in required and not roles) or bool(roles & required)


def _fits(rule: RoleRule, code: str, source: ActorMention | None, target: ActorMention | None) -> bool:
    if not any(code == prefix if rule.exact else code.startswith(prefix) for prefix in rule.codes):
        return False
    if not (_side_fits(rule.source_roles, source) and _side_fits(rule.target_roles, target)):
        return False
    if rule.same_country:
        return bool(source and target and source.country and source.country == target.country)
    return True


def refine_by_roles(
    code: str, source: ActorMention | None, target: ActorMention | None, predicates: PredicateDictionary
) -> str:
    """The first role rule that fits the pair gives the code; else the code stays."""
    for rule in predicates.role_rules:
        if _fits(rule, code, source, target):
            return rule.code
    return code


def _unidentified(actor: ActorMention | None, predicates: PredicateDictionary) -> bool:
    """An attacker named only by what he did ("gunmen", "a suicide bomber"), with no group or country: CAMEO
    codes no actor for him, and his country is not the place's."""
    if actor is None:
        return False
    named, _, place = actor.text.lower().partition(" in ")  # where gunmen struck does not say who they are
    if len(actor.code or "") > 6 or (not place and (actor.country is not None or len(actor.code or "") > 3)):
        return False  # a named group ("Hamas gunmen"), or a country the text gives them ("Syrian gunmen")
    words = named.split()
    unnamed = predicates.words("unidentified_attackers")
    if place:  # "gunmen in Burkina Faso", but not "Syrian gunmen in Damascus": only the attacker word is named
        return " ".join(w for w in words if w not in ("a", "an", "the", "suicide")) in unnamed
    return bool(words) and (words[-1] in unnamed or " ".join(words[-2:]) in unnamed)


def _converse(candidate: Candidate, predicates: PredicateDictionary) -> bool:
    """A verb of receiving in the active voice ("X received aid from Y"): the giver is the source."""
    if not any(candidate.code.startswith(p) for p in predicates.words("converse_codes")):
        return False
    verb = candidate.triggers[0]
    return verb.lemma_.lower() in predicates.words("converse_verbs") and not any(
        c.dep_ == "auxpass" for c in verb.children
    )


def _topic_gerund(verb: Token) -> bool:
    """A doerless gerund after a preposition is the topic, reason, time or means of another event, not an
    event of its own ("a proposal for ending the war", "talks on ending the war", "since signing the Doha
    agreement", "accused … of plotting to assassinate …")."""
    for _ in range(3):  # through "plotting to assassinate"
        if verb.dep_ != "xcomp":
            break
        verb = verb.head
    # ("after weeks of fighting with Russian forces": the parser may call the gerund the object)
    return verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj") and verb.head.dep_ == "prep"


def _agentless_appeal(candidate: Candidate) -> bool:
    """An appeal in the passive without its agent names no one who appealed ("declined comment when asked
    about the ruling"); a passive "considered" without its agent is a judgement, not a policy being weighed
    ("is widely considered a foundation of constitutional law")."""
    verb = candidate.triggers[0]
    passive = verb.tag_ == "VBN" and (verb.dep_ == "advcl" or any(c.dep_ == "auxpass" for c in verb.children))
    weighed = candidate.code.startswith("02") or candidate.code == "014"
    return weighed and passive and not any(c.dep_ == "agent" for c in verb.children)


def _copula_negated(triggers: tuple[Token, ...]) -> bool:
    """A predicative adjective negated on its copula ("was not hopeful": "not" hangs from "was")."""
    return any(t.dep_ == "acomp" and any(c.dep_ == "neg" for c in t.head.children) for t in triggers)


def _event_id(
    article: Article,
    sentence_index: int,
    trigger: Span,
    code: str,
    source: ActorMention | None,
    target: ActorMention | None,
) -> str:
    key = "|".join(
        str(part)
        for part in (
            article.id,
            sentence_index,
            trigger.start,
            code,
            source.code if source else "",
            source.start if source else "",
            target.code if target else "",
            target.start if target else "",
        )
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def build_events(
    candidate: Candidate,
    sentence: SpacySpan,
    sentence_index: int,
    article: Article,
    predicates: PredicateDictionary,
    context: CountryContext | None = None,
) -> list[Event]:
    """One ``Event`` per source–target pair of the candidate (none when neither side has an actor).

    With a ``context``, countryless roles on either side are completed from it (see ``completion``).
    """
    if candidate.code in predicates.negated_codes and (candidate.negated or _copula_negated(candidate.triggers)):
        # "was not hopeful about the talks" is itself a pessimistic comment
        candidate.code, candidate.negated = predicates.negated_codes[candidate.code], False
    if (not candidate.sources and _topic_gerund(candidate.triggers[0])) or _agentless_appeal(candidate):
        return []
    if candidate.code[:2] in FORCE_ROOTS and candidate.sources and all(
        "JUD" in actor_roles(s) for s in candidate.sources
    ):
        return []  # courts use no force: "the court struck down the ordinance" rules on a law
    if candidate.code.startswith(POSTURE_ROOT) and candidate.sources and all(_a_firm(s) for s in candidate.sources):
        return []  # a firm has no forces to show: "SpaceX tested its rocket" is no show of force
    if talks_to_the_press(candidate.code, candidate.targets):
        return []  # "speaks with reporters before boarding": an interview, no consultation
    if _converse(candidate, predicates):
        candidate.sources, candidate.targets = candidate.targets, candidate.sources
    start = min(t.idx for t in candidate.triggers)
    end = max(t.idx + len(t.text) for t in candidate.triggers)
    trigger = Span(article.text[start:end], start, end)
    events = []
    domestic = any(candidate.code.startswith(p) for p in predicates.words("completion_domestic_codes"))
    named = any(not _unidentified(s, predicates) for s in candidate.sources)
    for source, target in _pairs(candidate, predicates):
        if _unidentified(source, predicates):
            if named:
                continue  # "Islamic State gunmen and suicide bombers": the group named beside them did it
            source = None  # "gunmen", "a suicide bomber": an attacker the text does not identify
            if target is None:
                continue
        source, target = context.complete_pair(source, target, sentence, domestic) if context else (source, target)
        if source is not None and target is not None and source.code == target.code:
            continue  # completion made both sides one actor ("police" and "the police chief")
        if target is None and not candidate.hypothetical:
            # a domestic act on the own country ("Sri Lanka lifted the curfew" → LKA → LKA)
            # by the code the doer makes of it: civilians who burn things riot (145) against their government
            refined = refine_by_roles(candidate.code, source, None, predicates)
            target = implied_target(refined, source, predicates.implied_targets) or implied_target(
                refined, source, predicates.fallback_targets
            )
        info = lookup(refine_by_roles(candidate.code, source, target, predicates))
        confidence = candidate.confidence * (1.0 if source is not None and target is not None else 0.85)
        events.append(
            Event(
                id=_event_id(article, sentence_index, trigger, info.code, source, target),
                sentence_index=sentence_index,
                sentence=sentence.text,
                source=source,
                target=target,
                trigger=trigger,
                cameo=info.code,
                root=info.root,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                plover=Plover(info.plover_type, info.plover_mode),
                negated=candidate.negated,
                hypothetical=candidate.hypothetical,
                confidence=round(min(1.0, confidence), 3),
                how=candidate.how,
            )
        )
    return events
