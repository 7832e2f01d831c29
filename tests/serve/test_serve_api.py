"""The JSON API on both backends: its answers, its OpenAPI spec checked by schemathesis against
the running server, and the guards on writes (token, size, rate)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from conftest import ThreadServer, fill_store
from hypothesis import HealthCheck, Phase, given, settings

from claimgraph.document import Document
from claimgraph.serve.app import Settings

TOKEN = "api-token-7"


def test_api_reads(http: httpx.Client, corpus: list[Document]) -> None:
    stats = http.get("/api/stats").json()
    assert stats["documents"] == len(corpus)
    assert stats["quotes"] == sum(len(d.quotes) for d in corpus)
    docs = http.get("/api/documents", params={"q": "Zelensky"}).json()
    assert docs["total"] == 1 and docs["documents"][0]["title"].startswith("Zelensky")
    doc = http.get(f"/api/documents/{docs['documents'][0]['id']}").json()
    assert doc["text"].startswith("Zelensky") and doc["quotes"] and doc["parts"]
    q = doc["quotes"][0]
    assert doc["text"][q["start"] : q["end"]] == q["text"]  # spans are over the text as served
    claims = http.get("/api/claims", params={"kind": "quantity", "sort": "value", "order": "desc"}).json()
    lows = [c["low"] for c in claims["claims"] if c["low"] is not None]
    assert lows == sorted(lows, reverse=True) and claims["total"] == len(claims["claims"])
    page2 = http.get("/api/claims", params={"per_page": 5, "page": 2}).json()
    assert len(page2["claims"]) == 5 and page2["page"] == 2
    sources = {s["name"]: s for s in http.get("/api/sources").json()}
    assert sources["Ministry of Defence of Russia"]["side"] == "russia"
    assert sources["Ministry of Defence of Russia"]["contradicted"] >= 1
    groups = http.get("/api/contradictions").json()
    assert groups["available"] and len(groups["groups"]) == 2
    one = http.get(f"/api/contradictions/{groups['groups'][0]['key']}").json()
    assert one["id"] == groups["groups"][0]["id"]
    timeline = http.get("/api/timeline", params={"place": "Kupiansk", "category": "killed"}).json()
    assert timeline["charts"] and all(p["href"].startswith("/documents/")
                                      for c in timeline["charts"] for s in c["series"] for p in s["points"])
    entity = http.get("/api/entities/Kupiansk").json()
    assert ["Kupjansk", entity["mention_count"]] in entity["aliases"]
    assert http.get("/api/entities", params={"type": "LOC"}).json()


def test_api_rejects_bad_parameters(http: httpx.Client) -> None:
    assert http.get("/api/claims", params={"since": "yesterday"}).status_code == 422
    assert http.get("/api/claims", params={"page": 0}).status_code == 422
    assert http.get("/api/claims", params={"sort": "password"}).status_code == 422
    assert http.get("/api/documents", params={"per_page": 10_000}).status_code == 422
    r = http.get("/api/claims", params={"source": "x\x00y' OR 1=1 --"})  # NUL and SQL stay data
    assert r.status_code == 200 and r.json()["total"] == 0


def test_openapi_spec(http: httpx.Client) -> None:
    spec = http.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/documents", "/api/documents/{doc_id}", "/api/claims", "/api/sources", "/api/contradictions",
            "/api/timeline", "/api/entities/{name}", "/api/jobs", "/api/jobs/{job_id}"} <= paths
    assert all(p.startswith("/api/") for p in paths)  # pages are not part of the API
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


def test_api_conforms_to_its_spec(live: ThreadServer) -> None:
    """Generated requests to every operation, against the running server: no server error, and every
    answer (status, content type, headers, body) as the spec says.

    (Operations are driven one by one with Hypothesis rather than through schemathesis' pytest
    plugin, whose lazy fixture loading does not run under pytest 9.)
    """
    schema = schemathesis.openapi.from_url(f"{live.url}/api/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None, phases=[Phase.explicit, Phase.generate])
        def check(case: Any) -> None:
            case.call_and_validate()

        check()


# --- writes ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def writer(tmp_path_factory: pytest.TempPathFactory, corpus: list[Document]) -> Iterator[ThreadServer]:
    """A writable server without Frog, a small size limit and a tight rate limit."""
    db = str(Path(tmp_path_factory.mktemp("api-writes")) / "w.db")
    fill_store(db, corpus[:1])
    settings_ = Settings(db=db, write_token=TOKEN, no_frog=True, max_upload_bytes=20_000,
                         writes_per_minute=60, write_burst=10)
    with ThreadServer(settings_) as server:
        yield server


def test_writes_need_the_token(writer: ThreadServer) -> None:
    with httpx.Client(base_url=writer.url) as c:
        assert c.post("/api/jobs", json={"text": "Tekst."}).status_code == 401
        r = c.post("/api/jobs", json={"text": "Tekst."}, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        r = c.post("/add", data={"text": "Tekst.", "token": "wrong"})
        assert r.status_code == 403 and "not right" in r.text


def test_writes_are_bounded_in_size(writer: ThreadServer) -> None:
    big = "Woorden en nog eens woorden. " * 2000  # ~58 kB, over the 20 kB limit
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=writer.url) as c:
        assert c.post("/api/jobs", json={"text": big}, headers=auth).status_code == 413
        r = c.post("/add", data={"token": TOKEN}, files={"file": ("big.txt", big.encode(), "text/plain")})
        assert r.status_code == 413
        r = c.post("/add", content=b"x" * 200_000, headers={"content-type": "application/octet-stream"})
        assert r.status_code == 413  # refused before anything is read, whatever it is


def test_upload_a_file_from_the_form(writer: ThreadServer) -> None:
    page = (
        "<html><head><title>Kreminna</title></head><body><nav>Menu Home</nav>"
        "<article><h1>Strijd om Kreminna</h1>"
        "<p>Volgens het Russische ministerie van Defensie zijn bij Kreminna 300 Oekraïense militairen"
        " gedood.</p>"
        "<p>„Kreminna is niet gevallen”, zei woordvoerder Serhi Tsjerevaty.</p></article></body></html>"
    )
    with httpx.Client(base_url=writer.url) as c:
        r = c.post("/add", data={"token": TOKEN, "outlet": "Testkrant", "date": "2023-10-02"},
                   files={"file": ("../../etc/kreminna.html", page.encode(), "text/html")})
        assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
        job_id = r.headers["location"].rsplit("/", 1)[1]
        deadline = time.monotonic() + 30
        while (job := c.get(f"/api/jobs/{job_id}").json())["status"] not in ("done", "failed"):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert job["status"] == "done", job
        assert job["name"] == "kreminna.html"  # no directories from the user's file name
        doc = c.get(f"/api/documents/{job['documents'][0]['id']}").json()
        assert doc["outlet"] == "Testkrant" and doc["date"] == "2023-10-02"
        assert doc["ingest_stage"] in ("trafilatura", "html-fallback") and "Menu Home" not in doc["text"]
        assert [q["low"] for q in doc["quantities"]] == [300.0]
        page_html = c.get(f"/jobs/{job_id}").text
        assert "300 Oekraïense militairen" in page_html


def test_api_job_round_trip_and_rate_limit(writer: ThreadServer) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = {"text": "Volgens Kyiv zijn bij Robotyne 120 Russische militairen gedood.", "title": "Robotyne",
            "date": "2023-08-30", "outlet": "Testkrant"}
    with httpx.Client(base_url=writer.url) as c:
        r = c.post("/api/jobs", json=body, headers=auth)
        assert r.status_code == 202 and r.headers["location"] == f"/api/jobs/{r.json()['id']}"
        job = r.json()
        deadline = time.monotonic() + 30
        while job["status"] not in ("done", "failed"):
            assert time.monotonic() < deadline, job
            time.sleep(0.1)
            job = c.get(f"/api/jobs/{job['id']}").json()
        assert job["status"] == "done", job
        stored = job["documents"][0]
        assert stored["added"] and stored["quantities"] == 1
        claims = c.get("/api/claims", params={"document": stored["id"], "kind": "quantity"}).json()
        assert claims["claims"][0]["text"] == "120 Russische militairen"
        # Sending the same text again stores nothing new.
        again = c.post("/api/jobs", json=body, headers=auth).json()
        # The burst is spent: the next writes are refused with a time to wait.
        answers = [c.post("/api/jobs", json=body, headers=auth) for _ in range(12)]
        limited = [r for r in answers if r.status_code == 429]
        assert limited and int(limited[0].headers["retry-after"]) >= 1
        deadline = time.monotonic() + 30
        while (j := c.get(f"/api/jobs/{again['id']}").json())["status"] not in ("done", "failed"):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert j["documents"][0]["added"] is False
