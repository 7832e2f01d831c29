"""Repair text extracted from newspaper pages into a cleaned text cut into labelled parts.

PDF text comes out line by line: lines are broken mid-sentence, words are hyphenated at line ends,
page furniture (photo captions with credits, section labels, datelines, bylines, page numbers,
sub-headings) sits between or glued onto body lines. :func:`repair` rejoins lines, repairs the
hyphenation and cuts the furniture into parts of its own, so no caption ends up inside a body
sentence. The cleaned text is built with :class:`TextBuilder`, so every cleaned offset maps back to
the raw input. All passes are linear over the lines; the language knowledge is in ``lang/nl``.

The cleaned text holds one part per paragraph or piece of furniture, parts separated by a blank
line, in reading order (a paragraph interrupted by furniture is rejoined before the furniture).
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from claimgraph.document import Document, OffsetMap, Part, TextBuilder, content_id, trim_span
from claimgraph.lang.nl import furniture as nl
from claimgraph.lang.nl.months import MONTHS, WEEKDAYS

logger = logging.getLogger(__name__)

# Layout thresholds, calibrated together on double-spaced PDF extractions of Dutch newspapers
# (justified columns of 90-100 characters); don't tune one in isolation.
DOUBLE_SPACED_SHARE = 0.6  # share of line gaps that are exactly one blank line
WRAPPED_MAX_MEDIAN = 160  # longer median lines are paragraphs, not wrapped column lines
WRAPPED_MIN_SHARE = 0.2  # and at least this share of line ends must break a sentence
SHORT_LINE_RATIO = 0.85  # a line ending a sentence this much shorter than the column ends a paragraph
HEADING_MAX_WORDS = 8
HEADING_MAX_CHARS = 70
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 200
CAPTION_MAX_SENTENCES = 2
CAPTION_MAX_WORDS = 60
CREDIT_MAX_TOKENS = 8
LEAD_MAX_WORDS = 120
TITLE_FROM_LEAD_MAX_WORDS = 20
PART_SEPARATOR = "\n\n"

FURNITURE = frozenset({"caption", "credit", "section", "dateline", "byline", "page_number"})
TEXT_KINDS = frozenset({"title", "lead", "body"})
# Where a publication date is printed: datelines and page heads, not captions or the body text.
DATE_KINDS = frozenset({"dateline", "section", "byline", "page_number"})

_EOL = "\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines() splits on
# Inside a line: runs of spaces, odd spaces (tab, no-break) become one space; soft hyphens,
# zero-width characters and control characters are dropped.
_SPACE = "[ \t\u00a0\u3000]"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_FIX = re.compile(
    rf"{_SPACE}[ \t\u00a0\u3000{_INVISIBLE}]*{_SPACE}|[\t\u00a0\u3000]|[{_INVISIBLE}\x00-\x08\x0e-\x1f\x7f]"
)
_DROP = frozenset(_INVISIBLE)
_TRIM = _INVISIBLE + " \t\n\r\f\v\u00a0\u3000\x1c\x1d\x1e\x85\u2028\u2029"
_CLOSERS = "\"'’”»)]"
_OPENERS = "\"'‘’“„«([–—-•* "
_SENT_END = re.compile(r"[.!?…][\"'’”»)\]]*$")
_NO_HEADING_END = re.compile(r"[.,;:!?…\-–—/(]['’”\")]*$")
# A sentence boundary inside a line: final punctuation, closers, space, then a capital or digit.
_SENT_BOUNDARY = re.compile(r"[.!?…][\"'’”»)\]]*\s+(?=[\"'‘“„«(]*[A-ZÀ-ÖØ-Þ0-9])")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_VOWELS = frozenset("aeiouyéèêëïöüáàâ")
_ACCENTED = frozenset("éèêëïöüáàâ")

_CREDIT_WORD = "|".join(re.escape(w) for w in nl.CREDIT_WORDS if w != "©")
# A credit glued to the end of a line after a sentence ("afslaan.beeld afp / Sergey Shestak") or a
# whole line ("Foto ANP", "© Reuters", "Foto: Reuters"); its tail is checked by _credit_tail_ok.
_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?…\"'’”)\]]))\s*(?P<credit>(?:(?:{_CREDIT_WORD})\b|©)\s*:?\s*(?P<tail>[^.!?]*?)\.?)\s*$",
    re.IGNORECASE,
)
# "(EPA)", "(Foto: Reuters)" at the end of a caption sentence or alone on a line.
_PAREN_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?…\"'’”]))\s*(?P<credit>\((?:(?P<word>{_CREDIT_WORD}|©)\s*:?\s*)?(?P<tail>[^()]{{1,60}})\))\s*$",
    re.IGNORECASE,
)
_CREDIT_HINTS = (*nl.CREDIT_WORDS, ")")
_AGENCY_WORDS = frozenset(w for a in nl.AGENCIES for w in a.split())
_AGENCY_PHRASES = frozenset(nl.AGENCIES)
_PAGE_NUMBER = re.compile(
    rf"(?i)(?:(?:{'|'.join(nl.PAGE_WORDS)})\.?\s*)?[-–]?\s*\d{{1,4}}\s*[-–]?(?:\s*(?:/|van)\s*\d{{1,4}})?"
)
_CAPS = "A-ZÀ-ÖØ-Þ"
_CAPS_WORD = rf"[{_CAPS}][{_CAPS}'’.\-]*"
_AGENCY_PAREN = r"\((?:[A-Za-z]{2,10})(?:[/ ][A-Za-z]{2,10})?\)"
# "KIEV (ANP) – De Oekraïense…": a dateline opening a paragraph.
_INLINE_DATELINE = re.compile(
    rf"(?P<dl>[{_CAPS}]{{3}}[{_CAPS}'’.\-]*(?:[ /]{_CAPS_WORD})*(?:,?\s*{_AGENCY_PAREN})?\s*[–—-])"
    r"\s+(?=[\"'‘“„«]*[A-ZÀ-ÖØ-Þ0-9])"
)
_DATELINE_SEP = re.compile(r"\s[–—-]\s|\s?/\s?|[–—-]$|\([A-Za-z/ ]{2,20}\)")
_BYLINE_STAFF = re.compile(
    rf"(?i)(?:{'|'.join(nl.BYLINE_STAFF_OPENERS)})\s+(?:(?:{'|'.join(nl.BYLINE_STAFF_ROLES)})\s*)+"
)
_BYLINE_TEXT = re.compile(rf"(?i)(?:{'|'.join(re.escape(w) for w in nl.BYLINE_TEXT_OPENERS)})\s*:\s*")

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DATE_NL = re.compile(
    rf"(?i)\b(?:(?:{_WEEKDAY_ALT})\.?,?\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_ALT})\.?\s+(?P<y>(?:19|20)\d\d)\b"
)
_DATE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d])")
_DATE_DMY = re.compile(r"\b(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)\b")


@dataclass(slots=True)
class Layout:
    """The cleaned text of one document with its parts and what the page said about it."""

    text: str
    offsets: OffsetMap
    parts: list[Part]
    title: str | None = None
    author: str | None = None
    date: str | None = None


@dataclass(slots=True)
class _Line:
    start: int  # raw offset of the first non-blank character
    end: int  # raw offset after the last non-blank character
    text: str
    gap: int  # blank lines before this line
    trail: int  # trailing blanks (two or more after a full stop often end a paragraph)
    kind: str = ""  # furniture kind, or a hint from the PDF fonts
    cut: int = -1  # raw offset where a credit glued to this line starts
    sure: bool = False  # the credit has a credit word ("Foto ANP", not just "(ANP)")
    hint: str = ""


@dataclass(slots=True)
class _Block:
    kind: str
    pieces: list[tuple[int, int]] = field(default_factory=list)  # raw spans, one per line
    hard: bool = False  # opened by a blank-line break (or an unsure credit), not by layout

    @property
    def start(self) -> int:
        return self.pieces[0][0]


# --- public API ------------------------------------------------------------------------------


def repair(raw: str, *, hints: Mapping[int, str] | None = None, has_title: bool | None = None) -> Layout:
    """Clean ``raw`` and cut it into parts.

    ``hints`` maps the raw offset where a line's text starts to a kind the caller already knows
    from fonts (``title``, ``heading``, ``caption``, ``page_number``, ``body``): the PDF reader.
    ``has_title``: True when the first line is known to be the title, False when the text has none,
    None to decide from the text.
    """
    lines = _scan(raw)
    if not lines:
        return Layout("", OffsetMap.identity(), [])
    if hints:
        for ln in lines:
            ln.hint = hints.get(ln.start, "")
    _mark_furniture(raw, lines)
    blocks = _blocks(raw, lines, has_title)
    blocks = _split_inline(raw, blocks)
    _classify(raw, blocks, has_title)
    blocks = _rejoin_interrupted(raw, blocks)
    text, offsets, parts = _emit(raw, blocks)
    title = author = date = None
    for p in parts:
        span = text[p.start : p.end]
        if p.kind == "title" and title is None:
            title = span
        elif p.kind == "byline" and author is None:
            author = byline_author(span)
        if date is None and p.kind in DATE_KINDS:
            date = find_date(span)
    if title is None and has_title is not False:
        title = _title_from_lead(text, parts)
    return Layout(text, offsets, parts, title, author, date)


def to_document(
    layout: Layout,
    *,
    raw: str,
    name: str,
    origin: str,
    stage: str,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
) -> Document:
    """A :class:`Document` from a layout; metadata given by the source wins over what the page says."""
    return Document(
        id=content_id(layout.text),
        name=name,
        origin=origin,
        raw=raw,
        text=layout.text,
        offsets=layout.offsets,
        parts=layout.parts,
        title=_clean_meta(title) or layout.title,
        date=(parse_date(date) if date else None) or layout.date,
        author=_clean_meta(author) or layout.author,
        outlet=_clean_meta(outlet),
        url=_clean_meta(url),
        ingest_stage=stage,
    )


def is_page_number(text: str) -> bool:
    """Whether a line is only a page number (``12``, ``Pagina 3``, ``- 4 -``, ``3 / 12``)."""
    return _PAGE_NUMBER.fullmatch(text.strip()) is not None


def parse_date(value: str) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from ISO, ``20 mei 2023`` or ``20-05-2023`` forms, else None."""
    found = find_date(value)
    if found is None:
        logger.debug("unreadable date %r", value)
    return found


