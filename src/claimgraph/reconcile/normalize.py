"""Stored claim rows → normalised claims: who says what, about whom, where and when.

Every numeric and control claim becomes one :class:`Claim` with the same handful of coordinates
(subject party, category, place, period, interval, source and side, stance, publication date), so
claims from different articles, outlets and spellings can be grouped. Each coordinate records how
it was arrived at, because a reader must be able to check the reasoning:

- **place**: a control claim names its place; a quantity has none, so it takes the place mentioned
  nearest to it in its sentence, else the article's dominant place (``how``: claim, sentence,
  document). Places are compared by knowledge-base id or canonical name (Bachmoet = Bakhmut), else
  by their case- and diacritic-folded name. Countries and capitals are not places of fighting in
  Dutch reporting (*Moskou meldt…*, *Oekraïne verloor…*): they name parties and are skipped.
- **period**: the time expression of the sentence nearest the claim, resolved against the
  publication date (:mod:`.dates`), with its span; none means "as of publication".
- **source and side**: see :mod:`.sides`.
- **publication date**: the document's date, else an ISO date in its name (``2023-03-08_….txt``).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from claimgraph.reconcile import sides
from claimgraph.reconcile.dates import Period, Timeline, asof, choose
from claimgraph.reconcile.sides import fold

LOGGER = logging.getLogger(__name__)

# Knowledge-base kinds of place that name a party rather than a place of fighting.
_PARTY_PLACE_KINDS = frozenset({"country"})
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")


@dataclass(slots=True)
class Place:
    """Where a claim is about: a comparison key, a display name and how it was found."""

    key: str | None
    name: str | None
    how: str  # claim, sentence, document, none
    span: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "how": self.how,
                "span": list(self.span) if self.span else None}


@dataclass(slots=True)
class Source:
    """Who makes a claim (None name: the writer), the key it is compared by, and its side."""

    name: str | None
    key: str
    label: str  # for display: the name, or the outlet for the writer
    side: str
    side_how: str  # entity, kb, name, writer, unknown
    span: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "key": self.key, "label": self.label, "side": self.side,
                "side_how": self.side_how, "span": list(self.span) if self.span else None}


@dataclass(slots=True)
class Claim:
    """One numeric or control claim, normalised; spans are over the document's cleaned text."""

    kind: str  # quantity, control
    document: str
    idx: int
    doc_name: str
    outlet: str | None
    published: date | None
    published_how: str  # document, name, none
    sentence: int
    span: tuple[int, int]
    raw_span: tuple[int, int]
    text: str
    subject: str | None  # quantity: the party counted; control: the holder
    category: str  # a quantity category, "other", or "control"
    unit: str
    low: float | None
    high: float | None
    place: Place
    period: Period
    source: Source
    stance: str
    polarity: str | None = None  # control: affirm, deny
    flags: tuple[str, ...] = ()
    against: str | None = None  # ratio: the party of the denominator
    rule: str = ""
    producer_version: str = ""
    entities: tuple[str, ...] = ()  # keys of the entities named in the claim's sentence
    sentence_text: str = field(default="", repr=False)

    @property
    def id(self) -> str:
        return f"{self.document}:{'q' if self.kind == 'quantity' else 'c'}{self.idx}"

    @property
    def when(self) -> date | None:
        """The date that places the claim on a time axis: the day or the end of the period the
        text gave, else the publication date."""
        p = self.period
        if p.kind == "day" and p.start is not None:
            return p.start
        if p.kind == "window" and p.end is not None:
            return p.end
        if p.kind == "since" and p.end is not None:
            return p.end
        return self.published

    def value(self) -> str:
        """The claimed interval or control statement, short."""
        if self.kind == "control":
            return f"{self.polarity} {self.subject or '?'} holds"
        return interval_text(self.low, self.high)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "document": self.document,
            "doc_name": self.doc_name,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "published_how": self.published_how,
            "sentence": self.sentence,
            "span": list(self.span),
            "raw_span": list(self.raw_span),
            "text": self.text,
            "subject": self.subject,
            "category": self.category,
            "unit": self.unit,
            "low": self.low,
            "high": self.high,
            "polarity": self.polarity,
            "against": self.against,
            "place": self.place.to_json(),
            "period": self.period.to_json(),
            "source": self.source.to_json(),
            "stance": self.stance,
            "flags": list(self.flags),
            "rule": self.rule,
            "producer_version": self.producer_version,
        }


def interval_text(low: float | None, high: float | None) -> str:
    """``1100``, ``≥220``, ``≤30``, ``20000–30000``."""

    def n(x: float) -> str:
        return f"{x:.0f}" if float(x).is_integer() else f"{x:g}"

    if low is None and high is None:
        return "?"
    if high is None:
        return f"≥{n(low)}"  # type: ignore[arg-type]
    if low is None:
        return f"≤{n(high)}"
    return n(low) if low == high else f"{n(low)}–{n(high)}"


