"""spark-analyze gives the local CLI's results: same claims, same table rows, same groups.

One small corpus, analysed with Frog by ``claimgraph extract`` and ``claimgraph analyze`` (real
processes) and by Spark in local mode; reconciliation on Spark against the reconcile package run
on a store loaded from the same Parquet.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import needs_frog

from claimgraph.batch.load import load_parquet
from claimgraph.batch.parquet import TABLES, iter_rows, partitions
from claimgraph.serialize import to_schema
from claimgraph.store import open_store

CLI = str(Path(sys.executable).with_name("claimgraph"))
# Columns that say when and from where a row was made, not what was extracted: the CLI records
# the line number as origin (path:12), Spark the record id (path#id).
PROVENANCE = {"added_at", "origin"}

pytestmark = needs_frog


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    r = subprocess.run([CLI, "-q", *args], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return r


@pytest.fixture(scope="module")
def loaded(frog_run: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Frog run loaded into a SQLite store by load-parquet's library function, its entities
    not linked across documents (Spark's reconciliation sees a run unlinked)."""
    db = tmp_path_factory.mktemp("loaded") / "spark.db"
    report = load_parquet(str(frog_run), str(db), link_entities=False)
    assert (report.added, report.skipped) == (14, 0)
    return db


def test_claims_equal_claimgraph_extract(equivalence_corpus: Path, loaded: Path, tmp_path: Path) -> None:
    """Every document's claims (quotes, quantities, control claims, entities, with spans, rules,
    parts and sentence count) are those ``claimgraph extract`` writes for it."""
    out = tmp_path / "json"
    run_cli("extract", str(equivalence_corpus), "--out", str(out))
    local = {}
    for f in out.glob("*.json"):
        data = json.loads(f.read_text(encoding="utf-8"))
        local[data["id"]] = data
    assert len(local) == 14
    with open_store(loaded) as store:
        spark = {doc_id: to_schema(store.load(doc_id)) for doc_id in store.document_ids()}
    assert spark.keys() == local.keys()
    for doc_id, data in local.items():
        mine = spark[doc_id]
        assert mine["document"] == data["document"]
        assert mine["quotes"] and mine["entities"], "the corpus should carry claims"
        for key in data:
            if key != "origin":
                assert mine[key] == data[key], f"{data['document']}: {key} differs"


def test_tables_equal_claimgraph_analyze(equivalence_corpus: Path, frog_run: Path, tmp_path: Path) -> None:
    """The Parquet tables hold, row for row, what ``claimgraph analyze`` stores."""
    db = tmp_path / "cli.db"
    run_cli("analyze", str(equivalence_corpus), "--db", str(db))
    conn = sqlite3.connect(db)
    try:
        for table, columns in TABLES.items():
            keep = [i for i, c in enumerate(columns) if c not in PROVENANCE]
            cli_rows = sorted(
                tuple(r[i] for i in keep) for r in conn.execute(f"SELECT {', '.join(columns)} FROM {table}")
            )
            spark_rows = sorted(
                tuple(r[i] for i in keep)
                for month in partitions(str(frog_run))
                for batch in iter_rows(str(frog_run), table, month)
                for r in batch
            )
            assert cli_rows, f"{table} is empty"
            assert spark_rows == cli_rows, f"{table} differs"
    finally:
        conn.close()


def test_reconcile_on_spark_equals_reconcile_on_the_store(spark: object, frog_run: Path, loaded: Path,
                                                          tmp_path: Path) -> None:
    """Groups and normalised claims from Spark are the reconcile package's own over a store."""
    import pyarrow.parquet as pq

    from claimgraph.batch.spark import reconcile_tables
    from claimgraph.reconcile.groups import group_claims
    from claimgraph.reconcile.query import read_claims

    report = reconcile_tables(spark, str(frog_run), str(tmp_path / "rec"))  # type: ignore[arg-type]
    with open_store(loaded) as store:
        claims = read_claims(store)
    groups = group_claims(claims)
    assert report.claims == len(claims) > 0
    assert report.groups == len(groups) > 0
    def rows(table: str) -> dict[str, object]:
        return {r["id"]: json.loads(r["json"]) for r in pq.read_table(tmp_path / "rec" / table).to_pylist()}

    spark_claims = rows("claims")
    assert spark_claims == {c.id: c.to_json() for c in claims}
    spark_groups = rows("groups")
    assert spark_groups == {g.id: g.to_json(claims=False) for g in groups}
    assert report.contradictions == sum(g.contradicted for g in groups)
