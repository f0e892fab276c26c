"""The output records: the contract of DESIGN.md, in code.

Every record is a frozen dataclass; stages build new ones and never mutate what they were given.
``ArticleRecord.to_dict()`` gives the JSON object that ``tacitus code --format jsonl`` prints.
Character offsets always index ``Article.text`` (title, blank line, body).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Article:
    """One input article after ingestion. ``text`` is what every offset points into."""

    id: str
    text: str
    title: str | None = None
    source_id: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    language: str | None = "en"
    encoding: str | None = None
    truncated: bool = False
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source_id": self.source_id,
            "title": self.title,
            "date": self.date,
            "outlet": self.outlet,
            "url": self.url,
            "path": self.path,
            "language": self.language,
            "word_count": self.word_count,
            "encoding": self.encoding,
            "truncated": self.truncated,
            "metadata": self.metadata,
        }


@dataclass(frozen=True)
class Span:
    """A stretch of article text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ActorMention:
    """A mention of an actor, resolved to a CAMEO-style code (or ``code=None`` when unresolvable).

    ``how`` says why: ``dictionary``, ``title``, ``coreference``, ``metonym``, ``demonym``, ``role`` …
    ``entity`` groups mentions of the same actor within one article (coreference chain id).
    """

    text: str
    start: int
    end: int
    code: str | None
    name: str | None = None
    country: str | None = None
    role: str | None = None
    roles: tuple[str, ...] = ()
    how: str | None = None
    entity: int | None = None
    sentence_index: int | None = None

    def ref(self) -> dict[str, Any]:
        """The short form used inside events and quotes."""
        return {"text": self.text, "start": self.start, "end": self.end, "code": self.code, "name": self.name,
                "country": self.country, "role": self.role}


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    how: str
    admin1: str | None = None


@dataclass(frozen=True)
class Plover:
    event_type: str | None
    mode: str | None = None


@dataclass(frozen=True)
class Event:
    """One coded event: source does trigger to target, with its evidence."""

    id: str
    sentence_index: int
    sentence: str
    source: ActorMention | None
    target: ActorMention | None
    trigger: Span
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: Plover
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    location: Location | None = None
    tone: float | None = None
    how: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "source": self.source.ref() if self.source else None,
            "target": self.target.ref() if self.target else None,
            "trigger": asdict(self.trigger),
            "cameo": self.cameo,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": asdict(self.plover),
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "confidence": round(self.confidence, 3),
            "location": asdict(self.location) if self.location else None,
            "tone": self.tone,
            "how": self.how,
        }


@dataclass(frozen=True)
class Quote:
    """Who said what. ``start``/``end`` cover the content without quotation marks."""

    text: str
    start: int
    end: int
    kind: str  # direct | partial | indirect | mixed
    speaker: ActorMention | None
    verb: str | None = None
    sentence_index: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speaker": self.speaker.ref() if self.speaker else None,
            "verb": self.verb,
            "sentence_index": self.sentence_index,
        }


@dataclass(frozen=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None = None  # city, country, admin1, landmark, region
    how: str | None = None


@dataclass(frozen=True)
class Tone:
    """GDELT V2Tone-compatible tone (percentages of words), plus VADER's compound score."""

    tone: float
    positive: float
    negative: float
    polarity: float
    activity_density: float = 0.0
    self_group_density: float = 0.0
    word_count: int = 0
    compound: float | None = None


@dataclass(frozen=True)
class ArticleRecord:
    """Everything Tacitus found in one article, or why it skipped it."""

    article: Article
    actors: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    tone: Tone | None = None
    skipped: str | None = None
    versions: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [_actor_dict(a) for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "places": [asdict(p) for p in self.places],
            "tone": asdict(self.tone) if self.tone else None,
            "skipped": {"reason": self.skipped} if self.skipped else None,
            "versions": self.versions,
            "schema_version": SCHEMA_VERSION,
        }


def _actor_dict(actor: ActorMention) -> dict[str, Any]:
    data = asdict(actor)
    data["roles"] = list(actor.roles)
    return data