# --- the knowledge base, read-only and optional ------------------------------------------------


class KB:
    """A cached, failure-tolerant view of :mod:`claimgraph.kb`: id, canonical name, party, kind.

    The knowledge base is optional to reconciliation: without it names are compared folded.
    """

    def __init__(self, enabled: bool = True) -> None:
        self._kb: Any = None
        if enabled:
            try:
                from claimgraph.kb import load

                self._kb = load()
            except Exception as e:  # the knowledge base is being built: run without it
                LOGGER.warning("knowledge base unavailable (%s); comparing names folded", e)
        self._cache: dict[tuple[str, str | None], Any] = {}

    def entry(self, name: str, type_: str | None = None) -> Any:
        """The one entry a name spells (of ``type_`` if given), or None when unknown or ambiguous."""
        key = (name, type_)
        if key in self._cache:
            return self._cache[key]
        found = None
        if self._kb is not None:
            try:
                entries = [e for e in self._kb.lookup(name) if not getattr(e, "ignored", False)]
            except Exception:  # a linker bug must not stop reconciliation
                entries = []
            if type_:
                entries = [e for e in entries if e.type == type_]
            if len({e.id for e in entries}) == 1:
                found = entries[0]
        self._cache[key] = found
        return found

    def by_id(self, kb_id: str | None) -> Any:
        if not kb_id or self._kb is None:
            return None
        return self._kb.entries.get(kb_id)


# --- documents, entities, mentions --------------------------------------------------------------


@dataclass(slots=True)
class DocInfo:
    id: str
    name: str
    outlet: str | None
    title: str | None
    published: date | None
    published_how: str


@dataclass(slots=True)
class EntityInfo:
    name: str
    type: str
    party: str | None
    kb_id: str | None
    key: str  # what it is compared by: kb id, else canonical name folded
    display: str
    party_place: bool  # a LOC that names a party (country, capital): not a place of fighting


def publication(date_text: str | None, name: str) -> tuple[date | None, str]:
    """The publication date and where it came from (document, name, none)."""
    if date_text:
        try:
            return date.fromisoformat(date_text[:10]), "document"
        except ValueError:
            pass
    m = _NAME_DATE.search(name or "")
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "name"
        except ValueError:
            pass
    return None, "none"


class Context:
    """Documents, entities and mentions of the claims being normalised, indexed for lookups."""

    def __init__(
        self,
        documents: Iterable[Sequence[Any]],
        entities: Iterable[Sequence[Any]],
        mentions: Iterable[Sequence[Any]],
        kb: KB,
    ) -> None:
        self.kb = kb
        self.docs: dict[str, DocInfo] = {}
        for doc_id, name, date_text, outlet, title in documents:
            pub, how = publication(date_text, name)
            self.docs[doc_id] = DocInfo(doc_id, name, outlet, title, pub, how)
        self.entities: dict[str, dict[int, EntityInfo]] = {}
        self.by_name: dict[str, dict[str, EntityInfo]] = {}
        keys: dict[tuple[str, str, str | None], tuple[str, str]] = {}
        for doc_id, idx, name, type_, party, kb_id in entities:
            ck = (name, type_, kb_id)
            if ck not in keys:
                keys[ck] = self._entity_key(name, type_, kb_id)
            key, display = keys[ck]
            info = EntityInfo(name, type_, party, kb_id, key, display,
                              type_ == "LOC" and self._party_place(name, kb_id))
            self.entities.setdefault(doc_id, {})[idx] = info
            self.by_name.setdefault(doc_id, {}).setdefault(fold(name), info)
        # (document, sentence) → [(start, end, entity idx)], and LOC mention counts per document.
        self.mentions: dict[tuple[str, int], list[tuple[int, int, int]]] = {}
        loc_counts: dict[str, Counter[int]] = {}
        first: dict[tuple[str, int], int] = {}
        for doc_id, ent, sent, start, end in mentions:
            self.mentions.setdefault((doc_id, sent), []).append((start, end, ent))
            info = self.entities.get(doc_id, {}).get(ent)
            if info is not None and info.type == "LOC" and not info.party_place:
                loc_counts.setdefault(doc_id, Counter())[ent] += 1
                k = (doc_id, ent)
                first[k] = min(first.get(k, start), start)
        self.dominant: dict[str, EntityInfo] = {}
        for doc_id, counts in loc_counts.items():
            ent = min(counts, key=lambda e: (-counts[e], first[(doc_id, e)]))
            self.dominant[doc_id] = self.entities[doc_id][ent]

    def _entity_key(self, name: str, type_: str, kb_id: str | None) -> tuple[str, str]:
        if kb_id:
            entry = self.kb.by_id(kb_id)
            return kb_id, entry.name if entry is not None else name
        entry = self.kb.entry(name, type_)
        if entry is not None:
            return entry.id, entry.name
        return fold(name), name

    def _party_place(self, name: str, kb_id: str | None) -> bool:
        entry = self.kb.by_id(kb_id) or self.kb.entry(name, "LOC")
        if entry is not None and entry.kind in _PARTY_PLACE_KINDS:
            return True
        ws = sides.words(name)
        return bool(ws) and sides.party_word(ws[0]) is not None and len(ws) <= 3

    def place_of_name(self, name: str) -> tuple[str, str]:
        """(key, display name) of a place named in a claim without a linked mention."""
        entry = self.kb.entry(name, "LOC")
        if entry is not None:
            return entry.id, entry.name
        return fold(name), name


