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
