"""Every request is recorded as received: raw path and query, headers in order, exact body."""

from __future__ import annotations

import http.client
from collections.abc import Iterator

import httpx
import pytest

from generator.ir.model import Api
from generator.mock import MockServer
from tests.mock.conftest import request_for, send


@pytest.fixture
def connection(mocks: dict[str, MockServer]) -> Iterator[http.client.HTTPConnection]:
    conn = http.client.HTTPConnection("127.0.0.1", mocks["xerial"].port, timeout=10)
    yield conn
    conn.close()


def _exchange(
    conn: http.client.HTTPConnection,
    method: str,
    target: str,
    headers: list[tuple[str, str]],
    body: bytes | None = None,
) -> tuple[int, bytes]:
    """Send exactly these headers in this order (no Host or Accept-Encoding added)."""
    conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
    for name, value in headers:
        conn.putheader(name, value)
    conn.endheaders(body)
    response = conn.getresponse()
    return response.status, response.read()


def test_a_request_is_recorded_exactly_even_when_it_is_rejected(
    mocks: dict[str, MockServer], connection: http.client.HTTPConnection
) -> None:
    body = '{"projectId":"ça 🙂","chain":"polygon"}'.encode()
    headers = [
        ("Host", "127.0.0.1"),
        ("x-trace", "b"),
        ("Content-Type", "application/json"),
        ("X-Trace", "a"),
        ("Content-Length", str(len(body))),
    ]
    status, answer = _exchange(connection, "POST", "/get_listed_nfts?x=%20y&z", headers, body)
    assert (status, answer) == (400, b'{"code":404,"message":"Unknown query parameter: x"}')
    assert mocks["xerial"].requests == [
        {
            "method": "POST",
            "path": "/get_listed_nfts",
            "query": "x=%20y&z",
            "headers": [[n, v] for n, v in headers],
            "body": '{"projectId":"ça 🙂","chain":"polygon"}',
        }
    ]


def test_a_keep_alive_connection_serves_requests_one_after_another(
    apis: dict[str, Api], mocks: dict[str, MockServer], connection: http.client.HTTPConnection
) -> None:
    request = request_for(apis["xerial"], "wallets.get_wallets", mocks["xerial"])
    path = request.url.removeprefix(mocks["xerial"].url)
    headers = [("Host", "127.0.0.1"), *request.headers]
    first = _exchange(connection, "GET", path, headers)
    socket_used = connection.sock
    second = _exchange(connection, "GET", path, headers)
    assert first == second
    assert first[0] == 200
    assert connection.sock is socket_used
    assert len(mocks["xerial"].requests) == 2


def test_a_chunked_body_is_read_whole(
    mocks: dict[str, MockServer], connection: http.client.HTTPConnection
) -> None:
    headers = [("Host", "127.0.0.1"), ("Content-Type", "application/json")]
    connection.putrequest("POST", "/get_collections_from_project", skip_host=True)
    for name, value in headers:
        connection.putheader(name, value)
    connection.putheader("Transfer-Encoding", "chunked")
    chunks = [b'{"projectId":', b'"6601f93a3ff2ea0348edeb6a"}']
    connection.endheaders(iter(chunks), encode_chunked=True)
    assert connection.getresponse().status == 200
    assert mocks["xerial"].requests[0]["body"] == b"".join(chunks).decode()


def test_requests_are_a_copy_and_clear_forgets_them(
    apis: dict[str, Api], mocks: dict[str, MockServer], client: httpx.Client
) -> None:
    server = mocks["neptun"]
    request = request_for(apis["neptun"], "auth.login", server)
    send(client, request)
    recorded = server.requests
    recorded[0]["headers"].clear()
    assert server.requests[0]["headers"] != []
    assert server.requests[0]["body"] == request.body
    assert [h for h in server.requests[0]["headers"] if h[0] == "Content-Type"] == [
        ["Content-Type", "application/json"]
    ]
    server.clear()
    assert server.requests == []
