"""Shared fixtures: the parsed model and paths to shared data (loaded once per test session)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from tacitus.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def resources():  # type: ignore[no-untyped-def]
    from tacitus.pipeline import Options, load_resources

    return load_resources(Options())


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def dyads(resources):  # type: ignore[no-untyped-def]
    """Code one text; return its events as (source code, target code, CAMEO code) triples."""
    from tacitus.pipeline import code_text

    def run(text: str, date: str = "2020-01-01") -> list[tuple]:
        record = code_text(text, date=date, resources=resources)
        return [
            (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in record.events
        ]

    return run


@pytest.fixture(scope="session")
def probe(dyads):  # type: ignore[no-untyped-def]
    """Whether a text codes an event of ``code`` whose sides start or end with the given codes (None: any
    side); returns (found, all triples) for the assertion message. Probe tables date texts early, so
    that 1990s and 2000s events are no recollections."""

    def side(want: str | None, got: str | None) -> bool:
        return want is None or (got is not None and (got.startswith(want) or got.endswith(want)))

    def run(text: str, source: str | None, target: str | None, code: str) -> tuple[bool, list[tuple]]:
        found = dyads(text, date="1980-01-01")
        return any(c == code and side(source, s) and side(target, t) for s, t, c in found), found

    return run


@pytest.fixture(scope="session")
def coded(resources):  # type: ignore[no-untyped-def]
    """Code one text; return (source, target, CAMEO code, negated) tuples (a few modules define their own)."""
    from tacitus.pipeline import code_text

    def run(text: str) -> list[tuple]:
        record = code_text(text, date="2020-01-01", resources=resources)
        return [
            (e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.negated)
            for e in record.events
        ]

    return run


@pytest.fixture(scope="session")
def code_with_actors(nlp):  # type: ignore[no-untyped-def]
    """Code one text with its actors given explicitly ({surface: code}), so only the events stage is tested.

    Returns (source code, target code, CAMEO code) triples.
    """
    from tacitus.events import extract_events, load_predicates
    from tacitus.record import ActorMention, Article

    predicates = load_predicates()

    def run(text: str, codes: dict[str, str]) -> list[tuple[str | None, str | None, str]]:
        mentions = []
        for surface, actor in codes.items():
            start = text.find(surface)
            mentions.append(ActorMention(surface, start, start + len(surface), actor, country=actor[:3]))
        article = Article(id="t", text=text, date="2000-01-01")
        events = extract_events(nlp(text), article, tuple(sorted(mentions, key=lambda m: m.start)), predicates)
        return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo) for e in events]

    return run
