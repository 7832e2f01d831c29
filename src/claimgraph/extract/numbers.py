"""Number grammar: read a run of word tokens as a value or an interval.

Pure functions over lower-case token strings, driven by a :class:`NumberLexicon` built from a
language module (``claimgraph.lang.nl.numbers``), so another language only swaps the data. The
grammar knows digits with the language's separators (``1.100``, ``2,5``), number words and their
compounds (``drieëntwintig``, ``tweehonderdvijftig``, ``anderhalf``), scale words after a number
(``2,5 miljoen``), vague plurals (``tienduizenden``), fractions (``de helft`` = 50 %), ranges
(``tussen de X en Y``, ``X tot Y``, ``X of Y``, ``X-Y``) and bounding words (``meer dan``,
``bijna``, ``zo'n``) that turn a number into an open or closed interval. It does not decide
whether a number is a claim: dates, ages and the like are the extractor's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import ModuleType

from claimgraph.lang.nl import numbers as nl_numbers

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class NumberLexicon:
    """The language data the grammar needs (see ``claimgraph.lang.nl.numbers``)."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, tuple[int, int]]
    vague_intensifiers: frozenset[str]
    joiners: tuple[str, ...]
    half_words: dict[str, float]
    half_suffixes: tuple[str, ...]
    fractions: dict[str, float]
    lower: tuple[Phrase, ...]
    upper: tuple[Phrase, ...]
    approx: tuple[Phrase, ...]
    articles: frozenset[str]
    range_open: tuple[Phrase, ...]
    range_open_join: tuple[Phrase, ...]
    range_join: tuple[Phrase, ...]
    article_numbers: frozenset[str]
    accented_one: frozenset[str]
    not_count_after_one: frozenset[str]
    digits_re: re.Pattern[str]
    thousands: str
    decimal: str
    denominators: dict[str, int]
    fraction_followers: frozenset[str]
    few: tuple[Phrase, ...]
    trailing_lower: tuple[Phrase, ...]
    trailing_upper: tuple[Phrase, ...]
    asyndetic_join: tuple[Phrase, ...]

    @classmethod
    def from_module(cls, m: ModuleType) -> NumberLexicon:
        t, d = re.escape(m.THOUSANDS_SEPARATOR), re.escape(m.DECIMAL_SEPARATOR)
        digits = re.compile(rf"(\d{{1,3}}(?:{t}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?|\d+{t}\d+)")
        return cls(
            units=m.UNITS, tens=m.TENS, scales=m.SCALES, vague=m.VAGUE,
            vague_intensifiers=m.VAGUE_INTENSIFIERS, joiners=m.COMPOUND_JOINERS,
            half_words=m.HALF_WORDS, half_suffixes=m.HALF_SUFFIXES, fractions=m.FRACTIONS,
            lower=m.LOWER_BOUND, upper=m.UPPER_BOUND, approx=m.APPROXIMATE, articles=m.ARTICLES,
            range_open=m.RANGE_OPEN, range_open_join=m.RANGE_OPEN_JOIN, range_join=m.RANGE_JOIN,
            article_numbers=m.ARTICLE_NUMBERS, accented_one=m.ACCENTED_ONE,
            not_count_after_one=m.NOT_A_COUNT_AFTER_ONE, digits_re=digits,
            thousands=m.THOUSANDS_SEPARATOR, decimal=m.DECIMAL_SEPARATOR,
            denominators=getattr(m, "ORDINAL_DENOMINATORS", {}),
            fraction_followers=getattr(m, "FRACTION_FOLLOWERS", frozenset()),
            few=getattr(m, "FEW", ()),
            trailing_lower=getattr(m, "TRAILING_LOWER", ()),
            trailing_upper=getattr(m, "TRAILING_UPPER", ()),
            asyndetic_join=getattr(m, "ASYNDETIC_RANGE_JOIN", ()),
        )


NL = NumberLexicon.from_module(nl_numbers)


@dataclass(frozen=True)
class NumberMatch:
    """A number expression over tokens ``start``..``end`` (exclusive) of the word list."""

    start: int
    end: int
    low: float | None
    high: float | None
    kind: str  # "number", "range", "vague", "fraction" (a percentage)
    bound: str  # "exact", "lower", "upper", "approx", "range", "vague"
    value_start: int  # first token of the number itself, after any bounding words
    word: bool  # the number is written as a word (not digits)


