"""The tools we compare with, each installed at an exact version under bench/work/peers/.

openapi-python-client gets its own virtual environment (with its bin folder on
PATH when it runs, so its ruff post-hooks format the output as they do for its
users); httpsnippet is installed with npm into its own folder. Both are
installed on first use and reused afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.timing import ROOT, BenchError

OPENAPI_PYTHON_CLIENT = "0.29.1"
HTTPSNIPPET = "3.0.10"

PEERS = ROOT / "bench" / "work" / "peers"
INSTALL_TIMEOUT = 900


def _install(args: list[str], cwd: Path) -> None:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
    if done.returncode != 0:
        raise BenchError(f"{' '.join(args)} failed: {done.stderr[-2000:]}")


def openapi_python_client() -> Path:
    """The `openapi-python-client` executable, installed if needed."""
    venv = PEERS / f"openapi-python-client-{OPENAPI_PYTHON_CLIENT}"
    executable = venv / "bin" / "openapi-python-client"
    if not executable.exists():
        PEERS.mkdir(parents=True, exist_ok=True)
        _install([sys.executable, "-m", "venv", str(venv)], PEERS)
        _install(
            [
                str(venv / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                f"openapi-python-client=={OPENAPI_PYTHON_CLIENT}",
            ],
            PEERS,
        )
    version = subprocess.run(
        [str(executable), "--version"], capture_output=True, text=True, timeout=120
    ).stdout
    if OPENAPI_PYTHON_CLIENT not in version:
        raise BenchError(f"expected openapi-python-client {OPENAPI_PYTHON_CLIENT}, got {version!r}")
    return executable


def openapi_python_client_env(executable: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{executable.parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def httpsnippet() -> Path:
    """The folder whose node_modules holds httpsnippet, installed if needed."""
    folder = PEERS / f"httpsnippet-{HTTPSNIPPET}"
    manifest = folder / "node_modules" / "httpsnippet" / "package.json"
    if not manifest.exists():
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "package.json").write_text('{"private": true}\n')
        _install(
            [
                "npm",
                "install",
                "--no-audit",
                "--no-fund",
                "--save-exact",
                f"httpsnippet@{HTTPSNIPPET}",
            ],
            folder,
        )
    version = json.loads(manifest.read_text())["version"]
    if version != HTTPSNIPPET:
        raise BenchError(f"expected httpsnippet {HTTPSNIPPET}, got {version}")
    return folder
