"""The benchmark suite: generation speed and scale, client overhead, and peers.

Run with `make bench`; writes bench/results.json and bench/results.md. Every
figure is the median of fresh processes and every comparison is a ratio
measured in the same run. Timing belongs here, never in tests: a noisy machine
must not fail a build.

Environment: BENCH_RUNS (default 5) fresh processes per figure, BENCH_RUNS_LARGE
(default 3) for the 1,000-endpoint figures, BENCH_CALLS (default 2000) client
calls per round. Scratch files go to bench/work/ (ignored by git); peers are
installed there on first use.
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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import peers
from bench.synthetic import write_api
from bench.timing import (
    PYTHON,
    ROOT,
    BenchError,
    Stats,
    generator_env,
    measure,
    run_child,
    run_json,
)

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
RUNS_LARGE = int(os.environ.get("BENCH_RUNS_LARGE", "3"))
CALLS = int(os.environ.get("BENCH_CALLS", "2000"))
CLIENT_ROUNDS = 5
SAMPLE_ROUNDS = 3
SIZES = tuple(int(n) for n in os.environ.get("BENCH_SIZES", "10,100,1000").split(","))
"""Three sizes of the synthetic API; the largest is the one compared with openapi-python-client."""
SMALL, MIDDLE, LARGE = SIZES
LARGE_API = f"synth{LARGE}"
SPECS = ROOT / "specs"
WORK = ROOT / "bench" / "work"
GENERATE = [PYTHON, "-m", "generator", "generate"]


@dataclass
class Figure:
    """One row of the results table; `limit` is the goal (lower is better), if it has one."""

    key: str
    figure: str
    goal: str
    measured: float | None
    unit: str
    limit: float | None = None
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def met(self) -> bool | None:
        if self.limit is None or self.measured is None:
            return None
        return self.measured <= self.limit

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "figure": self.figure,
            "goal": self.goal,
            "limit": self.limit,
            "unit": self.unit,
            "measured": None if self.measured is None else round(self.measured, 4),
            "measured_over_goal": (
                None
                if self.limit is None or self.measured is None
                else round(self.measured / self.limit, 3)
            ),
            "met": self.met,
            "note": self.note,
            "details": self.details,
        }


def _cpu(stats: Stats) -> str:
    return f"CPU {stats.cpu:.2f} s"


def _fresh(folder: Path) -> Callable[[], None]:
    return lambda: shutil.rmtree(folder, ignore_errors=True)


def _not_measured(key: str, figure: str, goal: str, unit: str, why: str) -> Figure:
    return Figure(key, figure, goal, None, unit, note=f"not measured: {why}")


def generation(work: Path) -> list[Figure]:
    """The four project APIs: from scratch, unchanged, check, validate."""
    out = work / "out"
    env = generator_env(work / "cache")
    generate = [*GENERATE, "--specs", str(SPECS), "--out", str(out)]
    check = [PYTHON, "-m", "generator", "check", "--specs", str(SPECS), "--out", str(out)]
    validate = [PYTHON, "-m", "generator", "validate", "--specs", str(SPECS)]
    cold = measure([*generate, "--no-cache"], RUNS, before=_fresh(out))
    run_child(generate, env=env)  # fills the cache
    warm_scratch = measure(generate, RUNS, before=_fresh(out), env=env)
    unchanged = measure(generate, RUNS, env=env)
    checked = measure(check, RUNS, env=env)
    validated = measure(validate, RUNS, env=env)
    validated_cold = measure([*validate, "--no-cache"], RUNS)
    edited = _one_summary_edited(work, env)
    all_four = "all four APIs (189 endpoints)"
    return [
        Figure(
            "generate_from_scratch",
            f"`generate` from scratch, no cache, {all_four}",
            "< 3 s",
            cold.wall,
            "s",
            3.0,
            note=_cpu(cold),
            details=cold.as_json(),
        ),
        Figure(
            "generate_unchanged",
            "`generate` when nothing changed",
            "< 0.5 s",
            unchanged.wall,
            "s",
            0.5,
            note=_cpu(unchanged),
            details=unchanged.as_json(),
        ),
        Figure(
            "check",
            "`check`",
            "< 0.5 s",
            checked.wall,
            "s",
            0.5,
            note=_cpu(checked),
            details=checked.as_json(),
        ),
        Figure(
            "generate_into_empty_folder_cached",
            "`generate` into an empty folder, cache filled",
            "reported",
            warm_scratch.wall,
            "s",
            note=_cpu(warm_scratch),
            details=warm_scratch.as_json(),
        ),
        Figure(
            "generate_one_api_edited",
            "`generate` after one endpoint summary of PLYR changed, cache filled",
            "reported",
            edited.wall,
            "s",
            note=_cpu(edited),
            details=edited.as_json(),
        ),
        Figure(
            "validate_cached",
            "`validate`, cache filled",
            "reported",
            validated.wall,
            "s",
            note=_cpu(validated),
            details=validated.as_json(),
        ),
        Figure(
            "validate_uncached",
            "`validate --no-cache`",
            "reported",
            validated_cold.wall,
            "s",
            note=_cpu(validated_cold),
            details=validated_cold.as_json(),
        ),
    ]


def _one_summary_edited(work: Path, env: dict[str, str]) -> Stats:
    """A run after a one-line spec edit: a new run key, but the other files' cached parts."""
    specs = work / "specs-edited"
    shutil.copytree(SPECS, specs)
    out = work / "out-edited"
    generate = [*GENERATE, "--specs", str(specs), "--out", str(out)]
    run_child(generate, env=env)
    user = specs / "plyr" / "user.yaml"
    original = user.read_text()
    assert "    summary: Logout\n" in original
    edits = iter(range(1, RUNS + 1))

    def edit() -> None:
        user.write_text(
            original.replace("    summary: Logout\n", f"    summary: Logout {next(edits)}\n")
        )

    return measure(generate, RUNS, before=edit, env=env)


