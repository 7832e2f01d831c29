"""Claims about the same quantity, and who agrees with, contradicts or revises whom.

A *group* is every claim about one quantity: the same kind, subject party, category and place,
over the same period. Periods decide what "the same quantity" means:

- a claim without a time expression (or "since the invasion") is a running total as of its date:
  all such claims form one group, but they are only *compared* with claims dated within
  ``asof_days`` of each other (a total from March does not contradict one from May); undated
  claims only with claims of the same article;
- a claim over a stretch of time (``in februari``, ``vorige week``) is grouped with claims over
  the same stretch (both ends within ``window_days``), wherever and whenever published;
- a claim ``sinds de zomer`` with claims since the same start, compared like running totals.

Within a comparison, quantities that overlap (after widening each figure by ``tolerance``, 2 %,
for the press's rounding) form one *position*: the greedy stabbing of intervals sorted by their upper
end, so every claim of a position shares one value and the positions of a comparison are found in
O(n log n). Two positions backed by different sources are a **contradiction**; a position backed by
two or more sources an **agreement**. A source whose figure changes between two dated claims in
one group has made a **revision**. Control claims take the same path with positions "Russia
holds" / "Ukraine holds" (an affirmed holder, or the opposite of a denied one).

Everything is keyed dictionaries and sorted lists: no comparison of all claims with all claims.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from claimgraph.reconcile.dates import WAR_START
from claimgraph.reconcile.normalize import Claim, interval_text
from claimgraph.reconcile.sides import camp

INF = float("inf")
_CONTROL_VALUES = frozenset({"russia", "ukraine", "captured", "not captured"})


@dataclass
class Options:
    """Tunable judgements of reconciliation; the defaults suit daily war reporting."""

    tolerance: float = 0.02  # each figure widened by 2 %: 1100 and 1.120 agree, 11.000 and 12.000 not
    asof_days: int = 7  # running totals compared only within a week of each other
    window_days: int = 3  # "vorige week" from Monday's and Thursday's paper is the same week
    war_start_days: int = 14  # "sinds februari vorig jaar" ≈ since the invasion: a running total


@dataclass
class Position:
    """Claims that agree: overlapping intervals, or the same holder of a place."""

    value: str
    claims: list[Claim] = field(default_factory=list)
    low: float | None = None
    high: float | None = None

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(c.source.label for c in self.claims))

    @property
    def source_keys(self) -> set[str]:
        return {c.source.key for c in self.claims}

    @property
    def sides(self) -> list[str]:
        return list(dict.fromkeys(c.source.side for c in self.claims))

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "low": self.low, "high": self.high, "sources": self.sources,
                "sides": self.sides, "claims": [c.id for c in self.claims]}


@dataclass
class Comparison:
    """Claims of one group close enough in time to be compared, split into positions."""

    positions: list[Position]
    first: date | None = None
    last: date | None = None

    @cached_property
    def contradiction(self) -> bool:
        """Two positions that exclude each other, backed by different sources.

        Quantity positions all exclude each other, and then some pair is backed by two sources
        exactly when the positions together have two sources: one linear pass. Control positions
        (at most four values) are tried pairwise.
        """
        ps = self.positions
        if len(ps) < 2:
            return False
        if ps[0].value not in _CONTROL_VALUES:
            return len({k for p in ps for k in p.source_keys}) > 1
        for i, a in enumerate(ps):
            for b in ps[i + 1 :]:
                if _excludes(a.value, b.value) and len(a.source_keys | b.source_keys) > 1:
                    return True
        return False

    @property
    def agreement(self) -> bool:
        return any(len(p.source_keys) > 1 for p in self.positions)

    def to_json(self) -> dict[str, Any]:
        return {
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "contradiction": self.contradiction,
            "agreement": self.agreement,
            "positions": [p.to_json() for p in self.positions],
        }


@dataclass
class Revision:
    """A source that changed its figure (or its account of a place) between two dates."""

    source: str
    side: str
    before: Claim
    after: Claim

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source, "side": self.side,
            "before": {"claim": self.before.id, "value": self.before.value(),
                       "date": _iso(said_on(self.before))},
            "after": {"claim": self.after.id, "value": self.after.value(),
                      "date": _iso(said_on(self.after))},
        }  # fmt: skip


@dataclass
class Group:
    """Every claim about one quantity (or one place's control), with what they say together."""

    kind: str
    subject: str | None
    category: str
    place_key: str | None
    place: str | None
    period_key: tuple[Any, ...]
    period: str  # human-readable
    claims: list[Claim] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    against: str | None = None  # a ratio's second party

    @property
    def id(self) -> str:
        pk = "/".join(str(x) for x in self.period_key)
        subject = f"{self.subject}:{self.against}" if self.against else self.subject or "-"
        return f"{self.kind}|{subject}|{self.category}|{self.place_key or '-'}|{pk}"

    @property
    def contradicted(self) -> bool:
        return any(c.contradiction for c in self.comparisons)

    @property
    def agreed(self) -> bool:
        return any(c.agreement for c in self.comparisons)

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(c.source.label for c in self.claims))

    @property
    def sides(self) -> list[str]:
        return list(dict.fromkeys(c.source.side for c in self.claims))

    def title(self) -> str:
        subject = self.subject or "unspecified"
        if self.against:
            subject = f"{subject}:{self.against}"
        what = "control" if self.kind == "control" else f"{subject} {self.category}"
        return f"{self.place or 'no place'} · {what} · {self.period}"

    def to_json(self, claims: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "kind": self.kind, "subject": self.subject, "against": self.against,
            "category": self.category,
            "place": self.place, "place_key": self.place_key, "period": self.period,
            "contradiction": self.contradicted, "agreement": self.agreed,
            "sources": self.sources, "sides": self.sides,
            "comparisons": [c.to_json() for c in self.comparisons],
            "revisions": [r.to_json() for r in self.revisions],
        }  # fmt: skip
        if claims:
            out["claims"] = [c.to_json() for c in self.claims]
        return out


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# --- period keys ------------------------------------------------------------------------------


