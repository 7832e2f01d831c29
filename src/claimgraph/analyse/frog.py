"""Frog (Dutch POS tagger and lemmatiser) as a pool of long-running separate processes.

Frog is GPL-3 and takes seconds to start, so it runs as child processes started once per run and
fed one pre-tokenised sentence per line (``-n`` with the tokeniser skipped): Frog then returns one
line per token we sent, which keeps its tags aligned with our character offsets. The parser,
chunker, multi-word units, morphology and named-entity modules are skipped by default: extraction
uses tags and lemmas, and the skipped modules more than halve the throughput.

Each process has a writer thread (so submitting never blocks the pipeline) and a reader thread
(so Frog's output pipe never fills); results come back in submission order.
"""

from __future__ import annotations

import itertools
import logging
import queue
import shutil
import subprocess
import tempfile
import threading
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future

from claimgraph.analyse.base import AnalyserError
from claimgraph.document import Document, Sentence

LOGGER = logging.getLogger(__name__)

# t: we tokenise; p, c, a: parser, chunker, morphology not used; m: multi-word units would merge
# our tokens; n: NER not used (entities come from tags, capitals and the knowledge base).
# Each process runs single-threaded: Frog's own threads make two processes fight for the cores
# (measured: two default processes together ran slower than one).
DEFAULT_SKIP = "tpcamn"
_PROBE = "Dit is een test ."


