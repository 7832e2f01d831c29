"""The entity pages: every person, organisation and place, with its spellings, mentions and claims.

An entity is its canonical name across articles (the knowledge base's name when the linker knew
it, else the longest mention). Its page lists the spellings used for it (aliases), where it is
mentioned, the claims it makes as a source, and the claims made about it by others (claims in
sentences that mention it, or control claims about it as a place).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from claimgraph.document import ENTITY_TYPES
from claimgraph.export import Filters, claim_rows, count_claims, like_pattern, side_of
from claimgraph.serve.web import clean, get_db, render
from claimgraph.store import Store

router = APIRouter()

LIMIT = 200


def list_entities(store: Store, *, q: str | None = None, type_: str | None = None,
                  limit: int = 500) -> list[dict[str, Any]]:
    where, params = [], []
    if q:
        where.append(r"lower(e.name) LIKE ? ESCAPE '\'")
        params.append(like_pattern(q))
    if type_:
        where.append("e.type = ?")
        params.append(type_)
    sql = (
        "SELECT e.name, e.type, max(e.party), max(e.kb_id), count(DISTINCT e.document),"
        " coalesce(sum(mc.n), 0) FROM entities e"
        " LEFT JOIN (SELECT document, entity, count(*) AS n FROM mentions GROUP BY document, entity) mc"
        " ON mc.document = e.document AND mc.entity = e.idx"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " GROUP BY e.name, e.type ORDER BY count(DISTINCT e.document) DESC, e.name LIMIT ?"
    )
    return [{"name": n, "type": t, "party": p, "kb_id": k, "documents": int(d), "mentions": int(m)}
            for n, t, p, k, d, m in store.query(sql, [*params, limit])]


def entity_detail(store: Store, name: str) -> dict[str, Any] | None:
    """Aliases, mentions (up to :data:`LIMIT`), claims made and claims about the entity."""
    heads = store.query(
        "SELECT type, party, kb_id, count(*) FROM entities WHERE name = ? GROUP BY type, party, kb_id",
        (name,),
    )
    if not heads:
        return None
    types = Counter({t: int(n) for t, _p, _k, n in heads})
    parties = Counter({p: int(n) for _t, p, _k, n in heads if p})
    kb_ids = sorted({k for _t, _p, k, _n in heads if k})
    mention_rows = store.query(
        """SELECT m.document, m.sentence, m.text_start, m.text_end,
            substr(d.text, m.text_start + 1, m.text_end - m.text_start),
            s.text_start, substr(d.text, s.text_start + 1, s.text_end - s.text_start),
            d.title, d.name, d.outlet
        FROM mentions m
        JOIN entities e ON e.document = m.document AND e.idx = m.entity
        JOIN documents d ON d.id = m.document
        LEFT JOIN sentences s ON s.document = m.document AND s.idx = m.sentence
        WHERE e.name = ? ORDER BY d.date NULLS LAST, d.id, m.text_start""",
        (name,),
    )
    aliases = Counter(r[4] for r in mention_rows)
    mentions = []
    for doc, sent, ms, me, _form, ss, stext, title, doc_name, outlet in mention_rows[:LIMIT]:
        stext = stext or ""
        a, b = (ms - ss, me - ss) if ss is not None else (0, 0)
        mentions.append({"document": doc, "sentence": sent, "title": title, "doc_name": doc_name,
                         "outlet": outlet, "before": stext[:a], "mention": stext[a:b], "after": stext[b:],
                         "href": f"/documents/{doc}#s{sent}"})
    made = Filters(source=name)
    about = Filters(about=name)
    party = parties.most_common(1)[0][0] if parties else None
    return {
        "name": name, "type": types.most_common(1)[0][0], "party": party, "side": side_of(name, party),
        "kb_ids": kb_ids, "aliases": aliases.most_common(),
        "documents": len({r[0] for r in mention_rows}), "mention_count": len(mention_rows),
        "mentions": mentions,
        "claims_made": claim_rows(store, made, limit=LIMIT), "claims_made_total": count_claims(store, made),
        "claims_about": claim_rows(store, about, limit=LIMIT),
        "claims_about_total": count_claims(store, about),
    }  # fmt: skip


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
async def entities_page(request: Request) -> HTMLResponse:
    q = clean(request.query_params.get("q"))
    type_ = request.query_params.get("type")
    type_ = type_ if type_ in ENTITY_TYPES else None
    rows = await get_db(request).read(lambda s: list_entities(s, q=q, type_=type_))
    return render(request, "entities.html", title="Entities", rows=rows, q=q, type_=type_, types=ENTITY_TYPES)


@router.get("/entities/{name:path}", response_class=HTMLResponse, include_in_schema=False)
async def entity_page(request: Request, name: str) -> HTMLResponse:
    name = clean(name) or ""
    data = await get_db(request).read(entity_detail, name)
    if data is None:
        return render(request, "error.html", status_code=404, title="Not found",
                      message=f"No entity named “{name}” is stored.")
    return render(request, "entity.html", title=name, e=data)
