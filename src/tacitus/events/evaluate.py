"""Score the events stage against a gold set: P/R/F1 at root, full code and dyad+root, a confusion
table by root, flag scores, and PLOVER type scores where the gold gives them.

Three gold formats are read (detected by their fields): Tacitus gold (``tests/gold/events/*.jsonl``),
the CAMEO codebook examples and the PLOVER gold-standard records in ``../shared/eval/``. A Tacitus
record may give ``ref`` (a place in a news corpus, see ``corpus_refs``) instead of ``text``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from tacitus.corpus_refs import corpora_folder, resolve_text
from tacitus.record import Event

# old CAMEO country codes that differ from ISO 3166-1 alpha-3 (CAMEO actor codebook, 2012), and Kosovo,
# which has no ISO code: the actors stage writes KSV, CAMEO and the gold KOS
OLD_CODES = {
    "JAP": "JPN",
    "VTN": "VNM",
    "UK": "GBR",
    "ROM": "ROU",
    "SER": "SRB",
    "BUL": "BGR",
    "MAL": "MYS",
    "KSV": "KOS",
}
DEFAULT_DATE = "2000-01-01"  # the external sets carry no dates; the PLOVER records use this one
# former states the actors stage codes (ISO 3166-3: USSR, Yugoslavia...) count as countries too
ISO3 = frozenset(country.alpha_3 for country in pycountry.countries) | {"KOS", "SUN", "YUG", "CSK", "DDR", "SCG"}
DYAD_DEFINITION = (
    "dyad+root: same root, and each side the same country, or for a non-state actor the same organisation "
    "family (IGO codes by their first 6 letters, NGO codes as NGO, other groups by their whole code)"
)
DYAD_DEFINITION_EXTERNAL = "dyad+root: same root, each side compared by its first three letters where the gold gives it"
IGO_FAMILY_LENGTH = 6  # IGOUNO, IGOEUR, IGOWST: the organisation family of an IGO code


@dataclass(frozen=True)
class GoldEvent:
    source: str | None
    target: str | None
    cameo: str
    negated: bool = False
    hypothetical: bool = False
    plover: str | None = None


@dataclass(frozen=True)
class GoldItem:
    id: str
    text: str
    date: str
    events: tuple[GoldEvent, ...]
    tags: tuple[str, ...] = ()
    dated: bool = True  # False: ``date`` is DEFAULT_DATE, for the actors' roles only

    def article(self, for_events: bool = False) -> Any:
        """The text as an article; an undated one has no date for the events stage (no year to compare)."""
        from tacitus.record import Article

        return Article(id=self.id, text=self.text, date=self.date if self.dated or not for_events else None)


@dataclass(frozen=True)
class GoldSet:
    kind: str  # tacitus | cameo-codebook | plover
    items: tuple[GoldItem, ...]

    @property
    def wildcard_actors(self) -> bool:
        """External sets give actor codes only "where given": a missing one matches anything."""
        return self.kind != "tacitus"


def _detect(record: dict[str, Any]) -> str:
    if "plover_record" in record:
        return "plover"
    if "spans" in record or any(e.get("code_scheme") == "CAMEO" for e in record.get("events", ())):
        return "cameo-codebook"
    return "tacitus"


def _gold_event(kind: str, event: dict[str, Any]) -> GoldEvent:
    if kind == "plover":
        return GoldEvent(
            event.get("source"),
            event.get("target"),
            str(event["cameo_code"]),
            plover=event.get("plover_2021_type"),
        )
    if kind == "cameo-codebook":
        return GoldEvent(event.get("source"), event.get("target"), str(event["code"]))
    return GoldEvent(
        event.get("source"),
        event.get("target"),
        str(event["cameo"]),
        bool(event.get("negated")),
        bool(event.get("hypothetical")),
    )


def load_gold(path: Path) -> GoldSet:
    """Read a gold file in any of the three formats (``CorpusRefError``, a ``ValueError``, for a bad ref)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not records:
        raise ValueError(f"{path}: no gold records.")
    kind = _detect(records[0])
    if any("ref" in r for r in records):  # real-news gold: the text is read in place from the corpus
        corpora = corpora_folder(path)
        records = [r if "ref" not in r else {**r, "text": resolve_text(r["ref"], corpora)} for r in records]
    items = tuple(
        GoldItem(
            str(r.get("id", n)),
            r["text"],
            r.get("date") or DEFAULT_DATE,
            tuple(_gold_event(kind, e) for e in r.get("events", ())),
            tuple(r.get("tags", ())),
            bool(r.get("date")),
        )
        for n, r in enumerate(records)
    )
    return GoldSet(kind, items)


