"""Compose dictionary atoms into actor mentions over the parse.

A mention is built per noun phrase: "Russian President Vladimir Putin" is one mention whose atoms are a
demonym, a role and a person. The phrase decides the actor: a named person (coded by office on the
article's date) or organisation wins; otherwise country (name, demonym, capital) + the head's role.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from tacitus.actors.dictionary import ActorDictionary, Office, bare_title
from tacitus.actors.matcher import Atom

COUNTRY_KINDS = frozenset({"country", "capital", "adjective", "city"})
# affixes after which the name is a supporter, not the group itself ("U.S.-backed fighters")
# and a capital used as a place ("talks in Moscow") is no actor either
SUPPORTER_AFFIXES = frozenset({"backed", "funded", "supported", "sponsored", "armed", "trained", "allied",
                               "aligned", "friendly", "brokered", "installed", "based", "located"})
ARMED_ROLES = frozenset({"MIL", "REB", "INS"})
# peoples living as nations in neighbouring states: after another state's word they are its people
# ("Bosnian Serb forces", "Kosovo Albanians"), unlike "Iranian Americans" or "Greek Cypriots"
NATIONS_ACROSS_BORDERS = frozenset({"serb", "serbs", "croat", "croats", "albanian", "albanians"})
FORMER_WORDS = frozenset({"former", "ex", "ousted", "deposed", "late", "retired", "erstwhile"})


@dataclass
class Draft:
    """A mention under construction; ``coref.py`` links drafts, ``resolve.py`` freezes them."""

    start: int  # token offsets, end exclusive
    end: int
    code: str | None = None
    name: str | None = None
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    how: str | None = None
    kind: str = "group"  # person (one human), group, state, org, pronoun
    plural: bool = False
    key: str | None = None  # identity for coreference: person name, org key, unknown name
    root: int = -1  # the phrase's head token
    entity: int | None = None
    atoms: list[Atom] = field(default_factory=list)
    possessor: str | None = None  # "his", "its", "their" before the phrase: coreference fills the country
    definite: bool = False  # "the army": may refer back to an actor named earlier

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None


@dataclass
class Context:
    """What composition needs besides the atoms: the doc, dictionary, date and article-level hints."""

    doc: Doc
    dictionary: ActorDictionary
    on: date | None  # the article's date; None when unknown (never read as today)
    mentioned_countries: set[str]
    seen_people: set[str]
    seen_orgs: set[str] = field(default_factory=set)


@dataclass
class Parts:
    """A phrase's atoms sorted by what they are, with what the phrase says about them."""

    people: list[Atom]
    orgs: list[Atom]
    places: list[Atom]
    ethnic: list[Atom]
    roles: list[Atom]
    names: list[Span]
    role_codes: list[str]
    role_kind: str | None
    former: bool


