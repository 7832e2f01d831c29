"""The store: documents and everything extracted from them, in SQLite or PostgreSQL.

:class:`Store` holds all SQL and all mapping between rows and :mod:`claimgraph.document` types;
the backends (:mod:`.sqlite`, :mod:`.postgres`) only connect, open transactions their way and
translate the one placeholder style. Every query here is written with ``?`` placeholders and
passes through :meth:`Store._sql`, which is the only place the backends' styles meet.

Writes are all-or-nothing per document: the document row and its rows are inserted in one
transaction, and the document row goes first with ``ON CONFLICT DO NOTHING``, so a document
already stored (by this process or a racing one) is detected by the row count and skipped
without writing anything. Stored documents are never updated, so reads need no snapshot.
"""

from __future__ import annotations

import itertools
import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import attrgetter
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar

from claimgraph.document import (
    ControlClaim,
    Document,
    Entity,
    Mention,
    OffsetMap,
    Part,
    Quantity,
    Quote,
    Sentence,
)
from claimgraph.store.schema import BOOTSTRAP, LATEST, MIGRATIONS, TABLES

LOGGER = logging.getLogger(__name__)

Row = tuple[Any, ...]
T = TypeVar("T")


class StoreError(Exception):
    """A store could not be opened or written; the message is one line, fit for a user."""


