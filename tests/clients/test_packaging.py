"""Each client package as a user gets it: a wheel, installed into a fresh virtual environment."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.ir.model import Api
from generator.mock import MockServer
from tests.clients.conftest import API_NAMES
from tests.conftest import ROOT

SMOKE = """
import os, sys
import libreauth_client, plyr_client, neptun_client, xerial_client
client = xerial_client.Xerial()  # token and base URL from the environment
assert client.auth.logout(refresh_token="r") is None
assert client.global_wallets.get_user_wallet_info() is not None
print(sorted(m.__version__ for m in (libreauth_client, plyr_client, neptun_client, xerial_client)))
"""


def run(*command: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, timeout=600, **kwargs
    )


@pytest.fixture(scope="module")
def installed(
    apis: dict[str, Api], packages_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """A fresh venv with the four wheels (and their dependencies at the lock's versions)."""
    root = tmp_path_factory.mktemp("wheels")
    dist = root / "dist"
    for name in API_NAMES:
        built = run(
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            dist,
            packages_dir / apis[name].package.path,
        )
        assert built.returncode == 0, built.stdout + built.stderr
    env_dir = root / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    wheels = sorted(dist.glob("*.whl"))
    assert len(wheels) == len(API_NAMES)
    installed = run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "-c",
        ROOT / "requirements" / "dev.lock",
        *wheels,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    yield python


def test_the_wheels_install_and_work_in_a_fresh_environment(
    installed: Path, apis: dict[str, Api], servers: dict[str, MockServer]
) -> None:
    env = dict(
        os.environ,
        XERIAL_ACCESS_TOKEN="your_access_token",
        XERIAL_BASE_URL=servers["xerial"].url,
    )
    result = run(installed, "-c", SMOKE, env=env, cwd=installed.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == repr(sorted(apis[n].version for n in API_NAMES))


def test_the_installed_packages_pass_mypy_strict(installed: Path) -> None:
    modules = [arg for name in API_NAMES for arg in ("-p", f"{name}_client")]
    result = run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--python-executable",
        installed,
        *modules,
        cwd=installed.parent,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_the_installed_packages_ship_their_type_marker(installed: Path) -> None:
    result = run(
        installed,
        "-c",
        "import importlib.resources as r, xerial_client as x; print(r.files(x).joinpath('py.typed').is_file())",
    )
    assert result.stdout.strip() == "True"