def compose_phrase(atoms: list[Atom], names: list[Span], phrase: Span, ctx: Context,
                   context_country: str | None = None) -> Draft | None:
    """One noun phrase's atoms (and unknown names) → a draft mention, or None when it names no actor.

    A named person wins, then an organisation, then country + role; ``context_country`` is the country of
    a possessor split off before ("Putin's | spokesman")."""
    core = [a for a in atoms if a.affix not in SUPPORTER_AFFIXES]
    if not core and not names:
        return None
    draft, parts = _start(atoms, core, names, phrase, ctx)
    if parts.people:
        if _code_person(draft, parts.people[-1], ctx, parts):
            if parts.former and draft.role not in ("ELI", None):
                draft.roles = ["ELI", *draft.roles]
                draft.code = f"{draft.country or ''}ELI"
            return draft
        # an ambiguous name ("Clinton" in 2017) is a name we cannot place: resolve it like an unknown one
        person = parts.people[-1]
        parts.names = sorted([*parts.names, ctx.doc[person.start:person.end]], key=lambda n: n.start)
    if parts.orgs:
        return _compose_org(draft, parts, ctx)
    if parts.places and all(p.kind == "city" for p in parts.places) and not (
            parts.roles or parts.names or parts.ethnic):
        return None  # a city is a place, not an actor: it only gives a role its country
    head_is_actor = any(a.start <= draft.root < a.end for a in core) or any(
        n.start <= draft.root < n.end for n in parts.names)
    owner = bool(parts.roles) and ctx.doc[parts.roles[-1].end - 1].dep_ == "poss"  # "the court's ruling"
    if not head_is_actor and parts.roles and (parts.places or owner):
        # "U.S. military base", "Iranian intelligence reports": a country's role word modifying a thing is
        # the actor; a bare one ("press conference", "intelligence failures") is not
        draft.end = parts.roles[-1].end
        draft.root = parts.roles[-1].end - 1
        draft.plural = False
    elif not head_is_actor and not any(_names_state(p, ctx) for p in parts.places):
        return None  # "the Syrian war", "Turkish economy": a demonym on a non-actor noun is no actor
    elif not head_is_actor:
        # "U.S. sanctions", "Tehran's programme": keep the country (or possessive capital) as the mention
        country_atom = next(p for p in parts.places if _names_state(p, ctx))
        draft.start, draft.end = country_atom.start, country_atom.end
        parts.places, parts.role_codes, parts.names, parts.role_kind = [country_atom], [], [], None
    return _compose_state(draft, parts, ctx, context_country)


def _names_state(atom: Atom, ctx: Context) -> bool:
    """A country name, or a capital as possessor ("Tehran's programme": the government's)."""
    return atom.kind == "country" or (atom.kind == "capital" and ctx.doc[atom.end - 1].dep_ == "poss")


def _start(atoms: list[Atom], core: list[Atom], names: list[Span], phrase: Span,
           ctx: Context) -> tuple[Draft, Parts]:
    doc = ctx.doc
    start = _extend_left(doc, min([a.start for a in core] + [n.start for n in names]), phrase.start)
    end = max([a.end for a in core] + [n.end for n in names])
    root = phrase.root
    draft = Draft(start, end, root=root.i, plural=root.tag_ in ("NNS", "NNPS"), atoms=atoms)
    before = doc[phrase.start:start]
    draft.possessor = next((t.lower_ for t in before if t.tag_ == "PRP$"), None)
    # "The secretary of state": a role spanning two chunks opens before the chunk it was grouped by
    opener = doc[start - 1 : start] if start > 0 and start <= phrase.start else doc[0:0]
    draft.definite = any(t.lower_ in ("the", "this", "that") for t in (*before, *opener))
    roles = [a for a in atoms if a.kind == "role"]
    role_codes, role_kind = _phrase_roles(roles, root.i, ctx.dictionary)
    if role_kind == "body" and names and all(n[0].ent_type_ == "PERSON" for n in names):
        role_codes, role_kind, roles = [], None, []  # "people Joe Biden": a group word is no title
    parts = Parts(
        people=[a for a in atoms if a.kind in ("person", "surname")],
        orgs=[a for a in core if a.kind == "org"],
        places=[a for a in core if a.kind in COUNTRY_KINDS],
        ethnic=[a for a in atoms if a.kind == "ethnic"],
        roles=roles, names=list(names), role_codes=role_codes, role_kind=role_kind,
        former=any(t.lower_ in FORMER_WORDS for t in doc[phrase.start:end]))
    return draft, parts


