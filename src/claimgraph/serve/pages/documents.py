"""The documents page: every stored article, searchable by full text, outlet and date."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from claimgraph.export import DATE_SQL, Filters, document_where
from claimgraph.serve.web import clean, get_db, parse_date, render, shown_date
from claimgraph.store import Store

router = APIRouter()

PER_PAGE = 50
_SORTS = {"date": DATE_SQL, "title": "d.title", "outlet": "d.outlet", "added": "d.added_at"}


def list_documents(store: Store, f: Filters, *, page: int = 1, per_page: int = PER_PAGE,
                   sort: str = "date", descending: bool = True) -> dict[str, Any]:
    """One page of documents that pass the filters, newest first, with counts of their items."""
    where, params = document_where(store, f)
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    total = int(store.query(f"SELECT count(*) FROM documents d{cond}", params)[0][0])
    counts = ", ".join(
        f"(SELECT count(*) FROM {t} x WHERE x.document = d.id)"
        for t in ("quotes", "quantities", "control_claims", "entities")
    )
    order = f"{_SORTS.get(sort, 'd.date')} {'DESC' if descending else 'ASC'} NULLS LAST, d.name, d.id"
    # The page first, then the counts and text for its rows only.
    rows = store.query(
        f"SELECT d.id, d.name, d.title, d.date, d.outlet, d.author, {counts}, substr(d.text, 1, 20000)"
        f" FROM (SELECT d.* FROM documents d{cond} ORDER BY {order} LIMIT ? OFFSET ?) AS d ORDER BY {order}",
        [*params, per_page, (page - 1) * per_page],
    )
    out = []
    for id_, name, title, date_, outlet, author, nq, nn, nc, ne, text in rows:
        out.append({
            "id": id_, "name": name, "title": title, "date": shown_date(date_, name) or None,
            "outlet": outlet, "author": author, "quotes": nq, "quantities": nn,
            "control_claims": nc, "entities": ne, "snippet": snippet(text, f.q),
        })  # fmt: skip
    return {"total": total, "page": page, "per_page": per_page, "documents": out}


def outlets(store: Store) -> list[str]:
    return [r[0] for r in store.query(
        "SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY outlet")]


def snippet(text: str, q: str | None, width: int = 110) -> str:
    """A stretch of ``text`` around the first word of ``q`` found in it, else its opening."""
    flat = " ".join(text.split())
    pos = -1
    for word in re.findall(r"\w+", q or "")[:10]:
        m = re.search(r"\b" + re.escape(word), flat, re.IGNORECASE)
        if m and (pos < 0 or m.start() < pos):
            pos = m.start()
    if pos < 0:
        return flat[:width * 2].rstrip() + ("…" if len(flat) > width * 2 else "")
    start = max(0, pos - width)
    start = flat.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(flat), pos + width)
    return ("…" if start else "") + flat[start:end].strip() + ("…" if end < len(flat) else "")


def mark_words(text: str, q: str | None) -> Markup:
    """``text`` escaped, with the words of ``q`` (as prefixes) in ``<mark>``."""
    words = [w for w in re.findall(r"\w+", q or "")[:10] if len(w) > 1]
    if not words:
        return escape(text)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(str(escape(text[pos : m.start()])))
        out.append(f"<mark>{escape(m.group(0))}</mark>")
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def filters_from(request: Request) -> Filters:
    p = request.query_params
    return Filters(q=clean(p.get("q")), outlet=clean(p.get("outlet")), since=parse_date(p.get("since")),
                   until=parse_date(p.get("until"))).cleaned()


def page_number(text: str | None) -> int:
    try:
        return min(max(1, int(text or 1)), 100_000)
    except ValueError:
        return 1


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
@router.get("/documents", response_class=HTMLResponse, include_in_schema=False)
async def documents_page(request: Request) -> HTMLResponse:
    f = filters_from(request)
    page = page_number(request.query_params.get("page"))
    sort = request.query_params.get("sort", "date")
    desc = request.query_params.get("dir", "desc") != "asc"
    db = get_db(request)

    def load(store: Store) -> tuple[dict[str, Any], list[str], dict[str, int]]:
        return list_documents(store, f, page=page, sort=sort, descending=desc), outlets(store), store.counts()

    result, all_outlets, totals = await db.read(load)
    for d in result["documents"]:
        d["snippet_html"] = mark_words(d["snippet"], f.q)
    pages = max(1, -(-result["total"] // PER_PAGE))
    return render(request, "documents.html", title="Documents", result=result, f=f, outlets=all_outlets,
                  totals=totals, pages=pages, sort=sort, desc=desc)
