"""The SQL of cross-document entity linking: global entities, links, aliases, overrides.

The tables are created by migration 3 (:mod:`.schema`); the logic that fills them lives in
:mod:`claimgraph.kb.clusters`. Everything here runs inside one write transaction opened by
:meth:`EntityTables.write`, so a linking run, a merge or a split is all-or-nothing, and two
processes linking the same store at once take turns (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: an
advisory lock per schema) instead of both linking the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from claimgraph.store.db import Row, Store, StoreError, one_line

# Rows of a document's entities not linked yet: documents in the order they were stored, those
# stored together by publication date and name. A deterministic order, so a rebuild assigns the
# same ids, and the earliest article's spelling names a new entity.
UNLINKED_SQL = """SELECT e.document, e.idx, e.name, e.type, e.party, e.kb_id FROM entities e
    JOIN documents d ON d.id = e.document
    LEFT JOIN entity_links l ON l.document = e.document AND l.idx = e.idx
    WHERE l.entity IS NULL
    ORDER BY d.added_at, coalesce(d.date, ''), d.name, e.document, e.idx"""
UNLINKED_MENTIONS_SQL = """SELECT m.document, m.entity,
    substr(d.text, m.text_start + 1, m.text_end - m.text_start), m.rule FROM mentions m
    JOIN documents d ON d.id = m.document
    LEFT JOIN entity_links l ON l.document = m.document AND l.idx = m.entity
    WHERE l.entity IS NULL ORDER BY m.document, m.entity, m.idx"""
ANY_UNLINKED_SQL = """SELECT 1 FROM entities e WHERE NOT EXISTS
    (SELECT 1 FROM entity_links l WHERE l.document = e.document AND l.idx = e.idx) LIMIT 1"""
LINKED_MENTIONS_SQL = """SELECT l.document, l.idx, e.name,
    substr(d.text, m.text_start + 1, m.text_end - m.text_start), m.rule FROM entity_links l
    JOIN entities e ON e.document = l.document AND e.idx = l.idx
    JOIN documents d ON d.id = l.document
    LEFT JOIN mentions m ON m.document = l.document AND m.entity = l.idx
    WHERE l.entity = ? ORDER BY l.document, l.idx, m.idx"""
SUMMARY_SQL = """SELECT g.id, g.name, g.type, g.party, g.kb_id, count(DISTINCT l.document),
    count(m.idx) FROM global_entities g
    JOIN entity_links l ON l.entity = g.id
    LEFT JOIN mentions m ON m.document = l.document AND m.entity = l.idx
    GROUP BY g.id, g.name, g.type, g.party, g.kb_id"""


@dataclass(frozen=True, slots=True)
class GlobalRow:
    id: str
    name: str
    type: str
    party: str | None
    kb_id: str | None


@dataclass(frozen=True, slots=True)
class Override:
    """A user's decision: ``merge`` (``other`` was folded into ``entity``, renamed ``name`` if
    given) or ``split`` (the document entities of ``other`` spelt ``alias`` moved to ``entity``)."""

    seq: int
    kind: str
    entity: str
    other: str
    alias: str | None
    name: str | None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def has_unlinked(store: Store) -> bool:
    """Whether any document entity still waits for a link (cheap: stops at the first)."""
    return bool(store.query(ANY_UNLINKED_SQL))


class EntityTables:
    """The linking tables, read and written through one cursor of an open write transaction."""

    def __init__(self, store: Store, cur: Any) -> None:
        self.store = store
        self.cur = cur

    @classmethod
    @contextmanager
    def write(cls, store: Store) -> Iterator[EntityTables]:
        """A write transaction over the linking tables, serialised against other linkers.

        A database failure becomes a one-line :class:`StoreError`; nothing of the run is kept.
        """
        try:
            with store._transaction() as cur:
                if store.dialect == "postgresql":
                    cur.execute("SELECT pg_advisory_xact_lock("
                                "hashtext(current_schema() || ':claimgraph-entity-links'))")
                yield cls(store, cur)
        except store.db_errors as e:
            raise StoreError(f"{store.description}: entity linking failed: {one_line(e)}") from e

    # --- plumbing -------------------------------------------------------------------------------

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(self.store._execute(self.cur, sql, params).fetchall())

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self.store._execute(self.cur, sql, params).rowcount)

    def run_many(self, sql: str, rows: Sequence[Row]) -> None:
        if rows:
            self.cur.executemany(self.store._sql(sql), rows)

    # --- reading --------------------------------------------------------------------------------

    def unlinked(self) -> tuple[list[Row], list[Row]]:
        """The unlinked entity rows and the mentions of those rows (with their surface text)."""
        return self.rows(UNLINKED_SQL), self.rows(UNLINKED_MENTIONS_SQL)

    def globals(self) -> list[GlobalRow]:
        return [GlobalRow(*r) for r in self.rows(
            "SELECT id, name, type, party, kb_id FROM global_entities ORDER BY created, id")]

    def aliases(self) -> list[tuple[str, str, str, int]]:
        """(entity, alias, key, mentions) of every global entity."""
        return [(e, a, k, int(n)) for e, a, k, n in self.rows(
            "SELECT entity, alias, key, n FROM entity_aliases ORDER BY entity, alias")]

    def overrides(self) -> list[Override]:
        return [Override(*r) for r in self.rows(
            "SELECT seq, kind, entity, other, alias, name FROM entity_overrides ORDER BY seq")]

    def linked_forms(self, entity: str) -> list[Row]:
        """(document, idx, entity name, mention text, mention rule) of every row linked to ``entity``."""
        return self.rows(LINKED_MENTIONS_SQL, (entity,))

    def exists(self, entity: str) -> GlobalRow | None:
        r = self.rows("SELECT id, name, type, party, kb_id FROM global_entities WHERE id = ?", (entity,))
        return GlobalRow(*r[0]) if r else None

    # --- writing --------------------------------------------------------------------------------

    def insert_globals(self, entities: Iterable[GlobalRow], created: str) -> None:
        self.run_many(
            "INSERT INTO global_entities (id, name, type, party, kb_id, created) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO NOTHING",
            [(g.id, g.name, g.type, g.party, g.kb_id, created) for g in entities],
        )

    def update_global(self, g: GlobalRow) -> None:
        self.run("UPDATE global_entities SET name = ?, type = ?, party = ?, kb_id = ? WHERE id = ?",
                 (g.name, g.type, g.party, g.kb_id, g.id))

    def delete_globals(self, ids: Iterable[str]) -> None:
        self.run_many("DELETE FROM global_entities WHERE id = ?", [(i,) for i in ids])

    def insert_links(self, links: Iterable[tuple[str, int, str, str, float | None]]) -> None:
        """(document, idx, entity, method, score) rows."""
        self.run_many(
            "INSERT INTO entity_links (document, idx, entity, method, score) VALUES (?, ?, ?, ?, ?)",
            list(links),
        )

    def move_links(self, source: str, target: str, method: str, *, keep_manual: bool = True) -> int:
        """Relink every row of ``source`` to ``target`` with ``method``; with ``keep_manual`` rows
        a user linked keep saying so."""
        if keep_manual:
            return self.run("UPDATE entity_links SET entity = ?,"
                            " method = CASE WHEN method = 'manual' THEN 'manual' ELSE ? END WHERE entity = ?",
                            (target, method, source))
        return self.run("UPDATE entity_links SET entity = ?, method = ? WHERE entity = ?",
                        (target, method, source))

    def relink_rows(self, rows: Iterable[tuple[str, int]], target: str, method: str) -> None:
        self.run_many(
            "UPDATE entity_links SET entity = ?, method = ?, score = NULL WHERE document = ? AND idx = ?",
            [(target, method, d, i) for d, i in rows],
        )

    def replace_aliases(self, entity: str, aliases: Iterable[tuple[str, str, int]]) -> None:
        """Set the aliases of ``entity`` to (alias, key, mentions) rows."""
        self.run("DELETE FROM entity_aliases WHERE entity = ?", (entity,))
        self.run_many("INSERT INTO entity_aliases (entity, alias, key, n) VALUES (?, ?, ?, ?)",
                      [(entity, a, k, n) for a, k, n in aliases])

    def replace_aliases_of(self, aliases: dict[str, list[tuple[str, str, int]]]) -> None:
        """Set the aliases of many entities at once: ``{entity: [(alias, key, mentions)]}``."""
        self.run_many("DELETE FROM entity_aliases WHERE entity = ?", [(e,) for e in aliases])
        self.run_many("INSERT INTO entity_aliases (entity, alias, key, n) VALUES (?, ?, ?, ?)",
                      [(e, a, k, n) for e, rows in aliases.items() for a, k, n in rows])

    def add_override(self, kind: str, entity: str, other: str, alias: str | None, name: str | None) -> int:
        seq = int(self.rows("SELECT coalesce(max(seq), 0) + 1 FROM entity_overrides")[0][0])
        self.run("INSERT INTO entity_overrides (seq, kind, entity, other, alias, name, created)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)", (seq, kind, entity, other, alias, name, now()))
        return seq

    def clear(self) -> None:
        """Forget every link, alias and global entity (overrides stay: they are the user's)."""
        self.run("DELETE FROM entity_links")
        self.run("DELETE FROM entity_aliases")
        self.run("DELETE FROM global_entities")


def summaries(store: Store) -> list[Row]:
    """(id, name, type, party, kb_id, documents, mentions) of every linked global entity."""
    return store.query(SUMMARY_SQL)


def all_aliases(store: Store) -> list[tuple[str, str, int]]:
    """(entity, alias, mentions) of every global entity, most used first."""
    return [(e, a, int(n)) for e, a, n in store.query(
        "SELECT entity, alias, n FROM entity_aliases ORDER BY entity, n DESC, alias")]


def global_ids(store: Store, document: str | None = None) -> dict[tuple[str, int], str]:
    """The global entity of each linked document entity: ``(document, idx) → id``."""
    if document is None:
        rows = store.query("SELECT document, idx, entity FROM entity_links")
    else:
        rows = store.query("SELECT document, idx, entity FROM entity_links WHERE document = ?", (document,))
    return {(d, int(i)): e for d, i, e in rows}
