"""The store on both backends: round trips, idempotency, atomicity, queries, opening and refusing."""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
import time
from pathlib import Path

import psycopg
import pytest
from conftest import pg_base_url, raw_execute
from storedocs import MOD, UN, ZELENSKY, expected_rows, make_doc

from claimgraph.document import (
    ControlClaim,
    Document,
    Entity,
    Mention,
    OffsetMap,
    Quantity,
    Quote,
    Sentence,
    Token,
    content_id,
)
from claimgraph.store import (
    SCHEMA_VERSION,
    NotFoundError,
    SaveError,
    Store,
    StoreError,
    open_store,
)

VERSION = "test-1"


def assert_same(loaded: Document, original: Document) -> None:
    """Every field equal (the offset map compared by value, tokens not stored)."""
    for f in dataclasses.fields(Document):
        got, want = getattr(loaded, f.name), getattr(original, f.name)
        if f.name == "offsets":
            assert got.to_json() == want.to_json()
        elif f.name == "sentences":
            assert got == [dataclasses.replace(s, tokens=[]) for s in want]
        else:
            assert got == want, f.name


def tiny_doc(text: str = "Kort bericht zonder claims.", **kw: object) -> Document:
    return Document(id=content_id(text), name="tiny", origin="test:tiny", raw=text, text=text,
                    offsets=OffsetMap.identity(), **kw)  # type: ignore[arg-type]  # fmt: skip


# --- round trips ------------------------------------------------------------------------------


def test_round_trip_every_field(store: Store) -> None:
    doc = make_doc(1, blocks=2)
    doc.sentences[1].tokens = [Token(doc.sentences[1].start, doc.sentences[1].start + 3, "LET()", "“")]
    assert store.save(doc, producer_version=VERSION)
    assert_same(store.load(doc.id), doc)
    assert store.document_ids() == [doc.id]
    assert doc.id in store


def test_raw_offsets_point_at_the_same_words(store: Store) -> None:
    doc = make_doc(2, blocks=2)
    assert doc.offsets.to_json() != OffsetMap.identity().to_json()  # the map really maps
    store.save(doc, producer_version=VERSION)
    for table in ("sentences", "quotes", "quantities", "control_claims", "mentions"):
        rows = store.query(f"SELECT text_start, text_end, raw_start, raw_end FROM {table}")
        assert rows
        for s, e, rs, re_ in rows:
            assert doc.raw[rs:re_] == doc.text[s:e]


def test_round_trip_sparse_document(store: Store) -> None:
    """None everywhere it is allowed, odd Unicode, no parts at all, open ranges."""
    text = "“Nul” 🙂 — zei iemand; ‘ongeveer honderd’ doden in Kyjiv."
    doc = tiny_doc(text, language="nl", title=None)
    doc.sentences = [Sentence(0, 0, len(text), 0)]
    doc.quotes = [Quote(1, 4, "scare", 0)]
    doc.quantities = [Quantity(31, 45, 0, None, None)]
    doc.control_claims = [ControlClaim(0, len(text), 0, "Kyjiv", 51, 56, None, "deny")]
    doc.entities = [Entity("Kyjiv", "LOC"), Entity("iemand", "PER", [Mention(14, 20, 0)])]
    assert store.save(doc, producer_version=VERSION)
    assert_same(store.load(doc.id), doc)


def test_producer_is_recorded(store: Store) -> None:
    doc = make_doc(3)
    store.save(doc, producer_version="quotes-2,quantities-1", producer="claimgraph-0.1")
    for table in ("documents", "quotes", "quantities", "control_claims", "entities", "mentions"):
        assert set(store.query(f"SELECT producer, producer_version FROM {table}")) == {
            ("claimgraph-0.1", "quotes-2,quantities-1")
        }
    rules = {r[0] for r in store.query("SELECT rule FROM quotes")}
    assert rules == {"quote.direct.after", "quote.volgens"}


def test_load_missing(store: Store) -> None:
    with pytest.raises(NotFoundError) as e:
        store.load("0123456789abcdef")
    assert isinstance(e.value, KeyError)
    assert "0123456789abcdef" in str(e.value)


# --- idempotency --------------------------------------------------------------------------------


def test_same_document_twice_is_stored_once(store: Store) -> None:
    doc = make_doc(4)
    assert store.save(doc, producer_version=VERSION) is True
    before = store.counts()
    again = make_doc(4)  # re-analysed: a new object with the same content
    assert store.save(again, producer_version="other") is False
    assert store.counts() == before
    assert store.query("SELECT producer_version FROM documents") == [(VERSION,)]


