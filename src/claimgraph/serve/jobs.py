"""Documents added from the browser, analysed one at a time in a background thread.

The worker thread is the web app's only writer: it owns one Store and the server's one analyser.
Frog takes seconds to start, so the :class:`~claimgraph.analyse.frog.FrogAnalyser` is made on the
first job that needs it and then kept for the life of the process. Each job has an id and a step
and fraction done that ``/jobs/<id>`` and ``/api/jobs/<id>`` show while it runs. The queue is
bounded, and jobs are kept in memory only (the last :data:`KEEP` of them): a job is a receipt,
the documents it stored are the record.
"""

from __future__ import annotations

import logging
import os
import queue
import re
import secrets
import tempfile
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from claimgraph import __version__
from claimgraph.analyse.base import Analyser, AnalyserError, NullAnalyser
from claimgraph.document import Document
from claimgraph.ingest import IngestError, ingest_text, read_file
from claimgraph.pipeline import analyse_document
from claimgraph.store import Store, StoreError, open_store

LOGGER = logging.getLogger(__name__)

KEEP = 200
# File types an upload may be, by extension: read by the same readers as `claimgraph analyze`.
UPLOAD_EXTENSIONS = (".txt", ".text", ".html", ".htm", ".pdf", ".jsonl", ".csv", ".json")
_UNSAFE = re.compile(r"[^\w.\- ]+")


class QueueFull(Exception):
    """Too many documents are waiting; the user should try again later."""


@dataclass
class Upload:
    """What a user sent: pasted text with optional metadata, or a file's bytes and name."""

    text: str | None = None
    data: bytes | None = None
    filename: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None

    @property
    def name(self) -> str:
        if self.filename:
            return safe_name(self.filename)
        return safe_name(self.title or "") or "pasted text"


def safe_name(filename: str) -> str:
    """A file's base name fit to show and store: no directories, no odd characters."""
    base = re.split(r"[\\/]", filename)[-1]
    return _UNSAFE.sub("_", base).strip(" ._")[:120]


@dataclass
class Job:
    id: str
    name: str
    status: str = "queued"  # queued, running, done, failed
    step: str = "waiting for the analyser"
    progress: float = 0.0
    created: float = field(default_factory=time.time)
    finished: float | None = None
    documents: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "status": self.status, "step": self.step,
            "progress": round(self.progress, 3), "created": self.created, "finished": self.finished,
            "documents": [dict(d) for d in self.documents], "errors": list(self.errors),
            "warnings": list(self.warnings),
        }  # fmt: skip


