"""One PostgreSQL store shared by real processes at once: three ``claimgraph analyze`` runs over
overlapping slices of a corpus, a ``claimgraph load-parquet`` of the whole corpus, and a running
``claimgraph serve`` that is read from and written to all the while. Nothing may be lost, doubled
or half-written, no process may fail, and the server must answer throughout."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from conftest import write_jsonl

from claimgraph.batch.parquet import TABLES, iter_rows, partitions
from claimgraph.store import open_store

pytestmark = pytest.mark.postgres

CLI = str(Path(sys.executable).with_name("claimgraph"))
TOKEN = "test-token"
# Columns that say which writer made a row and when, not what it holds.
WRITER_COLUMNS = {"name", "origin", "added_at", "producer", "producer_version"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def http(method: str, url: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")


def reference(run: Path) -> dict[str, dict[str, list[tuple[Any, ...]]]]:
    """Per table, per document, the rows of the Spark run without the writer's columns."""
    out: dict[str, dict[str, list[tuple[Any, ...]]]] = {}
    for table, columns in TABLES.items():
        keep = [i for i, c in enumerate(columns) if c not in WRITER_COLUMNS]
        by_doc: dict[str, list[tuple[Any, ...]]] = {}
        for month in partitions(str(run)):
            for batch in iter_rows(str(run), table, month):
                for r in batch:
                    by_doc.setdefault(r[0], []).append(tuple(r[i] for i in keep))
        out[table] = {d: sorted(rows) for d, rows in by_doc.items()}
    return out


def test_analyze_processes_bulk_load_and_serve_share_one_store(
    pg_url: str, shared_corpus: list[dict], shared_run: Path, tmp_path: Path
) -> None:
    corpus = shared_corpus
    slices = {
        "a": corpus[:40],
        "b": corpus[20:],
        "c": list(reversed(corpus)),  # everything, in the opposite order
    }
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    serve = subprocess.Popen(
        [CLI, "serve", "--db", pg_url, "--port", str(port), "--write-token", TOKEN, "--no-frog",
         "--writes-per-minute", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    procs: dict[str, subprocess.Popen[str]] = {}
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if http("GET", f"{base}/api/stats")[0] == 200:
                    break
            except OSError:
                pass
            assert serve.poll() is None, serve.communicate()[1]
            assert time.monotonic() < deadline, "serve did not come up"
            time.sleep(0.2)

        for name, records in slices.items():
            path = write_jsonl(tmp_path / f"{name}.jsonl", records)
            procs[name] = subprocess.Popen(
                [CLI, "-v", "analyze", str(path), "--db", pg_url, "--no-frog", "--batch", "3"],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )
        procs["load"] = subprocess.Popen(
            [CLI, "-v", "load-parquet", str(shared_run), "--db", pg_url, "--chunk", "4", "--jobs", "2"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        # The server writes too: two articles of the corpus (racing the others) and a new one.
        new = {"text": "Volgens Kyiv is Soledar niet gevallen. Moskou zegt dat 300 militairen zijn gedood.",
               "title": "Een nieuw bericht", "date": "2023-05-01", "outlet": "De Webkrant"}
        jobs = []
        for body in (new, *({k: corpus[i][k] for k in ("text", "title", "date", "outlet")} for i in (5, 55))):
            status, job = http("POST", f"{base}/api/jobs", body)
            assert status == 202, job
            jobs.append(job["id"])
        seen: list[int] = []
        while any(p.poll() is None for p in procs.values()):
            status, stats = http("GET", f"{base}/api/stats")
            assert status == 200, stats
            seen.append(stats["documents"])
            assert http("GET", f"{base}/api/documents?per_page=5")[0] == 200
            assert http("GET", f"{base}/api/claims?kind=quantity")[0] == 200
            time.sleep(0.05)
        for job_id in jobs:
            deadline = time.monotonic() + 60
            while (job := http("GET", f"{base}/api/jobs/{job_id}")[1])["status"] not in ("done", "failed"):
                assert time.monotonic() < deadline, job
                time.sleep(0.1)
            assert job["status"] == "done", job
    finally:
        outputs = {}
        for name, p in procs.items():
            try:
                outputs[name] = p.communicate(timeout=120)
            except subprocess.TimeoutExpired:
                p.kill()
                outputs[name] = p.communicate()
        serve.terminate()
        serve_out = serve.communicate(timeout=30)

    for name, p in procs.items():
        _out, err = outputs[name]
        assert p.returncode == 0, f"{name} failed: {err[-2000:]}"
        assert "Traceback" not in err and "deadlock" not in err.lower(), f"{name}: {err[-2000:]}"
    assert "Traceback" not in serve_out[1], serve_out[1][-2000:]
    assert seen == sorted(seen), "the server saw documents disappear"

    ref = reference(shared_run)
    with open_store(pg_url) as store:
        ids = {r[0] for r in store.query("SELECT id FROM documents")}
        assert store.query("SELECT count(*) FROM documents")[0][0] == len(ids) == 61
        assert set(ref["documents"]) <= ids  # nothing lost
        (extra,) = ids - set(ref["documents"])  # the server's new article
        assert store.load(extra).quantities
        assert_complete(store, ids)
        # Ingest and segmentation are the same whichever process stored a document. (Extracted
        # items are compared with the CLI's in test_equivalence; here, with colleagues editing
        # extractors in the same tree, a process started a minute later may extract differently.)
        for table in ("documents", "parts", "sentences"):
            keep = [c for c in TABLES[table] if c not in WRITER_COLUMNS]
            rows: dict[str, list[tuple[Any, ...]]] = {}
            for r in store.query(f"SELECT {', '.join(keep)} FROM {table}"):
                rows.setdefault(r[0], []).append(tuple(r))
            for doc_id, expected in ref[table].items():
                assert sorted(rows[doc_id]) == expected, f"{table} of {doc_id} differs"


def assert_complete(store: Any, ids: set[str]) -> None:
    """Every document has all its rows: parts, sentences, items in a gapless 0..n-1 order, each
    item in a stored sentence, every entity with its mentions and every mention with its entity."""
    sentences: dict[str, set[int]] = {}
    for doc, idx in store.query("SELECT document, idx FROM sentences"):
        sentences.setdefault(doc, set()).add(idx)
    assert set(sentences) == ids
    for table in ("parts", "sentences", "quotes", "quantities", "control_claims", "entities"):
        by_doc: dict[str, list[int]] = {}
        for doc, idx in store.query(f"SELECT document, idx FROM {table}"):
            by_doc.setdefault(doc, []).append(idx)
        assert set(by_doc) <= ids
        if table in ("parts", "sentences", "entities"):
            assert set(by_doc) == ids, f"a document without {table}"
        for doc, idxs in by_doc.items():
            assert sorted(idxs) == list(range(len(idxs))), f"{table} of {doc} has gaps"
        if table in ("quotes", "quantities", "control_claims"):
            for doc, sent in store.query(f"SELECT document, sentence FROM {table}"):
                assert sent in sentences[doc], f"{table} of {doc} points at a missing sentence"
    entities = set(store.query("SELECT document, idx FROM entities"))
    mentioned = set(store.query("SELECT DISTINCT document, entity FROM mentions"))
    assert mentioned == entities
