"""Wires the stages for one article and for a batch: nlp → actors → events → quotes → places → tone.

``Resources`` holds everything a worker loads once (model, dictionaries, gazetteer, lexicon);
``code_docs`` is the per-article function that runs alike in-process, in a process pool and in Spark.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from tacitus import __version__
from tacitus.actors import ActorDictionary, load_actor_dictionary, resolve_actors
from tacitus.events import PredicateDictionary, extract_events, load_predicates
from tacitus.nlp import load_model, model_version
from tacitus.places import Gazetteer, extract_places, load_gazetteer, locate_events
from tacitus.quotes import extract_quotes
from tacitus.record import Article, ArticleRecord
from tacitus.tone import ToneLexicon, load_tone_lexicon, score_tone


@dataclass(frozen=True)
class Options:
    """What a user can change about coding; picklable so pool workers can rebuild ``Resources``."""

    model: str | None = None
    actor_files: tuple[Path, ...] = ()
    predicate_files: tuple[Path, ...] = ()
    batch_size: int = 16
    ml: bool = False  # the optional ML stages (extra tacitus[ml]): events classifier, quote tagger; off by default
    ml_threshold: float | None = None  # the events classifier's cut-off (None: the one chosen in training)


@dataclass
class Resources:
    nlp: Language
    actors: ActorDictionary
    predicates: PredicateDictionary
    gazetteer: Gazetteer
    tone: ToneLexicon
    versions: dict[str, str] = field(default_factory=dict)
    ml: Any = None  # an ``events.ml.MLCoder`` when ``Options.ml`` asked for it
    quote_tagger: Any = None  # a ``quotes.tagger.QuoteTagger`` likewise


@lru_cache(maxsize=4)
def load_resources(options: Options) -> Resources:
    """Load the model and every dictionary once per process (read-only afterwards)."""
    nlp = load_model(options.model)
    actors = load_actor_dictionary(options.actor_files)
    predicates = load_predicates(options.predicate_files)
    versions = {
        "tacitus": __version__,
        "model": model_version(nlp),
        "actors": actors.version,
        "predicates": predicates.version,
    }
    ml = tagger = None
    if options.ml:
        from tacitus.events.ml import ML_VERSION, load_ml_coder  # only with the extra: it imports torch
        from tacitus.quotes.tagger import TAGGER_VERSION, load_tagger

        ml, versions["ml"] = load_ml_coder(threshold=options.ml_threshold), ML_VERSION
        tagger, versions["quote_tagger"] = load_tagger(), TAGGER_VERSION
    return Resources(nlp, actors, predicates, load_gazetteer(), load_tone_lexicon(), versions, ml, tagger)


def code_doc(doc: Doc, article: Article, resources: Resources) -> ArticleRecord:
    """Run every stage after the parse for one article."""
    actors = resolve_actors(doc, article, resources.actors)
    events = extract_events(doc, article, actors, resources.predicates, resources.actors)
    if resources.ml is not None:
        events += resources.ml.propose(doc, article, actors, events, resources.predicates)
    quotes = extract_quotes(doc, article, actors, pipeline=resources.versions["model"], tagger=resources.quote_tagger)
    places = extract_places(doc, article, actors, resources.gazetteer)
    tone, sentence_tones = score_tone(doc, resources.tone)
    events = locate_events(doc, article, events, places, resources.gazetteer)
    events = tuple(replace(e, tone=sentence_tones[e.sentence_index]) for e in events)
    return ArticleRecord(article, actors, events, quotes, places, tone, versions=resources.versions)


def code_articles(articles: Iterable[Article | ArticleRecord], resources: Resources,
                  batch_size: int = 16) -> Iterator[ArticleRecord]:
    """Code a stream of articles in order; already-skipped records pass through untouched."""
    pending: list[Article | ArticleRecord] = []
    for item in articles:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from _code_batch(pending, resources)
            pending = []
    if pending:
        yield from _code_batch(pending, resources)


def _code_batch(items: list[Article | ArticleRecord], resources: Resources) -> Iterator[ArticleRecord]:
    to_parse = [item for item in items if isinstance(item, Article)]
    docs = iter(resources.nlp.pipe((a.text for a in to_parse), batch_size=len(to_parse) or 1))
    for item in items:
        if isinstance(item, ArticleRecord):
            yield item
        else:
            yield code_doc(next(docs), item, resources)


def code_text(text: str, date: str | None = None, resources: Resources | None = None,
              **fields: Any) -> ArticleRecord:
    """Code one text in-process: the simplest entry point for notebooks and tests."""
    from tacitus.ingest import make_article

    resources = resources or load_resources(Options())
    article = make_article(text, date=date, **fields)
    if isinstance(article, ArticleRecord):
        return article
    return next(code_articles([article], resources))