def dyad_part(code: str | None, first_three: bool = False) -> str | None:
    """The dyad part of an actor code, applied alike to gold and prediction.

    A state actor counts by its country ("RUSGOV" → "RUS"); a non-state actor by its organisation
    family: IGO codes by their first six letters ("IGOUNOHRC" → "IGOUNO", "IGOEUREEC" → "IGOEUR"),
    every NGO code as "NGO" ("NGOAMN" → "NGO"), any other group by its whole code ("IMGMUSISI").
    Old CAMEO country codes are mapped first ("JAP" → "JPN", "KSV" → "KOS"). With ``first_three``
    (the external sets) every code compares by its first three letters.
    """
    if not code:
        return None
    code = OLD_CODES.get(code, code)
    head = OLD_CODES.get(code[:3], code[:3])
    if first_three or head in ISO3:
        return head
    if head == "IGO":
        return code[:IGO_FAMILY_LENGTH]
    if head == "NGO":
        return "NGO"
    return code


@dataclass
class Counts:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp, self.predicted, self.gold = self.tp + tp, self.predicted + predicted, self.gold + gold

    def as_dict(self) -> dict[str, float | int]:
        precision = self.tp / self.predicted if self.predicted else 0.0
        recall = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class Report:
    kind: str
    items: int
    levels: dict[str, Counts] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    flags: dict[str, Counts] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_kind": self.kind,
            "items": self.items,
            "dyad_definition": DYAD_DEFINITION if self.kind == "tacitus" else DYAD_DEFINITION_EXTERNAL,
            "levels": {name: c.as_dict() for name, c in self.levels.items()},
            "flags": {name: c.as_dict() for name, c in self.flags.items()},
            "confusion": [{"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(self.confusion.items())],
        }


def _match_count(
    gold: Sequence[GoldEvent],
    predicted: Sequence[GoldEvent],
    same: Callable[[GoldEvent, GoldEvent], bool],
) -> int:
    """Greedy one-to-one matching; returns how many gold events found a partner."""
    free = list(predicted)
    matched = 0
    for event in gold:
        for index, candidate in enumerate(free):
            if same(event, candidate):
                matched += 1
                del free[index]
                break
    return matched


def _same_actor(gold: str | None, predicted: str | None, wildcard: bool) -> bool:
    if gold is None and wildcard:
        return True
    return dyad_part(gold, wildcard) == dyad_part(predicted, wildcard)


def _levels(wildcard: bool) -> dict[str, Callable[[GoldEvent, GoldEvent], bool]]:
    def dyad(g: GoldEvent, p: GoldEvent) -> bool:
        return (
            g.cameo[:2] == p.cameo[:2]
            and _same_actor(g.source, p.source, wildcard)
            and _same_actor(g.target, p.target, wildcard)
        )

    return {
        "root": lambda g, p: g.cameo[:2] == p.cameo[:2],
        "code": lambda g, p: g.cameo == p.cameo,
        "dyad+root": dyad,
    }


def _confusion(gold: list[GoldEvent], predicted: list[GoldEvent], wildcard: bool) -> Counter[tuple[str, str]]:
    """Pair gold with predicted events (same dyad+root, then same root, then same dyad), count roots."""
    table: Counter[tuple[str, str]] = Counter()
    free_gold, free_pred = list(gold), list(predicted)
    rules = [
        _levels(wildcard)["dyad+root"],
        _levels(wildcard)["root"],
        lambda g, p: _same_actor(g.source, p.source, wildcard) and _same_actor(g.target, p.target, wildcard),
    ]
    for rule in rules:
        for g in list(free_gold):
            partner = next((p for p in free_pred if rule(g, p)), None)
            if partner is not None:
                table[(g.cameo[:2], partner.cameo[:2])] += 1
                free_gold.remove(g)
                free_pred.remove(partner)
    table.update((g.cameo[:2], "--") for g in free_gold)
    table.update(("--", p.cameo[:2]) for p in free_pred)
    return table


def score(gold: GoldSet, predictions: Sequence[Sequence[GoldEvent]]) -> Report:
    """Compare predicted events (same shape as gold) item by item."""
    report = Report(gold.kind, len(gold.items))
    levels = _levels(gold.wildcard_actors)
    report.levels = {name: Counts() for name in levels}
    if gold.kind == "plover":
        report.levels["plover"] = Counts()
    report.flags = {"negated": Counts(), "hypothetical": Counts()}
    for item, predicted in zip(gold.items, predictions, strict=True):
        plain_gold = [e for e in item.events if not (e.negated or e.hypothetical)]
        plain_pred = [e for e in predicted if not (e.negated or e.hypothetical)]
        for name, same in levels.items():
            report.levels[name].add(_match_count(plain_gold, plain_pred, same), len(plain_pred), len(plain_gold))
        if gold.kind == "plover":
            report.levels["plover"].add(
                _match_count(plain_gold, plain_pred, lambda g, p: g.plover == p.plover),
                len(plain_pred),
                len(plain_gold),
            )
        for flag in ("negated", "hypothetical"):
            flagged_gold = [e for e in item.events if getattr(e, flag)]
            flagged_pred = [e for e in predicted if getattr(e, flag)]
            report.flags[flag].add(
                _match_count(flagged_gold, flagged_pred, levels["root"]), len(flagged_pred), len(flagged_gold)
            )
        report.confusion.update(_confusion(plain_gold, plain_pred, gold.wildcard_actors))
        if _match_count(plain_gold, plain_pred, levels["dyad+root"]) != max(len(plain_gold), len(plain_pred)):
            report.misses.append(
                {
                    "id": item.id,
                    "text": item.text,
                    "gold": [_brief(e) for e in item.events],
                    "predicted": [_brief(e) for e in predicted],
                }
            )
    return report


def _brief(event: GoldEvent) -> str:
    flags = ("!neg" if event.negated else "") + ("?hyp" if event.hypothetical else "")
    return f"{event.source}->{event.target}:{event.cameo}{flags}"


def predict(items: Iterable[GoldItem], resources: Any) -> list[list[GoldEvent]]:
    """Run parse → actors → events over gold texts; return predicted events in gold shape."""
    from tacitus.actors import resolve_actors
    from tacitus.events.extract import extract_events

    items = list(items)
    results: list[list[GoldEvent]] = []
    docs = resources.nlp.pipe((item.text for item in items), batch_size=64)
    for item, doc in zip(items, docs, strict=True):
        article = item.article()
        actors = resolve_actors(doc, article, resources.actors)
        events = extract_events(doc, item.article(for_events=True), actors, resources.predicates, resources.actors)
        if getattr(resources, "ml", None) is not None:  # the optional ML stage (``--ml``)
            events += resources.ml.propose(doc, article, actors, events, resources.predicates)
        results.append([as_gold(e) for e in events])
    return results


def as_gold(event: Event) -> GoldEvent:
    """A coded event in the scorer's shape."""
    return GoldEvent(
        event.source.code if event.source else None,
        event.target.code if event.target else None,
        event.cameo,
        event.negated,
        event.hypothetical,
        event.plover.event_type,
    )
