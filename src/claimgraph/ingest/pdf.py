"""PDF files: the text layer read with pdfplumber, lines labelled by font size and position.

Fonts say what plain text cannot: the largest type on the first page is the headline, larger or
bold short lines are sub-headings, smaller type is captions and credits, short numbers at the top
or bottom of a page are page numbers. The lines are written into a plain raw text (which becomes
``Document.raw``) and handed with these labels to :func:`claimgraph.ingest.layout.repair`, which
does the line joining, hyphen repair and furniture cutting for every format alike.
"""

from __future__ import annotations

import logging
import os
import statistics
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from claimgraph.document import Document
from claimgraph.ingest.errors import IngestFailed
from claimgraph.ingest.layout import is_page_number, repair, to_document
from claimgraph.ingest.text import check_size

logger = logging.getLogger(__name__)

# PDFs carry images, so they may be far bigger than a text file of the same article.
MAX_PDF_BYTES = 100 * 1024 * 1024
# Font-size ratios to the body size, calibrated on newspaper page PDFs: headlines are set at
# 1.5-3x the body, sub-headings at 1.1-1.4x, captions at 0.75-0.9x.
TITLE_RATIO = 1.3
HEADING_RATIO = 1.12
CAPTION_RATIO = 0.92
HEADING_MAX_WORDS = 12
PAGE_MARGIN = 0.08  # share of the page height where page numbers and running heads sit
PARAGRAPH_GAP = 1.5  # a vertical gap this many times the usual line pitch starts a new block
GUTTER_GAP = 2.0  # a horizontal gap this many times the font size between words is a column gutter
BLOCK_BREAK = "\n\n\n"  # two blank lines: a hard break in any layout the text repair detects


@dataclass(slots=True)
class _Line:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bold: bool
    page: int
    page_height: float
    column: int = 0


def read_pdf(path: str) -> Document:
    """One document from a PDF with a text layer."""
    check_size(path, MAX_PDF_BYTES)
    lines = _extract(path)
    raw, hints = _raw_text(lines)
    layout = repair(raw, hints=hints)
    return to_document(layout, raw=raw, name=os.path.basename(path), origin=path, stage="pdf-layout")


def _extract(path: str) -> list[_Line]:
    import pdfplumber

    lines: list[_Line] = []
    try:
        with pdfplumber.open(path) as pdf:
            if not pdf.pages:
                raise IngestFailed("PDF has no pages (truncated or corrupt?)")
            for number, page in enumerate(pdf.pages):
                lines.extend(_page_lines(page, number))
                page.flush_cache()
    except IngestFailed:
        raise
    except Exception as exc:  # pdfminer raises many types for damaged files
        raise IngestFailed(
            f"not a readable PDF (truncated or corrupt?): {type(exc).__name__}: {exc}"
        ) from None
    if not lines:
        raise IngestFailed("PDF has no text layer (scanned?); run OCR first")
    return lines


def _page_lines(page: Any, number: int) -> list[_Line]:
    """The text lines of a page in reading order: words grouped by position, split at gutters."""
    words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False)
    words.sort(key=lambda w: (w["top"], w["x0"]))
    rows: list[list[dict[str, Any]]] = []
    for w in words:
        row = rows[-1] if rows else None
        if row is not None and abs(w["top"] - row[0]["top"]) <= 0.5 * min(w["size"], row[0]["size"]):
            row.append(w)
        else:
            rows.append([w])
    out: list[_Line] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        for ws in _split_gutter(row):
            sizes = [round(w["size"] * 2) / 2 for w in ws]
            chars = sum(len(w["text"]) for w in ws)
            bold = sum(len(w["text"]) for w in ws if _is_bold(w.get("fontname", ""))) > chars / 2
            out.append(
                _Line(
                    text=" ".join(w["text"] for w in ws),
                    top=min(w["top"] for w in ws),
                    bottom=max(w["bottom"] for w in ws),
                    x0=ws[0]["x0"],
                    x1=ws[-1]["x1"],
                    size=statistics.median(sizes),
                    bold=bold,
                    page=number,
                    page_height=float(page.height),
                )
            )
    _order_columns(out)
    return out