def period_class(c: Claim, opts: Options) -> tuple[str, date | None, date | None]:
    """("asof" | "since" | "window" | "open", start, end): how a claim's period groups.

    "open" is a stretch of time that could not be dated (no publication date): it is only the same
    as an equally worded one in the same article.
    """
    p = c.period
    if c.kind == "control" or p.kind in ("asof", "day"):
        return "asof", None, c.when
    if p.kind == "since":
        if p.start is None:
            return "open", None, None
        if p.start <= WAR_START + timedelta(days=opts.war_start_days):
            return "asof", None, c.when
        return "since", p.start, p.end
    if p.start is None or p.end is None:
        return "open", None, None
    return "window", p.start, p.end


def _cluster_windows(
    items: list[tuple[date, date, Claim]], tol: int
) -> list[tuple[date, date, list[Claim]]]:
    """Windows whose starts and ends both lie within ``tol`` days of a cluster's first window."""
    items.sort(key=lambda t: (t[0], t[1]))
    clusters: list[tuple[date, date, list[Claim]]] = []
    open_: list[tuple[date, date, list[Claim]]] = []
    span = timedelta(days=tol)
    for s, e, c in items:
        open_ = [k for k in open_ if s - k[0] <= span]
        for k in open_:
            if abs(e - k[1]) <= span:
                k[2].append(c)
                break
        else:
            k = (s, e, [c])
            clusters.append(k)
            open_.append(k)
    return clusters


