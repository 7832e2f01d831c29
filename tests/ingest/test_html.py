"""HTML pages: trafilatura's main text and metadata, and the plain fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.document import Document
from claimgraph.ingest import IngestError, html, read_inputs

PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>Oekraïne meldt doorbraak bij Koepjansk | De Dagkrant</title>
<meta property="og:site_name" content="De Dagkrant">
<meta name="author" content="Marieke de Wit">
<meta property="article:published_time" content="2023-05-21T08:30:00+02:00">
<link rel="canonical" href="https://www.dagkrant.example/buitenland/doorbraak-koepjansk">
</head><body>
<nav><a href="/">Home</a> <a href="/buitenland">Buitenland</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Oekraïne meldt doorbraak bij Koepjansk</h1>
<p>Het Oekraïense leger zegt zondag dat het de Russische linies bij Koepjansk heeft doorbroken.
Volgens een woordvoerder van de generale staf zijn zeker twaalf dorpen heroverd.</p>
<p>Het Russische ministerie van Defensie ontkent dat en spreekt van ‘een mislukte aanval waarbij de
vijand zware verliezen leed’. Onafhankelijke bevestiging ontbreekt.</p>
<h2>Artillerie</h2>
<p>Volgens het Institute for the Study of War zetten beide partijen vooral artillerie in.
‘De komende weken worden beslissend’, aldus een analist in Kyiv.</p>
</article>
<footer>© De Dagkrant 2023 – Abonneer nu</footer>
</body></html>
"""


def read_one(path: Path) -> Document | IngestError:
    (item,) = list(read_inputs([str(path)]))
    return item


def parts(doc: Document, kind: str) -> list[str]:
    return [doc.text[p.start : p.end] for p in doc.parts if p.kind == kind]


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "artikel.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_one(path)
    assert isinstance(doc, Document), str(doc)
    assert doc.ingest_stage == "trafilatura"
    assert doc.title == "Oekraïne meldt doorbraak bij Koepjansk"
    assert doc.date == "2023-05-21"
    assert doc.author == "Marieke de Wit"
    assert doc.outlet == "De Dagkrant"
    assert doc.url == "https://www.dagkrant.example/buitenland/doorbraak-koepjansk"
    assert [p.kind for p in doc.parts] == ["title", "body", "body", "heading", "body"]
    assert parts(doc, "heading") == ["Artillerie"]
    assert parts(doc, "body")[0].startswith("Het Oekraïense leger zegt zondag")
    assert "Abonneer" not in doc.text and "Sport" not in doc.text
    for p in doc.parts:
        s, e = doc.raw_span(p.start, p.end)
        assert doc.raw[s:e] == doc.text[p.start : p.end]


def test_html_fallback_for_a_fragment_trafilatura_rejects(tmp_path: Path) -> None:
    path = tmp_path / "fragment.htm"
    path.write_text(
        "<p>Kyiv meldt nieuwe drone-aanvallen op de haven van Odesa.</p>",
        encoding="utf-8",
    )
    doc = read_one(path)
    assert isinstance(doc, Document), str(doc)
    assert doc.ingest_stage == "html-fallback"
    assert parts(doc, "body") == ["Kyiv meldt nieuwe drone-aanvallen op de haven van Odesa."]


def test_html_fallback_strips_tags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "_trafilatura", lambda page, url: (None, "", {}))
    path = tmp_path / "pagina.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_one(path)
    assert isinstance(doc, Document), str(doc)
    assert doc.ingest_stage == "html-fallback"
    assert doc.title == "Oekraïne meldt doorbraak bij Koepjansk"
    assert [p.kind for p in doc.parts] == ["title", "body", "body", "heading", "body"]
    assert "Abonneer" not in doc.text and "Sport" not in doc.text
    assert "vijand zware verliezen leed" in doc.text


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "oud.html"
    path.write_bytes(PAGE.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"))
    doc = read_one(path)
    assert isinstance(doc, Document), str(doc)
    assert doc.title == "Oekraïne meldt doorbraak bij Koepjansk"
    assert "‘een mislukte aanval" in doc.text


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "leeg.html"
    path.write_text("<html><body><script>1</script></body></html>", encoding="utf-8")
    err = read_one(path)
    assert isinstance(err, IngestError)
    assert err.message == "HTML page has no text"


def test_html_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "pagina"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_one(path)
    assert isinstance(doc, Document) and doc.ingest_stage == "trafilatura"
