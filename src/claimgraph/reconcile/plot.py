"""The timeline plot: claims about a place over time, one colour per source.

One panel per quantity (party and category, the most claimed first) with each claim drawn at its
date as a point or, for a range, a bar from low to high; an open bound (``meer dan 220``) is a
triangle pointing the open way. A last panel shows control claims: who holds the place, by whom
said and when. matplotlib runs with the Agg backend (no display needed) and is imported only here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from claimgraph.reconcile.groups import control_value
from claimgraph.reconcile.normalize import Claim

MAX_PANELS = 5


def plot_timeline(claims: list[Claim], path: Path, title: str = "Claims over time") -> Path:
    """Draw the dated ``claims`` into a PNG at ``path``; returns the path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    dated = [c for c in claims if c.when is not None]
    # Durations say how long a battle lasted, not what anyone claims happened there: not plotted.
    quantities = [c for c in dated if c.kind == "quantity" and c.category != "duration"
                  and (c.low is not None or c.high is not None)]
    controls = [c for c in dated if c.kind == "control"]
    series = Counter((c.subject or "unspecified", c.category) for c in quantities)
    panels: list[tuple[str, list[Claim]]] = [
        (f"{subject} {category}", [c for c in quantities if (c.subject or "unspecified", c.category) == key])
        for key in [k for k, _n in series.most_common(MAX_PANELS)]
        for subject, category in [key]
    ]
    if controls:
        panels.append(("control", controls))
    sources = sorted({c.source.label for _t, cs in panels for c in cs})
    colours = {s: plt.get_cmap("tab20")(i % 20) for i, s in enumerate(sources)}
    side_of = {c.source.label: c.source.side for _t, cs in panels for c in cs}

    n = max(1, len(panels))
    legend_rows = (len(sources) + 2) // 3
    height = 2.6 * n + 1 + 0.25 * legend_rows
    fig, axes = plt.subplots(n, 1, figsize=(10, height), sharex=True, squeeze=False)
    undated = len(claims) - len(dated)
    fig.suptitle(title + (f" ({undated} undated claims not shown)" if undated else ""))
    if not panels:
        axes[0][0].text(0.5, 0.5, "no dated claims", ha="center", va="center", transform=axes[0][0].transAxes)
        axes[0][0].set_axis_off()
    for ax, (name, cs) in zip((a[0] for a in axes), panels, strict=False):
        ax.set_title(name, fontsize=10, loc="left")
        if name == "control":
            levels = sorted({control_value(c) for c in cs})
            for c in cs:
                ax.scatter([c.when], [levels.index(control_value(c))], color=colours[c.source.label],
                           marker="o" if c.polarity == "affirm" else "x", s=50, zorder=3)
            names = [f"{v} holds" if v in ("russia", "ukraine") else v for v in levels]
            ax.set_yticks(range(len(levels)), names)
            ax.set_ylim(-0.5, len(levels) - 0.5)
            continue
        values = []
        for c in cs:
            colour = colours[c.source.label]
            if c.low is not None and c.high is not None:
                mid = (c.low + c.high) / 2
                ax.errorbar([c.when], [mid], yerr=[[mid - c.low], [c.high - mid]], fmt="o", color=colour,
                            capsize=3, zorder=3)
                values += [c.low, c.high]
            else:
                v = c.low if c.low is not None else c.high
                ax.scatter([c.when], [v], color=colour, marker="^" if c.high is None else "v", s=50, zorder=3)
                values.append(v)  # type: ignore[arg-type]
        positive = [v for v in values if v and v > 0]
        if positive and max(positive) / min(positive) > 100:
            ax.set_yscale("log")
        ax.grid(True, alpha=0.3)
    axes[-1][0].xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    fig.autofmt_xdate()
    handles = [plt.Line2D([], [], color=colours[s], marker="o", linestyle="", label=f"{s} [{side_of[s]}]")
               for s in sources]
    if handles:
        fig.legend(handles=handles, loc="lower center", ncol=min(3, len(handles)), fontsize=8,
                   frameon=False)
    fig.tight_layout(rect=(0, (0.25 * legend_rows + 0.6) / height, 1, 1 - 0.4 / height))
    path = Path(path)
    fig.savefig(path, format="png", dpi=100)
    plt.close(fig)
    return path