def test_save_many_skips_duplicates_within_and_across_batches(store: Store) -> None:
    docs = [make_doc(n) for n in range(12)]
    stats = store.save_many([*docs[:5], make_doc(2), *docs[5:]], producer_version=VERSION, batch_size=4)
    assert (stats.added, stats.skipped) == (12, 1)
    stats = store.save_many(reversed(docs), producer_version=VERSION, batch_size=5)
    assert (stats.added, stats.skipped) == (0, 12)
    assert sorted(store.document_ids()) == sorted(d.id for d in docs)
    assert store.counts()["documents"] == 12


def test_save_many_takes_a_generator(store: Store) -> None:
    stats = store.save_many((make_doc(n) for n in range(7)), producer_version=VERSION, batch_size=3)
    assert (stats.added, stats.skipped) == (7, 0)
    with pytest.raises(ValueError):
        store.save_many([], producer_version=VERSION, batch_size=0)
    assert store.save_many([], producer_version=VERSION).added == 0


# --- atomicity ----------------------------------------------------------------------------------


def bad_doc(n: int) -> Document:
    """A document the database rejects at its last table (mentions), after all the others."""
    doc = make_doc(n)
    doc.entities[-1].mentions.append(Mention(10, 5, 0))  # end before start: violates a CHECK
    return doc


def test_rejected_document_writes_nothing(store: Store) -> None:
    doc = bad_doc(5)
    with pytest.raises(SaveError) as e:
        store.save(doc, producer_version=VERSION)
    assert e.value.doc_id == doc.id
    assert "\n" not in str(e.value)
    assert all(v == 0 for v in store.counts().values())
    for table in expected_rows(doc):
        assert store.query(f"SELECT count(*) FROM {table}") == [(0,)]
    # The store is still usable, and the fixed document goes in whole.
    assert store.save(make_doc(5), producer_version=VERSION)
    assert store.counts()["mentions"] == sum(len(e.mentions) for e in make_doc(5).entities)


@pytest.mark.parametrize("field, value", [("kind", "citaat"), ("stance", "maybe")])
def test_closed_vocabularies_are_enforced(store: Store, field: str, value: str) -> None:
    doc = make_doc(6)
    setattr(doc.quotes[0], field, value)
    with pytest.raises(SaveError):
        store.save(doc, producer_version=VERSION)
    assert store.counts()["documents"] == 0


def test_save_many_keeps_good_documents_and_reports_the_bad_one(store: Store) -> None:
    docs = iter([make_doc(10), make_doc(11), bad_doc(12), make_doc(13), make_doc(14), make_doc(15)])
    with pytest.raises(SaveError) as e:
        store.save_many(docs, producer_version=VERSION, batch_size=2)
    # Batch 1 (10, 11) committed; batch 2 (12 bad, 13) keeps 13; batch 3 not tried yet.
    assert e.value.doc_id == bad_doc(12).id
    assert (e.value.stats.added, e.value.stats.skipped) == (3, 0)
    assert set(store.document_ids()) == {make_doc(n).id for n in (10, 11, 13)}
    # The same iterator continues after the failing batch.
    assert store.save_many(docs, producer_version=VERSION, batch_size=2).added == 2
    from conftest import assert_complete

    assert assert_complete(store, blocks=1) == [10, 11, 13, 14, 15]


# --- queries ------------------------------------------------------------------------------------


def test_counts(store: Store) -> None:
    assert store.counts() == dict.fromkeys(
        ("documents", "sentences", "quotes", "quantities", "control_claims", "entities", "mentions"), 0
    )
    docs = [make_doc(20, 1), make_doc(21, 3), make_doc(22, 6)]
    store.save_many(docs, producer_version=VERSION)
    expected = {"documents": 3}
    for d in docs:
        for table, n in expected_rows(d).items():
            if table != "parts":
                expected[table] = expected.get(table, 0) + n
    assert store.counts() == expected


