"""A separate process that writes test documents into a store, for the concurrency tests.

    python storeworker.py URL --docs 0-79 [--docs 100-119] [--batch 10] [--blocks 1]
                          [--at UNIX_TIME] [--progress] [--stall-after-table quotes --stall-batch 2]
                          [--open-only]

Prints one JSON line with what it did. ``--at`` makes several workers start at the same moment.
``--stall-after-table`` stops inside the write transaction of batch ``--stall-batch`` right after
that table's rows went in, prints ``STALLED`` and sleeps, so the test can SIGKILL it with a
half-written batch open.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from storedocs import make_doc

from claimgraph.store import Store, open_store


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument(
        "--docs", action="append", default=[], help="a range A-B (inclusive; descending if A > B)"
    )
    ap.add_argument("--batch", type=int, default=10)
    ap.add_argument("--blocks", type=int, default=1)
    ap.add_argument("--at", type=float, default=0.0)
    ap.add_argument("--progress", action="store_true", help="save batch by batch, printing each")
    ap.add_argument("--stall-after-table")
    ap.add_argument("--stall-batch", type=int, default=2)
    ap.add_argument("--open-only", action="store_true")
    args = ap.parse_args()

    numbers: list[int] = []
    for r in args.docs:
        a, b = (int(x) for x in r.split("-"))
        numbers += range(a, b + 1) if a <= b else range(a, b - 1, -1)
    docs = [make_doc(n, args.blocks) for n in numbers]  # built before the start signal

    if args.stall_after_table:
        _install_stall(args.stall_after_table, args.stall_batch)

    while time.time() < args.at:
        time.sleep(0.001)
    with open_store(args.url) as store:
        if args.open_only:
            print(json.dumps({"version": store.schema_version()}), flush=True)
            return
        added = skipped = 0
        for i in range(0, len(docs), args.batch if args.progress else len(docs) or 1):
            chunk = docs[i : i + args.batch] if args.progress else docs
            stats = store.save_many(chunk, producer_version="worker", batch_size=args.batch)
            added += stats.added
            skipped += stats.skipped
            if args.progress:
                print(f"PROGRESS {added}", flush=True)
        print(json.dumps({"added": added, "skipped": skipped}), flush=True)


def _install_stall(table: str, batch: int) -> None:
    """Pause inside the write transaction of the given batch, after ``table``'s rows went in."""
    from claimgraph.store.postgres import PostgresStore
    from claimgraph.store.sqlite import SQLiteStore

    batches = [0]
    for cls in (SQLiteStore, PostgresStore):  # PostgreSQL has its own _bulk_insert (COPY)

        def stalling(
            self: Store,
            cur: Any,
            name: str,
            columns: tuple[str, ...],
            rows: list[Any],
            _orig: Any = cls._bulk_insert,
        ) -> None:
            _orig(self, cur, name, columns, rows)
            if name == "parts":
                batches[0] += 1
            if name == table and batches[0] == batch:
                print("STALLED", flush=True)
                time.sleep(600)

        cls._bulk_insert = stalling  # type: ignore[method-assign]


if __name__ == "__main__":
    main()