class JobManager:
    """A bounded queue of uploads and the one thread that analyses and stores them."""

    def __init__(self, db_url: str, *, no_frog: bool = False, frog_processes: int = 1,
                 max_queue: int = 16) -> None:
        self.db_url = db_url
        self.no_frog = no_frog
        self.frog_processes = frog_processes
        self._queue: queue.Queue[tuple[Job, Upload] | None] = queue.Queue(maxsize=max_queue)
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._analyser: Analyser | None = None
        self._store: Store | None = None
        self._thread: threading.Thread | None = None

    # --- the request side ---------------------------------------------------------------------

    def submit(self, upload: Upload) -> Job:
        """Queue an upload; raises :class:`QueueFull` when the queue is full."""
        job = Job(id=secrets.token_hex(8), name=upload.name)
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="claimgraph-jobs", daemon=True)
                self._thread.start()
            try:
                self._queue.put_nowait((job, upload))
            except queue.Full:
                raise QueueFull("too many documents are waiting to be analysed; try again in a minute") \
                    from None
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP:
                self._jobs.popitem(last=False)
        return job

    def get(self, job_id: str) -> dict[str, Any] | None:
        """A snapshot of a job, safe to read while the worker updates it."""
        with self._lock:
            job = self._jobs.get(job_id)
            return job.to_json() if job is not None else None

    def recent(self, n: int = 20) -> list[dict[str, Any]]:
        with self._lock:
            return [j.to_json() for j in reversed(list(self._jobs.values())[-n:])]

    def close(self) -> None:
        """Stop the worker after the current job; close Frog and the store."""
        if self._thread is not None:
            try:
                self._queue.put(None, timeout=5)
            except queue.Full:
                LOGGER.warning("job queue full at shutdown; waiting jobs are dropped")
            self._thread.join(timeout=30)
        if self._analyser is not None:
            self._analyser.close()
            self._analyser = None
        if self._store is not None and (self._thread is None or not self._thread.is_alive()):
            self._store.close()
            self._store = None

    # --- the worker side ----------------------------------------------------------------------

    def _set(self, job: Job, **changes: Any) -> None:
        with self._lock:
            for k, v in changes.items():
                setattr(job, k, v)

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                break
            job, upload = item
            self._set(job, status="running", step="reading", progress=0.05)
            try:
                self._run(job, upload)
            except Exception as e:  # a job must never take the worker down
                LOGGER.exception("job %s failed", job.id)
                with self._lock:
                    job.errors.append(f"{type(e).__name__}: {e}")
            with self._lock:
                job.status = "failed" if job.errors and not job.documents else "done"
                job.step = "finished" if job.status == "done" else "failed"
                job.progress = 1.0
                job.finished = time.time()
        if self._store is not None:
            self._store.close()
            self._store = None

    def _run(self, job: Job, upload: Upload) -> None:
        items = self._read(upload)
        docs = [i for i in items if isinstance(i, Document)]
        with self._lock:
            job.errors += [str(i) for i in items if isinstance(i, IngestError)]
        for n, doc in enumerate(docs):
            share = 0.9 / len(docs)
            base = 0.1 + share * n
            label = f" ({n + 1} of {len(docs)})" if len(docs) > 1 else ""
            try:
                fresh = self._analyser is None and not self.no_frog
                analyser = self._get_analyser(job)
                step = "starting Frog and analysing (the first document takes a few seconds)" if (
                    fresh and analyser.name) else "analysing"
                self._set(job, step=f"{step}{label}", progress=base + share * 0.1)
                analyse_document(doc, analyser)
            except AnalyserError as e:
                self._reset_analyser()
                with self._lock:
                    job.errors.append(f"{doc.name}: analysis failed: {e}")
                continue
            self._set(job, step=f"saving{label}", progress=base + share * 0.8)
            added = self._save(doc)
            with self._lock:
                job.documents.append({
                    "id": doc.id, "name": doc.name, "title": doc.title, "added": added,
                    "quotes": len(doc.quotes), "quantities": len(doc.quantities),
                    "control_claims": len(doc.control_claims), "entities": len(doc.entities),
                })  # fmt: skip

    def _read(self, upload: Upload) -> list[Document | IngestError]:
        if upload.text is not None:
            if not upload.text.strip():
                return [IngestError(upload.name, "empty")]
            return [ingest_text(upload.text, name=upload.name, origin="web:paste", title=upload.title,
                                date=upload.date, outlet=upload.outlet, url=upload.url)]
        assert upload.data is not None
        ext = os.path.splitext(upload.filename or "")[1].lower()
        if ext not in UPLOAD_EXTENSIONS:
            ext = ".txt"
        # The user's file name never touches the file system: a fixed name in a fresh folder.
        with tempfile.TemporaryDirectory(prefix="claimgraph-upload-") as tmp:
            path = os.path.join(tmp, f"upload{ext}")
            with open(path, "wb") as f:
                f.write(upload.data)
            out: list[Document | IngestError] = []
            for item in read_file(path):
                if isinstance(item, IngestError):
                    out.append(IngestError(upload.name, item.message))
                    continue
                item.name = item.name.replace(f"upload{ext}", upload.name, 1)
                item.origin = f"web:upload:{upload.name}"
                for attr in ("title", "date", "outlet", "url"):
                    if getattr(upload, attr) and not getattr(item, attr):
                        setattr(item, attr, getattr(upload, attr))
                out.append(item)
            return out

    def _get_analyser(self, job: Job) -> Analyser:
        if self._analyser is not None:
            return self._analyser
        if self.no_frog:
            self._analyser = NullAnalyser()
            return self._analyser
        from claimgraph.analyse.frog import FrogAnalyser

        try:
            self._analyser = FrogAnalyser(processes=self.frog_processes)
        except AnalyserError as e:
            LOGGER.warning("Frog unavailable, analysing without it: %s", e)
            with self._lock:
                job.warnings.append(f"analysed without Frog tags: {e}")
            self._analyser = NullAnalyser()
        return self._analyser

    def _reset_analyser(self) -> None:
        if self._analyser is not None:
            try:
                self._analyser.close()
            except Exception:  # it is already broken; a fresh one starts on the next job
                LOGGER.debug("closing a failed analyser", exc_info=True)
        self._analyser = None

    def _save(self, doc: Document) -> bool:
        from claimgraph.extract.registry import producers

        version = f"claimgraph-{__version__};{producers()}"
        for attempt in (1, 2):
            try:
                if self._store is None:
                    self._store = open_store(self.db_url)
                return self._store.save(doc, producer_version=version)
            except StoreError:
                if self._store is not None:
                    self._store.close()
                    self._store = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

