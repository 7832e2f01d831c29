"""The PostgreSQL backend: psycopg 3, one connection per Store.

A store can live in its own schema (``search_path``), which is how tests and separate corpora
share one database without seeing each other: pass ``schema=`` to :func:`open_postgres` or put
``?schema=NAME`` in the URL. The schema is created when missing. Without one, the server's
default ``search_path`` applies (libpq's ``?options=-csearch_path%3DNAME`` also works, but then
the schema must exist already).

Schema creation and migrations run under a transaction-scoped advisory lock keyed by the schema,
so processes opening the same fresh store at once apply each migration exactly once.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import errors, sql

from claimgraph.store.db import Row, Store, StoreError, one_line

LOGGER = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10


class PostgresStore(Store):
    dialect: ClassVar[str] = "postgresql"
    placeholder: ClassVar[str] = "%s"
    binary_collation: ClassVar[str] = '"C"'
    db_errors: ClassVar[tuple[type[Exception], ...]] = (psycopg.Error,)
    fatal_errors: ClassVar[tuple[type[Exception], ...]] = (psycopg.OperationalError, psycopg.InternalError)
    begin_write: ClassVar[str] = "BEGIN"

    def __init__(self, conn: Any, description: str, schema: str | None) -> None:
        super().__init__(conn, description)
        self.schema = schema

    def _prepare_migration(self) -> None:
        key = int.from_bytes(
            hashlib.sha256(f"claimgraph:{self.schema or ''}".encode()).digest()[:8], "big", signed=True
        )
        self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (key,))
        if self.schema:
            self._conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(self.schema)))

    def _tables(self) -> set[str]:
        rows = self._conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
        ).fetchall()
        return {r[0] for r in rows}

    def _bulk_insert(self, cur: Any, table: str, columns: tuple[str, ...], rows: list[Row]) -> None:
        # COPY streams the rows in one go: several times faster than batched INSERTs here.
        # Table and column names are the store's own constants, never user input.
        with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _retryable(self, exc: Exception) -> bool:
        return isinstance(exc, errors.DeadlockDetected | errors.SerializationFailure)


def split_url(url: str, schema: str | None = None) -> tuple[str, str | None, str]:
    """The libpq URL without our ``schema`` parameter, the schema, and a password-free description."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    from_url = [v for k, v in query if k == "schema"]
    if from_url and schema and from_url[-1] != schema:
        raise StoreError(f"two different schemas given: {from_url[-1]!r} in the URL and {schema!r}")
    schema = schema or (from_url[-1] if from_url else None)
    query = [(k, v) for k, v in query if k != "schema"]
    conninfo = urlunsplit(parts._replace(query=urlencode(query)))
    host = parts.hostname or "localhost"
    try:
        port = parts.port or 5432
    except ValueError as e:
        raise StoreError(f"bad PostgreSQL URL: {one_line(e)}") from e
    where = f"postgresql://{host}:{port}{parts.path or '/'}"
    if schema:
        where += f" (schema {schema})"
    return conninfo, schema, where


def open_postgres(url: str, schema: str | None = None) -> PostgresStore:
    """Connect to the PostgreSQL store at ``url`` and bring its schema up to date."""
    conninfo, schema, where = split_url(url, schema)
    extra: dict[str, Any] = {}
    if "connect_timeout" not in dict(parse_qsl(urlsplit(conninfo).query)):
        extra["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        # autocommit: the driver opens no transactions of its own; Store issues BEGIN/COMMIT.
        conn = psycopg.connect(conninfo, autocommit=True, **extra)
    except psycopg.Error as e:
        raise StoreError(f"cannot connect to {where}: {one_line(e)}") from e
    store = PostgresStore(conn, where, schema)
    try:
        if schema:
            # A search_path naming a schema that does not exist yet is fine; migration creates it.
            conn.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(schema)))
        store._migrate()
    except psycopg.Error as e:
        store.close()
        raise StoreError(f"cannot open {where}: {one_line(e)}") from e
    except BaseException:
        store.close()
        raise
    return store