def find_date(text: str) -> str | None:
    """The first full date in ``text`` as an ISO string, or None."""
    for pattern in (_DATE_ISO, _DATE_NL, _DATE_DMY):
        for m in pattern.finditer(text):
            month = m.group("m")
            mon = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
            try:
                return _dt.date(int(m.group("y")), mon or 0, int(m.group("d"))).isoformat()
            except ValueError:
                continue
    return None


def byline_author(line: str) -> str | None:
    """The names in a byline (``Door Jan Jansen en Piet de Vries`` → ``Jan Jansen en Piet de Vries``)."""
    m = _BYLINE_STAFF.match(line) or _BYLINE_TEXT.match(line)
    rest = line[m.end() :] if m else line
    if not m:
        word = rest.split(maxsplit=1)
        if not word or word[0].lower() != nl.BYLINE_WORD or len(word) < 2:
            return None
        rest = word[1]
    names: list[str] = []
    for tok in rest.replace(",", " , ").split():
        low = tok.lower()
        if tok == ",":
            break
        if tok[0].isupper() or (names and low in nl.NAME_PARTICLES):
            names.append(tok)
        else:
            break
    while names and names[-1].lower() in nl.NAME_PARTICLES:
        names.pop()
    return " ".join(names) or None


# --- lines ----------------------------------------------------------------------------------


