"""Shared fixtures: settings, stores, the ingested sample corpus and the seed article."""
from __future__ import annotations

from pathlib import Path

import pytest

from kb.resources import samples_dir
from kb.settings import load_settings

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seeds" / "000_ad0b8d14bd08f566.txt"

pytest_plugins = ["tests.virtuoso_fixture"]  # the `virtuoso_url` and `backend_store` fixtures


@pytest.fixture
def settings(tmp_path):
    """Settings for one test: an in-memory store and no environment leaking in."""
    return load_settings(environ={}, store="memory:")


@pytest.fixture
def seed_path() -> Path:
    assert SEED.exists(), f"the seed article is missing at {SEED}"
    return SEED


@pytest.fixture(scope="session")
def nlp():
    """The extractor's spaCy pipeline (kb.nlp.get_nlp); a missing model is a failure, never a skip."""
    from kb.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return samples_dir()


@pytest.fixture(scope="session")
def sample_store():
    """The bundled sample corpus ingested once into an in-memory store (read-only use please)."""
    from kb import pipeline
    from kb.store import open_store

    settings = load_settings(environ={}, store="memory:")
    store = open_store("memory:", settings)
    report = pipeline.ingest_paths(store, [samples_dir()], settings)
    store.ingest_report = report
    yield store
    store.close()
