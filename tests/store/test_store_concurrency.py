"""Real processes against one store: racing writers, racing first opens, and SIGKILL mid-write."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import assert_complete
from storedocs import make_doc

from claimgraph.store import SCHEMA_VERSION, open_store

WORKER = str(Path(__file__).with_name("storeworker.py"))


def spawn(url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, WORKER, url, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen[str], timeout: float = 60) -> dict[str, int]:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, f"worker failed ({proc.returncode}): {err}"
    assert "Traceback" not in err, err
    return json.loads(out.strip().splitlines()[-1])


def read_until(proc: subprocess.Popen[str], marker: str, timeout: float = 30) -> str:
    """Read the worker's stdout until a line starting with ``marker``."""
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith(marker):
            return line
        if not line and proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            raise AssertionError(f"worker exited ({proc.returncode}) before {marker!r}: {err}")
    raise AssertionError(f"no {marker!r} from the worker within {timeout} s")


def kill(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    for stream in (proc.stdout, proc.stderr):
        if stream:
            stream.close()


def test_two_writers_disjoint_and_overlapping(store_url: str) -> None:
    """Both write 40..79 at the same moment, in opposite orders and batches that straddle each
    other, each also its own range: nothing lost or doubled, no errors (no deadlocks)."""
    open_store(store_url).close()  # the migration race has its own test
    at = str(time.time() + 1.0)
    a = spawn(store_url, "--docs", "40-79", "--docs", "0-39", "--batch", "7", "--at", at)
    b = spawn(store_url, "--docs", "79-40", "--docs", "80-119", "--batch", "7", "--at", at)
    ra, rb = finish(a), finish(b)
    assert ra["added"] + rb["added"] == 120
    assert ra["skipped"] + rb["skipped"] == 40
    with open_store(store_url) as s:
        assert assert_complete(s, blocks=1) == list(range(120))
        assert s.counts()["documents"] == 120
        doubled = s.query("SELECT name, count(*) FROM documents GROUP BY name HAVING count(*) > 1")
        assert doubled == []


def test_fresh_store_opened_by_four_processes_at_once(store_url: str) -> None:
    """Each migration is applied exactly once, and no opener fails."""
    at = str(time.time() + 1.0)
    procs = [spawn(store_url, "--open-only", "--at", at) for _ in range(4)]
    assert [finish(p)["version"] for p in procs] == [SCHEMA_VERSION] * 4
    with open_store(store_url) as s:
        rows = s.query("SELECT version, count(*) FROM schema_migrations GROUP BY version ORDER BY version")
        assert rows == [(v, 1) for v in range(1, SCHEMA_VERSION + 1)]
        assert s.query("SELECT count(*) FROM store_meta WHERE key = 'application'") == [(1,)]


def test_sigkill_inside_a_write_transaction(store_url: str) -> None:
    """Killed with batch 2 half-written (documents, parts, sentences, quotes in; the rest not):
    batch 1 is stored complete, nothing of batch 2 is."""
    proc = spawn(
        store_url, "--docs", "0-149", "--batch", "50", "--stall-after-table", "quotes", "--stall-batch", "2"
    )
    try:
        read_until(proc, "STALLED")
    finally:
        kill(proc)
    with open_store(store_url) as s:
        assert assert_complete(s, blocks=1) == list(range(50))
        # The store takes new writes at once: no lock left behind by the dead writer.
        stats = s.save_many([make_doc(n) for n in range(40, 100)], producer_version="after")
        assert (stats.added, stats.skipped) == (50, 10)
        assert assert_complete(s, blocks=1) == list(range(100))


@pytest.mark.parametrize("seed", [1, 2])
def test_sigkill_at_a_random_moment(store_url: str, seed: int) -> None:
    """Whenever the writer dies, every stored document is complete."""
    proc = spawn(store_url, "--docs", "0-1999", "--batch", "20", "--blocks", "2", "--progress")
    try:
        read_until(proc, "PROGRESS")
        time.sleep(random.Random(seed).uniform(0.0, 0.15))
    finally:
        kill(proc)
    with open_store(store_url) as s:
        stored = assert_complete(s, blocks=2)
        assert 20 <= len(stored) < 2000, "the kill should land mid-run"
