"""Which sentences get the costly analysis: those where tags and lemmas can change the result.

A sentence with no quotation mark, no number, no speech or report verb and no control verb can
hold no quote, numeric claim or control claim; its entity mentions are found from capitals and
the knowledge base without tags. Skipping Frog there is the main lever on throughput.
"""

from __future__ import annotations

import re

from claimgraph.document import CLAIM_PARTS, Document, Sentence
from claimgraph.lang.nl.numbers import SCALES, TENS, UNITS, VAGUE
from claimgraph.lang.nl.punctuation import ALL_QUOTES
from claimgraph.lang.nl.verbs import CONTROL_FORMS, SPEECH_FORMS

_EXTRA_CUES = ("zou", "zouden", "verluidt", "schatting")
# "een" is a number too, but far too common to mark a sentence; "ruim een jaar" still needs
# no tags to be read as a duration.
_WORDS = sorted(
    set(SPEECH_FORMS) | set(CONTROL_FORMS) | (set(UNITS) - {"een", "één"}) | set(TENS) | set(SCALES)
    | set(VAGUE)
    | set(_EXTRA_CUES),
    key=len,
    reverse=True,
)
# A number word may be part of a compound (drieëntwintig, tweehonderd, vijfduizend).
_NUMBER_PART = "|".join(sorted(set(TENS) | set(SCALES) | set(VAGUE), key=len, reverse=True))
CUE_RE = re.compile(
    r"[\d" + re.escape(ALL_QUOTES) + r"]"
    r"|\b(?:" + "|".join(re.escape(w) for w in _WORDS) + r")\b"
    r"|\w*(?:" + _NUMBER_PART + r")\w*",
    re.IGNORECASE,
)


def needs_analysis(doc: Document, sentence: Sentence) -> bool:
    if doc.parts and doc.parts[sentence.part].kind not in CLAIM_PARTS:
        return False
    return CUE_RE.search(doc.text, sentence.start, sentence.end) is not None


def select(doc: Document) -> list[Sentence]:
    return [s for s in doc.sentences if needs_analysis(doc, s)]
