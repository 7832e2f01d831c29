"""The store as flat tables for a researcher's own tools: JSONL, CSV or Parquet.

Five tables: ``documents``, ``claims`` (numeric and control claims), ``quotes``, ``entities`` and
``contradictions`` (one row per claim in a contradicted group, from :mod:`claimgraph.reconcile`).
The same filters cut every table, and the web app's claims table uses the same queries
(:func:`claim_rows`), so a download from the browser and an export from the command line agree.

Every row keeps its provenance: document id, sentence index, cleaned-text and raw-input offsets,
the rule that produced it. All SQL is parameterised; the only text spliced into a statement comes
from this module's own column lists.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from claimgraph.reconcile.sides import side_from_name
from claimgraph.store import Store

LOGGER = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("documents", "claims", "quotes", "entities", "contradictions")
CLAIM_KINDS = ("quote", "quantity", "control")
# Claim ids: ``{document}:{prefix}{idx}``; quantity and control prefixes are reconcile's (q, c).
ID_PREFIX = {"quote": "u", "quantity": "q", "control": "c"}
WRITER = "(writer)"  # the source filter value for claims the article's writer makes
BATCH = 5000


@dataclass(frozen=True)
class Filters:
    """Which rows to keep; a field left None keeps all.

    Document filters (``q`` full-text, ``outlet``, ``since``/``until`` on the publication date,
    ``document``) cut every table; claim filters cut claims and quotes: ``source`` is a name
    (case-insensitive; ``(writer)`` for claims without a source), ``place``/``entity`` keep claims
    whose sentence mentions that entity (or whose control place is it), ``about`` the same but
    not said by it, ``text`` a phrase within the claim's words.
    """

    q: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    document: str | None = None
    kind: str | None = None
    source: str | None = None
    category: str | None = None
    stance: str | None = None
    place: str | None = None
    entity: str | None = None
    about: str | None = None
    text: str | None = None

    def cleaned(self) -> Filters:
        """Blank strings count as no filter (an empty form field)."""
        return replace(self, **{f.name: (getattr(self, f.name) or "").strip() or None for f in fields(self)})


# --- SQL building ---------------------------------------------------------------------------


def like_pattern(text: str) -> str:
    """A LIKE pattern for ``text`` anywhere, with LIKE's wildcards taken literally (ESCAPE '\\')."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", text.lower()) + "%"


# A document's publication date, or the ISO date a file name starts with (2023-03-08_….txt).
# (No LIKE here: a literal % would be read as a placeholder by the PostgreSQL driver.)
DATE_SQL = (
    "coalesce(d.date, CASE WHEN substr(d.name, 1, 2) IN ('19', '20') AND substr(d.name, 5, 1) = '-'"
    " AND substr(d.name, 8, 1) = '-' THEN substr(d.name, 1, 10) END)"
)

_FTS_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(store: Store, q: str) -> tuple[str, list[Any]] | None:
    """A condition on ``d.id`` for a full-text query, or None when ``q`` has no words.

    User input never reaches FTS syntax: SQLite gets each word quoted (the last one as a prefix),
    PostgreSQL ``websearch_to_tsquery``, which accepts any text.
    """
    if store.dialect == "sqlite":
        words = _FTS_WORD.findall(q)
        if not words:
            return None
        match = " ".join(f'"{w}"' for w in words) + "*"
        return "d.id IN (SELECT document FROM documents_fts WHERE documents_fts MATCH ?)", [match]
    cfg = fts_config(store)
    return "d.tsv @@ websearch_to_tsquery(CAST(? AS regconfig), ?)", [cfg, q]


def fts_config(store: Store) -> str:
    """The text-search configuration the store was built with (PostgreSQL: dutch or simple)."""
    rows = store.query("SELECT value FROM store_meta WHERE key = ?", ("fts_config",))
    return rows[0][0] if rows else "simple"