def _compose_org(draft: Draft, parts: Parts, ctx: Context) -> Draft:
    """"Hamas", "Hamas leader X", "a former White House official", "Chile's Defense Department"."""
    org = ctx.dictionary.organisations[_pick_org(parts.orgs[-1].keys, ctx)]
    draft.code, draft.country, draft.name, draft.how = org.code, org.country, org.name, "dictionary"
    draft.roles = [r for r in [org.role, *parts.role_codes] if r]
    other = _country_of(parts.places, [], ctx)
    if other and org.country and other != org.country and org.code == org.country + (org.role or ""):
        # "Chile's Defense Department": a national institution's name used for another country
        draft.code, draft.country = other + (org.role or ""), other
        draft.name = ctx.dictionary.countries[other].name if other in ctx.dictionary.countries else other
    if parts.former and draft.country:
        draft.roles = ["ELI", *draft.roles]
        draft.code = draft.country + "ELI"
    draft.key = "org:" + org.code + org.name
    # "Hamas leader X", "Republican presidential nominee Mitt Romney": a named member acts for the body
    named_person = bool(parts.names) and parts.names[-1][0].ent_type_ == "PERSON"
    person_word = parts.role_kind in ("person", "head") or named_person
    draft.kind = "person" if person_word and not draft.plural else "org"
    if parts.names and person_word:
        draft.name, draft.how = _name_text(parts.names), "title"
        draft.key = "name:" + draft.name
    return draft


def _compose_state(draft: Draft, parts: Parts, ctx: Context, context_country: str | None) -> Draft:
    """Country (name, demonym, capital, city, ethnic group) + role, with an unknown name when titled."""
    country = _country_of(parts.places, parts.ethnic, ctx) or context_country
    role_codes = parts.role_codes
    if parts.ethnic and not parts.places and role_codes and role_codes[0] in ARMED_ROLES:
        armed = ctx.dictionary.ethnic[parts.ethnic[0].keys[0]].armed_role
        role_codes = [armed, *role_codes] if armed else role_codes
    if parts.former and role_codes:
        role_codes = ["ELI", *role_codes]
    if parts.places and all(p.kind == "capital" for p in parts.places) and not role_codes and not parts.names:
        role_codes = ["GOV"]  # "Moscow said", "Washington warned": the capital stands for the government
        draft.how = "metonym"
    draft.country, draft.roles = country, _dedupe(role_codes)
    draft.code = (country or "") + (draft.roles[0] if draft.roles else "") or None
    if parts.names:
        _name_mention(draft, parts, ctx)
        return draft
    draft.name = ctx.dictionary.countries[country].name if country in ctx.dictionary.countries else (
        _role_phrase(parts.roles) if parts.roles else None)
    draft.kind = "person" if parts.role_kind in ("person", "head") and not draft.plural else (
        "group" if role_codes else "state")
    draft.how = draft.how or ("role" if not country else "dictionary" if not role_codes else "demonym")
    if country and not role_codes:
        draft.key = "state:" + country
    return draft


def _name_mention(draft: Draft, parts: Parts, ctx: Context) -> None:
    """A name the dictionary does not place: titled ("Foreign Minister X of Chile"), shared by people who
    agree on a code ("Clinton" in 2017), or unresolved (``code=None``, never guessed)."""
    draft.name = _name_text(parts.names)
    draft.key = "name:" + draft.name
    draft.plural = False
    # an unknown organisation ("Fox News") is not someone "he" can refer to
    is_org = parts.names[-1][0].ent_type_ == "ORG" and parts.role_kind not in ("person", "head")
    draft.kind = "org" if is_org else "person"
    shared = _shared_office(parts.people[-1].keys, ctx) if parts.people and draft.code is None else None
    if shared is not None:
        _apply_office(draft, shared)
        draft.how = "dictionary"
    elif draft.code is None:
        draft.how = None
    else:
        draft.how = "title"


def _code_person(draft: Draft, atom: Atom, ctx: Context, parts: Parts) -> bool:
    """Code a named person by office on the article's date; False when the name is ambiguous."""
    surface = " ".join(t.text for t in ctx.doc[atom.start:atom.end])
    titles = _titles(parts, atom, ctx)
    name = _pick_person(atom.keys, ctx, surface, [phrase for phrase, _ in titles])
    if name is None:
        return False
    office = _office_for(name, ctx, parts, titles)
    draft.name, draft.kind, draft.key, draft.how = name, "person", "person:" + name, "dictionary"
    draft.plural = False  # "Morales" may be tagged as a plural noun; a named person is one
    ctx.seen_people.add(name)
    if office is None:
        # named before any office we know of: their country, no role
        first = min(ctx.dictionary.offices[name], key=lambda o: o.start)
        draft.country, draft.roles, draft.code = first.country, [], first.country
        return True
    _apply_office(draft, office)
    return True


