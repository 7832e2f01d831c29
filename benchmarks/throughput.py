"""Throughput of claimgraph end to end against Frog alone, on the same text in the same run.

Three measurements over one generated corpus of Dutch war reports (``benchmarks/corpus.py``):

1. baseline: ``frog --skip=p`` over all the text (what a user of Frog alone would run);
2. claimgraph: ``claimgraph analyze corpus.jsonl`` (ingest → analysis → extraction → SQLite store)
   as a separate process, with the peak memory of its whole process tree (Frog included);
3. claimgraph without the extractors (ingest → analysis → store), to show what extraction adds.

Every document is analysed on its own: nothing is cached between documents. Prints words per
second for each and the ratios. Usage: ``python benchmarks/throughput.py [--docs 500] [--words 300]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ppid = int(fields[1])
            with open(f"/proc/{entry}/statm") as f:
                pages = int(f.read().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * os.sysconf("SC_PAGE_SIZE") // 1024
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def run_measured(cmd: list[str], **kw) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run a command; return wall seconds, peak tree RSS in KB and the completed process."""
    peak = 0
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    done = threading.Event()

    def poll() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_kb(proc.pid))
            done.wait(0.2)

    t = threading.Thread(target=poll, daemon=True)
    t.start()
    out, err = proc.communicate()
    secs = time.perf_counter() - start
    done.set()
    t.join()
    return secs, peak, subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=500, help="documents in the corpus (default 500)")
    ap.add_argument("--words", type=int, default=300, help="words per document (default 300)")
    ap.add_argument("--frog-processes", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    if shutil.which("frog") is None:
        print("frog is not installed: run `make setup` first", file=sys.stderr)
        return 2
    cli = Path(sys.executable).with_name("claimgraph")
    if not cli.exists():
        print(f"{cli} not found: run `make setup` first", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="cg-bench-") as tmp:
        tmpdir = Path(tmp)
        corpus = tmpdir / "corpus.jsonl"
        records = write_corpus(corpus, args.docs, seed=args.seed, words_per_doc=args.words)
        plain = tmpdir / "corpus.txt"
        # Frog alone gets exactly the texts claimgraph analyses, titles included.
        plain.write_text("\n\n".join(f"{r['title']}\n\n{r['text']}" for r in records), encoding="utf-8")
        words = len(plain.read_text(encoding="utf-8").split())
        print(f"corpus: {len(records)} documents, {words} words")

        secs_frog, peak_frog, res = run_measured(
            ["frog", "--skip=p", "-t", str(plain), "-o", str(tmpdir / "frog.tsv")], cwd=tmp
        )
        if res.returncode != 0:
            print("frog failed:", res.stderr[-500:], file=sys.stderr)
            return 1
        print(f"frog --skip=p          {secs_frog:7.1f} s  {words / secs_frog:7.0f} words/s  "
              f"peak {peak_frog / 1024:6.0f} MB")

        secs_ana, peak_ana, res = run_measured(
            [str(cli), "-q", "analyze", str(corpus), "--db", str(tmpdir / "ana.db"),
             "--frog-processes", str(args.frog_processes), "--skip-extraction"]
        )
        if res.returncode != 0:
            print("claimgraph (analysis only) failed:", res.stderr[-800:], file=sys.stderr)
            return 1
        print(f"claimgraph analysis    {secs_ana:7.1f} s  {words / secs_ana:7.0f} words/s  "
              f"peak {peak_ana / 1024:6.0f} MB  (ingest, analysis, store; no extraction)")

        secs_cg, peak_cg, res = run_measured(
            [str(cli), "-q", "analyze", str(corpus), "--db", str(tmpdir / "full.db"),
             "--frog-processes", str(args.frog_processes)]
        )
        if res.returncode != 0:
            print("claimgraph failed:", res.stderr[-800:], file=sys.stderr)
            return 1
        print(f"claimgraph end-to-end  {secs_cg:7.1f} s  {words / secs_cg:7.0f} words/s  "
              f"peak {peak_cg / 1024:6.0f} MB  (ingest, analysis, extraction, store)")
        print(res.stdout.strip())
        print()
        print(f"ratio end-to-end / frog --skip=p: {secs_frog / secs_cg:.2f}x words/s (target >= 4)")
        print(f"extraction adds {100 * (secs_cg - secs_ana) / secs_ana:+.0f} % to the analysis time "
              "(target <= 30 %)")
        print(f"peak memory end-to-end: {peak_cg / 1024:.0f} MB (target <= 2048)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
