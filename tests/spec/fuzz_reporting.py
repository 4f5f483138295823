"""Prints how many fuzzed spec inputs ran (and failed: a failure stops its test) at the end of a run."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import ROOT

FOLDER = ROOT / "build" / "fuzz"


def pytest_sessionstart(session: pytest.Session) -> None:
    if not hasattr(session.config, "workerinput"):
        shutil.rmtree(FOLDER, ignore_errors=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if hasattr(terminalreporter.config, "workerinput") or not FOLDER.is_dir():
        return
    totals: dict[str, int] = {}
    for path in sorted(FOLDER.glob("*.json")):
        for kind, tried in json.loads(path.read_text()).items():
            totals[kind] = totals.get(kind, 0) + tried
    if not totals:
        return
    failed = terminalreporter.stats.get("failed", [])
    fuzz_failures = sum(1 for r in failed if "test_fuzz_loader" in r.nodeid)
    terminalreporter.section("spec loader fuzzing")
    for kind, tried in sorted(totals.items()):
        terminalreporter.write_line(f"{kind}: {tried} inputs passed")
    terminalreporter.write_line(f"failures found: {fuzz_failures}")
