"""The events stage entry point: ``extract_events(doc, article, actors, predicates)``."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tacitus.actors import ActorDictionary
from tacitus.events.arguments import ActorIndex
from tacitus.events.candidates import Candidate, build_events
from tacitus.events.completion import CountryContext
from tacitus.events.dictionary import PredicateDictionary
from tacitus.events.flags import dated_before
from tacitus.events.headlines import headline_candidates, is_headline
from tacitus.events.modifiers import CountryWords, modifier_countries
from tacitus.events.sentences import SentenceReader
from tacitus.record import ActorMention, Article, Event

# words that open page furniture (link boxes, video players), not story text
BOILERPLATE_OPENERS = ("SEE ALSO", "JUST WATCHED", "MUST WATCH", "READ MORE", "Read more", "Read More", "RELATED",
                       "Related:", "WATCH:", "Watch:")


def extract_events(
    doc: Doc,
    article: Article,
    actors: tuple[ActorMention, ...],
    predicates: PredicateDictionary,
    actor_dictionary: ActorDictionary | None = None,
) -> tuple[Event, ...]:
    """Code every event in a parsed article: CAMEO/PLOVER/Goldstein with source, target and evidence.

    Only sentences holding a resolved actor and a trigger word are read; a sentence with nothing
    codable yields nothing (no "010 when unsure" fallback), and neither does an event dated to an earlier year
    than the article ("In 2006, …"). Negated events come back with
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
    year = int(article.date[:4]) if article.date and article.date[:4].isdigit() else None
    group_nouns = predicates.words("group_nouns")
    for sentence_index, sentence in enumerate(doc.sents):
        if not index.any_in(sentence) and not _stands_for_actor(sentence, group_nouns, index.modifier_countries):
            continue  # no actor, no country word and no group ("the two countries") that could stand for one
        if not any(t.lemma_.lower() in triggers or t.lower_ in triggers for t in sentence):
            continue  # nothing in it can start an event
        lines = _lines(sentence)
        candidates = _headline_candidates(lines[0], article, index, predicates) if lines else []
        if not candidates or len(lines) > 1:
            # below a headline line read by word order, the rest of the sentence is read by its parse
            body = SentenceReader(sentence, index, predicates).read()
            candidates += [c for c in body if not candidates or c.triggers[0].i >= lines[1].start]
        candidates = [c for c in candidates if not _in_boilerplate(c.triggers[0], lines)
                      and not dated_before(c.triggers[0], year)]  # a recollection of an earlier year
        for candidate in _within_lines(candidates, lines):
            for event in build_events(candidate, sentence, sentence_index, article, predicates, context):
                events.setdefault(_same_event(event), event)
    return tuple(events.values())


def _lines(sentence: Span) -> list[Span]:
    """The sentence cut at its blank lines: the small model often runs a title, a caption or a list of
    story highlights into the next paragraph's sentence."""
    doc, start, lines = sentence.doc, sentence.start, []
    for token in sentence:
        if token.is_space and token.text.count("\n") >= 2:  # a blank line; hard-wrapped text keeps its sentences
            if token.i > start:
                lines.append(doc[start : token.i])
            start = token.i + 1
    if start < sentence.end:
        lines.append(doc[start : sentence.end])
    return lines


def _in_boilerplate(trigger: Token, lines: list[Span]) -> bool:
    """The trigger sits in page furniture, not in the story: a line that a link or video marker opens
    ("SEE ALSO: …", "JUST WATCHED …", "Read more: …"), or a list of headlines split by "|" up to the "MORE"
    that closes it (a site's related-links box run into a sentence)."""
    line = next((s for s in lines if s.start <= trigger.i < s.end), None)
    if line is None:
        return False
    words = [t for t in line if not t.is_space]
    if words and line.doc[words[0].i : words[0].i + 3].text.startswith(BOILERPLATE_OPENERS):
        return True
    pipes = [t.i for t in words if t.text == "|"]
    if len(pipes) < 2:
        return False
    close = next((t.i for t in words if t.text == "MORE" and t.i > pipes[-1]), line.end)
    return trigger.i < close


def _headline_candidates(
    line: Span, article: Article, index: ActorIndex, predicates: PredicateDictionary
) -> list[Candidate]:
    """A headline is one line: the title's line of a sentence that runs on into the text below it."""
    return headline_candidates(line, index, predicates) if is_headline(line, article) else []


def _within_lines(candidates: list[Candidate], lines: list[Span]) -> list[Candidate]:
    """No event reaches across a blank line: an actor on another line than the trigger is no argument of
    it ("… Politics newsletter and follow us on Twitter" under the title "The Politics of US")."""
    if len(lines) < 2:
        return candidates
    kept = []
    for candidate in candidates:
        line = next((s for s in lines if s.start <= candidate.triggers[0].i < s.end), None)
        if line is None or any(not line.start <= t.i < line.end for t in candidate.triggers):
            continue
        begin, end = line.start_char, line.end_char
        candidate.sources = [a for a in candidate.sources if begin <= a.start and a.end <= end]
        candidate.targets = [a for a in candidate.targets if begin <= a.start and a.end <= end]
        if candidate.sources or candidate.targets:
            kept.append(candidate)
    return kept


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
