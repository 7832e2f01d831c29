"""The ``serve`` and ``export`` commands: they parse arguments and call :mod:`claimgraph.serve`
and :mod:`claimgraph.export`. Registered on the ``claimgraph`` group at the end of ``cli.py``."""

from __future__ import annotations

import os
import sys

import click

from claimgraph.export import CLAIM_KINDS, FORMATS, TABLES

EPILOG_SERVE = """\b
Examples:
  claimgraph serve --db demo.db                        # http://127.0.0.1:8000, read-only
  claimgraph serve --db demo.db --write-token s3cret   # allow adding documents from the browser
  CLAIMGRAPH_WRITE_TOKEN=s3cret claimgraph serve --db postgresql://127.0.0.1:5432/news
"""

EPILOG_EXPORT = """\b
Examples:
  claimgraph export --db demo.db --format csv --out out/            # out/documents.csv, claims.csv, …
  claimgraph export --db demo.db --format parquet --out claims.parquet --table claims --category killed
  claimgraph export --db demo.db --format jsonl --out bakhmut/ --place Bakhmut --since 2023-03-01
"""


def _is_sqlite_path(db: str) -> str | None:
    """The file path of a SQLite store URL, None for PostgreSQL."""
    if db.startswith(("postgresql://", "postgres://")):
        return None
    if db.startswith("sqlite:///"):
        return db[len("sqlite:///") :]
    return db


@click.command(epilog=EPILOG_SERVE)
@click.option("--db", default="claimgraph.db", show_default=True, metavar="DB",
              help="SQLite file, or postgresql://host:port/dbname.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--write-token", envvar="CLAIMGRAPH_WRITE_TOKEN", default=None, metavar="TOKEN",
              help="Allow adding documents to anyone who gives this token (env CLAIMGRAPH_WRITE_TOKEN). "
                   "Without it the server is read-only.")
@click.option("--no-frog", is_flag=True, help="Analyse added documents without Frog (no POS tags).")
@click.option("--frog-processes", type=click.IntRange(1, 16), default=1, show_default=True,
              help="Frog processes for added documents (started on the first upload).")
@click.option("--max-upload-kb", type=click.IntRange(1, 100_000), default=2048, show_default=True,
              help="Largest document that may be added.")
@click.option("--writes-per-minute", type=click.FloatRange(0), default=10.0, show_default=True,
              help="Uploads per minute per client address (0: no limit).")
@click.option("--readers", type=click.IntRange(1, 64), default=4, show_default=True,
              help="Database reader threads.")
def serve(db: str, host: str, port: int, write_token: str | None, no_frog: bool, frog_processes: int,
          max_upload_kb: int, writes_per_minute: float, readers: int) -> None:
    """Browse a store in the web browser: documents, claims, sources, contradictions, timeline.

    Every page and asset comes from this server (it works offline). A JSON API with an OpenAPI
    spec is under /api/. Adding documents from the browser is off unless a write token is set.
    """
    import uvicorn

    from claimgraph.serve.app import Settings, create_app
    from claimgraph.store import StoreError, open_store

    path = _is_sqlite_path(db)
    if path is not None and path != ":memory:" and not os.path.exists(path) and not write_token:
        raise click.ClickException(
            f"no database at {path}: analyse articles into it first (claimgraph analyze … --db {path}), "
            "or give --write-token to start an empty one and add documents from the browser"
        )
    try:
        open_store(db).close()  # fail here, in one line, rather than on the first request
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    settings = Settings(db=db, write_token=write_token or None, no_frog=no_frog,
                        frog_processes=frog_processes, max_upload_bytes=max_upload_kb * 1024,
                        writes_per_minute=writes_per_minute, readers=readers)
    if write_token and host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"note: writes are on and the server listens on {host}; anyone with the token can add "
                   "documents", err=True)
    click.echo(f"claimgraph: serving {db} on http://{host}:{port}/"
               + (" (adding documents on)" if write_token else " (read-only)"), err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", server_header=False)


@click.command(epilog=EPILOG_EXPORT)
@click.option("--db", default="claimgraph.db", show_default=True, metavar="DB",
              help="SQLite file, or postgresql://host:port/dbname.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="File format.")
@click.option("--out", required=True, metavar="PATH",
              help="Folder for one file per table; with a single --table, may be the file itself.")
@click.option("--table", "tables", type=click.Choice(TABLES), multiple=True,
              help="Tables to write (repeatable; default all).")
@click.option("--q", default=None, help="Full-text search: only documents matching these words.")
@click.option("--outlet", default=None, help="Only documents of this outlet.")
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="Only documents published on or after.")
@click.option("--until", default=None, metavar="YYYY-MM-DD", help="Only documents published on or before.")
@click.option("--document", default=None, metavar="ID", help="Only this document.")
@click.option("--kind", type=click.Choice(CLAIM_KINDS), default=None, help="Only claims of this kind.")
@click.option("--source", default=None, help="Only claims by this source ('(writer)': by the writer).")
@click.option("--category", default=None, help="Only claims of this category (killed, …, control).")
@click.option("--stance", default=None, help="Only claims with this stance.")
@click.option("--place", default=None, help="Only claims about this place.")
def export(db: str, fmt: str, out: str, tables: tuple[str, ...], q: str | None, outlet: str | None,
           since: str | None, until: str | None, document: str | None, kind: str | None,
           source: str | None, category: str | None, stance: str | None, place: str | None) -> None:
    """Write documents, claims, quotes, entities and contradictions as JSONL, CSV or Parquet.

    Every row keeps its provenance (document, sentence, offsets in the cleaned text and the raw
    input, the rule). Filters cut every table alike.
    """
    from claimgraph.export import Filters
    from claimgraph.export import export as run_export
    from claimgraph.store import StoreError, open_store

    path = _is_sqlite_path(db)
    if path is not None and path != ":memory:" and not os.path.exists(path):
        raise click.ClickException(f"no database at {path}")
    filters = Filters(q=q, outlet=outlet, since=since, until=until, document=document, kind=kind,
                      source=source, category=category, stance=stance, place=place)
    try:
        with open_store(db) as store:
            done = run_export(store, fmt, out, tables=tables or TABLES, filters=filters)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    except OSError as e:
        raise click.ClickException(f"cannot write {out}: {e.strerror or e}") from None
    for table, (file, n) in done.items():
        click.echo(f"{table:<15} {n:>8} rows  {file}")
    sys.stdout.flush()
