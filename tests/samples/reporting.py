"""Pytest hooks that add up the samples facts and print the report at the end of the run.

Registered by the root `tests/conftest.py` (`pytest_plugins`): under xdist the
controller never imports `tests/samples/conftest.py`, but it is the one that
receives every test's report and prints the summary.
"""

from __future__ import annotations

import pytest

from tests.samples.report import REPORT, Tally

_TALLY = Tally()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _TALLY.add(report.user_properties, report.outcome)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _TALLY:
        return
    text = _TALLY.markdown()
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(text, "utf-8")
    terminalreporter.section("docs samples: languages x (checked, ran, passed)")
    terminalreporter.write(text)
    terminalreporter.write_line(f"(written to {REPORT.relative_to(REPORT.parents[1])})")
