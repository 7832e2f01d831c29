"""Charts as inline SVG, drawn on the server: no JavaScript chart library, nothing from a CDN.

Two kinds: a *value chart* (claimed figures over time, one coloured series per source; an
interval is a bar from low to high, an open-ended figure an arrow) and a *strip chart* (control
claims over time, one row per source, a mark for who the source says holds the place). Every
mark links to the sentence it comes from and carries an SVG ``<title>`` read on hover. Colours
come from CSS classes (``ser-N``, ``hold-…``), so the Content-Security-Policy needs no inline
styles. All text is escaped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from markupsafe import Markup, escape

SERIES_COLOURS = 8


@dataclass
class Point:
    when: date
    low: float | None
    high: float | None
    href: str
    title: str
    value: str = ""  # strip charts: the position ("russia", "ukraine", …)


@dataclass
class Series:
    label: str
    points: list[Point] = field(default_factory=list)
    css: str = "ser-0"


def compact(x: float) -> str:
    """12000 → 12k, 1500000 → 1.5M, 0.25 → 0.25."""
    a = abs(x)
    for div, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if a >= div:
            v = x / div
            if v == int(v) or a >= div * 100:
                return f"{v:.0f}{suffix}"
            return f"{v:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{x:g}"


def nice_ticks(top: float, n: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top``."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    count = math.ceil(top / step - 1e-9)
    return [i * step for i in range(count + 1)]


def date_ticks(first: date, last: date, n: int = 6) -> list[tuple[date, str]]:
    """Ticks on days, months or years, whichever gives about ``n`` labels."""
    span = (last - first).days
    if span <= 60:
        step = max(1, round(span / n))
        return [(first + timedelta(days=i), (first + timedelta(days=i)).strftime("%d %b"))
                for i in range(0, span + 1, step)]
    if span <= 800:
        months_between = (last.year - first.year) * 12 + last.month - first.month
        step = max(1, math.ceil(months_between / n))
        out = []
        y, m = first.year, first.month
        while date(y, m, 1) <= last:
            d = date(y, m, 1)
            if d >= first:
                out.append((d, d.strftime("%b %Y")))
            m += step
            while m > 12:
                m -= 12
                y += 1
        return out
    step = max(1, math.ceil((last.year - first.year) / n))
    return [(date(y, 1, 1), str(y)) for y in range(first.year + 1, last.year + 1, step)]


class _Frame:
    """Maps dates and values to pixels inside the plot area."""

    def __init__(self, first: date, last: date, width: int, height: int, left: int, right: int,
                 top: int, bottom: int, ymax: float = 1.0) -> None:
        if first == last:
            first, last = first - timedelta(days=15), last + timedelta(days=15)
        pad = timedelta(days=max(1, (last - first).days // 20))
        self.first, self.last = first - pad, last + pad
        self.x0, self.x1 = left, width - right
        self.y0, self.y1 = height - bottom, top
        self.ymax = ymax

    def x(self, d: date) -> float:
        total = (self.last - self.first).days or 1
        return self.x0 + (self.x1 - self.x0) * (d - self.first).days / total

    def y(self, v: float) -> float:
        return self.y0 - (self.y0 - self.y1) * (v / self.ymax if self.ymax else 0)


def _svg_open(width: int, height: int, label: str) -> str:
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
            f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">')


def _x_axis(frame: _Frame, height: int, bottom: int) -> list[str]:
    out = [f'<line class="axis" x1="{frame.x0}" y1="{frame.y0}" x2="{frame.x1}" y2="{frame.y0}"/>']
    for d, label in date_ticks(frame.first, frame.last):
        x = frame.x(d)
        out.append(f'<line class="tick" x1="{x:.1f}" y1="{frame.y0}" x2="{x:.1f}" y2="{frame.y0 + 5}"/>')
        out.append(f'<text class="tick-label" x="{x:.1f}" y="{height - bottom + 20}" '
                   f'text-anchor="middle">{escape(label)}</text>')
    return out


def value_chart(series: list[Series], *, label: str, unit: str = "", width: int = 880,
                height: int = 300) -> Markup:
    """Figures over time: each series a colour, each claim a mark (bar for an interval)."""
    points = [p for s in series for p in s.points]
    if not points:
        return Markup("")
    left, right, top, bottom = 64, 24, 30, 36
    values = [v for p in points for v in (p.low, p.high) if v is not None]
    ticks = nice_ticks(max(values) if values else 1.0)
    frame = _Frame(min(p.when for p in points), max(p.when for p in points), width, height,
                   left, right, top, bottom, ticks[-1] or 1.0)
    out = [_svg_open(width, height, label)]
    for v in ticks:
        y = frame.y(v)
        out.append(f'<line class="grid" x1="{frame.x0}" y1="{y:.1f}" x2="{frame.x1}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick-label" x="{frame.x0 - 8}" y="{y + 4:.1f}" '
                   f'text-anchor="end">{escape(compact(v))}</text>')
    if unit:
        out.append(f'<text class="axis-label" x="{frame.x0 - 8}" y="13" text-anchor="end">'
                   f'{escape(unit)}</text>')
    out += _x_axis(frame, height, bottom)
    for s in series:
        cls = escape(s.css)
        pts = sorted(s.points, key=lambda p: p.when)
        mids = [(frame.x(p.when), frame.y(_mid(p))) for p in pts if _mid(p) is not None]
        if len(mids) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in mids)
            out.append(f'<polyline class="series-line {cls}" points="{path}"/>')
        for p in pts:
            out.append(f'<a href="{escape(p.href)}" class="mark {cls}"><title>{escape(p.title)}</title>')
            x = frame.x(p.when)
            if p.low is not None and p.high is not None and p.low != p.high:
                y_lo, y_hi = frame.y(p.low), frame.y(p.high)
                out.append(f'<line class="range" x1="{x:.1f}" y1="{y_lo:.1f}" x2="{x:.1f}" y2="{y_hi:.1f}"/>')
                for yy in (y_lo, y_hi):
                    out.append(f'<line class="range" x1="{x - 4:.1f}" y1="{yy:.1f}" '
                               f'x2="{x + 4:.1f}" y2="{yy:.1f}"/>')
                out.append(f'<circle class="dot" cx="{x:.1f}" cy="{frame.y(_mid(p) or 0):.1f}" r="3"/>')
            elif p.low is not None and p.high is None:  # at least: an arrow upwards
                y = frame.y(p.low)
                out.append(f'<line class="range" x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{y - 14:.1f}"/>')
                out.append(f'<path class="head" d="M{x - 5:.1f},{y - 13:.1f} L{x:.1f},{y - 22:.1f} '
                           f'L{x + 5:.1f},{y - 13:.1f} Z"/>')
                out.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="4"/>')
            elif p.low is None and p.high is not None:  # at most: an arrow downwards
                y = frame.y(p.high)
                out.append(f'<line class="range" x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{y + 14:.1f}"/>')
                out.append(f'<path class="head" d="M{x - 5:.1f},{y + 13:.1f} L{x:.1f},{y + 22:.1f} '
                           f'L{x + 5:.1f},{y + 13:.1f} Z"/>')
                out.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="4"/>')
            else:
                out.append(f'<circle class="dot" cx="{x:.1f}" cy="{frame.y(p.low or 0):.1f}" r="5"/>')
            out.append("</a>")
    out.append("</svg>")
    return Markup("".join(out))


def _mid(p: Point) -> float | None:
    if p.low is not None and p.high is not None:
        return (p.low + p.high) / 2
    return p.low if p.low is not None else p.high


def strip_chart(rows: list[Series], *, label: str, width: int = 880) -> Markup:
    """Control claims over time: one row per source, a mark per claim coloured by its position."""
    points = [p for s in rows for p in s.points]
    if not points:
        return Markup("")
    row_h, top, bottom, left, right = 30, 10, 36, 210, 24
    height = top + bottom + row_h * len(rows)
    frame = _Frame(min(p.when for p in points), max(p.when for p in points), width, height,
                   left, right, top, bottom)
    out = [_svg_open(width, height, label)]
    for i, s in enumerate(rows):
        y = top + row_h * i + row_h / 2
        out.append(f'<line class="grid" x1="{frame.x0}" y1="{y:.1f}" x2="{frame.x1}" y2="{y:.1f}"/>')
        out.append(f'<text class="row-label" x="{frame.x0 - 10}" y="{y + 4:.1f}" text-anchor="end">'
                   f'{escape(_clip(s.label, 30))}</text>')
        for p in sorted(s.points, key=lambda p: p.when):
            x = frame.x(p.when)
            out.append(f'<a href="{escape(p.href)}" class="mark hold-{escape(p.value.replace(" ", "-"))}">'
                       f'<title>{escape(p.title)}</title>'
                       f'<rect class="dot" x="{x - 6:.1f}" y="{y - 8:.1f}" width="12" height="16" '
                       'rx="2"/></a>')
    out += _x_axis(frame, height, bottom)
    out.append("</svg>")
    return Markup("".join(out))


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