def _slope(points: dict[int, float]) -> float:
    """Least-squares seconds per endpoint."""
    xs, ys = list(points), list(points.values())
    mean_x, mean_y = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )


def scale(work: Path, specs: Path) -> tuple[list[Figure], Path]:
    """Synthetic APIs of 10, 100 and 1,000 endpoints, generated without a cache."""
    stats: dict[int, Stats] = {}
    for size in SIZES:
        out = work / f"synth-out-{size}"
        stats[size] = measure(
            [
                *GENERATE,
                "--no-cache",
                "--specs",
                str(specs),
                "--api",
                f"synth{size}",
                "--out",
                str(out),
            ],
            RUNS if size < LARGE else RUNS_LARGE,
            before=_fresh(out),
        )
    walls = {size: s.wall for size, s in stats.items()}
    slope = _slope(walls)
    low = (walls[MIDDLE] - walls[SMALL]) / (MIDDLE - SMALL)
    high = (walls[LARGE] - walls[MIDDLE]) / (LARGE - MIDDLE)
    largest = stats[LARGE]
    out = work / f"synth-out-{LARGE}"
    env = generator_env(work / "cache-synth")
    generate = [*GENERATE, "--specs", str(specs), "--api", LARGE_API, "--out", str(out)]
    run_child(generate, env=env)  # fills the cache
    unchanged = measure(generate, RUNS_LARGE, env=env)
    details = {str(size): s.as_json() for size, s in stats.items()}
    figures = [
        Figure(
            "synthetic_1000",
            f"synthetic API of {LARGE:,} endpoints, `generate` without cache",
            "< 15 s",
            largest.wall,
            "s",
            15.0,
            note=_cpu(largest),
            details=details,
        ),
        Figure(
            "synthetic_slope",
            f"seconds per endpoint (least squares over {SMALL}, {MIDDLE}, {LARGE:,})",
            "reported; linear",
            slope,
            "s/endpoint",
            note=(
                f"per endpoint {low * 1000:.1f} ms from {SMALL} to {MIDDLE} and "
                f"{high * 1000:.1f} ms from {MIDDLE} to {LARGE:,} "
                f"({'linear' if high <= 1.25 * low else 'faster than linear'}); "
                f"CPU {_slope({k: s.cpu for k, s in stats.items()}) * 1000:.1f} ms/endpoint"
            ),
            details={"ms_per_endpoint_low": low * 1000, "ms_per_endpoint_high": high * 1000},
        ),
        Figure(
            "synthetic_1000_peak_memory",
            f"peak memory (RSS) of `generate`, {LARGE:,} endpoints",
            "reported",
            largest.max_rss_mb,
            "MB",
        ),
        Figure(
            "synthetic_1000_unchanged",
            f"`generate` of {LARGE:,} endpoints when nothing changed",
            "reported",
            unchanged.wall,
            "s",
            note=_cpu(unchanged),
            details=unchanged.as_json(),
        ),
    ]
    return figures, out / "openapi" / f"{LARGE_API}.yaml"


