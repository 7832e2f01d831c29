"""Loading a batch run's Parquet tables into a store, through the store itself.

The tables are the store's tables column for column, so loading is staging by COPY and moving
rows inside the server (:class:`claimgraph.store.bulk.BulkImport`): the store's own connection,
schema and migrations, the same skip-if-stored rule as ``claimgraph analyze``, and safe next to
other writers. One month is staged and published at a time, so memory on both sides stays
bounded by the largest month, not the corpus.

Local folders are read with pyarrow (no Spark needed); a run on HDFS or S3 is read through a
SparkSession (:class:`SparkTables`). ``jobs`` > 1 loads months in parallel processes, each with its
own connection; the store's rules make their overlaps harmless.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from claimgraph.batch import parquet
from claimgraph.batch.parquet import PARTITION, TABLES
from claimgraph.store import SaveStats, Store, open_store
from claimgraph.store.bulk import BulkImport
from claimgraph.store.db import Row

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

LOGGER = logging.getLogger(__name__)

BATCH_ROWS = 5000


class TableSource(Protocol):
    """Where the tables come from: the months present, and one table's rows of one month."""

    def months(self) -> list[str | None]: ...

    def rows(self, table: str, month: str | None) -> Iterator[list[Row]]: ...


class ParquetFiles:
    """A run's folder on the local file system, read with pyarrow."""

    def __init__(self, root: str) -> None:
        self.root = root

    def months(self) -> list[str | None]:
        return parquet.partitions(self.root)

    def rows(self, table: str, month: str | None) -> Iterator[list[Row]]:
        return parquet.iter_rows(self.root, table, month, batch_size=BATCH_ROWS)


class SparkTables:
    """A run's folder anywhere Spark can read it; rows stream to this process partition by partition."""

    def __init__(self, spark: SparkSession, root: str) -> None:
        self.spark = spark
        self.root = root

    def _frame(self, table: str) -> Any:
        return self.spark.read.parquet(parquet.table_path(self.root, table))

    def months(self) -> list[str | None]:
        frame = self._frame("documents")
        if PARTITION not in frame.columns:
            return [None]
        return sorted(r[0] for r in frame.select(PARTITION).distinct().collect())

    def rows(self, table: str, month: str | None) -> Iterator[list[Row]]:
        from pyspark.sql import functions as F

        try:
            frame = self._frame(table)
        except Exception:  # an empty table has no files, hence no schema: nothing to load
            LOGGER.debug("no rows in %s", table, exc_info=True)
            return
        if month is not None:
            frame = frame.where(F.col(PARTITION) == month)
        batch: list[Row] = []
        for r in frame.select(*TABLES[table]).toLocalIterator():
            batch.append(tuple(r))
            if len(batch) >= BATCH_ROWS:
                yield batch
                batch = []
        if batch:
            yield batch


@dataclass
class LoadReport:
    """Documents added and skipped (already stored), the months loaded, what entity linking did."""

    added: int = 0
    skipped: int = 0
    months: list[str | None] = field(default_factory=list)
    linked: str | None = None

    def add(self, stats: SaveStats) -> None:
        self.added += stats.added
        self.skipped += stats.skipped


def load_tables(
    source: TableSource,
    store: Store,
    *,
    months: list[str | None] | None = None,
    chunk: int = 2000,
    on_month: Callable[[str | None, SaveStats], None] | None = None,
) -> LoadReport:
    """Load ``months`` (default: all) of ``source`` into ``store``, one month per staging round.

    Each month's documents become visible ``chunk`` at a time, each chunk complete.
    """
    report = LoadReport()
    with BulkImport(store, chunk=chunk) as imp:
        for month in source.months() if months is None else months:
            for table in TABLES:
                imp.stage(table, source.rows(table, month))
            stats = imp.publish()
            imp.clear()
            report.add(stats)
            report.months.append(month)
            LOGGER.info("month %s: %d added, %d already stored", month, stats.added, stats.skipped)
            if on_month is not None:
                on_month(month, stats)
    return report


def _load_months(root: str, url: str, months: list[str | None], chunk: int) -> tuple[int, int]:
    """One parallel loader: its own process, its own connection (entry point for the pool)."""
    with open_store(url) as store:
        r = load_tables(ParquetFiles(root), store, months=months, chunk=chunk)
    return r.added, r.skipped


def link(store: Store) -> str:
    """Tie the new documents' entities to the corpus-wide ones, as ``claimgraph analyze`` does
    after saving, so a loaded store reads like an analysed one (one pass, incremental)."""
    from claimgraph.kb.clusters import link_entities

    return str(link_entities(store))


def load_parquet(
    root: str,
    url: str,
    *,
    chunk: int = 2000,
    jobs: int = 1,
    link_entities: bool = True,
    on_month: Callable[[str | None, SaveStats], None] | None = None,
) -> LoadReport:
    """Load the local run folder ``root`` into the store at ``url`` (created if missing), then
    link its entities across documents unless ``link_entities`` is False."""
    source = ParquetFiles(root)
    months = source.months()
    if not months:
        raise FileNotFoundError(f"{root} holds no documents table (is it a spark-analyze output?)")
    report = LoadReport()
    with open_store(url) as store:  # create or migrate once, before parallel loaders race to
        if jobs <= 1 or len(months) == 1:
            report = load_tables(source, store, chunk=chunk, on_month=on_month)
            if link_entities:
                report.linked = link(store)
            return report
    import multiprocessing

    shares = [months[i::jobs] for i in range(min(jobs, len(months)))]
    with ProcessPoolExecutor(len(shares), mp_context=multiprocessing.get_context("spawn")) as pool:
        for added, skipped in pool.map(_load_months, [root] * len(shares), [url] * len(shares), shares,
                                       [chunk] * len(shares)):
            report.add(SaveStats(added, skipped))
    report.months = months
    if link_entities:
        with open_store(url) as store:
            report.linked = link(store)
    return report
