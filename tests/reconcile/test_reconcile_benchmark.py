"""The reconcile benchmark runs (on a small corpus here) and prints its figure."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[2] / "benchmarks" / "reconcile.py"


def test_benchmark_runs_small(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_reconcile", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--claims", "3000", "--db", str(tmp_path / "b.db")]) == 0
    out = capsys.readouterr().out
    assert "claims     3000" in out and "target < 60 s: OK" in out
    # Reusing the store reconciles the same claims again.
    assert bench.main(["--claims", "3000", "--db", str(tmp_path / "b.db")]) == 0
    assert "reusing" in capsys.readouterr().out
