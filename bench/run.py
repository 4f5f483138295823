"""Benchmarks of the generator, each figure the median of fresh processes.

Run with `make bench`; writes bench/results.json and bench/results.md. Timing
belongs here, never in tests: a noisy machine must not fail a build.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def _time(args: list[str], before: list[str] | None = None) -> float:
    """Median wall time of `python -m generator ARGS` in a fresh process."""
    samples = []
    for _ in range(RUNS):
        if before:
            subprocess.run(
                [sys.executable, "-m", "generator", *before],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "generator", *args], cwd=ROOT, check=True, capture_output=True
        )
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="apigen-bench-"))
    try:
        scratch = work / "scratch"

        def from_scratch() -> float:
            samples = []
            for _ in range(RUNS):
                shutil.rmtree(scratch, ignore_errors=True)
                started = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "generator", "generate", "--out", str(scratch)],
                    cwd=ROOT,
                    check=True,
                    capture_output=True,
                )
                samples.append(time.perf_counter() - started)
            return statistics.median(samples)

        figures = {
            "generate_from_scratch_s": from_scratch(),
            "generate_unchanged_s": _time(["generate", "--out", str(scratch)]),
            "check_s": _time(["check", "--out", str(scratch)]),
            "validate_s": _time(["validate"]),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results = {
        "runs_per_figure": RUNS,
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "figures": {k: round(v, 3) for k, v in figures.items()},
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    table = ["| figure | median (s) |", "|---|---|"]
    table += [
        f"| {k.removesuffix('_s').replace('_', ' ')} | {v:.3f} |"
        for k, v in results["figures"].items()
    ]
    (ROOT / "bench" / "results.md").write_text("\n".join(table) + "\n")
    print("\n".join(table))


if __name__ == "__main__":
    main()
