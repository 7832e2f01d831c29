"""The pages over a live server, on SQLite and PostgreSQL: what a reader gets for each URL."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import httpx
import pytest
from conftest import ThreadServer

from claimgraph.document import Document
from claimgraph.serve.app import Settings
from claimgraph.store import open_store


def doc_id(corpus: list[Document], prefix: str) -> str:
    return next(d.id for d in corpus if d.name.startswith(prefix))


def test_documents_list_and_search(http: httpx.Client) -> None:
    r = http.get("/")
    assert r.status_code == 200
    for title in ("Moskou claimt Kupjansk, Kyiv ontkent", "Zelensky: Kupjansk blijft Oekraïens",
                  "Moskou verhoogt verliescijfer Kupjansk"):
        assert title in r.text
    assert "4 documents" in r.text
    r = http.get("/documents", params={"q": "videotoespraak"})
    assert "1 document" in r.text and "Zelensky: Kupjansk" in r.text
    assert "<mark>videotoespraak</mark>" in r.text
    r = http.get("/documents", params={"outlet": "Dagblad Zuid"})
    assert "2 documents" in r.text
    r = http.get("/documents", params={"since": "2023-09-14"})
    assert "2 documents" in r.text
    r = http.get("/documents", params={"q": '"unbalanced AND ( -'})  # no FTS syntax reaches the database
    assert r.status_code == 200


def test_document_page_marks_every_item(http: httpx.Client, corpus: list[Document]) -> None:
    doc = next(d for d in corpus if d.name.startswith("2023-09-12"))
    r = http.get(f"/documents/{doc.id}")
    assert r.status_code == 200
    html = r.text
    # Every quote, numeric and control claim is marked, with its card.
    assert html.count('class="quote ') >= len(doc.quotes)
    for i in range(len(doc.quotes)):
        assert f'id="card-u{i}"' in html
    for i in range(len(doc.quantities)):
        assert f'data-item="q{i}"' in html and f'id="card-q{i}"' in html
    for i in range(len(doc.control_claims)):
        assert f'data-item="c{i}"' in html
    assert "Igor Konashenkov" in html and "quote.tail" in html  # speaker and rule in the cards
    assert re.search(r"<dt>interval</dt><dd>\[1200, open\]</dd>", html)
    # Page furniture apart, labelled; sentences addressable.
    assert 'class="part furniture furniture-caption"' in html and 'furniture-credit' in html
    assert 'id="s0"' in html
    # Speakers get distinct colours.
    assert len(set(re.findall(r'class="quote q-direct (spk-\d)', html))) >= 2


def test_article_html_is_shown_as_text(http: httpx.Client, corpus: list[Document]) -> None:
    doc_id_ = doc_id(corpus, "2023-09-14")
    for url in (f"/documents/{doc_id_}", "/documents", "/documents?q=hacker", "/claims?text=xss",
                "/entities/Marieke de Vries"):
        html = http.get(url).text
        assert "<script>alert" not in html, url
        assert "<b>3.000</b>" not in html, url
    html = http.get(f"/documents/{doc_id_}").text
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
    assert "&lt;b&gt;3.000&lt;/b&gt;" in html


def test_user_input_is_escaped(http: httpx.Client) -> None:
    evil = '"><script>alert(1)</script>'
    for url in ("/documents", "/claims", "/sources", "/contradictions", "/timeline", "/entities"):
        r = http.get(url, params={"q": evil, "text": evil, "place": evil, "source": evil})
        assert r.status_code == 200, url
        assert "<script>alert(1)" not in r.text, url
    r = http.get("/entities/" + evil)
    assert r.status_code == 404 and "<script>alert(1)" not in r.text


def test_claims_filter_and_sort(http: httpx.Client, corpus: list[Document]) -> None:
    r = http.get("/claims", params={"kind": "control"})
    kinds = re.findall(r'<tr class="kind-(\w+)"', r.text)
    assert kinds and set(kinds) == {"control"}
    r = http.get("/claims", params={"kind": "quantity", "category": "killed", "sort": "value", "dir": "desc"})
    values = re.findall(r'<td class="value-cell">([^<]*)', r.text)
    assert values[0].startswith("≥2000") and values[-1].startswith("≤150"), values
    said = sum(1 for d in corpus for x in (*d.quotes, *d.quantities, *d.control_claims)
               if "Igor Konashenkov" in (getattr(x, "speaker", None), getattr(x, "source", None)))
    r = http.get("/claims", params={"source": "igor konashenkov"})  # names compare case-insensitively
    assert said >= 2 and f"<strong>{said}</strong> claims" in r.text
    unattributed = sum(1 for d in corpus for q in d.quotes if not q.speaker)
    r = http.get("/claims", params={"source": "(writer)", "kind": "quote"})
    assert f"<strong>{unattributed}</strong> claim" in r.text


def test_claims_download_is_what_is_filtered(http: httpx.Client) -> None:
    params = {"kind": "quantity", "category": "killed"}
    page = http.get("/claims", params=params).text
    total = int(re.search(r"<strong>(\d+)</strong> claims", page).group(1))  # type: ignore[union-attr]
    r = http.get("/claims.csv", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total == 4
    assert {row["category"] for row in rows} == {"killed"} and {row["kind"] for row in rows} == {"quantity"}
    data = json.loads(http.get("/claims.json", params=params).text)
    assert len(data) == total and {d["id"] for d in data} == {row["id"] for row in rows}
    assert all(d["raw_start"] <= d["raw_end"] and d["rule"] for d in data)


def test_sources_with_side_and_contradictions(http: httpx.Client) -> None:
    html = http.get("/sources").text
    row = re.search(r"Ministry of Defence of Russia</a></td>\s*<td>(.*?)</td>(.*?)</tr>", html, re.S)
    assert row and "side-russia" in row.group(1)
    assert 'class="contradicted"' in row.group(2)
    html = http.get("/sources", params={"side": "ukraine"}).text
    assert "Volodymyr Zelensky" in html and "Ministry of Defence of Russia" not in html


def test_contradictions_side_by_side(http: httpx.Client) -> None:
    html = http.get("/contradictions").text
    assert "2 contradicted groups" in html
    assert "Kupiansk · ukraine killed" in html and "Kupiansk · control" in html
    keys = re.findall(r'href="/contradictions/([0-9a-f]{12})"', html)
    detail = http.get(f"/contradictions/{keys[0]}")
    assert detail.status_code == 200
    assert detail.text.count('class="position ') >= 2
    assert re.search(r'href="/documents/[0-9a-f]{16}#s\d+"', detail.text)
    assert "<mark>" in detail.text  # the claim's words marked in its sentence
    assert http.get("/contradictions", params={"category": "killed"}).text.count('class="group"') == 1
    assert http.get("/contradictions/000000000000").status_code == 404


def test_timeline_draws_svg(http: httpx.Client) -> None:
    html = http.get("/timeline", params={"place": "Kupjansk"}).text  # the Dutch spelling finds Kupiansk
    assert html.count('<svg class="chart"') >= 2  # Ukrainian dead, control of the place, …
    assert "killed — Ukraine" in html and "control of Kupiansk" in html
    assert re.search(r'<a href="/documents/[0-9a-f]{16}#s\d+" class="mark ser-\d"><title>', html)
    html = http.get("/timeline").text
    assert "Choose a place or a category" in html and "<svg" not in html


def test_entity_page(http: httpx.Client) -> None:
    html = http.get("/entities/Kupiansk").text
    assert "Kupjansk" in html  # the spelling in the articles
    assert "Claims about it" in html and "Kupjansk is niet gevallen" in html
    html = http.get("/entities/Igor Konashenkov").text
    assert "De stad is volledig in onze handen" in html and "side-russia" in html
    assert http.get("/entities", params={"type": "PER"}).text.count("/entities/") >= 4


def test_not_found_pages(http: httpx.Client) -> None:
    for url in ("/documents/0000000000000000", "/entities/Nobody at all", "/no/such/page", "/jobs/abc"):
        r = http.get(url)
        assert r.status_code == 404 and "text/html" in r.headers["content-type"], url
    r = http.get("/api/documents/0000000000000000")
    assert r.status_code == 404 and r.json() == {"detail": "no such document"}


def test_security_headers(http: httpx.Client) -> None:
    r = http.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2fdb.py",
    "/static/....//app.py", "/static//etc/passwd", "/static/%2fetc%2fpasswd",
])
def test_no_path_traversal(http: httpx.Client, path: str) -> None:
    r = http.get(path)
    assert r.status_code == 404, path
    assert "import" not in r.text and "root:" not in r.text


def test_assets_are_local(http: httpx.Client) -> None:
    html = http.get("/").text
    assert not re.search(r'(src|href)="(https?:)?//', html)  # nothing from a CDN
    assert http.get("/static/app.css").status_code == 200
    assert http.get("/static/app.js").status_code == 200


def test_read_only_server_refuses_writes(http: httpx.Client) -> None:
    r = http.post("/add", data={"text": "Tekst", "token": "x"})
    assert r.status_code == 403 and "off on this server" in r.text
    r = http.post("/api/jobs", json={"text": "Tekst"}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403
    assert "Adding documents is off" in http.get("/add").text


def test_an_empty_store_serves_every_page(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.db")
    open_store(db).close()
    with ThreadServer(Settings(db=db, no_frog=True, readers=1)) as server, \
            httpx.Client(base_url=server.url) as c:
        for url in ("/", "/claims", "/claims.csv", "/claims.json", "/sources", "/contradictions",
                    "/timeline?place=Bakhmut", "/timeline?category=killed", "/entities", "/add", "/api",
                    "/api/claims", "/api/contradictions", "/api/sources", "/api/timeline?place=x"):
            r = c.get(url)
            assert r.status_code == 200, url
        assert c.get("/claims.json").json() == []
        assert "0 documents" in c.get("/").text