def _by_date(claims: list[Claim], days: int) -> list[list[Claim]]:
    """Claims split into runs no longer than ``days`` from each run's first date; undated claims
    one run per document (nothing says two undated articles speak of the same moment)."""
    dated = sorted((c for c in claims if c.when is not None), key=lambda c: c.when)  # type: ignore[arg-type, return-value]
    runs: list[list[Claim]] = []
    span = timedelta(days=days)
    start: date | None = None
    for c in dated:
        if start is None or c.when - start > span:  # type: ignore[operator]
            runs.append([])
            start = c.when
        runs[-1].append(c)
    undated: dict[str, list[Claim]] = {}
    for c in claims:
        if c.when is None:
            undated.setdefault(c.document, []).append(c)
    return runs + list(undated.values())


# --- positions -------------------------------------------------------------------------------


def _bounds(c: Claim, tol: float) -> tuple[float, float]:
    lo = -INF if c.low is None else c.low
    hi = INF if c.high is None else c.high
    if lo > hi:
        lo, hi = hi, lo
    return (lo - abs(lo) * tol if lo != -INF else lo, hi + abs(hi) * tol if hi != INF else hi)


def quantity_positions(claims: Iterable[Claim], tol: float) -> list[Position]:
    """Positions of quantity claims: greedy interval stabbing, smallest upper end first.

    Denied figures ("X ontkent dat…") are not anyone's position and are left out.
    """
    items = sorted(
        ((*_bounds(c, tol), c) for c in claims
         if c.stance != "denied" and (c.low is not None or c.high is not None)),
        key=lambda t: (t[1], t[0]),
    )
    positions: list[Position] = []
    point = None
    for lo, _hi, c in items:
        if point is None or lo > point:
            point = _hi
            positions.append(Position(value="", claims=[]))
        positions[-1].claims.append(c)
    for p in positions:
        lows = [c.low for c in p.claims if c.low is not None]
        highs = [c.high for c in p.claims if c.high is not None]
        p.low = max(lows) if lows else None
        p.high = min(highs) if highs else None
        if p.low is not None and p.high is not None and p.low > p.high:  # joined by the tolerance
            p.low, p.high = min(p.low, p.high), max(p.low, p.high)
        p.value = interval_text(p.low, p.high)
    return positions


def control_value(c: Claim) -> str:
    """What a control claim says about who holds the place: "russia", "ukraine", or, without a
    known holder, "captured"/"not captured"."""
    holder_camp = camp(c.subject)
    if holder_camp is None:
        return "captured" if c.polarity == "affirm" else "not captured"
    if c.polarity == "affirm":
        return holder_camp
    return "ukraine" if holder_camp == "russia" else "russia"


def _excludes(a: str, b: str) -> bool:
    """Whether two position values cannot both be true. Quantity positions always exclude each
    other (they are disjoint by construction)."""
    if a == b:
        return False
    if a in _CONTROL_VALUES and b in _CONTROL_VALUES:
        return {a, b} in ({"russia", "ukraine"}, {"captured", "not captured"})
    return True


def control_positions(claims: Iterable[Claim]) -> list[Position]:
    by_value: dict[str, Position] = {}
    for c in claims:
        v = control_value(c)
        by_value.setdefault(v, Position(value=v)).claims.append(c)
    return list(by_value.values())


def _comparison(claims: list[Claim], opts: Options) -> Comparison:
    if claims[0].kind == "control":
        positions = control_positions(claims)
    else:
        positions = quantity_positions(claims, opts.tolerance)
    dates = [c.when for c in claims if c.when is not None]
    return Comparison(positions, min(dates) if dates else None, max(dates) if dates else None)


# --- revisions --------------------------------------------------------------------------------


def _same_value(a: Claim, b: Claim, tol: float) -> bool:
    if a.kind == "control":
        return control_value(a) == control_value(b)

    def close(x: float | None, y: float | None) -> bool:
        if x is None or y is None:
            return x is y
        return abs(x - y) <= tol * max(abs(x), abs(y))

    return close(a.low, b.low) and close(a.high, b.high)


def said_on(c: Claim) -> date | None:
    """When a claim was made: the day the text says it was said, else publication."""
    if c.period.kind == "day" and c.period.start is not None:
        return c.period.start
    return c.published


