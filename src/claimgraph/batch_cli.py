"""Commands of batch mode: ``spark-analyze``, ``spark-reconcile`` and ``load-parquet``.

Registered on the main ``claimgraph`` group at the end of :mod:`claimgraph.cli`; also a group of
their own (:data:`batch`) so that ``spark-submit`` can run this file on a cluster::

    spark-submit --master yarn $(python -c 'import claimgraph.batch_cli as m; print(m.__file__)') \\
        spark-analyze hdfs:///corpora/news.jsonl --out hdfs:///runs/news

PySpark is imported only when a Spark command runs, so the rest of the CLI starts without it.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

LOGGER = logging.getLogger("claimgraph")

EPILOG_SPARK_ANALYZE = """\b
Examples:
  claimgraph spark-analyze corpus.jsonl --out runs/news                 # local[*]
  claimgraph spark-analyze corpus.csv --out runs/news --master local[2] --overwrite
  claimgraph spark-analyze news.parquet --out runs/news --reconcile \\
      --load postgresql://127.0.0.1:5432/news
  claimgraph spark-analyze hdfs:///corpora/news.jsonl --out hdfs:///runs/news --master yarn
  spark-submit --master spark://host:7077 .../claimgraph/batch_cli.py spark-analyze IN --out OUT

\b
OUT gets one Parquet folder per store table (documents, parts, sentences, quotes, quantities,
control_claims, entities, mentions), partitioned by month=YYYY-MM, plus failures/ and
_claimgraph.json. Every worker needs claimgraph and Frog installed.
"""

EPILOG_SPARK_RECONCILE = """\b
Examples:
  claimgraph spark-reconcile runs/news                  # writes runs/news/claims, runs/news/groups
  claimgraph spark-reconcile runs/news --out runs/news-groups --master local[2]
"""

EPILOG_LOAD = """\b
Examples:
  claimgraph load-parquet runs/news --db news.db
  claimgraph load-parquet runs/news --db 'postgresql://127.0.0.1:5432/news?schema=news' --jobs 4
  claimgraph load-parquet hdfs:///runs/news --db postgresql://db/news --master yarn
