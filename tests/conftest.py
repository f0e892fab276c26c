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
