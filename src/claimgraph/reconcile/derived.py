"""Checks that need arithmetic across claims: implied loss ratios and sums of periodic figures.

Sources rarely contradict each other head-on; more often one states a ratio ("five Russians for
every Ukrainian") and two others give casualty figures whose quotient says something else, or a
running total is smaller than the monthly figures it should contain. Both are computed here,
with interval arithmetic, so an open bound (``meer dan 220``) gives an honest open result.

- :func:`implied_ratios`: for a stated ratio of party A's to party B's losses, the ratio implied
  by a figure for A's losses and one for B's, same category (killed, else casualties), same place,
  comparable periods (the same article, or published within ``asof_days``, or the same stretch of
  time). The best pairs come first: those from the ratio's own article.
- :func:`cumulative_sums`: a running total against the sum of non-overlapping periodic figures
  inside its span (since the invasion, or since the total's own start).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from claimgraph.reconcile.dates import WAR_START
from claimgraph.reconcile.groups import Group, Options, period_class
from claimgraph.reconcile.normalize import Claim, interval_text
from claimgraph.reconcile.sides import camp

INF = float("inf")
RATIO_TOLERANCE = 0.10  # a stated "5:1" agrees with an implied 5.4
RATIO_BASES = ("killed", "casualties")  # the figures a loss ratio is computed from, preferred first
ADDITIVE = frozenset({"killed", "wounded", "casualties", "equipment", "prisoners", "civilians",
                      "refugees", "attacks"})
_MAX_CANDIDATES = 40  # figures per side tried for one ratio: the nearest in time and article


def _brief(c: Claim) -> dict[str, Any]:
    return {"claim": c.id, "source": c.source.label, "side": c.source.side, "value": c.value(),
            "low": c.low, "high": c.high, "text": c.text, "document": c.doc_name,
            "published": c.published.isoformat() if c.published else None,
            "span": list(c.span), "period": c.period.describe()}


@dataclass
class RatioCheck:
    """A stated loss ratio against the ratio two casualty figures imply."""

    stated: Claim
    numerator: Claim  # losses of the stated ratio's subject
    denominator: Claim  # losses of the other party
    low: float  # the implied ratio as an interval (high INF: unbounded)
    high: float
    estimate: float | None  # the quotient of the figures' point values
    consistent: bool
    basis: str  # why these figures were paired

    def describe(self) -> str:
        est = f"{self.estimate:.1f}" if self.estimate is not None else "?"
        rng = _ratio_interval(self.low, self.high)
        verdict = "consistent" if self.consistent else "INCONSISTENT"
        return (f"stated {interval_text(self.stated.low, self.stated.high)}:1 by "
                f"{self.stated.source.label} [{self.stated.source.side}]; implied {est}:1 ({rng}) = "
                f"{self.numerator.value()} ({self.numerator.source.label}) / "
                f"{self.denominator.value()} ({self.denominator.source.label}): {verdict}")

    def to_json(self) -> dict[str, Any]:
        return {
            "stated": _brief(self.stated),
            "parties": [self.stated.subject, self.stated.against],
            "category": self.numerator.category,
            "numerator": _brief(self.numerator),
            "denominator": _brief(self.denominator),
            "implied": self.estimate,
            "implied_low": self.low,
            "implied_high": None if self.high == INF else self.high,
            "consistent": self.consistent,
            "basis": self.basis,
        }


def _ratio_interval(lo: float, hi: float) -> str:
    if hi == INF:
        return f"≥{lo:.1f}"
    if lo <= 0:
        return f"≤{hi:.1f}"
    return f"{lo:.1f}" if abs(hi - lo) < 1e-9 else f"{lo:.1f}–{hi:.1f}"


def _point(c: Claim) -> float | None:
    if c.low is not None and c.high is not None:
        return (c.low + c.high) / 2
    return c.low if c.low is not None else c.high


def implied(num: Claim, den: Claim) -> tuple[float, float, float | None]:
    """(low, high, estimate) of num/den with interval arithmetic; open ends stay open."""
    a_lo = num.low if num.low is not None else 0.0
    a_hi = num.high if num.high is not None else INF
    b_lo = den.low if den.low is not None else 0.0
    b_hi = den.high if den.high is not None else INF
    lo = 0.0 if b_hi == INF else a_lo / b_hi
    hi = INF if b_lo <= 0 or a_hi == INF else a_hi / b_lo
    pa, pb = _point(num), _point(den)
    est = pa / pb if pa is not None and pb else None
    return lo, hi, est


def _overlaps(lo: float, hi: float, s_lo: float | None, s_hi: float | None, tol: float) -> bool:
    a = -INF if s_lo is None else s_lo * (1 - tol)
    b = INF if s_hi is None else s_hi * (1 + tol)
    return a <= hi and lo <= b


def _comparable(a: Claim, b: Claim, opts: Options) -> str | None:
    """Why two figures can be set against each other (their periods match), or None."""
    ca, sa, ea = period_class(a, opts)
    cb, sb, eb = period_class(b, opts)
    if ca != cb:
        return None
    if ca == "open":
        return "the same stretch of time in one article" if (
            a.document == b.document and a.period.label == b.period.label) else None
    if ca == "window":
        tol = timedelta(days=opts.window_days)
        if abs(sa - sb) <= tol and abs(ea - eb) <= tol:  # type: ignore[operator]
            return f"the same period ({sa}..{ea})"
        return None
    if a.document == b.document:
        return "the same article"
    if a.when is not None and b.when is not None and abs(a.when - b.when) <= timedelta(days=opts.asof_days):
        return f"published within {opts.asof_days} days"
    return None


class _FigureIndex:
    """Loss figures by (party, category): per article, and dated ones sorted for range lookups."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        self.by_doc: dict[tuple[str, str, str], list[Claim]] = {}
        self.dated: dict[tuple[str, str], tuple[list[date], list[Claim]]] = {}
        tmp: dict[tuple[str, str], list[Claim]] = {}
        for c in claims:
            if (c.kind != "quantity" or c.category not in RATIO_BASES or c.subject is None
                    or c.stance == "denied" or (c.low is None and c.high is None)):
                continue
            self.by_doc.setdefault((c.subject, c.category, c.document), []).append(c)
            if c.when is not None:
                tmp.setdefault((c.subject, c.category), []).append(c)
        for k, cs in tmp.items():
            cs.sort(key=lambda c: c.when)  # type: ignore[arg-type, return-value]
            self.dated[k] = ([c.when for c in cs], cs)  # type: ignore[misc]

    def near(self, party: str, category: str, ratio: Claim, days: int) -> list[Claim]:
        """Figures from the ratio's article, then dated ones nearest the ratio's date."""
        out = list(self.by_doc.get((party, category, ratio.document), ()))
        seen = {id(c) for c in out}
        if ratio.when is not None and (party, category) in self.dated:
            dates, cs = self.dated[(party, category)]
            lo = bisect.bisect_left(dates, ratio.when - timedelta(days=days))
            hi = bisect.bisect_right(dates, ratio.when + timedelta(days=days))
            window = sorted(cs[lo:hi], key=lambda c: abs((c.when - ratio.when).days))  # type: ignore[operator]
            out += [c for c in window if id(c) not in seen][:_MAX_CANDIDATES]
        return out


