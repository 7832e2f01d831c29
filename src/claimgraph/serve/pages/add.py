"""Adding documents from the browser: paste a text or upload a file, then watch it being analysed.

Off unless the server has a write token; each write needs the token, passes the rate limit and
stays under the size limit. The analysis runs in the job worker (:mod:`..jobs`); ``/jobs/<id>``
shows its progress and, once done, the claims found.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException

from claimgraph.export import Filters, claim_rows
from claimgraph.serve.jobs import UPLOAD_EXTENSIONS, QueueFull, Upload
from claimgraph.serve.security import token_ok
from claimgraph.serve.web import clean, get_db, parse_date, render

router = APIRouter()


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _form_page(request: Request, status: int = 200, error: str | None = None,
               values: dict[str, Any] | None = None) -> Response:
    s = request.app.state.settings
    return render(request, "add.html", status_code=status, title="Add documents", error=error,
                  values=values or {}, max_kb=s.max_upload_bytes // 1024, extensions=UPLOAD_EXTENSIONS,
                  jobs=request.app.state.jobs.recent(10) if s.write_token else [])


@router.get("/add", response_class=HTMLResponse, include_in_schema=False)
async def add_page(request: Request) -> Response:
    return _form_page(request)


@router.post("/add", include_in_schema=False)
async def add_submit(request: Request) -> Response:
    s = request.app.state.settings
    if not s.write_token:
        return _form_page(request, 403, "Adding documents is off on this server.")
    wait = request.app.state.limiter.allow(client_of(request))
    if wait:
        resp = _form_page(request, 429, f"Too many documents at once: try again in {wait:.0f} s.")
        resp.headers["Retry-After"] = str(int(wait) + 1)
        return resp
    try:
        form = await request.form(max_files=1, max_fields=12, max_part_size=s.max_upload_bytes)
    except MultiPartException as e:
        return _form_page(request, 400, f"The form could not be read: {e.message}")
    values = {k: clean(v if isinstance(v, str) else None, 500) for k in ("title", "date", "outlet", "url")
              for v in [form.get(k)]}
    if not token_ok(_str(form.get("token")), s.write_token):
        return _form_page(request, 403, "That write token is not right.", values)
    upload = Upload(title=values["title"], date=parse_date(values["date"]), outlet=values["outlet"],
                    url=values["url"])
    file = form.get("file")
    text = _str(form.get("text"))
    if isinstance(file, UploadFile) and file.filename:
        data = await file.read(s.max_upload_bytes + 1)
        if len(data) > s.max_upload_bytes:
            return _form_page(request, 413, f"The file is over {s.max_upload_bytes // 1024} kB.", values)
        if not data.strip():
            return _form_page(request, 400, "The file is empty.", values)
        upload.data, upload.filename = data, file.filename
    elif text and text.strip():
        if len(text.encode("utf-8")) > s.max_upload_bytes:
            return _form_page(request, 413, f"The text is over {s.max_upload_bytes // 1024} kB.", values)
        upload.text = text.replace("\x00", "")
    else:
        return _form_page(request, 400, "Paste a text or choose a file.", values)
    if values["date"] and not upload.date:
        return _form_page(request, 400, "The date must be written YYYY-MM-DD.", values)
    try:
        job = request.app.state.jobs.submit(upload)
    except QueueFull as e:
        return _form_page(request, 503, str(e), values)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) else None


@router.get("/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
async def job_page(request: Request, job_id: str) -> Response:
    job = request.app.state.jobs.get(clean(job_id, 40) or "")
    if job is None:
        return render(request, "error.html", status_code=404, title="Not found",
                      message="No such job (jobs are kept in memory until the server restarts).")
    claims: list[dict[str, Any]] = []
    if job["status"] == "done" and job["documents"]:
        doc_id = job["documents"][0]["id"]
        claims = await get_db(request).read(lambda st: claim_rows(st, Filters(document=doc_id), sort="text",
                                                                  limit=200))
        claims.sort(key=lambda r: r["start"])
    return render(request, "job.html", title=f"Job {job['name']}", job=job, claims=claims)
