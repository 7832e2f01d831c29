"""A progress line on stderr for long runs: documents done, failures, words per second.

Shown only on a terminal (a CI log or a pipe gets the summary alone), and only once a run has
lasted long enough to need it, so short runs stay quiet.
"""

from __future__ import annotations

import sys
import time

from rich.console import Console
from rich.progress import Progress as RichProgress
from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

_SHOW_AFTER_S = 1.0


class Progress:
    def __init__(self, *, enabled: bool = True, total: int | None = None) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.total = total
        self.done = self.failed = self.words = 0
        self.start = time.perf_counter()
        self._bar: RichProgress | None = None
        self._task = None

    def _line(self) -> str:
        secs = max(time.perf_counter() - self.start, 1e-9)
        fail = f", {self.failed} failed" if self.failed else ""
        return f"{self.done} documents{fail}, {self.words / secs:,.0f} words/s"

    def _refresh(self) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            if time.perf_counter() - self.start < _SHOW_AFTER_S:
                return
            self._bar = RichProgress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                     console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task(self._line(), total=self.total)
        assert self._task is not None
        self._bar.update(self._task, description=self._line(), completed=self.done)

    def advance(self, words: int) -> None:
        self.done += 1
        self.words += words
        self._refresh()

    def fail(self) -> None:
        self.failed += 1
        self._refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
