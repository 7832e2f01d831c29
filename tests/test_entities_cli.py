"""``claimgraph entities``: list, merge, split and link, after ``claimgraph analyze --no-frog``, on
both store backends. The articles are invented; they spell Bakhmut as Bachmoet, Bakhmut and
Бахмут, and an invented commander as Taras Kovaltsjoek, Taras Kovalchuk and Тарас Ковальчук."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from claimgraph.cli import cli

_spec = importlib.util.spec_from_file_location(
    "store_backend_fixtures_cli", Path(__file__).parent / "store" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
_store_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store_fixtures)
backend = _store_fixtures.backend
pg_schema = _store_fixtures.pg_schema
store_url = _store_fixtures.store_url

ARTICLES = {
    "2023-03-01_nrc_bachmoet.txt": """Zware gevechten rond Bachmoet

Het Oekraïense leger houdt stand in Bachmoet, zegt commandant Taras Kovaltsjoek. Volgens
Kovaltsjoek zijn de Russische troepen de stad nog niet binnengedrongen.
""",
    "2023-03-02_guardian_bakhmut.txt": """Fighting continues in Bakhmut

Taras Kovalchuk, a Ukrainian commander, said his troops still hold Bakhmut.
""",
    "2023-03-03_pravda_bakhmut.txt": """Бахмут тримається

Тарас Ковальчук заявив, що Бахмут тримається.
""",
    "2023-03-04_volkskrant.txt": """Nieuwe aanvallen

Prigozjin dreigde opnieuw zijn troepen terug te trekken uit Bachmoet.
""",
}


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["-q", *args])


def ok(*args: str) -> Result:
    r = run(*args)
    assert r.exit_code == 0, r.output
    return r


@pytest.fixture
def db(store_url: str, tmp_path: Path) -> str:
    """The store on the test's backend, filled by ``claimgraph analyze --no-frog``."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    ok("analyze", "--no-frog", str(folder), "--db", store_url)
    return store_url


def listing(db: str, *args: str) -> dict[str, dict[str, Any]]:
    r = ok("entities", "--db", db, "--json", *args)
    return {e["id"]: e for e in json.loads(r.stdout)}


@pytest.mark.usefixtures("backend")
def test_list(db: str) -> None:
    r = ok("entities", "--db", db)
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["ID", "NAME", "TYPE", "PARTY", "MENTIONS", "DOCS", "ALIASES"]
    bakhmut = next(line for line in lines if line.startswith("bakhmut "))
    assert bakhmut.split()[:6] == ["bakhmut", "Bakhmut", "LOC", "ukraine", "7", "4"]
    assert "Bachmoet (3)" in bakhmut and "Бахмут (2)" in bakhmut and "Bakhmut (2)" in bakhmut
    entities = listing(db)
    kov = entities["new:taras-kovaltsjoek"]
    assert kov["type"] == "PER" and kov["documents"] == 3 and kov["party"] is None
    assert {a["alias"] for a in kov["aliases"]} == {
        "Taras Kovaltsjoek", "Kovaltsjoek", "Taras Kovalchuk", "Тарас Ковальчук"}
    assert entities["prigozhin"]["party"] == "wagner"
    # The explicit subcommand lists the same.
    assert json.loads(ok("entities", "list", "--db", db, "--json").stdout) == list(entities.values())


@pytest.mark.usefixtures("backend")
def test_filters(db: str) -> None:
    people = listing(db, "--type", "per")
    assert {"new:taras-kovaltsjoek", "prigozhin"} <= set(people)
    assert all(e["type"] == "PER" for e in people.values())
    assert set(listing(db, "--party", "wagner")) == {"prigozhin"}
    assert set(listing(db, "--search", "Бахмут")) == {"bakhmut"}
    assert set(listing(db, "--search", "kovalchuk")) == {"new:taras-kovaltsjoek"}
    r = ok("entities", "--db", db, "--search", "nobody")
    assert r.stdout == "" and "no entities" in r.output


@pytest.mark.usefixtures("backend")
def test_split_merge_round_trip(db: str) -> None:
    r = ok("entities", "split", "--db", db, "bakhmut", "--alias", "Бахмут")
    assert r.stdout.strip() == "split 'Бахмут' off bakhmut into new:bakhmut: 1 document entities moved"
    entities = listing(db)
    assert entities["new:bakhmut"]["documents"] == 1 and entities["bakhmut"]["documents"] == 3
    assert [a["alias"] for a in entities["new:bakhmut"]["aliases"]] == ["Бахмут"]
    r = ok("entities", "merge", "--db", db, "bakhmut", "new:bakhmut", "--name", "Bachmoet")
    assert r.stdout.strip() == ("merged new:bakhmut into bakhmut: 1 document entities moved; "
                                "named 'Bachmoet'")
    entities = listing(db)
    assert "new:bakhmut" not in entities
    assert entities["bakhmut"]["name"] == "Bachmoet" and entities["bakhmut"]["documents"] == 4
    # A rebuild keeps the user's decisions.
    r = ok("entities", "link", "--db", db, "--rebuild")
    assert r.stdout.startswith("linked ") and "manual" in r.stdout
    assert listing(db) == entities


@pytest.mark.usefixtures("backend")
def test_errors(db: str) -> None:
    r = run("entities", "merge", "--db", db, "bakhmut", "new:nobody")
    assert r.exit_code == 1 and "Error: no entity new:nobody" in r.output
    r = run("entities", "split", "--db", db, "bakhmut", "--alias", "Kyiv")
    assert r.exit_code == 1 and "has no mention spelt 'Kyiv'" in r.output
    r = run("entities", "merge", "--db", db, "bakhmut")
    assert r.exit_code == 2 and "at least two entity ids" in r.output
    r = run("entities", "split", "--db", db, "bakhmut")
    assert r.exit_code == 2 and "--alias" in r.output


def test_help_and_bad_store(tmp_path: Path) -> None:
    r = ok("entities", "--help")
    assert "Examples:" in r.output and "merge" in r.output and "split" in r.output
    r = run("entities", "--db", str(tmp_path))
    assert r.exit_code == 1 and "is a directory" in r.output
    r = ok("entities", "link", "--db", str(tmp_path / "empty.db"))
    assert r.stdout.startswith("linked 0 document entities")