def _titles(parts: Parts, atom: Atom, ctx: Context) -> list[tuple[str, str]]:
    """(phrase, role) of the title words before a name: role words of the phrase ("Foreign Minister"), or
    the opening words of a titled alias the person matched as a whole ("President Clinton")."""
    roles = ctx.dictionary.roles
    # generic words ("leader", "official": kind head) name no particular office
    titles = [(a.keys[0], roles[a.keys[0]].roles[0]) for a in parts.roles
              if a.keys[0] in roles and roles[a.keys[0]].kind == "person"]
    for end in range(atom.end - 1, atom.start, -1):
        phrase = ctx.doc[atom.start:end].text.lower()  # "president-elect" is three tokens
        if phrase in roles and roles[phrase].kind == "person":
            return [(phrase, roles[phrase].roles[0]), *titles]
    return titles


def _office_for(name: str, ctx: Context, parts: Parts, titles: list[tuple[str, str]]) -> Office | None:
    """The office on the article's date (with no date, the principal one) — unless the text gives a title
    that names another of the person's offices ("Senator Kerry", "Prime Minister Barak"): the writer knew
    what the person was when writing. "former"/"ex-" keep the dated office (compose makes it ELI)."""
    office = ctx.dictionary.office_on(name, ctx.on)
    if parts.former or not (titles or parts.role_codes):
        return office
    matching = [o for o in ctx.dictionary.offices.get(name, [])
                if any(_title_names(o.title, phrase) for phrase, _ in titles)]
    if office in matching:
        return office
    role = parts.role_codes[0] if parts.role_codes else titles[0][1]
    if not matching and role != "ELI" and (ctx.on is None or office is None or office.role == "ELI"):
        matching = [o for o in ctx.dictionary.offices_on(name, None) if o.role == role and not o.org]
    if not matching:
        return office
    if ctx.on is None:
        return ctx.dictionary.principal_office(name, matching)
    on = ctx.on
    return min(matching, key=lambda o: min(abs((o.start - on).days), abs((o.end - on).days)))


def _title_names(title: str, phrase: str) -> bool:
    """Does an office title ("Acting President", "President of the Palestinian Authority") carry the title
    phrase of the text ("president")? "Vice President" does not carry "president"."""
    words = bare_title(title).replace("defense", "defence")
    phrase = phrase.lower().replace("defense", "defence")
    return words == phrase or words.startswith((phrase + " of ", phrase + " to "))


def _apply_office(draft: Draft, office: Office) -> None:
    draft.code = office.code()
    draft.country = office.country if not office.org else (
        office.org[:3] if office.org[:3] == office.country else None)
    draft.roles = [office.role] if not office.org else [r for r in [_org_role(office.org), office.role] if r]


def _org_role(code: str) -> str | None:
    return code[3:6] if len(code) >= 6 else None


