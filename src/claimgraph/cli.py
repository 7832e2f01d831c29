"""The ``claimgraph`` command line. Each command parses its arguments and calls library code.

Results go to standard output, progress and log messages to standard error. User errors (a
missing file, a bad database URL, Frog not installed) end in a one-line message, not a traceback.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from claimgraph import __version__, batch_cli, entities_cli, reconcile_cli, serve_cli
from claimgraph.analyse.base import Analyser, AnalyserError, NullAnalyser
from claimgraph.document import Document
from claimgraph.pipeline import Failure, process
from claimgraph.progress import Progress

LOGGER = logging.getLogger("claimgraph")

EPILOG_ANALYZE = """\b
Examples:
  claimgraph analyze demo/                      # every file below demo/, into claimgraph.db
  claimgraph analyze a.pdf b.html --db news.db
  claimgraph analyze corpus.jsonl --db postgresql://127.0.0.1:5432/test
  cat article.txt | claimgraph analyze -
"""

EPILOG_EXTRACT = """\b
Examples:
  claimgraph extract ../shared/samples --out out/
  python3 ../shared/eval/score.py ../shared/gold out/
"""


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="""\b
Start here:
  claimgraph analyze demo/ --db demo.db     analyse the demo articles and print a summary
  claimgraph extract FILES --out DIR        one JSON file of claims per article
  claimgraph COMMAND --help                 what a command does, with examples