def frog_version() -> str:
    exe = shutil.which("frog")
    if exe is None:
        return ""
    try:
        out = subprocess.run([exe, "-V"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return ""
    for word in (out.stdout + out.stderr).split():
        if word[:1].isdigit():
            return word
    return "unknown"


class _Job:
    __slots__ = ("doc", "future", "lock", "remaining", "sentences")

    def __init__(self, doc: Document, sentences: Sequence[Sentence], future: Future[None]) -> None:
        self.doc = doc
        self.sentences = list(sentences)
        self.remaining = len(self.sentences)
        self.future = future
        self.lock = threading.Lock()  # sentences of one job may come back from several processes


class _FrogProcess:
    """One Frog child process with its writer and reader threads."""

    def __init__(self, exe: str, skip: str, name: str, workdir: str) -> None:
        self.name = name
        self.proc = subprocess.Popen(
            [exe, f"--skip={skip}", "-n", "--threads=1"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            bufsize=1 << 16,
            cwd=workdir,  # Frog writes frog.*.debug files into its working directory
        )
        # Sentences in flight, in the order written: (job, sentence).
        self.inflight: deque[tuple[_Job, Sentence]] = deque()
        self.lock = threading.Lock()
        self.lines: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self.failed: str | None = None
        self.ready = threading.Event()
        threading.Thread(target=self._write, daemon=True, name=f"{name}-w").start()
        threading.Thread(target=self._read, daemon=True, name=f"{name}-r").start()
        self.lines.put(_PROBE)  # answered before any job: tells us Frog has started

    # -- writer -------------------------------------------------------------------------------
    def _write(self) -> None:
        stdin = self.proc.stdin
        assert stdin is not None
        try:
            while True:
                line = self.lines.get()
                if line is None:
                    stdin.close()
                    return
                stdin.write(line)
                stdin.write("\n")
                if self.lines.empty():
                    stdin.flush()
        except (BrokenPipeError, OSError, ValueError) as e:
            self._fail(f"Frog stopped accepting input: {e}")

    # -- reader -------------------------------------------------------------------------------
    def _read(self) -> None:
        stdout = self.proc.stdout
        assert stdout is not None
        rows: list[list[str]] = []
        probing = True
        try:
            for line in stdout:
                line = line.rstrip("\n")
                if line:
                    rows.append(line.split("\t"))
                    continue
                if not rows:
                    continue
                if probing:
                    probing = False
                    self.ready.set()
                else:
                    self._deliver(rows)
                rows = []
        except (OSError, ValueError) as e:
            self._fail(f"reading Frog's output failed: {e}")
            return
        self._fail("Frog exited" + (f" with status {self.proc.poll()}" if self.proc.poll() else ""))

    def _deliver(self, rows: list[list[str]]) -> None:
        with self.lock:
            job, sent = self.inflight.popleft()
        text = job.doc.text
        toks = sent.tokens
        aligned = len(rows) == len(toks) and all(
            r[1] == text[t.start : t.end] for r, t in zip(rows, toks, strict=True)
        )
        if not aligned:
            # Never attach tags to the wrong tokens; the sentence stays tokenised only.
            LOGGER.warning("Frog output does not align with sentence %d of %s; left untagged",
                           sent.index, job.doc.name)
        else:
            for r, t in zip(rows, toks, strict=True):
                t.lemma = r[2]
                t.tag = r[4]
            sent.analysed_by = self.name
        with job.lock:
            job.remaining -= 1
            done = job.remaining == 0
        if done and not job.future.done():
            job.future.set_result(None)

    def _fail(self, message: str) -> None:
        if self.failed:
            return
        self.failed = message
        self.ready.set()
        with self.lock:
            pending = list(self.inflight)
            self.inflight.clear()
        for job, _ in pending:
            if not job.future.done():
                job.future.set_exception(AnalyserError(message))

    def send(self, job: _Job, sentences: Sequence[Sentence]) -> None:
        text = job.doc.text
        with self.lock:
            for s in sentences:
                self.inflight.append((job, s))
        for s in sentences:
            self.lines.put(" ".join(text[t.start : t.end] for t in s.tokens))

    def close(self) -> None:
        self.lines.put(None)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            # Frog has been seen to outlive SIGTERM; SIGKILL ends it.
            self.proc.kill()
            self.proc.wait()


class FrogAnalyser:
    """A pool of Frog processes behind the :class:`~claimgraph.analyse.base.Analyser` interface."""

    language = "nl"

    def __init__(self, processes: int = 2, skip: str = DEFAULT_SKIP) -> None:
        exe = shutil.which("frog")
        if exe is None:
            raise AnalyserError(
                "Frog is not installed: run `make setup` (or `apt-get install frog frogdata`)"
            )
        self.name = f"frog-{frog_version()}"
        self._exe, self._skip = exe, skip
        self._n = max(1, processes)
        self._procs: list[_FrogProcess] = []
        self._cycle: itertools.cycle[_FrogProcess] | None = None
        self._lock = threading.Lock()
        self._workdir: tempfile.TemporaryDirectory[str] | None = None

    def _start(self) -> None:
        """Start the processes on first use: a run with nothing to tag never pays Frog's start-up."""
        with self._lock:
            if self._procs:
                return
            self._workdir = tempfile.TemporaryDirectory(prefix="claimgraph-frog-")
            self._procs = [_FrogProcess(self._exe, self._skip, self.name, self._workdir.name)
                           for _ in range(self._n)]
            self._cycle = itertools.cycle(self._procs)
            for p in self._procs:
                p.ready.wait(timeout=300)
                if p.failed:
                    raise AnalyserError(f"Frog did not start: {p.failed}")

    def submit(self, doc: Document, sentences: Sequence[Sentence]) -> Future[None]:
        future: Future[None] = Future()
        todo = [s for s in sentences if s.tokens]
        if not todo:
            future.set_result(None)
            return future
        self._start()
        assert self._cycle is not None
        job = _Job(doc, todo, future)
        # Spread a document's sentences over the processes in contiguous chunks.
        n = len(self._procs)
        chunk = -(-len(todo) // n)
        for i in range(0, len(todo), chunk):
            proc = next(self._cycle)
            if proc.failed:
                raise AnalyserError(proc.failed)
            proc.send(job, todo[i : i + chunk])
        return future

    def close(self) -> None:
        for p in self._procs:
            p.close()
        self._procs = []
        if self._workdir is not None:
            self._workdir.cleanup()
            self._workdir = None
