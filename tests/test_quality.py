"""Extraction quality gate: headline F1 per evaluation set must not fall below pinned floors.

The floors in ``quality_floors.json`` were measured with Frog and pinned a little below the
figures at the time (see the file), like trafilatura's evaluation gate: a change that makes the
extraction worse on any set fails here and says which figure dropped. The scorer and the
samples/dev sets live in ``../shared`` beside the checkout; the held-out set ships in the repo.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
SCORER = SHARED / "eval" / "score.py"
FLOORS = json.loads(Path(__file__).with_name("quality_floors.json").read_text(encoding="utf-8"))
SETS = {
    "samples": (SHARED / "samples", SHARED / "gold"),
    "dev": (SHARED / "dev" / "texts", SHARED / "dev" / "gold"),
    "heldout": (ROOT / "tests" / "heldout" / "texts", ROOT / "tests" / "heldout" / "gold"),
}
HEADLINE = ("quote+speaker", "indirect+speaker", "quantity+all", "control", "entity")


@pytest.mark.shared
@pytest.mark.frog
@pytest.mark.parametrize("name", sorted(SETS))
def test_quality_does_not_fall_below_floors(name: str, tmp_path: Path) -> None:
    texts, gold = SETS[name]
    if not SCORER.exists():
        pytest.skip(f"the scorer {SCORER} is absent (../shared sits beside the checkout)")
    if not texts.is_dir() or not gold.is_dir():
        pytest.skip(f"evaluation set {name} is absent: {texts}")
    if shutil.which("frog") is None:
        pytest.skip("Frog is not installed; quality is pinned with Frog")
    exe = Path(sys.executable).with_name("claimgraph")
    out = tmp_path / "pred"
    res = subprocess.run([str(exe), "-q", "extract", str(texts), "--out", str(out)],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    scored = subprocess.run([sys.executable, str(SCORER), str(gold), str(out), "--json"],
                            capture_output=True, text=True, timeout=120)
    assert scored.returncode == 0, scored.stderr
    # The scorer prints its JSON, then a last line of headline figures.
    figures = json.loads(scored.stdout[: scored.stdout.rindex("\nF1 ")])
    low = {k: (figures[k]["f1"], FLOORS[name][k]) for k in HEADLINE
           if figures[k]["f1"] < FLOORS[name][k] - 1e-9}
    assert not low, f"{name}: F1 below the pinned floor (got, floor): {low}"