def test_top_sources(store: Store) -> None:
    store.save_many([make_doc(30, 1), make_doc(31, 2)], producer_version=VERSION)
    # Per block: the ministry 3 times (quote, quantity, control claim), Zelensky 2, the UN 1.
    assert store.top_sources() == [(MOD, 9), (ZELENSKY, 6), (UN, 3)]
    assert store.top_sources(1) == [(MOD, 9)]
    # Ties sort by code point on both backends; empty names are not sources.
    text = "Bèta zei iets. Alfa zei iets. Ålfa ook. En ''."
    doc = tiny_doc(text)
    doc.sentences = [Sentence(0, 0, len(text), 0)]
    doc.quotes = [
        Quote(0, 4, "indirect", 0, speaker=name)
        for name in ("Bèta", "Alfa", "Ålfa", "Alfa", "Bèta", "Ålfa", "")
    ]
    doc.quotes += [Quote(0, 4, "indirect", 0, speaker=UN) for _ in range(5)]
    store.save(doc, producer_version=VERSION)
    assert store.top_sources(10) == [(MOD, 9), (UN, 8), (ZELENSKY, 6), ("Alfa", 2), ("Bèta", 2), ("Ålfa", 2)]


def test_full_text_search(store: Store) -> None:
    store.save_many(
        [make_doc(40), tiny_doc("Een bericht over graanexport.", title="Graan")], producer_version=VERSION
    )
    if store.dialect == "sqlite":
        sql = "SELECT document FROM documents_fts WHERE documents_fts MATCH ?"
        hits = {r[0] for r in store.query(sql, ("Klisjtsjiivka",))}
        assert hits == {make_doc(40).id}
        assert {r[0] for r in store.query(sql, ("graan",))} == {content_id("Een bericht over graanexport.")}
    else:
        config = store.query("SELECT value FROM store_meta WHERE key = 'fts_config'")[0][0]
        assert config == "dutch"
        sql = "SELECT id FROM documents WHERE tsv @@ plainto_tsquery(CAST(? AS regconfig), ?)"
        # Stemming: "gevecht" finds "gevechten".
        assert {r[0] for r in store.query(sql, (config, "gevecht"))} == {make_doc(40).id}
        assert {r[0] for r in store.query(sql, (config, "graan"))} == {
            content_id("Een bericht over graanexport.")
        }


# --- schema and opening -------------------------------------------------------------------------


def test_migrations_recorded_once(store_url: str) -> None:
    for _ in range(3):
        with open_store(store_url) as s:
            assert s.schema_version() == SCHEMA_VERSION
            rows = s.query("SELECT version FROM schema_migrations ORDER BY version")
            assert [r[0] for r in rows] == list(range(1, SCHEMA_VERSION + 1))


def test_data_survives_reopening(store_url: str) -> None:
    with open_store(store_url) as s:
        s.save(make_doc(50, 2), producer_version=VERSION)
    with open_store(store_url) as s:
        assert_same(s.load(make_doc(50, 2).id), make_doc(50, 2))


def test_newer_schema_is_refused(store_url: str) -> None:
    open_store(store_url).close()
    raw_execute(store_url, "INSERT INTO schema_migrations VALUES (?, ?, ?)", (999, "future", "now"))
    with pytest.raises(StoreError, match="newer"):
        open_store(store_url)


def test_foreign_database_is_refused(store_url: str) -> None:
    raw_execute(store_url, "CREATE TABLE documents (id INTEGER, body TEXT)")
    with pytest.raises(StoreError, match="not a claimgraph database"):
        open_store(store_url)


def test_foreign_schema_migrations_is_refused(store_url: str) -> None:
    """Another tool's schema_migrations table (Rails, Flyway…) does not pass for ours."""
    raw_execute(store_url, "CREATE TABLE schema_migrations (version TEXT)")
    with pytest.raises(StoreError, match="not a claimgraph database"):
        open_store(store_url)


def test_close_is_idempotent_and_context_manager_closes(store_url: str) -> None:
    with open_store(store_url) as s:
        assert repr(s).startswith("<")
    s.close()
    s.close()


# --- SQLite specifics ---------------------------------------------------------------------------


