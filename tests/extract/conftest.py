"""Shared fixtures for the extraction tests: one Frog pool per session and a text → Document helper.

Frog takes seconds to start, so the whole session shares one single-process pool; tests that need
tags take the ``frog`` fixture, which skips (with the reason) where Frog is not installed.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimgraph.analyse.base import Analyser, NullAnalyser
from claimgraph.document import Document, OffsetMap, Part, content_id
from claimgraph.pipeline import analyse_document

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "data"))


@pytest.fixture(scope="session")
def frog() -> Iterator[Analyser]:
    """One Frog process for the whole test session."""
    if shutil.which("frog") is None:
        pytest.skip("frog is not installed")
    from claimgraph.analyse.frog import FrogAnalyser

    analyser = FrogAnalyser(processes=1)
    try:
        yield analyser
    finally:
        analyser.close()


def make_document(text: str, kind: str = "body") -> Document:
    """A one-part Document over ``text`` (no ingest cleaning: the text is taken as is)."""
    return Document(
        id=content_id(text),
        name="test",
        origin="test",
        raw=text,
        text=text,
        offsets=OffsetMap.identity(),
        parts=[Part(kind, 0, len(text))],
    )


def make_paragraphs(paragraphs: list[str], kinds: list[str] | None = None) -> Document:
    """A Document with one part per paragraph (joined by blank lines), like ingest makes."""
    kinds = kinds or ["body"] * len(paragraphs)
    text, parts, pos = "", [], 0
    for i, (para, kind) in enumerate(zip(paragraphs, kinds, strict=True)):
        if i:
            text += "\n\n"
            pos += 2
        parts.append(Part(kind, pos, pos + len(para)))
        text += para
        pos += len(para)
    doc = make_document(text)
    doc.parts = parts
    return doc


def analyse_text(text: str, analyser: Analyser | None = None) -> Document:
    """Build a one-body-part Document from ``text`` and run the whole pipeline on it.

    Paragraphs separated by a blank line become separate body parts, as ingest makes them.
    """
    paragraphs = [p for p in text.split("\n\n")]
    doc = make_paragraphs(paragraphs) if len(paragraphs) > 1 else make_document(text)
    return analyse_document(doc, analyser or NullAnalyser())


# --- comparing quotes with expected items -----------------------------------------------------

_QUOTE_CHARS = "‘’‚‛“”„«»‹›'\"`"


def fold(s: str | None) -> str:
    """Lower case, no diacritics, no quotation marks, single spaces (as the scorer folds)."""
    import re
    import unicodedata

    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = "".join(" " if c in _QUOTE_CHARS else c for c in s.lower())
    return " ".join(re.findall(r"\w+", s))


def speaker_ok(doc: Document, predicted: str | None, expected: str | None) -> bool:
    """A predicted speaker names the expected one: same words, or an entity known by that name."""
    if expected is None or predicted is None:
        return expected is None and predicted is None
    p, e = fold(predicted), fold(expected)
    if p == e or f" {e} " in f" {p} " or f" {p} " in f" {e} ":
        return True
    for ent in doc.entities:
        if fold(ent.name) != p:
            continue
        forms = {fold(doc.text[m.start : m.end]) for m in ent.mentions}
        if any(e == f or f" {e} " in f" {f} " or f" {f} " in f" {e} " for f in forms):
            return True
    return False


def compare_quotes(doc: Document, expected: list[dict], kinds: set[str]) -> list[str]:
    """Differences between ``doc.quotes`` (of ``kinds``) and the expected items, as messages."""
    got = [q for q in doc.quotes if q.kind in kinds]
    problems: list[str] = []
    used: set[int] = set()
    for exp in expected:
        if exp["kind"] not in kinds:
            continue
        match = None
        for i, q in enumerate(got):
            same = fold(doc.text[q.start : q.end]) == fold(exp["text"])
            if i not in used and q.kind == exp["kind"] and same:
                match = i
                break
        if match is None:
            problems.append(f"missing {exp['kind']} {exp['text']!r}")
            continue
        used.add(match)
        q = got[match]
        if not speaker_ok(doc, q.speaker, exp.get("speaker")):
            problems.append(f"speaker of {exp['text']!r}: got {q.speaker!r}, want {exp.get('speaker')!r}")
        if "stance" in exp and q.stance != exp["stance"]:
            problems.append(f"stance of {exp['text']!r}: got {q.stance!r}, want {exp['stance']!r}")
    for i, q in enumerate(got):
        if i not in used:
            problems.append(f"extra {q.kind} {doc.text[q.start : q.end]!r} ({q.speaker!r}, {q.rule})")
    return problems


def case_params(cases: list[dict], group: str, gaps: dict[tuple[str, str], str]) -> list:
    """Construction cases as pytest params; a known gap is an xfail that names what is missing."""
    out = []
    for case in cases:
        reason = gaps.get((group, case["id"]))
        marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out
