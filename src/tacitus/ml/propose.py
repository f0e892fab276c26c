"""``propose_events``: ML proposals for sentences that hold two actors but got no dictionary event.

Call it after ``extract_events``::

    model = load_ml_model()                       # once per process (MiniLM + the shipped weights)
    events = extract_events(doc, article, actors, predicates)
    events = propose_events(doc, article, actors, events, model)

The returned tuple is the dictionary events followed by the proposals (``how="ml"``,
``confidence`` = the classifier's probability for the root).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from tacitus.events.codes import lookup
from tacitus.ml.classifier import EventClassifier, Prediction, load_classifier
from tacitus.ml.dyad import Dyad, find_dyad, is_hypothetical, is_negated
from tacitus.ml.embed import Embedder, load_embedder
from tacitus.record import ActorMention, Article, Event, Plover, Span

HOW = "ml"


@dataclass(frozen=True)
class MLEventModel:
    """Everything the ML stage loads once per worker: the embedder and the classifier."""

    embedder: Embedder
    classifier: EventClassifier

    @property
    def version(self) -> str:
        return f"{self.embedder.name}+{self.classifier.version}"


@lru_cache(maxsize=2)
def load_ml_model(weights: Path | None = None) -> MLEventModel:
    """Load MiniLM and the classifier weights (default: ``data/ml/event_classifier.npz``) once per process."""
    return MLEventModel(load_embedder(), load_classifier(weights))


def candidate_sentences(
    doc: Doc, actors: tuple[ActorMention, ...], events: tuple[Event, ...]
) -> list[tuple[int, SpacySpan, Dyad]]:
    """Sentences with ≥ 2 resolved actors of different codes, no dictionary event and a clear dyad."""
    covered = {event.sentence_index for event in events}
    by_sentence: dict[int, list[ActorMention]] = defaultdict(list)
    for actor in actors:
        if actor.code is not None and actor.sentence_index is not None:
            by_sentence[actor.sentence_index].append(actor)
    wanted = {i for i, found in by_sentence.items() if i not in covered and len({a.code for a in found}) >= 2}
    if not wanted:
        return []
    candidates = []
    for index, sentence in enumerate(doc.sents):
        if index in wanted:
            dyad = find_dyad(sentence, by_sentence[index])
            if dyad is not None:
                candidates.append((index, sentence, dyad))
    return candidates


def _event(article: Article, index: int, sentence: SpacySpan, dyad: Dyad, prediction: Prediction) -> Event:
    info = lookup(prediction.cameo)
    verb = dyad.verb
    trigger = Span(verb.text, verb.idx, verb.idx + len(verb.text))
    key = f"{article.id}|{index}|{trigger.start}|{info.code}|{dyad.source.start}|{dyad.target.start}|{HOW}"
    return Event(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        sentence_index=index,
        sentence=sentence.text,
        source=dyad.source,
        target=dyad.target,
        trigger=trigger,
        cameo=info.code,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover=Plover(info.plover_type, info.plover_mode),
        negated=is_negated(verb),
        hypothetical=is_hypothetical(verb),
        confidence=round(prediction.probability, 3),
        how=HOW,
    )


def propose_events(
    doc: Doc, article: Article, actors: tuple[ActorMention, ...], events: tuple[Event, ...], model: MLEventModel
) -> tuple[Event, ...]:
    """The dictionary ``events`` plus one ML proposal per uncovered two-actor sentence the classifier codes.

    Only sentences the dictionary left without any event are read, so dictionary events are never
    changed or duplicated; a proposal needs a root probability above the threshold tuned by
    cross-validation (see ``tacitus.ml.train``) and a subject/object dyad in the parse.
    """
    candidates = candidate_sentences(doc, actors, events)
    if not candidates:
        return events
    vectors = model.embedder.encode([sentence.text for _, sentence, _ in candidates])
    predictions = model.classifier.predict(vectors)
    proposals = tuple(
        _event(article, index, sentence, dyad, prediction)
        for (index, sentence, dyad), prediction in zip(candidates, predictions, strict=True)
        if prediction is not None
    )
    return events + proposals
