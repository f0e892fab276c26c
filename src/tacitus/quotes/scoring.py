"""Score predicted quotes against gold attributions: content-span F1 and speaker accuracy.

Content spans are compared as sets of word tokens (``\\w+`` runs; quotation marks and punctuation
do not count). A predicted and a gold quote match when |shared tokens| / |tokens in either| reaches
the threshold; matching is greedy one-to-one, best overlap first. Predicted quotes with the same
speaker span and cue verb form one attribution (PolNeAR annotates a split quote "…," he said, "…" as
one discontinuous content, and mostly the cue-less quote paragraphs that follow with it).

Categories: ``direct`` (gold: content opens with a quotation mark; predicted: kind ``direct``),
``indirect`` (gold: every other content; predicted: ``indirect``, ``mixed``, ``partial``), ``all``
(kinds ignored).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tacitus.quotes.polnear import GoldQuote
from tacitus.record import ActorMention, Quote

_WORD = re.compile(r"\w+")
CATEGORIES = ("direct", "indirect", "all")


@dataclass
class Tally:
    """Counts for one category at one threshold."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    with_source: int = 0
    speaker_right: int = 0
    with_name: int = 0
    name_right: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.with_source if self.with_source else 0.0

    @property
    def name_accuracy(self) -> float:
        """Share of matched quotes with an expected actor name whose speaker resolved to that name."""
        return self.name_right / self.with_name if self.with_name else 0.0


@dataclass
class QuoteScores:
    """Tallies per (category, threshold)."""

    thresholds: tuple[float, ...] = (0.5, 0.8)
    tallies: dict[tuple[str, float], Tally] = field(default_factory=dict)

    def tally(self, category: str, threshold: float) -> Tally:
        return self.tallies.setdefault((category, threshold), Tally())


@dataclass(frozen=True)
class _Attribution:
    tokens: frozenset[int]
    category: str
    speaker: ActorMention | None = None
    source: tuple[tuple[int, int], ...] = ()
    name: str | None = None


class _Tokens:
    def __init__(self, text: str):
        self.starts = [m.start() for m in _WORD.finditer(text)]

    def within(self, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        found: set[int] = set()
        for start, end in spans:
            found.update(range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)))
        return frozenset(found)


def _predicted(quotes: Sequence[Quote], tokens: _Tokens) -> list[_Attribution]:
    groups: dict[object, list[Quote]] = {}
    for number, quote in enumerate(quotes):
        category = _category(quote)
        key: object = (category, quote.speaker.start, quote.speaker.end, quote.verb) if quote.speaker else number
        groups.setdefault(key, []).append(quote)
    return [_Attribution(tokens.within((q.start, q.end) for q in parts),
                         _category(parts[0]), parts[0].speaker)
            for parts in groups.values()]


def _category(quote: Quote) -> str:
    """PolNeAR's rule on our kinds: content that opens with a quotation mark (direct, partial) is direct."""
    return "direct" if quote.kind == "direct" else "indirect"


def _overlaps(a: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a[0] < end and start < a[1] for start, end in spans)


def speaker_right(speaker: ActorMention | None, source: Sequence[tuple[int, int]],
                  actors: Sequence[ActorMention] = ()) -> bool:
    """A speaker is right when its span overlaps the gold source, or when another mention of its
    coreference entity (same ``entity`` id among ``actors``) does."""
    if speaker is None or not source:
        return False
    if _overlaps((speaker.start, speaker.end), source):
        return True
    if speaker.entity is None:
        return False
    return any(m.entity == speaker.entity and _overlaps((m.start, m.end), source) for m in actors)


def _match(pred: list[_Attribution], gold: list[_Attribution], threshold: float
           ) -> list[tuple[_Attribution, _Attribution]]:
    pairs = []
    for p in pred:
        for g in gold:
            shared = len(p.tokens & g.tokens)
            if shared:
                overlap = shared / len(p.tokens | g.tokens)
                if overlap >= threshold:
                    pairs.append((overlap, id(p), id(g), p, g))
    pairs.sort(key=lambda item: -item[0])
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, pid, gid, p, g in pairs:
        if pid not in used_p and gid not in used_g:
            used_p.add(pid)
            used_g.add(gid)
            matched.append((p, g))
    return matched


def score_article(scores: QuoteScores, text: str, gold: Sequence[GoldQuote], predicted: Sequence[Quote],
                  actors: Sequence[ActorMention] = ()) -> None:
    """Add one article's counts to ``scores``."""
    tokens = _Tokens(text)
    pred = [p for p in _predicted(predicted, tokens) if p.tokens]
    golds = [_Attribution(tokens.within(g.content), g.kind, None, g.source, g.speaker_name) for g in gold]
    golds = [g for g in golds if g.tokens]
    for category in CATEGORIES:
        p_cat = pred if category == "all" else [p for p in pred if p.category == category]
        g_cat = golds if category == "all" else [g for g in golds if g.category == category]
        for threshold in scores.thresholds:
            tally = scores.tally(category, threshold)
            tally.predicted += len(p_cat)
            tally.gold += len(g_cat)
            for p, g in _match(p_cat, g_cat, threshold):
                tally.matched += 1
                if g.source:
                    tally.with_source += 1
                    tally.speaker_right += speaker_right(p.speaker, g.source, actors)
                if g.name:
                    tally.with_name += 1
                    tally.name_right += p.speaker is not None and p.speaker.name == g.name
