"""Relative dates in Dutch war reporting, resolved against the article's publication date.

A casualty figure means nothing without the time it covers: "1100 doden *vorige week*" and "20.000
doden *sinds de invasie*" are different quantities. This module finds time expressions in a
sentence (``vorige week``, ``in februari``, ``sinds de zomer``, ``293 dagen``, ``afgelopen
zaterdag``, ``maandagavond``, ``eind januari``, ``sinds februari vorig jaar``, ``10 mei``,
``in diezelfde tijd``…) and turns each into a :class:`Period` that keeps the span of words it came
from, so a reader can check how a date was arrived at.

Resolution runs in document order (:class:`Timeline`), because some expressions lean on an
earlier one: ``een dag eerder`` counts back from the last day mentioned, ``in diezelfde tijd``
takes the last period, and a duration (``in minder dan een week tijd``) ends at the day the
sentence is about, else at publication. Without a publication date relative expressions stay
unresolved but keep their label, so claims from one article can still be compared.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from claimgraph.lang.nl import time as T
from claimgraph.lang.nl.months import MONTHS, WEEKDAYS
from claimgraph.lang.nl.numbers import HALF_WORDS, TENS, UNITS

# Period kinds: "asof" = no expression, the claim holds at publication (a running total);
# "day" = one day (when something happened or was said); "window" = a bounded stretch of time;
# "since" = from a start until publication.
KINDS = ("asof", "day", "window", "since")
WAR_START = date.fromisoformat(T.WAR_START)


@dataclass(frozen=True, slots=True)
class Period:
    """The time a claim is about, and the words that said so (``span`` over the document text)."""

    kind: str
    start: date | None = None
    end: date | None = None
    label: str = ""  # the expression, lower case, single-spaced: groups unresolved periods
    text: str = ""  # the expression as written
    span: tuple[int, int] | None = None
    rule: str = ""  # which kind of expression: time.weekday, time.month, time.duration…
    anchor: str = "publication"  # what it was resolved against: publication, previous, absolute

    @property
    def resolved(self) -> bool:
        return self.end is not None or self.start is not None

    @property
    def when(self) -> date | None:
        """The one date that stands for the period on a time axis: its end."""
        return self.end if self.end is not None else self.start

    def describe(self) -> str:
        """Human-readable: ``2023-02-01..2023-02-28 (in februari)``."""
        if self.kind == "asof":
            return f"as of {self.end}" if self.end else "undated"
        if not self.resolved:
            return f"? ({self.text})"
        if self.kind == "day":
            rng = str(self.start)
        elif self.kind == "since":
            rng = f"since {self.start}" + (f" (to {self.end})" if self.end else "")
        else:
            rng = f"{self.start}..{self.end}"
        return f"{rng} ({self.text})" if self.text else rng

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "text": self.text or None,
            "span": list(self.span) if self.span else None,
            "rule": self.rule or None,
            "anchor": self.anchor,
            "resolved": self.resolved,
        }


def asof(pub: date | None) -> Period:
    """The period of a claim with no time expression: whatever holds at publication."""
    return Period("asof", None, pub, anchor="publication" if pub else "none")


# --- numbers and calendar arithmetic -----------------------------------------------------------

_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def count(word: str) -> float | None:
    """A count of time units: digits (``293``, ``1,5``) or a Dutch number word (``negen``,
    ``vijfentwintig``, ``anderhalf``); None if the word is not a number."""
    w = word.lower()
    if w[:1].isdigit():
        if _THOUSANDS.fullmatch(w):
            return float(w.replace(".", ""))
        try:
            return float(w.replace(",", "."))
        except ValueError:
            return None
    if w in UNITS:
        return float(UNITS[w])
    if w in TENS:
        return float(TENS[w])
    if w in HALF_WORDS:
        return HALF_WORDS[w]
    for joiner in ("ën", "en"):
        unit, sep, ten = w.partition(joiner)
        if sep and unit in UNITS and ten in TENS and 0 < UNITS[unit] < 10:
            return float(UNITS[unit] + TENS[ten])
    return None


def add_months(d: date, k: int) -> date:
    """``d`` moved by ``k`` calendar months, the day clamped to the month's length."""
    m = d.month - 1 + k
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift(d: date, n: float, unit: str) -> date:
    """``d`` moved by ``n`` units (negative: back); fractions of months and years in months."""
    if unit == "hour":
        return d + timedelta(days=round(n / 24))
    if unit == "day":
        return d + timedelta(days=round(n))
    if unit == "week":
        return d + timedelta(days=round(7 * n))
    months = round(n * (12 if unit == "year" else 1))
    return add_months(d, months)


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


