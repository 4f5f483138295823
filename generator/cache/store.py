"""The cache on disk: one file per entry, written whole or not at all.

An entry is written to a temporary file in its folder and renamed into place,
so a concurrent run sees either the whole entry or none. Anything unreadable
(a missing, truncated or foreign file) is a miss; a failure to write is
ignored, because the cache only ever saves time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from pathlib import Path
from typing import Any, cast

from generator.cache.fingerprint import feed, fingerprint

FOLDER = ".apigen-cache"
ENV = "APIGEN_CACHE_DIR"
MAGIC = b"apigen-cache-entry-1\n"

KEEP = {"run": 4, "black": 4000, "yaml": 2000}
"""Entries kept per kind, most recently used first; a run entry holds a whole output tree."""

_ACTIVE: ContextVar[Cache | None] = ContextVar("apigen_cache", default=None)


def cache_dir(beside: Path) -> Path:
    """`$APIGEN_CACHE_DIR`, else `.apigen-cache/` in the folder that holds `beside`."""
    configured = os.environ.get(ENV)
    return Path(configured) if configured else beside.resolve().parent / FOLDER


class Cache:
    """Entries by kind and key; values are what `marshal` stores (plain data only)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.hits: Counter[str] = Counter()
        self.misses: Counter[str] = Counter()
        self._pruned: set[str] = set()

    def key(self, kind: str, *parts: bytes) -> str:
        digest = hashlib.sha256()
        feed(digest, fingerprint(), kind.encode(), *parts)
        return digest.hexdigest()

    def load(self, kind: str, key: str) -> object | None:
        path = self.root / kind / key
        try:
            raw = path.read_bytes()
            value = marshal.loads(memoryview(raw)[len(MAGIC) :]) if raw.startswith(MAGIC) else None
        except (OSError, EOFError, ValueError, TypeError):
            value = None
        if value is None:
            self.misses[kind] += 1
            return None
        self.hits[kind] += 1
        with suppress(OSError):
            os.utime(path)  # most recently used: kept longest
        return cast(object, value)

    def save(self, kind: str, key: str, value: Any) -> None:
        folder = self.root / kind
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._mark(self.root)
            fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(MAGIC)
                file.write(marshal.dumps(value))
            os.replace(temporary, folder / key)
        except (OSError, ValueError):
            Path(temporary).unlink(missing_ok=True)
            return
        self._prune(kind)

    def _mark(self, root: Path) -> None:
        """Keep the folder out of version control and backups, wherever it is."""
        ignore = root / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# Created by apigen: a cache, safe to delete.\n*\n")
            (root / "CACHEDIR.TAG").write_text(
                "Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by apigen.\n"
            )

    def _prune(self, kind: str) -> None:
        """Drop the least recently used entries past KEEP (once per process and kind)."""
        if kind in self._pruned and kind != "run":
            return
        self._pruned.add(kind)
        entries = []
        try:
            for path in (self.root / kind).iterdir():
                entries.append((path.stat().st_mtime_ns, path))
        except OSError:  # another run pruned at the same time
            return
        entries.sort(reverse=True)
        for _, path in entries[KEEP.get(kind, 1000) :]:
            with suppress(OSError):
                path.unlink(missing_ok=True)


def current() -> Cache | None:
    """The cache of the run in progress, if any (see `using`)."""
    return _ACTIVE.get()


@contextmanager
def using(cache: Cache | None) -> Iterator[None]:
    """Let the YAML reader and the formatter use `cache` while the block runs."""
    token = _ACTIVE.set(cache)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def memo_text(kind: str, text: str, compute: Callable[[], str]) -> str:
    """`compute()`, or its earlier result for the same `text` from the current cache."""
    cache = current()
    if cache is None:
        return compute()
    key = cache.key(kind, text.encode("utf-8"))
    found = cache.load(kind, key)
    if isinstance(found, str):
        return found
    value = compute()
    cache.save(kind, key, value)
    return value
