"""A small LRU cache of query results, dropped whenever the store file changes.

Statistics over a large store are full scans (hundreds of ms on 200k
events), while the web UI asks for the same few filter sets again and again.
Results are keyed by the filter values and kept until the SQLite file or
its write-ahead log changes (size or mtime), so a write through POST
/api/articles or `marsad ingest` is visible on the next request.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def store_signature(path: Path) -> tuple[int, ...]:
    """Size and mtime of the database and its WAL file: changes with every committed write."""
    out: list[int] = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(f"{path}{suffix}")
            out += [st.st_size, st.st_mtime_ns]
        except FileNotFoundError:
            out += [-1, -1]
    return tuple(out)


def query_key(kind: str, query: Any) -> Hashable:
    """A hashable key for a dataclass query (EventQuery) plus what is asked of it."""
    return (kind, tuple(dataclasses.astuple(query)))


class QueryCache:
    """Thread-safe LRU; `size=0` disables caching (every call computes)."""

    def __init__(self, path: Path, size: int = 256) -> None:
        self.path = path
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._signature: tuple[int, ...] | None = None
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        if self.size <= 0:
            return compute()
        signature = store_signature(self.path)
        with self._lock:
            if signature != self._signature:
                self._items.clear()
                self._signature = signature
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()  # outside the lock: two threads may compute the same key once each
        with self._lock:
            if signature == self._signature:
                self._items[key] = value
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return value
