"""Bulk import into a store: rows staged with COPY, then published in id-ordered transactions.

:meth:`Store.save_many` is built for a stream of freshly analysed documents: it inserts each
document row on its own to learn whether it was new. Importing millions of rows that already
exist as table rows (a Spark run's Parquet output, another store) needs the other shape:

1. **stage**: every table's rows go into a session-private temporary copy of the table
   (``cg_stage_<table>``), by COPY on PostgreSQL (executemany on SQLite). Nothing shared is
   locked while this runs, however many rows it takes.
2. **publish**: documents move over ``chunk`` at a time, in id order, each chunk in one write
   transaction: ``INSERT … SELECT … ON CONFLICT (id) DO NOTHING RETURNING id`` tells exactly which
   documents this import added, and only their child rows follow, by ``INSERT … SELECT`` inside
   the server. A document stored already, or stored at the same moment by a racing
   ``claimgraph analyze`` or another import, is skipped whole, never doubled or half-written.

Writers take document locks in id order (as :meth:`Store.save_many` does), so they wait for each
other instead of deadlocking; a deadlock or serialisation failure is retried like a store batch.
The store's tables, columns and migrations are used as they are: nothing here changes the schema.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self

from claimgraph.document import Document
from claimgraph.store.db import (
    CHILD_TABLES,
    DOCUMENT_COLUMNS,
    Row,
    SaveError,
    SaveStats,
    Store,
    StoreError,
    document_rows,
    one_line,
)

LOGGER = logging.getLogger(__name__)

TABLES: dict[str, tuple[str, ...]] = {"documents": DOCUMENT_COLUMNS, **dict(CHILD_TABLES)}
STAGE_PREFIX = "cg_stage_"
NEW_IDS = "cg_stage_new"


def _stage(table: str) -> str:
    return STAGE_PREFIX + table


class BulkImport:
    """One import session on ``store``: stage rows with :meth:`stage`, then :meth:`publish`.

    Use as a context manager: the staging tables are dropped on exit. Staged rows that were never
    published are simply dropped. One ``BulkImport`` at a time per Store (the staging tables are
    per connection).
    """

    def __init__(self, store: Store, *, chunk: int = 2000) -> None:
        if chunk < 1:
            raise ValueError("chunk must be at least 1")
        self.store = store
        self.chunk = chunk
        self.staged: dict[str, int] = {}
        self._created = False

    # --- staging --------------------------------------------------------------------------------

    def _create(self) -> None:
        if self._created:
            return
        cur = self.store._cursor()
        self._drop(cur)
        for table, columns in TABLES.items():
            cur.execute(
                f"CREATE TEMP TABLE {_stage(table)} AS SELECT {', '.join(columns)} FROM {table} WHERE 1 = 0"
            )
        cur.execute(f"CREATE TEMP TABLE {NEW_IDS} (id TEXT PRIMARY KEY)")
        self._created = True

    def stage(self, table: str, batches: Iterable[Sequence[Row]]) -> int:
        """Add rows (tuples in the store's column order for ``table``) to the staging copy.

        Each batch is written in a transaction of its own on the private staging table, which
        other connections never see, so staging holds no lock on the store's tables.
        """
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        self._create()
        columns = TABLES[table]
        n = 0
        try:
            for rows in batches:
                if not rows:
                    continue
                cur = self.store._cursor()
                cur.execute("BEGIN")  # plain BEGIN: SQLite's IMMEDIATE would lock the store's file
                try:
                    self._write_rows(cur, _stage(table), columns, rows)
                    cur.execute("COMMIT")
                except BaseException:
                    cur.execute("ROLLBACK")
                    raise
                n += len(rows)
        except self.store.db_errors as e:
            raise StoreError(f"{self.store.description}: staging {table} failed: {one_line(e)}") from e
        self.staged[table] = self.staged.get(table, 0) + n
        return n

    def stage_documents(self, docs: Iterable[Document], *, producer_version: str,
                        producer: str = "claimgraph", batch: int = 500) -> int:
        """Stage analysed documents with all their rows (the bulk counterpart of ``save_many``)."""
        n = 0
        it = iter(docs)
        now = _now()
        while chunk := list(itertools.islice(it, batch)):
            children: dict[str, list[Row]] = {t: [] for t, _ in CHILD_TABLES}
            heads = []
            for doc in chunk:
                heads.append(document_row(doc, producer, producer_version, now))
                for table, rows in document_rows(doc, producer, producer_version).items():
                    children[table] += rows
            self.stage("documents", [heads])
            for table, rows in children.items():
                self.stage(table, [rows])
            n += len(chunk)
        return n

    def _write_rows(self, cur: Any, table: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        if self.store.dialect == "postgresql":
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" * len(columns))
            cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    # --- publishing -----------------------------------------------------------------------------

    def publish(self, *, added_at: str | None = None) -> SaveStats:
        """Move every staged document that is not stored yet into the store, with its rows.

        ``added_at`` (default: now) is written as every new document's ``added_at``: the moment
        it entered this store. Returns documents added and skipped (already stored). Raises
        :class:`SaveError` when the database rejects a chunk; chunks before it stay committed.
        """
        if not self._created:
            return SaveStats()
        added_at = added_at or _now()
        stats = SaveStats()
        for table in TABLES:  # the planner needs to know the staging tables are not empty
            if self.staged.get(table):
                self.store._cursor().execute(f"ANALYZE {_stage(table)}")
        if self.staged.get("documents"):
            for table in TABLES:
                key = "id" if table == "documents" else "document"
                self.store._cursor().execute(
                    f"CREATE INDEX IF NOT EXISTS {_stage(table)}_doc ON {_stage(table)} ({key})"
                )
        last = ""
        while True:
            ids = [r[0] for r in self.store.query(
                f"SELECT id FROM {_stage('documents')} WHERE id > ? ORDER BY id LIMIT ?", (last, self.chunk)
            )]  # fmt: skip
            if not ids:
                break
            added = self._publish_chunk(ids[0], ids[-1], added_at)
            stats.added += added
            stats.skipped += len(ids) - added
            last = ids[-1]
        return stats

    def _publish_chunk(self, first: str, last: str, added_at: str) -> int:
        store = self.store
        try:
            return store._retrying(lambda: self._try_chunk(first, last, added_at), "an import chunk")
        except store.db_errors as e:
            if store._rejection(e):
                reason = f"import of documents {first}..{last} rejected: {one_line(e)}"
                raise SaveError(first, reason) from e
            raise StoreError(f"{store.description}: import failed: {one_line(e)}") from e

    def _try_chunk(self, first: str, last: str, added_at: str) -> int:
        store = self.store
        doc_cols = DOCUMENT_COLUMNS
        select = ", ".join("?" if c == "added_at" else c for c in doc_cols)
        with store._transaction() as cur:
            store._execute(cur, f"DELETE FROM {NEW_IDS}", ())
            # One lock order for all writers: ascending id (save_many sorts its batches the same).
            new = store._execute(
                cur,
                f"INSERT INTO documents ({', '.join(doc_cols)}) SELECT {select} FROM {_stage('documents')}"
                " WHERE id >= ? AND id <= ? ORDER BY id ON CONFLICT (id) DO NOTHING RETURNING id",
                (added_at, first, last),
            ).fetchall()
            if not new:
                return 0
            self._write_rows(cur, NEW_IDS, ("id",), new)
            for table, columns in CHILD_TABLES:
                if not self.staged.get(table):
                    continue
                cols = ", ".join(columns)
                cur.execute(
                    f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {_stage(table)}"
                    f" WHERE document IN (SELECT id FROM {NEW_IDS})"
                )
            return len(new)

    # --- lifetime -------------------------------------------------------------------------------

    def _names(self) -> list[str]:
        return [*(_stage(t) for t in TABLES), NEW_IDS]

    def _drop(self, cur: Any) -> None:
        # Qualified, so that a real table of that name in the store's schema is never touched.
        temp = "temp." if self.store.dialect == "sqlite" else "pg_temp."
        for name in self._names():
            cur.execute(f"DROP TABLE IF EXISTS {temp}{name}")

    def clear(self) -> None:
        """Empty the staging tables (after a publish) so the session can stage the next part."""
        if self._created:
            cur = self.store._cursor()
            for name in self._names():
                cur.execute(f"DELETE FROM {name}")
        self.staged.clear()

    def close(self) -> None:
        if self._created and self.store._conn is not None:
            try:
                self._drop(self.store._cursor())
            except self.store.db_errors:
                LOGGER.debug("dropping the staging tables failed", exc_info=True)
        self._created = False
        self.staged.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def bulk_save(store: Store, docs: Iterable[Document], *, producer_version: str,
              producer: str = "claimgraph", chunk: int = 2000) -> SaveStats:
    """Store many analysed documents through staging and COPY (see :class:`BulkImport`).

    Same result as :meth:`Store.save_many` (documents already stored are skipped), but faster for
    a large import, because rows go in by COPY and the server moves them. ``docs`` is staged
    ``chunk`` documents at a time, so memory stays bounded.
    """
    stats = SaveStats()
    it = iter(docs)
    with BulkImport(store, chunk=chunk) as imp:
        while batch := list(itertools.islice(it, chunk)):
            imp.stage_documents(batch, producer_version=producer_version, producer=producer)
            s = imp.publish()
            stats.added += s.added
            stats.skipped += s.skipped
            imp.clear()
    return stats


def document_row(doc: Document, producer: str, producer_version: str, added_at: str) -> Row:
    """The ``documents`` row of ``doc``, column for column as :meth:`Store.save` writes it."""
    return (
        doc.id, doc.name, doc.origin, doc.title, doc.date, doc.author, doc.outlet, doc.url,
        doc.language, doc.ingest_stage, doc.raw, doc.text,
        json.dumps(doc.offsets.to_json(), separators=(",", ":")), producer, producer_version, added_at,
    )  # fmt: skip


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")
