"""Batch analysis and reconciliation of large corpora on Apache Spark (PySpark).

**Analysis** (:func:`analyse_corpus`): a JSONL, CSV or Parquet corpus is read by Spark, one row per
record (``id, text, title, date, url, outlet, author``), and each partition runs through the very
code of ``claimgraph analyze``: :func:`claimgraph.ingest.corpus.make_record` →
:func:`claimgraph.pipeline.process` (segment, select, Frog, extract) → the store's own row builders.
Frog takes a second to start and half a gigabyte, so each Python worker process starts one
``FrogAnalyser(processes=1)`` on its first task and keeps it for every later task
(``spark.python.worker.reuse``): one Frog per executor core, since Spark's tasks already fill the
cores. Analysis results are one nested row per document, persisted to disk once, then written out
table by table as the store's tables (see :mod:`claimgraph.batch.parquet`); Frog never runs twice
on a document. Records whose text cleans to the same document id (wire copies) are kept once,
the first in input order, as a store would keep them.

**Reconciliation** (:func:`reconcile_tables`): the claims in the Parquet tables are normalised per
document and grouped across the whole corpus with the reconcile package's own functions
(:class:`~claimgraph.reconcile.normalize.Normaliser`,
:func:`~claimgraph.reconcile.groups.group_claims`) on the rows its own store queries return, run
as Spark SQL over the tables. Normalising needs only one document's rows, so it runs per
document; grouping only ever compares claims of the same kind, category and place, so the claims
are shuffled by that key and each key is grouped in one task. Nothing compares all claims with all
claims, and no step collects the corpus on the driver.

The Python workers need claimgraph (and Frog, unless ``frog=False``) installed; in local mode
they run this interpreter.
"""

from __future__ import annotations

import atexit
import functools
import logging
import os
import pickle
import re
import shutil
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from claimgraph import __version__
from claimgraph.analyse.base import Analyser, AnalyserError, NullAnalyser
from claimgraph.batch.parquet import (
    CHILD_NAMES,
    FAILURES,
    PARTITION,
    TABLES,
    column_type,
    document_row,
    is_local,
    local_path,
    month_of,
    store_tables,
    table_path,
    write_manifest,
)
from claimgraph.document import Document
from claimgraph.ingest.corpus import CSV_DELIMITERS, make_record
from claimgraph.ingest.errors import IngestError
from claimgraph.pipeline import Failure, process
from claimgraph.store.db import document_rows

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType, StructType

LOGGER = logging.getLogger(__name__)

RECORD_FIELDS = ("id", "text", "title", "date", "url", "outlet", "author")
FORMATS = ("jsonl", "csv", "parquet")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv",
               ".parquet": "parquet", ".pq": "parquet"}  # fmt: skip
_COMPRESSION = (".gz", ".bz2", ".xz", ".zst", ".snappy", ".lz4", ".deflate")
CORRUPT = "_corrupt_record"


class BatchError(Exception):
    """A batch run cannot start or finish; the message is one line, fit for a user."""


# --- the session ---------------------------------------------------------------------------------