def _split_gutter(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split a row of words where a gap wider than a column gutter separates them."""
    parts: list[list[dict[str, Any]]] = [[]]
    prev = None
    for w in words:
        if prev is not None and w["x0"] - prev["x1"] > GUTTER_GAP * max(w["size"], 1.0):
            parts.append([])
        parts[-1].append(w)
        prev = w
    return [p for p in parts if p]


def _order_columns(lines: list[_Line]) -> None:
    """Sort a page's lines column by column; lines that span the columns go first."""
    gutters = _gutters(lines)
    if gutters:
        for ln in lines:
            spans = any(ln.x0 < g < ln.x1 for g in gutters)
            ln.column = -1 if spans else sum(1 for g in gutters if ln.x0 > g)
    lines.sort(key=lambda ln: (ln.column, ln.top, ln.x0))


def _gutters(lines: list[_Line]) -> list[float]:
    """Horizontal positions where many lines of a page stop and others start: column gutters."""
    starts = Counter(round(ln.x0 / 10) for ln in lines)
    if len(lines) < 6:
        return []
    columns = sorted(x * 10 for x, n in starts.items() if n >= max(3, len(lines) // 10))
    return [x - 5 for x in columns[1:]]


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(w in name for w in ("bold", "black", "heavy", "semibold"))


def _raw_text(lines: list[_Line]) -> tuple[str, dict[int, str]]:
    """The raw text of the lines and the font-based kind of each, keyed by raw offset."""
    weights: Counter[float] = Counter()
    for ln in lines:
        weights[ln.size] += len(ln.text)
    body = weights.most_common(1)[0][0] or 1.0
    body_bold = sum(len(ln.text) for ln in lines if ln.bold) > sum(len(ln.text) for ln in lines) / 2
    first_page = [ln for ln in lines if ln.page == 0]
    top_size = max(ln.size for ln in first_page) if first_page else 0.0
    pitches = [b.top - a.top for a, b in pairwise(lines) if 0 < b.top - a.top < 3 * body]
    pitch = statistics.median(pitches) if pitches else 1.2 * body
    widths = sorted(ln.x1 - ln.x0 for ln in lines if ln.size == body)
    width = widths[int(0.75 * (len(widths) - 1))] if widths else 0.0

    chunks: list[str] = []
    hints: dict[int, str] = {}
    pos = 0
    prev: _Line | None = None
    for ln in lines:
        kind = _kind(ln, body, body_bold, top_size, width)
        if prev is not None:
            sep = "\n"
            if (
                ln.page != prev.page
                or ln.column != prev.column
                or ln.top - prev.bottom > PARAGRAPH_GAP * pitch - (prev.bottom - prev.top)
                or ln.top < prev.top
            ):
                sep = BLOCK_BREAK
            chunks.append(sep)
            pos += len(sep)
        hints[pos] = kind
        chunks.append(ln.text)
        pos += len(ln.text)
        prev = ln
    return "".join(chunks), hints


def _kind(ln: _Line, body: float, body_bold: bool, top_size: float, width: float) -> str:
    margin = PAGE_MARGIN * ln.page_height
    if is_page_number(ln.text) and (ln.top < margin or ln.bottom > ln.page_height - margin):
        return "page_number"
    if ln.page == 0 and ln.size == top_size and ln.size >= TITLE_RATIO * body:
        return "title"
    words = len(ln.text.split())
    if ln.size >= HEADING_RATIO * body and words <= HEADING_MAX_WORDS * 2:
        return "heading"
    if ln.bold and not body_bold and words <= HEADING_MAX_WORDS and ln.x1 - ln.x0 < 0.7 * width:
        return "heading"  # a short bold line in body type; a bold intro runs the full width
    if ln.size <= CAPTION_RATIO * body:
        return "caption"
    return "body"
