"""Partisanship: which side of the war a source speaks for, and which claims that makes partisan.

A Russian ministry's count of Ukrainian dead and a Ukrainian general's count of Russian dead are
claims by one side about the other's losses; a side's figures for its own losses are rarer and
telling. A source's side comes, in order of trust, from the party the entity extractor stored for
that name in the same article, from the knowledge base, and last from the words of the name itself
(``Oekraïense commandant`` → ukraine, ``Russische …`` → russia, ``Wagner…`` → wagner,
``NAVO/Britse/Amerikaanse …`` → west, outlets, think tanks and analysts → independent). The writer
of an article (a claim with no source) is the outlet: independent.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from claimgraph.lang.nl.parties import PARTY_PREFIXES, PARTY_WORDS

SIDES = ("ukraine", "russia", "wagner", "west", "independent", "civilians", "unknown")
# Belligerent camps: Wagner fights on Russia's side, so its losses are Russia's camp's losses.
CAMPS: dict[str, str] = {"russia": "russia", "wagner": "russia", "ukraine": "ukraine"}
OPPONENT: dict[str, str] = {"russia": "ukraine", "ukraine": "russia"}
# Categories that count a side's losses.
LOSS_CATEGORIES = frozenset({"killed", "wounded", "casualties", "equipment", "prisoners"})

# English spellings the Dutch party list leaves out (source names come from the knowledge base in
# English: "Government of Ukraine", "Ministry of Defence of Russia").
ENGLISH_PARTY_WORDS: dict[str, str] = {
    "ukraine": "ukraine", "ukrainian": "ukraine", "ukrainians": "ukraine", "kyiv": "ukraine",
    "russia": "russia", "russian": "russia", "russians": "russia", "moscow": "russia",
    "kremlin": "russia", "nato": "west", "british": "west", "american": "west", "us": "west",
    "usa": "west", "uk": "west", "pentagon": "west", "united": "west", "german": "west",
    "french": "west", "dutch": "west", "wagner": "wagner",
}  # fmt: skip
# Name words that make a source independent of the warring sides: outlets, think tanks,
# research institutes, international organisations, analysts. Checked before the party words, so
# "Russische nieuwssite Meduza" is an outlet, not Russia.
INDEPENDENT_WORDS: frozenset[str] = frozenset({
    "denktank", "denktanks", "think", "tank", "instituut", "institute", "institut", "centre",
    "center", "centrum", "studies", "universiteit", "university", "krant", "dagblad", "weekblad",
    "nieuwssite", "nieuwsdienst", "nieuwszender", "persbureau", "omroep", "zender", "tv-zender",
    "journalist", "journalisten", "correspondent", "verslaggever", "redactie", "times",
    "journal", "post", "independent", "guardian", "bbc", "cnn", "reuters", "afp", "anp", "ap",
    "nos", "nrc", "volkskrant", "trouw", "parool", "telegraaf", "meduza", "bellingcat", "oryx",
    "analist", "analisten", "defensieanalist", "deskundige", "deskundigen", "expert", "experts",
    "onderzoeker", "onderzoekers", "hoogleraar", "waarnemer", "waarnemers", "historicus",
    "vn", "un", "verenigde", "naties", "nations", "ovse", "osce", "amnesty", "hrw", "rode", "kruis",
    "unhcr", "ohchr", "iaea", "hulpverleners", "hulporganisatie", "hulporganisaties", "isw",
    "rusi", "hcss", "clingendael", "ngo",
})  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics, whitespace collapsed: the form names are compared in."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return " ".join(t.lower().split())


_PARTY = {fold(k): v for k, v in PARTY_WORDS.items()} | ENGLISH_PARTY_WORDS
_PREFIX = sorted(((fold(k), v) for k, v in PARTY_PREFIXES.items()), key=lambda kv: -len(kv[0]))


def words(name: str) -> list[str]:
    """The folded words of a name, compounds split at hyphens (``NAVO-functionaris``)."""
    out: list[str] = []
    for w in _WORD.findall(fold(name)):
        out.extend(p for p in w.split("-") if p)
    return out


def party_word(word: str) -> str | None:
    """The party a single folded word names (``russische``, ``wagnertroepen``), or None."""
    p = _PARTY.get(word)
    if p is not None:
        return p
    for prefix, party in _PREFIX:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return party
    return None


@lru_cache(maxsize=65536)
def side_from_name(name: str) -> str | None:
    """A side guessed from the words of a name, or None when the words say nothing."""
    ws = words(name)
    if any(w in INDEPENDENT_WORDS for w in ws):
        return "independent"
    for w in ws:
        p = party_word(w)
        if p is not None:
            return p
    return None


def parties_in(text: str) -> list[str]:
    """The parties named in ``text``, in order, each once (for the two sides of a ratio)."""
    out: list[str] = []
    for w in words(text):
        p = party_word(w)
        if p is not None and p not in out:
            out.append(p)
    return out


def camp(party: str | None) -> str | None:
    """The belligerent camp of a party (wagner → russia), None for others."""
    return CAMPS.get(party) if party else None


def flags(kind: str, side: str, subject: str | None, category: str | None) -> tuple[str, ...]:
    """Why a claim is partisan: a side counting the other side's losses (``enemy_losses``) or its
    own (``own_losses``); for control claims, a side claiming for itself (``own_control``) or about
    its enemy (``enemy_control``)."""
    source_camp, subject_camp = camp(side), camp(subject)
    if source_camp is None or subject_camp is None:
        return ()
    same = source_camp == subject_camp
    if kind == "quantity":
        if category in LOSS_CATEGORIES:
            return ("own_losses",) if same else ("enemy_losses",)
        return ()
    return ("own_control",) if same else ("enemy_control",)