def spark_session(
    master: str | None = None, *, conf: dict[str, str] | None = None, quiet: bool = False,
    app_name: str = "claimgraph",
) -> tuple[SparkSession, bool]:
    """The running SparkSession, or a new one; and whether this call created it (then stop it).

    Without ``master`` a session started by ``spark-submit`` uses spark-submit's master, and one
    started from the command line runs locally on every core (``local[*]``).
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise BatchError("PySpark is not installed: pip install 'claimgraph[spark]'") from None
    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    # Local Python workers run this interpreter, so they import this claimgraph.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        builder = builder.master("local[*]")
    settings = {
        "spark.python.worker.reuse": "true",  # workers, and their Frog, live across tasks
        "spark.sql.session.timeZone": "UTC",
        "spark.ui.showConsoleProgress": "false" if quiet else "true",
    }
    cores = _local_cores(master)
    if cores:  # Spark's 200 shuffle partitions suit a cluster; on one machine they are overhead
        settings["spark.sql.shuffle.partitions"] = str(4 * cores)
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as e:  # Java missing, bad master URL: py4j/pyspark raise many types
        raise BatchError(f"Spark did not start: {' '.join(str(e).split())[:300]}") from e
    spark.sparkContext.setLogLevel("ERROR" if quiet else "WARN")
    return spark, True


def _local_cores(master: str | None) -> int:
    """The cores of a local master (``local``, ``local[4]``, ``local[*]``); 0 for a cluster."""
    if master is None:
        master = "" if "PYSPARK_GATEWAY_PORT" in os.environ else "local[*]"
    m = re.fullmatch(r"local(?:\[(\d+|\*)(?:,\d+)?\])?", master.strip())
    if not m:
        return 0
    if m.group(1) is None:
        return 1
    return (os.cpu_count() or 1) if m.group(1) == "*" else int(m.group(1))


# --- reading a corpus ----------------------------------------------------------------------------


def detect_format(path: str) -> str:
    """jsonl, csv or parquet, from the extension of ``path`` or of the files in a local folder."""
    names = [path]
    local = local_path(path)
    if is_local(path) and os.path.isdir(local):
        names = sorted(
            os.path.join(dp, n) for dp, _ds, ns in os.walk(local) for n in ns if not n.startswith((".", "_"))
        )
    for name in names:
        base = name.lower()
        for ext in _COMPRESSION:
            base = base.removesuffix(ext)
        fmt = _EXTENSIONS.get(os.path.splitext(base)[1])
        if fmt:
            return fmt
    raise BatchError(f"cannot tell the format of {path}: give --format jsonl, csv or parquet")


def read_corpus(spark: SparkSession, path: str, fmt: str = "auto") -> DataFrame:
    """The corpus as rows ``seq, path, id, text, title, date, url, outlet, author, _corrupt_record``.

    Every field is a string (a numeric ``id`` or a date column becomes its text). ``seq`` numbers
    the records in input order (used to keep the first of two identical articles). JSON lines that
    do not parse keep their text in ``_corrupt_record`` and become failures, as in the local CLI.
    """
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    fmt = detect_format(path) if fmt == "auto" else fmt
    reader = spark.read
    try:
        if fmt == "jsonl":
            schema = StructType([StructField(c, StringType()) for c in (*RECORD_FIELDS, CORRUPT)])
            df = reader.schema(schema).option("mode", "PERMISSIVE").json(path)
        elif fmt == "csv":
            df = (reader.option("header", True).option("multiLine", True).option("escape", '"')
                  .option("sep", _csv_delimiter(spark, path)).option("mode", "PERMISSIVE").csv(path))
        elif fmt == "parquet":
            df = reader.parquet(path)
        else:
            raise BatchError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    except BatchError:
        raise
    except Exception as e:  # AnalysisException for a missing path, among others
        raise BatchError(f"cannot read {path}: {_one_line(e)}") from e
    df = df.select("*", F.col("_metadata.file_path").alias("_file"))
    columns = {c.strip().lower(): c for c in reversed(df.columns)}  # first of duplicate headers
    if "text" not in columns:
        shown = ", ".join(c for c in df.columns if c not in ("_file", CORRUPT))
        raise BatchError(f"{path} has no 'text' column; columns are: {shown}")

    def field(name: str) -> Any:
        return F.col(f"`{columns[name]}`").cast("string") if name in columns else F.lit(None).cast("string")

    return df.select(
        F.monotonically_increasing_id().alias("seq"),
        F.col("_file").alias("path"),
        *(field(c).alias(c) for c in RECORD_FIELDS),
        field(CORRUPT).alias(CORRUPT),
    )


def _csv_delimiter(spark: SparkSession, path: str) -> str:
    """The delimiter of a CSV corpus, chosen from its header line as the local reader does."""
    if path.lower().rstrip("/").endswith(".tsv"):
        return "\t"
    first = spark.read.text(path).first()
    header = first[0] if first is not None else ""
    return max(CSV_DELIMITERS, key=header.count)


# --- the worker side: one analyser per Python worker process ----------------------------------


class _Worker:
    """State kept by a Python worker process between the tasks it runs."""

    analyser: Analyser | None = None
    frog: bool | None = None
    pid = 0
    closing_registered = False
    kb: dict[bool, Any] = {}  # noqa: RUF012 (one per process, by design)


def worker_analyser(frog: bool) -> Analyser:
    """This process's analyser, started on first use and reused by every later task.

    ``processes=1``: Spark runs one task per core, each with its own worker and Frog.
    """
    w = _Worker
    if w.analyser is not None and w.pid == os.getpid() and w.frog == frog:
        return w.analyser
    if w.pid != os.getpid():  # inherited through a fork: the Frog threads are not ours
        w.analyser = None
    close_worker_analyser()
    if frog:
        from claimgraph.analyse.frog import FrogAnalyser

        # Frog's work folder goes into Spark's scratch space, which Spark removes when it stops:
        # a worker ended by os._exit or a signal cannot remove it itself.
        scratch = os.environ.get("SPARK_LOCAL_DIRS", "").split(",")[0]
        if scratch and os.path.isdir(scratch):
            tempfile.tempdir = scratch
        w.analyser = FrogAnalyser(processes=1)
    else:
        w.analyser = NullAnalyser()
    w.frog, w.pid = frog, os.getpid()
    if not w.closing_registered:
        # Runs when the worker exits normally. PySpark's daemon ends reused workers with os._exit
        # or a signal, which skips this; Frog then reads end-of-file on its input and exits.
        atexit.register(close_worker_analyser)
        w.closing_registered = True
    return w.analyser


def close_worker_analyser() -> None:
    w = _Worker
    if w.analyser is not None and w.pid == os.getpid():
        try:
            w.analyser.close()
        except Exception:  # closing a dead Frog must not mask the task's own error
            LOGGER.debug("closing the analyser failed", exc_info=True)
    w.analyser = None


@dataclass(frozen=True)
class RunSettings:
    """What every task of one run needs; pickled once per task by Spark."""

    frog: bool
    producer: str
    producer_version: str
    added_at: str


def producer_version() -> str:
    """The same producer version ``claimgraph analyze`` records on every row."""
    import claimgraph.extract  # noqa: F401  (the extractors register on import)
    from claimgraph.extract.registry import producers

    return f"claimgraph-{__version__};{producers()}"


def record_document(row: Any) -> Document | IngestError:
    """One corpus row as the local corpus reader would make it: a Document or the reason why not.

    Names follow the local CLI (``corpus.jsonl:ID``). Spark cannot know a record's line number, so
    a record without ``id`` is named by its content id, and the origin is ``path#ID``.
    """
    path = _display_path(row["path"] or "")
    corpus = os.path.basename(path)
    rid = (row["id"] or "").strip()
    if row[CORRUPT] is not None and row["text"] is None:
        return IngestError(f"{path}#{rid or row['seq']}", "bad record: not a JSON object")
    record = {k: row[k] for k in RECORD_FIELDS if row[k] is not None}
    item = make_record(record, corpus=corpus, origin=f"{path}#{rid}" if rid else path, fallback_id="")
    if isinstance(item, Document) and not rid:
        item.name, item.origin = f"{corpus}:{item.id}", f"{path}#{item.id}"
    elif isinstance(item, IngestError) and not rid:
        item.origin = f"{path}#{row['seq']}"
    return item


def analyse_partition(settings: RunSettings, rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Analyse one partition of corpus rows into nested rows (see :func:`analysed_schema`).

    Streams: ``process`` reads ahead while Frog tags, and yields in input order, one result per
    input, so each result is matched with its record's ``seq``.
    """
    analyser = worker_analyser(settings.frog)
    seqs: deque[int] = deque()

    def items() -> Iterator[Document | IngestError]:
        for row in rows:
            seqs.append(row["seq"])
            yield record_document(row)

    empty_children: list[None] = [None] * len(CHILD_NAMES)
    try:
        for result in process(items(), analyser):
            seq = seqs.popleft()
            if isinstance(result, Failure):
                yield (seq, None, result.origin, result.message, *([None] * len(TABLES["documents"])),
                       *empty_children)  # fmt: skip
                continue
            head = document_row(result, settings.producer, settings.producer_version, settings.added_at)
            children = document_rows(result, settings.producer, settings.producer_version)
            yield (seq, month_of(result.date), None, None, *head,
                   *([row[1:] for row in children[t]] for t in CHILD_NAMES))  # fmt: skip
    except AnalyserError:
        close_worker_analyser()  # Spark's retry of this task gets a fresh Frog
        raise


