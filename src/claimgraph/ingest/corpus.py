"""Corpora: JSONL and CSV files with one article per record, read as a stream.

A corpus can be many gigabytes, so records are read one at a time (JSONL line by line with a cap
on the line length, CSV through the csv module) and never collected. Each record needs ``text``
and may carry ``title``, ``date``, ``url``, ``outlet``, ``author`` and ``id``. A bad record yields
an :class:`IngestError` for its line and the reading goes on.
"""

from __future__ import annotations

import codecs
import csv
import json
import logging
import os
from collections.abc import Iterator
from typing import Any

from claimgraph.document import Document
from claimgraph.ingest import ingest_text
from claimgraph.ingest.errors import IngestError, IngestFailed
from claimgraph.ingest.text import CP1252_FALLBACK, MAX_DOCUMENT_BYTES, check_size, decode_bytes

logger = logging.getLogger(__name__)

# A .json file is parsed whole, so it gets a cap; bigger corpora belong in JSONL, which streams.
MAX_JSON_BYTES = 100 * 1024 * 1024
TEXT_FIELD = "text"
META_FIELDS = ("title", "date", "url", "outlet", "author")
CSV_DELIMITERS = (",", ";", "\t", "|")

csv.field_size_limit(max(csv.field_size_limit(), MAX_DOCUMENT_BYTES))


def read_jsonl(path: str) -> Iterator[Document | IngestError]:
    """One document per JSON line; a line over the size limit is skipped without being held."""
    corpus = os.path.basename(path)
    with open(path, "rb") as f:
        lineno = 0
        while True:
            line = f.readline(MAX_DOCUMENT_BYTES + 1)
            if not line:
                break
            lineno += 1
            origin = f"{path}:{lineno}"
            if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
                _skip_line(f)
                yield IngestError(origin, f"record over the {MAX_DOCUMENT_BYTES / 1e6:.0f} MB limit")
                continue
            if lineno == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                logger.warning("%s: not UTF-8, odd bytes read as cp1252", origin)
                text = line.decode("utf-8", errors=CP1252_FALLBACK)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                yield IngestError(origin, f"bad JSON: {exc.msg} at column {exc.colno}")
                continue
            yield make_record(record, corpus=corpus, origin=origin, fallback_id=str(lineno))


def read_csv(path: str) -> Iterator[Document | IngestError]:
    """One document per CSV row; the header must name a ``text`` column."""
    corpus = os.path.basename(path)
    with open(path, encoding="utf-8-sig", errors=CP1252_FALLBACK, newline="") as f:
        first = f.readline()
        if not first.strip():
            yield IngestError(path, "empty")
            return
        delimiter = "\t" if path.lower().endswith(".tsv") else max(CSV_DELIMITERS, key=first.count)
        f.seek(0)
        reader = csv.reader(f, delimiter=delimiter)
        header = [h.strip() for h in next(reader)]
        columns = [h.lower() for h in header]
        if TEXT_FIELD not in columns:
            yield IngestError(path, f"no 'text' column; columns are: {', '.join(header)}")
            return
        start = reader.line_num + 1
        while True:
            origin = f"{path}:{start}"
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield IngestError(origin, f"bad CSV row: {exc}")
                if reader.line_num < start:  # no progress: the reader cannot go on
                    break
                start = reader.line_num + 1
                continue
            start = reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            record = dict(zip(columns, row, strict=False))
            yield make_record(record, corpus=corpus, origin=origin, fallback_id=origin.rsplit(":", 1)[1])


def read_json(path: str) -> Iterator[Document | IngestError]:
    """A .json file: one object with ``text``, a list of them, or ``{"documents": [...]}``."""
    check_size(path, MAX_JSON_BYTES)
    with open(path, "rb") as f:
        raw = decode_bytes(f.read())
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise IngestFailed(f"bad JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    corpus = os.path.basename(path)
    if isinstance(data, dict) and TEXT_FIELD in data:
        yield make_record(data, corpus=corpus, origin=path, fallback_id="", single=True)
        return
    if isinstance(data, dict) and isinstance(data.get("documents"), list):
        data = data["documents"]
    if not isinstance(data, list):
        raise IngestFailed("JSON has no 'text' (expected an object with 'text' or a list of them)")
    for i, record in enumerate(data):
        yield make_record(record, corpus=corpus, origin=f"{path}[{i}]", fallback_id=str(i + 1))


def make_record(
    record: Any, *, corpus: str, origin: str, fallback_id: str, single: bool = False
) -> Document | IngestError:
    """A document from one corpus record, or the error that says what is wrong with it."""
    if not isinstance(record, dict):
        return IngestError(origin, f"record is a JSON {type(record).__name__}, not an object")
    text = record.get(TEXT_FIELD)
    if not isinstance(text, str):
        return IngestError(origin, "no 'text' field" if text is None else "'text' is not a string")
    if not text.strip():
        return IngestError(origin, "empty text")
    rid = record.get("id")
    rid = str(rid).strip() if rid is not None and not isinstance(rid, (dict, list)) else ""
    name = corpus if single and not rid else f"{corpus}:{rid or fallback_id}"
    meta = {k: _meta(record.get(k)) for k in META_FIELDS}
    return ingest_text(text, name=name, origin=origin, **meta)


def _meta(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    value = str(value).strip()
    return value or None


def _skip_line(f: Any) -> None:
    """Read past the rest of an over-long line in 1 MB steps."""
    while True:
        chunk = f.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return
