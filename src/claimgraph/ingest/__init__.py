"""Ingest: input files, folders and stdin become :class:`~claimgraph.document.Document` objects.

``read_inputs`` streams: one document at a time, so a multi-GB corpus never sits in memory, and a
file or record that cannot be read yields an :class:`IngestError` instead of raising, so a batch
goes on. Each format has its own module (text, pdf, html, corpus); all of them clean and cut the
text with :mod:`claimgraph.ingest.layout`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from typing import TextIO

from claimgraph.document import Document
from claimgraph.ingest.errors import IngestError, IngestFailed
from claimgraph.ingest.layout import repair, to_document
from claimgraph.ingest.text import MAX_DOCUMENT_BYTES, read_text_file

__all__ = ["SUPPORTED_EXTENSIONS", "IngestError", "ingest_text", "read_inputs"]

logger = logging.getLogger(__name__)

TEXT_EXTENSIONS = frozenset({".txt", ".text", ""})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
CSV_EXTENSIONS = frozenset({".csv", ".tsv"})
SUPPORTED_EXTENSIONS = (
    TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS | CSV_EXTENSIONS | {".pdf", ".json"}
)
STDIN = "-"


def ingest_text(
    raw: str,
    *,
    name: str,
    origin: str,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
) -> Document:
    """One document from one raw text (a corpus record, stdin, a pasted article).

    A ``title`` given apart from the text is put above it (``title``, blank line, text) unless the
    text already opens with it, so claims in headlines are read too; ``Document.raw`` is that text.
    """
    has_title: bool | None = None
    if title and title.strip():
        title = " ".join(title.split())
        if not raw.lstrip().startswith(title):
            raw = f"{title}\n\n{raw}"
        has_title = True
    layout = repair(raw, has_title=has_title)
    return to_document(
        layout,
        raw=raw,
        name=name,
        origin=origin,
        stage="plain",
        title=title,
        date=date,
        url=url,
        outlet=outlet,
        author=author,
    )


def read_inputs(paths: Sequence[str], *, stdin: TextIO | None = None) -> Iterator[Document | IngestError]:
    """Documents from files, folders (recursive, sorted, hidden files skipped) and ``-`` (stdin)."""
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(stdin)
        elif os.path.isdir(path):
            for file in _walk(path):
                yield from read_file(file)
        else:
            yield from read_file(path)


def read_file(path: str) -> Iterator[Document | IngestError]:
    """Documents from one file, dispatched on its extension and first bytes."""
    try:
        kind = _kind(path)
    except OSError as exc:
        yield IngestError(path, _os_message(exc))
        return
    try:
        if kind == "pdf":
            from claimgraph.ingest.pdf import read_pdf

            yield read_pdf(path)
        elif kind == "html":
            from claimgraph.ingest.html import read_html

            yield read_html(path)
        elif kind in ("jsonl", "csv", "json"):
            from claimgraph.ingest import corpus

            yield from {"jsonl": corpus.read_jsonl, "csv": corpus.read_csv, "json": corpus.read_json}[kind](
                path
            )
        else:
            raw = read_text_file(path, MAX_DOCUMENT_BYTES)
            yield _text_document(raw, name=os.path.basename(path), origin=path)
    except IngestFailed as exc:
        yield IngestError(path, exc.message)
    except OSError as exc:
        yield IngestError(path, _os_message(exc))
    except Exception as exc:  # a bug must not stop a batch of thousands of files: report, go on
        logger.exception("ingest failed on %s", path)
        yield IngestError(path, f"could not be read ({type(exc).__name__}: {exc})")


def _text_document(raw: str, *, name: str, origin: str) -> Document:
    return to_document(repair(raw), raw=raw, name=name, origin=origin, stage="plain")


def _read_stdin(stdin: TextIO | None) -> Iterator[Document | IngestError]:
    import sys

    stream = stdin if stdin is not None else sys.stdin
    try:
        raw = stream.read(MAX_DOCUMENT_BYTES + 1)
    except (OSError, UnicodeDecodeError) as exc:
        yield IngestError("<stdin>", f"cannot read standard input: {exc}")
        return
    if len(raw) > MAX_DOCUMENT_BYTES:
        yield IngestError("<stdin>", f"over the {MAX_DOCUMENT_BYTES / 1e6:.0f} MB limit for one document")
    elif not raw.strip():
        yield IngestError("<stdin>", "empty")
    else:
        yield _text_document(raw, name="stdin", origin="<stdin>")


def _walk(folder: str) -> Iterator[str]:
    """Supported files under ``folder``, sorted, hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if os.path.splitext(name)[1].lower() in SUPPORTED_EXTENSIONS:
                yield os.path.join(root, name)
            else:
                logger.debug("skipping %s: not a supported file type", name)


def _kind(path: str) -> str:
    """The reader for a file: by extension, corrected by its first bytes (a PDF saved as .txt)."""
    ext = os.path.splitext(path)[1].lower()
    with open(path, "rb") as f:
        head = f.read(1024)
    if head.startswith(b"%PDF-") or ext == ".pdf":
        return "pdf"
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in JSONL_EXTENSIONS:
        return "jsonl"
    if ext in CSV_EXTENSIONS:
        return "csv"
    if ext == ".json":
        return "json"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _os_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return exc.strerror or str(exc)