def _spark_type(table: str, column: str) -> DataType:
    from pyspark.sql.types import DoubleType, IntegerType, StringType

    t = str(column_type(table, column))
    return {"int32": IntegerType(), "double": DoubleType()}.get(t, StringType())


def table_schema(table: str, *, without_document: bool = False) -> StructType:
    """A store table's columns as a Spark schema (the child struct leaves ``document`` out)."""
    from pyspark.sql.types import StructField, StructType

    columns = [c for c, _t in store_tables()[table]]
    if without_document:
        columns = columns[1:]
    return StructType([StructField(c, _spark_type(table, c)) for c in columns])


def analysed_schema() -> StructType:
    """One analysed record: ``seq``, ``month``, failure or document columns, child rows as arrays."""
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    return StructType([
        StructField("seq", LongType()),
        StructField(PARTITION, StringType()),
        StructField("failure_origin", StringType()),
        StructField("failure_message", StringType()),
        *table_schema("documents").fields,
        *(StructField(t, ArrayType(table_schema(t, without_document=True))) for t in CHILD_NAMES),
    ])  # fmt: skip


# --- the driver side -----------------------------------------------------------------------------


@dataclass
class RunReport:
    """What a run did, for the summary and the manifest."""

    documents: int = 0
    failures: int = 0
    duplicates: int = 0
    rows: dict[str, int] | None = None
    partitions: int = 0
    analyse_seconds: float = 0.0
    write_seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"documents": self.documents, "failures": self.failures, "duplicates": self.duplicates,
                "rows": self.rows or {}, "partitions": self.partitions,
                "analyse_seconds": round(self.analyse_seconds, 3),
                "write_seconds": round(self.write_seconds, 3)}  # fmt: skip