# --- finding expressions ----------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so "vorige" is tried before "vorig")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# Full month names stand alone ("in februari"); abbreviations only after a day number ("25 feb"),
# since alone they are other words ("Jan de Vries", "dec").
_FULL_MONTHS = frozenset(m for m in MONTHS if len(m) >= 5 or m in ("mei", "juni", "juli"))
_MONTH_NAMES = _alt(_FULL_MONTHS)
_MONTH_ABBREVIATIONS = _alt(MONTHS)
_WEEKDAY_NAMES = _alt(w for w in WEEKDAYS if len(w) > 2)
_DAY_PARTS = _alt(T.DAY_PARTS)
_UNITS = _alt(T.TIME_UNITS)
_DIRS = _alt(T.ROLLING_PAST | T.PREVIOUS | T.CURRENT | T.NEXT)
_YEAR = r"(?:19|20)\d{2}"
_YREL = _alt(T.YEAR_OFFSETS)
_NUM = r"\d+(?:[.,]\d+)*|[a-zëéïè]+"
_B = r"(?<![\w-])"  # word start (a hyphen glues compounds: "Wagner-baas")
_E = r"(?![\w-])"  # word end

_PATTERNS: tuple[tuple[str, str], ...] = (
    # "zaterdag 20 mei 2023", "25 februari", "op 10 mei"
    ("date", rf"{_B}(?:(?:{_WEEKDAY_NAMES})\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_ABBREVIATIONS})\.?{_E}"
             rf"(?:\s+(?P<y>{_YEAR}){_E})?"),
    # "eind januari", "februari vorig jaar", "maart 2022"
    ("month", rf"{_B}(?:(?P<part>{_alt(T.MONTH_PARTS)})\s+)?(?P<m>{_MONTH_NAMES}){_E}"
              rf"(?:\s+(?P<y>{_YEAR}){_E}|\s+(?P<yrel>{_YREL}){_E})?"),
    # "afgelopen zaterdag", "maandagavond"
    ("weekday", rf"{_B}(?:(?P<dir>{_DIRS})\s+)?(?P<wd>{_WEEKDAY_NAMES})(?P<part>{_DAY_PARTS})?{_E}"),
    ("relday", rf"{_B}(?P<rd>{_alt(T.RELATIVE_DAYS)}){_E}"),
    # "de zomer", "afgelopen winter", "het voorjaar van 2023"
    ("season", rf"{_B}(?:(?:de|het)\s+)?(?:(?P<dir>{_DIRS})\s+)?(?P<season>{_alt(T.SEASONS)}){_E}"
               rf"(?:\s+(?:van\s+)?(?P<y>{_YEAR}){_E}|\s+(?P<yrel>{_YREL}){_E})?"),
    # "de afgelopen drie weken"
    ("last", rf"{_B}(?:de\s+|het\s+)?(?P<dir>{_alt(T.ROLLING_PAST | T.NEXT)})\s+(?P<n>{_NUM})\s+"
             rf"(?P<unit>{_UNITS}){_E}"),
    # "vorige week", "afgelopen maand", "dit jaar", "het afgelopen weekend"
    ("relunit", rf"{_B}(?:de\s+|het\s+)?(?P<dir>{_DIRS})\s+(?P<unit>week|maand|jaar|weekend){_E}"),
    # "293 dagen", "in minder dan een week tijd", "drie dagen geleden", "een dag eerder"
    ("duration", rf"{_B}(?:(?P<bound>{_alt(T.DURATION_BOUNDS)})\s+)?(?P<n>{_NUM})\s+(?P<unit>{_UNITS}){_E}"
                 rf"(?:\s+tijd{_E})?(?:\s+(?P<rel>{_alt(T.AGO | T.EARLIER | T.LATER)}){_E})?"),
    # "in diezelfde tijd", "in dezelfde periode"
    ("same", rf"{_B}(?P<det>{_alt(T.SAME_DETERMINERS)})\s+(?P<noun>{_alt(T.SAME_NOUNS)}){_E}"),
    # "sinds het begin van de oorlog", "sinds de invasie"
    ("war", rf"{_B}(?P<since>{_alt(T.SINCE)})\s+(?:{_alt(T.WAR_START_PHRASES)}){_E}"),
    # "in 2022", "sinds 2014", "begin 2023"
    ("year", rf"{_B}(?P<prep>in|sinds|sedert|vanaf|begin|eind|medio|halverwege)\s+(?P<y>{_YEAR}){_E}"),
)  # fmt: skip
_COMPILED = tuple((rule, re.compile(p, re.IGNORECASE)) for rule, p in _PATTERNS)
_SINCE_BEFORE = re.compile(rf"{_B}(?:{_alt(T.SINCE)})\s+$", re.IGNORECASE)
_PREP_BEFORE = re.compile(rf"{_B}(?:{_alt(T.PREPOSITIONS)})\s+$", re.IGNORECASE)
# Which patterns a word can start or end: a sentence's words (a set lookup each) say which of the
# eleven patterns can match at all. Most sentences have no time word; the rest trigger one or two.
def _triggers() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}

    def add(words: Iterable[str], *rules: str) -> None:
        for w in words:
            table.setdefault(w.lower(), set()).update(rules)

    add(_FULL_MONTHS, "date", "month")
    add((m for m in MONTHS if m not in _FULL_MONTHS), "date")
    weekdays = [w for w in WEEKDAYS if len(w) > 2]
    add(weekdays, "date", "weekday")
    add((w + p for w in weekdays for p in T.DAY_PARTS), "weekday")
    add(T.RELATIVE_DAYS, "relday")
    add(T.SEASONS, "season")
    add((*T.TIME_UNITS, "weekend"), "last", "relunit", "duration", "same")
    add(T.SINCE, "war", "year")
    add(T.SAME_NOUNS, "same")
    return {w: frozenset(r) for w, r in table.items()}


