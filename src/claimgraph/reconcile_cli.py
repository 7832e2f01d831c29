"""The reconcile commands: ``claims``, ``contradictions`` and ``timeline``.

Each only parses its options, calls :mod:`claimgraph.reconcile` and prints; registered on the main
group in :mod:`claimgraph.cli`. The heavy imports happen inside the commands, so ``claimgraph
--help`` stays fast.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from claimgraph.reconcile import Claim, ClaimFilter, Group, Reconciliation
    from claimgraph.store import Store

EPILOG_CLAIMS = """\b
Examples:
  claimgraph claims --db demo.db --place Bachmoet          # Bachmoet = Bakhmut
  claimgraph claims --db demo.db --category killed --since 2023-03-01
  claimgraph claims --db demo.db --source Zelensky --json
"""
EPILOG_CONTRADICTIONS = """\b
Examples:
  claimgraph contradictions --db demo.db
  claimgraph contradictions --db demo.db --place Bakhmut --json
"""
EPILOG_TIMELINE = """\b
Examples:
  claimgraph timeline --db demo.db --place Bakhmut
  claimgraph timeline --db demo.db --place Bakhmut --category killed --png bakhmut.png
"""


def _options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The database and filter options every reconcile command takes."""
    day = click.DateTime(formats=["%Y-%m-%d"])
    for opt in reversed((
        click.option("--db", default="claimgraph.db", show_default=True, metavar="DB",
                     help="SQLite file, or postgresql://host:port/dbname."),
        click.option("--entity", metavar="NAME",
                     help="Claims by, about the place of, or naming this person/organisation/place."),
        click.option("--place", metavar="NAME",
                     help="Claims about this place (any spelling the knowledge base knows)."),
        click.option("--category", metavar="CAT",
                     help="killed, wounded, casualties, ratio, equipment, … or control."),
        click.option("--source", metavar="NAME", help="Claims by this source (or part of its name)."),
        click.option("--since", type=day, metavar="YYYY-MM-DD", help="Claims dated on or after."),
        click.option("--until", type=day, metavar="YYYY-MM-DD", help="Claims dated on or before."),
        click.option("--json", "as_json", is_flag=True, help="JSON on standard output."),
    )):  # fmt: skip
        fn = opt(fn)
    return fn


def _filter(kw: dict[str, Any]) -> ClaimFilter:
    from claimgraph.reconcile import ClaimFilter

    def d(v: datetime | None) -> date | None:
        return v.date() if v else None

    return ClaimFilter(entity=kw.get("entity"), place=kw.get("place"), category=kw.get("category"),
                       source=kw.get("source"), since=d(kw.get("since")), until=d(kw.get("until")))


@contextmanager
def _store(db: str) -> Iterator[Store]:
    """The store at ``db``, read-only in spirit: a SQLite path that does not exist is an error
    here (opening would create an empty database)."""
    from claimgraph.store import StoreError, open_store

    path = db[len("sqlite:///"):] if db.lower().startswith("sqlite:///") else db
    if "://" not in path and path != ":memory:" and not Path(path).exists():
        raise click.ClickException(f"no database at {db}: run `claimgraph analyze … --db {db}` first")
    try:
        store = open_store(db)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    try:
        yield store
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    finally:
        store.close()


def _reconcile(db: str, kw: dict[str, Any]) -> Reconciliation:
    from claimgraph.reconcile import reconcile

    with _store(db) as store:
        return reconcile(store, _filter(kw))


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


# --- text formatting ---------------------------------------------------------------------------