def analyse_corpus(
    spark: SparkSession,
    source: str,
    out: str,
    *,
    fmt: str = "auto",
    frog: bool = True,
    partitions: int | None = None,
    overwrite: bool = False,
) -> RunReport:
    """Analyse the corpus at ``source`` and write the store's tables as Parquet under ``out``.

    ``partitions`` sets the number of tasks; by default the input's own split, raised to twice
    the cores so every core has work and a slow task does not hold up the end of the run.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    if not overwrite and _exists(spark, table_path(out, "documents")):
        raise BatchError(f"{out} already holds a claimgraph run: give --overwrite to replace it")
    if frog and _local_cores(spark.sparkContext.master) and shutil.which("frog") is None:
        # Said here, once, rather than by every task of the run.
        raise BatchError("Frog is not installed: run `make setup` (or `apt-get install frog frogdata`), "
                         "or give --no-frog")
    started = time.perf_counter()
    corpus = read_corpus(spark, source, fmt)
    n = corpus.rdd.getNumPartitions()
    target = partitions or max(n, 2 * spark.sparkContext.defaultParallelism)
    if target != n:
        corpus = corpus.repartition(target)
    settings = RunSettings(frog=frog, producer="claimgraph", producer_version=producer_version(),
                           added_at=datetime.now(UTC).isoformat(timespec="milliseconds"))
    rdd = corpus.rdd.mapPartitions(functools.partial(analyse_partition, settings))
    analysed = spark.createDataFrame(rdd, analysed_schema(), verifySchema=False)
    # Persisted on disk: Frog runs once per document however many tables are written from it.
    analysed = analysed.persist(StorageLevel.DISK_ONLY)
    try:
        report = RunReport(partitions=target)
        _count(analysed, report)
        report.analyse_seconds = time.perf_counter() - started
        t = time.perf_counter()
        docs = _first_of_each(analysed.where(F.col("id").isNotNull()), report)
        _write_tables(docs, analysed, out, "overwrite" if overwrite else "errorifexists")
        report.write_seconds = time.perf_counter() - t
    finally:
        analysed.unpersist()
    report.documents -= report.duplicates
    if is_local(out):
        write_manifest(out, {
            "claimgraph": __version__, "producer_version": settings.producer_version,
            "input": source, "format": fmt, "frog": frog, "master": spark.sparkContext.master,
            "added_at": settings.added_at, **report.to_json(),
        })  # fmt: skip
    return report


def _count(analysed: DataFrame, report: RunReport) -> None:
    """Counts of documents, failures and child rows: the action that runs the analysis."""
    from pyspark.sql import functions as F

    sizes = [F.sum(F.when(F.col(t).isNull(), 0).otherwise(F.size(t))).alias(t) for t in CHILD_NAMES]
    row = analysed.agg(
        F.count("id").alias("documents"), F.count("failure_message").alias("failures"), *sizes
    ).first()
    assert row is not None
    report.documents, report.failures = int(row["documents"]), int(row["failures"])
    report.rows = {t: int(row[t] or 0) for t in CHILD_NAMES}


def _first_of_each(docs: DataFrame, report: RunReport) -> DataFrame:
    """Documents with one row per id, the first in input order (as a store keeps them).

    Only (id, seq) pairs are shuffled to find duplicates; when there are none, as in most
    corpora, the documents are written as they are.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    row = docs.groupBy("id").count().where(F.col("count") > 1).agg(F.sum(F.col("count") - 1)).first()
    report.duplicates = int(row[0] or 0) if row is not None else 0
    if not report.duplicates:
        return docs
    ranked = docs.select("id", "seq").withColumn(
        "n", F.row_number().over(Window.partitionBy("id").orderBy("seq"))
    )
    later = ranked.where(F.col("n") > 1).select("seq")
    return docs.join(F.broadcast(later) if report.duplicates < 1_000_000 else later, "seq", "left_anti")


