"""The store's bulk import (staging + COPY) on both backends: same rows as save_many, skips what is
stored, all-or-nothing per chunk."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import pg_base_url

from claimgraph.store import SaveError, Store, open_store
from claimgraph.store.bulk import BulkImport, bulk_save

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))

from storedocs import make_doc


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = str(tmp_path / "bulk.db")
    else:
        pg_base_url()
        url = request.getfixturevalue("pg_url")
    with open_store(url) as s:
        yield s


def test_bulk_save_stores_what_save_many_stores(store: Store, tmp_path: Path) -> None:
    docs = [make_doc(n) for n in range(120)]
    store.save_many(docs[:30], producer_version="v")  # already stored: skipped by the import
    stats = bulk_save(store, docs, producer_version="v", chunk=25)
    assert (stats.added, stats.skipped) == (90, 30)
    with open_store(tmp_path / "ref.db") as ref:
        ref.save_many(docs, producer_version="v")
        assert store.counts() == ref.counts()
        for n in (0, 31, 119):
            assert store.load(docs[n].id) == ref.load(docs[n].id)
    stats = bulk_save(store, docs, producer_version="v")
    assert (stats.added, stats.skipped) == (0, 120)


def test_a_rejected_chunk_leaves_nothing_half_written(store: Store) -> None:
    good = [make_doc(n) for n in range(10)]
    bad = make_doc(99)
    bad.quotes[0].kind = "hearsay"  # outside the CHECK constraint
    with BulkImport(store, chunk=100) as imp:
        imp.stage_documents([*good, bad], producer_version="v")
        with pytest.raises(SaveError, match="rejected"):
            imp.publish()
    assert store.counts()["documents"] == 0
    assert store.counts()["quotes"] == 0
    assert bulk_save(store, good, producer_version="v").added == 10  # the session is usable after


def test_staging_tables_are_private_and_dropped(store: Store) -> None:
    with BulkImport(store) as imp:
        imp.stage_documents([make_doc(1)], producer_version="v")
        assert imp.staged["documents"] == 1
    with BulkImport(store) as imp:  # a new session starts empty
        assert imp.publish().added == 0
    assert store.counts()["documents"] == 0