"""


def _quiet(ctx: click.Context) -> bool:
    obj = ctx.find_root().obj
    return bool(obj.get("quiet")) if isinstance(obj, dict) else False


def _conf(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="--conf")
        out[key.strip()] = value.strip()
    return out


def _spark_options(fn: Any) -> Any:
    fn = click.option("--conf", "conf", multiple=True, metavar="KEY=VALUE",
                      help="A Spark setting, e.g. spark.driver.memory=4g (repeatable).")(fn)
    fn = click.option("--master", default=None, metavar="URL",
                      help="local[2], spark://host:7077, yarn… (default: spark-submit's, else local[*]).")(fn)
    return fn


def _message(e: BaseException) -> str:
    """A Spark or Py4J failure as one line: the Python error of the failed task when there is one."""
    text = str(e)
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line and ("Error:" in line or "Exception:" in line) and not line.startswith("at "):
            return line[:400]
    return " ".join(text.split())[:400] or type(e).__name__


@contextmanager
def _session(master: str | None, conf: tuple[str, ...], quiet: bool) -> Iterator[Any]:
    from claimgraph.batch.spark import BatchError, spark_session

    try:
        spark, created = spark_session(master, conf=_conf(conf), quiet=quiet)
    except BatchError as e:
        raise click.ClickException(str(e)) from None
    try:
        yield spark
    except (click.ClickException, click.Abort):
        raise
    except BatchError as e:
        raise click.ClickException(str(e)) from None
    except Exception as e:
        if type(e).__module__.split(".")[0] in ("pyspark", "py4j"):
            LOGGER.debug("Spark failure", exc_info=True)
            raise click.ClickException(f"Spark job failed: {_message(e)} (-vv for the full trace)") from None
        raise
    finally:
        if created:
            spark.stop()


def _load(path: str, db: str, jobs: int, chunk: int, quiet: bool, spark: Any = None,
          link_entities: bool = True) -> str:
    from claimgraph.batch.load import SparkTables, link, load_parquet, load_tables
    from claimgraph.batch.parquet import is_local, local_path
    from claimgraph.store import StoreError, open_store

    started = time.perf_counter()

    def progress(month: str | None, stats: Any) -> None:
        if not quiet:
            click.echo(f"  month {month or '-'}: {stats.added} added, {stats.skipped} already stored",
                       err=True)

    try:
        if is_local(path):
            report = load_parquet(local_path(path), db, chunk=chunk, jobs=jobs, on_month=progress,
                                  link_entities=link_entities)
        else:
            if spark is None:
                raise click.ClickException(f"{path} is not a local folder: load it with --master")
            with open_store(db) as store:
                report = load_tables(SparkTables(spark, path), store, chunk=chunk, on_month=progress)
                if link_entities:
                    report.linked = link(store)
    except (StoreError, FileNotFoundError, ValueError) as e:
        raise click.ClickException(str(e)) from None
    secs = time.perf_counter() - started
    return (f"loaded into {db}: {report.added} documents added, {report.skipped} already stored, "
            f"{len(report.months)} months in {secs:.1f} s" + (f"\n{report.linked}" if report.linked else ""))


@click.command("spark-analyze", epilog=EPILOG_SPARK_ANALYZE)
@click.argument("source", metavar="INPUT")
@click.option("--out", required=True, metavar="PATH", help="Folder for the Parquet tables.")
@click.option("--format", "fmt", type=click.Choice(["auto", "jsonl", "csv", "parquet"]), default="auto",
              show_default=True, help="Input format (auto: from the extension).")
@click.option("--partitions", type=click.IntRange(1, 1_000_000), default=None,
              help="Tasks to split the corpus into (default: the input's split, at least 2 per core).")
@click.option("--overwrite", is_flag=True, help="Replace the tables of an earlier run in PATH.")
@click.option("--no-frog", is_flag=True, help="Skip the Frog analysis (faster, lower quality).")
@click.option("--reconcile", is_flag=True, help="Then group the claims across the corpus (claims/, groups/).")
@click.option("--load", "load_db", metavar="DB",
              help="Then load the tables into this store (SQLite or PostgreSQL).")
@click.option("--load-jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Parallel loader processes for --load.")
@_spark_options
@click.pass_context
def spark_analyze(ctx: click.Context, source: str, out: str, fmt: str, partitions: int | None,
                  overwrite: bool, no_frog: bool, reconcile: bool, load_db: str | None, load_jobs: int,
                  master: str | None, conf: tuple[str, ...]) -> None:
    """Analyse a JSONL, CSV or Parquet corpus on Spark; write the claims as Parquet tables.

    Runs the same ingest, Frog analysis and extraction as `claimgraph analyze`, one Frog per
    executor core, and writes the store's tables (same columns) partitioned by month. Articles
    whose cleaned text is identical are kept once. Records that cannot be processed are listed
    in OUT/failures.
    """
    from claimgraph.batch.spark import analyse_corpus, reconcile_tables

    quiet = _quiet(ctx)
    with _session(master, conf, quiet) as spark:
        report = analyse_corpus(spark, source, out, fmt=fmt, frog=not no_frog, partitions=partitions,
                                overwrite=overwrite)
        rows = report.rows or {}
        rate = report.documents / report.analyse_seconds if report.analyse_seconds else 0.0
        click.echo(
            f"documents      {report.documents} analysed"
            + (f", {report.duplicates} duplicates dropped" if report.duplicates else "")
            + (f", {report.failures} failed" if report.failures else "")
        )
        for name in ("sentences", "quotes", "quantities", "control_claims", "entities", "mentions"):
            click.echo(f"{name:<15}{rows.get(name, 0)}")
        click.echo(f"time           analysis {report.analyse_seconds:.1f} s ({rate:.1f} documents/s, "
                   f"{report.partitions} tasks on {spark.sparkContext.defaultParallelism} cores), "
                   f"writing {report.write_seconds:.1f} s")
        click.echo(f"wrote {out}")
        if reconcile:
            r = reconcile_tables(spark, out, overwrite=overwrite)
            click.echo(f"groups         {r.groups} from {r.claims} claims ({r.contradictions} with "
                       f"contradictions, {r.agreements} with agreements) in {r.seconds:.1f} s")
        if load_db:
            click.echo(_load(out, load_db, load_jobs, 2000, quiet, spark))
    if report.documents == 0:
        raise click.ClickException("nothing could be processed")


@click.command("spark-reconcile", epilog=EPILOG_SPARK_RECONCILE)
@click.argument("path", metavar="PATH")
@click.option("--out", default=None, metavar="DIR", help="Where claims/ and groups/ go (default: PATH).")
@click.option("--no-kb", is_flag=True, help="Compare names folded only, without the knowledge base.")
@click.option("--overwrite", is_flag=True, help="Replace claims/ and groups/ of an earlier run.")
@_spark_options
@click.pass_context
def spark_reconcile(ctx: click.Context, path: str, out: str | None, no_kb: bool, overwrite: bool,
                    master: str | None, conf: tuple[str, ...]) -> None:
    """Group the claims of a spark-analyze output across the whole corpus, on Spark.

    Writes claims/ (every numeric and control claim, normalised: place, period, source and
    side) and groups/ (claims about the same quantity, with contradictions, agreements and
    revisions), using the reconcile package's own normalisation and grouping.
    """
    from claimgraph.batch.spark import reconcile_tables

    with _session(master, conf, _quiet(ctx)) as spark:
        r = reconcile_tables(spark, path, out, use_kb=not no_kb, overwrite=overwrite)
    click.echo(f"groups         {r.groups} from {r.claims} claims ({r.contradictions} with contradictions, "
               f"{r.agreements} with agreements) in {r.seconds:.1f} s")
    click.echo(f"wrote {out or path}: claims/, groups/")


@click.command("load-parquet", epilog=EPILOG_LOAD)
@click.argument("path", metavar="PATH")
@click.option("--db", required=True, metavar="DB", help="SQLite file, or postgresql://host:port/dbname.")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Months loaded in parallel, each by its own process and connection.")
@click.option("--chunk", type=click.IntRange(1, 1_000_000), default=2000, show_default=True,
              help="Documents per transaction.")
@click.option("--master", default=None, metavar="URL",
              help="Read PATH through Spark (for hdfs://, s3a:// …; local folders need no Spark).")
@click.option("--no-link", is_flag=True,
              help="Do not link the entities across documents afterwards (as analyze does).")
@click.pass_context
def load_parquet(ctx: click.Context, path: str, db: str, jobs: int, chunk: int, master: str | None,
                 no_link: bool) -> None:
    """Load the Parquet tables of a spark-analyze run into a store, by COPY.

    Documents already in the store are skipped whole, so a load can be repeated or run next
    to `claimgraph analyze` writers. Each month is staged, then published in id order. Then,
    like `claimgraph analyze`, the new entities are linked to the corpus-wide ones.
    """
    from claimgraph.batch.parquet import is_local

    quiet = _quiet(ctx)
    if is_local(path) or master is None:
        click.echo(_load(path, db, jobs, chunk, quiet, link_entities=not no_link))
        return
    with _session(master, (), quiet) as spark:
        click.echo(_load(path, db, jobs, chunk, quiet, spark, link_entities=not no_link))


@click.group("claimgraph-batch", commands=[spark_analyze, spark_reconcile, load_parquet])
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.pass_context
def batch(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """claimgraph batch mode (for spark-submit; the same commands exist in `claimgraph`)."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ctx.obj = {"quiet": quiet}


if __name__ == "__main__":
    batch()
