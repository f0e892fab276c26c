"""The events stage entry point: ``extract_events(doc, article, actors, predicates)``."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tacitus.actors import ActorDictionary
from tacitus.events.arguments import ActorIndex
from tacitus.events.candidates import build_events
from tacitus.events.completion import CountryContext
from tacitus.events.dictionary import PredicateDictionary
from tacitus.events.headlines import headline_candidates, is_headline
from tacitus.events.modifiers import CountryWords, modifier_countries
from tacitus.events.sentences import SentenceReader
from tacitus.record import ActorMention, Article, Event


def extract_events(
    doc: Doc,
    article: Article,
    actors: tuple[ActorMention, ...],
    predicates: PredicateDictionary,
    actor_dictionary: ActorDictionary | None = None,
) -> tuple[Event, ...]:
    """Code every event in a parsed article: CAMEO/PLOVER/Goldstein with source, target and evidence.

    Only sentences holding a resolved actor and a trigger word are read; a sentence with nothing
    codable yields nothing (no "010 when unsure" fallback). Negated events come back with
    ``negated=True``, conditional or possible ones with ``hypothetical=True``. With the
    ``actor_dictionary``, a country word modifying a nominal trigger is its doer ("Israeli air strikes").
    """
    countries = modifier_countries(actor_dictionary) if actor_dictionary is not None else None
    index = ActorIndex(doc, actors, countries)
    events: dict[tuple[object, ...], Event] = {}
    context = CountryContext(
        actors,
        roles=frozenset(r.upper() for r in predicates.words("completion_roles")),
        not_from_state=frozenset(r.upper() for r in predicates.words("completion_not_from_state")),
        sentence_only=frozenset(r.upper() for r in predicates.words("completion_sentence_only")),
        place_words=countries,
        place_preps=predicates.words("place_preps"),
    )
    triggers = predicates.trigger_words
    group_nouns = predicates.words("group_nouns")
    for sentence_index, sentence in enumerate(doc.sents):
        if not index.any_in(sentence) and not _stands_for_actor(sentence, group_nouns, index.modifier_countries):
            continue  # no actor, no country word and no group ("the two countries") that could stand for one
        if not any(t.lemma_.lower() in triggers or t.lower_ in triggers for t in sentence):
            continue  # nothing in it can start an event
        candidates = headline_candidates(sentence, index, predicates) if is_headline(sentence, article) else []
        if not candidates:
            candidates = SentenceReader(sentence, index, predicates).read()
        for candidate in candidates:
            for event in build_events(candidate, sentence, sentence_index, article, predicates, context):
                events.setdefault(_same_event(event), event)
    return tuple(events.values())


def _same_event(event: Event) -> tuple[object, ...]:
    """One event per sentence, dyad and code: "closed its embassy and withdrew its diplomats" is one 161."""
    return (
        event.sentence_index,
        event.source.code if event.source else None,
        event.target.code if event.target else None,
        event.cameo,
        event.negated,
        event.hypothetical,
    )


def _stands_for_actor(sentence: Span, group_nouns: frozenset[str], countries: CountryWords) -> bool:
    """A sentence without actor mentions may still have a doer: a country word ("Russian missile strikes
    on Odesa") or a group of the previous sentence's actors ("the two countries")."""
    return any(
        t.lemma_ in group_nouns or (t.text[:1].isupper() and countries.get(t, places=True) is not None)
        for t in sentence
    )