def _write_tables(docs: DataFrame, analysed: DataFrame, out: str, mode: str) -> None:
    from pyspark.sql import functions as F

    docs.select(*TABLES["documents"], PARTITION).write.mode(mode).partitionBy(PARTITION).parquet(
        table_path(out, "documents")
    )
    for table in CHILD_NAMES:
        columns = TABLES[table]
        rows = docs.select(F.col("id").alias("document"), PARTITION, F.explode(table).alias("r"))
        rows = rows.select("document", *(F.col(f"r.{c}") for c in columns[1:]), PARTITION)
        rows.write.mode(mode).partitionBy(PARTITION).parquet(table_path(out, table))
    failures = analysed.where(F.col("failure_message").isNotNull()).select(
        F.col("failure_origin").alias("origin"), F.col("failure_message").alias("message")
    )
    failures.coalesce(1).write.mode(mode).parquet(table_path(out, FAILURES))


def _exists(spark: SparkSession, path: str) -> bool:
    """Whether ``path`` exists, on any file system Spark can reach."""
    if is_local(path):
        return os.path.exists(local_path(path))
    try:
        jvm = spark.sparkContext._jvm  # type: ignore[attr-defined]
        p = jvm.org.apache.hadoop.fs.Path(path)
        return bool(p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(p))  # type: ignore[attr-defined]
    except Exception:  # Spark Connect has no JVM here: let the write itself fail if it must
        return False


def _display_path(uri: str) -> str:
    from urllib.parse import unquote

    return unquote(uri[len("file://") :]) if uri.startswith("file://") else unquote(uri.removeprefix("file:"))


def _one_line(e: BaseException) -> str:
    text = " ".join(str(e).split())
    return (text[:300] + "…") if len(text) > 300 else text or type(e).__name__


# --- reconciliation over the Parquet tables -----------------------------------------------------


@dataclass(frozen=True)
class ReconcileSettings:
    use_kb: bool = True
    options: Any = None  # claimgraph.reconcile.groups.Options; None = its defaults


def _worker_kb(enabled: bool) -> Any:
    from claimgraph.reconcile.normalize import KB

    kb = _Worker.kb.get(enabled)
    if kb is None:
        kb = _Worker.kb[enabled] = KB(enabled=enabled)
    return kb