def _scan(raw: str) -> list[_Line]:
    """The non-blank lines of ``raw`` with their stripped raw bounds and the blank lines before."""
    lines: list[_Line] = []
    gap = 0
    pos = 0
    for seg in raw.splitlines(keepends=True):
        start = pos
        pos += len(seg)
        stripped = seg.strip()
        if stripped and (stripped[0] in _DROP or stripped[-1] in _DROP):
            stripped = seg.strip(_TRIM)
        if stripped:
            lead = seg.index(stripped)
            end = lead + len(stripped)
            trail = len(seg.rstrip(_EOL)) - end
            lines.append(_Line(start + lead, start + end, stripped, gap, trail))
            gap = 0
        else:
            gap += 1
    return lines


def _ends_sentence(text: str) -> bool:
    return _SENT_END.search(text) is not None


def _starts_sentence(text: str) -> bool:
    for c in text:
        if c in _OPENERS:
            continue
        return c.isupper() or c.isdigit()
    return False


def _is_caps(text: str) -> bool:
    return text.isupper() and sum(1 for c in text if c.isalpha()) >= 2


def _credit_tail_ok(tail: str, *, need_name: bool = True) -> bool:
    """Whether the words after a credit word name a photographer or an agency, not a sentence."""
    words = tail.replace("/", " / ").replace(",", " ").split()
    if not words or len(words) > CREDIT_MAX_TOKENS:
        return False
    named = False
    low_tail = " ".join(w.lower() for w in words)
    for phrase in _AGENCY_PHRASES:
        if " " in phrase and phrase in low_tail:
            named = True
    for w in words:
        core = w.strip("()[]'\"’‘.:;")
        if not core:
            continue
        low = core.lower()
        if low in _AGENCY_WORDS or core[0].isupper() or core[0].isdigit():
            named = True
        elif low in nl.NAME_PARTICLES:
            continue
        else:
            return False
    return named or not need_name


