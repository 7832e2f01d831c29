"""The web app: server-rendered pages over a claimgraph store, a JSON API, and uploads.

:func:`create_app` wires the pieces: one :class:`~.db.Database` (reader threads), one
:class:`~.jobs.JobManager` (the only writer, with the server's analyser), the security
middleware, the static files shipped in the package (no CDN: it must work offline), the page
routers and the API. FastAPI's interactive docs are off because they load their scripts from a
CDN; the spec itself is at ``/api/openapi.json`` and summarised on ``/api``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimgraph import __version__
from claimgraph.serve import api
from claimgraph.serve.db import Database
from claimgraph.serve.jobs import JobManager
from claimgraph.serve.pages import (
    add,
    claims,
    contradictions,
    document,
    documents,
    entities,
    sources,
    timeline,
)
from claimgraph.serve.security import BodyLimit, RateLimiter, SecurityHeaders
from claimgraph.serve.web import STATIC, render

LOGGER = logging.getLogger(__name__)

TOKEN_ENV = "CLAIMGRAPH_WRITE_TOKEN"


@dataclass(frozen=True)
class Settings:
    """How a server runs. ``write_token`` None: read-only (adding documents is off)."""

    db: str
    write_token: str | None = None
    no_frog: bool = False
    frog_processes: int = 1
    max_upload_bytes: int = 2 * 1024 * 1024
    writes_per_minute: float = 10.0
    write_burst: int = 5
    readers: int = 4
    max_queue: int = 16

    def __repr__(self) -> str:  # never print the token
        return f"Settings(db={self.db!r}, writable={bool(self.write_token)}, no_frog={self.no_frog})"


def settings_from_env(db: str, **kw: Any) -> Settings:
    """Settings with the write token taken from ``CLAIMGRAPH_WRITE_TOKEN`` when not given."""
    if not kw.get("write_token"):
        kw["write_token"] = os.environ.get(TOKEN_ENV) or None
    return Settings(db=db, **kw)


def create_app(settings: Settings) -> FastAPI:
    db = Database(settings.db, readers=settings.readers)
    jobs = JobManager(settings.db, no_frog=settings.no_frog, frog_processes=settings.frog_processes,
                      max_queue=settings.max_queue)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.close()
        db.close()

    app = FastAPI(
        title="claimgraph", version=__version__, lifespan=lifespan,
        description="Who claims what in war reporting: documents, quotes, numeric and control claims, "
                    "sources, contradictions and entities from a claimgraph store.",
        docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None,
        openapi_url="/api/openapi.json",
    )  # fmt: skip
    app.state.settings = settings
    app.state.db = db
    app.state.jobs = jobs
    app.state.limiter = RateLimiter(settings.writes_per_minute, settings.write_burst)
    # Multipart overhead on top of the document itself.
    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes + 64 * 1024)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (documents, document, claims, sources, contradictions, timeline, entities, add):
        app.include_router(module.router)
    app.include_router(api.router)

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    async def api_index(request: Request) -> Response:
        spec = app.openapi()
        routes = [(method.upper(), path, op.get("summary", ""))
                  for path, ops in spec["paths"].items() for method, op in ops.items()]
        return render(request, "api.html", title="API", routes=routes)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or request.url.path.startswith("/static/"):
            return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        message = "No such page." if exc.status_code == 404 else str(exc.detail)
        return render(request, "error.html", status_code=exc.status_code, title=f"Error {exc.status_code}",
                      message=message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": _jsonable(exc.errors())}, status_code=422)
        return render(request, "error.html", status_code=422, title="Bad request",
                      message="Some of the request's parameters are not valid.")

    return app


def _jsonable(errors: Any) -> Any:
    """Validation errors with their ``ctx`` values as text (they may hold exceptions)."""
    out = []
    for e in errors:
        e = dict(e)
        if "ctx" in e:
            e["ctx"] = {k: str(v) for k, v in e["ctx"].items()}
        e.pop("input", None)
        out.append(e)
    return out
