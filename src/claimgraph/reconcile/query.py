"""Reading claims from a store, normalised and filtered.

One query per table (documents, quantities, control claims, entities, mentions), each joined
with the claim's sentence text in SQL (``substr`` exists in both engines, with 1-based character
offsets), so 100,000 claims are read in a few statements rather than one per document. Filters
are applied after normalisation because they compare normalised things: a place by its canonical
key (``--place Bachmoet`` finds claims about Bakhmut), a date by the resolved period.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from claimgraph.reconcile.normalize import (
    KB,
    Claim,
    Context,
    Normaliser,
)
from claimgraph.reconcile.sides import fold
from claimgraph.store import Store

LOGGER = logging.getLogger(__name__)

_SENTENCE_JOIN = """
    LEFT JOIN sentences s ON s.document = x.document AND s.idx = x.sentence
    LEFT JOIN sentences p ON p.document = x.document AND p.idx = x.sentence - 1
    JOIN documents d ON d.id = x.document"""
_SENTENCE_COLUMNS = """,
    substr(d.text, x.text_start + 1, x.text_end - x.text_start),
    s.text_start, substr(d.text, s.text_start + 1, s.text_end - s.text_start),
    p.text_start, substr(d.text, p.text_start + 1, p.text_end - p.text_start)"""

QUANTITY_SQL = (
    "SELECT x.document, x.idx, x.sentence, x.text_start, x.text_end, x.raw_start, x.raw_end, "
    "x.low, x.high, x.unit, x.category, x.subject, x.source, x.source_start, x.source_end, "
    "x.stance, x.rule, x.producer_version" + _SENTENCE_COLUMNS + "\nFROM quantities x" + _SENTENCE_JOIN
)
CONTROL_SQL = (
    "SELECT x.document, x.idx, x.sentence, x.text_start, x.text_end, x.raw_start, x.raw_end, "
    "x.place, x.place_start, x.place_end, x.holder, x.polarity, x.source, x.source_start, "
    "x.source_end, x.stance, x.rule, x.producer_version" + _SENTENCE_COLUMNS
    + "\nFROM control_claims x" + _SENTENCE_JOIN
)
DOCUMENT_SQL = "SELECT id, name, date, outlet, title FROM documents"
# The global entity (claimgraph.kb.clusters) stands in for the kb_id when the store is linked, so
# unknown places spelt differently across articles compare equal; unlinked rows keep their kb_id.
ENTITY_SQL = """SELECT e.document, e.idx, e.name, e.type, e.party, coalesce(l.entity, e.kb_id) FROM entities e
    LEFT JOIN entity_links l ON l.document = e.document AND l.idx = e.idx"""
MENTION_SQL = "SELECT document, entity, sentence, text_start, text_end FROM mentions"


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims to keep; every field left None keeps all.

    ``entity`` keeps claims whose source or place is that entity or whose sentence names it;
    ``place``/``source`` compare through the knowledge base when it knows the name, else folded
    (``Bachmoet`` = ``bachmoet``); ``since``/``until`` compare the claim's date (its period's end,
    else publication), and drop undated claims.
    """

    entity: str | None = None
    place: str | None = None
    category: str | None = None
    source: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None  # quantity, control

    def is_empty(self) -> bool:
        return all(v is None for v in (self.entity, self.place, self.category, self.source,
                                       self.since, self.until, self.kind))


def read_claims(store: Store, flt: ClaimFilter | None = None, *, use_kb: bool = True) -> list[Claim]:
    """Every claim in ``store``, normalised, that passes ``flt``."""
    kb = KB(enabled=use_kb)
    want_q = flt is None or flt.kind in (None, "quantity")
    want_c = flt is None or flt.kind in (None, "control")
    if flt is not None and flt.category == "control":
        want_q = False
    elif flt is not None and flt.category is not None:
        want_c = False
    ctx = Context(store.query(DOCUMENT_SQL), store.query(ENTITY_SQL), store.query(MENTION_SQL), kb)
    q_rows = store.query(QUANTITY_SQL) if want_q else []
    c_rows = store.query(CONTROL_SQL) if want_c else []
    claims = Normaliser(ctx).normalise(q_rows, c_rows)
    if flt is None or flt.is_empty():
        return claims
    keep = make_predicate(flt, kb)
    return [c for c in claims if keep(c)]


def name_keys(name: str, kb: KB, type_: str | None = None) -> set[str]:
    """The keys a name may be stored under: its folded form and its knowledge-base id."""
    keys = {fold(name)}
    entry = kb.entry(name, type_)
    if entry is not None:
        keys |= {entry.id, fold(entry.name)}
    return keys


def make_predicate(flt: ClaimFilter, kb: KB) -> Callable[[Claim], bool]:
    """A test for one claim, with the filter's names looked up once."""
    place_keys = name_keys(flt.place, kb, "LOC") if flt.place else None
    source_keys = name_keys(flt.source, kb) if flt.source else None
    entity_keys = name_keys(flt.entity, kb) if flt.entity else None
    category = flt.category.lower() if flt.category else None
    source_text = fold(flt.source) if flt.source else None

    def place_ok(c: Claim) -> bool:
        p = c.place
        return p.key in place_keys or (p.name is not None and fold(p.name) in place_keys)  # type: ignore[operator]

    def source_ok(c: Claim) -> bool:
        s = c.source
        if s.key in source_keys or fold(s.label) in source_keys:  # type: ignore[operator]
            return True
        # A part of the name: --source Zelensky finds "Volodymyr Zelensky", --source NRC the writer.
        return source_text is not None and source_text in fold(s.label)

    def keep(c: Claim) -> bool:
        if flt.kind and c.kind != flt.kind:
            return False
        if category and c.category != category:
            return False
        if place_keys is not None and not place_ok(c):
            return False
        if source_keys is not None and not source_ok(c):
            return False
        if entity_keys is not None and not (
            c.source.key in entity_keys
            or c.place.key in entity_keys
            or any(k in entity_keys for k in c.entities)
        ):
            return False
        if flt.since or flt.until:
            d = c.when
            if d is None or (flt.since and d < flt.since) or (flt.until and d > flt.until):
                return False
        return True

    return keep
