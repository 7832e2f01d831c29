"""The JSON API under ``/api/``: the same data as the pages, for scripts and notebooks.

Every endpoint is described in the OpenAPI spec at ``/api/openapi.json`` (response models,
error responses, the bearer token for writes), and the test suite checks the running server
against that spec with schemathesis. Reads call the page modules' data functions, so the API and
the pages cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from claimgraph.export import SORTS, Filters, claim_rows, count_claims
from claimgraph.serialize import to_schema
from claimgraph.serve.jobs import QueueFull, Upload
from claimgraph.serve.pages.add import client_of
from claimgraph.serve.pages.contradictions import contradiction_groups
from claimgraph.serve.pages.document import document_meta, load_document
from claimgraph.serve.pages.documents import list_documents
from claimgraph.serve.pages.entities import entity_detail, list_entities
from claimgraph.serve.pages.sources import list_sources
from claimgraph.serve.pages.timeline import timeline
from claimgraph.serve.security import token_ok
from claimgraph.serve.web import clean, get_db

# --- models -----------------------------------------------------------------------------------


class Error(BaseModel):
    detail: str


class Stats(BaseModel):
    documents: int
    sentences: int
    quotes: int
    quantities: int
    control_claims: int
    entities: int
    mentions: int


class DocumentSummary(BaseModel):
    id: str
    name: str
    title: str | None
    date: str | None = Field(description="Publication date, or the date in the file name")
    outlet: str | None
    author: str | None
    quotes: int
    quantities: int
    control_claims: int
    entities: int
    snippet: str


class DocumentList(BaseModel):
    total: int
    page: int
    per_page: int
    documents: list[DocumentSummary]


class DocumentDetail(BaseModel):
    id: str
    name: str
    origin: str
    title: str | None
    date: str | None
    author: str | None
    outlet: str | None
    url: str | None
    language: str
    ingest_stage: str
    sentences: int
    analysed: int = Field(description="Sentences the deep analyser (Frog) tagged")
    text: str = Field(description="The cleaned text; every offset is over it (end exclusive)")
    parts: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    quantities: list[dict[str, Any]]
    control_claims: list[dict[str, Any]]
    entities: list[dict[str, Any]]


class ClaimRow(BaseModel):
    id: str = Field(description="document:u<n> (quote), :q<n> (numeric claim), :c<n> (control claim)")
    kind: Literal["quote", "quantity", "control"]
    document: str
    doc_name: str
    title: str | None
    outlet: str | None
    date: str | None
    sentence: int
    start: int
    end: int
    raw_start: int
    raw_end: int
    text: str
    source: str | None = Field(description="Speaker or source; null: the article's writer")
    side: str
    stance: str
    category: str | None
    low: float | None
    high: float | None
    unit: str
    subject: str | None
    place: str | None
    holder: str | None
    polarity: str | None
    quote_kind: str | None
    rule: str
    producer_version: str


class ClaimList(BaseModel):
    total: int
    page: int
    per_page: int
    claims: list[ClaimRow]


class SourceRow(BaseModel):
    name: str
    side: str
    quotes: int
    quantities: int
    control_claims: int
    claims: int
    documents: int
    contradicted: int = Field(description="Claims of this source that another source's claim contradicts")
    entity: bool


class GroupClaim(BaseModel):
    id: str
    kind: str
    document: str
    doc_name: str
    doc_title: str | None
    outlet: str | None
    published: str | None
    when: str | None
    source: str
    source_name: str | None
    side: str
    side_how: str
    stance: str
    text: str
    value: str
    sentence: int
    sentence_text: str
    span: list[int]
    href: str


class GroupPosition(BaseModel):
    value: str
    low: float | None
    high: float | None
    sides: list[str]
    sources: list[str]
    claims: list[GroupClaim]


class GroupComparison(BaseModel):
    first: str | None
    last: str | None
    positions: list[GroupPosition]


class ContradictionGroup(BaseModel):
    key: str = Field(description="Stable short key: /contradictions/{key}")
    id: str
    title: str
    kind: str
    subject: str | None
    category: str
    place: str | None
    period: str
    sides: list[str]
    sources: list[str]
    claims: int
    comparisons: list[GroupComparison]


class ContradictionList(BaseModel):
    available: bool = Field(description="False when the reconcile layer is not installed")
    groups: list[ContradictionGroup]


class TimelinePoint(BaseModel):
    when: dt.date
    low: float | None
    high: float | None
    href: str
    title: str
    value: str


class TimelineSeries(BaseModel):
    label: str
    points: list[TimelinePoint]


class TimelineChart(BaseModel):
    kind: str
    title: str
    unit: str
    series: list[TimelineSeries]


class Timeline(BaseModel):
    available: bool
    claims: int
    undated: int
    charts: list[TimelineChart]


class EntityRow(BaseModel):
    name: str
    type: str
    party: str | None
    kb_id: str | None
    documents: int
    mentions: int


class EntityMention(BaseModel):
    document: str
    sentence: int
    title: str | None
    doc_name: str
    outlet: str | None
    before: str
    mention: str
    after: str
    href: str


class EntityDetail(BaseModel):
    name: str
    type: str
    party: str | None
    side: str
    kb_ids: list[str]
    aliases: list[tuple[str, int]]
    documents: int
    mention_count: int
    mentions: list[EntityMention]
    claims_made: list[ClaimRow]
    claims_made_total: int
    claims_about: list[ClaimRow]
    claims_about_total: int


class JobDocument(BaseModel):
    id: str
    name: str
    title: str | None
    added: bool = Field(description="False when the same text was stored already")
    quotes: int
    quantities: int
    control_claims: int
    entities: int


class Job(BaseModel):
    id: str
    name: str
    status: Literal["queued", "running", "done", "failed"]
    step: str
    progress: float = Field(ge=0, le=1)
    created: float
    finished: float | None
    documents: list[JobDocument]
    errors: list[str]
    warnings: list[str]


class NewDocument(BaseModel):
    text: str = Field(min_length=1, description="The article: plain text, or HTML with format=html")
    format: Literal["text", "html"] = "text"
    title: str | None = Field(default=None, max_length=500)
    date: dt.date | None = None
    outlet: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)


# --- routes -----------------------------------------------------------------------------------

router = APIRouter(prefix="/api", tags=["api"])
bearer = HTTPBearer(auto_error=False, description="The server's write token (--write-token)")

NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Error, "description": "Not stored"}}
Text = Annotated[str | None, Query(max_length=200)]
Page = Annotated[int, Query(ge=1, le=100_000)]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


@router.get("/stats", response_model=Stats, summary="Row counts of the store")
async def stats(request: Request) -> Any:
    return await get_db(request).read(lambda s: s.counts())


@router.get("/documents", response_model=DocumentList, summary="Documents, with full-text search")
async def documents(request: Request, q: Text = None, outlet: Text = None, since: dt.date | None = None,
                    until: dt.date | None = None, page: Page = 1,
                    per_page: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
    f = Filters(q=clean(q), outlet=clean(outlet), since=_iso(since), until=_iso(until)).cleaned()
    return await get_db(request).read(lambda s: list_documents(s, f, page=page, per_page=per_page))


@router.get("/documents/{doc_id}", response_model=DocumentDetail, responses=NOT_FOUND,
            summary="One document: text, parts and every extracted item with its span")
async def document(request: Request, doc_id: str) -> Any:
    doc = await get_db(request).read(load_document, clean(doc_id, 100) or "")
    if doc is None:
        raise HTTPException(404, "no such document")
    data = to_schema(doc)
    return {**document_meta(doc), "text": doc.text, "parts": data["parts"], "quotes": data["quotes"],
            "quantities": data["quantities"], "control_claims": data["control_claims"],
            "entities": data["entities"]}


@router.get("/claims", response_model=ClaimList, summary="Quotes, numeric and control claims, filtered")
async def claims(
    request: Request, kind: Literal["quote", "quantity", "control"] | None = None, source: Text = None,
    category: Text = None, stance: Text = None, place: Text = None, entity: Text = None,
    text: Text = None, q: Text = None, outlet: Text = None, document: Text = None,
    since: dt.date | None = None, until: dt.date | None = None,
    sort: Literal[tuple(SORTS)] = "date",  # type: ignore[valid-type]
    order: Literal["asc", "desc"] = "asc", page: Page = 1,
    per_page: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Any:
    f = Filters(q=clean(q), outlet=clean(outlet), since=_iso(since), until=_iso(until),
                document=clean(document), kind=kind, source=clean(source), category=clean(category),
                stance=clean(stance), place=clean(place), entity=clean(entity), text=clean(text)).cleaned()

    def load(s: Any) -> dict[str, Any]:
        rows = claim_rows(s, f, sort=sort, descending=order == "desc", limit=per_page,
                          offset=(page - 1) * per_page)
        return {"total": count_claims(s, f), "page": page, "per_page": per_page, "claims": rows}

    return await get_db(request).read(load)


@router.get("/sources", response_model=list[SourceRow], summary="Sources with side and counts")
async def sources(request: Request, side: Text = None, q: Text = None) -> Any:
    db = get_db(request)
    return await db.read(lambda s: list_sources(db, s, side=clean(side), q=clean(q)))


@router.get("/contradictions", response_model=ContradictionList, summary="Contradicted claim groups")
async def contradictions(request: Request, place: Text = None, category: Text = None,
                         source: Text = None) -> Any:
    db = get_db(request)
    return await db.read(lambda s: contradiction_groups(db, s, place=clean(place), category=clean(category),
                                                        source=clean(source)))


@router.get("/contradictions/{key}", response_model=ContradictionGroup, responses=NOT_FOUND,
            summary="One contradicted group")
async def contradiction(request: Request, key: str) -> Any:
    db = get_db(request)
    data = await db.read(lambda s: contradiction_groups(db, s, key=clean(key, 40) or ""))
    if not data["groups"]:
        raise HTTPException(404, "no such contradiction")
    return data["groups"][0]


@router.get("/timeline", response_model=Timeline, summary="Claims over time per source")
async def timeline_api(request: Request, place: Text = None, category: Text = None,
                       source: Text = None) -> Any:
    data = await get_db(request).read(
        lambda s: timeline(s, place=clean(place), category=clean(category), source=clean(source)))
    charts = [{"kind": c["kind"], "title": c["title"], "unit": c["unit"],
               "series": [{"label": s.label, "points": [vars(p) for p in s.points]} for s in c["series"]]}
              for c in data["charts"]]
    return {**data, "charts": charts}


@router.get("/entities", response_model=list[EntityRow], summary="Entities by name and type")
async def entities(request: Request, q: Text = None,
                   type: Literal["PER", "ORG", "LOC"] | None = None) -> Any:
    return await get_db(request).read(lambda s: list_entities(s, q=clean(q), type_=type))


@router.get("/entities/{name:path}", response_model=EntityDetail, responses=NOT_FOUND,
            summary="One entity: aliases, mentions, claims made and claims about it")
async def entity(request: Request, name: str) -> Any:
    data = await get_db(request).read(entity_detail, clean(name) or "")
    if data is None:
        raise HTTPException(404, "no such entity")
    return data


WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": Error, "description": "No or wrong write token"},
    403: {"model": Error, "description": "Writes are off on this server"},
    413: {"model": Error, "description": "Over the size limit"},
    429: {"model": Error, "description": "Too many writes; see Retry-After"},
    503: {"model": Error, "description": "The analysis queue is full"},
}


@router.post("/jobs", response_model=Job, status_code=202, responses=WRITE_ERRORS,
             summary="Add a document: it is analysed in the background; poll the job")
async def add_job(request: Request, response: Response, body: NewDocument,
                  auth: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None) -> Any:
    s = request.app.state.settings
    if not s.write_token:
        raise HTTPException(403, "adding documents is off on this server")
    wait = request.app.state.limiter.allow(client_of(request))
    if wait:
        raise HTTPException(429, "too many writes", headers={"Retry-After": str(int(wait) + 1)})
    if not token_ok(auth.credentials if auth else None, s.write_token):
        raise HTTPException(401, "a valid write token is needed", headers={"WWW-Authenticate": "Bearer"})
    if len(body.text.encode("utf-8")) > s.max_upload_bytes:
        raise HTTPException(413, f"the text is over {s.max_upload_bytes // 1024} kB")
    upload = Upload(title=clean(body.title, 500), date=_iso(body.date), outlet=clean(body.outlet),
                    url=clean(body.url, 2000))
    text = body.text.replace("\x00", "")
    if body.format == "html":
        upload.data, upload.filename = text.encode("utf-8"), "pasted.html"
    else:
        upload.text = text
    try:
        job = request.app.state.jobs.submit(upload)
    except QueueFull as e:
        raise HTTPException(503, str(e)) from None
    response.headers["Location"] = f"/api/jobs/{job.id}"
    return request.app.state.jobs.get(job.id)


@router.get("/jobs/{job_id}", response_model=Job, responses=NOT_FOUND, summary="A job's progress and result")
async def job(request: Request, job_id: str) -> Any:
    data = request.app.state.jobs.get(clean(job_id, 40) or "")
    if data is None:
        raise HTTPException(404, "no such job")
    return data
