"""One emulator per API per test module, and the helpers that talk to them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.ir.model import Api, Endpoint, ExampleRequest
from generator.mock import MockServer
from generator.pipeline import load_apis
from generator.wire.request import build_request

SPECS = Path(__file__).resolve().parents[2] / "specs"


@pytest.fixture(scope="session")
def apis() -> dict[str, Api]:
    return {api.name.wire: api for api in load_apis(SPECS)}


@pytest.fixture(scope="module")
def servers(apis: dict[str, Api]) -> Iterator[dict[str, MockServer]]:
    running = {name: MockServer(api).start() for name, api in apis.items()}
    yield running
    for server in running.values():
        server.stop()


@pytest.fixture
def mocks(servers: dict[str, MockServer]) -> dict[str, MockServer]:
    """The module's servers with nothing recorded and no fault queued."""
    for server in servers.values():
        server.clear()
    return servers


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as session:
        yield session


def endpoint(api: Api, endpoint_id: str) -> Endpoint:
    return next(e for e in api.endpoints if e.id == endpoint_id)


def now_ms() -> int:
    return int(time.time() * 1000)


def request_for(api: Api, endpoint_id: str, server: MockServer, **kwargs: object) -> ExampleRequest:
    """The canonical request of an endpoint, signed now, sent to the emulator."""
    kwargs.setdefault("timestamp_ms", now_ms())
    kwargs.setdefault("base_url", server.url)
    return build_request(api, endpoint(api, endpoint_id), **kwargs)  # type: ignore[arg-type]


def send(
    client: httpx.Client,
    request: ExampleRequest,
    *,
    headers: list[tuple[str, str]] | None = None,
    body: str | bytes | None = None,
) -> httpx.Response:
    """Send a request as built, or with its headers or body replaced."""
    content = request.body if body is None else body
    if isinstance(content, str):
        content = content.encode("utf-8")
    return client.request(
        request.method,
        request.url,
        headers=list(request.headers) if headers is None else headers,
        content=content,
    )


def replace_header(request: ExampleRequest, name: str, value: str | None) -> list[tuple[str, str]]:
    """The request's headers with `name` set to `value`, or left out when None."""
    out = [(n, v) for n, v in request.headers if n.lower() != name.lower()]
    return out if value is None else [*out, (name, value)]
