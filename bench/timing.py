"""Fresh-process measurements: wall time, CPU time and peak memory of one child."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CHILD_TIMEOUT = 1800


class BenchError(Exception):
    """A child failed: the bench reports the figure as not measured, with this message."""


@dataclass(frozen=True)
class Sample:
    wall: float
    cpu: float
    """User plus system time of the child."""
    max_rss_mb: float
    output: str
    """The end of what the child printed (stdout and stderr)."""


@dataclass(frozen=True)
class Stats:
    """Medians over fresh processes (peak memory: the largest)."""

    wall: float
    cpu: float
    max_rss_mb: float
    runs: int
    walls: tuple[float, ...]
    output: str
    """What the last child printed."""

    def as_json(self) -> dict[str, Any]:
        return {
            "wall_s": round(self.wall, 4),
            "cpu_s": round(self.cpu, 4),
            "peak_rss_mb": round(self.max_rss_mb, 1),
            "runs": self.runs,
            "walls_s": [round(w, 4) for w in self.walls],
        }


def run_child(
    args: Sequence[str], *, cwd: Path = ROOT, env: Mapping[str, str] | None = None
) -> Sample:
    """Run one child to its end; `os.wait4` gives this child's own CPU time and peak RSS."""
    with tempfile.TemporaryFile() as printed:
        started = time.perf_counter()
        child = subprocess.Popen(
            list(args),
            cwd=cwd,
            env=None if env is None else dict(env),
            stdout=printed,
            stderr=subprocess.STDOUT,
        )
        watchdog = threading.Timer(CHILD_TIMEOUT, child.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            watchdog.cancel()
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        printed.seek(0)
        output = printed.read().decode("utf-8", "replace")[-4000:]
    if child.returncode != 0:
        raise BenchError(f"{' '.join(map(str, args))} exited {child.returncode}: {output}")
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def measure(
    args: Sequence[str],
    runs: int,
    *,
    before: Callable[[], None] | None = None,
    cwd: Path = ROOT,
    env: Mapping[str, str] | None = None,
) -> Stats:
    """`runs` fresh children of `args`, `before()` ahead of each (not timed)."""
    samples = []
    for _ in range(runs):
        if before is not None:
            before()
        samples.append(run_child(args, cwd=cwd, env=env))
    return Stats(
        wall=statistics.median(s.wall for s in samples),
        cpu=statistics.median(s.cpu for s in samples),
        max_rss_mb=max(s.max_rss_mb for s in samples),
        runs=runs,
        walls=tuple(s.wall for s in samples),
        output=samples[-1].output,
    )


def run_json(args: Sequence[str], *, cwd: Path = ROOT, env: Mapping[str, str] | None = None) -> Any:
    """Run a child that prints one JSON document as its last line of output."""
    done = subprocess.run(
        list(args),
        cwd=cwd,
        env=None if env is None else dict(env),
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
    )
    if done.returncode != 0:
        raise BenchError(
            f"{' '.join(map(str, args))} exited {done.returncode}: {done.stderr[-2000:]}"
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def generator_env(cache_dir: Path | None = None) -> dict[str, str]:
    """The environment of a generator child; `cache_dir` pins where its cache lives."""
    env = dict(os.environ)
    env.pop("APIGEN_CACHE_DIR", None)
    if cache_dir is not None:
        env["APIGEN_CACHE_DIR"] = str(cache_dir)
    return env
