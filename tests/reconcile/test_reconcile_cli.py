"""The claims, contradictions and timeline commands, with CliRunner on the stored corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli
from claimgraph.store import Store


def _run(*args: str) -> str:
    r = CliRunner().invoke(cli, list(args))
    assert r.exit_code == 0, r.output
    return r.output


def test_help_has_examples() -> None:
    for cmd in ("claims", "contradictions", "timeline"):
        out = _run(cmd, "--help")
        assert "Examples:" in out and "--db" in out


def test_claims_grouped_by_party_with_sources_and_sides(corpus_db: Path) -> None:
    out = _run("claims", "--db", str(corpus_db), "--category", "killed")
    assert "Bakhmut · russia killed · 2023-02-01..2023-02-28" in out
    assert "Oekraïense leger [ukraine]" in out and "Ministry of Defence of Russia [russia]" in out
    assert "period 2023-02-01..2023-02-28 (in februari); own_losses" in out
    assert "11 claims in" in out


def test_claims_json_filters(corpus_db: Path) -> None:
    data = json.loads(_run("claims", "--db", str(corpus_db), "--source", "Zelensky", "--json"))
    assert {c["source"]["label"] for c in data} == {"Volodymyr Zelensky"}
    control = [c for c in data if c["kind"] == "control"]
    assert control[0]["polarity"] == "deny" and control[0]["period"]["text"] == "vrijdag"
    data = json.loads(_run("claims", "--db", str(corpus_db), "--since", "2023-05-01", "--json"))
    assert data and all(c["published"] == "2023-05-21" for c in data)


def test_contradictions_text(corpus_db: Path) -> None:
    out = _run("contradictions", "--db", str(corpus_db))
    assert out.startswith("CONTRADICTIONS (3)")
    assert "position russia holds: Yevgeny Prigozhin [wagner]" in out
    assert "position ukraine holds: Volodymyr Zelensky [ukraine]" in out
    assert "Oekraïense leger [ukraine]: 11000 (said 2023-03-09) → ≥12000 (said 2023-03-10)" in out
    assert "stated 5:1 by NATO [west]; implied 5.0:1" in out
    assert "total 1500 (Ministry of Defence of Russia)" in out and "INCONSISTENT" in out


@pytest.mark.usefixtures("backend")
def test_contradictions_json_on_both_backends(corpus_store: Store, store_url: str) -> None:
    data = json.loads(_run("contradictions", "--db", store_url, "--json"))
    assert data["claims"] == 18
    control = [g for g in data["contradictions"] if g["kind"] == "control"]
    assert len(control) == 1
    g = control[0]
    assert g["place"] == "Bakhmut" and {"wagner", "ukraine"} <= set(g["sides"])
    by_id = {c["id"]: c for c in g["claims"]}
    march = g["comparisons"][0]
    for p in march["positions"]:
        for cid in p["claims"]:
            c = by_id[cid]
            assert c["published"] and c["span"] and c["text"] and c["source"]["side"]
    assert data["ratio_checks"][0]["implied"] == pytest.approx(5.0)
    assert data["ratio_checks"][0]["parties"] == ["russia", "ukraine"]
    assert data["revisions"][0]["source"] == "Oekraïense leger"


def test_timeline_table_and_png(corpus_db: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    png = tmp_path / "bakhmut.png"
    out = _run("timeline", "--db", str(corpus_db), "--place", "Bakhmut", "--png", str(png))
    lines = out.splitlines()
    assert lines[0].startswith("date")
    prig = [ln for ln in lines if "Yevgeny Prigozhin" in ln]
    assert [ln[:10] for ln in prig] == ["2023-03-09", "2023-05-20"]  # per source, in date order
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert f"wrote {png}" in out


def test_timeline_needs_a_place(corpus_db: Path) -> None:
    r = CliRunner().invoke(cli, ["timeline", "--db", str(corpus_db)])
    assert r.exit_code == 2 and "--place" in r.output


def test_missing_database_is_a_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    r = CliRunner().invoke(cli, ["claims", "--db", str(missing)])
    assert r.exit_code == 1 and "no database at" in r.output
    assert not missing.exists()


def test_empty_result(corpus_db: Path) -> None:
    assert "no claims match" in _run("claims", "--db", str(corpus_db), "--place", "Charkiv")
