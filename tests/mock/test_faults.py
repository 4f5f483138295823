"""Queued faults: each applies to one request after it is recorded, then the API behaves again."""

from __future__ import annotations

import json
import socket
from types import SimpleNamespace

import httpx
import pytest
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

import generator.mock.server as server_module
from generator.ir.model import Api
from generator.mock import MockServer
from tests.mock.conftest import endpoint, now_ms, request_for, send


@pytest.fixture
def xerial(apis: dict[str, Api], mocks: dict[str, MockServer]) -> tuple[Api, MockServer]:
    return apis["xerial"], mocks["xerial"]


def _wallets(xerial: tuple[Api, MockServer], client: httpx.Client) -> httpx.Response:
    return send(client, request_for(xerial[0], "wallets.get_wallets", xerial[1]))


def test_a_status_fault_answers_the_documented_error_for_count_requests(
    xerial: tuple[Api, MockServer], client: httpx.Client
) -> None:
    api, server = xerial
    server.inject("status", count=2, status=503, retry_after="7")
    answers = [_wallets(xerial, client) for _ in range(3)]
    assert [a.status_code for a in answers] == [503, 503, 200]
    assert answers[0].json() == {"error": "Injected fault: 503 Service Unavailable"}
    assert answers[0].headers["Retry-After"] == "7"
    assert "Retry-After" not in answers[2].headers
    assert answers[2].json() == endpoint(api, "wallets.get_wallets").success.example
    assert len(server.requests) == 3


def test_a_status_fault_uses_the_endpoints_documented_example_for_that_status(
    apis: dict[str, Api], mocks: dict[str, MockServer], client: httpx.Client
) -> None:
    api, server = apis["neptun"], mocks["neptun"]
    server.inject("status", status=429, retry_after="60")
    response = send(client, request_for(api, "github.get_repository_configuration_files", server))
    assert (response.status_code, response.headers["Retry-After"]) == (429, "60")
    assert response.json() == {
        "statusCode": 429,
        "statusMessage": "Too Many Requests",
        "data": {"message": "Injected fault: 429 Too Many Requests"},
    }


def test_an_api_with_a_failure_rule_answers_a_status_fault_in_its_failure_shape(
    apis: dict[str, Api], mocks: dict[str, MockServer], client: httpx.Client
) -> None:
    api, server = apis["libreauth"], mocks["libreauth"]
    server.inject("status", status=500)
    response = send(client, request_for(api, "check", server))
    assert (response.status_code, response.json()) == (
        500,
        {"success": False, "message": "Injected fault: 500 Internal Server Error"},
    )


def test_an_html_fault_answers_an_html_error_page(
    xerial: tuple[Api, MockServer], client: httpx.Client
) -> None:
    xerial[1].inject("html", status=502)
    response = _wallets(xerial, client)
    assert response.status_code == 502
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.text == (
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
        "<body><h1>502 Bad Gateway</h1></body></html>\n"
    )