def test_sqlite_settings(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as s:
        assert s.query("PRAGMA journal_mode") == [("wal",)]
        assert s.query("PRAGMA foreign_keys") == [(1,)]
        assert s.query("PRAGMA busy_timeout")[0][0] >= 10_000


def test_sqlite_url_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///rel.db") as s:
        s.save(make_doc(60), producer_version=VERSION)
    assert (tmp_path / "rel.db").exists()
    with open_store(f"sqlite:///{tmp_path}/rel.db") as s:  # sqlite:////abs/path
        assert s.counts()["documents"] == 1
    with open_store("rel.db") as s:
        assert s.counts()["documents"] == 1
    with open_store("sqlite:///:memory:") as s:
        assert s.save(make_doc(60), producer_version=VERSION)


def test_sqlite_not_a_database(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Dit is geen database, maar een boodschappenlijst.\n" * 50)
    with pytest.raises(StoreError, match="not a claimgraph database") as e:
        open_store(text)
    assert "\n" not in str(e.value)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a claimgraph database"):
        open_store(other)


def test_empty_file_becomes_a_store(tmp_path: Path) -> None:
    (tmp_path / "empty.db").touch()
    with open_store(tmp_path / "empty.db") as s:
        assert s.schema_version() == SCHEMA_VERSION


@pytest.mark.parametrize(
    "url, message",
    [
        ("mysql://localhost/db", "unsupported store URL"),
        ("sqlite://", "bad SQLite URL"),
        ("sqlite://relative.db", "bad SQLite URL"),
        ("", "no store URL"),
        ("/no/such/directory/x.db", "does not exist"),
    ],
)
def test_bad_urls(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as e:
        open_store(url)
    assert "\n" not in str(e.value)


def test_directory_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="directory"):
        open_store(tmp_path)


def test_schema_only_for_postgresql(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store(tmp_path / "x.db", schema="nope")


# --- PostgreSQL specifics -----------------------------------------------------------------------


@pytest.mark.postgres
def test_pg_unreachable_server_is_a_one_line_error() -> None:
    t0 = time.monotonic()
    with pytest.raises(StoreError, match=re.escape("cannot connect to postgresql://127.0.0.1:1/test")) as e:
        open_store("postgresql://nobody:secret@127.0.0.1:1/test")
    assert time.monotonic() - t0 < 10
    assert "\n" not in str(e.value)
    assert "secret" not in str(e.value)


@pytest.mark.postgres
def test_pg_missing_database() -> None:
    base = pg_base_url()
    with pytest.raises(StoreError, match="cannot connect") as e:
        open_store(base.rsplit("/", 1)[0] + "/claimgraph_no_such_db")
    assert "\n" not in str(e.value)


@pytest.mark.postgres
def test_pg_schema_argument_and_url_agree(pg_schema: tuple[str, str]) -> None:
    base, schema = pg_schema
    with open_store(base, schema=schema) as s:
        s.save(make_doc(70), producer_version=VERSION)
    # The same store through the URL parameter and the postgres:// alias.
    with open_store(f"{base.replace('postgresql://', 'postgres://')}?schema={schema}") as s:
        assert s.document_ids() == [make_doc(70).id]
    with open_store(f"{base}?schema={schema}", schema=schema) as s:
        assert s.counts()["documents"] == 1
    with pytest.raises(StoreError, match="two different schemas"):
        open_store(f"{base}?schema={schema}", schema="other")


@pytest.mark.postgres
def test_pg_schemas_are_isolated(pg_schema: tuple[str, str], request: pytest.FixtureRequest) -> None:
    base, schema = pg_schema
    other = schema + "_b"
    request.addfinalizer(lambda: raw_execute(f"{base}?schema={other}", f"DROP SCHEMA {other} CASCADE"))
    with open_store(base, schema=schema) as a, open_store(base, schema=other) as b:
        a.save(make_doc(71), producer_version=VERSION)
        assert b.counts()["documents"] == 0
        assert a.counts()["documents"] == 1


def test_save_speed(store: Store) -> None:
    """Saving is cheap next to analysis: a realistic article in a batch well under 5 ms on SQLite."""
    docs = [make_doc(n, blocks=6) for n in range(100, 160)]
    t0 = time.perf_counter()
    stats = store.save_many(docs, producer_version=VERSION)
    per_doc = (time.perf_counter() - t0) / len(docs)
    assert stats.added == len(docs)
    limit = 0.005 if store.dialect == "sqlite" else 0.020
    if os.environ.get("CI"):
        limit *= 4  # shared CI machines are noisy; this guards against gross regressions only
    assert per_doc < limit, f"{per_doc * 1000:.1f} ms per document"


def test_closed_store_says_so(store_url: str) -> None:
    s = open_store(store_url)
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.save(make_doc(80), producer_version=VERSION)


@pytest.mark.postgres
def test_pg_lost_connection_is_a_store_error_not_a_rejected_document(pg_schema: tuple[str, str]) -> None:
    base, schema = pg_schema
    with open_store(base, schema=schema) as s:
        pid = s.query("SELECT pg_backend_pid()")[0][0]
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        with pytest.raises(StoreError) as e:
            s.save(make_doc(81), producer_version=VERSION)
        assert not isinstance(e.value, SaveError)
        assert "\n" not in str(e.value)
    with open_store(base, schema=schema) as s:
        assert s.counts()["documents"] == 0
