"""The timeline page: what each source claimed over time, for a place or a category.

Claims come from :func:`claimgraph.reconcile.read_claims` (normalised: a quantity's place is the
one named nearest to it, its date the period the text gives, else publication). Figures about
different things are never drawn on one axis: there is one chart per category and party counted
(Russian dead and Ukrainian dead are two charts), and control claims get a strip chart of who each
source says holds the place. Charts are SVG drawn here (:mod:`..chart`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from claimgraph.serve.chart import SERIES_COLOURS, Point, Series, strip_chart, value_chart
from claimgraph.serve.pages.claims import choices
from claimgraph.serve.web import SIDE_LABELS, clean, get_db, render
from claimgraph.store import Store

try:
    from claimgraph.reconcile import ClaimFilter, read_claims
    from claimgraph.reconcile.groups import control_value
except ImportError:  # pragma: no cover - only while reconcile is absent
    read_claims = None  # type: ignore[assignment]

router = APIRouter()


def _point(c: Any, value: str = "") -> Point:
    when = c.when
    title = f"{c.source.label} ({c.source.side}), {when.isoformat()}: {c.value()} — “{c.text}” [{c.doc_name}]"
    return Point(when, c.low, c.high, f"/documents/{c.document}#s{c.sentence}", title, value)


def _series(claims: list[Any], make: Any) -> list[Series]:
    """One series per source, most claims first; beyond the palette, one grey 'other sources'."""
    by_source: dict[str, list[Any]] = {}
    for c in claims:
        by_source.setdefault(c.source.label, []).append(c)
    ranked = sorted(by_source, key=lambda s: (-len(by_source[s]), s))
    series = [Series(s, [make(c) for c in by_source[s]], f"ser-{i}")
              for i, s in enumerate(ranked[: SERIES_COLOURS - 1])]
    rest = [c for s in ranked[SERIES_COLOURS - 1 :] for c in by_source[s]]
    if rest:
        series.append(Series(f"{len(ranked) - SERIES_COLOURS + 1} other sources", [make(c) for c in rest],
                             "ser-other"))
    return series


def timeline(store: Store, *, place: str | None, category: str | None,
             source: str | None = None) -> dict[str, Any]:
    """Charts (SVG) and their data for the claims about ``place`` and/or of ``category``."""
    if read_claims is None:
        return {"available": False, "charts": [], "undated": 0, "claims": 0}
    if not place and not category:
        return {"available": True, "charts": [], "undated": 0, "claims": 0}
    claims = read_claims(store, ClaimFilter(place=place, category=category, source=source))
    dated = [c for c in claims if c.when is not None]
    charts: list[dict[str, Any]] = []
    quantities: dict[tuple[str, str | None], list[Any]] = {}
    for c in dated:
        if c.kind == "quantity" and (c.low is not None or c.high is not None):
            quantities.setdefault((c.category, c.subject), []).append(c)
    biggest_first = sorted(quantities.items(), key=lambda kv: (-len(kv[1]), kv[0][0], kv[0][1] or ""))
    for (cat, subject), cs in biggest_first:
        unit = Counter(c.unit for c in cs).most_common(1)[0][0]
        who = SIDE_LABELS.get(subject, subject) if subject else "unspecified party"
        title = f"{cat} — {who}"
        series = _series(cs, _point)
        charts.append({"kind": "quantity", "title": title, "unit": unit, "series": series,
                       "svg": value_chart(series, label=title, unit=unit), "claims": _rows(cs)})
    controls = [c for c in dated if c.kind == "control"]
    if controls:
        by_place: dict[str, list[Any]] = {}
        for c in controls:
            by_place.setdefault(c.place.name or "?", []).append(c)
        for name, cs in sorted(by_place.items(), key=lambda kv: -len(kv[1])):
            rows = _series(cs, lambda c: _point(c, control_value(c)))
            title = f"control of {name}"
            charts.append({"kind": "control", "title": title, "unit": "", "series": rows,
                           "svg": strip_chart(rows, label=title), "claims": _rows(cs)})
    return {"available": True, "charts": charts, "undated": len(claims) - len(dated), "claims": len(claims)}


def _rows(claims: list[Any]) -> list[dict[str, Any]]:
    return [{"when": c.when.isoformat(), "source": c.source.label, "side": c.source.side, "value": c.value(),
             "text": c.text, "href": f"/documents/{c.document}#s{c.sentence}", "doc_name": c.doc_name,
             "id": c.id} for c in sorted(claims, key=lambda c: (c.when, c.source.label))]


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
async def timeline_page(request: Request) -> HTMLResponse:
    p = request.query_params
    place, category, source = clean(p.get("place")), clean(p.get("category")), clean(p.get("source"))

    def load(store: Store) -> tuple[dict[str, Any], dict[str, list[str]]]:
        return timeline(store, place=place, category=category, source=source), choices(store)

    data, options = await get_db(request).read(load)
    return render(request, "timeline.html", title="Timeline", data=data, place=place, category=category,
                  source=source, options=options)
