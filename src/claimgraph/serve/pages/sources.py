"""The sources page: everyone who claims something, their side, their claims, how often contradicted.

A source's side is the party its entity carries in the articles (the most frequent one), else what
its name says (``Russische ministerie`` → Russia; outlets and analysts → independent). The
contradiction count is the number of its numeric or control claims that another source's claim
about the same quantity contradicts (see :mod:`.contradictions`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from claimgraph.export import side_of
from claimgraph.serve.pages.contradictions import contradicted_by_source, reconciliation
from claimgraph.serve.web import clean, get_db, render
from claimgraph.store import Store

router = APIRouter()

SOURCES_SQL = """SELECT name, sum(kq), sum(kn), sum(kc), count(DISTINCT document) FROM (
    SELECT speaker AS name, 1 AS kq, 0 AS kn, 0 AS kc, document FROM quotes
        WHERE speaker IS NOT NULL AND speaker <> ''
    UNION ALL SELECT source, 0, 1, 0, document FROM quantities WHERE source IS NOT NULL AND source <> ''
    UNION ALL SELECT source, 0, 0, 1, document FROM control_claims WHERE source IS NOT NULL AND source <> ''
) AS s GROUP BY name"""


def parties(store: Store) -> dict[str, str]:
    """The most frequent party the entity extractor gave each name."""
    votes: dict[str, Counter[str]] = {}
    for name, party, n in store.query(
        "SELECT name, party, count(*) FROM entities WHERE party IS NOT NULL GROUP BY name, party"
    ):
        votes.setdefault(name, Counter())[party] += int(n)
    return {name: c.most_common(1)[0][0] for name, c in votes.items()}


def list_sources(db: Any, store: Store, *, side: str | None = None,
                 q: str | None = None) -> list[dict[str, Any]]:
    """Every named source with its side and counts, most prolific first."""
    party = parties(store)
    contradicted = contradicted_by_source(reconciliation(db, store))
    entities = {r[0] for r in store.query("SELECT DISTINCT name FROM entities")}
    out = []
    for name, nq, nn, nc, docs in store.query(SOURCES_SQL):
        row = {
            "name": name, "side": side_of(name, party.get(name)), "quotes": int(nq), "quantities": int(nn),
            "control_claims": int(nc), "claims": int(nq) + int(nn) + int(nc), "documents": int(docs),
            "contradicted": contradicted.get(name, 0), "entity": name in entities,
        }  # fmt: skip
        if side and row["side"] != side:
            continue
        if q and q.casefold() not in name.casefold():
            continue
        out.append(row)
    out.sort(key=lambda r: (-r["claims"], r["name"]))
    return out


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
async def sources_page(request: Request) -> HTMLResponse:
    side, q = clean(request.query_params.get("side")), clean(request.query_params.get("q"))
    sort = request.query_params.get("sort", "claims")
    db = get_db(request)
    rows = await db.read(lambda s: list_sources(db, s, side=side, q=q))
    if sort in ("contradicted", "quotes", "quantities", "control_claims", "documents"):
        rows.sort(key=lambda r: (-r[sort], r["name"]))
    elif sort == "name":
        rows.sort(key=lambda r: r["name"].casefold())
    elif sort == "side":
        rows.sort(key=lambda r: (r["side"], -r["claims"]))
    side_counts = Counter(r["side"] for r in rows)
    return render(request, "sources.html", title="Sources", rows=rows, side=side, q=q, sort=sort,
                  side_counts=side_counts)
