"""The one shared vocabulary of the pipeline: a document's text and the spans over it.

Every module below the CLI speaks in these types. The cleaned text of a document is held once;
parts, sentences, tokens and every extracted item are character spans over it (end exclusive),
never copied strings that could drift from the source. An :class:`OffsetMap` maps any offset in
the cleaned text back to the raw input, so a journalist can find the words in the original file.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field

# Kinds of labelled parts a document's text is cut into. Page furniture (captions, credits,
# section labels, datelines, bylines, page numbers) is kept, but never glued into body sentences.
PART_KINDS = (
    "title",
    "lead",
    "body",
    "heading",
    "caption",
    "credit",
    "section",
    "dateline",
    "byline",
    "page_number",
)
# Parts whose sentences can carry claims; furniture is searched for entity mentions only.
CLAIM_PARTS = frozenset({"title", "lead", "body"})

QUOTE_KINDS = ("direct", "partial", "scare", "indirect")
STANCES = ("asserted", "reported", "alleged", "denied")
CATEGORIES = (
    "killed",
    "wounded",
    "casualties",
    "personnel",
    "units",
    "territory",
    "duration",
    "ratio",
    "attacks",
    "equipment",
    "prisoners",
    "civilians",
    "refugees",
    "money",
)
PARTIES = ("russia", "ukraine", "wagner", "civilians", "west")
ENTITY_TYPES = ("PER", "ORG", "LOC")


class OffsetMap:
    """Maps offsets in the cleaned text to offsets in the raw input.

    Stored as anchors ``(clean, raw)``: from an anchor on, both texts advance together until the
    next anchor. Cleaning only deletes, replaces or inserts short runs (a line-end hyphen, a newline
    turned into a space), so a map has about one anchor per repaired line.
    """

    __slots__ = ("clean", "raw")

    def __init__(self, clean: list[int] | None = None, raw: list[int] | None = None) -> None:
        self.clean: list[int] = clean if clean is not None else [0]
        self.raw: list[int] = raw if raw is not None else [0]

    def to_raw(self, offset: int) -> int:
        """The raw offset of a cleaned-text offset."""
        i = bisect.bisect_right(self.clean, offset) - 1
        return self.raw[i] + (offset - self.clean[i])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self.clean == other.clean and self.raw == other.raw

    __hash__ = None  # type: ignore[assignment]  # mutable

    def to_json(self) -> list[list[int]]:
        return [self.clean, self.raw]

    @classmethod
    def from_json(cls, data: list[list[int]]) -> OffsetMap:
        return cls(list(data[0]), list(data[1]))

    @classmethod
    def identity(cls) -> OffsetMap:
        return cls([0], [0])


class TextBuilder:
    """Builds a cleaned text from pieces of a raw text while recording the offset map."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._len = 0
        self._clean: list[int] = []
        self._raw: list[int] = []

    def __len__(self) -> int:
        return self._len

    def _anchor(self, raw_pos: int) -> None:
        if self._clean and self._clean[-1] == self._len:
            self._raw[-1] = raw_pos
            return
        # Skip anchors that the previous run already implies.
        if self._clean and self._raw[-1] + (self._len - self._clean[-1]) == raw_pos:
            return
        self._clean.append(self._len)
        self._raw.append(raw_pos)

    def copy(self, raw: str, start: int, end: int) -> None:
        """Append ``raw[start:end]`` verbatim."""
        if end <= start:
            return
        self._anchor(start)
        self._chunks.append(raw[start:end])
        self._len += end - start

    def insert(self, text: str, raw_pos: int) -> None:
        """Append text that replaces (or stands in for) raw material at ``raw_pos``."""
        if not text:
            return
        self._anchor(raw_pos)
        self._chunks.append(text)
        self._len += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        if not self._clean:
            return "".join(self._chunks), OffsetMap.identity()
        return "".join(self._chunks), OffsetMap(list(self._clean), list(self._raw))


@dataclass(slots=True)
class Part:
    """A labelled region of the cleaned text: title, body paragraph, caption, credit…"""

    kind: str
    start: int
    end: int


@dataclass(slots=True)
class Token:
    """A token; ``tag``/``lemma`` are filled only where the deep analyser ran."""

    start: int
    end: int
    tag: str = ""  # the analyser's full tag, e.g. Frog/CGN "WW(pv,tgw,ev)"
    lemma: str = ""

    @property
    def pos(self) -> str:
        """The coarse part of speech: the tag up to its first parenthesis (CGN: N, WW, SPEC…)."""
        i = self.tag.find("(")
        return self.tag if i < 0 else self.tag[:i]


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    part: int  # index into Document.parts
    tokens: list[Token] = field(default_factory=list)
    analysed_by: str = ""  # "" = tokenised only; else the deep analyser's name and version


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    sentence: int
    rule: str = ""


@dataclass(slots=True)
class Entity:
    """One real-world entity with all its mentions in this document."""

    name: str  # canonical name (knowledge base) or the longest mention
    type: str  # PER, ORG, LOC
    mentions: list[Mention] = field(default_factory=list)
    party: str | None = None
    kb_id: str | None = None
    rule: str = ""


@dataclass(slots=True)
class Quote:
    start: int  # the quoted words without their quotation marks, or the reported clause
    end: int
    kind: str  # direct, partial, scare, indirect
    sentence: int
    speaker: str | None = None  # resolved name
    speaker_start: int | None = None  # the words that name or refer to the speaker
    speaker_end: int | None = None
    cue_start: int | None = None  # the speech verb, "volgens", "aldus", …
    cue_end: int | None = None
    stance: str = "reported"
    rule: str = ""


@dataclass(slots=True)
class Quantity:
    start: int  # number with its head noun
    end: int
    sentence: int
    low: float | None
    high: float | None
    unit: str = ""
    category: str | None = None
    subject: str | None = None  # the party the number is about
    source: str | None = None  # who claims it; None = the writer
    source_start: int | None = None
    source_end: int | None = None
    stance: str = "asserted"
    rule: str = ""


@dataclass(slots=True)
class ControlClaim:
    start: int  # the words that make the claim
    end: int
    sentence: int
    place: str
    place_start: int
    place_end: int
    holder: str | None
    polarity: str  # affirm, deny
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    stance: str = "asserted"
    rule: str = ""


@dataclass
class Document:
    """A cleaned article with its provenance and, once analysed, its sentences and claims."""

    id: str  # content hash of the cleaned text: the same article gets the same id
    name: str  # base name of the input (file name, or corpus name and record id)
    origin: str  # where it came from: path, path:line, URL
    raw: str
    text: str
    offsets: OffsetMap
    parts: list[Part] = field(default_factory=list)
    title: str | None = None
    date: str | None = None  # ISO date of publication
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str = "nl"
    ingest_stage: str = ""  # which ingest stage produced the text (plain, pdf-layout, trafilatura…)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    control_claims: list[ControlClaim] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw-input offsets of a cleaned-text span.

        The end is mapped through the span's last character: an end that falls on an anchor
        would otherwise map to the start of the next raw run (after a repaired line break).
        """
        if end <= start:
            s = self.offsets.to_raw(start)
            return s, s
        return self.offsets.to_raw(start), self.offsets.to_raw(end - 1) + 1

    def part_of(self, offset: int) -> Part | None:
        for p in self.parts:
            if p.start <= offset < p.end:
                return p
        return None


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without surrounding white space, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def content_id(text: str) -> str:
    """A stable id for a text: re-ingesting the same article yields the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