def _claim_key(claim: Any) -> str:
    """The shuffle key of a claim: kind, category and place.

    ``group_claims`` only ever groups claims that agree on these three (its buckets add subject,
    ratio party…, which it refines as it learns), so grouping each key's claims on their own
    gives the same groups as grouping the whole corpus at once, while places spread the work.
    """
    return "\x1f".join("" if v is None else str(v) for v in (claim.kind, claim.category, claim.place.key))


def normalise_partition(settings: ReconcileSettings, rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Normalise the claims of whole documents with the reconcile package's Normaliser.

    Each input row is one document with the rows the reconcile package's own queries return
    for it (its document, entity, mention, quantity and control rows), so normalisation is the
    same as over a store. The entity and mention rows are put in the store's key order, which a
    store scan returns them in and which the Normaliser's tie-breaks depend on.
    """
    import json

    from claimgraph.reconcile.normalize import Context, Normaliser

    kb = _worker_kb(settings.use_kb)
    for r in rows:

        def rows_of(name: str, r: Any = r) -> list[tuple[Any, ...]]:
            return [tuple(x) for x in r[name] or ()]

        context = Context(rows_of("d"), sorted(rows_of("e")), sorted(rows_of("m")), kb)
        for c in Normaliser(context).normalise(rows_of("q"), rows_of("c")):
            yield (
                _claim_key(c), c.id, c.kind, c.document, c.span[0], c.idx, c.doc_name, c.outlet,
                c.published.isoformat() if c.published else None, c.when.isoformat() if c.when else None,
                c.text, c.subject, c.category, c.unit, c.low, c.high, c.polarity, c.place.key, c.place.name,
                c.source.label, c.source.key, c.source.side, c.stance, c.period.label if c.period else None,
                json.dumps(c.to_json(), ensure_ascii=False),
                pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL),
            )  # fmt: skip


CLAIM_COLUMNS = (
    ("key", "string"), ("id", "string"), ("kind", "string"), ("document", "string"),
    ("text_start", "int"), ("idx", "int"), ("doc_name", "string"), ("outlet", "string"),
    ("published", "string"), ("when", "string"), ("text", "string"), ("subject", "string"),
    ("category", "string"), ("unit", "string"), ("low", "double"), ("high", "double"),
    ("polarity", "string"), ("place_key", "string"), ("place", "string"), ("source", "string"),
    ("source_key", "string"), ("side", "string"), ("stance", "string"), ("period", "string"),
    ("json", "string"), ("blob", "binary"),
)  # fmt: skip
GROUP_COLUMNS = (
    ("id", "string"), ("kind", "string"), ("subject", "string"), ("category", "string"),
    ("place_key", "string"), ("place", "string"), ("period", "string"), ("contradiction", "boolean"),
    ("agreement", "boolean"), ("claims", "int"), ("revisions", "int"), ("sources", "array<string>"),
    ("sides", "array<string>"), ("claim_ids", "array<string>"), ("json", "string"),
)  # fmt: skip


def group_partition(settings: ReconcileSettings, rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Group the claims of the buckets in this partition (rows sorted by bucket, then text order)."""
    import json

    from claimgraph.reconcile.groups import group_claims

    def flush(claims: list[Any]) -> Iterator[tuple[Any, ...]]:
        for g in group_claims(claims, settings.options):
            yield (
                g.id, g.kind, g.subject, g.category, g.place_key, g.place, g.period, g.contradicted,
                g.agreed, len(g.claims), len(g.revisions), g.sources, g.sides, [c.id for c in g.claims],
                json.dumps(g.to_json(claims=False), ensure_ascii=False),
            )  # fmt: skip

    key: str | None = None
    bucket: list[Any] = []
    for r in rows:
        if r["key"] != key and bucket:
            yield from flush(bucket)
            bucket = []
        key = r["key"]
        bucket.append(pickle.loads(r["blob"]))
    if bucket:
        yield from flush(bucket)


@dataclass
class ReconcileReport:
    claims: int = 0
    groups: int = 0
    contradictions: int = 0
    agreements: int = 0
    seconds: float = 0.0


def _store_views(spark: SparkSession, root: str) -> None:
    """Every store table as a temporary view under its own name, over the run's Parquet folder.

    So the reconcile package's own SQL runs unchanged and returns rows of exactly the shape its
    Normaliser reads. Tables a batch run does not write (entity linking, say) stand in empty, as
    in a store nobody has linked yet.
    """
    from pyspark.sql.types import StructField, StructType

    for table in store_tables():
        schema = table_schema(table)
        try:
            frame = spark.read.schema(StructType([*schema.fields, StructField(PARTITION, _spark_type(
                "documents", "id"))])).parquet(table_path(root, table))
        except Exception:  # no such folder: a table the run does not produce
            if table == "documents":
                raise BatchError(f"{root} holds no documents table (is it a spark-analyze output?)") from None
            frame = spark.createDataFrame([], schema)
        frame.createOrReplaceTempView(table)


def _ddl(columns: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"`{name}` {type_}" for name, type_ in columns)


def reconcile_tables(
    spark: SparkSession,
    root: str,
    out: str | None = None,
    *,
    use_kb: bool = True,
    options: Any = None,
    overwrite: bool = False,
) -> ReconcileReport:
    """Group the claims of a run's Parquet tables at ``root`` across the whole corpus.

    Writes ``claims`` (every numeric and control claim, normalised: place, period, source, side)
    and ``groups`` (one row per group with its contradiction and agreement flags and its full JSON)
    under ``out`` (default: ``root``).
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.types import StructType

    from claimgraph.reconcile import query

    started = time.perf_counter()
    out = out or root
    mode = "overwrite" if overwrite else "errorifexists"
    if not overwrite and _exists(spark, table_path(out, "groups")):
        raise BatchError(f"{out} already holds groups: give --overwrite to replace them")
    _store_views(spark, root)

    def per_document(sql: str, alias: str) -> DataFrame:
        """The rows of one query, as a list per document (its first column)."""
        rows = spark.sql(sql)
        rows = rows.toDF(*(f"c{i}" for i in range(len(rows.columns))))  # its names repeat
        return rows.groupBy(F.col("c0").alias("document")).agg(
            F.collect_list(F.struct(*rows.columns)).alias(alias)
        )

    per_doc = (
        per_document(query.QUANTITY_SQL, "q")
        .join(per_document(query.CONTROL_SQL, "c"), "document", "full_outer")
        .join(per_document(query.DOCUMENT_SQL, "d"), "document", "left")
        .join(per_document(query.ENTITY_SQL, "e"), "document", "left")
        .join(per_document(query.MENTION_SQL, "m"), "document", "left")
    )
    settings = ReconcileSettings(use_kb=use_kb, options=options)
    claims = spark.createDataFrame(
        per_doc.rdd.mapPartitions(functools.partial(normalise_partition, settings)),
        StructType.fromDDL(_ddl(CLAIM_COLUMNS)), verifySchema=False,
    ).persist(StorageLevel.DISK_ONLY)
    try:
        report = ReconcileReport(claims=claims.count())
        claims.drop("blob", "key").write.mode(mode).parquet(table_path(out, "claims"))
        n = max(1, spark.sparkContext.defaultParallelism * 2)
        ordered = claims.select("key", "document", "text_start", "kind", "idx", "blob").repartition(n, "key")
        ordered = ordered.sortWithinPartitions("key", "document", "text_start", "kind", "idx")
        groups = spark.createDataFrame(
            ordered.rdd.mapPartitions(functools.partial(group_partition, settings)),
            StructType.fromDDL(_ddl(GROUP_COLUMNS)), verifySchema=False,
        ).persist(StorageLevel.DISK_ONLY)
        try:
            groups.write.mode(mode).parquet(table_path(out, "groups"))
            row = groups.agg(
                F.count("*").alias("n"),
                F.sum(F.col("contradiction").cast("int")).alias("contradictions"),
                F.sum(F.col("agreement").cast("int")).alias("agreements"),
            ).first()
        finally:
            groups.unpersist()
    finally:
        claims.unpersist()
    assert row is not None
    report.groups = int(row["n"])
    report.contradictions, report.agreements = int(row["contradictions"] or 0), int(row["agreements"] or 0)
    report.seconds = time.perf_counter() - started
    return report

