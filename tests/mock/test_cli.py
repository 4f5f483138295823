"""`python -m generator mock API` serves until Ctrl-C; bad arguments exit 2."""

from __future__ import annotations

import queue
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import httpx
from click.testing import CliRunner
from nacl.signing import SigningKey

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = "07" * 32


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Lines:
    """A process's stdout lines, read by a daemon thread so each wait can be bounded."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._lines: queue.Queue[str] = queue.Queue()
        assert process.stdout is not None
        threading.Thread(target=self._pump, args=(process.stdout,), daemon=True).start()

    def _pump(self, stdout: IO[str]) -> None:
        for line in stdout:
            self._lines.put(line)

    def next(self, timeout: float) -> str:
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no output within {timeout} s") from None


def test_the_mock_command_serves_the_api_until_interrupted() -> None:
    port = _free_port()
    command = [sys.executable, "-m", "generator", "mock", "libreauth", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--specs", str(ROOT / "specs"), "--signing-seed", SEED],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = _Lines(process)
    try:
        assert lines.next(60) == f"Serving LibreAuth Client API on http://127.0.0.1:{port}\n"
        public_key = SigningKey(bytes.fromhex(SEED)).verify_key.encode().hex()
        assert lines.next(10) == f"Response signing public key: {public_key}\n"
        info = httpx.get(f"http://127.0.0.1:{port}/__mock__/info", timeout=10)
        assert info.json() == {"api": "libreauth", "public_key": public_key}
        health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=10)
        assert health.json() == {"status": "ok"}
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert process.returncode == 0
    assert lines.next(10) == "Stopped.\n"
    assert process.stderr is not None
    with process.stderr:
        assert process.stderr.read() == ""


def test_an_unknown_api_exits_2_and_names_the_known_ones() -> None:
    result = CliRunner().invoke(main, ["mock", "nope", "--specs", str(ROOT / "specs")])
    assert result.exit_code == 2
    assert (
        f"error: no API named 'nope' in {ROOT / 'specs'}; known: libreauth, neptun, plyr, xerial"
        in (result.output)
    )


def test_a_bad_signing_seed_exits_2() -> None:
    args = ["mock", "libreauth", "--specs", str(ROOT / "specs"), "--signing-seed", "abcd"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "the signing seed must be 32 bytes (64 hex digits), got 2" in result.output
