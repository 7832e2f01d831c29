"""HTML pages: the article's main text and metadata via trafilatura, with a plain fallback.

trafilatura drops navigation, footers and comments and reads title, date, author, site name and
canonical URL. When it finds no main text (very short pages, odd markup) a stdlib tag stripper
takes the visible text instead, and the document records which of the two produced it.
``Document.raw`` is the extracted text (title, blank line, paragraphs); offsets map into it.
"""

from __future__ import annotations

import logging
import os
import re
from html.parser import HTMLParser

from claimgraph.document import Document
from claimgraph.ingest.errors import IngestFailed
from claimgraph.ingest.layout import repair, to_document
from claimgraph.ingest.text import MAX_DOCUMENT_BYTES, check_size, decode_bytes

logger = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# Elements whose text is never article text, and elements that end a line of text.
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "nav", "footer", "aside", "form", "svg", "head"}
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "header",
        "figure",
        "figcaption",
        "tr",
        "td",
        "th",
        "pre",
        "dd",
        "dt",
        "ul",
        "ol",
        "table",
    }
)


def read_html(path: str) -> Document:
    """One document from an HTML file."""
    check_size(path, MAX_DOCUMENT_BYTES)
    with open(path, "rb") as f:
        data = f.read(MAX_DOCUMENT_BYTES + 1)
    return ingest_html(_decode(data), name=os.path.basename(path), origin=path)


def ingest_html(html: str, *, name: str, origin: str, url: str | None = None) -> Document:
    """One document from an HTML string (a saved page, or a page the web app fetched)."""
    title, text, meta = _trafilatura(html, url)
    stage = "trafilatura"
    if not text:
        title, text = _fallback(html)
        meta = {}
        stage = "html-fallback"
        if not text:
            raise IngestFailed("HTML page has no text")
    raw = text
    if title and not text.lstrip().startswith(title):
        raw = f"{title}\n\n{text}"
    layout = repair(raw, has_title=bool(title))
    return to_document(
        layout,
        raw=raw,
        name=name,
        origin=origin,
        stage=stage,
        title=title,
        date=meta.get("date"),
        url=meta.get("url") or url,
        outlet=meta.get("sitename"),
        author=meta.get("author"),
    )


def _decode(data: bytes) -> str:
    m = _META_CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            logger.debug("declared charset %s does not decode the page", m.group(1))
    return decode_bytes(data)


def _trafilatura(html: str, url: str | None) -> tuple[str | None, str, dict[str, str | None]]:
    """Title, main text and metadata; empty text when trafilatura finds nothing (or fails)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura is a cascade of parsers; any of them may throw
        logger.warning("trafilatura failed: %s", exc)
        return None, "", {}
    if doc is None or not (doc.text or "").strip():
        return None, "", {}
    meta = {k: getattr(doc, k, None) for k in ("date", "url", "sitename", "author")}
    title = " ".join((doc.title or "").split()) or None
    return title, doc.text.strip(), meta


class _TextParser(HTMLParser):
    """Collects visible text, one line per block element, and the page title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title = ""
        self.h1 = ""
        self.in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self._flush()
            self.in_h1 = tag == "h1" and not self.h1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.current.append(data)

    def _flush(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        if line:
            if self.in_h1:
                self.h1 = line
                self.in_h1 = False
            self.lines.append(line)


def _fallback(html: str) -> tuple[str | None, str]:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    parser._flush()
    title = parser.h1 or " ".join(parser.title.split()) or None
    return title, "\n".join(parser.lines)
