"""Spark batch mode: documents per second on 1 and 2 executor cores, against the local CLI.

One generated corpus of Dutch war reports (``benchmarks/corpus.py``), analysed with Frog three
ways, each a separate process, each writing its results:

1. ``claimgraph analyze`` (the local CLI: 2 Frog processes, SQLite store);
2. ``claimgraph spark-analyze --master local[1]``, pinned to one CPU with ``taskset`` (the JVM,
   the Python worker and its Frog share that CPU): the rate of one executor core;
3. ``claimgraph spark-analyze --master local[2]`` on both CPUs.

Each run reports wall time and docs/s, and the CPU seconds of its whole process tree (JVM, Python
workers, Frog; sampled from /proc), which a machine shared with other work does not distort: CPU
seconds per document is the cost a cluster pays, and what docs/scaling.md projects from. For the
Spark runs the analysis phase (read, ingest, Frog, extraction, until every document is analysed)
is also reported apart from the whole command (JVM start-up, writing Parquet), and so is the CPU
other processes used meanwhile (a wall-time ratio is only fair on an otherwise idle machine).
Prints a table, the ratios, and one JSON line with every figure. The defaults (2,000 documents of
about 60 words) take 8-10 minutes on a 2-core machine; documents are short so that the run fits,
and the per-word figures carry over to longer articles.

    python benchmarks/spark_scaling.py [--docs 2000] [--words 50] [--skip-cli]
"""

from __future__ import annotations

import argparse
import json
import os
import re
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

_ANALYSIS = re.compile(r"analysis ([\d.]+) s")
_WRITING = re.compile(r"writing ([\d.]+) s")


TICK = os.sysconf("SC_CLK_TCK")


def tree_cpu(pid: int, seen: dict[int, float]) -> None:
    """Update ``seen`` with the CPU seconds (user + system) of ``pid`` and all its descendants.

    Sampled while the command runs, so processes that never get waited for (Frog under a killed
    Python worker) are counted too; a process's last fraction of a sampling interval is lost.
    """
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / TICK
    tree, todo = set(), [pid]
    children: dict[int, list[int]] = {}
    for p, pp in parents.items():
        children.setdefault(pp, []).append(p)
    while todo:
        p = todo.pop()
        tree.add(p)
        todo.extend(children.get(p, []))
    for p in tree:
        if p in cpu:
            seen[p] = max(seen.get(p, 0.0), cpu[p])


def machine_busy() -> float:
    """CPU seconds the whole machine has been busy since boot (all processes, all CPUs)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / TICK


def run(cmd: list[str]) -> tuple[float, float, float, str]:
    """Run a command: its wall seconds, the CPU seconds of its process tree, the CPU seconds other
    processes used meanwhile (a busy machine makes wall times unfair), and its stdout."""
    seen: dict[int, float] = {}
    busy = machine_busy()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            tree_cpu(proc.pid, seen)
            done.wait(0.25)

    t = threading.Thread(target=poll, daemon=True)
    t.start()
    out, err = proc.communicate()
    secs = time.perf_counter() - start
    done.set()
    t.join()
    others = max(0.0, machine_busy() - busy - sum(seen.values()))
    if proc.returncode != 0:
        print(f"failed: {' '.join(cmd)}\n{err[-2000:]}", file=sys.stderr)
        raise SystemExit(1)
    return secs, sum(seen.values()), others, out


def spark_run(cli: Path, corpus: Path, out: Path, master: str, cpus: str | None) -> dict[str, float]:
    cmd = [str(cli), "-q", "spark-analyze", str(corpus), "--out", str(out), "--master", master]
    if cpus is not None:
        cmd = ["taskset", "-c", cpus, *cmd]
    wall, cpu, others, stdout = run(cmd)
    analysis = float(_ANALYSIS.search(stdout).group(1))  # type: ignore[union-attr]
    writing = float(_WRITING.search(stdout).group(1))  # type: ignore[union-attr]
    return {"wall": wall, "cpu": cpu, "others": others, "analysis": analysis, "writing": writing}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000, help="documents in the corpus (default 2000)")
    ap.add_argument("--words", type=int, default=50, help="words per document (default 50)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--skip-cli", action="store_true", help="do not run the local CLI")
    args = ap.parse_args()

    cli = Path(sys.executable).with_name("claimgraph")
    for need, hint in ((shutil.which("frog"), "frog"), (shutil.which("java"), "java"),
                       (shutil.which("taskset"), "taskset (util-linux)"), (cli.exists() or None, str(cli))):
        if not need:
            print(f"{hint} is needed: run `make setup` first", file=sys.stderr)
            return 2

    with tempfile.TemporaryDirectory(prefix="cg-spark-bench-") as tmp:
        tmpdir = Path(tmp)
        corpus = tmpdir / "corpus.jsonl"
        records = write_corpus(corpus, args.docs, seed=args.seed, words_per_doc=args.words)
        words = sum(len(r["title"].split()) + len(r["text"].split()) for r in records)
        n = len(records)
        print(f"corpus: {n} documents, {words} words ({words / n:.0f} per document)")

        figures: dict[str, object] = {"documents": n, "words": words}

        def show(label: str, r: dict[str, float]) -> None:
            line = (f"{label:<24}{r['wall']:7.1f} s {n / r['wall']:6.1f} docs/s | "
                    f"CPU {r['cpu']:6.1f} s, {n / r['cpu']:5.1f} docs per CPU-second; "
                    f"other processes {100 * r['others'] / r['wall']:3.0f} % of a CPU")
            if "analysis" in r:
                line += (f" | analysis phase {r['analysis']:.1f} s ({n / r['analysis']:.1f} docs/s), "
                         f"writing {r['writing']:.1f} s")
            print(line, flush=True)

        if not args.skip_cli:
            cmd = [str(cli), "-q", "analyze", str(corpus), "--db", str(tmpdir / "cli.db")]
            wall, cpu, others, _ = run(cmd)
            figures["cli"] = local = {"wall": wall, "cpu": cpu, "others": others}
            show("local CLI (2 Frog)", local)
        one = figures["spark_1"] = spark_run(cli, corpus, tmpdir / "one", "local[1]", "0")
        show("spark local[1], 1 CPU", one)
        two = figures["spark_2"] = spark_run(cli, corpus, tmpdir / "two", "local[2]", None)
        show("spark local[2], 2 CPUs", two)
        print()
        print(f"2 cores / 1 core:   {one['wall'] / two['wall']:.2f}x docs/s (whole command), "
              f"{one['analysis'] / two['analysis']:.2f}x (analysis phase)")
        if not args.skip_cli:
            print(f"spark local[2] / local CLI:  {local['wall'] / two['wall']:.2f}x docs/s (whole command), "
                  f"{local['wall'] / two['analysis']:.2f}x (analysis phase)")
        # Core-seconds per document, Spark's start-up and writing included: what a cluster pays.
        per_doc = two["cpu"] / n
        figures["cpu_seconds_per_doc"] = per_doc
        figures["cpu_seconds_per_word"] = two["cpu"] / words
        print(f"cost: {per_doc * 1000:.0f} CPU-ms per document ({two['cpu'] / words * 1000:.2f} per word) "
              f"-> 10 million such documents: {1e7 * per_doc / 3600:.0f} core-hours")
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