def _credit_start(text: str) -> tuple[int, bool]:
    """Where a credit running to the end of ``text`` starts (-1: none), and whether it is sure.

    A credit with a credit word ("Foto ANP") is sure; a bare agency in brackets ("(ANP)") may
    also be a news agency's sign-off under body text, so it does not make a caption on its own.
    """
    low = text.lower()
    if not any(w in low for w in _CREDIT_HINTS):  # a cheap test first: most lines have none
        return -1, False
    m = _CREDIT.search(text)
    if m and _credit_tail_ok(m.group("tail")):
        return m.start("credit"), True
    m = _PAREN_CREDIT.search(text)
    if m:
        tail = m.group("tail")
        if m.group("word") and _credit_tail_ok(tail):
            return m.start("credit"), True
        if all(w.lower().strip(".,") in _AGENCY_WORDS or w in "/&" for w in tail.replace("/", " / ").split()):
            return m.start("credit"), False
    return -1, False


def _agency_only(text: str) -> bool:
    words = text.replace("/", " / ").split()
    return 0 < len(words) <= 4 and all(w.lower().strip(".,()") in _AGENCY_WORDS or w in "/&|" for w in words)


def _line_kind(text: str, credit: int) -> str:
    """The furniture kind of a whole line (``credit``: where a credit starts in it), or ''."""
    if len(text) > 120:
        return ""
    if is_page_number(text):
        return "page_number"
    if credit == 0 or _agency_only(text):
        return "credit"
    if _is_byline(text):
        return "byline"
    words = text.split()
    if _is_caps(text) and len(words) <= 8 and not _ends_sentence(text.rstrip(" –-")):
        return _caps_kind(text, words)
    if len(words) <= 10 and not _ends_sentence(text) and find_date(text):
        return "dateline"
    return ""


def _caps_kind(text: str, words: list[str]) -> str:
    """An ALL-CAPS line is a section label (a genre word or a phrase) or a dateline (places)."""
    if _DATELINE_SEP.search(text):
        return "dateline"
    bare = [w.strip("'’.,:–-") for w in words]
    if any(w in nl.SECTION_LABELS for w in bare):
        return "section"
    if any(w.lower() in nl.FUNCTION_WORDS for w in bare) or len(words) > 2:
        return "section"
    return "dateline"