def document_where(store: Store, f: Filters) -> tuple[list[str], list[Any]]:
    """Conditions on the documents table (alias ``d``) for the document filters."""
    where: list[str] = []
    params: list[Any] = []
    if f.q:
        fts = fts_query(store, f.q)
        if fts is not None:
            where.append(fts[0])
            params += fts[1]
    if f.outlet:
        where.append("d.outlet = ?")
        params.append(f.outlet)
    if f.since:
        where.append(f"{DATE_SQL} >= ?")
        params.append(f.since)
    if f.until:
        # A date with a time ("2023-03-08T10:00") is still on the 8th.
        where.append(f"substr({DATE_SQL}, 1, 10) <= ?")
        params.append(f.until)
    if f.document:
        where.append("d.id = ?")
        params.append(f.document)
    return where, params


_MENTIONS = """EXISTS (SELECT 1 FROM mentions m JOIN entities e
    ON e.document = m.document AND e.idx = m.entity
    WHERE m.document = x.document AND m.sentence = x.sentence AND {type}
      (lower(e.name) = lower(?) OR e.kb_id = ?))"""

# The columns every claim row has, whatever its kind (quotes leave the numeric ones empty).
CLAIM_COLUMNS = (
    "id", "kind", "document", "doc_name", "title", "outlet", "date", "sentence", "start", "end",
    "raw_start", "raw_end", "text", "source", "side", "stance", "category", "low", "high", "unit",
    "subject", "place", "holder", "polarity", "quote_kind", "rule", "producer_version",
)  # fmt: skip
_SELECT_HEAD = """'{kind}' AS kind, x.document, x.idx, d.name AS doc_name, d.title, d.outlet,
    """ + DATE_SQL + """ AS date, x.sentence, x.text_start, x.text_end, x.raw_start, x.raw_end,
    substr(d.text, x.text_start + 1, x.text_end - x.text_start) AS text, {source} AS source,
    x.stance"""
# The party the source's entity carries in the same article: looked up only for the rows returned.
_PARTY = "(SELECT max(e.party) FROM entities e WHERE e.document = c.document AND e.name = c.source)"
_T, _F = "CAST(NULL AS TEXT)", "CAST(NULL AS DOUBLE PRECISION)"
_BRANCHES = {
    "quote": (
        "quotes", "x.speaker",
        f"{_T} AS category, {_F} AS low, {_F} AS high, '' AS unit, {_T} AS subject, {_T} AS place,"
        f" {_T} AS holder, {_T} AS polarity, x.kind AS quote_kind",
    ),
    "quantity": (
        "quantities", "x.source",
        f"x.category, x.low, x.high, x.unit, x.subject, {_T} AS place, {_T} AS holder,"
        f" {_T} AS polarity, {_T} AS quote_kind",
    ),
    "control": (
        "control_claims", "x.source",
        f"'control' AS category, {_F} AS low, {_F} AS high, '' AS unit, x.holder AS subject,"
        f" x.place, x.holder, x.polarity, {_T} AS quote_kind",
    ),
}  # fmt: skip
# Sortable columns of claim rows, by the name the web app and API use.
SORTS = {
    "date": "date", "outlet": "outlet", "title": "title", "source": "source", "kind": "kind",
    "category": "category", "stance": "stance", "value": "low", "place": "place", "text": "text",
}  # fmt: skip


