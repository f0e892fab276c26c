"""Hand-built ArticleRecords for the store tests (no NLP stage involved)."""

from __future__ import annotations

from tacitus.record import (
    ActorMention,
    Article,
    ArticleRecord,
    Event,
    Location,
    Place,
    Plover,
    Quote,
    Span,
    Tone,
)

ACTORS = {
    "RUSGOV": ("Vladimir Putin", "RUS", "GOV"),
    "RUS": ("Russia", "RUS", None),
    "USAGOV": ("Barack Obama", "USA", "GOV"),
    "USA": ("United States", "USA", None),
    "TURGOV": ("Recep Tayyip Erdogan", "TUR", "GOV"),
    "SYRREB": ("Syrian rebels", "SYR", "REB"),
    "SYRGOV": ("Bashar al-Assad", "SYR", "GOV"),
    "IGOUNO": ("United Nations", None, "IGO"),
}
# CAMEO code → (root, quad class, Goldstein, PLOVER type)
CODES = {
    "036": ("03", 1, 4.0, "AGREE"), "040": ("04", 1, 1.0, "CONSULT"), "042": ("04", 1, 1.9, "CONSULT"),
    "061": ("06", 2, 6.4, "COOPERATE"), "112": ("11", 3, -2.0, "ACCUSE"), "130": ("13", 3, -4.4, "THREATEN"),
    "163": ("16", 3, -8.0, "COERCE"), "190": ("19", 4, -10.0, "ASSAULT"), "173": ("17", 4, -5.0, "COERCE"),
}
MOSCOW = Location("Moscow", "RUS", 55.75, 37.62, 524901, "sentence", "Moscow")
ALEPPO = Location("Aleppo", "SYR", 36.2, 37.16, 170063, "sentence", "Aleppo")


def mention(code: str, start: int = 0) -> ActorMention:
    name, country, role = ACTORS[code]
    return ActorMention(text=name, start=start, end=start + len(name), code=code, name=name,
                        country=country, role=role, roles=(role,) if role else ())


def event(source: str | None, target: str | None, cameo: str, index: int = 0, *, negated: bool = False,
          hypothetical: bool = False, confidence: float = 0.8, location: Location | None = None) -> Event:
    root, quad, goldstein, plover = CODES[cameo]
    src = mention(source) if source else None
    tgt = mention(target, 40) if target else None
    sentence = f"{src.name if src else 'Someone'} acted ({cameo}) towards {tgt.name if tgt else 'someone'}."
    return Event(id=f"e{index}-{cameo}", sentence_index=index, sentence=sentence, source=src, target=tgt,
                 trigger=Span("acted", 20, 25), cameo=cameo, root=root, quad_class=quad, goldstein=goldstein,
                 plover=Plover(plover), negated=negated, hypothetical=hypothetical, confidence=confidence,
                 location=location)


def record(article_id: str, date: str | None, events: tuple[Event, ...] = (), quotes: tuple[Quote, ...] = (),
           *, outlet: str | None = "Reuters", skipped: str | None = None, title: str = "A story",
           versions: dict[str, str] | None = None) -> ArticleRecord:
    text = f"{title}\n\n" + " ".join(e.sentence for e in events)
    article = Article(id=article_id, text=text, title=title, date=date, outlet=outlet,
                      url=f"https://news.example/{article_id}", path=None)
    actors = tuple(m for e in events for m in (e.source, e.target) if m is not None)
    places = tuple(Place(e.location.name, 0, len(e.location.name), e.location.name, e.location.country,
                         e.location.admin1, e.location.lat, e.location.lon, e.location.geonameid, "city")
                   for e in events if e.location)
    if skipped:
        return ArticleRecord(article=article, skipped=skipped, versions=versions or {})
    return ArticleRecord(article=article, actors=actors, events=events, quotes=quotes, places=places,
                         tone=Tone(-1.5, 2.0, 3.5, 5.5), versions=versions or {"tacitus": "test"})


def quote(text: str, speaker: str, kind: str = "direct", verb: str = "said") -> Quote:
    return Quote(text=text, start=0, end=len(text), kind=kind, speaker=mention(speaker, 100), verb=verb,
                 sentence_index=1)


def corpus() -> list[ArticleRecord]:
    """Eight articles over Nov 2016 – Jan 2017 (the dyad RUS→USA is in four of them)."""
    return [
        record("a1", "2016-11-09", (event("RUSGOV", "USAGOV", "036", 1, location=MOSCOW),
                                   event("RUSGOV", "USAGOV", "042", 2)),
               (quote("We are ready to restore relations", "RUSGOV"),), outlet="Reuters"),
        record("a2", "2016-11-09", (event("RUSGOV", "USAGOV", "036", 0, location=MOSCOW),), outlet="TASS"),
        record("a3", "2016-12-30", (event("USAGOV", "RUS", "163", 0), event("RUS", "USA", "112", 1),
                                   event("RUS", "USA", "130", 2, negated=True)),
               (quote("These actions are a response", "USAGOV"),), outlet="AP"),
        record("a4", "2016-12-15", (event("RUSGOV", "USA", "112", 0, confidence=0.3),), outlet="AP"),
        record("a5", "2016-12-20", (event("SYRGOV", "SYRREB", "190", 0, location=ALEPPO),
                                   event("TURGOV", "RUSGOV", "040", 1)), outlet="Reuters"),
        record("a6", "2017-01-10", (event("RUSGOV", "USAGOV", "061", 0),
                                   event("RUSGOV", "USAGOV", "061", 1, hypothetical=True)), outlet="BBC"),
        record("a7", None, (event("IGOUNO", "SYRGOV", "112", 0),), outlet=None),
        record("a8", "2016-12-01", skipped="too_short"),
    ]