_TRIGGERS = _triggers()
_WORDS = re.compile(r"\w+")
_YEAR_RULES = frozenset({"date", "month", "season", "year"})


def _rules(text: str) -> set[str]:
    rules: set[str] = set()
    for w in set(_WORDS.findall(text.lower())):
        r = _TRIGGERS.get(w)
        if r is not None:
            rules |= r
        elif len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
            rules |= _YEAR_RULES
    return rules


@dataclass(frozen=True, slots=True)
class _Match:
    rule: str
    start: int
    end: int
    groups: dict[str, str | None]
    since: bool


def find(text: str) -> list[_Match]:
    """Time expressions in ``text``, left to right, overlaps resolved in favour of the longest."""
    rules = _rules(text)
    if not rules:
        return []
    found: list[_Match] = []
    for rule, rx in _COMPILED:
        if rule not in rules:
            continue
        for m in rx.finditer(text):
            g = m.groupdict()
            if rule in ("duration", "last") and count(g["n"] or "") is None:
                continue
            if rule == "duration" and (g["n"] or "").lower() in ("een", "één") and not (
                g["bound"] or g["rel"] or m.group(0).lower().endswith("tijd")
            ) and (g["unit"] or "").lower() in ("dag", "uur"):
                continue  # "een dag" alone is rarely a duration claim ("op een dag")
            found.append(_Match(rule, m.start(), m.end(), g, bool(g.get("since"))))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[_Match] = []
    for x in found:
        if out and x.start < out[-1].end:
            continue
        before = text[: x.start]
        since = x.since or (x.groups.get("prep") or "").lower() in T.SINCE
        start = x.start
        m = _SINCE_BEFORE.search(before)
        if m:
            since, start = True, m.start()
        else:
            m = _PREP_BEFORE.search(before)
            if m:
                start = m.start()
        if out and start < out[-1].end:
            start = x.start
        out.append(_Match(x.rule, start, x.end, x.groups, since))
    return out


# --- resolution -------------------------------------------------------------------------------


