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
