"""The generated client packages, imported from a fresh render, and an emulator per API."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.ir.model import Api, Endpoint
from generator.mock import MockServer
from generator.pipeline import load_apis
from generator.targets.python import PythonTarget
from tests.conftest import SPECS

API_NAMES = ("libreauth", "plyr", "neptun", "xerial")


@pytest.fixture(scope="session")
def apis() -> dict[str, Api]:
    return {api.name.wire: api for api in load_apis(SPECS)}


@pytest.fixture(scope="session")
def packages_dir(apis: dict[str, Api], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Python target's output for the repository's specs, written to a temporary folder."""
    root = tmp_path_factory.mktemp("clients")
    output = PythonTarget().render(list(apis.values()))
    for path, content in output.files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return root


@pytest.fixture(scope="session")
def packages(apis: dict[str, Api], packages_dir: Path) -> Iterator[dict[str, ModuleType]]:
    paths = [str(packages_dir / apis[n].package.path / "src") for n in API_NAMES]
    sys.path[:0] = paths
    try:
        yield {n: importlib.import_module(apis[n].package.import_name) for n in API_NAMES}
    finally:
        for path in paths:
            sys.path.remove(path)


@pytest.fixture(scope="session")
def servers(apis: dict[str, Api]) -> Iterator[dict[str, MockServer]]:
    started = {name: MockServer(apis[name]).start() for name in API_NAMES}
    try:
        yield started
    finally:
        for server in started.values():
            server.stop()


def option_values(api: Api) -> dict[str, Any]:
    """Constructor arguments that the emulator accepts: every option's example."""
    return {o.field.name.py: o.field.example for o in api.options}


def call_values(endpoint: Endpoint) -> dict[str, Any]:
    """Example values of every argument an endpoint takes, by wire name."""
    return {
        f.name.wire: f.example
        for f in endpoint.params + endpoint.body
        if f.source == "argument" and (f.required or f.example is not None)
    }


def method_of(client: Any, endpoint: Endpoint) -> Any:
    owner = getattr(client, endpoint.group.py) if endpoint.group else client
    return getattr(owner, endpoint.name.py)


def kwargs_of(endpoint: Endpoint, values: dict[str, Any]) -> dict[str, Any]:
    by_wire = {f.name.wire: f.arg.py for f in endpoint.params + endpoint.body}
    return {by_wire[wire]: value for wire, value in values.items()}
