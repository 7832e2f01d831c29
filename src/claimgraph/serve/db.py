"""The web app's one way into the store: reads on a few reader threads, each with its own Store.

A :class:`~claimgraph.store.Store` wraps one connection and is not thread-safe (SQLite even
refuses a connection from another thread), so, as Datasette does, each reader thread opens its
own store on first use and keeps it; request handlers hand a function to :meth:`Database.read`
and await its result without blocking the event loop. Writes never come through here: the job
worker (:mod:`.jobs`) is the one writer and has a store of its own.

Results that cost a full pass over the store (reconciliation) are cached against the store's
*version*: its document count and latest ``added_at``, which change with every saved document
because stored documents are never updated.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from claimgraph.store import Store, StoreError, open_store

LOGGER = logging.getLogger(__name__)

T = TypeVar("T")
_STOP = object()


class Database:
    """A pool of reader threads over one store URL."""

    def __init__(self, url: str, *, readers: int = 4) -> None:
        self.url = url
        self._tasks: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._reader, name=f"claimgraph-reader-{i}", daemon=True)
            for i in range(max(1, readers))
        ]
        for t in self._threads:
            t.start()
        self._cache: dict[str, tuple[Any, Any]] = {}
        self._cache_lock = threading.Lock()

    def _reader(self) -> None:
        store: Store | None = None
        try:
            while True:
                task = self._tasks.get()
                if task is _STOP:
                    return
                fn, args, fut = task
                if not fut.set_running_or_notify_cancel():
                    continue
                try:
                    if store is None:
                        store = open_store(self.url)
                    fut.set_result(fn(store, *args))
                except StoreError as e:
                    # The connection may be gone (a restarted server): open a fresh one next time.
                    if store is not None:
                        store.close()
                        store = None
                    fut.set_exception(e)
                except BaseException as e:
                    fut.set_exception(e)
        finally:
            if store is not None:
                store.close()

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``fn(store, *args)`` on a reader thread."""
        fut: Future[T] = Future()
        self._tasks.put((fn, args, fut))
        return fut

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        """Await ``fn(store, *args)`` run on a reader thread."""
        return await asyncio.wrap_future(self.submit(fn, *args))

    def read_sync(self, fn: Callable[..., T], *args: Any) -> T:
        return self.submit(fn, *args).result()

    def cached(self, store: Store, name: str, compute: Callable[[Store], T]) -> T:
        """``compute(store)``, reused until a document is added (called on a reader thread)."""
        version = store_version(store)
        with self._cache_lock:
            hit = self._cache.get(name)
        if hit is not None and hit[0] == version:
            return hit[1]  # type: ignore[no-any-return]
        value = compute(store)
        with self._cache_lock:
            self._cache[name] = (version, value)
        return value

    def close(self) -> None:
        for _ in self._threads:
            self._tasks.put(_STOP)
        for t in self._threads:
            t.join(timeout=10)


def store_version(store: Store) -> tuple[int, str]:
    """Changes whenever a document is stored (documents are never updated in place)."""
    n, latest = store.query("SELECT count(*), max(added_at) FROM documents")[0]
    return int(n), latest or ""