def parse_digits(token: str, lex: NumberLexicon = NL) -> float | None:
    """``1.100`` → 1100, ``2,5`` → 2.5; None unless the whole token is a number."""
    if not lex.digits_re.fullmatch(token):
        return None
    if lex.thousands in token and re.fullmatch(
        rf"\d{{1,3}}(?:{re.escape(lex.thousands)}\d{{3}})+(?:{re.escape(lex.decimal)}\d+)?", token
    ):
        token = token.replace(lex.thousands, "")
    elif lex.thousands in token:  # "2.5": a decimal written the other way
        return float(token.replace(lex.thousands, "."))
    return float(token.replace(lex.decimal, "."))


def _atoms(lex: NumberLexicon) -> list[tuple[str, str, int]]:
    out = [(w, "unit", v) for w, v in lex.units.items() if w not in lex.accented_one]
    out += [(w, "ten", v) for w, v in lex.tens.items()]
    out += [(w, "scale", v) for w, v in lex.scales.items()]
    out += [(w, "join", 0) for w in lex.joiners]
    return sorted(out, key=lambda a: -len(a[0]))


_ATOM_CACHE: dict[int, list[tuple[str, str, int]]] = {}


def _split(word: str, pos: int, atoms: list[tuple[str, str, int]]) -> Iterator[list[tuple[str, int]]]:
    """Every way to cut ``word[pos:]`` into number atoms, longest atoms first."""
    if pos == len(word):
        yield []
        return
    for text, kind, value in atoms:
        if word.startswith(text, pos):
            for rest in _split(word, pos + len(text), atoms):
                yield [(kind, value), *rest]


def _valid(seq: list[tuple[str, int]]) -> bool:
    """Local well-formedness: a joiner sits between a unit and a ten; no two units in a row."""
    for i, (kind, _) in enumerate(seq):
        nxt = seq[i + 1][0] if i + 1 < len(seq) else None
        if kind == "join" and (i == 0 or seq[i - 1][0] != "unit" or nxt not in ("ten", None)):
            return False
        if kind == "unit" and nxt in ("unit", "ten"):
            return False
        if kind == "ten" and nxt in ("unit", "ten"):
            return False
    return seq[-1][0] != "join" if seq else True


def _evaluate(seq: list[tuple[str, int]]) -> int:
    total = current = 0
    for kind, value in seq:
        if kind in ("unit", "ten"):
            current += value
        elif kind == "scale":
            if value == 100:
                current = (current or 1) * 100 if current < 100 else current + 100
            else:
                total += (current or 1) * value
                current = 0
    return total + current


# Number words recur across a corpus and compound splitting is the costly part: remember answers
# per lexicon (bounded, so a corpus of odd words cannot grow it without limit).
_WORD_CACHE: dict[tuple[int, str], float | None] = {}
_WORD_CACHE_MAX = 200_000


def parse_word(word: str, lex: NumberLexicon = NL) -> float | None:
    """A number written as one word, compounds included: ``drieëntwintig`` → 23."""
    key = (id(lex), word)
    if key in _WORD_CACHE:
        return _WORD_CACHE[key]
    value = _parse_word(word, lex)
    if len(_WORD_CACHE) >= _WORD_CACHE_MAX:
        _WORD_CACHE.clear()
    _WORD_CACHE[key] = value
    return value


def _parse_word(word: str, lex: NumberLexicon) -> float | None:
    w = word.lower()
    if w in lex.accented_one:
        return 1.0
    if w in lex.half_words:
        return lex.half_words[w]
    for suffix in lex.half_suffixes:
        if w.endswith(suffix) and len(w) > len(suffix):
            head = w[: -len(suffix)]
            for joiner in lex.joiners:
                if head.endswith(joiner):
                    whole = _parse_word(head[: -len(joiner)], lex)
                    if whole is not None:
                        return whole + 0.5
            return None
    atoms = _ATOM_CACHE.get(id(lex))
    if atoms is None:
        atoms = _ATOM_CACHE[id(lex)] = _atoms(lex)
    seq = next((q for q in _split(w, 0, atoms) if q and _valid(q)), None)
    return None if seq is None else float(_evaluate(seq))


def parse_token(token: str, lex: NumberLexicon = NL) -> float | None:
    """A single token as a number: digits or a number word."""
    if token[:1].isdigit():
        return parse_digits(token, lex)
    return parse_word(token, lex)


# Phrases indexed by their first word, longest first, per phrase list: a lookup per token
# instead of a scan of every phrase.
_PHRASE_INDEX: dict[int, tuple[tuple[Phrase, ...], dict[str, list[Phrase]]]] = {}


