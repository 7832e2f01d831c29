"""The PostgreSQL server the tests run against: one place that finds it or says why it can't.

Tests isolate themselves in fresh schemas of this server; ``CLAIMGRAPH_TEST_PG`` points them at
another one.
"""

from __future__ import annotations

import os

import psycopg
import pytest

PG_CANDIDATES = (
    [os.environ["CLAIMGRAPH_TEST_PG"]]
    if os.environ.get("CLAIMGRAPH_TEST_PG")
    else ["postgresql://postgres@127.0.0.1:5432/test", "postgresql://root@127.0.0.1:5432/test"]
)
_pg: dict[str, str | None] = {}


def pg_base_url() -> str:
    """The first PostgreSQL URL that connects, or skip the test saying why none did."""
    if "url" not in _pg:
        _pg["url"], errors = None, []
        for url in PG_CANDIDATES:
            try:
                with psycopg.connect(url, connect_timeout=3) as conn:
                    conn.execute("SELECT 1")
                _pg["url"] = url
                break
            except psycopg.Error as e:
                errors.append(f"{url}: {' '.join(str(e).split())}")
        _pg["reason"] = "PostgreSQL not reachable: " + "; ".join(errors)
    if _pg["url"] is None:
        pytest.skip(_pg["reason"] or "PostgreSQL not reachable")
    return _pg["url"]
