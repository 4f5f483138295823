"""The four APIs and their exported documents, built once per test worker."""

from __future__ import annotations

import pytest

from generator.ir.model import Api
from generator.pipeline import load_apis
from generator.targets.base import Output
from generator.targets.openapi import OpenApiTarget
from tests.conftest import SPECS


@pytest.fixture(scope="session")
def apis() -> dict[str, Api]:
    return {api.name.wire: api for api in load_apis(SPECS)}


@pytest.fixture(scope="session")
def rendered(apis: dict[str, Api]) -> Output:
    """The OpenAPI target's output for the four APIs (without samples)."""
    return OpenApiTarget().render(tuple(apis.values()))
