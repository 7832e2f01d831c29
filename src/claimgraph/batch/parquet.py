"""The Parquet layout of a batch run: the store's tables, column for column, partitioned by month.

A batch run writes one folder per store table (``documents``, ``parts``, ``sentences``,
``quotes``, ``quantities``, ``control_claims``, ``entities``, ``mentions``), with exactly the
store's column names in the store's order (:mod:`claimgraph.store.db` is the one source of the
lists), so a load is a straight COPY and Spark SQL over the files reads like SQL over the store.
Every folder is hive-partitioned by ``month`` (``YYYY-MM`` of the publication date, or
``unknown``): a researcher's query over a period reads only those folders, and a loader can take
one month at a time with bounded memory. A document and all its rows share one month.

``failures`` (``origin``, ``message``) lists the records that could not be processed, and
``_claimgraph.json`` says what made the folder (version, input, counts, timings).

This module holds the layout only (names, types, row builders); it needs pyarrow, not Spark.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterator, Sequence
from typing import Any

import pyarrow as pa

from claimgraph.document import Document
from claimgraph.store.bulk import document_row
from claimgraph.store.db import CHILD_TABLES, DOCUMENT_COLUMNS, Row, document_rows

__all__ = ["PARTITION", "TABLES", "arrow_schema", "child_rows", "document_row", "month_of"]

PARTITION = "month"
UNKNOWN_MONTH = "unknown"
MANIFEST = "_claimgraph.json"
FAILURES = "failures"
FAILURE_COLUMNS = ("origin", "message")

# Every store table with its columns, parents first (the order a loader must insert them in).
TABLES: dict[str, tuple[str, ...]] = {"documents": DOCUMENT_COLUMNS, **dict(CHILD_TABLES)}
CHILD_NAMES: tuple[str, ...] = tuple(t for t, _ in CHILD_TABLES)

_MONTH = re.compile(r"^(\d{4})-(\d{2})")


@functools.cache
def store_tables() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every table of the store's current schema: its columns and their declared SQL types.

    Read from a throw-away in-memory store, so tables added by later migrations (entity linking,
    say) are known here without a list to keep in step. Queries written for the store can then
    run over a run's folder with the tables a batch run does not produce standing in empty.
    """
    from claimgraph.store import open_store

    with open_store(":memory:") as store:
        names = [r[0] for r in store.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'"
            " AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%' ORDER BY name"
        )]  # fmt: skip
        return {
            name: tuple((r[1], str(r[2]).upper()) for r in store.query(f"PRAGMA table_info({name})"))
            for name in names
        }


_ARROW_TYPES = {"INTEGER": pa.int32(), "DOUBLE PRECISION": pa.float64()}


def column_type(table: str, column: str) -> pa.DataType:
    """The Arrow type of a store column: int32 for INTEGER, float64 for DOUBLE PRECISION, else string."""
    if table == FAILURES:
        return pa.string()
    return _ARROW_TYPES.get(dict(store_tables()[table]).get(column, "TEXT"), pa.string())


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one table's files (without the partition column, which is a folder)."""
    columns = FAILURE_COLUMNS if table == FAILURES else TABLES[table]
    return pa.schema([pa.field(c, column_type(table, c)) for c in columns])


def month_of(date: str | None) -> str:
    """The partition of a document: ``YYYY-MM`` of its ISO date, else ``unknown``.

    Only a plausible month counts, so a malformed date cannot create a folder of its own.
    """
    if date:
        m = _MONTH.match(date.strip())
        if m and 1 <= int(m.group(2)) <= 12:
            return f"{m.group(1)}-{m.group(2)}"
    return UNKNOWN_MONTH


def child_rows(doc: Document, producer: str, producer_version: str) -> dict[str, list[Row]]:
    """Every child row of ``doc`` by table: the store's own row builder, so the rows are identical."""
    return document_rows(doc, producer, producer_version)


def table_path(root: str, table: str) -> str:
    return root.rstrip("/") + "/" + table


def is_local(path: str) -> bool:
    """Whether ``path`` is on the local file system (no scheme, or ``file:``)."""
    return "://" not in path or path.startswith("file:")


def local_path(path: str) -> str:
    """A local path without its ``file:`` scheme."""
    if path.startswith("file://"):
        return path[len("file://") :]
    return path.removeprefix("file:")


def write_manifest(root: str, data: dict[str, Any]) -> None:
    """Write ``_claimgraph.json`` into a local output folder (Spark ignores files starting with _)."""
    path = os.path.join(local_path(root), MANIFEST)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    os.replace(tmp, path)


def read_manifest(root: str) -> dict[str, Any] | None:
    path = os.path.join(local_path(root), MANIFEST)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return None


def partitions(root: str, table: str = "documents") -> list[str | None]:
    """The ``month`` values present in a local table folder, sorted; ``[None]`` if unpartitioned."""
    folder = os.path.join(local_path(root), table)
    if not os.path.isdir(folder):
        return []
    months = sorted(
        name.split("=", 1)[1]
        for name in os.listdir(folder)
        if name.startswith(PARTITION + "=") and os.path.isdir(os.path.join(folder, name))
    )
    if months:
        return months
    return [None] if _has_data(folder) else []


def _has_data(folder: str) -> bool:
    return any(n.endswith(".parquet") and not n.startswith((".", "_")) for n in os.listdir(folder))


def iter_rows(
    root: str, table: str, month: str | None, columns: Sequence[str] | None = None, batch_size: int = 8192
) -> Iterator[list[Row]]:
    """Rows of one table (of one month, or all when ``month`` is None) in batches of tuples.

    ``columns`` defaults to the store's columns of the table; a folder that lacks one of them is
    not claimgraph output, and the error says which column is missing.
    """
    import pyarrow.parquet as pq

    columns = list(columns or (FAILURE_COLUMNS if table == FAILURES else TABLES[table]))
    folder = os.path.join(local_path(root), table)
    if month is not None:
        folder = os.path.join(folder, f"{PARTITION}={month}")
    if not os.path.isdir(folder):
        return
    files = sorted(
        os.path.join(dirpath, n)
        for dirpath, _dirs, names in os.walk(folder)
        for n in names
        if n.endswith(".parquet") and not n.startswith((".", "_"))
    )
    for file in files:
        pf = pq.ParquetFile(file)
        missing = [c for c in columns if c not in pf.schema_arrow.names]
        if missing:
            raise ValueError(f"{file} is not claimgraph output: no column {', '.join(missing)}")
        for batch in pf.iter_batches(batch_size=batch_size, columns=columns):
            cols = [batch.column(c).to_pylist() for c in columns]
            yield list(zip(*cols, strict=True))
