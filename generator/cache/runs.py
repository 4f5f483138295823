"""Whole runs: every output file, by the bytes of the API folders a run reads."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from generator.cache.fingerprint import feed
from generator.cache.store import Cache

KIND = "run"


RunEntry = tuple[dict[str, bytes], int, int]
"""Every output file, the number of APIs and the number of endpoints."""


def _folder_digest(folder: Path) -> bytes:
    """Every name in an API folder and the bytes of its files (what the loader may read)."""
    digest = hashlib.sha256()
    for entry in sorted(folder.iterdir()):
        if entry.is_file():
            feed(digest, b"file", entry.name.encode(), entry.read_bytes())
        else:
            feed(digest, b"other", entry.name.encode())
    return digest.digest()


def run_key(
    cache: Cache, specs_dir: Path, only: Sequence[str], server_urls: Mapping[str, str]
) -> str | None:
    """The key of a run's inputs, or None when the folders cannot be read (the run will say why).

    API folders are listed as `spec.load.api_folders` does (not imported: a cache
    hit should not pay for importing the loader).
    """
    parts = [b"only", *(name.encode() for name in only), b"urls"]
    for api, url in sorted(server_urls.items()):
        parts += [api.encode(), url.encode()]
    try:
        folders = sorted(
            p for p in specs_dir.iterdir() if p.is_dir() and not p.name.startswith(".")
        )
        for folder in folders:
            parts.append(folder.name.encode())
            if not only or folder.name in only:
                parts.append(_folder_digest(folder))
    except OSError:
        return None
    return cache.key(KIND, *parts)


def load_run(cache: Cache, key: str) -> RunEntry | None:
    value = cache.load(KIND, key)
    if not (isinstance(value, tuple) and len(value) == 3):
        return None
    files, api_count, endpoint_count = value
    if not (
        isinstance(files, dict)
        and isinstance(api_count, int)
        and isinstance(endpoint_count, int)
        and all(isinstance(k, str) and isinstance(v, bytes) for k, v in files.items())
    ):
        return None
    return files, api_count, endpoint_count


def save_run(cache: Cache, key: str, entry: RunEntry) -> None:
    cache.save(KIND, key, entry)