# --- normalisation ---------------------------------------------------------------------------

# Rows as query.py selects them: the item's columns, then its sentence and the one before it.
QUANTITY_FIELDS = (
    "document", "idx", "sentence", "text_start", "text_end", "raw_start", "raw_end", "low", "high",
    "unit", "category", "subject", "source", "source_start", "source_end", "stance", "rule",
    "producer_version",
)  # fmt: skip
CONTROL_FIELDS = (
    "document", "idx", "sentence", "text_start", "text_end", "raw_start", "raw_end", "place",
    "place_start", "place_end", "holder", "polarity", "source", "source_start", "source_end",
    "stance", "rule", "producer_version",
)  # fmt: skip
SENTENCE_FIELDS = ("span_text", "s_start", "s_text", "p_start", "p_text")


class Normaliser:
    """Turns rows of one store into :class:`Claim` objects; caches per name so 100k rows are fast."""

    def __init__(self, context: Context) -> None:
        self.ctx = context
        self._source_cache: dict[tuple[str, str], Source] = {}

    def normalise(
        self, quantity_rows: Iterable[Sequence[Any]], control_rows: Iterable[Sequence[Any]]
    ) -> list[Claim]:
        """All claims, documents in id order and claims in text order within a document."""
        by_doc: dict[str, list[tuple[str, Sequence[Any]]]] = {}
        for r in quantity_rows:
            by_doc.setdefault(r[0], []).append(("quantity", r))
        for r in control_rows:
            by_doc.setdefault(r[0], []).append(("control", r))
        claims: list[Claim] = []
        for doc_id in sorted(by_doc):
            claims.extend(self._document(doc_id, by_doc[doc_id]))
        return claims

    def _document(self, doc_id: str, rows: list[tuple[str, Sequence[Any]]]) -> list[Claim]:
        doc = self.ctx.docs.get(doc_id) or DocInfo(doc_id, doc_id, None, None, None, "none")
        # The sentences to read, in order: each claim's sentence and the one before it (which may
        # set the day that "een dag eerder" or "diezelfde tijd" refers to).
        texts: dict[int, tuple[int, str]] = {}
        for _kind, r in rows:
            _span, s_start, s_text, p_start, p_text = r[-5:]
            texts[r[2]] = (s_start or 0, s_text or "")
            if p_text is not None and r[2] - 1 not in texts:
                texts[r[2] - 1] = (p_start or 0, p_text)
        timeline = Timeline(doc.published)
        periods = {i: timeline.scan(texts[i][1], texts[i][0]) for i in sorted(texts)}
        rows.sort(key=lambda kr: (kr[1][3], kr[0], kr[1][1]))
        return [self._claim(doc, kind, r, periods.get(r[2], []), texts.get(r[2], (0, "")))
                for kind, r in rows]

    def _claim(self, doc: DocInfo, kind: str, r: Sequence[Any], periods: list[Period],
               sentence: tuple[int, str]) -> Claim:
        ctx = self.ctx
        _s_start, s_text = sentence
        start, end = r[3], r[4]
        text = r[-5] or ""
        if kind == "quantity":
            (_d, idx, sent, _s, _e, rs, re_, low, high, unit, category, subject, src, src_s, src_e,
             stance, rule, pv) = r[:18]  # fmt: skip
            polarity = None
            place = self._quantity_place(doc.id, sent, start, end)
            category = category or "other"
        else:
            (_d, idx, sent, _s, _e, rs, re_, place_name, pl_s, pl_e, holder, polarity, src, src_s,
             src_e, stance, rule, pv) = r[:18]  # fmt: skip
            low = high = None
            unit, category, subject = "", "control", holder
            place = self._control_place(doc.id, sent, place_name, pl_s, pl_e)
        chosen = choose(periods, start, end)
        period = chosen if chosen is not None else asof(doc.published)
        source = self._source(doc, src, src_s, src_e)
        against = None
        if kind == "quantity" and category == "ratio":
            against = self._against(subject, text, s_text)
        entity_keys = tuple(dict.fromkeys(
            info.key
            for _ms, _me, ent in ctx.mentions.get((doc.id, sent), ())
            if (info := ctx.entities.get(doc.id, {}).get(ent)) is not None
        ))
        return Claim(
            kind=kind, document=doc.id, idx=idx, doc_name=doc.name, outlet=doc.outlet,
            published=doc.published, published_how=doc.published_how, sentence=sent,
            span=(start, end), raw_span=(rs, re_), text=text, subject=subject, category=category,
            unit=unit or "", low=low, high=high, place=place, period=period, source=source,
            stance=stance, polarity=polarity,
            flags=sides.flags(kind, source.side, subject, category), against=against, rule=rule,
            producer_version=pv, entities=entity_keys, sentence_text=s_text,
        )  # fmt: skip

    def _quantity_place(self, doc_id: str, sent: int, start: int, end: int) -> Place:
        """The place mentioned nearest the figure in its sentence, else the document's main place."""
        ctx = self.ctx
        ents = ctx.entities.get(doc_id, {})
        best: tuple[int, int, int, EntityInfo] | None = None
        for ms, me, ent in ctx.mentions.get((doc_id, sent), ()):
            info = ents.get(ent)
            if info is None or info.type != "LOC" or info.party_place:
                continue
            gap = 0 if ms < end and start < me else (start - me if me <= start else ms - end)
            if best is None or gap < best[0]:
                best = (gap, ms, me, info)
        if best is not None:
            return Place(best[3].key, best[3].display, "sentence", (best[1], best[2]))
        dom = ctx.dominant.get(doc_id)
        if dom is not None:
            return Place(dom.key, dom.display, "document")
        return Place(None, None, "none")

    def _control_place(self, doc_id: str, sent: int, name: str, ps: int, pe: int) -> Place:
        """The named place, compared through the entity mention at its span when there is one."""
        ctx = self.ctx
        ents = ctx.entities.get(doc_id, {})
        for ms, me, ent in ctx.mentions.get((doc_id, sent), ()):
            info = ents.get(ent)
            if info is not None and info.type == "LOC" and ms < pe and ps < me:
                return Place(info.key, info.display, "claim", (ps, pe))
        info = ctx.by_name.get(doc_id, {}).get(fold(name))
        if info is not None and info.type == "LOC":
            return Place(info.key, info.display, "claim", (ps, pe))
        key, display = ctx.place_of_name(name)
        return Place(key, display, "claim", (ps, pe))

    def _source(self, doc: DocInfo, name: str | None, s: int | None, e: int | None) -> Source:
        span = (s, e) if s is not None and e is not None else None
        if not name:
            key = f"writer:{fold(doc.outlet)}" if doc.outlet else f"writer:{doc.id}"
            label = f"{doc.outlet} (writer)" if doc.outlet else "(writer)"
            return Source(None, key, label, "independent", "writer", span)
        ck = (doc.id, name)
        cached = self._source_cache.get(ck)
        if cached is None:
            cached = self._resolve_source(doc.id, name)
            self._source_cache[ck] = cached
        return Source(cached.name, cached.key, cached.label, cached.side, cached.side_how, span)

    def _resolve_source(self, doc_id: str, name: str) -> Source:
        ctx = self.ctx
        info = ctx.by_name.get(doc_id, {}).get(fold(name))
        key, label = (info.key, info.display) if info is not None else (None, name)
        if info is not None and info.party:
            return Source(name, key or fold(name), label, info.party, "entity")
        entry = ctx.kb.entry(name)
        if entry is not None:
            key, label = key or entry.id, entry.name if info is None else label
            if entry.party and entry.party != "unknown":
                return Source(name, key, label, entry.party, "kb")
        side = sides.side_from_name(name)
        if side is not None:
            return Source(name, key or fold(name), label, side, "name")
        return Source(name, key or fold(name), label, "unknown", "unknown")

    @staticmethod
    def _against(subject: str | None, span_text: str, sentence_text: str) -> str | None:
        """The other party of a ratio (``vijf Russische … op iedere … Oekraïense``): a party of the
        opposite camp named in the claim, else in its sentence."""
        own = sides.camp(subject)
        for text in (span_text, sentence_text):
            for p in sides.parties_in(text):
                c = sides.camp(p)
                if c is not None and c != own:
                    return p
        return None
