"""Cross-document entity linking: every document's entity row gets one global entity.

The entity extractor links names within one document (:mod:`claimgraph.extract.entities`); this
module links them across documents, so that ``Bachmoet`` in one article, ``Bakhmut`` in a second
and ``Бахмут`` in a third are one place, and an unknown commander spelt ``Taras Kovaltsjoek`` by
one paper and ``Taras Kovalchuk`` by another is one person.

A stored entity row (document, idx, name, type, kb_id, mentions) is linked, first rule that
applies, to:

1. ``kb``: its knowledge-base id (set by the extractor, or found now by looking up its name or one
   of its mentions in the knowledge base, of the same type);
2. ``translit``: the one knowledge-base entry, else the global entity, whose spelling has the same
   transliteration key (:func:`claimgraph.kb.translit.translit_key`) as the name or a mention,
   also without a genitive ``-s`` or a Cyrillic case ending (``Ковальчука``), and for a person
   named in three capitalised words the two-word name inside (``Генерал Вадим Жуков``);
3. ``surname``: a person named by surname only, to the one full name in the store with that
   surname key (and a surname-only entity is folded into a full name that appears later, when it
   is the only one);
4. ``fuzzy``: the most similar spelling (:func:`similarity` ≥ :data:`THRESHOLD`) of the same type
   and number of words, among the store's and the knowledge base's spellings in the same block
   (type, word count, first or last two letters of the last word's key: never all pairs);
5. ``new``: a new entity ``new:<slug>`` named after the row; its aliases are every surface form.

A user's merges and splits (``claimgraph entities merge/split``) are stored as overrides and win
over all of this: a merged-away id redirects to the entity it was merged into, and a row that
would go to a split entity but is spelt like the split-off alias goes to the new entity. Such
links have method ``manual``. Linking is incremental: :func:`link_entities` reads only rows
without a link, against an index of the aliases already stored.

**Threshold.** :func:`similarity` is :func:`rapidfuzz.fuzz.ratio` on the keys of aligned words,
the lowest word counting; words that differ must have at least :data:`MIN_FUZZY_WORD` letters
and end in the same letter (so ``Zelensky`` ≠ ``Zelenska``, ``Ivanov`` ≠ ``Ivanova``). Calibrated on
two sets of pairs that must *not* match: every pair of spellings of different knowledge-base
entries of one type with equal word counts (55,499 pairs; the closest score 85.7:
``Letland``/``Estland``, ``Eastern``/``Western Ukraine``, ``Berdiansk``/``Briansk``) and distinct
Ukrainian surnames one letter apart (``Kovalenko``/``Kuvalenko`` 88.9, ``Shevchenko``/``Savchenko``
and ``Marchenko``/``Martsenko`` 87.5). 90 is the lowest round value above all of them
(``tests/kb/test_clusters.py`` checks both). Real variants the key leaves apart then match with one
letter more or less in five letters or more (``Vuhledar``/``Ugledar``, ``Oliynyk``/``Oleinik``) or
one letter changed in ten or more (``Bilozerskyj``/``Belozerski``,
``Kostjantinovka``/``Kostiantynivka``), not with one vowel changed in a shorter name
(``Kharkiv``/``Kharkov``, ``Oleksandr``/``Aleksandr``: those need a knowledge-base alias or a manual
merge). Precision is preferred: a wrong merge hides a person, a missed one shows as two rows a user
can merge.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from claimgraph.kb.linker import KBEntry, KnowledgeBase, fold, load, normalise
from claimgraph.kb.translit import has_cyrillic, key_variants, slug, translit_key
from claimgraph.store import Store, StoreError
from claimgraph.store.entities import (
    EntityTables,
    GlobalRow,
    Override,
    all_aliases,
    has_unlinked,
    now,
    summaries,
)

LOGGER = logging.getLogger(__name__)

THRESHOLD = 90.0
MIN_FUZZY_WORD = 5
NEW_PREFIX = "new:"
METHODS = ("kb", "translit", "fuzzy", "surname", "new", "manual")
TYPES = ("PER", "ORG", "LOC")
# Mentions that are descriptions ("de president") are not spellings of the name.
_NOT_ALIASES = frozenset({"entity.description"})


class EntityError(StoreError):
    """A merge or split that cannot be done (unknown id, alias not used); one line for a user."""


@dataclass(slots=True)
class Row:
    """One document's entity as stored, with the surface forms of its mentions."""

    document: str
    idx: int
    name: str
    type: str
    party: str | None
    kb_id: str | None
    forms: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Alias:
    display: str
    key: str
    n: int


@dataclass(slots=True)
class Global:
    """A global entity while linking: its row, its aliases (by normalised spelling), its state."""

    id: str
    name: str
    type: str
    party: str | None
    kb_id: str | None
    aliases: dict[str, Alias] = field(default_factory=dict)
    stored: bool = True  # already in global_entities
    dirty: bool = False  # aliases or name changed

    def row(self) -> GlobalRow:
        return GlobalRow(self.id, self.name, self.type, self.party, self.kb_id)

    @property
    def auto(self) -> bool:
        return self.id.startswith(NEW_PREFIX)


@dataclass(slots=True)
class LinkStats:
    """What a linking run did."""

    rows: int = 0
    methods: Counter[str] = field(default_factory=Counter)
    created: int = 0
    absorbed: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        how = ", ".join(f"{m} {self.methods[m]}" for m in METHODS if self.methods[m])
        return (f"linked {self.rows} document entities ({how or 'none'}); {self.created} new global "
                f"entities, {self.absorbed} folded into a full name; {self.seconds:.2f} s")


def display_form(surface: str) -> str:
    """A surface form as an alias: whitespace collapsed, an all-capitals dateline form
    (``BACHMOET``) title-cased; acronyms (``NAVO``) kept."""
    s = " ".join(surface.split())
    if len(s) > 4 and s.isupper():
        return s.title()
    return s


def similarity(a: str, b: str, threshold: float = THRESHOLD) -> float:
    """How alike two transliteration keys are, 0–100 (0 below ``threshold`` or not comparable).

    Aligned words are compared (same word count required); differing words must be at least
    :data:`MIN_FUZZY_WORD` long and end in the same letter; the score is the worst word's ratio.
    """
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or not wa:
        return 0.0
    score = 100.0
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < MIN_FUZZY_WORD or x[-1] != y[-1]:
            return 0.0
        s = fuzz.ratio(x, y, score_cutoff=threshold)
        if not s:
            return 0.0
        score = min(score, s)
    return score


def _blocks(type_: str, key: str) -> tuple[tuple[str, int, str], ...]:
    words = key.split()
    last = words[-1]
    return (type_, len(words), "^" + last[:2]), (type_, len(words), last[-2:] + "$")


def _person_cores(name: str) -> tuple[str, ...]:
    """Keys of the two-word names inside a three-word person name whose words are all capitalised:
    a title the extractor took for a name (``Colonel Wolodymyr Belozerski``, ``Генерал Вадим
    Жуков``) or a patronymic (``Jevgeni Viktorovitsj Prigozjin``)."""
    words = name.split()
    if len(words) != 3 or not all(w[:1].isupper() for w in words):
        return ()
    k = translit_key(name).split()
    if len(k) != 3:
        return ()
    return tuple(dict.fromkeys((f"{k[1]} {k[2]}", f"{k[0]} {k[2]}")))


def alias_records(forms: Iterable[str]) -> dict[str, Alias]:
    """Surface forms counted by normalised spelling, each shown in its first-seen form."""
    out: dict[str, Alias] = {}
    for f in forms:
        d = display_form(f)
        norm = normalise(d)
        if not norm:
            continue
        a = out.get(norm)
        if a is None:
            out[norm] = Alias(d, translit_key(d), 1)
        else:
            a.n += 1
    return out


class Linker:
    """The in-memory index linking runs work against: global entities, their alias keys, the
    knowledge base's keys, blocks for fuzzy candidates, surnames, and the user's overrides."""

    def __init__(
        self,
        kb: KnowledgeBase,
        entities: Iterable[GlobalRow] = (),
        aliases: Iterable[tuple[str, str, str, int]] = (),
        overrides: Sequence[Override] = (),
        threshold: float = THRESHOLD,
    ) -> None:
        self.kb = kb
        self.threshold = threshold
        self.ents: dict[str, Global] = {}
        self.key_index: dict[tuple[str, str], Counter[str]] = {}
        self.blocks: dict[tuple[str, int, str], set[str]] = {}
        self.surnames: dict[str, set[str]] = {}  # surname key → PER entities with a full name
        self.surname_only: dict[str, set[str]] = {}  # key → automatic PER entities named by surname only
        self.absorbed: dict[str, str] = {}
        self.stats = LinkStats()
        self._lookups: dict[str, list[KBEntry]] = {}
        # The knowledge base's spellings by (type, key), for exact and fuzzy matches.
        self.kb_keys: dict[tuple[str, str], set[str]] = {}
        for e in kb:
            if e.ignored or e.type not in TYPES:
                continue
            for spelling in (e.name, *e.aliases):
                k = translit_key(spelling)
                if k:
                    self.kb_keys.setdefault((e.type, k), set()).add(e.id)
                    for b in _blocks(e.type, k):
                        self.blocks.setdefault(b, set()).add(k)
        # Overrides: merges redirect, splits divert a spelling, merge names stick.
        self.redirect: dict[str, str] = {}
        self.splits: dict[str, list[tuple[str, str]]] = {}
        self.names: dict[str, str] = {}
        self.user: set[str] = set()  # ids a user has merged or split: never folded automatically
        for o in overrides:
            self.user |= {o.entity, o.other}
            if o.kind == "merge":
                if o.other != o.entity:
                    self.redirect[o.other] = o.entity
                if o.name:
                    self.names[o.entity] = o.name
            elif o.alias:
                self.splits.setdefault(o.other, []).append((normalise(o.alias), o.entity))
        for g in entities:
            self.ents[g.id] = Global(g.id, g.name, g.type, g.party, g.kb_id)
        for ent, alias, key, n in aliases:
            g = self.ents.get(ent)
            if g is not None:
                g.aliases[normalise(alias)] = Alias(alias, key, n)
        for g in self.ents.values():
            self._index(g, g.aliases.values())

    # --- the index ------------------------------------------------------------------------------

    @staticmethod
    def _keys(g: Global, a: Alias) -> tuple[str, ...]:
        """The keys an alias is found by: its own, and for a person the names inside it."""
        if not a.key:
            return ()
        return (a.key, *_person_cores(a.display)) if g.type == "PER" else (a.key,)

    def _index(self, g: Global, aliases: Iterable[Alias]) -> None:
        for a in aliases:
            for k in self._keys(g, a):
                self.key_index.setdefault((g.type, k), Counter())[g.id] += a.n
                for b in _blocks(g.type, k):
                    self.blocks.setdefault(b, set()).add(k)
            words = a.key.split()
            if g.type == "PER" and len(words) >= 2:
                self.surnames.setdefault(words[-1], set()).add(g.id)
        if g.type == "PER" and g.auto:
            keys = {a.key for a in g.aliases.values() if a.key}
            single = bool(keys) and all(" " not in k for k in keys)
            for k in keys:
                if single:
                    self.surname_only.setdefault(k, set()).add(g.id)
                else:
                    self.surname_only.get(k, set()).discard(g.id)

    def _unindex(self, g: Global) -> None:
        for a in g.aliases.values():
            for k in self._keys(g, a):
                c = self.key_index.get((g.type, k))
                if c is not None:
                    c.pop(g.id, None)
            words = a.key.split()
            if words:
                self.surnames.get(words[-1], set()).discard(g.id)
                self.surname_only.get(a.key, set()).discard(g.id)

    def resolve(self, entity: str) -> str:
        """The entity an id stands for now, following merges (a cycle stops where it closes)."""
        seen = {entity}
        while entity in self.redirect:
            entity = self.redirect[entity]
            if entity in seen:
                break
            seen.add(entity)
        return entity

    # --- linking one row --------------------------------------------------------------------------

    def _kb_unique(self, entries: Iterable[KBEntry], type_: str) -> str | None:
        ids = {e.id for e in entries if not e.ignored and e.type == type_}
        return ids.pop() if len(ids) == 1 else None

    def _lookup(self, spelling: str) -> list[KBEntry]:
        hit = self._lookups.get(spelling)
        if hit is None:
            hit = self._lookups[spelling] = self.kb.lookup(spelling)
        return hit

    def _owner(self, type_: str, key: str, single_person: bool) -> str | None:
        owners = self.key_index.get((type_, key))
        if not owners:
            return None
        live = [(n, i) for i, n in owners.items() if n > 0 and i in self.ents]
        if not live:
            return None
        if single_person and (len(live) > 1 or len([i for i in self.surnames.get(key, ())
                                                       if i in self.ents]) > 1):
            return None  # a bare surname shared by several people says nothing
        return max(live)[1]

    def _fuzzy(self, type_: str, key: str) -> tuple[str, float] | None:
        cands: set[str] = set()
        for b in _blocks(type_, key):
            cands |= self.blocks.get(b, set())
        cands.discard(key)
        if not cands:
            return None
        best: tuple[float, str] | None = None
        # The whole-key ratio is a weighted mean of the word ratios, so it is at least the lowest:
        # a cheap filter (in C) before the word-by-word check.
        for k, _s, _i in process.extract(key, list(cands), scorer=fuzz.ratio, limit=None,
                                         score_cutoff=self.threshold):
            s = similarity(key, k, self.threshold)
            if s and (best is None or (s, k) > best):
                best = (s, k)
        if best is None:
            return None
        s, k = best
        owner = self._owner(type_, k, False)
        if owner is None:
            kb_ids = self.kb_keys.get((type_, k), set())
            owner = next(iter(kb_ids)) if len(kb_ids) == 1 else None
        return (owner, s) if owner is not None else None

    def _new_id(self, name: str) -> str:
        base = NEW_PREFIX + slug(name)
        if self.resolve(base) != base:
            return base  # a name whose entity a user merged away: the override redirects it
        cand, n = base, 1
        while cand in self.ents or cand in self.absorbed:
            n += 1
            cand = f"{base}-{n}"
        return cand

    def choose(self, row: Row) -> tuple[str, str, float | None]:
        """(global id, method, fuzzy score) for one row, before overrides."""
        t = row.type
        forms = [row.name, *row.forms]
        if row.kb_id:
            return row.kb_id, "kb", None
        for f in forms:
            hit = self._kb_unique(self._lookup(f), t)
            if hit:
                return hit, "kb", None
        keys = list(dict.fromkeys(k for f in forms for k in key_variants(f) if k))
        if t == "PER":
            keys += [k for k in _person_cores(row.name) if k not in keys]
        for k in keys:
            ids = self.kb_keys.get((t, k), set())
            if len(ids) == 1:
                return next(iter(ids)), "translit", None
        name_key = translit_key(row.name)
        single_person = t == "PER" and bool(name_key) and " " not in name_key
        for k in keys:
            owner = self._owner(t, k, single_person and " " not in k)
            if owner is not None:
                return owner, "translit", None
        if single_person:
            full = [i for i in self.surnames.get(name_key, ()) if i in self.ents]
            if len(full) == 1:
                return full[0], "surname", None
        for k in (name_key, *(_person_cores(row.name) if t == "PER" else ())):
            hit2 = self._fuzzy(t, k) if k else None
            if hit2 is not None:
                return hit2[0], "fuzzy", hit2[1]
        return self._new_id(row.name), "new", None

    def assign(self, row: Row) -> tuple[str, str, float | None]:
        """(global id, method, score) for one row, overrides applied, the index updated."""
        target, method, score = self.choose(row)
        final = self.resolve(target)
        if final != target:
            method, score = "manual", None
        norms = {normalise(f) for f in (row.forms or [row.name])}
        for _ in range(8):  # a split of a split: follow, boundedly
            moved = next((new for alias, new in self.splits.get(final, ()) if alias in norms), None)
            if moved is None:
                break
            final, method, score = self.resolve(moved), "manual", None
        g = self._ensure(final, row)
        forms = row.forms or [row.name]
        added = alias_records(forms)
        for norm, a in added.items():
            old = g.aliases.get(norm)
            if old is None:
                g.aliases[norm] = a
            else:
                old.n += a.n
        if g.party is None and row.party:
            g.party = row.party
        g.dirty = True
        self._index(g, added.values())
        self._rename(g)
        if g.type == "PER" and " " in translit_key(row.name):
            self._fold_surnames(g, translit_key(row.name).split()[-1])
        self.stats.methods[method] += 1
        self.stats.rows += 1
        return g.id, method, score

    def _ensure(self, entity: str, row: Row) -> Global:
        g = self.ents.get(entity)
        if g is not None:
            return g
        entry = self.kb.entries.get(entity)
        if entry is not None and not entry.ignored and entry.type in TYPES:
            g = Global(entity, entry.name, entry.type, entry.party, entry.id, stored=False)
        else:
            g = Global(entity, self.names.get(entity, row.name), row.type, row.party,
                       row.kb_id if row.kb_id == entity else None, stored=False)
        if entity in self.names:
            g.name = self.names[entity]
        self.ents[entity] = g
        self.stats.created += 1
        return g

    def _rename(self, g: Global) -> None:
        """An automatic entity is called by its best spelling: Latin before Cyrillic, a full name
        before a surname, a name before the same name with a title glued on, then the most used."""
        if not g.auto or g.id in self.names or g.id in self.user or not g.aliases:
            return
        keys = {a.key for a in g.aliases.values()}
        titled = {a.key for a in g.aliases.values()
                  if g.type == "PER" and any(c in keys for c in _person_cores(a.display))}
        best = max(g.aliases.values(), key=lambda a: (
            not has_cyrillic(a.display), " " in a.key, a.key not in titled, a.n))
        g.name = best.display

    def _fold_surnames(self, g: Global, surname: str) -> None:
        """Fold automatic surname-only entities into ``g`` when it is the one full name with that
        surname (the order documents arrive in must not decide)."""
        full = [i for i in self.surnames.get(surname, ()) if i in self.ents]
        if full != [g.id]:
            return
        for x in sorted(self.surname_only.get(surname, set()) - {g.id}):
            other = self.ents.get(x)
            if other is None or other.id in self.user or other.type != "PER":
                continue
            self._unindex(other)
            for norm, a in other.aliases.items():
                old = g.aliases.get(norm)
                if old is None:
                    g.aliases[norm] = Alias(a.display, a.key, a.n)
                else:
                    old.n += a.n
            self._index(g, other.aliases.values())
            del self.ents[x]
            self.absorbed[x] = g.id
            self.stats.absorbed += 1
            LOGGER.debug("folded %s into %s", x, g.id)

    def final(self, entity: str) -> str:
        """Where an id linked earlier in this run ended up (after surname folding)."""
        seen = set()
        while entity in self.absorbed and entity not in seen:
            seen.add(entity)
            entity = self.absorbed[entity]
        return entity


# --- runs against a store ---------------------------------------------------------------------


def _rows(entity_rows: Sequence[Sequence[Any]], mention_rows: Sequence[Sequence[Any]]) -> list[Row]:
    forms: dict[tuple[str, int], list[str]] = {}
    for doc, ent, text, rule in mention_rows:
        if text and rule not in _NOT_ALIASES:
            forms.setdefault((doc, int(ent)), []).append(text)
    rows = [Row(d, int(i), name, t, p, k, forms.get((d, int(i)), [])) for d, i, name, t, p, k in entity_rows]
    # Full names before bare surnames, so that a surname finds its full name in the same run.
    # Latin spellings before Cyrillic ones, so new entities are named and identified in Latin.
    rows.sort(key=lambda r: (r.kb_id is None, r.type == "PER" and " " not in normalise(r.name),
                             has_cyrillic(r.name)))
    return rows


def _link(tables: EntityTables, kb: KnowledgeBase, threshold: float) -> LinkStats:
    start = time.perf_counter()
    entity_rows, mention_rows = tables.unlinked()
    if not entity_rows:
        return LinkStats()
    linker = Linker(kb, tables.globals(), tables.aliases(), tables.overrides(), threshold)
    links = [(r.document, r.idx, *linker.assign(r)) for r in _rows(entity_rows, mention_rows)]
    stamp = now()
    tables.insert_globals((g.row() for g in linker.ents.values() if not g.stored), stamp)
    for x, target in linker.absorbed.items():
        if linker.final(target) in linker.ents:
            tables.move_links(x, linker.final(target), "surname")
    tables.delete_globals(x for x in linker.absorbed)
    tables.insert_links((d, i, linker.final(e), m, s) for d, i, e, m, s in links)
    dirty = [g for g in linker.ents.values() if g.dirty]
    for g in dirty:
        if g.stored:
            tables.update_global(g.row())
    tables.replace_aliases_of({g.id: [(a.display, a.key, a.n) for a in g.aliases.values()] for g in dirty})
    stats = linker.stats
    stats.seconds = time.perf_counter() - start
    LOGGER.info("%s", stats)
    return stats


def link_entities(
    store: Store, *, threshold: float = THRESHOLD, kb: KnowledgeBase | None = None
) -> LinkStats:
    """Link every document entity of ``store`` that has no global entity yet (incremental).

    Cheap when nothing is new (one indexed query). Call after saving documents; the entity
    listing calls it too.
    """
    if not has_unlinked(store):
        return LinkStats()
    with EntityTables.write(store) as tables:
        return _link(tables, kb or load(), threshold)


def relink_entities(
    store: Store, *, threshold: float = THRESHOLD, kb: KnowledgeBase | None = None
) -> LinkStats:
    """Forget every automatic link and link the whole store again (after a knowledge-base or
    threshold change). The user's merges and splits are kept and applied again."""
    with EntityTables.write(store) as tables:
        tables.clear()
        return _link(tables, kb or load(), threshold)


# --- merge and split ----------------------------------------------------------------------------


def _refresh_aliases(tables: EntityTables, entity: str) -> int:
    """Recompute an entity's aliases from the rows linked to it; the number of those rows."""
    per_row: dict[tuple[str, int], list[str]] = {}
    names: dict[tuple[str, int], str] = {}
    for doc, idx, name, text, rule in tables.linked_forms(entity):
        k = (doc, int(idx))
        names[k] = name
        lst = per_row.setdefault(k, [])
        if text and rule not in _NOT_ALIASES:
            lst.append(text)
    forms = [f for k, lst in per_row.items() for f in (lst or [names[k]])]
    tables.replace_aliases(entity, ((a.display, a.key, a.n) for a in alias_records(forms).values()))
    return len(per_row)


def merge_entities(store: Store, ids: Sequence[str], *, name: str | None = None) -> tuple[str, int]:
    """Merge the global entities ``ids`` into the first; returns (its id, document entities moved).

    Remembered: later documents that would link to a merged-away id link to the survivor.
    """
    link_entities(store)
    ids = list(dict.fromkeys(ids))
    if len(ids) < 2 and name is None:
        raise EntityError("give at least two entity ids to merge")
    with EntityTables.write(store) as t:
        target = t.exists(ids[0])
        if target is None:
            raise EntityError(f"no entity {ids[0]}")
        others = []
        for other in ids[1:]:
            if t.exists(other) is None:
                raise EntityError(f"no entity {other}")
            others.append(other)
        moved = 0
        for other in others:
            moved += t.move_links(other, target.id, "manual", keep_manual=False)
            t.add_override("merge", target.id, other, None, name)
        if name is not None and not others:
            t.add_override("merge", target.id, target.id, None, name)
        if name is not None:
            t.update_global(GlobalRow(target.id, name, target.type, target.party, target.kb_id))
        _refresh_aliases(t, target.id)
        t.delete_globals(others)
    return target.id, moved


def split_entity(store: Store, entity: str, alias: str) -> tuple[str, int]:
    """Move the document entities of ``entity`` that are spelt ``alias`` to a new entity;
    returns (the new id, document entities moved).

    A document's entity moves whole (the extractor decided within the document); it moves when
    one of its mentions, or its name, is ``alias`` after normalisation (case, diacritics, hyphens).
    Remembered: later rows that would link to ``entity`` and are spelt so go to the new entity.
    """
    link_entities(store)
    norm = normalise(alias)
    if not norm:
        raise EntityError("give the spelling to split off")
    with EntityTables.write(store) as t:
        src = t.exists(entity)
        if src is None:
            raise EntityError(f"no entity {entity}")
        rows: dict[tuple[str, int], set[str]] = {}
        shown: Counter[str] = Counter()
        for doc, idx, name, text, rule in t.linked_forms(entity):
            spellings = rows.setdefault((doc, int(idx)), set())
            if text and rule not in _NOT_ALIASES:
                spellings.add(normalise(text))
                if normalise(text) == norm:
                    shown[display_form(text)] += 1
            elif not spellings:
                spellings.add(normalise(name))  # a row without mentions is spelt by its name
        moving = [k for k, spellings in rows.items() if norm in spellings]
        if not moving:
            raise EntityError(f"{entity} has no mention spelt {alias!r}")
        display = shown.most_common(1)[0][0] if shown else display_form(alias)
        taken = {o.entity for o in t.overrides()} | {o.other for o in t.overrides()}
        base = NEW_PREFIX + slug(display)
        new_id, n = base, 1
        while new_id in taken or t.exists(new_id) is not None:
            n += 1
            new_id = f"{base}-{n}"
        party = None if src.kb_id else src.party  # a knowledge-base party is not the new entity's
        t.insert_globals([GlobalRow(new_id, display, src.type, party, None)], now())
        t.relink_rows(moving, new_id, "manual")
        t.add_override("split", new_id, entity, display, None)
        _refresh_aliases(t, new_id)
        if _refresh_aliases(t, entity) == 0:
            t.delete_globals([entity])
    return new_id, len(moving)


