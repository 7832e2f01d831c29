"""An article as HTML with every extracted item marked in place.

Items overlap freely: a number inside a quote, a control claim across a quote's end, a quote
over two sentences. HTML elements must nest, so the text is walked boundary by boundary with a
stack of open items; when an item ends below the top of the stack, the items above it are closed
and reopened (marked ``cont``), so every item stays one logical element made of fragments that
share its ``data-item``. Every piece of text goes through :func:`markupsafe.escape`: an article
containing ``<script>`` shows the tag as text.

Each item also gets a *card* (its speaker, stance, interval, category, rule…) that the page shows
on hover or click, and a plain ``title`` for browsers without JavaScript.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from claimgraph.document import CLAIM_PARTS, Document
from claimgraph.reconcile.normalize import interval_text

PALETTE_SIZE = 8
# Nesting order for items over the same characters: lower ranks wrap higher ones.
_RANK = {"s": 0, "quote": 1, "control": 2, "quantity": 3, "speaker": 4, "cue": 4, "src": 4, "ent": 5}
_PART_TAGS = {"title": "h2", "lead": "p", "body": "p", "heading": "h3"}


@dataclass
class Card:
    """What the page tells about one item."""

    id: str
    kind: str  # quote, quantity, control, entity
    label: str  # short: the words, clipped
    fields: list[tuple[str, Any]]
    css: str = ""
    sentence: int | None = None
    note: str = ""  # a few words for the item list: the speaker, the value and source…

    def summary(self) -> str:
        return "; ".join(f"{k}: {v}" for k, v in self.fields if v not in (None, ""))


@dataclass
class _Span:
    start: int
    end: int
    kind: str
    item: str  # data-item: the card it belongs to ("" for sentences)
    css: str
    title: str = ""
    sentence: int | None = None

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.start, -self.end, _RANK[self.kind])


@dataclass
class Rendered:
    html: Markup
    cards: list[Card]
    speakers: list[tuple[str, str, int]] = field(default_factory=list)  # name, css class, quotes


def clip(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def speaker_classes(doc: Document) -> dict[str, str]:
    """A colour class per speaker, in order of first appearance (so a document's colours differ)."""
    out: dict[str, str] = {}
    for q in sorted(doc.quotes, key=lambda q: q.start):
        if q.speaker and q.speaker not in out:
            out[q.speaker] = f"spk-{len(out) % PALETTE_SIZE}"
    return out


def _value(low: float | None, high: float | None, unit: str) -> str:
    v = interval_text(low, high)
    return f"{v} {unit}".strip() if unit else v


def build_cards(doc: Document) -> tuple[list[Card], list[_Span], dict[str, str]]:
    """The cards of every item and the spans that mark them in the text."""
    t = doc.text
    colours = speaker_classes(doc)
    cards: list[Card] = []
    spans: list[_Span] = []
    for i, q in enumerate(doc.quotes):
        cid = f"u{i}"
        css = colours.get(q.speaker or "", "spk-none")
        speaker_words = t[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
        cue = t[q.cue_start : q.cue_end] if q.cue_start is not None else None
        card = Card(cid, "quote", clip(t[q.start : q.end]), [
            ("speaker", q.speaker or "unknown"), ("speaker's words", speaker_words),
            ("kind", f"{q.kind} quote" if q.kind != "indirect" else "reported speech"),
            ("stance", q.stance), ("cue", cue), ("sentence", q.sentence), ("rule", q.rule),
        ], css=css, sentence=q.sentence, note=q.speaker or "unknown speaker")  # fmt: skip
        cards.append(card)
        spans.append(_Span(q.start, q.end, "quote", cid, f"quote q-{q.kind} {css}", card.summary()))
        if q.speaker_start is not None and q.speaker_end is not None:
            spans.append(_Span(q.speaker_start, q.speaker_end, "speaker", cid, f"speaker {css}",
                               f"speaker: {q.speaker or 'unknown'}"))
        if q.cue_start is not None and q.cue_end is not None:
            spans.append(_Span(q.cue_start, q.cue_end, "cue", cid, "cue", "speech cue"))
    for i, n in enumerate(doc.quantities):
        cid = f"q{i}"
        card = Card(cid, "quantity", clip(t[n.start : n.end]), [
            ("value", _value(n.low, n.high, n.unit)), ("interval", _interval(n.low, n.high)),
            ("category", n.category or "uncategorised"), ("about", n.subject),
            ("source", n.source or "the writer"), ("stance", n.stance), ("sentence", n.sentence),
            ("rule", n.rule),
        ], sentence=n.sentence,
           note=f"{_value(n.low, n.high, n.unit)} · {n.category or '?'} · {n.source or 'the writer'}",
        )  # fmt: skip
        cards.append(card)
        spans.append(_Span(n.start, n.end, "quantity", cid, "quantity", card.summary()))
        if n.source_start is not None and n.source_end is not None:
            spans.append(_Span(n.source_start, n.source_end, "src", cid, "src", f"source: {n.source}"))
    for i, c in enumerate(doc.control_claims):
        cid = f"c{i}"
        says = "holds" if c.polarity == "affirm" else "does not hold"
        card = Card(cid, "control", clip(t[c.start : c.end]), [
            ("claim", f"{c.holder or 'someone'} {says} {c.place}"), ("place", c.place),
            ("holder", c.holder), ("polarity", c.polarity), ("source", c.source or "the writer"),
            ("stance", c.stance), ("sentence", c.sentence), ("rule", c.rule),
        ], sentence=c.sentence,
           note=f"{c.holder or 'someone'} {says} · {c.source or 'the writer'}",
        )  # fmt: skip
        cards.append(card)
        spans.append(_Span(c.start, c.end, "control", cid, f"control pol-{c.polarity}", card.summary()))
        if c.source_start is not None and c.source_end is not None:
            spans.append(_Span(c.source_start, c.source_end, "src", cid, "src", f"source: {c.source}"))
    for i, e in enumerate(doc.entities):
        cid = f"e{i}"
        card = Card(cid, "entity", e.name, [
            ("entity", e.name), ("type", e.type), ("party", e.party), ("knowledge base", e.kb_id),
            ("mentions", len(e.mentions)), ("rule", e.rule),
        ])  # fmt: skip
        cards.append(card)
        for m in e.mentions:
            spans.append(_Span(m.start, m.end, "ent", cid, f"ent ent-{e.type}", f"{e.name} ({e.type})"))
    for s in doc.sentences:
        spans.append(_Span(s.start, s.end, "s", "", "s", sentence=s.index))
    return cards, [s for s in spans if s.end > s.start], colours


def _interval(low: float | None, high: float | None) -> str:
    def n(x: float | None) -> str:
        return "open" if x is None else (f"{x:.0f}" if float(x).is_integer() else f"{x:g}")

    return f"[{n(low)}, {n(high)}]"


def _open(span: _Span, first: bool) -> str:
    attrs = [f'class="{escape(span.css)}{"" if first else " cont"}"']
    if span.kind == "s":
        attrs.append(f'data-s="{span.sentence}"')
        if first:
            attrs.append(f'id="s{span.sentence}"')
    else:
        attrs.append(f'data-item="{escape(span.item)}"')
        if span.kind in ("quote", "quantity", "control", "ent"):
            attrs.append('tabindex="0"')
        if span.title:
            attrs.append(f'title="{escape(span.title)}"')
    return f"<span {' '.join(attrs)}>"


def mark_up(text: str, start: int, end: int, spans: list[_Span]) -> str:
    """``text[start:end]`` escaped, with ``spans`` (clipped to the range) as nested elements."""
    inside = sorted(
        (_Span(max(s.start, start), min(s.end, end), s.kind, s.item, s.css, s.title, s.sentence)
         for s in spans if s.start < end and s.end > start),
        key=lambda s: s.key,
    )  # fmt: skip
    bounds = sorted({start, end, *(s.start for s in inside), *(s.end for s in inside)})
    starts: dict[int, list[_Span]] = {}
    for s in inside:
        starts.setdefault(s.start, []).append(s)
    out: list[str] = []
    stack: list[_Span] = []
    pos = start
    for b in bounds:
        if b > pos:
            out.append(str(escape(text[pos:b])))
            pos = b
        if any(s.end <= b for s in stack):
            reopen: list[_Span] = []
            while any(s.end <= b for s in stack):
                top = stack.pop()
                out.append("</span>")
                if top.end > b:
                    reopen.append(top)
            for s in reversed(reopen):
                out.append(_open(s, first=False))
                stack.append(s)
        for s in starts.get(b, ()):
            if s.end > b:
                out.append(_open(s, first=True))
                stack.append(s)
    out.extend("</span>" for _ in stack)
    return "".join(out)


def render(doc: Document) -> Rendered:
    """The article as HTML blocks, one per part; page furniture set apart and labelled."""
    cards, spans, colours = build_cards(doc)
    parts = [(p.kind, p.start, p.end) for p in doc.parts] or [("body", 0, len(doc.text))]
    blocks: list[str] = []
    pos = 0
    for kind, start, end in sorted(parts, key=lambda p: p[1]):
        if start > pos and doc.text[pos:start].strip():  # text no part claims: show it, plainly
            blocks.append(f'<p class="part-gap">{mark_up(doc.text, pos, start, spans)}</p>')
        inner = mark_up(doc.text, start, end, spans)
        if kind in CLAIM_PARTS or kind == "heading":
            tag = _PART_TAGS.get(kind, "p")
            blocks.append(f'<{tag} class="part part-{escape(kind)}">{inner}</{tag}>')
        else:
            label = kind.replace("_", " ")
            blocks.append(
                f'<aside class="part furniture furniture-{escape(kind)}">'
                f'<span class="furniture-label">{escape(label)}</span> {inner}</aside>'
            )
        pos = max(pos, end)
    if doc.text[pos:].strip():
        blocks.append(f'<p class="part-gap">{mark_up(doc.text, pos, len(doc.text), spans)}</p>')
    counts = Counter(q.speaker for q in doc.quotes if q.speaker)
    speakers = [(name, css, counts[name]) for name, css in colours.items()]
    unknown = sum(1 for q in doc.quotes if not q.speaker)
    if unknown:
        speakers.append(("unknown speaker", "spk-none", unknown))
    return Rendered(Markup("\n".join(blocks)), cards, speakers)
