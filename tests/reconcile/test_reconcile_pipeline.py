"""End to end: Dutch articles on disk → ``claimgraph analyze`` → reconcile commands.

These depend on extraction, so they assert only what reconciliation needs from it: sources,
places, control claims and figures that the extractors find in plain sentences.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli
from claimgraph.reconcile import reconcile
from claimgraph.store import open_store

RECORDS = [
    {"id": "nrc-2023-03-06", "title": "Zware verliezen rond Bachmoet", "date": "2023-03-06", "outlet": "NRC",
     "text": "President Zelensky zei maandagavond dat het Oekraïense leger bij Bachmoet vorige week 1100 "
             "Russische militairen heeft gedood.\n\nHet Russische ministerie van Defensie zei in diezelfde "
             "tijd meer dan 220 Oekraïense soldaten te hebben gedood.\n\nBinnen de NAVO wordt uitgegaan van "
             "een verhouding van vijf Russische omgekomen militairen op iedere gesneuvelde Oekraïense "
             "militair."},
    {"id": "volkskrant-2023-03-09", "title": "Prigozjin: Bachmoet is ingenomen", "date": "2023-03-09",
     "outlet": "de Volkskrant",
     "text": "Wagnerbaas Jevgeni Prigozjin zei donderdag dat zijn troepen Bachmoet volledig hebben "
             "ingenomen.\n\nVolgens het Oekraïense leger zijn in februari 11.000 Russische militairen bij "
             "Bachmoet gedood."},
    {"id": "nos-2023-03-10", "title": "Zelensky ontkent val van Bakhmut", "date": "2023-03-10",
     "outlet": "NOS",
     "text": "President Zelensky zei vrijdag dat Bakhmut niet is gevallen.\n\nVolgens het Oekraïense leger "
             "zijn in februari ruim 12.000 Russische militairen bij Bakhmut gedood."},
]  # fmt: skip
# A newspaper text file, dated only by its name.
TXT_NAME = "2023-05-21_avondpost_bachmoet.txt"
TXT = (
    "Prigozjin claimt val van Bachmoet\n\nDoor Anna de Vries\n\n"
    "Wagner-baas Jevgeni Prigozjin zei afgelopen zaterdag dat Bachmoet volledig is ingenomen door zijn "
    "troepen.\n\nHet Oekraïense ministerie van Defensie ontkende zondag dat Bachmoet is gevallen.\n"
)


def _analyse(tmp_path: Path, frog: bool) -> Path:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    (tmp_path / TXT_NAME).write_text(TXT, encoding="utf-8")
    db = tmp_path / "e2e.db"
    args = ["-q", "analyze", str(corpus), str(tmp_path / TXT_NAME), "--db", str(db)]
    if not frog:
        args.append("--no-frog")
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    return db


def test_pipeline_without_frog(tmp_path: Path) -> None:
    db = _analyse(tmp_path, frog=False)
    with open_store(db) as store:
        rec = reconcile(store)
    control = [g for g in rec.contradictions if g.kind == "control"]
    assert control and control[0].place == "Bakhmut"
    dates = [(cmp.first.isoformat(), cmp.last.isoformat())
             for cmp in control[0].comparisons if cmp.contradiction]
    # March: Prigozjin (Bachmoet) against Zelensky (Bakhmut); May: dated by the file name.
    assert ("2023-03-09", "2023-03-10") in dates
    assert ("2023-05-20", "2023-05-21") in dates
    march = next(c for c in control[0].comparisons if c.first.isoformat() == "2023-03-09")
    sources = {p.value: set(p.sources) for p in march.positions}
    assert "Yevgeny Prigozhin" in sources["russia"] and "Volodymyr Zelensky" in sources["ukraine"]
    revs = [r for r in rec.revisions if r.source == "Oekraïense leger"]
    assert [(r.before.value(), r.after.value()) for r in revs] == [("11000", "≥12000")]


@pytest.mark.frog
@pytest.mark.skipif(shutil.which("frog") is None, reason="Frog is not installed")
def test_pipeline_with_frog_finds_the_ratio(tmp_path: Path) -> None:
    db = _analyse(tmp_path, frog=True)
    out = CliRunner().invoke(cli, ["contradictions", "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    (chk,) = data["ratio_checks"]
    assert chk["stated"]["source"] == "NATO" and chk["parties"] == ["russia", "ukraine"]
    assert chk["implied"] == pytest.approx(5.0) and chk["consistent"]
    assert chk["numerator"]["source"] == "Volodymyr Zelensky"
    assert chk["denominator"]["source"] == "Ministry of Defence of Russia"
    assert any(g["kind"] == "control" and g["place"] == "Bakhmut" for g in data["contradictions"])