def is_loss_ratio(c: Claim) -> bool:
    """A stated ratio between two opposing parties' losses (not a percentage, not "30 times
    higher than in Moscow")."""
    return (c.kind == "quantity" and c.category == "ratio" and c.stance != "denied"
            and c.unit != "percent" and camp(c.subject) is not None and camp(c.against) is not None
            and camp(c.subject) != camp(c.against) and (c.low is not None or c.high is not None))


def implied_ratios(claims: list[Claim], opts: Options | None = None, per_ratio: int = 3) -> list[RatioCheck]:
    """For every stated loss ratio, up to ``per_ratio`` implied ratios from figure pairs."""
    opts = opts or Options()
    index = _FigureIndex(claims)
    checks: list[RatioCheck] = []
    for r in claims:
        if not is_loss_ratio(r):
            continue
        found: list[tuple[tuple[int, int, int], RatioCheck]] = []
        for category in RATIO_BASES:
            nums = [c for c in index.near(r.subject, category, r, opts.asof_days)  # type: ignore[arg-type]
                    if r.place.key is None or c.place.key == r.place.key]
            dens = [c for c in index.near(r.against, category, r, opts.asof_days)  # type: ignore[arg-type]
                    if r.place.key is None or c.place.key == r.place.key]
            for a in nums:
                for b in dens:
                    basis = _comparable(a, b, opts)
                    if basis is None:
                        continue
                    lo, hi, est = implied(a, b)
                    score = (
                        RATIO_BASES.index(category),
                        -((a.document == r.document) + (b.document == r.document)),
                        abs(((a.when or date.min) - (b.when or date.min)).days),
                    )
                    ok = _overlaps(lo, hi, r.low, r.high, RATIO_TOLERANCE)
                    found.append((score, RatioCheck(r, a, b, lo, hi, est, ok, basis)))
        found.sort(key=lambda t: (t[0], t[1].numerator.id, t[1].denominator.id))
        checks.extend(chk for _s, chk in found[:per_ratio])
    return checks