def _cut(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _date(c: Claim) -> str:
    d = c.when
    return d.isoformat() if d else "undated"


def claim_line(c: Claim, indent: str = "  ") -> str:
    """One claim: date, source [side], value, stance, period, flags, the words and where."""
    src = _cut(f"{c.source.label} [{c.source.side}]", 44)
    value = c.value() if c.kind == "quantity" else f"{c.polarity} ({c.subject or '?'} holds)"
    bits = [f"{indent}{_date(c):10}", f"{src:44}", f"{_cut(value, 22):22}", f"{c.stance:8}"]
    extra = []
    if c.period.kind != "asof":
        extra.append(f"period {c.period.describe()}")
    if c.flags:
        extra.append(",".join(c.flags))
    if c.against:
        extra.append(f"ratio {c.subject}:{c.against}")
    text = f"“{_cut(c.text, 70)}”"
    where = f"{c.doc_name}@{c.span[0]}-{c.span[1]}"
    line = "  ".join(bits) + f"  {text}  {where}"
    if extra:
        line += "\n" + indent + " " * 12 + "; ".join(extra)
    return line


def group_header(g: Group) -> str:
    sides = ", ".join(g.sides)
    return f"{g.title()}  — {len(g.claims)} claim(s); sources: {', '.join(g.sources)}; sides: {sides}"


# --- commands ---------------------------------------------------------------------------------


@click.command(epilog=EPILOG_CLAIMS, short_help="Normalised claims, grouped by quantity.")
@_options
def claims(db: str, as_json: bool, **kw: Any) -> None:
    """List claims, normalised, grouped by quantity: party, category, place and period.

    Each claim shows its date (the period's end, else publication), source and side, interval,
    stance, the resolved period with the words that gave it, partisanship flags (a side counting
    its enemy's or its own losses), and the span it comes from.
    """
    rec = _reconcile(db, kw)
    if as_json:
        group_of = {id(c): g.id for g in rec.groups for c in g.claims}
        _echo_json([{**c.to_json(), "group": group_of.get(id(c))} for c in rec.claims])
        return
    if not rec.claims:
        click.echo("no claims match")
        return
    for g in rec.groups:
        click.echo(group_header(g))
        for c in sorted(g.claims, key=lambda c: (c.when or date.max, c.source.label, c.id)):
            click.echo(claim_line(c))
        click.echo("")
    click.echo(f"{len(rec.claims)} claims in {len(rec.groups)} groups")


@click.command(epilog=EPILOG_CONTRADICTIONS,
               short_help="Who contradicts whom; revisions, implied ratios, sums.")
@_options
def contradictions(db: str, as_json: bool, **kw: Any) -> None:
    """Who contradicts whom: groups of claims about one quantity that cannot all be true.

    Within a group (same party, category, place and period; running totals compared only within
    a week), claims whose intervals overlap form a position; positions backed by different sources
    contradict. Control claims contradict when one says Russia holds a place and another that
    Ukraine does. Also listed: sources revising their own figures, stated loss ratios against the
    ratio implied by two casualty figures, and running totals against sums of periodic figures.
    """
    rec = _reconcile(db, kw)
    if as_json:
        _echo_json(rec.to_json())
        return
    found = rec.contradictions
    click.echo(f"CONTRADICTIONS ({len(found)})")
    for g in found:
        click.echo("")
        click.echo(group_header(g))
        for cmp in g.comparisons:
            if not cmp.contradiction:
                continue
            for p in cmp.positions:
                label = f"{p.value} holds" if g.kind == "control" and " " not in p.value else p.value
                click.echo(f"  position {label}: {', '.join(p.sources)} [{', '.join(p.sides)}]")
                for c in p.claims:
                    click.echo(claim_line(c, indent="    "))
    from claimgraph.reconcile.groups import said_on

    revisions = rec.revisions
    click.echo("")
    click.echo(f"REVISIONS ({len(revisions)})")
    for r in revisions:
        click.echo(f"  {r.source} [{r.side}]: {r.before.value()} (said {said_on(r.before)}) → "
                   f"{r.after.value()} (said {said_on(r.after)})  {r.after.place.name or ''} "
                   f"{r.after.subject or ''} {r.after.category}, {r.after.period.describe()}")
    click.echo("")
    click.echo(f"IMPLIED RATIOS ({len(rec.ratios)})")
    for chk in rec.ratios:
        click.echo(f"  {chk.stated.place.name or ''} {chk.stated.subject}:{chk.stated.against} — "
                   f"{chk.describe()}")
        click.echo(f"      paired on {chk.basis}; “{_cut(chk.stated.text, 70)}” {chk.stated.doc_name}")
    click.echo("")
    click.echo(f"RUNNING TOTALS VS SUMS ({len(rec.sums)})")
    for s in rec.sums:
        t = s.total
        click.echo(f"  {t.place.name or ''} {t.subject or ''} {t.category} — {s.describe()}")


@click.command(epilog=EPILOG_TIMELINE, short_help="Claims about a place over time (table, PNG).")
@_options
@click.option("--png", "png", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Also draw the timeline into a PNG file (matplotlib, Agg backend).")
def timeline(db: str, as_json: bool, png: Path | None, **kw: Any) -> None:
    """Claims about one place over time, per source, as a table and optionally a plot.

    A claim's date is the end of the period its sentence names (``vorige week``, ``in februari``),
    else its article's publication date; undated claims are listed last and not plotted.
    """
    if not kw.get("place"):
        raise click.UsageError("timeline needs --place")
    rec = _reconcile(db, kw)
    rows = sorted(rec.claims, key=lambda c: (c.source.label, c.when or date.max, c.id))
    if as_json:
        _echo_json([c.to_json() for c in sorted(rec.claims, key=lambda c: (c.when or date.max, c.id))])
    else:
        click.echo(f"{'date':10}  {'source [side]':40}  {'what':24}  {'value':18}  period / words")
        last = None
        for c in rows:
            if last is not None and c.source.label != last:
                click.echo("")
            last = c.source.label
            what = "control" if c.kind == "control" else f"{c.subject or '?'} {c.category}"
            value = c.value() if c.kind == "quantity" else f"{c.polarity} {c.subject or '?'}"
            period = c.period.describe() if c.period.kind != "asof" else ""
            click.echo(f"{_date(c):10}  {_cut(f'{c.source.label} [{c.source.side}]', 40):40}  "
                       f"{_cut(what, 24):24}  {_cut(value, 18):18}  {period}  “{_cut(c.text, 50)}”")
        click.echo(f"{len(rows)} claims about {kw['place']}"
                   f" ({sum(c.when is None for c in rows)} undated)")
    if png is not None:
        from claimgraph.reconcile.plot import plot_timeline

        try:
            plot_timeline(rec.claims, png, title=f"Claims about {kw['place']}")
        except ImportError as e:
            raise click.ClickException(f"--png needs matplotlib ({e})") from None
        click.echo(f"wrote {png}", err=as_json)