def openapi_peer(work: Path, specs: Path, export: Path, ours_full: float | None) -> list[Figure]:
    """openapi-python-client on our OpenAPI export of the largest synthetic API."""
    key, figure = (
        "vs_openapi_python_client",
        (
            f"Python client of {LARGE:,} endpoints: ours / openapi-python-client "
            f"{peers.OPENAPI_PYTHON_CLIENT}"
        ),
    )
    if not (ROOT / "generator" / "targets" / "openapi" / "__init__.py").exists():
        return [_not_measured(key, figure, "<= 0.5", "ratio", "no OpenAPI target yet")]
    if not export.exists():
        return [_not_measured(key, figure, "<= 0.5", "ratio", f"no export at {export}")]
    executable = peers.openapi_python_client()
    theirs_out = work / "opc-out"
    theirs = measure(
        [
            str(executable),
            "generate",
            "--path",
            str(export),
            "--output-path",
            str(theirs_out),
            "--overwrite",
        ],
        RUNS_LARGE,
        before=_fresh(theirs_out),
        cwd=work,
        env=peers.openapi_python_client_env(executable),
    )
    ours_out = work / "ours-client"
    ours = measure(
        [PYTHON, "-m", "bench.python_client", str(specs), LARGE_API, str(ours_out)],
        RUNS_LARGE,
        before=_fresh(ours_out),
    )
    warnings = theirs.output.count("Warning")
    details = {
        "ours_python_client_only": ours.as_json(),
        "theirs": theirs.as_json(),
        "their_warnings": warnings,
        "their_python_files": sum(1 for _ in theirs_out.rglob("*.py")),
        "our_python_files": sum(1 for _ in ours_out.rglob("*.py")),
    }
    full = ""
    if ours_full is not None:
        details["ours_full_generate_s"] = ours_full
        full = f"; our whole `generate` (clients, samples, docs, OpenAPI) / theirs = {ours_full / theirs.wall:.2f}"
    return [
        Figure(
            key,
            figure,
            "<= 0.5",
            ours.wall / theirs.wall,
            "ratio",
            0.5,
            note=f"ours {ours.wall:.2f} s, theirs {theirs.wall:.2f} s{full}",
            details=details,
        )
    ]


def snippets(work: Path) -> list[Figure]:
    """Our samples vs httpsnippet, per sample, on the requests of our samples."""
    key = "vs_httpsnippet"
    figure = f"time per sample: ours / httpsnippet {peers.HTTPSNIPPET}"
    if not (ROOT / "generator" / "targets" / "samples").is_dir():
        return [_not_measured(key, figure, "<= 1", "ratio", "no samples target yet")]
    folder = peers.httpsnippet()
    cases = work / "har-cases.json"
    ours_runs, theirs_runs = [], []
    for _ in range(RUNS_LARGE):
        ours_runs.append(
            run_json(
                [PYTHON, "-m", "bench.samples_timing", str(SPECS), str(cases), str(SAMPLE_ROUNDS)]
            )
        )
        theirs_runs.append(
            run_json(
                [
                    "node",
                    str(ROOT / "bench" / "httpsnippet_bench.js"),
                    str(folder),
                    str(cases),
                    str(SAMPLE_ROUNDS),
                ]
            )
        )
    ours = statistics.median(r["per_sample_s"] for r in ours_runs)
    theirs = statistics.median(r["per_sample_s"] for r in theirs_runs)
    ours_each = statistics.median(r["per_sample_each_s"] for r in ours_runs)
    theirs_each = statistics.median(r["per_sample_each_s"] for r in theirs_runs)
    languages = sorted(ours_runs[0]["per_language_s"])
    per_language = {
        lang: {
            "ours_us": statistics.median(r["per_language_s"][lang] for r in ours_runs) * 1e6,
            "theirs_us": statistics.median(r["per_language_s"][lang] for r in theirs_runs) * 1e6,
            "samples": ours_runs[0]["counts"][lang],
        }
        for lang in languages
    }
    return [
        Figure(
            key,
            figure,
            "<= 1",
            ours / theirs,
            "ratio",
            1.0,
            note=(
                f"ours {ours * 1e6:.0f} µs, theirs {theirs * 1e6:.0f} µs per sample, one request "
                f"read per endpoint; each sample from scratch: ours {ours_each * 1e6:.0f} µs, "
                f"theirs {theirs_each * 1e6:.0f} µs; {ours_runs[0]['samples']} raw-HTTP "
                "samples of 16 languages"
            ),
            details={
                "ours_each_us": ours_each * 1e6,
                "theirs_each_us": theirs_each * 1e6,
                "per_language_each": per_language,
                "node": theirs_runs[0]["node"],
            },
        )
    ]


