"""Parse tests shared by toponym filtering and event location: is a place where something happened?"""

from __future__ import annotations

from spacy.tokens import Token

LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "outside", "inside", "into", "across", "throughout", "around", "from", "to",
    "toward", "towards", "through", "within", "off", "along", "onto", "beyond", "nearby", "upon",
})
# Nouns through which "of" still places something: "the city of Aleppo", "the outskirts of Damascus".
PLACE_NOUNS = frozenset({
    "city", "town", "village", "province", "region", "state", "capital", "outskirts", "suburb", "suburbs",
    "district", "area", "port", "county", "republic", "border", "streets", "center", "centre", "heart",
    "north", "south", "east", "west", "part", "parts", "coast", "island", "enclave", "neighborhood",
    "neighbourhood", "governorate", "territory", "countryside", "edge",
})
MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "appos", "conj"})
# "on" places something only through a place noun ("an attack on the outskirts of Tripoli"); directly it
# names a target ("sanctions on Belarus").
PLACE_NOUN_PREPS = frozenset({"on", "over"})
# Motion and visit verbs whose direct object is where they happen ("visited Taipei").
MOTION_VERBS = frozenset({"cross", "enter", "leave", "reach", "visit", "tour", "flee", "invade", "occupy",
                          "storm", "capture", "recapture", "seize", "devastate", "hit", "pound", "flood",
                          "raid", "shell", "bomb", "destroy", "evacuate"})


def is_locative(token: Token, through_modifiers: bool = True) -> bool:
    """Whether ``token`` sits in a locative phrase: "in Aleppo", "the city of Aleppo", "in Syria's north",
    "officials in Seoul and Tokyo". Without ``through_modifiers`` the place itself (or a conjunct or
    apposition of it) must be the object: "to Superior depositors" does not count."""
    via_place_noun = False
    for _ in range(4):  # a few hops cover "in the northern city of Aleppo"
        if token.dep_ == "dobj":
            return token.head.lemma_.lower() in MOTION_VERBS
        if token.dep_ == "pobj":
            prep = token.head
            if prep.lower_ in LOCATIVE_PREPS or via_place_noun and prep.lower_ in PLACE_NOUN_PREPS:
                return True
            if prep.lower_ == "of" and (prep.head.lower_ in PLACE_NOUNS or prep.head.lemma_.lower() in PLACE_NOUNS):
                token, via_place_noun = prep.head, True
                continue
            return False
        coordinated = token.dep_ in ("conj", "appos")  # "in Bordeaux, Toulouse and Lyon" share the "in"
        if coordinated or through_modifiers and token.dep_ in MODIFIER_DEPS and token.head.pos_ in ("NOUN", "PROPN"):
            token = token.head
            continue
        return token.dep_ == "npadvmod"
    return False
