"""Transliteration: Cyrillic to Latin, and a comparison key that ignores transliteration variants.

The press spells one Ukrainian or Russian name many ways: ``Bachmoet`` (Dutch), ``Bakhmut``
(English), ``Bachmut`` (German), ``Бахмут``; ``Prigozjin``/``Prigozhin``/``Prigoschin``;
``Zelensky``/``Zelenskyj``/``Selenskyj``. :func:`translit_key` maps all of them to one key
(``bahmut``, ``prihosin``, ``selenski``) so that names the knowledge base does not list can still
be matched across documents, exactly or (:mod:`claimgraph.kb.clusters`) fuzzily.

How a key is made, per word (tables in :mod:`claimgraph.lang.translit`):

1. Cyrillic is transliterated (:func:`transliterate`), the word folded (case, diacritics).
2. Letter sequences are replaced by their spelling class, longest first (``sjtsj``/``shch``/
   ``schtsch`` → one symbol; ``zj``/``zh``/``sch``/``z`` → the hissing class; ``ch``/``kh``/``g``/
   ``h``/``tsj`` → the velar class; ``oe`` → ``u``; ``j``/``y`` → ``i``; ``w`` → ``v``).
3. Doubled symbols collapse (``Zaporizhzhia``), a final ``-ei`` becomes ``-i``
   (``Sergej``/``Serhiy``), and an ``i`` before a vowel is dropped, because it is the glide that
   Ukrainian and Russian spell with я/є/ю and transliterations write as ``ia``/``ja``/``ya``/``a``
   (``Podoljak`` = ``Podolyak`` = ``Podolak``; ``Jevgeni`` = ``Yevgeny`` = ``Evgeny``).

The key is lossy on purpose; it is only ever compared within one entity type.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimgraph.kb.linker import fold, genitive_stem, units
from claimgraph.lang import translit as T

_CYRILLIC_RE = re.compile(r"[\u0400-\u04FF\u0500-\u052F]")
# A Cyrillic word, with the apostrophes Ukrainian writes inside words (м'ясо, Мар’янка).
_CYRILLIC_WORD_RE = re.compile(r"[\u0400-\u052F]+(?:['’ʼ][\u0400-\u052F]+)*")
_CLASS_RE = re.compile("|".join(sorted(map(re.escape, T.SPELLING_CLASSES), key=lambda s: -len(s))))
_DOUBLE_RE = re.compile(r"(.)\1+")
_GLIDE_RE = re.compile(r"i(?=[aeiou])")
_SLUG_RE = re.compile(r"[^a-z0-9]+")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC_RE.search(text) is not None


def cyrillic_language(word: str) -> str:
    """``uk`` or ``ru`` for a Cyrillic word or name: by the letters (і ї є ґ, an apostrophe) or endings
    (``-ськ``, ``-цьк``) only Ukrainian has, else ``ru``.

    Unmarked words (Бахмут, Пригожин) come out the same either way except for г and и, which
    the key folds together anyway; Russian is the default because a Ukrainian word of any length
    almost always shows an і.
    """
    low = word.lower()
    if any(c in T.RUSSIAN_ONLY for c in low):
        return "ru"
    if any(c in T.UKRAINIAN_ONLY for c in low) or any(m in low for m in T.UKRAINIAN_MARKS):
        return "uk"
    return "ru"


def _word_uk(low: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(low):
        pair = low[i : i + 2]
        if pair in T.UKRAINIAN_PAIRS:
            out.append(T.UKRAINIAN_PAIRS[pair])
            i += 2
            continue
        c = low[i]
        if i == 0 and c in T.UKRAINIAN_INITIAL:
            out.append(T.UKRAINIAN_INITIAL[c])
        else:
            out.append(T.UKRAINIAN.get(c, c))
        i += 1
    return "".join(out)


def _word_ru(low: str) -> str:
    out: list[str] = []
    prev = ""
    for i, c in enumerate(low):
        if c == "е" and (i == 0 or prev in T.RUSSIAN_YE_AFTER):
            out.append("ye")
        elif c == "ё" and prev in T.RUSSIAN_YO_AFTER_HUSHING:
            out.append("o")
        elif c == "ё" and i > 0 and prev not in T.RUSSIAN_YE_AFTER:
            out.append("yo")
        else:
            out.append(T.RUSSIAN.get(c, c))
        prev = c
    return "".join(out)


def _recase(latin: str, original: str) -> str:
    if not latin:
        return latin
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return latin.upper()
    if original[:1].isupper():
        return latin[:1].upper() + latin[1:]
    return latin


@lru_cache(maxsize=50_000)
def transliterate(text: str, language: str | None = None) -> str:
    """``text`` with every Cyrillic word in Latin letters (``Бахмут`` → ``Bakhmut``).

    ``language`` (``uk``/``ru``) forces a table; by default the whole text decides
    (:func:`cyrillic_language`), so the unmarked first name of ``Володимир Зеленський`` is read as
    Ukrainian too. Capitalisation is kept; other characters are left alone.
    """
    if not has_cyrillic(text):
        return text
    language = language or cyrillic_language(text)

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        latin = _word_uk(low) if language == "uk" else _word_ru(low)
        return _recase(latin, word)

    return _CYRILLIC_WORD_RE.sub(one, text)


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The spelling-class key of one folded Latin word (``prigozjin`` → ``prihosin``)."""
    k = _CLASS_RE.sub(lambda m: T.SPELLING_CLASSES[m.group(0)], word)
    k = _DOUBLE_RE.sub(r"\1", k)
    if len(k) > 3 and k.endswith("ei"):
        k = k[:-2] + "i"
    k = _GLIDE_RE.sub("", k)
    k = _DOUBLE_RE.sub(r"\1", k)
    return k.lower()