def _logout_request() -> tuple[dict[str, Any], bytes]:
    """PLYR `user.logout`: its canonical request and the body of its success answer."""
    from generator.pipeline import load_apis

    (api,) = load_apis(SPECS, ("plyr",))
    endpoint = next(e for e in api.endpoints if e.id == "user.logout")
    example = endpoint.example
    assert example is not None and example.body is not None
    request = {
        "method": example.method,
        "path": example.url.removeprefix(endpoint.base_url),
        "headers": [list(pair) for pair in example.headers],
        "body": example.body,
        "session_jwt": json.loads(example.body)["sessionJwt"],
    }
    body = json.dumps(endpoint.success.example, separators=(",", ":")).encode()
    return request, body


def clients(work: Path) -> list[Figure]:
    """The generated PLYR client against plain httpx on a loopback server; import time."""
    out = work / "clients"
    shutil.rmtree(out, ignore_errors=True)
    run_child([*GENERATE, "--no-cache", "--specs", str(SPECS), "--api", "plyr", "--out", str(out)])
    env = dict(os.environ, PYTHONPATH=str(out / "python" / "plyr" / "src"))
    request, body = _logout_request()
    (work / "request.json").write_text(json.dumps(request))
    (work / "answer.json").write_bytes(body)
    server = subprocess.Popen(
        [PYTHON, "-m", "bench.loopback", str(work / "answer.json")],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    figures = []
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        for mode, plain in (("sync", "httpx.Client"), ("async", "httpx.AsyncClient")):
            ratios, per_call = [], []
            for _ in range(RUNS_LARGE):
                times = run_json(
                    [
                        PYTHON,
                        "-m",
                        "bench.client_overhead",
                        mode,
                        url,
                        str(work / "request.json"),
                        str(CALLS),
                        str(CLIENT_ROUNDS),
                    ],
                    env=env,
                )
                client, bare = statistics.median(times["client"]), statistics.median(times["plain"])
                ratios.append(client / bare)
                per_call.append((client / CALLS * 1e6, bare / CALLS * 1e6))
            ratio = statistics.median(ratios)
            ours_us = statistics.median(c for c, _ in per_call)
            plain_us = statistics.median(b for _, b in per_call)
            figures.append(
                Figure(
                    f"client_{mode}_overhead",
                    f"{CALLS:,} calls, generated {mode} client / plain {plain}",
                    "<= 1.15",
                    ratio,
                    "ratio",
                    1.15,
                    note=f"{ours_us:.0f} µs vs {plain_us:.0f} µs per call (PLYR `user.logout`, signed)",
                    details={"ratios": ratios, "per_call_us": per_call},
                )
            )
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=30)
    timer = (
        "import time; t, c = time.perf_counter(), time.process_time(); import {}; "
        "print([time.perf_counter() - t, time.process_time() - c])"
    )
    imports = [run_json([PYTHON, "-c", timer.format("plyr_client")], env=env) for _ in range(RUNS)]
    httpx_alone = [run_json([PYTHON, "-c", timer.format("httpx")], env=env) for _ in range(RUNS)]
    wall = statistics.median(w for w, _ in imports) * 1000
    cpu = statistics.median(c for _, c in imports) * 1000
    httpx_ms = statistics.median(w for w, _ in httpx_alone) * 1000
    figures.append(
        Figure(
            "import_plyr_client",
            "`import plyr_client` in a fresh process",
            "< 150 ms",
            wall,
            "ms",
            150.0,
            note=f"CPU {cpu:.0f} ms; `import httpx` alone: {httpx_ms:.0f} ms",
            details={"wall_cpu_ms": [[w * 1000, c * 1000] for w, c in imports]},
        )
    )
    return figures


