"""Spark batch mode on its own: inputs, the command line, failures, duplicates, one Frog per worker."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from claimgraph.batch.parquet import month_of, partitions, read_manifest, store_tables
from claimgraph.cli import cli
from claimgraph.store import open_store

ARTICLE = ("De Oekraïense generale staf meldde dinsdag dat bij Bachmoet in één week ruim 400 Russische "
           "militairen zijn gedood. ‘De stad blijft in onze handen’, zei woordvoerder Andri Kovalenko.")


def test_month_partition_of_a_date() -> None:
    assert month_of("2023-03-08") == "2023-03"
    assert month_of("2023-03") == "2023-03"
    assert month_of(" 2023-11-30T10:00:00Z") == "2023-11"
    for bad in (None, "", "8 maart 2023", "2023-13-01", "../../etc"):
        assert month_of(bad) == "unknown"


def test_store_tables_come_from_the_store_schema() -> None:
    tables = store_tables()
    assert [c for c, _t in tables["quotes"]][:3] == ["document", "idx", "sentence"]
    assert dict(tables["quantities"])["low"] == "DOUBLE PRECISION"


def test_csv_and_parquet_corpora_are_read_like_jsonl(spark: object, tmp_path: Path) -> None:
    from claimgraph.batch.spark import read_corpus

    csv = tmp_path / "corpus.csv"
    csv.write_text('ID;Title;Text;Date\n7;Bachmoet;"Eerste regel.\nTweede; regel met ""aanhalingstekens""."'
                   ";2023-03-08\n8;;Kort bericht.;\n", encoding="utf-8")
    rows = sorted(read_corpus(spark, str(csv)).collect(), key=lambda r: r["id"])  # type: ignore[arg-type]
    assert [r["id"] for r in rows] == ["7", "8"]
    assert rows[0]["text"] == 'Eerste regel.\nTweede; regel met "aanhalingstekens".'
    assert (rows[0]["title"], rows[0]["date"], rows[1]["date"]) == ("Bachmoet", "2023-03-08", None)
    assert rows[0]["path"].endswith("corpus.csv")

    import datetime as dt

    table = pa.table({"id": [1, 2], "TEXT": ["a b", "c d"], "date": [dt.date(2023, 1, 2), None]})
    pq.write_table(table, tmp_path / "corpus.parquet")
    rows = sorted(read_corpus(spark, str(tmp_path / "corpus.parquet")).collect(),  # type: ignore[arg-type]
                  key=lambda r: r["id"])
    assert [(r["id"], r["text"], r["date"]) for r in rows] == [("1", "a b", "2023-01-02"), ("2", "c d", None)]


def test_a_corpus_without_text_is_refused(spark: object, tmp_path: Path) -> None:
    from claimgraph.batch.spark import BatchError, read_corpus

    (tmp_path / "c.csv").write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(BatchError, match="no 'text' column; columns are: id, body"):
        read_corpus(spark, str(tmp_path / "c.csv"))  # type: ignore[arg-type]


def test_cli_analyses_keeps_first_of_duplicates_reports_failures_and_loads(
    spark: object, tmp_path: Path
) -> None:
    """spark-analyze on a corpus with a wire copy, a broken line, an empty text and a record
    without id: failures listed, the copy dropped, names as in the local CLI, --load stores it."""
    lines = [
        json.dumps({"id": "a1", "title": "Bachmoet", "date": "2023-03-08", "outlet": "Het Dagblad",
                    "text": ARTICLE}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a2", "text": "   "}),
        json.dumps({"id": "a3", "title": "Bachmoet", "date": "2023-03-09", "text": ARTICLE},
                   ensure_ascii=False),  # the same article again: same document id
        json.dumps({"title": "Zonder id", "text": "Volgens Kyiv is Soledar niet gevallen."}),
    ]
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, db = tmp_path / "run", tmp_path / "store.db"
    r = CliRunner().invoke(cli, ["-q", "spark-analyze", str(corpus), "--out", str(out), "--no-frog",
                                 "--load", str(db)])
    assert r.exit_code == 0, r.output
    assert "documents      2 analysed, 1 duplicates dropped, 2 failed" in r.output
    assert "loaded into" in r.output and "2 documents added" in r.output

    failures = pq.read_table(out / "failures").to_pylist()
    assert sorted(f["message"] for f in failures) == ["bad record: not a JSON object", "empty text"]
    assert any(f["origin"].endswith("news.jsonl#a2") for f in failures)
    docs = {d["name"]: d for d in pq.read_table(out / "documents").to_pylist()}
    assert "news.jsonl:a1" in docs and "news.jsonl:a3" not in docs  # the first copy is kept
    (unnamed,) = [d for n, d in docs.items() if n != "news.jsonl:a1"]
    assert unnamed["name"] == f"news.jsonl:{unnamed['id']}"
    assert unnamed["origin"].endswith(f"news.jsonl#{unnamed['id']}")
    assert partitions(str(out)) == ["2023-03", "unknown"]
    manifest = read_manifest(str(out))
    assert manifest is not None and manifest["documents"] == 2 and manifest["duplicates"] == 1
    with open_store(db) as store:
        assert store.counts()["documents"] == 2
        assert store.counts()["quantities"] >= 1

    # A second run into the same folder is refused before any work, unless --overwrite.
    r = CliRunner().invoke(cli, ["-q", "spark-analyze", str(corpus), "--out", str(out), "--no-frog"])
    assert r.exit_code == 1 and "already holds a claimgraph run" in r.output


def test_load_parquet_command_is_idempotent_and_links_entities(shared_run: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    for expected in ("60 documents added, 0 already stored", "0 documents added, 60 already stored"):
        r = CliRunner().invoke(cli, ["-q", "load-parquet", str(shared_run), "--db", str(db), "--chunk", "7"])
        assert r.exit_code == 0, r.output
        assert expected in r.output
    with open_store(db) as store:  # like analyze: every entity tied to a corpus-wide one
        assert store.query("SELECT count(*) FROM entity_links")[0][0] == store.counts()["entities"] > 0


def test_each_python_worker_keeps_one_analyser(spark: object, frog_run: Path) -> None:
    """One Frog per worker process for all its tasks, not one per task or document."""
    from claimgraph.batch.spark import worker_analyser

    def probe(_rows: object) -> list[tuple[int, int, int]]:
        a = worker_analyser(True)
        procs = getattr(a, "_procs", [])
        return [(os.getpid(), id(a), len(procs))]

    seen = spark.sparkContext.parallelize(range(16), 16).mapPartitions(probe).collect()  # type: ignore[attr-defined]
    assert len(seen) == 16
    by_pid: dict[int, set[int]] = {}
    for pid, analyser, n_procs in seen:
        by_pid.setdefault(pid, set()).add(analyser)
        assert n_procs <= 1  # processes=1: Spark's tasks are the parallelism
    assert len(by_pid) <= 4, "local[2] runs about two Python workers, reused across the 16 tasks"
    assert all(len(a) == 1 for a in by_pid.values())