@dataclass
class SumCheck:
    """A running total against the sum of the periodic figures inside its span."""

    total: Claim
    parts: list[Claim]
    low: float  # the sum of the parts as an interval
    high: float
    covered: bool  # the parts cover the total's whole span, so the sum should reach the total
    consistent: bool

    def describe(self) -> str:
        hi = "" if self.high == INF else f"–{self.high:.0f}"
        verdict = "consistent" if self.consistent else "INCONSISTENT"
        cover = "covering its whole span" if self.covered else "covering part of its span"
        return (f"total {self.total.value()} ({self.total.source.label}) vs sum of "
                f"{len(self.parts)} periodic figure(s) {self.low:.0f}{hi}, {cover}: {verdict}")

    def to_json(self) -> dict[str, Any]:
        return {"total": _brief(self.total), "parts": [_brief(p) for p in self.parts],
                "sum_low": self.low, "sum_high": None if self.high == INF else self.high,
                "covered": self.covered, "consistent": self.consistent}


def _representative(cs: list[Claim], total: Claim) -> Claim:
    """One figure for a stretch of time: the total's own source's if it gave one, else the
    lowest (an inconsistency then holds for every choice)."""
    own = [c for c in cs if c.source.key == total.source.key]
    pool = own or cs
    return min(pool, key=lambda c: (c.low if c.low is not None else 0.0, c.document, c.idx))


def cumulative_sums(groups: list[Group], opts: Options | None = None, per_bucket: int = 20) -> list[SumCheck]:
    """Running totals checked against sums of periodic figures of the same quantity."""
    opts = opts or Options()
    buckets: dict[tuple[str | None, str, str | None], list[Group]] = {}
    for g in groups:
        if g.kind == "quantity" and g.category in ADDITIVE:
            buckets.setdefault((g.subject, g.category, g.place_key), []).append(g)
    checks: list[SumCheck] = []
    tol = timedelta(days=opts.window_days)
    for gs in buckets.values():
        windows = sorted((g for g in gs if g.period_key[0] == "window"), key=lambda g: g.period_key)
        opens = [g for g in gs if g.period_key[0] == "open"]
        totals_groups = [g for g in gs if g.period_key[0] in ("asof", "since")]
        if not (windows or opens) or not totals_groups:
            continue
        starts = [date.fromisoformat(g.period_key[1]) for g in windows]
        totals = [c for g in totals_groups for c in g.claims
                  if c.stance != "denied" and (c.low is not None or c.high is not None)]
        # The latest totals first; a bucket is judged on a bounded number of them.
        totals.sort(key=lambda c: (c.when or date.min, c.id), reverse=True)
        done = 0
        for t in totals:
            if done >= per_bucket:
                break
            cls, t_start, _e = period_class(t, opts)
            begin = t_start if cls == "since" and t_start else WAR_START
            end = t.when
            chosen: list[tuple[date | None, date | None, Claim]] = []
            if end is not None:
                i = bisect.bisect_left(starts, begin - tol)
                for g in windows[i:]:
                    s, e = date.fromisoformat(g.period_key[1]), date.fromisoformat(g.period_key[2])
                    if s > end + tol:
                        break
                    if e <= end + tol:
                        chosen.append((s, e, _representative(g.claims, t)))
            for g in opens:
                if g.period_key[1] == t.document:
                    chosen.append((None, None, _representative(g.claims, t)))
            if not chosen:
                continue
            parts, covered = _non_overlapping(chosen, begin, end, tol)
            lo = sum(p.low if p.low is not None else 0.0 for p in parts)
            hi = sum(p.high if p.high is not None else INF for p in parts)
            ok = t.high is None or lo <= t.high * (1 + opts.tolerance)
            if covered and t.low is not None:
                ok = ok and t.low <= hi * (1 + opts.tolerance)
            checks.append(SumCheck(t, parts, lo, hi, covered, ok))
            done += 1
    return checks


def _non_overlapping(
    chosen: list[tuple[date | None, date | None, Claim]], begin: date, end: date | None, tol: timedelta
) -> tuple[list[Claim], bool]:
    """The most stretches of time that do not overlap (earliest end first), and whether they
    cover ``begin..end`` without gaps."""
    dated = sorted((t for t in chosen if t[0] is not None), key=lambda t: (t[1], t[0]))  # type: ignore[arg-type, return-value]
    picked: list[tuple[date, date, Claim]] = []
    for s, e, c in dated:
        if not picked or s > picked[-1][1]:  # type: ignore[operator]
            picked.append((s, e, c))  # type: ignore[arg-type]
    covered = bool(picked) and end is not None and len(picked) == len(dated)
    if covered:
        cursor = begin
        for s, e, _c in sorted(picked, key=lambda t: t[0]):
            if s - cursor > tol + timedelta(days=1):
                covered = False
                break
            cursor = max(cursor, e)
        covered = covered and end - cursor <= tol  # type: ignore[operator]
    parts = [c for _s, _e, c in picked] + [c for s, _e, c in chosen if s is None]
    return parts, covered and all(t[0] is not None for t in chosen)
