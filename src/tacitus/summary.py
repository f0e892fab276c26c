"""A running tally of what a coding run produced, and its readable summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table

from tacitus.record import ArticleRecord

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass
class RunSummary:
    coded: int = 0
    truncated: int = 0
    words: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    quads: Counter[int] = field(default_factory=Counter)
    dyads: Counter[tuple[str, str]] = field(default_factory=Counter)
    roots: Counter[str] = field(default_factory=Counter)
    events: int = 0
    quotes: int = 0
    attributed_quotes: int = 0
    places: int = 0
    actors: int = 0
    speakers: Counter[str] = field(default_factory=Counter)

    def add(self, record: ArticleRecord) -> None:
        if record.skipped:
            # Group reasons by their kind ("malformed JSON on line 3: …" → "malformed JSON").
            self.skipped[_reason_kind(record.skipped)] += 1
            return
        self.coded += 1
        self.truncated += record.article.truncated
        self.words += record.article.word_count
        self.actors += len(record.actors)
        self.places += len(record.places)
        self.quotes += len(record.quotes)
        for quote in record.quotes:
            if quote.speaker is not None:
                self.attributed_quotes += 1
                self.speakers[quote.speaker.name or quote.speaker.text] += 1
        for event in record.events:
            if event.negated or event.hypothetical:
                continue
            self.events += 1
            self.quads[event.quad_class] += 1
            self.roots[event.root] += 1
            # A dyad needs both sides coded; one-sided events still count above.
            if event.source and event.source.code and event.target and event.target.code:
                self.dyads[(event.source.code, event.target.code)] += 1

    @property
    def total_skipped(self) -> int:
        return sum(self.skipped.values())

    def print(self, console: Console, top: int = 10) -> None:
        """Articles, events by quad class, top dyads, quotes: what a person wants after a run."""
        console.print(f"[bold]Articles[/]: {self.coded} coded ({self.words:,} words, {self.truncated} truncated), "
                      f"{self.total_skipped} skipped")
        for reason, count in self.skipped.most_common():
            console.print(f"  skipped {count} × {reason}")
        quads = Table(title=f"Events by quad class ({self.events} events)", title_justify="left")
        quads.add_column("quad class")
        quads.add_column("events", justify="right")
        for quad in (1, 2, 3, 4):
            quads.add_row(f"{quad} {QUAD_NAMES[quad]}", str(self.quads[quad]))
        console.print(quads)
        dyads = Table(title="Top dyads", title_justify="left")
        for name in ("source", "target", "events"):
            dyads.add_column(name, justify="right" if name == "events" else "left")
        for (source, target), count in self.dyads.most_common(top):
            dyads.add_row(source, target, str(count))
        console.print(dyads)
        console.print(f"[bold]Quotes[/]: {self.quotes} ({self.attributed_quotes} with a speaker); "
                      f"top speakers: {', '.join(f'{s} ({n})' for s, n in self.speakers.most_common(5)) or '—'}")
        console.print(f"[bold]Actors[/]: {self.actors} mentions; [bold]places[/]: {self.places}")


def _reason_kind(reason: str) -> str:
    for separator in (":", " (", " of an article"):
        if separator in reason:
            return reason.split(separator)[0]
    return reason