""",
)
@click.version_option(__version__, prog_name="claimgraph")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr; no progress bar.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """claimgraph: who claims what in war reporting.

    Reads news articles (text from newspaper PDFs, PDF, HTML, JSONL/CSV corpora), finds quotes
    and their speakers, reported speech, numeric claims (casualties, troops, territory…),
    claims that a place is captured or not, and the people, organisations and places involved,
    each with the exact span of the article it comes from.
    """
    _setup_logging(verbose, quiet)
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet


def _analyser_options(fn):  # type: ignore[no-untyped-def]
    fn = click.option(
        "--frog-processes", type=click.IntRange(1, 16), default=2, show_default=True,
        help="Frog processes to run in parallel (each uses about 0.4 GB).",
    )(fn)
    fn = click.option(
        "--no-frog", is_flag=True,
        help="Skip the Frog analysis (no POS tags or lemmas): faster, lower quality.",
    )(fn)
    return fn


@contextmanager
def _analyser(no_frog: bool, processes: int) -> Iterator[Analyser]:
    if no_frog:
        yield NullAnalyser()
        return
    from claimgraph.analyse.frog import FrogAnalyser

    try:
        analyser = FrogAnalyser(processes=processes)
    except AnalyserError as e:
        raise click.ClickException(str(e)) from None
    try:
        yield analyser
    finally:
        analyser.close()


def _run(paths: tuple[str, ...], analyser: Analyser, quiet: bool, *,
         run_extractors: bool = True) -> Iterator[Document | Failure]:
    """Ingest and process ``paths``, reporting failures on stderr and showing progress."""
    from claimgraph.ingest import read_inputs

    if not paths:
        raise click.UsageError("give at least one file, folder or - (standard input)")
    progress = Progress(enabled=not quiet)
    try:
        items = read_inputs(list(paths), stdin=sys.stdin)
        for item in process(items, analyser, run_extractors=run_extractors):
            if isinstance(item, Failure):
                progress.fail()
                click.echo(f"error: {item}", err=True)
            else:
                progress.advance(len(item.text.split()))
            yield item
    except AnalyserError as e:
        raise click.ClickException(f"analysis stopped: {e}") from None
    finally:
        progress.close()


class _Tally:
    def __init__(self) -> None:
        self.docs = self.failed = self.added = self.skipped = self.words = 0
        self.counts: Counter[str] = Counter()
        self.sources: Counter[str] = Counter()
        self.start = time.perf_counter()

    def add(self, doc: Document) -> None:
        self.docs += 1
        self.words += len(doc.text.split())
        self.counts.update(
            sentences=len(doc.sentences), quotes=len(doc.quotes), quantities=len(doc.quantities),
            control_claims=len(doc.control_claims), entities=len(doc.entities),
        )
        for q in doc.quotes:
            if q.speaker:
                self.sources[q.speaker] += 1
        for n in doc.quantities:
            if n.source:
                self.sources[n.source] += 1
        for c in doc.control_claims:
            if c.source:
                self.sources[c.source] += 1

    def summary(self) -> str:
        secs = time.perf_counter() - self.start
        lines = [
            f"documents     {self.docs} analysed"
            + (f" ({self.added} new, {self.skipped} already stored)" if self.added or self.skipped else "")
            + (f", {self.failed} failed" if self.failed else ""),
            f"sentences     {self.counts['sentences']}",
            f"quotes        {self.counts['quotes']}",
            f"quantities    {self.counts['quantities']}",
            f"control       {self.counts['control_claims']}",
            f"entities      {self.counts['entities']}",
            f"words         {self.words} in {secs:.1f} s ({self.words / secs if secs else 0:.0f} words/s)",
        ]
        if self.sources:
            lines.append("top sources   " + "; ".join(f"{s} ({n})" for s, n in self.sources.most_common(8)))
        return "\n".join(lines)


@cli.command(epilog=EPILOG_ANALYZE)
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option("--db", default="claimgraph.db", show_default=True, metavar="DB",
              help="SQLite file, or postgresql://host:port/dbname.")
@click.option("--batch", type=click.IntRange(1, 10_000), default=32, show_default=True,
              help="Documents per database transaction.")
@click.option("--skip-extraction", is_flag=True, hidden=True,
              help="Stop after the analysis (for benchmarks/throughput.py).")
@_analyser_options
@click.pass_context
def analyze(ctx: click.Context, paths: tuple[str, ...], db: str, batch: int, skip_extraction: bool,
            no_frog: bool, frog_processes: int) -> None:
    """Analyse articles, store them with their claims, and print a summary.

    PATH is a file (.txt, .pdf, .html, .jsonl, .csv), a folder (read recursively) or - for
    standard input. Re-analysing an article already in DB adds nothing. Exits non-zero only when
    nothing could be processed.
    """
    from claimgraph.extract.registry import producers
    from claimgraph.kb.clusters import link_entities
    from claimgraph.store import StoreError, open_store

    try:
        store = open_store(db)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    tally = _Tally()
    buffer: list[Document] = []
    version = f"claimgraph-{__version__};{producers()}"

    def flush() -> None:
        stats = store.save_many(buffer, producer_version=version, batch_size=batch)
        tally.added += stats.added
        tally.skipped += stats.skipped
        buffer.clear()

    with store, _analyser(no_frog, frog_processes) as analyser:
        for item in _run(paths, analyser, ctx.obj["quiet"], run_extractors=not skip_extraction):
            if isinstance(item, Failure):
                tally.failed += 1
                continue
            tally.add(item)
            buffer.append(item)
            if len(buffer) >= batch:
                flush()
        if buffer:
            flush()
        # Tie this run's entities to the corpus-wide ones (only rows not linked yet: cheap).
        link_entities(store)
        click.echo(tally.summary())
        totals = store.counts()
        click.echo(f"in {db}: " + ", ".join(f"{v} {k}" for k, v in totals.items()))
    if tally.docs == 0:
        raise click.ClickException("nothing could be processed")


@cli.command(epilog=EPILOG_EXTRACT)
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the JSON files (created if missing).")
@_analyser_options
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], out_dir: Path, no_frog: bool,
            frog_processes: int) -> None:
    """Write one JSON file of extracted claims per article into --out.

    The format is the evaluation schema (quotes, quantities, control_claims, entities); every
    item also carries its character span in the cleaned text and in the raw input, its sentence
    index and the rule that produced it.
    """
    from claimgraph.serialize import output_name, to_schema, write_json_atomic

    tally = _Tally()
    failed = 0
    with _analyser(no_frog, frog_processes) as analyser:
        for item in _run(paths, analyser, ctx.obj["quiet"]):
            if isinstance(item, Failure):
                failed += 1
                continue
            tally.add(item)
            write_json_atomic(out_dir / output_name(item), to_schema(item))
    tally.failed = failed
    click.echo(tally.summary())
    click.echo(f"wrote {tally.docs} files to {out_dir}")
    if tally.docs == 0:
        raise click.ClickException("nothing could be processed")


# Commands of the later pipeline stages live beside the code they drive; registered here so that
# `claimgraph --help` lists them all.
cli.add_command(reconcile_cli.claims)
cli.add_command(reconcile_cli.contradictions)
cli.add_command(reconcile_cli.timeline)
cli.add_command(entities_cli.entities)
cli.add_command(serve_cli.serve)
cli.add_command(serve_cli.export)
cli.add_command(batch_cli.spark_analyze)
cli.add_command(batch_cli.spark_reconcile)
cli.add_command(batch_cli.load_parquet)


def main() -> None:
    cli(obj={})


if __name__ == "__main__":
    main()
