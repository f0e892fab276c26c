"""Deep targets: an event the parse gives no target takes the nearest foreign state inside its object
or complement ("Hamas denied any involvement in the kidnapping of three Israeli teenagers" → ISR,
"Biden made a surprise visit to Kyiv" → UKR).

Which codes get one is data (``frames.yaml`` ``grammar``: ``deep_target_codes``); domestic acts (whose
target is implied, see ``completion``) and coordinated doers of a symmetric act ("X and Y met in
Hanoi") never do.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.arguments import SUBJECT_DEPS, ActorIndex
from tacitus.events.candidates import Candidate
from tacitus.events.dictionary import PredicateDictionary
from tacitus.events.groups import reciprocal
from tacitus.events.modifiers import MODIFIER_DEPS, modifier_word
from tacitus.record import ActorMention

NOT_INSIDE = SUBJECT_DEPS | {"nsubjpass", "agent", "punct"}  # the doer's side is never the target


def wants_deep_target(candidate: Candidate, predicates: PredicateDictionary) -> bool:
    """Whether ``candidate`` (with no target) may take a deep target."""
    if not candidate.sources:
        return False  # a doerless happening ("firing a missile over Hokkaido") is no event of its own
    code = candidate.code
    deep = predicates.words("deep_target_codes")
    if not (code[:3] in deep or code[:2] in deep):
        return False
    if any(code[:n] in predicates.implied_targets for n in (4, 3, 2)):
        return False
    symmetric = candidate.symmetric or any(code.startswith(p) for p in predicates.words("symmetric_codes"))
    symmetric = symmetric or reciprocal(candidate.sources)
    return not (symmetric and len(candidate.sources) > 1)


def deep_target(
    anchor: Token,
    sources: list[ActorMention],
    index: ActorIndex,
    predicates: PredicateDictionary,
    code: str = "",
) -> list[ActorMention]:
    """The first foreign state inside the trigger's object or complement, breadth first: an actor
    mention, or a one-word country name, demonym or capital ("restrictions on Australian barley" → AUS).
    The event's own place phrase ("signed the treaty in Prague") is skipped, except for a visit; for
    violence (``deep_target_place_codes``) the place where it happened is hit, whoever's country it is
    ("shelling of residential districts in Aden" → YEM)."""
    own = {a.country for a in sources if a.country} | {a.code for a in sources}
    placed = code in predicates.words("place_target_codes")
    travel = anchor.lemma_.lower() in predicates.words("travel_verbs") or placed
    places = frozenset() if travel else predicates.words("place_preps")
    violent = any(code.startswith(p) for p in predicates.words("deep_target_place_codes"))
    queue = [(c, False) for c in anchor.children if c.dep_ not in NOT_INSIDE]
    if placed:  # only where it happened: "commemorated the killing of Armenians by Ottoman Turks" aims at no one
        queue = [(c, True) for c in anchor.children if c.dep_ == "prep" and c.lower_ in predicates.words("place_preps")]
    if anchor.dep_ == "acomp":  # "was optimistic as Russian and Ukrainian negotiators held talks": the copula's
        queue += [(c, False) for c in anchor.head.children if c.dep_ not in NOT_INSIDE and c != anchor]
    if violent and anchor.dep_ == "dobj":  # "carried out ethnic cleansing in Darfur": the light verb's place
        queue += [(c, True) for c in anchor.head.children if c.dep_ == "prep" and c.lower_ in places]
    while queue:
        token, in_place = queue.pop(0)
        in_place = in_place or (token.dep_ == "prep" and token.lower_ in places)
        if token.dep_ == "prep" and token.lower_ in places and token.head == anchor and not violent:
            continue  # only the event's own place phrase: "involvement in the kidnapping of …" is read
        # a noun is read with its own modifiers: "the downing of a Malaysian airliner over eastern
        # Ukraine" is about the airliner's country, "a halt to Israeli bombardment of Gaza" about Israel's
        for word in (token, *(c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i)):
            actor = index.by_token.get(word.i)
            if violent and actor is not None and (actor.code or "").startswith("IMG") and actor.code not in own:
                return [actor]  # a transnational armed group has no country: "an offensive to retake Mosul from IS"
            actor = actor or modifier_word(word, index.modifier_countries, places=True)
            if actor is None or not actor.country:
                continue
            if (violent and in_place and actor.how == "modifier") or (
                actor.country not in own and actor.code not in own
            ):
                return [actor, *_coordinated(word, actor, own, index)]
        # a relative clause describes a participant: "any country that recognised the new Kyiv government"
        queue.extend((c, in_place) for c in token.children if c.dep_ != "relcl")
    return []


def _coordinated(word: Token, found: ActorMention, own: set[str | None], index: ActorIndex) -> list[ActorMention]:
    """The other foreign states coordinated with the one found: "as Russian and Ukrainian negotiators
    held talks" names both."""
    others: list[ActorMention] = []
    modifiers = [c for c in word.children if c.dep_ in MODIFIER_DEPS and c.i < word.i]
    for other in (*word.conjuncts, *modifiers, *(g for m in modifiers for g in m.conjuncts)):
        actor = index.by_token.get(other.i) or modifier_word(other, index.modifier_countries, places=True)
        if actor is not None and actor.country and actor.country not in own | {found.country}:
            others.append(actor)
            own = own | {actor.country}
    return others
