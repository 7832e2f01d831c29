"""The command line end to end, on real files the tests write, with real Frog and SQLite."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli

ARTICLE = """Oekraïne meldt zware verliezen bij Kupjansk

OORLOG IN OEKRAÏNE

KYIV –

De Oekraïense generale staf meldde dinsdag dat bij Kupjansk in één week ruim 400 Russische

militairen zijn gedood. ‘De stad blijft in onze handen’, zei woordvoerder Andri Kovalenko.

Moskou spreekt dat tegen. Volgens het Russische ministerie van Defensie is Kupjansk omsingeld.
"""

needs_frog = pytest.mark.skipif(shutil.which("frog") is None, reason="Frog is not installed")


def _write(tmp_path: Path) -> Path:
    p = tmp_path / "kupjansk.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_help_teaches_with_examples() -> None:
    r = CliRunner().invoke(cli, ["--help"])
    assert r.exit_code == 0, r.output
    assert "analyze" in r.output and "extract" in r.output
    for cmd in ("analyze", "extract"):
        r = CliRunner().invoke(cli, [cmd, "--help"])
        assert r.exit_code == 0, r.output
        assert "Examples:" in r.output


def test_analyze_without_paths_is_a_usage_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["-q", "analyze", "--no-frog", "--db", str(tmp_path / "x.db")])
    assert r.exit_code == 2
    assert "at least one file" in r.output


def test_analyze_stores_and_is_idempotent(tmp_path: Path) -> None:
    art = _write(tmp_path)
    db = tmp_path / "c.db"
    r = CliRunner().invoke(cli, ["-q", "analyze", str(art), "--db", str(db), "--no-frog"])
    assert r.exit_code == 0, r.output
    assert "documents     1 analysed (1 new" in r.output
    r = CliRunner().invoke(cli, ["-q", "analyze", str(art), "--db", str(db), "--no-frog"])
    assert r.exit_code == 0, r.output
    assert "(0 new, 1 already stored)" in r.output
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from documents").fetchone()[0] == 1
    assert con.execute("select count(*) from sentences").fetchone()[0] >= 4


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    good = _write(tmp_path)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "garbage.txt").write_bytes(bytes(range(256)) * 40)
    r = CliRunner().invoke(cli, ["-q", "extract", str(tmp_path), str(tmp_path / "missing.txt"),
                                 "--out", str(tmp_path / "out"), "--no-frog"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "out" / "kupjansk.txt.json").exists()
    assert "Traceback" not in r.output
    assert "missing.txt" in r.output and "empty.txt" in r.output and "garbage.txt" in r.output
    assert good.exists()


def test_nothing_processed_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    r = CliRunner().invoke(cli, ["-q", "extract", str(tmp_path / "empty.txt"), "--out",
                                 str(tmp_path / "out"), "--no-frog"])
    assert r.exit_code == 1
    assert "nothing could be processed" in r.output


@needs_frog
def test_extract_writes_schema_json_with_provenance(tmp_path: Path) -> None:
    """The installed console script, as a user runs it, with Frog."""
    art = _write(tmp_path)
    exe = Path(sys.executable).with_name("claimgraph")
    out = tmp_path / "out"
    res = subprocess.run([str(exe), "-q", "extract", str(art), "--out", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    data = json.loads((out / "kupjansk.txt.json").read_text(encoding="utf-8"))
    assert data["document"] == "kupjansk.txt"
    for key in ("quotes", "quantities", "control_claims", "entities"):
        assert isinstance(data[key], list)
    raw = art.read_text(encoding="utf-8")
    items = [i for kind in ("quotes", "quantities", "control_claims") for i in data[kind]]
    assert items, "the article has quotes, figures and a control claim"
    for item in items:
        # Every item points back into the raw input file: same words, line breaks aside.
        assert raw[item["raw_start"] : item["raw_end"]].split() == item["text"].split()
        assert item["rule"]
        assert isinstance(item["sentence"], int)
    kinds = {p["kind"] for p in data["parts"]}
    assert {"title", "section"} <= kinds


def test_stdin_input(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["-q", "extract", "-", "--out", str(tmp_path / "o"), "--no-frog"],
                           input=ARTICLE)
    assert r.exit_code == 0, r.output
    assert len(list((tmp_path / "o").glob("*.json"))) == 1
