"""Fixtures for the reconcile tests: the store tests' backends, and a store holding the corpus.

The backend fixtures (``backend``, ``pg_schema``, ``store_url``) are the store tests' own,
loaded from ``tests/store/conftest.py`` so both suites run on SQLite and PostgreSQL the same way.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph.store import Store, open_store

sys.path.insert(0, str(Path(__file__).parent))

_spec = importlib.util.spec_from_file_location(
    "store_backend_fixtures", Path(__file__).parents[1] / "store" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
_store_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store_fixtures)
backend = _store_fixtures.backend
pg_schema = _store_fixtures.pg_schema
store_url = _store_fixtures.store_url

from reconcile_corpus import documents  # noqa: E402

PRODUCER = "test-corpus"


@pytest.fixture
def corpus_store(store_url: str) -> Iterator[Store]:
    """A store on the test's backend holding the hand-built corpus."""
    with open_store(store_url) as store:
        stats = store.save_many(documents(), producer_version=PRODUCER)
        assert stats.added == len(documents())
        yield store


@pytest.fixture
def corpus_db(tmp_path: Path) -> Path:
    """A SQLite file holding the corpus (for the command-line tests)."""
    path = tmp_path / "corpus.db"
    with open_store(path) as store:
        store.save_many(documents(), producer_version=PRODUCER)
    return path