def _phrase_at(words: Sequence[str], i: int, phrases: tuple[Phrase, ...]) -> int:
    """Length of the longest phrase of ``phrases`` that starts at ``words[i]`` (0 if none)."""
    if i >= len(words):
        return 0
    entry = _PHRASE_INDEX.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        index: dict[str, list[Phrase]] = {}
        for p in sorted(phrases, key=len, reverse=True):
            if p:
                index.setdefault(p[0], []).append(p)
        entry = _PHRASE_INDEX[id(phrases)] = (phrases, index)
    for p in entry[1].get(words[i], ()):
        n = len(p)
        if tuple(words[i : i + n]) == p:
            return n
    return 0


def _core(
    words: Sequence[str], i: int, lex: NumberLexicon, bounded: bool
) -> tuple[int, float, float, str] | None:
    """A bare number at ``words[i]``: (end, low, high, kind), scale words included."""
    if i >= len(words):
        return None
    w = words[i]
    if w in lex.vague:
        low, high = lex.vague[w]
        return i + 1, float(low), float(high), "vague"
    if w in lex.vague_intensifiers and i + 1 < len(words) and words[i + 1] in lex.vague:
        low, high = lex.vague[words[i + 1]]
        return i + 2, float(low), float(high), "vague"
    n = _phrase_at(words, i, lex.few)
    if n and i + n < len(words) and words[i + n] in lex.scales:
        # "een paar honderd", "enkele duizend": the order of magnitude, like "honderden".
        scale = lex.scales[words[i + n]]
        return i + n + 1, float(scale), float(10 * scale - 1), "vague"
    if w in lex.fractions:
        # Only after an article or a bound: "de helft", "bijna de helft"; not "de tweede helft".
        if bounded or (i > 0 and words[i - 1] in lex.articles):
            return i + 1, lex.fractions[w], lex.fractions[w], "fraction"
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in lex.denominators:
        # "een vijfde", "twee derde": numerator and ordinal denominator, a share in percent. The
        # ordinal stays an ordinal ("een derde brigade") unless a partitive or a break follows.
        after = words[i + 2] if i + 2 < len(words) else "."
        num = 1.0 if w in lex.article_numbers else parse_word(w, lex)
        if num is not None and num < lex.denominators[nxt] and after in lex.fraction_followers:
            share = round(100.0 * num / lex.denominators[nxt], 2)
            return i + 2, share, share, "fraction"
    if w in lex.article_numbers:
        if nxt in lex.scales and lex.scales[nxt] >= 1000:
            pass  # "één miljard", "een miljoen"
        elif nxt in lex.half_suffixes or nxt in lex.fractions:
            # "een half jaar", "een kwart"; before a scale word a part of it: "een half miljoen".
            part = 0.5 if nxt in lex.half_suffixes else lex.fractions[nxt] / 100.0
            after = words[i + 2] if i + 2 < len(words) else ""
            if after in lex.scales and lex.scales[after] >= 1000:
                return i + 3, part * lex.scales[after], part * lex.scales[after], "number"
            if nxt in lex.half_suffixes:
                return i + 2, 0.5, 0.5, "number"
            return i + 2, lex.fractions[nxt], lex.fractions[nxt], "fraction"
        elif not (bounded or w in lex.accented_one) or nxt in lex.not_count_after_one:
            return None
    if "-" in w[1:] or "–" in w[1:]:  # "20-30" is one token
        parts = re.split(r"[-–]", w)
        if len(parts) == 2 and parts[0][:1].isdigit():
            a, b = parse_digits(parts[0], lex), parse_digits(parts[1], lex)
            if a is not None and b is not None and a < b:
                return i + 1, a, b, "range"
        return None
    value = parse_token(w, lex)
    if value is None:
        return None
    end = i + 1
    # Scale words written apart: "2,5 miljoen", "één miljard", "300 duizend".
    while end < len(words) and words[end] in lex.scales and lex.scales[words[end]] >= 1000:
        value *= lex.scales[words[end]]
        end += 1
    return end, value, value, "number"


def _shared_scale(words: Sequence[str], first: tuple[int, float, float, str],
                  second: tuple[int, float, float, str] | None, lex: NumberLexicon) -> float | None:
    """The low end of a range whose scale word is written once, after the second number: "3 tot 5
    miljard", "tussen de 20 en 30 duizend" — the scale distributes over both ends (a coordination
    shares its head). Unchanged when the first number carries its own scale."""
    if second is None:
        return first[1]
    end = second[0]
    factor = 1
    while end - 1 >= 0 and words[end - 1] in lex.scales and lex.scales[words[end - 1]] >= 1000:
        factor *= lex.scales[words[end - 1]]
        end -= 1
    first_end = first[0]
    own = first_end - 1 >= 0 and words[first_end - 1] in lex.scales
    if factor > 1 and not own and first[3] == "number" and first[1] * factor <= second[1]:
        return first[1] * factor
    return first[1]