def revisions(claims: list[Claim], opts: Options) -> list[Revision]:
    """Each change of value by one source between two of its claims made on different dates."""
    by_source: dict[str, list[tuple[date, Claim]]] = {}
    for c in claims:
        d = said_on(c)
        if d is not None and c.stance != "denied":
            by_source.setdefault(c.source.key, []).append((d, c))
    out: list[Revision] = []
    for items in by_source.values():
        if len(items) < 2:
            continue
        items.sort(key=lambda t: (t[0], t[1].document, t[1].idx))
        last_d, last = items[0]
        for d, c in items[1:]:
            if d > last_d:
                if not _same_value(last, c, opts.tolerance):
                    out.append(Revision(c.source.label, c.source.side, last, c))
                last_d, last = d, c
    out.sort(key=lambda r: (said_on(r.after), r.source))  # type: ignore[arg-type, return-value]
    return out


# --- grouping -------------------------------------------------------------------------------


def _group(
    head: tuple[str, str | None, str, str | None, str | None, str | None],
    period_key: tuple[Any, ...],
    period: str,
    members: list[Claim],
    runs: list[list[Claim]],
    opts: Options,
) -> Group:
    kind, subject, category, place_key, place, against = head
    g = Group(kind, subject, category, place_key, place, period_key, period, members, against=against)
    g.comparisons = [_comparison(r, opts) for r in runs if r]
    g.revisions = revisions(members, opts)
    return g


def group_claims(claims: Iterable[Claim], opts: Options | None = None) -> list[Group]:
    """Claims grouped by quantity, each group with its comparisons and revisions.

    Groups come sorted by place, subject, category and period, so output is stable.
    """
    opts = opts or Options()
    # A ratio is about two parties: "5 Russians per Ukrainian" is not "30 times more than Moscow".
    buckets: dict[tuple[str, str | None, str, str | None, str | None], list[Claim]] = {}
    for c in claims:
        # Control claims about one place are one question whoever they name as holder.
        subject = None if c.kind == "control" else c.subject
        buckets.setdefault((c.kind, subject, c.category, c.place.key, c.against), []).append(c)
    groups: list[Group] = []
    for (kind, subject, category, place_key, against), cs in buckets.items():
        place = next((c.place.name for c in cs if c.place.name), None)
        asof: list[Claim] = []
        windows: list[tuple[date, date, Claim]] = []
        since: list[tuple[date, date, Claim]] = []
        open_: dict[tuple[str, str], list[Claim]] = {}
        for c in cs:
            cls, s, e = period_class(c, opts)
            if cls == "asof":
                asof.append(c)
            elif cls == "window":
                windows.append((s, e, c))  # type: ignore[arg-type]
            elif cls == "since":
                since.append((s, s, c))  # type: ignore[arg-type]  # clustered by start only
            else:
                open_.setdefault((c.document, c.period.label), []).append(c)

        head = (kind, subject, category, place_key, place, against)
        if asof:
            label = "running total, as of each date" if kind == "quantity" else "as of each date"
            groups.append(_group(head, ("asof",), label, asof, _by_date(asof, opts.asof_days), opts))
        for s, e, members in _cluster_windows(windows, opts.window_days):
            groups.append(_group(head, ("window", s.isoformat(), e.isoformat()), f"{s}..{e}", members,
                                 [members], opts))
        for s, _e, members in _cluster_windows(since, opts.window_days):
            groups.append(_group(head, ("since", s.isoformat()), f"since {s}", members,
                                 _by_date(members, opts.asof_days), opts))
        for (doc, words), members in open_.items():
            label = f"'{members[0].period.text}' (undated article)"
            groups.append(_group(head, ("open", doc, words), label, members, [members], opts))
    groups.sort(key=lambda g: (g.place or "~", g.kind, g.subject or "~", g.category, g.against or "",
                               g.period_key))
    return groups
