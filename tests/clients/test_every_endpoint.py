"""Every endpoint of every API, called through the sync and the async client over loopback.

Each call must put on the wire exactly the request the generator computes
for the same values (the manifest's canonical request, signed at the call's
own timestamp), and return the spec's example as the method's typed value.
"""

from __future__ import annotations

import asyncio
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest

from generator.ir.model import Api, Endpoint, HmacScheme, SessionScheme
from generator.mock import MockServer
from generator.wire.request import build_request
from tests.clients.conftest import call_values, kwargs_of, method_of, option_values
from tests.spec.expected_endpoints import EXPECTED_ENDPOINTS

CASES = [
    pytest.param(api, endpoint_id, mode, id=f"{api}.{endpoint_id}-{mode}")
    for api, ids in EXPECTED_ENDPOINTS.items()
    for endpoint_id in ids
    for mode in ("sync", "async")
]


def client_arguments(api: Api, server: MockServer) -> dict[str, Any]:
    arguments = dict(option_values(api), base_url=server.url, max_retries=0)
    if api.response_signature is not None:
        arguments[api.response_signature.key_option.py] = server.public_key_hex
    return arguments


def issuer_first(api: Api, endpoint: Endpoint) -> Endpoint | None:
    """The endpoint that issues a session the client has no other way to get."""
    for scheme in api.auth:
        if (
            isinstance(scheme, SessionScheme)
            and scheme.value.option is None
            and scheme.name.wire in endpoint.security
        ):
            return next(e for e in api.endpoints if e.id == scheme.issuer)
    return None


def dump(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list):
        return [dump(v) for v in value]
    if isinstance(value, dict):
        return {k: dump(v) for k, v in value.items()}
    return value


def issued_field(api: Api, endpoint: Endpoint) -> str | None:
    """The body field where this endpoint hands out a fresh session (not the example's)."""
    for scheme in api.auth:
        if isinstance(scheme, SessionScheme) and scheme.issuer == endpoint.id:
            return scheme.issuer_field
    return None


def assert_canonical(api: Api, endpoint: Endpoint, recorded: dict[str, Any], **kwargs: Any) -> None:
    hmac = next(
        (api.scheme(s) for s in endpoint.security if isinstance(api.scheme(s), HmacScheme)), None
    )
    stamp = None
    if isinstance(hmac, HmacScheme):
        stamp = int(dict(recorded["headers"])[hmac.timestamp_header])
    expected = build_request(api, endpoint, timestamp_ms=stamp, **kwargs)
    url = urlsplit(expected.url)
    assert recorded["method"] == expected.method
    assert recorded["path"] == url.path
    assert recorded["query"] == url.query
    assert recorded["body"] == (expected.body or "")
    # Every canonical header, with its exact value, in the canonical order; the
    # transport's own (Host, Content-Length, User-Agent...) may sit in between.
    canonical = [(n.lower(), v) for n, v in expected.headers]
    sent = [(n.lower(), v) for n, v in recorded["headers"] if (n.lower(), v) in canonical]
    assert sent == canonical


@pytest.mark.parametrize(("api_name", "endpoint_id", "mode"), CASES)
def test_each_call_sends_the_canonical_request_and_returns_the_example(
    api_name: str,
    endpoint_id: str,
    mode: str,
    apis: dict[str, Api],
    packages: dict[str, ModuleType],
    servers: dict[str, MockServer],
) -> None:
    api = apis[api_name]
    endpoint = next(e for e in api.endpoints if e.id == endpoint_id)
    server = servers[api_name]
    values = call_values(endpoint)
    first = issuer_first(api, endpoint)
    package = packages[api_name]

    def run_sync() -> tuple[Any, Any]:
        with getattr(package, api.class_name)(**client_arguments(api, server)) as client:
            if first is not None:
                method_of(client, first)(**kwargs_of(first, call_values(first)))
            session = client.session
            server.clear()
            return method_of(client, endpoint)(**kwargs_of(endpoint, values)), session

    async def run_async() -> tuple[Any, Any]:
        cls = getattr(package, "Async" + api.class_name)
        async with cls(**client_arguments(api, server)) as client:
            if first is not None:
                await method_of(client, first)(**kwargs_of(first, call_values(first)))
            session = client.session
            server.clear()
            return await method_of(client, endpoint)(**kwargs_of(endpoint, values)), session

    result, session = run_sync() if mode == "sync" else asyncio.run(run_async())

    (recorded,) = server.requests
    options = {
        o.field.name.wire: v
        for o, v in zip(api.options, client_arguments(api, server).values(), strict=False)
    }
    assert_canonical(
        api,
        endpoint,
        recorded,
        values=values,
        options=options,
        session=session,
        base_url=server.url,
    )
    value = dump(result)
    expected = None if endpoint.success.content == "none" else endpoint.success.example
    issued = issued_field(api, endpoint)
    if issued is not None:
        assert value.pop(issued) in server.issued_sessions
        expected = {k: v for k, v in expected.items() if k != issued}
    assert value == expected