@lru_cache(maxsize=200_000)
def translit_key(name: str) -> str:
    """The comparison key of a name: its words' :func:`word_key`, joined by single spaces.

    ``Bachmoet``, ``Bakhmut``, ``Bachmut`` and ``Бахмут`` all give ``bahmut``.
    """
    return " ".join(word_key(u) for u in units(transliterate(name)) if u)


def uninflect(word: str) -> str:
    """A Cyrillic word without its case ending (``Ковальчука`` → ``Ковальчук``), else unchanged."""
    low = word.lower()
    for end, nominative in T.CYRILLIC_ADJECTIVE_ENDINGS.items():
        if low.endswith(end) and len(low) > len(end) + 1:
            return word[: -len(end)] + nominative
    for end in T.CYRILLIC_CASE_ENDINGS:
        stem = low[: -len(end)]
        if low.endswith(end) and len(stem) >= T.CYRILLIC_MIN_STEM:
            if end in ("а", "я") and stem.endswith(T.CYRILLIC_FEMININE_STEMS):
                return word
            return word[: len(stem)]
    return word


@lru_cache(maxsize=200_000)
def key_variants(name: str) -> tuple[str, ...]:
    """The key of ``name``, then keys of the forms it may inflect: without a Dutch/English
    genitive ``-s`` (``Prigozjins``), and for Cyrillic without case endings (``Ковальчука``).
    For exact lookups only; the fuzzy match never sees these."""
    out = [translit_key(name)]
    ws = units(transliterate(name))
    if ws:
        stem = genitive_stem(ws[-1])
        if stem is not None:
            out.append(" ".join(word_key(u) for u in (*ws[:-1], stem)))
    if has_cyrillic(name):
        out.append(translit_key(" ".join(uninflect(w) for w in name.split())))
    return tuple(k for k in dict.fromkeys(out) if k)


def latin(name: str) -> str:
    """The name in Latin letters, for display and ids (Cyrillic transliterated, rest unchanged)."""
    return transliterate(name)


def slug(name: str) -> str:
    """An ASCII id fragment for a name: ``Ivan Petrenko`` → ``ivan-petrenko``, ``Бахмут`` → ``bakhmut``."""
    s = _SLUG_RE.sub("-", fold(transliterate(name)).replace("ß", "ss")).strip("-")
    return s or "x"