def test_a_malformed_fault_answers_200_with_broken_json(
    xerial: tuple[Api, MockServer], client: httpx.Client
) -> None:
    xerial[1].inject("malformed")
    response = _wallets(xerial, client)
    assert (response.status_code, response.headers["Content-Type"]) == (200, "application/json")
    assert response.content == b'{"success": tru'
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_a_reset_fault_drops_the_connection_with_a_tcp_reset(
    xerial: tuple[Api, MockServer],
) -> None:
    server = xerial[1]
    server.inject("reset")
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
        raw.sendall(b"GET /api/user HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        with pytest.raises(ConnectionResetError):
            raw.recv(1024)
    assert [r["path"] for r in server.requests] == ["/api/user"]


def test_a_reset_fault_surfaces_in_httpx_as_a_read_error(
    xerial: tuple[Api, MockServer], client: httpx.Client
) -> None:
    xerial[1].inject("reset")
    with pytest.raises(httpx.ReadError):
        _wallets(xerial, client)
    assert _wallets(xerial, client).status_code == 200


def test_a_delay_fault_sleeps_at_most_ten_seconds_then_answers_normally(
    xerial: tuple[Api, MockServer], client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(server_module, "time", SimpleNamespace(sleep=slept.append))
    xerial[1].inject("delay", seconds=60)
    xerial[1].inject("delay", seconds=0.25)
    assert [_wallets(xerial, client).status_code for _ in range(3)] == [200, 200, 200]
    assert slept == [10.0, 0.25]


@pytest.fixture
def libreauth(apis: dict[str, Api], mocks: dict[str, MockServer]) -> tuple[Api, MockServer]:
    return apis["libreauth"], mocks["libreauth"]


def _signed_parts(response: httpx.Response) -> tuple[bytes, bytes, str]:
    stamp = response.headers["X-Signature-Timestamp"]
    signature = bytes.fromhex(response.headers["X-Signature-Ed25519"])
    return stamp.encode() + response.content, signature, stamp


def test_a_bad_signature_fault_sends_a_valid_answer_with_a_wrong_signature(
    libreauth: tuple[Api, MockServer], client: httpx.Client
) -> None:
    api, server = libreauth
    assert server.public_key_hex is not None
    key = VerifyKey(bytes.fromhex(server.public_key_hex))
    server.inject("bad_signature")
    response = send(client, request_for(api, "check", server))
    assert response.json() == {"success": True, "message": "Session is validated."}
    message, signature, _ = _signed_parts(response)
    assert len(signature) == 64
    with pytest.raises(BadSignatureError):
        key.verify(message, signature)


def test_a_stale_signature_fault_signs_correctly_with_a_timestamp_past_the_max_age(
    libreauth: tuple[Api, MockServer], client: httpx.Client
) -> None:
    api, server = libreauth
    assert server.public_key_hex is not None and api.response_signature is not None
    server.inject("stale_signature")
    response = send(client, request_for(api, "check", server))
    message, signature, stamp = _signed_parts(response)
    assert VerifyKey(bytes.fromhex(server.public_key_hex)).verify(message, signature) == message
    assert now_ms() // 1000 - int(stamp) >= api.response_signature.max_age_seconds + 60


def test_bad_injections_are_refused_with_the_reason(xerial: tuple[Api, MockServer]) -> None:
    server = xerial[1]
    cases = [
        (lambda: server.inject("explode"), "unknown fault kind 'explode'"),
        (lambda: server.inject("status"), "fault 'status' needs status"),
        (lambda: server.inject("status", status=99), "status must be an integer from 100 to 599"),
        (lambda: server.inject("html", color="red"), "fault 'html' takes no parameter color"),
        (lambda: server.inject("malformed", count=0), "count must be a positive integer"),
        (lambda: server.inject("bad_signature"), "needs an API that signs its responses"),
    ]
    for inject, reason in cases:
        with pytest.raises(ValueError, match=reason):
            inject()


def test_clear_forgets_queued_faults(xerial: tuple[Api, MockServer], client: httpx.Client) -> None:
    xerial[1].inject("status", count=5, status=500)
    xerial[1].clear()
    assert _wallets(xerial, client).status_code == 200


def test_the_control_routes_inject_list_and_clear_without_being_recorded(
    libreauth: tuple[Api, MockServer], client: httpx.Client
) -> None:
    api, server = libreauth
    control = server.url + "/__mock__/"
    info = client.get(control + "info")
    assert info.json() == {"api": "libreauth", "public_key": server.public_key_hex}

    queued = client.post(control + "faults", json={"kind": "status", "count": 1, "status": 502})
    assert queued.status_code == 204
    refused = client.post(control + "faults", json={"kind": "status", "status": "502"})
    assert (refused.status_code, refused.json()) == (
        400,
        {"error": "status must be an integer from 100 to 599, got '502'"},
    )
    request = request_for(api, "check", server)
    assert send(client, request).status_code == 502

    recorded = client.get(control + "requests").json()
    assert recorded == server.requests
    assert [(r["method"], r["path"], r["body"]) for r in recorded] == [
        ("POST", "/api/1.3/", request.body)
    ]
    assert client.delete(control + "requests").status_code == 204
    assert client.get(control + "requests").json() == []
    assert client.get(control + "nothing").status_code == 404
    assert client.post(control + "info").status_code == 405
