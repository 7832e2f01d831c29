"""Live servers over real stores, and a real browser, for the web app's tests.

The data: the Dutch articles of :mod:`serve_articles`, run through the real pipeline (ingest,
segment, extract; NullAnalyser, since no data page depends on POS tags) and saved through the real
Store, once per session, into a SQLite file and into a fresh PostgreSQL schema. Every data test
runs against both (``live`` is parametrised by backend); the PostgreSQL variants are skipped with
the reason when the server on 127.0.0.1:5432 cannot be reached.

Servers are real: uvicorn on a free port in a thread for the read-only servers, and the real
``claimgraph serve`` command in a subprocess (with Frog when installed) for the writable one. The
browser is Debian's Chromium driven by Playwright, never a downloaded one; tests that need it are
skipped with the reason when /usr/bin/chromium is missing. Screenshots go to test-artifacts/serve/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import uvicorn
from psycopg import sql

from claimgraph.analyse.base import NullAnalyser
from claimgraph.document import Document
from claimgraph.ingest import ingest_text
from claimgraph.pipeline import Failure, process
from claimgraph.serve.app import Settings, create_app
from claimgraph.store import open_store

sys.path.insert(0, str(Path(__file__).parent))

from serve_articles import ARTICLES

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "serve"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
TOKEN = "test-write-token-42"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the shared test helpers

from pgserver import PG_CANDIDATES, pg_base_url  # noqa: E402, F401  (re-exported to the tests)


def analysed_articles() -> list[Document]:
    """The test articles through the real pipeline (without Frog)."""
    docs = [ingest_text(text, name=name, origin=f"tests/serve:{name}", title=title, date=date, outlet=outlet)
            for name, outlet, date, title, text in ARTICLES]
    out = list(process(docs, NullAnalyser()))
    assert not [x for x in out if isinstance(x, Failure)], out
    return out  # type: ignore[return-value]


def fill_store(url: str, docs: list[Document]) -> None:
    with open_store(url) as store:
        store.save_many(docs, producer_version="tests")


@pytest.fixture(scope="session")
def corpus() -> list[Document]:
    return analysed_articles()


@pytest.fixture(scope="session")
def sqlite_url(corpus: list[Document], tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("serve") / "serve.db")
    fill_store(path, corpus)
    return path


@pytest.fixture(scope="session")
def pg_url(corpus: list[Document]) -> Iterator[str]:
    base = pg_base_url()
    schema = f"t_serve_{uuid.uuid4().hex[:10]}"
    url = f"{base}?schema={schema}"
    fill_store(url, corpus)
    yield url
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ThreadServer:
    """The app under uvicorn in a thread, on a socket bound before the thread starts."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(create_app(settings), log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> ThreadServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.sock.close()


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def live(backend: str, request: pytest.FixtureRequest) -> Iterator[ThreadServer]:
    """A read-only server over the test corpus, on each backend."""
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")
    with ThreadServer(Settings(db=url, no_frog=True, readers=3)) as server:
        yield server


@pytest.fixture(scope="session")
def live_sqlite(sqlite_url: str) -> Iterator[ThreadServer]:
    """A read-only server over the SQLite corpus (for the browser tests)."""
    with ThreadServer(Settings(db=sqlite_url, no_frog=True, readers=3)) as server:
        yield server


@pytest.fixture
def http(live: ThreadServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=30) as client:
        yield client


class ProcessServer:
    """``claimgraph serve`` for real, in a subprocess, with the token from the environment."""

    def __init__(self, db: str, *extra: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        exe = str(Path(sys.executable).parent / "claimgraph")
        self.cmd = [exe, "serve", "--db", db, "--port", str(self.port), *extra]
        self.env = {**os.environ, **(env or {})}
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> ProcessServer:
        self.proc = subprocess.Popen(self.cmd, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None:
                out = self.proc.stdout.read().decode() if self.proc.stdout else ""
                raise RuntimeError(f"claimgraph serve exited: {out}")
            try:
                if httpx.get(self.url + "/api/stats", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("claimgraph serve did not start")
            time.sleep(0.1)

    def __exit__(self, *exc: object) -> None:
        assert self.proc is not None
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


FROG = shutil.which("frog") is not None


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory, corpus: list[Document]) -> Iterator[ProcessServer]:
    """A writable server (token from CLAIMGRAPH_WRITE_TOKEN) on a fresh SQLite copy of the corpus,
    analysing uploads with Frog when it is installed."""
    db = str(tmp_path_factory.mktemp("writable") / "writable.db")
    fill_store(db, corpus)
    extra = [] if FROG else ["--no-frog"]
    with ProcessServer(db, "--writes-per-minute", "600", *extra, env={"CLAIMGRAPH_WRITE_TOKEN": TOKEN}) as s:
        yield s


# --- the browser --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium); browser tests need Debian's Chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh browser page; JavaScript errors on the page fail the test."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()
    assert not errors, f"errors in the page: {errors}"


def screenshot(page: Any, name: str, *, full_page: bool = False) -> Path:
    """Save a screenshot as a test artifact (test-artifacts/serve/NAME.png)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
