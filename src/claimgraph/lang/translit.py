"""Transliteration tables: Ukrainian and Russian Cyrillic to Latin, and Latin spelling classes.

Data only; the logic is in :mod:`claimgraph.kb.translit`. Shared by all languages rather than
kept under ``lang/nl``: a Dutch article writes ``Bachmoet``, quotes an English source saying
``Bakhmut`` and a German one saying ``Bachmut``, and all of them must meet.

Cyrillic → Latin follows the conventions English-language news uses, so that a Cyrillic name
reads like the spelling a journalist would search for: Ukrainian after the official Ukrainian
system of 2010 (``Харків`` → ``Kharkiv``, ``Запоріжжя`` → ``Zaporizhzhia``), Russian after
BGN/PCGN without diacritics (``Пригожин`` → ``Prigozhin``, ``Артёмовск`` → ``Artyomovsk``).

The *spelling classes* fold the ways Dutch, English, German (and French) write one Cyrillic
sound into one symbol, so ``Prigozjin``, ``Prigozhin`` and ``Prigoschin`` share a key. They are
deliberately coarse (all hissing sounds are one class, all velar fricatives and affricates
another) because transliteration variation is the noise to remove; distinct names differ in
more than those letters, and the key is compared within one entity type only.
"""

from __future__ import annotations

# --- Cyrillic → Latin --------------------------------------------------------------------------

# Letters only Ukrainian uses, and letters only Russian uses: they decide which table a word gets.
UKRAINIAN_ONLY = frozenset("іїєґ")
RUSSIAN_ONLY = frozenset("ыэёъ")
# Spellings that are Ukrainian although every letter is shared: the apostrophe (Russian writes ъ)
# and the soft sign before к in adjectives and place names (Зеленський, Донецьк; Russian -ский, -цк).
UKRAINIAN_MARKS = ("'", "’", "ʼ", "ськ", "цьк")

# Ukrainian (KMU 2010): є ї й ю я are written ye yi y yu ya at the start of a word, ie i i iu ia
# elsewhere; the soft sign and apostrophe are dropped.
UKRAINIAN: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
    # Russian letters in a Ukrainian word (a quotation, a typo): transliterated, not lost.
    "ы": "y", "э": "e", "ё": "io", "ъ": "",
}  # fmt: skip
UKRAINIAN_INITIAL: dict[str, str] = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# "зг" is written "zgh" so that it is not read as "zh" (Згурівка → Zghurivka).
UKRAINIAN_PAIRS: dict[str, str] = {"зг": "zgh"}

# Russian (BGN/PCGN without diacritics): е is "ye" at the start of a word and after a vowel or a
# hard/soft sign, ё is "yo" (and "o" after ж ч ш щ), the hard and soft signs are dropped.
RUSSIAN: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian letters in a Russian word: as Ukrainian.
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "",
}  # fmt: skip
RUSSIAN_VOWELS = frozenset("аеёиоуыэюяaeiouy")
RUSSIAN_YE_AFTER = RUSSIAN_VOWELS | frozenset("ъь")
RUSSIAN_YO_AFTER_HUSHING = frozenset("жчшщ")

# Case endings of Ukrainian and Russian nouns, longest first: a Cyrillic article inflects names
# (``за словами Ковальчука``, ``під Бахмутом``) where Dutch and English do not. Stripped only to
# try one more exact lookup, and ``-а``/``-я`` not after a stem that makes a feminine surname or an
# adjective (``Захарова``, ``Тимошенко``-like ``-ина``, ``Донецька``).
CYRILLIC_CASE_ENDINGS = ("ові", "еві", "єві", "ому", "ого", "ою", "ею", "єю", "ом", "ем", "єм", "і", "у",
                         "ю", "а", "я")  # fmt: skip
CYRILLIC_FEMININE_STEMS = ("ов", "ев", "єв", "ёв", "ин", "ін", "їн", "ськ", "цьк", "зьк")
# Surnames declined like adjectives (Зеленського → Зеленський, Жуковского → Жуковский).
CYRILLIC_ADJECTIVE_ENDINGS: dict[str, str] = {
    "ського": "ський", "ському": "ський", "ським": "ський", "ської": "ська", "ською": "ська",
    "ского": "ский", "скому": "ский", "ским": "ский", "ской": "ская", "скую": "ская",
    "цького": "цький", "цькому": "цький", "цьким": "цький",
}  # fmt: skip
CYRILLIC_MIN_STEM = 4

# --- Latin spelling classes --------------------------------------------------------------------

# Letter sequences → class symbols, matched longest first in one left-to-right pass over a folded
# (lower-case, diacritic-free) word. Upper-case symbols are classes; lower-case output is literal.
#   S  every hissing sound: s z (English, Dutch; German s for з), sh sj sch (ш), zh zj (ж),
#      ts tz (ц; German z is ц too, but z is far more often з in these names)
#   H  velar fricatives and the ч affricate: English kh, Dutch/German ch (х), h and g (г: Ukrainian
#      h, Russian g), Dutch tsj, German tsch, French tch (ч). English ch (ч) lands here as well,
#      which is why ч and х share a class: "ch" alone cannot say which of the two it is.
#   i  the i/y/j glide: English y, Dutch and German j (Jermak = Yermak)
SPELLING_CLASSES: dict[str, str] = {
    # щ: English shch, Dutch sjtsj, German schtsch, French chtch
    "schtsch": "SH", "shch": "SH", "sjtsj": "SH", "chtch": "SH",
    # ч
    "tsch": "H", "tsj": "H", "tch": "H", "ch": "H", "cz": "H",
    # х and г
    "kh": "H", "h": "H", "g": "H",
    # ш ж з с ц
    "sch": "S", "sh": "S", "sj": "S", "zh": "S", "zj": "S", "sz": "S", "z": "S", "s": "S",
    "ts": "S", "tz": "S", "ß": "S", "j": "i", "y": "i",
    # Dutch oe and French ou are u; w (German, Polish) is v
    "oe": "u", "ou": "u", "w": "v", "ph": "f", "th": "t", "x": "kS", "q": "k", "ck": "k", "c": "k",
}  # fmt: skip
VOWELS = frozenset("aeiou")
