"""The document page: the article's text with every extracted item marked where it stands.

Quotes are coloured by speaker, numeric claims underlined, control claims boxed, entity mentions
dotted; hovering or clicking an item shows its card (speaker, stance, interval, category, the
rule that produced it). Page furniture (captions, credits, bylines…) is set apart and labelled.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from claimgraph.document import Document
from claimgraph.serve.highlight import Rendered
from claimgraph.serve.highlight import render as render_doc
from claimgraph.serve.web import clean, get_db, render, shown_date
from claimgraph.store import NotFoundError, Store

router = APIRouter()


def load_document(store: Store, doc_id: str) -> Document | None:
    try:
        return store.load(doc_id)
    except NotFoundError:
        return None


def document_meta(doc: Document) -> dict[str, Any]:
    """What the page header and the API say about a document besides its text."""
    return {
        "id": doc.id, "name": doc.name, "origin": doc.origin, "title": doc.title,
        "date": shown_date(doc.date, doc.name) or None, "author": doc.author, "outlet": doc.outlet,
        "url": doc.url, "language": doc.language, "ingest_stage": doc.ingest_stage,
        "analysed": sum(1 for s in doc.sentences if s.analysed_by),
        "sentences": len(doc.sentences),
    }  # fmt: skip


@router.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
async def document_page(request: Request, doc_id: str) -> HTMLResponse:
    doc_id = clean(doc_id, 100) or ""
    doc = await get_db(request).read(load_document, doc_id)
    if doc is None:
        return render(request, "error.html", status_code=404, title="Not found",
                      message=f"No document with id {doc_id} is stored.")
    view: Rendered = render_doc(doc)
    counts = {"quotes": len(doc.quotes), "quantities": len(doc.quantities),
              "control_claims": len(doc.control_claims), "entities": len(doc.entities)}
    analysers = sorted({s.analysed_by for s in doc.sentences if s.analysed_by})
    return render(request, "document.html", title=doc.title or doc.name, doc=doc, meta=document_meta(doc),
                  view=view, counts=counts, analysers=analysers, entity_names={e.name for e in doc.entities})