def match_at(words: Sequence[str], i: int, lex: NumberLexicon = NL) -> NumberMatch | None:
    """The number expression that starts at ``words[i]`` (bounding words included), or None."""
    j = i
    bound = "exact"
    n = _phrase_at(words, j, lex.range_open)
    if n:
        first = _core(words, j + n, lex, True)
        if first:
            k = _phrase_at(words, first[0], lex.range_open_join)
            second = _core(words, first[0] + k, lex, True) if k else None
            low = _shared_scale(words, first, second, lex)
            if second and low is not None and second[1] > low:
                return NumberMatch(i, second[0], low, second[2], "range", "range", j + n,
                                   not words[j + n][:1].isdigit())
        return None
    for phrases, name in ((lex.lower, "lower"), (lex.upper, "upper"), (lex.approx, "approx")):
        n = _phrase_at(words, j, phrases)
        if n and (bound == "exact" or n > j - i):
            # Longest bounding phrase wins across the three lists.
            bound, j = name, i + n
    bounded = bound != "exact"
    k = j
    if bounded and k < len(words) and words[k] in lex.articles:
        k += 1
    core = _core(words, k, lex, bounded)
    if core is None and k != j:
        core = _core(words, j, lex, bounded)
        k = j
    if core is None:
        return None
    end, low, high, kind = core
    word = not words[k][:1].isdigit()
    if kind == "number":
        n = _phrase_at(words, end, lex.range_join)
        if n:
            second = _core(words, end + n, lex, True)
            low2 = _shared_scale(words, core, second, lex) if second else None
            if second and low2 is not None and second[3] == "number" and second[1] > low2:
                low = low2
                end, high, kind = second[0], second[2], "range"
                if bound == "exact":
                    bound = "range"
        elif word and (n := _phrase_at(words, end, lex.asyndetic_join)):
            # "dertig, veertig man": two number words side by side, the second a little larger.
            second = _core(words, end + n, lex, True)
            if second and second[3] == "number" and not words[end + n][:1].isdigit() \
                    and low is not None and low < second[1] <= 3 * low:
                end, high, kind = second[0], second[2], "range"
                if bound == "exact":
                    bound = "range"
        if kind == "number" and bound == "exact":
            if (n := _phrase_at(words, end, lex.trailing_lower)):
                end, high, bound = end + n, None, "lower"
            elif (n := _phrase_at(words, end, lex.trailing_upper)):
                end, low, bound = end + n, None, "upper"
    lo, hi = low, high
    if kind == "range":
        pass  # "hooguit zes tot acht weken": the range names both ends; a bound only hedges it
    elif bound == "lower":
        hi = None
    elif bound == "upper":
        lo = None
    elif kind == "vague" and bound == "exact":
        bound = "vague"
    return NumberMatch(i, end, lo, hi, kind, bound if kind != "range" or bounded else "range", k, word)


_STARTERS: dict[int, tuple[NumberLexicon, frozenset[str]]] = {}


def _starters(lex: NumberLexicon) -> frozenset[str]:
    """Words that may open a number expression besides digits and number words: the first words
    of bounds and ranges, vague plurals and their intensifiers, fractions and articles."""
    entry = _STARTERS.get(id(lex))
    if entry is None or entry[0] is not lex:
        words = {p[0] for ps in (lex.lower, lex.upper, lex.approx, lex.range_open) for p in ps if p}
        words |= set(lex.vague) | lex.vague_intensifiers | set(lex.fractions) | lex.article_numbers
        words |= set(lex.half_words)
        entry = _STARTERS[id(lex)] = (lex, frozenset(words))
    return entry[1]


def find_numbers(words: Sequence[str], lex: NumberLexicon = NL) -> list[NumberMatch]:
    """Every number expression in ``words``, left to right, none overlapping."""
    out: list[NumberMatch] = []
    starters = _starters(lex)
    i = 0
    while i < len(words):
        w = words[i]
        if not w[:1].isdigit() and w not in starters and parse_word(w, lex) is None:
            i += 1  # most words open no number: skip the phrase lookups
            continue
        m = match_at(words, i, lex)
        if m is not None:
            out.append(m)
            i = m.end
        else:
            i += 1
    return out