def _pick_person(keys: tuple[str, ...], ctx: Context, surface: str = "", titles: list[str] | None = None) -> str | None:
    """Among people sharing a name or surname: the one the text's title names ("President Clinton"), one
    already seen in the article, else the one in office."""
    titled = [k for k in keys if any(_title_names(o.title, t) for o in ctx.dictionary.offices_on(k, None)
                                     for t in titles or ())]
    keys = tuple(titled) or keys
    if " " not in surface:
        # "Kim" after "Kim Jong Un": the person the article already named, whatever else "Kim" could be
        named = [p for p in ctx.seen_people if surface in p.split() and (not titled or p in titled)]
        if len(named) == 1:
            return named[0]
    if len(keys) == 1:
        return keys[0]
    seen = [k for k in keys if k in ctx.seen_people]
    if len(seen) == 1:
        return seen[0]
    offices = ctx.dictionary.offices
    # "Kim" in an article about North Korea: the namesake from a country the article mentions
    local = [k for k in keys if any(o.country in ctx.mentioned_countries for o in offices.get(k, []))]
    pool = local or list(keys)
    if len(pool) == 1:
        return pool[0]
    current = [k for k in pool if ctx.dictionary.offices_on(k, ctx.on)]
    if len(current) == 1:
        return current[0]
    governing = [k for k in current if any(o.role == "GOV" for o in ctx.dictionary.offices_on(k, ctx.on))]
    if len(governing) == 1:
        return governing[0]
    leading = [k for k in governing if any(o.title.lower() in ctx.dictionary.leading_titles
                                           for o in ctx.dictionary.offices_on(k, ctx.on))]
    if len(leading) == 1:
        return leading[0]
    return None


def _pick_org(keys: tuple[str, ...], ctx: Context) -> str:
    """Among organisations sharing an acronym ("RSF"): the one already named in the article, else the first."""
    seen = [k for k in keys if k in ctx.seen_orgs]
    key = seen[-1] if seen else keys[0]
    ctx.seen_orgs.add(key)
    return key


def _shared_office(keys: tuple[str, ...], ctx: Context) -> Office | None:
    """The office all the people sharing an ambiguous name hold on the date, when they agree on its code."""
    offices = [ctx.dictionary.office_on(k, ctx.on) for k in keys]
    codes = {o.code() for o in offices if o is not None}
    if len(codes) == 1 and all(o is not None for o in offices):
        return offices[0]
    return None


def _phrase_roles(roles: list[Atom], root: int, dictionary: ActorDictionary) -> tuple[list[str], str | None]:
    """Role codes of a phrase, primary first: the head's role, unless the head is a generic person word
    ("leader", "spokesman") and a modifier carries a role ("rebel leader" → REB)."""
    if not roles:
        return [], None
    head = next((a for a in roles if a.start <= root < a.end), roles[-1])
    head_role = dictionary.roles[head.keys[0]]
    modifiers = [dictionary.roles[a.keys[0]] for a in roles if a is not head]
    codes = list(head_role.roles)
    if head_role.kind == "head" and modifiers:
        codes = [*modifiers[-1].roles, *codes]
    else:
        codes += [r for m in modifiers for r in m.roles]
    return _dedupe(codes), head_role.kind


def _country_of(places: list[Atom], ethnic: list[Atom], ctx: Context) -> str | None:
    if places:
        place = places[-1]
        if len(places) > 1 and ctx.doc[place.start:place.end].text.lower() in NATIONS_ACROSS_BORDERS:
            place = places[-2]  # "Bosnian Serbs", "Kosovo Albanians": the people of the state first named
        return place.keys[0] if len(place.keys) == 1 else _first_mentioned(place.keys, ctx)
    if ethnic:
        return _first_mentioned(ctx.dictionary.ethnic[ethnic[0].keys[0]].countries, ctx)
    return None


def _first_mentioned(countries: tuple[str, ...], ctx: Context) -> str | None:
    for country in countries:
        if country in ctx.mentioned_countries:
            return country
    return countries[0] if countries else None


def _extend_left(doc: Doc, start: int, floor: int) -> int:
    # keep "anti-" / "pro-" with the name they qualify ("anti-Damascus rebels")
    if start - 2 >= floor and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("anti", "pro"):
        return start - 2
    return start


def _name_text(names: list[Span]) -> str:
    return " ".join(n.text for n in names)


def _role_phrase(roles: list[Atom]) -> str:
    return roles[-1].keys[0]


def _dedupe(codes: list[str]) -> list[str]:
    seen: list[str] = []
    for code in codes:
        if code and code not in seen:
            seen.append(code)
    return seen
