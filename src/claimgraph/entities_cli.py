"""``claimgraph entities``: the people, organisations and places of a store, linked across articles.

Listing links whatever is not linked yet first (:func:`claimgraph.kb.clusters.link_entities`), so it
is always complete. ``merge`` and ``split`` correct the automatic clustering; both are remembered
and win over it for documents analysed later.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

import click

from claimgraph.store import Store, StoreError, open_store

EPILOG = """\b
Examples:
  claimgraph entities --db news.db                       every entity, most mentioned first
  claimgraph entities --db news.db --type PER --search Kovalchuk
  claimgraph entities --db news.db --party wagner --json
  claimgraph entities merge --db news.db new:taras-kovaltsjoek new:taras-kovalchuk
  claimgraph entities split --db news.db bakhmut --alias Artemovsk
  claimgraph entities link --db news.db --rebuild         link everything again
"""

_DB = click.option("--db", default="claimgraph.db", show_default=True, metavar="DB",
                   help="SQLite file, or postgresql://host:port/dbname.")


@contextmanager
def _store(db: str) -> Iterator[Store]:
    try:
        with open_store(db) as store:
            yield store
    except StoreError as e:
        raise click.ClickException(str(e)) from None


def _aliases(aliases: list[tuple[str, int]], limit: int = 8) -> str:
    shown = ", ".join(f"{a} ({n})" if n > 1 else a for a, n in aliases[:limit])
    return shown + (f", … {len(aliases) - limit} more" if len(aliases) > limit else "")


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1] for r in rows
    )


@click.group(invoke_without_command=True, epilog=EPILOG)
@_DB
@click.option("--type", "type_", type=click.Choice(["PER", "ORG", "LOC"], case_sensitive=False),
              help="Only people, organisations or places.")
@click.option("--party", metavar="P", help="Only entities of this party (ukraine, russia, wagner, west…).")
@click.option("--search", metavar="TEXT", help="Only entities whose id, name or a spelling contains TEXT.")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_context
def entities(ctx: click.Context, db: str, type_: str | None, party: str | None, search: str | None,
             as_json: bool) -> None:
    """List the entities of a store: id, name, type, party, mentions, documents and spellings.

    Each person, organisation and place is listed once across all articles: Bachmoet, Bakhmut
    and Бахмут are one entity. Ids are knowledge-base ids (bakhmut) or new:<name> for names the
    knowledge base does not know, clustered by transliteration and spelling.
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_cmd, db=db, type_=type_, party=party, search=search, as_json=as_json)


@entities.command("list", epilog=EPILOG)
@_DB
@click.option("--type", "type_", type=click.Choice(["PER", "ORG", "LOC"], case_sensitive=False),
              help="Only people, organisations or places.")
@click.option("--party", metavar="P", help="Only entities of this party.")
@click.option("--search", metavar="TEXT", help="Only entities whose id, name or a spelling contains TEXT.")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
def list_cmd(db: str, type_: str | None, party: str | None, search: str | None, as_json: bool) -> None:
    """List the entities (the default when no subcommand is given)."""
    from claimgraph.kb.clusters import link_entities, list_entities

    with _store(db) as store:
        link_entities(store)
        found = list_entities(store, type_=type_, party=party, search=search)
    if as_json:
        click.echo(json.dumps([e.to_json() for e in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("no entities", err=True)
        return
    rows = [["ID", "NAME", "TYPE", "PARTY", "MENTIONS", "DOCS", "ALIASES"]]
    rows += [[e.id, e.name, e.type, e.party or "-", str(e.mentions), str(e.documents), _aliases(e.aliases)]
             for e in found]
    click.echo(_table(rows))


@entities.command()
@_DB
@click.argument("ids", nargs=-1, required=True, metavar="ID1 ID2 [ID...]")
@click.option("--name", help="The merged entity's name (default: the first entity's).")
def merge(db: str, ids: tuple[str, ...], name: str | None) -> None:
    """Merge entities into the first one; remembered for documents analysed later."""
    from claimgraph.kb.clusters import EntityError, merge_entities

    if len(ids) < 2 and name is None:
        raise click.UsageError("give at least two entity ids (or one with --name to rename it)")
    with _store(db) as store:
        try:
            target, moved = merge_entities(store, ids, name=name)
        except EntityError as e:
            raise click.ClickException(str(e)) from None
    others = ", ".join(i for i in ids[1:] if i != target)
    click.echo(f"merged {others or 'nothing'} into {target}: {moved} document entities moved"
               + (f"; named {name!r}" if name else ""))


@entities.command()
@_DB
@click.argument("entity", metavar="ID")
@click.option("--alias", required=True, help="The spelling whose document entities move to a new entity.")
def split(db: str, entity: str, alias: str) -> None:
    """Move the document entities spelt ALIAS out of entity ID into a new entity; remembered."""
    from claimgraph.kb.clusters import EntityError, split_entity

    with _store(db) as store:
        try:
            new_id, moved = split_entity(store, entity, alias)
        except EntityError as e:
            raise click.ClickException(str(e)) from None
    click.echo(f"split {alias!r} off {entity} into {new_id}: {moved} document entities moved")


@entities.command()
@_DB
@click.option("--rebuild", is_flag=True, help="Forget the automatic links and link everything again "
              "(merges and splits are kept).")
def link(db: str, rebuild: bool) -> None:
    """Link document entities to global entities (new ones only, unless --rebuild)."""
    from claimgraph.kb.clusters import link_entities, relink_entities

    with _store(db) as store:
        stats = relink_entities(store) if rebuild else link_entities(store)
    click.echo(str(stats))
