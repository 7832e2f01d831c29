"""The analyser interface: deep linguistic analysis of selected sentences.

Segmentation (tokens, sentences) is cheap and done for every document by
:mod:`claimgraph.analyse.segment`; an analyser adds part-of-speech tags and lemmas to the tokens
of the sentences it is given. Keeping that behind one small interface lets an English analyser, or
a different Dutch one, replace Frog without touching extraction.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future
from typing import Protocol

from claimgraph.document import Document, Sentence


class AnalyserError(Exception):
    """The analyser cannot run (not installed, crashed): a user-facing, one-line message."""


class Analyser(Protocol):
    name: str  # e.g. "frog-0.20", recorded in Sentence.analysed_by
    language: str

    def submit(self, doc: Document, sentences: Sequence[Sentence]) -> Future[None]:
        """Tag ``sentences`` (of ``doc``) in the background; the future completes when done."""
        ...

    def close(self) -> None: ...


class NullAnalyser:
    """Tags nothing: extraction then runs on tokens alone (for tests of other layers, or no Frog)."""

    name = ""
    language = "nl"

    def submit(self, doc: Document, sentences: Sequence[Sentence]) -> Future[None]:
        f: Future[None] = Future()
        f.set_result(None)
        return f

    def close(self) -> None:
        pass
