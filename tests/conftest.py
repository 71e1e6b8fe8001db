"""Shared fixtures: the spaCy pipeline is loaded once per test session (it takes seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from quotes.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def attribute(nlp):
    """Run the pipeline on a text and return its attributions (doc offsets)."""

    def run(text: str):
        return nlp(text)._.quotes

    return run


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS
