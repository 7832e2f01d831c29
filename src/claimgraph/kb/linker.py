"""Link names to the knowledge base of the war's people, organisations and places.

The knowledge base (``entities.tsv`` beside this module) lists each entity once with its canonical
English name, type, party and every spelling the press uses (Dutch, English, German,
transliterations, Cyrillic). Names are compared after :func:`normalise` (case and diacritics
folded, hyphens as spaces), so ``Bachmoet``, ``BACHMOET`` and ``Bakhmut`` meet; a Dutch genitive
``-s`` is tried stripped (``Prigozjins``).

Two ways in: :meth:`KnowledgeBase.lookup` for a whole name, and :meth:`KnowledgeBase.match_at`
for the longest alias that starts at a position in a sequence of words, which is how the entity
extractor scans a sentence in one linear pass. Cross-document linking and fuzzy matching (a later
step) build on the same normalised alias index.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_DATA = "entities.tsv"
# A knowledge-base type that is recognised (so that it is never taken for a name) but never emitted.
IGNORED_TYPE = "WEAPON"

_SPLIT_RE = re.compile(r"[\s\-–‐]+")
_STRIP_RE = re.compile(r"[^\w\s\-–‐]")
_APOSTROPHES = "’'`‘"


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case without diacritics (``Oekraïne`` → ``oekraine``); Cyrillic is kept, lower-cased.

    Cached: the same words are folded again and again across a corpus.
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def units(text: str) -> list[str]:
    """The normalised words of a name: folded, punctuation dropped, split at spaces and hyphens."""
    t = fold(text)
    for a in _APOSTROPHES:
        t = t.replace(a, "")
    return [u for u in _SPLIT_RE.split(_STRIP_RE.sub(" ", t)) if u]


def normalise(text: str) -> str:
    """The key a name is looked up by: its :func:`units` joined by single spaces."""
    return " ".join(units(text))


def genitive_stem(word: str) -> str | None:
    """The name without a Dutch/English genitive ending (``Prigozjins``, ``Poetin's``), or None."""
    for suffix in ("’s", "'s", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return None


@dataclass(frozen=True, slots=True)
class KBEntry:
    id: str
    type: str  # PER, ORG, LOC, or IGNORED_TYPE
    kind: str  # person, gov, outlet, city, oblast, country, water, weapon…
    party: str | None
    country: str | None
    name: str  # canonical English name
    aliases: tuple[str, ...]
    roles: tuple[str, ...]

    @property
    def ignored(self) -> bool:
        return self.type == IGNORED_TYPE


@dataclass(frozen=True, slots=True)
class Alias:
    """One spelling of one or more entries, as normalised words with the capitals it requires."""

    units: tuple[str, ...]
    capitalised: tuple[bool, ...]  # the alias word starts upper case: the text's word must too
    entries: tuple[KBEntry, ...]


class KnowledgeBase:
    """The entries and an index from normalised alias to entries."""

    def __init__(self, entries: Sequence[KBEntry]) -> None:
        self.entries: dict[str, KBEntry] = {e.id: e for e in entries}
        by_key: dict[tuple[str, ...], list[KBEntry]] = {}
        caps: dict[tuple[str, ...], tuple[bool, ...]] = {}
        for e in entries:
            for spelling in (e.name, *e.aliases):
                u = tuple(units(spelling))
                if not u:
                    continue
                lst = by_key.setdefault(u, [])
                if e not in lst:
                    lst.append(e)
                words = [w for w in _SPLIT_RE.split(_STRIP_RE.sub(" ", spelling)) if w]
                cap = tuple(w[:1].isupper() for w in words) if len(words) == len(u) else (False,) * len(u)
                # Several spellings fold to one key: require a capital only where all of them have one.
                old = caps.get(u)
                caps[u] = cap if old is None else tuple(a and b for a, b in zip(old, cap, strict=True))
        self._aliases: dict[tuple[str, ...], Alias] = {
            u: Alias(u, caps[u], tuple(es)) for u, es in by_key.items()
        }
        # First word → aliases starting with it, longest first: match_at tries the longest first.
        self._first: dict[str, list[Alias]] = {}
        for a in self._aliases.values():
            self._first.setdefault(a.units[0], []).append(a)
        for lst in self._first.values():
            lst.sort(key=lambda a: -len(a.units))
        self._by_name: dict[str, KBEntry] = {normalise(e.name): e for e in entries}
        # Aliases of at least four letters, for reading compounds such as "Wagnertroepen".
        self.prefix_min = 4

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self.entries.values())

    def lookup(self, name: str) -> list[KBEntry]:
        """Entries with this spelling (after normalisation; a genitive -s is tried stripped)."""
        u = tuple(units(name))
        a = self._aliases.get(u)
        if a is None and u:
            stem = genitive_stem(u[-1])
            if stem:
                a = self._aliases.get((*u[:-1], stem))
        return list(a.entries) if a else []

    def alias(self, words: Sequence[str]) -> Alias | None:
        """The alias whose normalised words are exactly ``words``."""
        return self._aliases.get(tuple(words))

    def match_at(
        self, words: Sequence[str], caps: Sequence[bool], i: int, *, ignore_case: bool = False
    ) -> tuple[int, Alias, bool] | None:
        """The longest alias starting at ``words[i]``: (number of words, alias, genitive stripped).

        ``words`` are normalised; ``caps`` says which text words start with a capital. An alias
        word spelt with a capital only matches a capitalised text word unless ``ignore_case``
        (datelines and credits, where case carries no information).
        """
        cands = self._first.get(words[i])
        genitive = False
        if cands is None:
            stem = genitive_stem(words[i])
            cands = [a for a in self._first.get(stem, ()) if len(a.units) == 1] if stem else None
            if not cands:
                return None
            genitive = True
        n = len(words)
        for a in cands:
            k = len(a.units)
            if i + k > n:
                continue
            if not genitive and tuple(words[i : i + k]) != a.units:
                # The last word may carry a genitive -s ("Institute for the Study of Wars" is rare,
                # "Poetins" common).
                last = genitive_stem(words[i + k - 1])
                if k == 1 or tuple(words[i : i + k - 1]) != a.units[:-1] or last != a.units[-1]:
                    continue
                if not ignore_case and not _caps_ok(a, caps, i):
                    continue
                return k, a, True
            if not ignore_case and not _caps_ok(a, caps, i):
                continue
            return k, a, genitive
        return None

    def prefix_of(self, word: str) -> Alias | None:
        """A one-word alias that ``word`` (normalised) starts with, as in a compound
        (``wagnertroepen``, ``telegramaccount``), leaving a rest of at least four letters."""
        for k in range(len(word) - 4, self.prefix_min - 1, -1):
            a = self._aliases.get((word[:k],))
            if a is not None:
                return a
        return None

    def by_name(self, name: str) -> KBEntry | None:
        """The entry whose canonical name is ``name``."""
        return self._by_name.get(normalise(name))

    def region_of(self, entry: KBEntry) -> KBEntry | None:
        """The administrative region named after a place (Kharkiv → Kharkiv Oblast), if listed."""
        if entry.kind == "oblast":
            return entry
        return self._by_name.get(normalise(entry.name + " Oblast"))

    def with_role(self, role: str, country: str | None = None) -> list[KBEntry]:
        """People whose listed roles include ``role`` (in ``country`` if given)."""
        r = role.lower()
        return [e for e in self.entries.values()
                if r in e.roles and (country is None or e.country == country)]


def _caps_ok(a: Alias, caps: Sequence[bool], i: int) -> bool:
    return all(caps[i + j] for j, need in enumerate(a.capitalised) if need)


def _parse(text: str) -> list[KBEntry]:
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        cols += [""] * (8 - len(cols))
        eid, typ, kind, party, country, name, aliases, roles = (c.strip() for c in cols[:8])

        def split(s: str) -> tuple[str, ...]:
            return tuple(x.strip() for x in s.split("|") if x.strip() and x.strip() != "-")

        out.append(KBEntry(eid, typ, kind, None if party in ("", "unknown") else party,
                           None if country in ("", "-") else country, name, split(aliases),
                           tuple(r.lower() for r in split(roles))))
    return out


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """The packaged knowledge base (read once per process)."""
    text = resources.files("claimgraph.kb").joinpath(_DATA).read_text(encoding="utf-8")
    return KnowledgeBase(_parse(text))
