"""The claims page: quotes, numeric claims and control claims in one filterable, sortable table.

What is filtered can be downloaded as CSV or JSON (``/claims.csv``, ``/claims.json`` with the same
query string); downloads stream every matching row, not only the page shown.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from claimgraph.document import CATEGORIES, STANCES
from claimgraph.export import (
    CLAIM_COLUMNS,
    CLAIM_KINDS,
    SORTS,
    Filters,
    claim_rows,
    count_claims,
    write_csv_rows,
)
from claimgraph.serve.pages.documents import outlets, page_number
from claimgraph.serve.web import clean, get_db, parse_date, render
from claimgraph.store import Store

router = APIRouter()

PER_PAGE = 100


def filters_from(request: Request) -> Filters:
    p = request.query_params
    kind = p.get("kind")
    return Filters(
        q=clean(p.get("q")), outlet=clean(p.get("outlet")), since=parse_date(p.get("since")),
        until=parse_date(p.get("until")), document=clean(p.get("document"), 100),
        kind=kind if kind in CLAIM_KINDS else None, source=clean(p.get("source")),
        category=clean(p.get("category")), stance=clean(p.get("stance")), place=clean(p.get("place")),
        entity=clean(p.get("entity")), about=clean(p.get("about")), text=clean(p.get("text")),
    ).cleaned()  # fmt: skip


def sort_from(request: Request) -> tuple[str, bool]:
    sort = request.query_params.get("sort", "date")
    return (sort if sort in SORTS else "date"), request.query_params.get("dir", "asc") == "desc"


def choices(store: Store) -> dict[str, list[str]]:
    """Values the filter fields offer: outlets, sources, places, categories."""
    sources = [r[0] for r in store.query(
        """SELECT name FROM (
            SELECT speaker AS name FROM quotes WHERE speaker IS NOT NULL AND speaker <> ''
            UNION ALL SELECT source FROM quantities WHERE source IS NOT NULL AND source <> ''
            UNION ALL SELECT source FROM control_claims WHERE source IS NOT NULL AND source <> ''
        ) AS s GROUP BY name ORDER BY count(*) DESC, name LIMIT 500""")]
    places = [r[0] for r in store.query(
        "SELECT name FROM entities WHERE type = 'LOC' GROUP BY name ORDER BY count(*) DESC, name LIMIT 300")]
    stored = {r[0] for r in store.query(
        "SELECT DISTINCT category FROM quantities WHERE category IS NOT NULL")}
    categories = [c for c in CATEGORIES if c in stored] + sorted(stored - set(CATEGORIES)) + ["control"]
    return {"outlets": outlets(store), "sources": sources, "places": places, "categories": categories,
            "stances": list(STANCES), "kinds": list(CLAIM_KINDS)}


@router.get("/claims", response_class=HTMLResponse, include_in_schema=False)
async def claims_page(request: Request) -> HTMLResponse:
    f = filters_from(request)
    sort, desc = sort_from(request)
    page = page_number(request.query_params.get("page"))

    def load(store: Store) -> tuple[int, list[dict[str, Any]], dict[str, list[str]]]:
        rows = claim_rows(store, f, sort=sort, descending=desc, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
        return count_claims(store, f), rows, choices(store)

    total, rows, options = await get_db(request).read(load)
    pages = max(1, -(-total // PER_PAGE))
    query = request.url.query
    return render(request, "claims.html", title="Claims", f=f, rows=rows, total=total, page=page,
                  pages=pages, sort=sort, desc=desc, options=options, query=query)


def _stream(request: Request, f: Filters, sort: str, desc: bool, fmt: str) -> Iterator[bytes]:
    """Rows read a batch at a time on a reader thread, encoded as they come."""
    db = get_db(request)
    batch, offset = 2000, 0
    if fmt == "csv":
        buf = io.StringIO()
        write_csv_rows(buf, CLAIM_COLUMNS, [])
        yield buf.getvalue().encode("utf-8")
    else:
        yield b"["
    first = True
    while True:
        rows = db.read_sync(
            lambda s, o=offset: claim_rows(s, f, sort=sort, descending=desc, limit=batch, offset=o))
        if fmt == "csv":
            buf = io.StringIO()
            write_csv_rows(buf, CLAIM_COLUMNS, rows)
            yield buf.getvalue().split("\r\n", 1)[1].encode("utf-8")  # without the header again
        else:
            for r in rows:
                yield (b"" if first else b",\n") + json.dumps(r, ensure_ascii=False).encode("utf-8")
                first = False
        if len(rows) < batch:
            break
        offset += batch
    if fmt == "json":
        yield b"]\n"


@router.get("/claims.csv", include_in_schema=False)
async def claims_csv(request: Request) -> StreamingResponse:
    f = filters_from(request)
    sort, desc = sort_from(request)
    return StreamingResponse(_stream(request, f, sort, desc, "csv"), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="claims.csv"'})


@router.get("/claims.json", include_in_schema=False)
async def claims_json(request: Request) -> StreamingResponse:
    f = filters_from(request)
    sort, desc = sort_from(request)
    return StreamingResponse(_stream(request, f, sort, desc, "json"),
                             media_type="application/json",
                             headers={"Content-Disposition": 'attachment; filename="claims.json"'})

