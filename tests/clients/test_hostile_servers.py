"""Servers that misbehave: each call ends in a typed error, in bounded time, with no secret in it."""

from __future__ import annotations

import json
import time
from types import ModuleType

import httpx
import pytest

from tests.clients.hostile_server import (
    HostileServer,
    answer,
    drip,
    endless,
    reset_mid_response,
    truncated,
)

TOKEN = "secret-access-token-123"


def xerial(packages: dict[str, ModuleType], url: str, **kwargs: object) -> object:
    return packages["xerial"].Xerial(access_token=TOKEN, base_url=url, max_retries=0, **kwargs)


def call(client: object) -> object:
    return client.global_wallets.get_user_wallet_info()  # type: ignore[attr-defined]


def check_error(error: BaseException) -> None:
    assert TOKEN not in f"{error} {error!r}"


def test_a_slow_drip_ends_in_a_timeout_within_the_deadline(packages) -> None:
    x = packages["xerial"]
    with (
        HostileServer(drip(seconds=8)) as server,
        xerial(packages, server.url, timeout=1.0) as client,
    ):
        started = time.monotonic()
        with pytest.raises(x.APITimeoutError) as caught:
            call(client)
        assert time.monotonic() - started < 3.0
    check_error(caught.value)


def test_a_never_ending_body_is_cut_at_the_size_limit(packages, monkeypatch) -> None:
    x = packages["xerial"]
    monkeypatch.setattr(x._core, "MAX_RESPONSE_BYTES", 1024 * 1024)
    with (
        HostileServer(endless(seconds=8)) as server,
        xerial(packages, server.url, timeout=5.0) as client,
        pytest.raises(x.APIConnectionError, match="over 1048576 bytes") as caught,
    ):
        call(client)
    check_error(caught.value)


def test_huge_json_within_the_limit_is_read(packages, apis) -> None:
    endpoint = next(
        e for e in apis["xerial"].endpoints if e.id == "global_wallets.get_user_wallet_info"
    )
    example = endpoint.success.example
    body = json.dumps({**example, "padding": "x" * 5_000_000}).encode()
    headers = {"Content-Type": "application/json"}
    with (
        HostileServer(answer("200 OK", body, headers)) as server,
        xerial(packages, server.url) as client,
    ):
        info = call(client)
    assert len(info.model_extra["padding"]) == 5_000_000  # type: ignore[attr-defined]


def test_the_wrong_content_type_is_a_validation_error(packages) -> None:
    x = packages["xerial"]
    page = b"<html><body>Welcome to nginx</body></html>"
    with (
        HostileServer(answer("200 OK", page, {"Content-Type": "text/html"})) as server,
        xerial(packages, server.url) as client,
        pytest.raises(x.APIResponseValidationError, match="not valid JSON") as caught,
    ):
        call(client)
    check_error(caught.value)


@pytest.mark.parametrize("behaviour", [truncated, reset_mid_response], ids=["truncated", "reset"])
def test_a_cut_response_is_a_connection_error(packages, behaviour) -> None:
    x = packages["xerial"]
    with (
        HostileServer(behaviour) as server,
        xerial(packages, server.url) as client,
        pytest.raises(x.APIConnectionError) as caught,
    ):
        call(client)
    assert not isinstance(caught.value, x.APITimeoutError)
    check_error(caught.value)


@pytest.mark.parametrize("follow", [False, True], ids=["own-client", "users-client-following"])
def test_a_redirect_to_another_host_is_not_followed(packages, follow: bool) -> None:
    x = packages["xerial"]
    with HostileServer(answer("200 OK", b"{}"), host="127.0.0.2") as elsewhere:
        moved = answer("302 Found", b"", {"Location": elsewhere.url + "/steal"})
        with (
            HostileServer(moved) as server,
            httpx.Client(follow_redirects=follow) as http,
            xerial(packages, server.url, http_client=http) as client,
            pytest.raises(x.APIStatusError) as caught,
        ):
            call(client)
        assert elsewhere.requests == []
    assert caught.value.status_code == 302
    check_error(caught.value)