class Timeline:
    """Resolves the time expressions of one document, sentence by sentence, in reading order.

    Keeps the last day and the last period seen, for anaphora (``diezelfde tijd``) and shifts
    (``een dag eerder``). Feed sentences in order with :meth:`scan`.
    """

    def __init__(self, pub: date | None) -> None:
        self.pub = pub
        self.last_day: Period | None = None
        self.last_period: Period | None = None

    def scan(self, text: str, base: int = 0) -> list[Period]:
        """The periods of the expressions in ``text`` (a sentence starting at ``base``)."""
        out: list[Period] = []
        sentence_day: Period | None = None
        for m in find(text):
            words = text[m.start : m.end]
            p = self._resolve(m, sentence_day)
            if p is None:
                continue
            # An anaphor keeps its antecedent's label, so unresolved periods still group together.
            label = p.label if p.rule == "time.same" else " ".join(words.lower().split())
            p = replace(p, label=label, text=words, span=(base + m.start, base + m.end),
                        rule=p.rule or f"time.{m.rule}")
            if m.since and p.kind in ("day", "window"):
                p = replace(p, kind="since", end=self.pub if p.start is not None else None)
            out.append(p)
            if p.kind == "day":
                sentence_day = p if p.resolved else sentence_day
                self.last_day = p
                self.last_period = p
            elif p.kind in ("window", "since"):
                self.last_period = p
        return out

    def _resolve(self, m: _Match, sentence_day: Period | None) -> Period | None:
        g, pub = m.groups, self.pub
        rule = m.rule
        if rule == "date":
            day, month = int(g["d"] or 0), MONTHS[(g["m"] or "").lower()]
            year = int(g["y"]) if g["y"] else None
            if year is None:
                if pub is None:
                    return Period("day")
                year = pub.year
                d = _safe_date(year, month, day)
                if d is not None and d > pub + timedelta(days=7):  # a date ahead is last year's
                    year -= 1
            d = _safe_date(year, month, day)
            if d is None:
                return None
            return Period("day", d, d, anchor="absolute" if g["y"] else "publication")
        if rule == "month":
            month = MONTHS[(g["m"] or "").lower()]
            year = self._year(g, month)
            if year is None:
                return Period("window")
            first, last = 1, None
            if g["part"]:
                first, last = T.MONTH_PARTS[g["part"].lower()]
            end = month_end(year, month) if last is None else date(year, month, last)
            return Period("window", date(year, month, first), end,
                          anchor="absolute" if g["y"] else "publication")
        if rule == "weekday":
            if pub is None:
                return Period("day")
            wd = WEEKDAYS[(g["wd"] or "").lower()]
            direction = (g["dir"] or "").lower()
            back = (pub.weekday() - wd) % 7
            if direction in T.NEXT:
                d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
            elif direction in T.PREVIOUS or direction in T.ROLLING_PAST:
                d = pub - timedelta(days=back or 7)
            else:
                d = pub - timedelta(days=back)
            return Period("day", d, d)
        if rule == "relday":
            if pub is None:
                return Period("day")
            d = pub + timedelta(days=T.RELATIVE_DAYS[(g["rd"] or "").lower()])
            return Period("day", d, d)
        if rule == "season":
            return self._season(g)
        if rule == "last":
            n, unit = count(g["n"] or "") or 0, T.TIME_UNITS[(g["unit"] or "").lower()]
            if pub is None:
                return Period("window")
            if (g["dir"] or "").lower() in T.NEXT:
                return Period("window", pub, shift(pub, n, unit))
            return Period("window", shift(pub, -n, unit), pub)
        if rule == "relunit":
            return self._relunit((g["dir"] or "").lower(), (g["unit"] or "").lower())
        if rule == "duration":
            n, unit = count(g["n"] or "") or 0, T.TIME_UNITS[(g["unit"] or "").lower()]
            rel = (g["rel"] or "").lower()
            if rel in T.AGO:
                if pub is None:
                    return Period("day")
                d = shift(pub, -n, unit)
                return Period("day", d, d, rule="time.ago")
            if rel in T.EARLIER or rel in T.LATER:
                ref = self.last_day
                if ref is None or ref.start is None:
                    return Period("day", rule="time.shift", anchor="previous")
                d = shift(ref.start, -n if rel in T.EARLIER else n, unit)
                return Period("day", d, d, rule="time.shift", anchor="previous")
            anchor_day = sentence_day.start if sentence_day and sentence_day.start else None
            end = anchor_day or pub
            if end is None:
                return Period("window", rule="time.duration")
            return Period("window", shift(end, -n, unit), end, rule="time.duration",
                          anchor="previous" if anchor_day else "publication")
        if rule == "same":
            ref = self.last_day if (g["noun"] or "").lower() == "dag" else self.last_period
            if ref is None:
                return None  # an anaphor with nothing before it says nothing
            return replace(ref, rule="time.same", anchor="previous")
        if rule == "war":
            return Period("since", WAR_START, pub, rule="time.war", anchor="absolute")
        if rule == "year":
            y, prep = int(g["y"] or 0), (g["prep"] or "").lower()
            months = {"begin": (1, 3), "eind": (10, 12), "medio": (5, 8), "halverwege": (5, 8)}
            a, b = months.get(prep, (1, 12))
            return Period("window", date(y, a, 1), month_end(y, b), anchor="absolute")
        raise AssertionError(rule)

    def _year(self, g: dict[str, str | None], month: int) -> int | None:
        """The year of a month named without a day: explicit, relative, or the last such month."""
        if g.get("y"):
            return int(g["y"] or 0)
        pub = self.pub
        if pub is None:
            return None
        if g.get("yrel"):
            return pub.year + T.YEAR_OFFSETS[(g["yrel"] or "").lower()]
        return pub.year if month <= pub.month else pub.year - 1

    def _season(self, g: dict[str, str | None]) -> Period:
        first, last = T.SEASONS[(g["season"] or "").lower()]
        pub = self.pub

        def bounds(y: int) -> tuple[date, date]:  # the season starting in year y
            end_year = y + 1 if last < first else y
            return date(y, first, 1), month_end(end_year, last)

        if g.get("y"):
            s, e = bounds(int(g["y"] or 0))
            return Period("window", s, e, rule="time.season", anchor="absolute")
        if pub is None:
            return Period("window", rule="time.season")
        if g.get("yrel"):
            s, e = bounds(pub.year + T.YEAR_OFFSETS[(g["yrel"] or "").lower()])
            return Period("window", s, e, rule="time.season")
        direction = (g.get("dir") or "").lower()
        y = pub.year
        s, e = bounds(y)
        while s > pub:  # the last season of that name that has begun
            y -= 1
            s, e = bounds(y)
        if direction in T.PREVIOUS or direction in T.ROLLING_PAST:
            while e >= pub:  # the last one that is over
                y -= 1
                s, e = bounds(y)
        elif direction in T.NEXT:
            y += 1
            s, e = bounds(y)
        return Period("window", s, e, rule="time.season")

    def _relunit(self, direction: str, unit: str) -> Period:
        pub = self.pub
        if pub is None:
            return Period("window", rule=f"time.relunit.{unit}")
        step = -1 if direction in T.PREVIOUS else 1 if direction in T.NEXT else 0
        rolling = direction in T.ROLLING_PAST
        if unit == "week":
            if rolling:
                return Period("window", pub - timedelta(days=7), pub)
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
            return Period("window", monday, monday + timedelta(days=6))
        if unit == "weekend":
            sat = pub - timedelta(days=(pub.weekday() - 5) % 7)  # the last Saturday, or today
            in_weekend = pub.weekday() >= 5
            if step < 0 and in_weekend:  # "vorig weekend" on a Sunday: the one before
                sat -= timedelta(days=7)
            elif step > 0 or (step == 0 and not rolling and not in_weekend):  # "dit/komend weekend"
                sat += timedelta(days=7)
            return Period("window", sat, sat + timedelta(days=1))
        if unit == "maand":
            if rolling:
                return Period("window", add_months(pub, -1), pub)
            first = add_months(pub.replace(day=1), step)
            return Period("window", first, month_end(first.year, first.month))
        # jaar
        if rolling:
            return Period("window", shift(pub, -1, "year"), pub)
        y = pub.year + step
        return Period("window", date(y, 1, 1), date(y, 12, 31))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_text(text: str, pub: date | str | None, base: int = 0) -> list[Period]:
    """Every time expression of ``text`` resolved against ``pub`` (one sentence or a short text)."""
    if isinstance(pub, str):
        pub = date.fromisoformat(pub)
    return Timeline(pub).scan(text, base)


def choose(periods: list[Period], start: int, end: int) -> Period | None:
    """The period that belongs to a claim spanning ``start..end`` in the same sentence.

    An expression inside or overlapping the claim wins (a duration is its own period); else the
    nearest one, an earlier one on a tie (Dutch puts the time before the figure: "vorige week
    1100 doden").
    """
    best: Period | None = None
    best_key: tuple[int, int] | None = None
    for p in periods:
        if p.span is None:
            continue
        s, e = p.span
        overlaps = s < end and start < e
        gap = -1 if overlaps else (start - e if e <= start else s - end)
        key = (gap, 0 if e <= start else 1)
        if best_key is None or key < best_key:
            best, best_key = p, key
    return best
