"""Cheap, exact segmentation: tokens and sentences as character spans over the cleaned text.

Every document is segmented here, in a single regular-expression pass per part; the costly
analyser (Frog) later tags only the sentences that may carry a claim, using these same tokens, so
that tags align with our offsets one to one. Sentences never cross part boundaries: a caption or
a section label can never be glued into a body sentence.
"""

from __future__ import annotations

import re

from claimgraph.document import Document, Sentence, Token, trim_span
from claimgraph.lang.nl.abbreviations import ABBREVIATIONS

_OPEN_QUOTES = "‘“„«‹'\"‚"
_CLOSE_QUOTES = "’”»›'\""

# Order matters: earlier alternatives win.
TOKEN_RE = re.compile(
    r"""
      (?:[’'](?:s|t|n)\b)                                 # ’s avonds, 't, 'n
    | (?:\d+(?:[.,]\d+)*(?:[-–]\d+(?:[.,]\d+)*)?)         # 1.100  2,5  20.000  1990-1995
      (?:e|ste|de)?\b                                     # 580e (ordinal)
    | (?:[^\W\d_]\.){2,}                                  # o.a.  d.w.z.  V.S.
    | (?:\w+(?:[-’'](?=\w)\w+)*)                          # Wagner-baas  zo'n  Poetin’s
    | (?:\.\.\.|…)
    | \S
    """,
    re.VERBOSE,
)

# A sentence may end after . ? ! (or …), optionally followed by closing quotes/brackets.
_END_RE = re.compile(r"[.?!…]+[" + re.escape(_CLOSE_QUOTES) + r")\]]*")
_NEXT_START_RE = re.compile(r"\s+(?=[\"'‘“„«(\[\-–—]?\s?[A-ZÀ-ÖØ-ÞА-Я0-9])")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``; the offsets are into ``text``."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


def _is_abbreviation(text: str, tok_start: int, period: int) -> bool:
    word = text[tok_start:period].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    # A single capital initial: "J. Jansen", "V. Zelensky".
    return len(word) == 1 and text[tok_start].isupper()


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    s = start
    for m in _END_RE.finditer(text, start, end):
        after = m.end()
        nxt = _NEXT_START_RE.match(text, after, end)
        if nxt is None:
            continue
        if text[m.start()] == ".":
            # Back up to the start of the word before the period.
            w = m.start()
            while w > s and not text[w - 1].isspace():
                w -= 1
            if m.end() - m.start() == 1 and _is_abbreviation(text, w, m.start()):
                continue
        spans.append((s, after))
        s = nxt.end()
    spans.append((s, end))
    return [t for a, b in spans if (t := trim_span(text, a, b)) is not None]


def segment(doc: Document) -> None:
    """Fill ``doc.sentences`` with tokenised sentences, part by part."""
    text = doc.text
    sentences: list[Sentence] = []
    for pi, part in enumerate(doc.parts):
        for a, b in split_sentences(text, part.start, part.end):
            sentences.append(Sentence(len(sentences), a, b, pi, tokenize(text, a, b)))
    doc.sentences = sentences