class NotFoundError(StoreError, KeyError):
    """No document with that id is stored."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "not found"


@dataclass
class SaveStats:
    """What a save did: documents newly added, and documents skipped as already stored."""

    added: int = 0
    skipped: int = 0


class SaveError(StoreError):
    """A document the database rejected; nothing of it was written.

    ``stats`` counts what the call committed before giving up: the other documents of the
    failing batch are committed, later batches are not tried. Calling ``save_many`` again with
    the same iterator continues after the failing batch.
    """

    def __init__(self, doc_id: str, reason: str, stats: SaveStats | None = None) -> None:
        super().__init__(f"document {doc_id} not stored: {reason}")
        self.doc_id = doc_id
        self.reason = reason
        self.stats = stats if stats is not None else SaveStats()


# Column lists. Item tables are a span head, then columns named exactly like the fields of the
# item's dataclass (so saving and loading are one mapping, not two), then the producer.
DOCUMENT_COLUMNS = (
    "id", "name", "origin", "title", "date", "author", "outlet", "url", "language",
    "ingest_stage", "raw", "text", "offsets", "producer", "producer_version", "added_at",
)  # fmt: skip
PART_COLUMNS = ("document", "idx", "kind", "text_start", "text_end")
SENTENCE_COLUMNS = (
    "document", "idx", "text_start", "text_end", "raw_start", "raw_end", "part", "analysed_by",
)  # fmt: skip
SPAN_HEAD = ("document", "idx", "sentence", "text_start", "text_end", "raw_start", "raw_end")
PRODUCER = ("producer", "producer_version")


@dataclass(frozen=True)
class ItemTable:
    """A table of extracted items: which dataclass, and its fields stored besides the span."""

    table: str
    cls: type
    fields: tuple[str, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        return (*SPAN_HEAD, *self.fields, *PRODUCER)


ITEM_TABLES = (
    ItemTable(
        "quotes", Quote,
        ("kind", "speaker", "speaker_start", "speaker_end", "cue_start", "cue_end", "stance", "rule"),
    ),
    ItemTable(
        "quantities", Quantity,
        ("low", "high", "unit", "category", "subject", "source", "source_start", "source_end",
         "stance", "rule"),
    ),
    ItemTable(
        "control_claims", ControlClaim,
        ("place", "place_start", "place_end", "holder", "polarity", "source", "source_start",
         "source_end", "stance", "rule"),
    ),
)  # fmt: skip
ENTITY_FIELDS = ("name", "type", "party", "kb_id", "rule")
ENTITY_COLUMNS = ("document", "idx", *ENTITY_FIELDS, *PRODUCER)
MENTION_COLUMNS = (
    "document", "entity", "idx", "sentence", "text_start", "text_end", "raw_start", "raw_end",
    "rule", *PRODUCER,
)  # fmt: skip

# Child tables in insertion order (parents first, for the foreign keys).
CHILD_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("parts", PART_COLUMNS),
    ("sentences", SENTENCE_COLUMNS),
    *((t.table, t.columns) for t in ITEM_TABLES),
    ("entities", ENTITY_COLUMNS),
    ("mentions", MENTION_COLUMNS),
)

COUNTED = ("documents", "sentences", "quotes", "quantities", "control_claims", "entities", "mentions")


def _insert(table: str, columns: Sequence[str], suffix: str = "") -> str:
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}){suffix}"


def _select(table: str, columns: Sequence[str], order: str = "idx") -> str:
    # Skip the leading "document" column: it is the filter.
    return f"SELECT {', '.join(columns[1:])} FROM {table} WHERE document = ? ORDER BY {order}"


def document_rows(doc: Document, producer: str, producer_version: str) -> dict[str, list[Row]]:
    """Every child row of ``doc``, by table (tokens are not stored)."""
    d = doc.id
    raw = doc.offsets.to_raw
    prov = (producer, producer_version)
    rows: dict[str, list[Row]] = {
        "parts": [(d, i, p.kind, p.start, p.end) for i, p in enumerate(doc.parts)],
        "sentences": [
            (d, s.index, s.start, s.end, raw(s.start), raw(s.end), s.part, s.analysed_by)
            for s in doc.sentences
        ],
    }
    for spec in ITEM_TABLES:
        get = attrgetter(*spec.fields)
        rows[spec.table] = [
            (d, i, x.sentence, x.start, x.end, raw(x.start), raw(x.end), *get(x), *prov)
            for i, x in enumerate(getattr(doc, spec.table))
        ]
    get = attrgetter(*ENTITY_FIELDS)
    rows["entities"] = [(d, i, *get(e), *prov) for i, e in enumerate(doc.entities)]
    rows["mentions"] = [
        (d, i, j, m.sentence, m.start, m.end, raw(m.start), raw(m.end), m.rule, *prov)
        for i, e in enumerate(doc.entities)
        for j, m in enumerate(e.mentions)
    ]
    return rows


class Store:
    """Documents and their claims in a database; one connection, not shared between threads.

    Open one with :func:`claimgraph.store.open_store`. Use as a context manager or call
    :meth:`close`.
    """

    dialect: ClassVar[str]
    # The placeholder of the backend's driver; all SQL here is written with "?".
    placeholder: ClassVar[str] = "?"
    # A collation comparing code points, so ties sort the same on both backends.
    binary_collation: ClassVar[str]
    # Driver errors that mean the database refused or failed a statement.
    db_errors: ClassVar[tuple[type[Exception], ...]]
    # Those among them that are about the database, not the data (locked, disk, connection):
    # they fail the whole save instead of being blamed on one document.
    fatal_errors: ClassVar[tuple[type[Exception], ...]]
    # The statement that opens a write transaction.
    begin_write: ClassVar[str] = "BEGIN"
    # How often a batch is retried after a deadlock/serialisation failure.
    retries: ClassVar[int] = 3

    def __init__(self, conn: Any, description: str) -> None:
        self._conn = conn
        self.description = description  # where the store lives, without secrets: for messages
        self._sql_cache: dict[str, str] = {}

    # --- backend hooks -------------------------------------------------------------------------

    def _prepare_migration(self) -> None:
        """Called first inside the migration transaction (PostgreSQL: lock and create schema)."""

    def _tables(self) -> set[str]:
        """Names of the tables in the store's namespace."""
        raise NotImplementedError

    def _retryable(self, exc: Exception) -> bool:
        """Whether a failed write transaction may simply be run again."""
        return False

    def _rejection(self, exc: Exception) -> bool:
        """Whether the database refused the data (a constraint, a value), not the work."""
        return not isinstance(exc, self.fatal_errors) and not self._retryable(exc)

    # --- plumbing ------------------------------------------------------------------------------

    def _retrying(self, call: Callable[[], T], what: str) -> T:
        """Run a write transaction, running it again (up to ``retries`` times, with a short
        back-off) after a deadlock or serialisation failure; any other error is raised."""
        for attempt in itertools.count(1):
            try:
                return call()
            except self.db_errors as e:
                if attempt <= self.retries and self._retryable(e):
                    LOGGER.info("%s: retrying %s after %s", self.description, what, one_line(e))
                    time.sleep(0.05 * attempt)
                    continue
                raise
        raise AssertionError("unreachable")

    def _sql(self, text: str) -> str:
        """``text`` with ``?`` placeholders in the backend's style (the one place they differ)."""
        if self.placeholder == "?":
            return text
        out = self._sql_cache.get(text)
        if out is None:
            out = self._sql_cache[text] = text.replace("?", self.placeholder)
        return out

    def _cursor(self) -> Any:
        if self._conn is None:
            raise StoreError(f"{self.description} is closed")
        return self._conn.cursor()

    def _execute(self, cur: Any, sql: str, params: Sequence[Any] | None = None) -> Any:
        if params is None:
            cur.execute(sql)  # no parameters: the text is sent as is (DDL, literals with %)
        else:
            cur.execute(self._sql(sql), params)
        return cur

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Rows of a read query written with ``?`` placeholders, on either backend."""
        try:
            cur = self._execute(self._cursor(), sql, params)
            return list(cur.fetchall())
        except self.db_errors as e:
            raise StoreError(f"{self.description}: query failed: {one_line(e)}") from e

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        """A write transaction on a cursor: committed on success, rolled back on any exception."""
        cur = self._cursor()
        cur.execute(self.begin_write)
        try:
            yield cur
            cur.execute("COMMIT")
        except BaseException:
            try:
                cur.execute("ROLLBACK")
            except self.db_errors:  # already ended, or the connection is gone (the server rolls back)
                LOGGER.debug("rollback failed", exc_info=True)
            raise

    # --- schema ---------------------------------------------------------------------------------

    def _migrate(self) -> None:
        """Apply pending migrations, serialised against other processes opening the same store."""
        with self._transaction() as cur:
            self._prepare_migration()
            tables = self._tables()
            if "schema_migrations" not in tables:
                if self._foreign(tables):
                    raise StoreError(f"{self.description} is not a claimgraph database")
                cur.execute(BOOTSTRAP)
                applied: set[int] = set()
            else:
                if (
                    "store_meta" not in tables
                    or not self._execute(
                        cur,
                        "SELECT 1 FROM store_meta WHERE key = ? AND value = ?",
                        ("application", "claimgraph"),
                    ).fetchall()
                ):
                    raise StoreError(f"{self.description} is not a claimgraph database")
                applied = {r[0] for r in cur.execute("SELECT version FROM schema_migrations").fetchall()}
            if applied and max(applied) > LATEST:
                raise StoreError(
                    f"{self.description} has schema version {max(applied)}, newer than this "
                    f"claimgraph knows ({LATEST}); upgrade claimgraph"
                )
            now = _now()
            for m in MIGRATIONS:
                if m.version in applied:
                    continue
                for statement in m.statements(self.dialect):
                    cur.execute(statement)
                self._execute(
                    cur,
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (m.version, m.name, now),
                )
                LOGGER.info("%s: applied migration %d (%s)", self.description, m.version, m.name)

    def _foreign(self, tables: set[str]) -> bool:
        """Whether a namespace without schema_migrations holds tables that are not ours to touch."""
        return bool(tables & set(TABLES))

    def schema_version(self) -> int:
        """The highest migration applied."""
        return int(self.query("SELECT max(version) FROM schema_migrations")[0][0])

    # --- writing --------------------------------------------------------------------------------

    def save(self, doc: Document, *, producer_version: str, producer: str = "claimgraph") -> bool:
        """Store ``doc`` with all its parts, sentences and items; False if it was already stored.

        ``producer``/``producer_version`` are recorded on every row: the tool and the extractor
        set (see ``claimgraph.extract.registry.producers``) that made the items. Raises
        :class:`SaveError` when the database rejects the document; then nothing of it is written.
        """
        return self.save_many([doc], producer_version=producer_version, producer=producer).added == 1

    def save_many(
        self,
        docs: Iterable[Document],
        *,
        producer_version: str,
        producer: str = "claimgraph",
        batch_size: int = 50,
    ) -> SaveStats:
        """Store many documents, ``batch_size`` per transaction, each all-or-nothing.

        Documents already stored are skipped (counted in ``skipped``), also when another process
        stores the same document at the same moment. ``docs`` is consumed lazily, so a generator
        of any length is fine. On a rejected document see :class:`SaveError`.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        stats = SaveStats()
        it = iter(docs)
        while batch := list(itertools.islice(it, batch_size)):
            # One lock order for every writer: PostgreSQL writers racing over the same documents
            # then wait for each other instead of deadlocking.
            batch.sort(key=lambda d: d.id)
            added, skipped, failed = self._save_batch(batch, producer, producer_version)
            stats.added += added
            stats.skipped += skipped
            if failed:
                doc_id, reason = failed
                raise SaveError(doc_id, reason, stats)
        return stats

    def _save_batch(
        self, batch: list[Document], producer: str, producer_version: str
    ) -> tuple[int, int, tuple[str, str] | None]:
        try:
            return self._retrying(lambda: self._try_batch(batch, producer, producer_version), "a batch")
        except self.db_errors as e:
            raise StoreError(f"{self.description}: save failed: {one_line(e)}") from e

    def _try_batch(
        self, batch: list[Document], producer: str, producer_version: str
    ) -> tuple[int, int, tuple[str, str] | None]:
        now = _now()
        try:
            with self._transaction() as cur:
                stored = self._write(cur, batch, producer, producer_version, now)
            return stored.count(True), stored.count(False), None
        except self.db_errors as e:
            if not self._rejection(e):
                raise
            LOGGER.debug("%s: batch rejected (%s); saving one by one", self.description, one_line(e))
        # Slow path, only after a rejection: each document in a savepoint of its own, so the
        # culprit is left out and the rest of the batch is kept.
        added = skipped = 0
        failed: tuple[str, str] | None = None
        with self._transaction() as cur:
            for doc in batch:
                cur.execute("SAVEPOINT doc")
                try:
                    (was_added,) = self._write(cur, [doc], producer, producer_version, now)
                except self.db_errors as e:
                    if not self._rejection(e):
                        raise
                    cur.execute("ROLLBACK TO SAVEPOINT doc")
                    cur.execute("RELEASE SAVEPOINT doc")
                    LOGGER.warning("%s: document %s rejected: %s", self.description, doc.id, one_line(e))
                    failed = failed or (doc.id, one_line(e))
                    continue
                cur.execute("RELEASE SAVEPOINT doc")
                added += was_added
                skipped += not was_added
        return added, skipped, failed

    _INSERT_DOCUMENT = _insert("documents", DOCUMENT_COLUMNS, " ON CONFLICT (id) DO NOTHING")
    _INSERT_CHILD: ClassVar[dict[str, str]] = {t: _insert(t, cols) for t, cols in CHILD_TABLES}

    def _write(
        self, cur: Any, docs: list[Document], producer: str, producer_version: str, now: str
    ) -> list[bool]:
        """Insert documents inside the caller's transaction; per document, False if already stored.

        Document rows go one by one (the row count says whether each was new); then the rows of
        all new documents go to each child table in one bulk statement.
        """
        stored: list[bool] = []
        children: dict[str, list[Row]] = {table: [] for table, _ in CHILD_TABLES}
        known = self._known(cur, [doc.id for doc in docs])
        for doc in docs:
            if doc.id in known:  # the common case on a re-run; ON CONFLICT below covers races
                stored.append(False)
                continue
            head = (
                doc.id, doc.name, doc.origin, doc.title, doc.date, doc.author, doc.outlet, doc.url,
                doc.language, doc.ingest_stage, doc.raw, doc.text,
                json.dumps(doc.offsets.to_json(), separators=(",", ":")), producer, producer_version, now,
            )  # fmt: skip
            self._execute(cur, self._INSERT_DOCUMENT, head)
            stored.append(cur.rowcount != 0)
            if stored[-1]:
                for table, rows in document_rows(doc, producer, producer_version).items():
                    children[table] += rows
        for table, columns in CHILD_TABLES:
            if children[table]:
                self._bulk_insert(cur, table, columns, children[table])
        return stored

    def _known(self, cur: Any, ids: list[str]) -> set[str]:
        """Which of ``ids`` are stored already (cheaper than a failing insert of the whole text)."""
        known: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            sql = f"SELECT id FROM documents WHERE id IN ({', '.join('?' * len(chunk))})"
            known.update(r[0] for r in self._execute(cur, sql, chunk).fetchall())
        return known

    def _bulk_insert(self, cur: Any, table: str, columns: tuple[str, ...], rows: list[Row]) -> None:
        """Insert many rows into one table (PostgreSQL overrides this with COPY)."""
        cur.executemany(self._sql(self._INSERT_CHILD[table]), rows)

    # --- reading --------------------------------------------------------------------------------

    def has(self, doc_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM documents WHERE id = ?", (doc_id,)))

    __contains__ = has

    def document_ids(self) -> list[str]:
        """Ids of all stored documents, oldest first."""
        return [r[0] for r in self.query("SELECT id FROM documents ORDER BY added_at, id")]

    def load(self, doc_id: str) -> Document:
        """The stored document rebuilt with parts, sentences (without tokens) and items.

        Raises :class:`NotFoundError` (a ``KeyError``) when no such document is stored.
        """
        head = self.query(f"SELECT {', '.join(DOCUMENT_COLUMNS[:13])} FROM documents WHERE id = ?", (doc_id,))
        if not head:
            raise NotFoundError(f"no document {doc_id} in {self.description}")
        (id_, name, origin, title, date, author, outlet, url, language, stage, raw, text, offsets) = head[0]
        doc = Document(
            id=id_, name=name, origin=origin, raw=raw, text=text,
            offsets=OffsetMap.from_json(json.loads(offsets)),
            title=title, date=date, author=author, outlet=outlet, url=url,
            language=language, ingest_stage=stage,
        )  # fmt: skip

        def rows(table: str, columns: Sequence[str], order: str = "idx") -> list[Row]:
            return self.query(_select(table, columns, order), (doc_id,))

        doc.parts = [Part(kind, s, e) for _i, kind, s, e in rows("parts", PART_COLUMNS)]
        doc.sentences = [
            Sentence(index=i, start=s, end=e, part=part, analysed_by=by)
            for i, s, e, _rs, _re, part, by in rows("sentences", SENTENCE_COLUMNS)
        ]
        for spec in ITEM_TABLES:
            items = [
                spec.cls(start=start, end=end, sentence=sent, **dict(zip(spec.fields, values, strict=True)))
                for _i, sent, start, end, _rs, _re, *values, _p, _v in rows(spec.table, spec.columns)
            ]
            setattr(doc, spec.table, items)
        doc.entities = [
            Entity(**dict(zip(ENTITY_FIELDS, values, strict=True)))
            for _i, *values, _p, _v in rows("entities", ENTITY_COLUMNS)
        ]
        for ent, _j, sent, s, e, _rs, _re, rule, _p, _v in rows("mentions", MENTION_COLUMNS, "entity, idx"):
            doc.entities[ent].mentions.append(Mention(start=s, end=e, sentence=sent, rule=rule))
        return doc

    def counts(self) -> dict[str, int]:
        """Rows per kind: documents, sentences, quotes, quantities, control_claims, entities, mentions."""
        sql = "SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in COUNTED)
        return dict(zip(COUNTED, (int(n) for n in self.query(sql)[0]), strict=True))

    def top_sources(self, n: int = 10) -> list[tuple[str, int]]:
        """The ``n`` most frequent claimants: quote speakers plus quantity and control-claim sources."""
        sql = f"""SELECT name, count(*) AS k FROM (
            SELECT speaker AS name FROM quotes WHERE speaker IS NOT NULL AND speaker <> ''
            UNION ALL SELECT source FROM quantities WHERE source IS NOT NULL AND source <> ''
            UNION ALL SELECT source FROM control_claims WHERE source IS NOT NULL AND source <> ''
        ) AS claimants GROUP BY name ORDER BY k DESC, name COLLATE {self.binary_collation} LIMIT ?"""
        return [(name, int(k)) for name, k in self.query(sql, (n,))]

    # --- lifetime -------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection; an open transaction is rolled back. Safe to call twice."""
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.description}>"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def one_line(e: BaseException) -> str:
    """A driver error as one line (libpq messages carry newlines and hints)."""
    text = " ".join(str(e).split())
    return text or type(e).__name__
