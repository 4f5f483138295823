from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# The docs-samples report (languages x checked, ran, passed) at the end of every run, and
# xdist scheduling that keeps each sample language on one worker.
pytest_plugins = (
    "tests.samples.reporting",
    "tests.samples.scheduling",
    "tests.spec.fuzz_reporting",
)


@pytest.fixture
def minimal_specs(tmp_path: Path) -> Path:
    """A copy of the small valid `shop` API that a test may break."""
    target = tmp_path / "specs"
    shutil.copytree(FIXTURES / "minimal", target)
    return target


@pytest.fixture
def repo_specs(tmp_path: Path) -> Path:
    """A copy of the project's own specs that a test may edit."""
    target = tmp_path / "specs"
    shutil.copytree(SPECS, target)
    return target
