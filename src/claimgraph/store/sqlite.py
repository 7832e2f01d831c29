"""The SQLite backend: one file, safe for several processes writing at once.

WAL lets readers run while one process writes; ``BEGIN IMMEDIATE`` takes the write lock at the
start of a transaction, so a second writer waits (``busy_timeout``) instead of failing half-way
with "database is locked" on its first write; ``synchronous=NORMAL`` keeps every commit atomic
(a killed process loses only its open transaction) without a disk flush per transaction.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from typing import ClassVar

from claimgraph.store.db import Store, StoreError, one_line

LOGGER = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30.0


class SQLiteStore(Store):
    dialect: ClassVar[str] = "sqlite"
    placeholder: ClassVar[str] = "?"
    binary_collation: ClassVar[str] = "BINARY"
    db_errors: ClassVar[tuple[type[Exception], ...]] = (sqlite3.Error,)
    fatal_errors: ClassVar[tuple[type[Exception], ...]] = (sqlite3.OperationalError, sqlite3.InternalError)
    begin_write: ClassVar[str] = "BEGIN IMMEDIATE"

    def _tables(self) -> set[str]:
        rows = self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {r[0] for r in rows}

    def _foreign(self, tables: set[str]) -> bool:
        # A SQLite file belongs to one application: any table at all means it is not ours.
        return any(not t.startswith("sqlite_") for t in tables)


def open_sqlite(path: str) -> SQLiteStore:
    """Open (creating if needed) the SQLite store at ``path`` and bring its schema up to date."""
    if path != ":memory:":
        if os.path.isdir(path):
            raise StoreError(f"{path} is a directory, not a database file")
        parent = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(parent):
            raise StoreError(f"cannot create {path}: directory {parent} does not exist")
    try:
        # isolation_level=None: the driver opens no transactions of its own; Store does.
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as e:
        raise StoreError(f"cannot open {path}: {one_line(e)}") from e
    store = SQLiteStore(conn, path)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            _enable_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
        store._migrate()
    except sqlite3.DatabaseError as e:
        store.close()
        if "not a database" in str(e) or "malformed" in str(e):
            raise StoreError(f"{path} is not a claimgraph database ({one_line(e)})") from e
        raise StoreError(f"cannot open {path}: {one_line(e)}") from e
    except BaseException:
        store.close()
        raise
    return store


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL; the switch needs a moment alone with the file, so retry while it is busy.

    (SQLite does not always route this pragma through the busy handler when another connection
    is in the middle of opening the same fresh file.)
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)
            continue
        if mode.lower() != "wal":
            LOGGER.warning("SQLite would not switch to WAL (journal_mode=%s)", mode)
        return
