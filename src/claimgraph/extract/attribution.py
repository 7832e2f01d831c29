"""Who states a span: the innermost quote or reported clause around it, else the writer.

Quantity and control claims run after the quote extractor and inherit their source from here, so
"the ISW says the Russians took X" credits the ISW, and a bare sentence credits the writer.
"""

from __future__ import annotations

from claimgraph.document import Document, Quote

WRITER: tuple[None, None, None, str] = (None, None, None, "asserted")


def quote_at(doc: Document, start: int, end: int) -> Quote | None:
    """The innermost (shortest) quote or reported clause of ``doc`` that contains [start, end).

    Scare quotes name no speaker and so never attribute anything; among quotes of equal span a
    speaker-bearing one wins.
    """
    around = [q for q in doc.quotes if q.kind != "scare" and q.start <= start and end <= q.end]
    if not around:
        return None
    return min(around, key=lambda q: (q.end - q.start, q.speaker is None))


def source_at(doc: Document, start: int, end: int) -> tuple[str | None, int | None, int | None, str]:
    """(source name, source span start, end, stance) of the span.

    The writer's own statement is ``(None, None, None, "asserted")``.
    """
    q = quote_at(doc, start, end)
    if q is None:
        return WRITER
    return q.speaker, q.speaker_start, q.speaker_end, q.stance