# --- listing ------------------------------------------------------------------------------------


@dataclass(slots=True)
class EntitySummary:
    """One global entity as listed: what it is, how it is spelt, how often it is mentioned."""

    id: str
    name: str
    type: str
    party: str | None
    kb_id: str | None
    documents: int
    mentions: int
    aliases: list[tuple[str, int]]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "party": self.party,
                "kb_id": self.kb_id, "documents": self.documents, "mentions": self.mentions,
                "aliases": [{"alias": a, "mentions": n} for a, n in self.aliases]}


def list_entities(
    store: Store, *, type_: str | None = None, party: str | None = None, search: str | None = None
) -> list[EntitySummary]:
    """The linked global entities, most mentioned first.

    ``search`` matches the id, the name or an alias: as a folded substring, or by transliteration
    key (``--search Бахмут`` finds Bakhmut).
    """
    aliases: dict[str, list[tuple[str, int]]] = {}
    for ent, alias, n in all_aliases(store):
        aliases.setdefault(ent, []).append((alias, n))
    want = fold(search.strip()) if search else None
    want_key = translit_key(search) if search else None
    out = []
    for gid, name, t, p, kb_id, docs, mentions in summaries(store):
        if type_ and t != type_.upper():
            continue
        if party and (p or "").lower() != party.lower():
            continue
        al = aliases.get(gid, [])
        if want is not None:
            texts = [gid, name, *(a for a, _n in al)]
            if not any(want in fold(x) for x in texts) and not (
                want_key and any(translit_key(x) == want_key for x in texts[1:])
            ):
                continue
        out.append(EntitySummary(gid, name, t, p, kb_id, int(docs), int(mentions), al))
    out.sort(key=lambda e: (-e.mentions, -e.documents, e.name.lower(), e.id))
    return out