def where_the_time_goes(specs: Path) -> dict[str, Any]:
    return {
        "all four APIs": run_json([PYTHON, "-m", "bench.profile", str(SPECS)]),
        f"synthetic, {MIDDLE} endpoints": run_json(
            [PYTHON, "-m", "bench.profile", str(specs), f"synth{MIDDLE}"]
        ),
    }


def _peer(measure_peer: Callable[[], list[Figure]], key: str) -> list[Figure]:
    """A peer that cannot be installed or run is reported, not fatal."""
    try:
        return measure_peer()
    except (BenchError, subprocess.SubprocessError, OSError) as failure:
        return [_not_measured(key, key.replace("_", " "), "—", "ratio", str(failure)[:300])]


def _cell(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s/endpoint":
        return f"{value * 1000:.1f} ms/endpoint"
    if unit == "ratio":
        return f"{value:.2f}"
    if unit in ("ms", "MB"):
        return f"{value:.0f} {unit}"
    return f"{value:.2f} {unit}"


def markdown(figures: list[Figure], profile: dict[str, Any], machine: str) -> str:
    lines = [
        f"Measured on {machine}; medians of fresh processes.",
        "",
        "| figure | goal | measured | measured / goal | met? |",
        "|---|---|---|---|---|",
    ]
    for f in figures:
        over = "" if f.limit is None or f.measured is None else f"{f.measured / f.limit:.2f}"
        met = {True: "yes", False: "**no**", None: "—"}[f.met]
        measured = _cell(f.measured, f.unit) + (f" ({f.note})" if f.note else "")
        lines.append(f"| {f.figure} | {f.goal} | {measured} | {over} | {met} |")
    for title, run in profile.items():
        total = run["total_cpu_s"]
        lines += [
            "",
            f"Where the time goes, one uncached `generate`, {title} "
            f"({run['endpoints']} endpoints, {run['files']} files), CPU seconds:",
            "",
            "| phase | CPU s | share |",
            "|---|---|---|",
        ]
        phases = sorted(run["phases"].items(), key=lambda item: item[0].startswith("of which"))
        for name, phase in phases:
            lines.append(f"| {name} | {phase['cpu_s']:.2f} | {phase['cpu_s'] / total:.0%} |")
        lines.append(f"| total | {total:.2f} | 100% |")
    return "\n".join(lines) + "\n"


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=WORK))
    started = time.time()
    load_before = os.getloadavg()
    figures: list[Figure] = []
    profile: dict[str, Any] = {}
    try:
        specs = work / "synth"
        for size in SIZES:
            write_api(specs, size)
        figures += generation(work)
        scaled, export = scale(work, specs)
        figures += scaled
        figures += _peer(
            lambda: openapi_peer(work, specs, export, scaled[0].measured),
            "vs_openapi_python_client",
        )
        figures += _peer(lambda: snippets(work), "vs_httpsnippet")
        figures += clients(work)
        profile = where_the_time_goes(specs)
    except BenchError as failure:
        print(f"bench failed: {failure}", file=sys.stderr)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    results = {
        "machine": machine,
        "runs_per_figure": RUNS,
        "runs_per_large_figure": RUNS_LARGE,
        "load_average_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "bench_seconds": round(time.time() - started),
        "peers": {
            "openapi-python-client": peers.OPENAPI_PYTHON_CLIENT,
            "httpsnippet": peers.HTTPSNIPPET,
        },
        "figures": [f.as_json() for f in figures],
        "where_the_time_goes": profile,
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    table = markdown(figures, profile, machine)
    (ROOT / "bench" / "results.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()
