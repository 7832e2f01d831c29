"""``claimgraph export`` end to end: real articles through the real pipeline into SQLite and
PostgreSQL, out as JSONL, CSV and Parquet, read back and checked against the store."""

from __future__ import annotations

import csv
import json
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from psycopg import sql

from claimgraph.analyse.base import NullAnalyser
from claimgraph.cli import cli
from claimgraph.document import Document
from claimgraph.export import Filters, csv_value, export
from claimgraph.ingest import ingest_text
from claimgraph.pipeline import process
from claimgraph.store import open_store

sys.path.insert(0, str(Path(__file__).parent / "serve"))
sys.path.insert(0, str(Path(__file__).parent))

from serve_articles import ARTICLES

from pgserver import pg_base_url


def _pg_base() -> str:
    return pg_base_url()


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    items = [ingest_text(text, name=name, origin=name, title=title, date=date, outlet=outlet)
             for name, outlet, date, title, text in ARTICLES]
    return list(process(items, NullAnalyser()))  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path, docs: list[Document]) -> Iterator[str]:
    if request.param == "sqlite":
        url = str(tmp_path / "export.db")
        cleanup = None
    else:
        base = _pg_base()
        schema = f"t_export_{uuid.uuid4().hex[:10]}"
        url, cleanup = f"{base}?schema={schema}", (base, schema)
    with open_store(url) as store:
        store.save_many(docs, producer_version="tests")
    yield url
    if cleanup:
        with psycopg.connect(cleanup[0], autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(cleanup[1])))


def run(*args: str) -> str:
    r = CliRunner().invoke(cli, ["export", *args])
    assert r.exit_code == 0, r.output
    return r.output


def test_csv_has_every_table_with_provenance(db: str, tmp_path: Path, docs: list[Document]) -> None:
    out = tmp_path / "out"
    output = run("--db", db, "--format", "csv", "--out", str(out))
    tables = {p.stem: list(csv.DictReader(p.open(encoding="utf-8"))) for p in out.glob("*.csv")}
    assert set(tables) == {"documents", "claims", "quotes", "entities", "contradictions"}
    assert "contradictions" in output
    assert len(tables["documents"]) == len(docs)
    assert len(tables["claims"]) == sum(len(d.quantities) + len(d.control_claims) for d in docs)
    assert len(tables["quotes"]) == sum(len(d.quotes) for d in docs)
    assert len(tables["entities"]) == sum(len(d.entities) for d in docs)
    texts = {d.id: d.text for d in docs}
    for row in tables["claims"] + tables["quotes"]:
        assert texts[row["document"]][int(row["start"]) : int(row["end"])] == row["text"]
        assert row["rule"] and row["sentence"] != ""
    killed = [r for r in tables["claims"] if r["category"] == "killed"]
    assert {r["source"] for r in killed} >= {"Ministry of Defence of Russia"}
    assert {r["group"] for r in tables["contradictions"]} and {
        r["position"] for r in tables["contradictions"]} >= {"russia", "ukraine"}


def test_jsonl_and_parquet_agree(db: str, tmp_path: Path) -> None:
    run("--db", db, "--format", "jsonl", "--out", str(tmp_path / "j"))
    run("--db", db, "--format", "parquet", "--out", str(tmp_path / "p"))
    for table in ("documents", "claims", "quotes", "entities", "contradictions"):
        lines = (tmp_path / "j" / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines]
        parquet = pq.read_table(tmp_path / "p" / f"{table}.parquet").to_pylist()
        assert rows == parquet, table
    schema = pq.read_schema(tmp_path / "p" / "claims.parquet")
    assert str(schema.field("start").type) == "int64" and str(schema.field("low").type) == "double"
    forms = pq.read_schema(tmp_path / "p" / "entities.parquet").field("forms")
    assert str(forms.type) == "list<element: string>"


def test_filters_cut_every_table(db: str, tmp_path: Path) -> None:
    out = tmp_path / "killed"
    run("--db", db, "--format", "jsonl", "--out", str(out), "--category", "killed", "--outlet", "Het Noorden")
    claims = [json.loads(x) for x in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    assert claims and {c["category"] for c in claims} == {"killed"}
    assert {c["outlet"] for c in claims} == {"Het Noorden"}
    documents = [json.loads(x) for x in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {d["outlet"] for d in documents} == {"Het Noorden"}
    assert not (out / "quotes.jsonl").read_text(encoding="utf-8")  # quotes have no category
    one = tmp_path / "one.parquet"
    run("--db", db, "--format", "parquet", "--out", str(one), "--table", "claims", "--since", "2023-09-14",
        "--place", "Kupiansk")
    rows = pq.read_table(one).to_pylist()
    assert rows and all(r["date"] >= "2023-09-14" for r in rows)


def test_export_from_a_store_object(db: str, tmp_path: Path) -> None:
    with open_store(db) as store:
        done = export(store, "csv", tmp_path / "x.csv", tables=["quotes"],
                      filters=Filters(source="igor konashenkov"))
    path, n = done["quotes"]
    assert path == tmp_path / "x.csv" and n >= 2
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert {r["speaker"] for r in rows} == {"Igor Konashenkov"} and {r["side"] for r in rows} == {"russia"}


def test_export_errors_are_one_line(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.db")
    r = CliRunner().invoke(cli, ["export", "--db", missing, "--format", "csv", "--out", "x"])
    assert r.exit_code != 0 and "no database" in r.output
    db = str(tmp_path / "e.db")
    open_store(db).close()
    r = CliRunner().invoke(cli, ["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "o"),
                                 "--since", "gisteren"])
    assert r.exit_code != 0 and "not a date" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "o").exists()
    r = CliRunner().invoke(cli, ["export", "--db", db, "--format", "xlsx", "--out", "x"])
    assert r.exit_code == 2


def test_csv_cells_cannot_run_as_formulas() -> None:
    assert csv_value("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert csv_value("-5") == "'-5" and csv_value(-5.0) == -5.0 and csv_value(None) == ""
    assert csv_value(["a", "b"]) == "a; b"
