"""Child processes for the sample checks: bounded in time, quiet, and the same env everywhere."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

WORKERS = 2
"""Parallel children per batch: the machines this runs on have two cores."""

_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY")


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The caller's environment without proxies (samples talk to 127.0.0.1), UTF-8 locale."""
    env = {k: v for k, v in os.environ.items() if k not in _PROXY_VARIABLES}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    env.setdefault("HOME", str(Path.home()))
    env.update(extra or {})
    return env


@dataclass(frozen=True)
class Completed:
    argv: tuple[str, ...]
    code: int
    """The exit status; -1 when the child ran past its time limit."""
    out: str
    """stdout and stderr, interleaved as the child wrote them."""

    @property
    def ok(self) -> bool:
        return self.code == 0

    def describe(self) -> str:
        status = "timed out" if self.code == -1 else f"exit {self.code}"
        return f"$ {' '.join(self.argv)}  ({status})\n{self.out}"


def run(
    argv: Sequence[str | Path],
    *,
    cwd: Path | None = None,
    timeout: float = 120,
    env: dict[str, str] | None = None,
) -> Completed:
    """Run a child to the end (or its time limit) with no stdin."""
    args = tuple(str(a) for a in argv)
    try:
        done = subprocess.run(
            args,
            cwd=cwd,
            env=env or environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        out = expired.stdout or b""
        return Completed(args, -1, out.decode("utf-8", "replace"))
    return Completed(args, done.returncode, done.stdout.decode("utf-8", "replace"))


def parallel(function: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """`function` over `items` on WORKERS threads (each mostly waits on a child), in order."""
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(function, items))
