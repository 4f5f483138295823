"""Run one checked sample against a mock server and return what the server received."""

from __future__ import annotations

from typing import Any

from generator.mock import MockServer
from tests.samples.procs import Completed, run
from tests.samples.toolchains import Checked

RUN_TIMEOUT = 180
"""Seconds a sample may take: one request to 127.0.0.1 and a JVM or Mono start, on a busy machine."""


def send(checked: Checked, mock: MockServer) -> tuple[Completed, list[dict[str, Any]]]:
    assert checked.run is not None, "this sample has no run command"
    mock.clear()
    done = run(checked.run, cwd=checked.cwd, timeout=RUN_TIMEOUT)
    return done, mock.requests


def explain(done: Completed, received: list[dict[str, Any]]) -> str:
    """What a failing run printed and sent, for the assertion message."""
    return f"{done.describe()}\nreceived: {received!r}"
