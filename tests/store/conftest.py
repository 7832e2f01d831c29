"""Fixtures that run every store test on both backends, for real.

SQLite: a fresh file in ``tmp_path``. PostgreSQL: the server on 127.0.0.1:5432 (database
``test``; override with ``CLAIMGRAPH_TEST_PG``), each test in a schema of its own that is
dropped afterwards, so tests never see each other's rows. When the server cannot be reached the
PostgreSQL variants are skipped with the reason.
"""

from __future__ import annotations

import sqlite3
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import psycopg
import pytest
from psycopg import sql

from claimgraph.store import Store, open_store

sys.path.insert(0, str(Path(__file__).parent))

from storedocs import expected_rows, make_doc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the shared test helpers

from pgserver import PG_CANDIDATES, pg_base_url  # noqa: F401  (re-exported to the tests)


@pytest.fixture
def pg_schema() -> Iterator[tuple[str, str]]:
    """(server URL, fresh schema name); the schema is dropped afterwards."""
    base = pg_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    yield base, schema
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def store_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A URL for a store that does not exist yet, on the test's backend."""
    if backend == "sqlite":
        return str(tmp_path / "store.db")
    base, schema = request.getfixturevalue("pg_schema")
    return f"{base}?schema={schema}"


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as s:
        yield s


def raw_execute(url: str, statement: str, params: tuple = ()) -> None:
    """Run one statement on the store's database behind the Store's back."""
    if url.startswith("postgresql://"):
        parts = urlsplit(url)
        schema = dict(parse_qsl(parts.query))["schema"]
        with psycopg.connect(parts._replace(query="").geturl(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
            conn.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(schema)))
            conn.execute(statement.replace("?", "%s"), params or None)
    else:
        conn = sqlite3.connect(url)
        try:
            conn.execute(statement, params)
            conn.commit()
        finally:
            conn.close()


def assert_complete(store: Store, blocks: int) -> list[int]:
    """Every stored document has exactly the rows of the test document it was made from.

    Returns the numbers of the stored documents (their names are ``doc-N``).
    """
    docs = {
        doc_id: int(name.removeprefix("doc-"))
        for doc_id, name in store.query("SELECT id, name FROM documents")
    }
    actual: dict[str, dict[str, int]] = {doc_id: {} for doc_id in docs}
    for table in expected_rows(make_doc(0, blocks)):
        for doc_id, n in store.query(f"SELECT document, count(*) FROM {table} GROUP BY document"):
            assert doc_id in docs, f"{table} has rows of a document that is not stored: {doc_id}"
            actual[doc_id][table] = int(n)
    for doc_id, n in docs.items():
        expected = expected_rows(make_doc(n, blocks))
        assert doc_id == make_doc(n, blocks).id
        assert {t: actual[doc_id].get(t, 0) for t in expected} == expected, f"document doc-{n} incomplete"
    return sorted(docs.values())
