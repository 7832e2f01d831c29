"""Shared fixtures of the batch tests: one local[2] SparkSession, small corpora, PostgreSQL.

Spark takes seconds to start and to warm up, so one session serves every test of the session,
and the runs that several tests read (a Frog run of the equivalence corpus, a run without Frog
of the concurrency corpus) are made once. Corpora are a few dozen short generated reports.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the shared test helpers

from pgserver import PG_CANDIDATES, pg_base_url  # noqa: E402, F401  (re-exported to the tests)

needs_frog = pytest.mark.skipif(shutil.which("frog") is None, reason="Frog is not installed")
needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="Java is not installed (Spark needs it)")


def _generate(n: int, seed: int, words: int) -> list[dict]:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.generate(n, seed=seed, words_per_doc=words))


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    """One local[2] session for the whole test session (Spark's start-up is the slow part)."""
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Java is not installed (Spark needs it)")
    from claimgraph.batch.spark import spark_session

    session, created = spark_session(
        "local[2]", quiet=True,
        conf={"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4"},
    )
    yield session
    if created:
        session.stop()


@pytest.fixture(scope="session")
def equivalence_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """14 short reports with ids, titles, dates and outlets, as a JSONL corpus."""
    return write_jsonl(tmp_path_factory.mktemp("eq") / "reports.jsonl", _generate(14, seed=11, words=90))


@pytest.fixture(scope="session")
def frog_run(spark: object, equivalence_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """spark-analyze of the equivalence corpus with Frog (shared by several tests)."""
    if shutil.which("frog") is None:
        pytest.skip("Frog is not installed")
    from claimgraph.batch.spark import analyse_corpus

    out = tmp_path_factory.mktemp("frogrun") / "run"
    report = analyse_corpus(spark, str(equivalence_corpus), str(out), frog=True)  # type: ignore[arg-type]
    assert report.documents == 14 and report.failures == 0
    return out


@pytest.fixture(scope="session")
def shared_corpus(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """The concurrency corpus: 60 short reports."""
    return _generate(60, seed=23, words=60)


@pytest.fixture(scope="session")
def shared_run(spark: object, shared_corpus: list[dict], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """spark-analyze of the concurrency corpus without Frog (the reference rows and a load source)."""
    from claimgraph.batch.spark import analyse_corpus

    folder = tmp_path_factory.mktemp("sharedrun")
    corpus = write_jsonl(folder / "shared.jsonl", shared_corpus)
    out = folder / "run"
    report = analyse_corpus(spark, str(corpus), str(out), frog=False)  # type: ignore[arg-type]
    assert report.documents == 60
    return out




@pytest.fixture
def pg_url() -> Iterator[str]:
    """A store URL in a fresh PostgreSQL schema (``?schema=NAME``), dropped afterwards."""
    base = pg_base_url()
    schema = f"t_batch_{uuid.uuid4().hex[:10]}"
    yield f"{base}?schema={schema}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))