def _is_byline(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 12 or _ends_sentence(text):
        return False
    if _BYLINE_STAFF.match(text) or _BYLINE_TEXT.match(text):
        return True
    if words[0].lower() != nl.BYLINE_WORD or not words[1][0].isupper():
        return False
    for w in words[1:]:
        core = w.strip(",")
        if not core:
            continue
        if not (core[0].isupper() or core.lower() in nl.NAME_PARTICLES or core.lower() in ("in", "uit")):
            return False
    return True


def _mark_furniture(raw: str, lines: list[_Line]) -> None:
    for ln in lines:
        if ln.hint == "page_number":
            ln.kind = "page_number"
            continue
        if ln.hint in ("title", "heading"):
            continue
        k, ln.sure = _credit_start(ln.text)
        ln.kind = _line_kind(ln.text, k)
        if not ln.kind and k > 0:
            ln.cut = ln.start + k


# --- blocks ---------------------------------------------------------------------------------


def _blocks(raw: str, lines: list[_Line], has_title: bool | None) -> list[_Block]:
    """Group lines into blocks: paragraphs, headings and single furniture lines."""
    n = len(lines)
    ones = sum(1 for ln in lines[1:] if ln.gap == 1)
    zeros = sum(1 for ln in lines[1:] if ln.gap == 0)
    # Double-spaced extraction: every line is followed by a blank line, so only two or more
    # blank lines break a paragraph. (Longer runs of blank lines say nothing either way.)
    hard_gap = 2 if ones and ones >= DOUBLE_SPACED_SHARE * (ones + zeros) else 1
    lengths = sorted(ln.end - ln.start for ln in lines)
    typical = lengths[int(0.75 * (n - 1))]
    wrapped = lengths[n // 2] <= WRAPPED_MAX_MEDIAN and _wrap_evidence(lines) >= WRAPPED_MIN_SHARE * (n - 1)
    short = SHORT_LINE_RATIO * typical
    hard = [i == 0 or not wrapped or ln.gap >= hard_gap for i, ln in enumerate(lines)]
    heading = [_is_heading(lines, i, hard, typical if wrapped else 0) for i in range(n)]

    first_text = next((i for i, ln in enumerate(lines) if not ln.kind), -1)
    blocks: list[_Block] = []
    cur: _Block | None = None
    for i, ln in enumerate(lines):
        brk = hard[i] or cur is None
        if not brk:
            prev = lines[i - 1]
            brk = (
                bool(ln.kind or prev.kind)
                or ((heading[i] or heading[i - 1]) and not ln.hint == prev.hint == "heading")
                or ln.hint != prev.hint
                or (
                    i - 1 == first_text
                    and has_title is not False
                    and prev.hint != "title"
                    and _title_line(prev.text, ln.text)
                )
                or (
                    _ends_sentence(prev.text)
                    and _starts_sentence(ln.text)
                    and (
                        prev.end - prev.start < short
                        or prev.trail >= 2
                        or _INLINE_DATELINE.match(ln.text) is not None
                    )
                )
            )
        if brk:
            kind = ln.kind or (
                "heading" if heading[i] else ln.hint if ln.hint in ("title", "caption") else ""
            )
            # An unsure credit is treated as if a blank line preceded it: only a short block of
            # its own becomes its caption.
            cur = _Block(kind, hard=hard[i] or (kind == "credit" and not ln.sure))
            blocks.append(cur)
        cur.pieces.append((ln.start, ln.end))
        if ln.cut >= 0:
            # The credit glued to this line becomes a block of its own, and ends the text flow.
            cut = ln.cut
            while cut > ln.start and raw[cut - 1].isspace():
                cut -= 1
            cur.pieces[-1] = (ln.start, cut)
            blocks.append(_Block("credit", [(ln.cut, ln.end)], hard=not ln.sure))
            cur = None
    if has_title and first_text >= 0:
        _force_first_title(blocks, lines[first_text].start)
    return blocks


def _wrap_evidence(lines: list[_Line]) -> int:
    """Line ends that break a sentence: the text was wrapped into lines, not one paragraph a line."""
    found = 0
    for ln, nxt in pairwise(lines):
        text = ln.text
        dangling = not _ends_sentence(text) and text.rsplit(None, 1)[-1].lower() in nl.DANGLING_WORDS
        found += dangling or text.endswith(("-", ",", "\u00ad")) or _starts_lower(nxt.text)
    return found


def _is_heading(lines: list[_Line], i: int, hard: list[bool], typical: int) -> bool:
    """A sub-heading: a short line without final punctuation standing between sentences."""
    ln = lines[i]
    if ln.hint == "heading":
        return True
    if ln.kind or ln.cut >= 0 or ln.hint:
        return False
    words = ln.text.split()
    if len(words) > HEADING_MAX_WORDS or len(ln.text) > HEADING_MAX_CHARS:
        return False
    if typical and len(ln.text) > 0.7 * typical:
        return False
    if _NO_HEADING_END.search(ln.text) or words[-1].lower() in nl.DANGLING_WORDS:
        return False
    if not (hard[i] or lines[i - 1].kind or _ends_sentence(lines[i - 1].text)):
        return False
    if i + 1 == len(lines) or hard[i + 1] or lines[i + 1].kind:
        return True
    return _starts_sentence(lines[i + 1].text)


def _starts_lower(text: str) -> bool:
    for c in text:
        if c in _OPENERS:
            continue
        return c.islower()
    return False


def _title_line(first: str, nxt: str) -> bool:
    """Whether the first text line of a document is a headline standing above what follows."""
    return _headline(first) and _starts_sentence(nxt)


def _force_first_title(blocks: list[_Block], start: int) -> None:
    """Make the first text line a title block on its own (the caller knows it is the title)."""
    for bi, b in enumerate(blocks):
        if b.kind in FURNITURE:
            continue
        if b.pieces[0][0] == start:
            rest = b.pieces[1:]
            b.pieces = b.pieces[:1]
            b.kind = "title"
            if rest:
                blocks.insert(bi + 1, _Block("", rest))
        return


def _split_inline(raw: str, blocks: list[_Block]) -> list[_Block]:
    """Cut an opening dateline (``KIEV (ANP) –``) off its paragraph."""
    out: list[_Block] = []
    for b in blocks:
        if not b.kind:
            s, e = b.pieces[0]
            m = _INLINE_DATELINE.match(raw, s, e)
            if m and (m.end("dl") - s) < 60:
                out.append(_Block("dateline", [(s, m.end("dl"))]))
                b.pieces[0] = (m.end(), e)
        out.append(b)
    return out


# --- block kinds ----------------------------------------------------------------------------


def _block_text(raw: str, b: _Block) -> str:
    return " ".join(raw[s:e] for s, e in b.pieces)


def _sentence_starts(raw: str, b: _Block) -> list[tuple[int, bool]]:
    """Raw offsets where sentences start in a block; True where the sentence opens a line."""
    starts: list[tuple[int, bool]] = [(b.pieces[0][0], True)]
    prev_end_sentence = False
    for k, (s, e) in enumerate(b.pieces):
        if k and prev_end_sentence and _starts_sentence(raw[s:e]):
            starts.append((s, True))
        for m in _SENT_BOUNDARY.finditer(raw, s, e):
            starts.append((m.end(), False))
        prev_end_sentence = _ends_sentence(raw[s:e])
    return starts


def _caption_start(raw: str, b: _Block) -> int:
    """Where the caption begins in a block that ends in a credit: its last one or two sentences.

    A caption usually starts a block; when the block also holds body text (the paragraph break was
    not visible), prefer a sentence that opens a line, else take the last sentence only.
    """
    starts = _sentence_starts(raw, b)
    last = starts[-CAPTION_MAX_SENTENCES:]
    if last[0][0] == b.pieces[0][0]:
        return last[0][0]
    for pos, strong in last:
        if strong:
            return pos
    return last[-1][0]


def _split_block(b: _Block, pos: int) -> tuple[_Block, _Block]:
    """Split a block at raw offset ``pos``."""
    left: list[tuple[int, int]] = []
    right: list[tuple[int, int]] = []
    for s, e in b.pieces:
        if e <= pos:
            left.append((s, e))
        elif s >= pos:
            right.append((s, e))
        else:
            left.append((s, pos))
            right.append((pos, e))
    return _Block(b.kind, left), _Block(b.kind, right)


def _trim(raw: str, b: _Block) -> _Block:
    b.pieces = [t for s, e in b.pieces if (t := trim_span(raw, s, e)) is not None]
    return b


def _word_count(text: str) -> int:
    return len(text.split())


def _classify(raw: str, blocks: list[_Block], has_title: bool | None) -> None:
    """Label captions, title, lead and body; ``blocks`` is changed in place."""
    i = 1
    while i < len(blocks):
        if blocks[i].kind == "credit" and blocks[i - 1].kind == "":
            i += _caption_before_credit(raw, blocks, i)
        i += 1
    blocks[:] = [b for b in blocks if b.pieces]

    first = next((k for k, b in enumerate(blocks) if b.kind not in FURNITURE), -1)
    if first >= 0 and has_title is not False:
        fb = blocks[first]
        if fb.kind in ("", "heading") and len(fb.pieces) == 1 and _headline(_block_text(raw, fb)):
            fb.kind = "title"
    for k, b in enumerate(blocks):
        if b.kind == "title" and k != first:
            b.kind = "heading"  # a second headline-sized line further down
        if b.kind == "heading" and _word_count(_block_text(raw, b)) > 2 * HEADING_MAX_WORDS:
            b.kind = ""  # a paragraph set in larger type (an intro), not a sub-heading
        if not b.kind:
            b.kind = "body"
    # The lead: the first paragraph after the title when a dateline or byline follows it, as
    # newspapers print it above the article proper.
    start = first + 1 if first >= 0 and blocks[first].kind == "title" else max(first, 0)
    k = next((k for k in range(start, len(blocks)) if blocks[k].kind not in FURNITURE), -1)
    if k < 0 or blocks[k].kind != "body" or _word_count(_block_text(raw, blocks[k])) > LEAD_MAX_WORDS:
        return
    for later in blocks[k + 1 :]:
        if later.kind in ("dateline", "byline"):
            blocks[k].kind = "lead"
            return
        if later.kind not in FURNITURE:
            return


def _caption_before_credit(raw: str, blocks: list[_Block], i: int) -> int:
    """Make the text before the credit ``blocks[i]`` a caption; returns the number of blocks added."""
    prev, credit = blocks[i - 1], blocks[i]
    if credit.hard:
        # After a blank line only a short block of its own can be the caption.
        text = _block_text(raw, prev)
        if (
            len(_sentence_starts(raw, prev)) <= CAPTION_MAX_SENTENCES
            and _word_count(text) <= CAPTION_MAX_WORDS
        ):
            prev.kind = "caption"
        return 0
    pos = _caption_start(raw, prev)
    if pos == prev.pieces[0][0]:
        prev.kind = "caption"
        return 0
    body, cap = _split_block(prev, pos)
    body.kind, cap.kind = "", "caption"
    body.hard = prev.hard
    blocks[i - 1 : i] = [_trim(raw, body), _trim(raw, cap)]
    return 1


def _headline(text: str) -> bool:
    """Short, no final full stop and not ending on a function word ("… in de oorlog van")."""
    words = text.split()
    if not words or len(words) > TITLE_MAX_WORDS or len(text) > TITLE_MAX_CHARS:
        return False
    if words[-1].lower().strip(_CLOSERS) in nl.DANGLING_WORDS:
        return False
    return not text.rstrip(_CLOSERS).endswith((".", ",", ";", ":", "-", "–"))


def _rejoin_interrupted(raw: str, blocks: list[_Block]) -> list[_Block]:
    """Rejoin a paragraph that a column break or furniture interrupted mid-sentence.

    The continuation starts in lower case and the paragraph did not end a sentence; it is emitted
    right after the paragraph, any furniture between them after both.
    """
    out: list[_Block] = []
    k = 0
    while k < len(blocks):
        b = blocks[k]
        out.append(b)
        k += 1
        if b.kind not in ("body", "lead"):
            continue
        while True:
            s, e = b.pieces[-1]
            if _ends_sentence(raw[s:e]) or raw[e - 1] == ":":
                break
            j = k
            while j < len(blocks) and blocks[j].kind in FURNITURE:
                j += 1
            if j >= len(blocks) or blocks[j].kind != "body":
                break
            s, e = blocks[j].pieces[0]
            if not _starts_lower(raw[s:e]):
                break
            b.pieces.extend(blocks[j].pieces)
            out.extend(blocks[k:j])
            k = j + 1
    return out


def _title_from_lead(text: str, parts: list[Part]) -> str | None:
    """With no headline on the page, the lead's first sentence stands in for it, when short."""
    for p in parts:
        if p.kind == "lead":
            span = text[p.start : p.end]
            m = _SENT_BOUNDARY.search(span)
            first = span[: m.end()].strip() if m else span
            if _word_count(first) <= TITLE_FROM_LEAD_MAX_WORDS:
                return first
            return None
        if p.kind in TEXT_KINDS:
            return None
    return None


# --- emitting -------------------------------------------------------------------------------


def _emit(raw: str, blocks: list[_Block]) -> tuple[str, OffsetMap, list[Part]]:
    tb = TextBuilder()
    parts: list[Part] = []
    blocks_end = 0
    for b in blocks:
        if not b.pieces:
            continue
        if parts:
            # Anchored at the end of the previous part, so a part's end maps to its raw end.
            tb.insert(PART_SEPARATOR, blocks_end)
        start = len(tb)
        _emit_pieces(tb, raw, b.pieces)
        blocks_end = b.pieces[-1][1]
        if len(tb) > start:
            parts.append(Part(b.kind, start, len(tb)))
    text, offsets = tb.build()
    return text, offsets, parts


def _emit_pieces(tb: TextBuilder, raw: str, pieces: list[tuple[int, int]]) -> None:
    """Append a block's lines, joined by a space or a repaired line-end hyphenation."""
    trema = ""
    opens_sentence = True  # whether the current line starts a sentence
    last = len(pieces) - 1
    for k, (s, e) in enumerate(pieces):
        if trema:
            tb.insert(trema, s)
            s += 1
        trema = ""
        join = ""
        if k < last:
            join, trema = _join_kind(raw, pieces[k], pieces[k + 1], opens_sentence=opens_sentence)
        _copy_clean(tb, raw, s, e - 1 if join == "drop" else e)
        if join == "space":
            tb.insert(" ", e)
        opens_sentence = _ends_sentence(raw[s:e])


def _copy_clean(tb: TextBuilder, raw: str, s: int, e: int) -> None:
    """Copy ``raw[s:e]`` with odd spaces folded to one space and invisible characters dropped."""
    seg = raw[s:e]
    if seg.isprintable() and "  " not in seg:  # the common case: nothing to fix
        tb.copy(raw, s, e)
        return
    pos = s
    for m in _FIX.finditer(raw, s, e):
        tb.copy(raw, pos, m.start())
        if raw[m.start()] in " \t\u00a0\u3000":
            tb.insert(" ", m.start())
        pos = m.end()
    tb.copy(raw, pos, e)


def _join_kind(raw: str, a: tuple[int, int], b: tuple[int, int], *, opens_sentence: bool) -> tuple[str, str]:
    """How line ``a`` joins line ``b``: "space", "drop" (the hyphen), "keep" (it), plus a trema."""
    s, e = a
    bs, be = b
    end_char = raw[e - 1]
    if end_char == "\u00ad":  # a soft hyphen, dropped by _copy_clean: join the halves
        return "keep", ""
    if end_char != "-" or e - s < 2 or not raw[e - 2].isalnum():
        return "space", ""
    m = _WORD.match(raw, bs, be)
    if m is None:
        return ("keep" if raw[bs].isdigit() else "space"), ""
    nxt = m.group()
    if (m.end() == be or raw[m.end()].isspace()) and nxt.lower() in nl.HYPHEN_ELISION_WORDS:
        return "space", ""  # "land- en tuinbouw"
    k = e - 1
    while k > s and raw[k - 1].isalnum():
        k -= 1
    prev = raw[k : e - 1]
    if any(c.isdigit() for c in prev) or nxt[0].isupper():
        return "keep", ""
    p1, n0 = prev[-1].lower(), nxt[0]
    if n0 in nl.TREMA and _takes_trema(prev.lower(), n0):
        return "drop", nl.TREMA[n0]  # "Oekra-" + "ine": the trema dropped at the break comes back
    if p1 + n0 in nl.VOWEL_DIGRAPHS or (p1 in _ACCENTED and n0 in _VOWELS):
        return "keep", ""  # "zee-" + "egel": a compound's vowel clash keeps its hyphen
    if len(prev) >= 2 and prev.isupper():
        return "keep", ""  # "NAVO-" + "top"
    if prev[0].isupper():
        if _attested(raw, prev + nxt):
            return "drop", ""  # "Rus-" + "sische": the article writes "Russische" elsewhere
        initial = _after_sentence_end(raw, s, k) if k > s else opens_sentence
        if not initial:
            return "keep", ""  # "Wagner-" + "huurlingenleger": a name keeps its hyphen
    return "drop", ""


def _attested(raw: str, word: str) -> bool:
    """Whether ``word`` occurs as a whole word elsewhere in the text (evidence for a join)."""
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", raw) is not None


def _takes_trema(prev: str, n0: str) -> bool:
    """Whether a word broken after ``prev`` before a vowel ``n0`` was broken at a trema."""
    if prev in nl.TREMA_PREFIXES:
        return True
    p1 = prev[-1]
    if p1 not in nl.TREMA_BEFORE or (p1 == "i" and n0 == "i"):
        return False
    return len(prev) < 2 or prev[-2] not in _VOWELS


def _after_sentence_end(raw: str, s: int, k: int) -> bool:
    """Whether the word at ``k`` opens a sentence within its line (a capital there is no name)."""
    before = raw[s:k].rstrip()
    if not before:
        return True
    return _SENT_END.search(before) is not None or before[-1] in "‘“\"'(:"


def _clean_meta(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
