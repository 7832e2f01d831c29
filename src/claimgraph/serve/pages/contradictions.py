"""The contradictions page: claims about the same quantity that cannot all be true, side by side.

Groups come from :func:`claimgraph.reconcile.reconcile`, computed on a reader thread and cached
until a document is added. Each group shows its contradicting comparisons as columns, one per
position (a figure, or who holds a place), each claim linked to its sentence in the article.
When the reconcile layer is missing, the page says so and shows nothing instead of failing.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from claimgraph.serve.web import clean, get_db, render
from claimgraph.store import Store

try:  # the reconcile layer is young; the web app must work without it
    from claimgraph.reconcile import Comparison, Position, reconcile
except ImportError:  # pragma: no cover - only while reconcile is absent
    reconcile = None  # type: ignore[assignment]

LOGGER = logging.getLogger(__name__)
router = APIRouter()


def reconciliation(db: Any, store: Store) -> Any:
    """The store's reconciliation (cached per store version), or None without the reconcile layer."""
    if reconcile is None:
        return None
    return db.cached(store, "reconcile", reconcile)


def group_key(group: Any) -> str:
    """A short, URL-safe, stable key for a group (its id has ``|`` and ``/`` in it)."""
    return hashlib.sha1(group.id.encode("utf-8")).hexdigest()[:12]


def contradicted_claims(group: Any) -> list[tuple[Any, Any]]:
    """(claim, position) for each claim that another source's position contradicts."""
    out = []
    for comparison in group.comparisons:
        if not comparison.contradiction:
            continue
        for a in comparison.positions:
            others = [b for b in comparison.positions if b is not a]
            for c in a.claims:
                if any(Comparison([Position(a.value, [c]), b]).contradiction for b in others):
                    out.append((c, a))
    return out


def contradicted_by_source(rec: Any) -> Counter[str]:
    """How many of each source's claims are contradicted, by stored source name (writer: label)."""
    counts: Counter[str] = Counter()
    if rec is None:
        return counts
    for g in rec.contradictions:
        for c, _pos in contradicted_claims(g):
            counts[c.source.name or c.source.label] += 1
    return counts


def _titles(store: Store, ids: set[str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i : i + 500]
        out.update(store.query(f"SELECT id, title FROM documents WHERE id IN ({', '.join('?' * len(chunk))})",
                               chunk))
    return dict(out)


def claim_view(c: Any, titles: dict[str, str | None]) -> dict[str, Any]:
    sentence = c.sentence_text or ""
    at = sentence.find(c.text) if c.text else -1
    before, after = (sentence[:at], sentence[at + len(c.text):]) if at >= 0 else (sentence, "")
    return {
        "before": before, "after": after, "marked": at >= 0,
        "id": c.id, "kind": c.kind, "document": c.document, "doc_name": c.doc_name,
        "doc_title": titles.get(c.document), "outlet": c.outlet,
        "published": c.published.isoformat() if c.published else None,
        "when": c.when.isoformat() if c.when else None, "source": c.source.label,
        "source_name": c.source.name, "side": c.source.side, "side_how": c.source.side_how,
        "stance": c.stance, "text": c.text, "value": c.value(), "sentence": c.sentence,
        "sentence_text": c.sentence_text, "span": list(c.span),
        "href": f"/documents/{c.document}#s{c.sentence}",
    }  # fmt: skip


def group_view(g: Any, titles: dict[str, str | None]) -> dict[str, Any]:
    comparisons = []
    for cmp in g.comparisons:
        if not cmp.contradiction:
            continue
        comparisons.append({
            "first": cmp.first.isoformat() if cmp.first else None,
            "last": cmp.last.isoformat() if cmp.last else None,
            "positions": [
                {"value": p.value, "low": p.low, "high": p.high, "sides": p.sides, "sources": p.sources,
                 "claims": [claim_view(c, titles) for c in p.claims]}
                for p in cmp.positions
            ],
        })  # fmt: skip
    return {
        "key": group_key(g), "id": g.id, "title": g.title(), "kind": g.kind, "subject": g.subject,
        "category": g.category, "place": g.place, "period": g.period, "sides": g.sides,
        "sources": g.sources, "claims": len(g.claims), "comparisons": comparisons,
    }  # fmt: skip


def contradiction_groups(db: Any, store: Store, *, place: str | None = None, category: str | None = None,
                         source: str | None = None, key: str | None = None) -> dict[str, Any]:
    """Contradicted groups passing the filters, as plain data for the page and the API."""
    rec = reconciliation(db, store)
    if rec is None:
        return {"available": False, "groups": []}
    want_place = place.casefold() if place else None
    want_source = source.casefold() if source else None
    chosen = []
    for g in rec.contradictions:
        if key and group_key(g) != key:
            continue
        if want_place and want_place not in {(g.place or "").casefold(), (g.place_key or "").casefold()}:
            continue
        if category and g.category != category:
            continue
        if want_source and not any(
            want_source in (c.source.label.casefold(), (c.source.name or "").casefold()) for c in g.claims
        ):
            continue
        chosen.append(g)
    titles = _titles(store, {c.document for g in chosen for c in g.claims})
    return {"available": True, "groups": [group_view(g, titles) for g in chosen]}


@router.get("/contradictions", response_class=HTMLResponse, include_in_schema=False)
async def contradictions_page(request: Request) -> HTMLResponse:
    p = request.query_params
    place, category, source = clean(p.get("place")), clean(p.get("category")), clean(p.get("source"))
    db = get_db(request)
    data = await db.read(lambda s: contradiction_groups(db, s, place=place, category=category, source=source))
    return render(request, "contradictions.html", title="Contradictions", data=data, place=place,
                  category=category, source=source)


@router.get("/contradictions/{key}", response_class=HTMLResponse, include_in_schema=False)
async def contradiction_page(request: Request, key: str) -> HTMLResponse:
    key = clean(key, 40) or ""
    db = get_db(request)
    data = await db.read(lambda s: contradiction_groups(db, s, key=key))
    if not data["groups"]:
        return render(request, "error.html", status_code=404, title="Not found",
                      message="No such contradiction (the store may have changed since the link was made).")
    return render(request, "contradiction.html", title=data["groups"][0]["title"], group=data["groups"][0])