def _claim_branch(store: Store, kind: str, f: Filters) -> tuple[str, list[Any]] | None:
    """One SELECT of the claims union, or None when the filters exclude this kind entirely."""
    table, source, tail = _BRANCHES[kind]
    if f.kind and f.kind != kind:
        return None
    if f.category and (kind == "quote" or (kind == "control") != (f.category == "control")):
        return None
    where, params = document_where(store, f)
    if f.category and kind == "quantity":
        where.append("x.category = ?")
        params.append(f.category)
    if f.source:
        if f.source == WRITER:
            where.append(f"({source} IS NULL OR {source} = '')")
        else:
            where.append(f"lower({source}) = lower(?)")
            params.append(f.source)
    if f.stance:
        where.append("x.stance = ?")
        params.append(f.stance)
    if f.text:
        where.append(r"lower(substr(d.text, x.text_start + 1, x.text_end - x.text_start)) LIKE ? ESCAPE '\'")
        params.append(like_pattern(f.text))
    for name, type_ in ((f.place, "e.type = 'LOC' AND"), (f.entity, ""), (f.about, "")):
        if not name:
            continue
        cond = _MENTIONS.format(type=type_)
        cond_params: list[Any] = [name, name]
        if kind == "control":
            cond = f"(lower(x.place) = lower(?) OR {cond})"
            cond_params.insert(0, name)
        where.append(cond)
        params += cond_params
    if f.about:
        where.append(f"({source} IS NULL OR lower({source}) <> lower(?))")
        params.append(f.about)
    sql = (
        f"SELECT {_SELECT_HEAD.format(kind=kind, source=source)}, {tail}, x.rule, x.producer_version"
        f" FROM {table} x JOIN documents d ON d.id = x.document"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql, params


def claims_union(store: Store, f: Filters, kinds: Sequence[str] = CLAIM_KINDS) -> tuple[str, list[Any]]:
    """The filtered claims of ``kinds`` as one UNION ALL (an empty result if none applies)."""
    parts: list[str] = []
    params: list[Any] = []
    for kind in kinds:
        branch = _claim_branch(store, kind, f)
        if branch is not None:
            parts.append(branch[0])
            params += branch[1]
    if not parts:  # a filter no kind can meet: keep the shape, return nothing
        sql, p = _claim_branch(store, "quote", Filters())  # type: ignore[misc]
        return sql + " WHERE 1 = 0", p
    return "\nUNION ALL\n".join(parts), params


def _claim_dict(row: Sequence[Any]) -> dict[str, Any]:
    (kind, document, idx, doc_name, title, outlet, date_, sentence, start, end, raw_start, raw_end,
     text, source, stance, category, low, high, unit, subject, place, holder, polarity,
     quote_kind, rule, producer_version, party) = row  # fmt: skip
    return {
        "id": f"{document}:{ID_PREFIX[kind]}{idx}", "kind": kind, "document": document,
        "doc_name": doc_name, "title": title, "outlet": outlet, "date": date_, "sentence": sentence,
        "start": start, "end": end, "raw_start": raw_start, "raw_end": raw_end, "text": text,
        "source": source or None, "side": side_of(source, party), "stance": stance,
        "category": category, "low": low, "high": high, "unit": unit or "", "subject": subject,
        "place": place, "holder": holder, "polarity": polarity, "quote_kind": quote_kind,
        "rule": rule, "producer_version": producer_version,
    }  # fmt: skip


def side_of(source: str | None, party: str | None = None) -> str:
    """Which side a source speaks for: the party its entity carries, else what its name says;
    the writer (no source) is independent."""
    if not source:
        return "independent"
    if party and party != "unknown":
        return party
    return side_from_name(source) or "unknown"


def claim_rows(
    store: Store,
    f: Filters,
    *,
    kinds: Sequence[str] = CLAIM_KINDS,
    sort: str = "date",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Claim rows (see :data:`CLAIM_COLUMNS`), filtered, sorted by a :data:`SORTS` key, paged."""
    union, params = claims_union(store, f, kinds)
    direction = "DESC" if descending else "ASC"
    order = f"ORDER BY {SORTS.get(sort, 'date')} {direction} NULLS LAST, document, kind, idx"
    page = f"SELECT * FROM ({union}) AS c {order}"
    if limit is not None:
        page += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    sql = f"SELECT c.*, {_PARTY} FROM ({page}) AS c {order}"
    return [_claim_dict(r) for r in store.query(sql, params)]


def count_claims(store: Store, f: Filters, *, kinds: Sequence[str] = CLAIM_KINDS) -> int:
    union, params = claims_union(store, f, kinds)
    return int(store.query(f"SELECT count(*) FROM ({union}) AS c", params)[0][0])


def iter_claims(store: Store, f: Filters, *, kinds: Sequence[str] = CLAIM_KINDS, sort: str = "date",
                descending: bool = False, batch: int = BATCH) -> Iterator[dict[str, Any]]:
    """Every filtered claim row, read ``batch`` rows at a time (for downloads of any size)."""
    offset = 0
    while True:
        rows = claim_rows(store, f, kinds=kinds, sort=sort, descending=descending, limit=batch, offset=offset)
        yield from rows
        if len(rows) < batch:
            return
        offset += batch


# --- the other tables -------------------------------------------------------------------------

DOCUMENT_COLUMNS = (
    "id", "name", "origin", "title", "date", "author", "outlet", "url", "language", "ingest_stage",
    "added_at", "quotes", "quantities", "control_claims", "entities", "text",
)  # fmt: skip


def iter_documents(store: Store, f: Filters, batch: int = BATCH) -> Iterator[dict[str, Any]]:
    where, params = document_where(store, f)
    counts = ", ".join(
        f"(SELECT count(*) FROM {t} x WHERE x.document = d.id)"
        for t in ("quotes", "quantities", "control_claims", "entities")
    )
    sql = (
        "SELECT d.id, d.name, d.origin, d.title, d.date, d.author, d.outlet, d.url, d.language,"
        f" d.ingest_stage, d.added_at, {counts}, d.text FROM documents d"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {DATE_SQL} NULLS LAST, d.id LIMIT ? OFFSET ?"
    )
    yield from _paged(store, sql, params, batch, lambda r: dict(zip(DOCUMENT_COLUMNS, r, strict=True)))


QUOTE_COLUMNS = (
    "id", "document", "doc_name", "title", "outlet", "date", "sentence", "start", "end", "raw_start",
    "raw_end", "text", "kind", "speaker", "side", "speaker_text", "cue_text", "stance", "rule",
    "producer_version",
)  # fmt: skip


def iter_quotes(store: Store, f: Filters, batch: int = BATCH) -> Iterator[dict[str, Any]]:
    """Quotes with their speaker's and cue's words; claim filters apply (``kind`` must allow quotes)."""
    if f.kind and f.kind != "quote":
        return
    union, params = claims_union(store, replace(f, kind="quote"), ("quote",))
    sql = f"""SELECT c.*, {_PARTY},
        CASE WHEN q.speaker_start IS NULL THEN NULL
             ELSE substr(d.text, q.speaker_start + 1, q.speaker_end - q.speaker_start) END,
        CASE WHEN q.cue_start IS NULL THEN NULL
             ELSE substr(d.text, q.cue_start + 1, q.cue_end - q.cue_start) END
        FROM ({union}) AS c
        JOIN quotes q ON q.document = c.document AND q.idx = c.idx
        JOIN documents d ON d.id = c.document
        ORDER BY c.date NULLS LAST, c.document, c.idx LIMIT ? OFFSET ?"""

    def row(r: Sequence[Any]) -> dict[str, Any]:
        c = _claim_dict(r[:-2])
        return {
            "id": c["id"], "document": c["document"], "doc_name": c["doc_name"], "title": c["title"],
            "outlet": c["outlet"], "date": c["date"], "sentence": c["sentence"], "start": c["start"],
            "end": c["end"], "raw_start": c["raw_start"], "raw_end": c["raw_end"], "text": c["text"],
            "kind": c["quote_kind"], "speaker": c["source"], "side": c["side"] if c["source"] else None,
            "speaker_text": r[-2], "cue_text": r[-1], "stance": c["stance"], "rule": c["rule"],
            "producer_version": c["producer_version"],
        }  # fmt: skip

    yield from _paged(store, sql, params, batch, row)


ENTITY_COLUMNS = (
    "document", "idx", "name", "type", "party", "kb_id", "rule", "mentions", "forms",
)  # fmt: skip


def iter_entities(store: Store, f: Filters, batch: int = BATCH) -> Iterator[dict[str, Any]]:
    """One row per entity per document, with its mention count and the spellings used."""
    where, params = document_where(store, f)
    if f.entity:
        where.append("(lower(e.name) = lower(?) OR e.kb_id = ?)")
        params += [f.entity, f.entity]
    sql = (
        "SELECT e.document, e.idx, e.name, e.type, e.party, e.kb_id, e.rule FROM entities e"
        " JOIN documents d ON d.id = e.document"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY e.document, e.idx LIMIT ? OFFSET ?"
    )
    for chunk in _chunks(_paged(store, sql, params, batch, list), batch):
        forms = _entity_forms(store, {r[0] for r in chunk})
        for r in chunk:
            spellings = forms.get((r[0], r[1]), [])
            yield dict(zip(ENTITY_COLUMNS, [*r, len(spellings), list(dict.fromkeys(spellings))], strict=True))


def _entity_forms(store: Store, documents: set[str]) -> dict[tuple[str, int], list[str]]:
    out: dict[tuple[str, int], list[str]] = {}
    ids = sorted(documents)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        sql = (
            "SELECT m.document, m.entity, substr(d.text, m.text_start + 1, m.text_end - m.text_start)"
            " FROM mentions m JOIN documents d ON d.id = m.document"
            f" WHERE m.document IN ({', '.join('?' * len(chunk))}) ORDER BY m.document, m.entity, m.idx"
        )
        for doc, ent, form in store.query(sql, chunk):
            out.setdefault((doc, ent), []).append(form)
    return out


CONTRADICTION_COLUMNS = (
    "group", "title", "group_kind", "subject", "category", "place", "period", "comparison",
    "position", "claim", "document", "doc_name", "outlet", "published", "when", "sentence", "start",
    "end", "text", "source", "side", "stance", "low", "high", "polarity",
)  # fmt: skip


def iter_contradictions(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    """One row per claim of each contradicting comparison, so a spreadsheet shows the positions."""
    from claimgraph.reconcile import ClaimFilter, reconcile

    flt = ClaimFilter(
        place=f.place, category=f.category, source=f.source if f.source != WRITER else None,
        since=_date(f.since), until=_date(f.until),
        kind=f.kind if f.kind in ("quantity", "control") else None,
    )  # fmt: skip
    docs = _document_ids(store, f)
    for g in reconcile(store, flt).contradictions:
        for n, comparison in enumerate(g.comparisons):
            if not comparison.contradiction:
                continue
            for p in comparison.positions:
                for c in p.claims:
                    if docs is not None and c.document not in docs:
                        continue
                    yield {
                        "group": g.id, "title": g.title(), "group_kind": g.kind, "subject": g.subject,
                        "category": g.category, "place": g.place, "period": g.period, "comparison": n,
                        "position": p.value, "claim": c.id, "document": c.document,
                        "doc_name": c.doc_name, "outlet": c.outlet,
                        "published": c.published.isoformat() if c.published else None,
                        "when": c.when.isoformat() if c.when else None, "sentence": c.sentence,
                        "start": c.span[0], "end": c.span[1], "text": c.text, "source": c.source.label,
                        "side": c.source.side, "stance": c.stance, "low": c.low, "high": c.high,
                        "polarity": c.polarity,
                    }  # fmt: skip


def _document_ids(store: Store, f: Filters) -> set[str] | None:
    """Ids of the documents the document filters keep, or None when they keep all."""
    where, params = document_where(store, replace(f, since=None, until=None))
    if not where:
        return None
    return {r[0] for r in store.query("SELECT d.id FROM documents d WHERE " + " AND ".join(where), params)}


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError as e:
        raise ValueError(f"not a date (YYYY-MM-DD): {text!r}") from e


def _paged(store: Store, sql: str, params: list[Any], batch: int,
           make: Callable[[Sequence[Any]], Any]) -> Iterator[Any]:
    offset = 0
    while True:
        rows = store.query(sql, [*params, batch, offset])
        for r in rows:
            yield make(r)
        if len(rows) < batch:
            return
        offset += batch


def _chunks(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for x in items:
        chunk.append(x)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def table_rows(store: Store, table: str, f: Filters) -> tuple[tuple[str, ...], Iterator[dict[str, Any]]]:
    """The columns and rows of one export table."""
    if table == "documents":
        return DOCUMENT_COLUMNS, iter_documents(store, f)
    if table == "claims":
        kinds = tuple(k for k in ("quantity", "control") if not f.kind or f.kind == k)
        return CLAIM_COLUMNS, iter_claims(store, f, kinds=kinds) if kinds else iter(())
    if table == "quotes":
        return QUOTE_COLUMNS, iter_quotes(store, f)
    if table == "entities":
        return ENTITY_COLUMNS, iter_entities(store, f)
    if table == "contradictions":
        return CONTRADICTION_COLUMNS, iter_contradictions(store, f)
    raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")


# --- writers -----------------------------------------------------------------------------------

# Parquet types per column; anything not listed is a string.
_INT = {"sentence", "start", "end", "raw_start", "raw_end", "idx", "quotes", "quantities",
        "control_claims", "entities", "mentions", "comparison"}  # fmt: skip
_FLOAT = {"low", "high"}
_LIST = {"forms"}


def write_jsonl(path: Path, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with _atomic(path, "w") as out:
        for row in rows:
            out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
            n += 1
    return n


def csv_value(value: Any) -> Any:
    """A cell for CSV: lists joined with "; ", None empty, and text that a spreadsheet would run
    as a formula (``=``, ``+``, ``-``, ``@`` first) prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv_rows(out: Any, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> int:
    writer = csv.writer(out)
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([csv_value(row.get(c)) for c in columns])
        n += 1
    return n


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> int:
    with _atomic(path, "w", newline="") as out:
        return write_csv_rows(out, columns, rows)


def write_parquet(path: Path, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def type_of(c: str) -> Any:
        if c in _INT:
            return pa.int64()
        if c in _FLOAT:
            return pa.float64()
        if c in _LIST:
            return pa.list_(pa.string())
        return pa.string()

    schema = pa.schema([(c, type_of(c)) for c in columns])
    n = 0
    with _atomic(path, "wb") as out:
        writer = pq.ParquetWriter(out, schema)
        try:
            for chunk in _chunks(rows, BATCH):
                cols = {c: [_cell(r.get(c), c) for r in chunk] for c in columns}
                writer.write_table(pa.table(cols, schema=schema))
                n += len(chunk)
            if n == 0:
                writer.write_table(schema.empty_table())
        finally:
            writer.close()
    return n


def _cell(value: Any, column: str) -> Any:
    if value is None or column in _INT or column in _FLOAT or column in _LIST:
        return value
    return str(value)


WRITERS: dict[str, Callable[[Path, Sequence[str], Iterable[dict[str, Any]]], int]] = {
    "jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet,
}  # fmt: skip


class _atomic:
    """Write to a temporary file beside ``path`` and move it into place on success, so a reader
    (or a killed export) never leaves a half-written table behind."""

    def __init__(self, path: Path, mode: str, **kw: Any) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.tmp")
        self.mode, self.kw = mode, kw

    def __enter__(self) -> Any:
        enc = {} if "b" in self.mode else {"encoding": "utf-8"}
        self.f = open(self.tmp, self.mode, **enc, **self.kw)
        return self.f

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self.f.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


def export(
    store: Store,
    fmt: str,
    out: str | os.PathLike[str],
    *,
    tables: Sequence[str] = TABLES,
    filters: Filters | None = None,
) -> dict[str, tuple[Path, int]]:
    """Write ``tables`` in ``fmt``; returns each table's file and row count.

    ``out`` is a folder (created if missing) that gets ``<table>.<fmt>`` per table; with a single
    table, a path ending in ``.<fmt>`` is that table's file.
    """
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise ValueError(f"unknown table {unknown[0]!r}; choose from {', '.join(TABLES)}")
    f = (filters or Filters()).cleaned()
    _date(f.since), _date(f.until)  # fail early on a bad date, before any file is written
    target = Path(out)
    single = len(tables) == 1 and target.suffix.lower() == f".{fmt}" and not target.is_dir()
    if single:
        target.parent.mkdir(parents=True, exist_ok=True)
        paths = {tables[0]: target}
    else:
        target.mkdir(parents=True, exist_ok=True)
        paths = {t: target / f"{t}.{fmt}" for t in tables}
    done: dict[str, tuple[Path, int]] = {}
    for table, path in paths.items():
        columns, rows = table_rows(store, table, f)
        done[table] = (path, WRITERS[fmt](path, columns, rows))
        LOGGER.info("wrote %d rows to %s", done[table][1], path)
    return done
