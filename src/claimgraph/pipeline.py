"""The per-document pipeline: ingest → segment → select → analyse → extract.

Documents stream through: while Frog tags the sentences of the documents in flight, the next
inputs are read and segmented, and each document is extracted as soon as its tags are back, so
neither Frog nor Python waits for the other. At most ``max_inflight`` documents are held at once,
which bounds memory on corpora of any size.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass

from claimgraph.analyse.base import Analyser, AnalyserError, NullAnalyser
from claimgraph.analyse.segment import segment
from claimgraph.analyse.select import select
from claimgraph.document import Document
from claimgraph.extract import extract
from claimgraph.ingest import IngestError

LOGGER = logging.getLogger(__name__)


@dataclass
class Failure:
    """A document or input that could not be processed, with a one-line reason."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def analyse_document(doc: Document, analyser: Analyser | None = None) -> Document:
    """Run one already-ingested document through the whole pipeline (no streaming)."""
    analyser = analyser or NullAnalyser()
    segment(doc)
    analyser.submit(doc, select(doc)).result()
    return extract(doc)


def process(
    items: Iterable[Document | IngestError],
    analyser: Analyser,
    *,
    max_inflight: int = 64,
    run_extractors: bool = True,
) -> Iterator[Document | Failure]:
    """Yield each document fully analysed and extracted, or a :class:`Failure`, in input order.

    ``run_extractors=False`` stops after the analysis (the benchmark's measure of what extraction
    adds).
    """
    pending: deque[tuple[Document, Future[None]]] = deque()

    def finish(doc: Document, fut: Future[None]) -> Document | Failure:
        try:
            fut.result()
            return extract(doc) if run_extractors else doc
        except AnalyserError:
            raise  # Frog is gone: every later document would fail the same way
        except Exception as e:  # one bad document must not stop a corpus run
            LOGGER.debug("extraction failed for %s", doc.origin, exc_info=True)  # -vv shows it
            return Failure(doc.origin, f"extraction failed: {type(e).__name__}: {e}")

    for item in items:
        if isinstance(item, IngestError):
            yield Failure(item.origin, item.message)
            continue
        segment(item)
        pending.append((item, analyser.submit(item, select(item))))
        while pending and (pending[0][1].done() or len(pending) > max_inflight):
            yield finish(*pending.popleft())
    while pending:
        yield finish(*pending.popleft())
