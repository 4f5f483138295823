"""Every endpoint's canonical request is accepted and answered with its documented example."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import pytest

from generator.ir.model import Api
from generator.mock import MockServer
from generator.wire.jsonstringify import stringify
from tests.mock.conftest import endpoint, request_for, send
from tests.spec.expected_endpoints import EXPECTED_ENDPOINTS

CASES = [(api, e) for api, ids in EXPECTED_ENDPOINTS.items() for e in ids]
ISSUERS = {("libreauth", "init"), ("neptun", "auth.login")}


def _expected_body(api: Api, endpoint_id: str) -> tuple[str | None, bytes]:
    response = endpoint(api, endpoint_id).success
    if response.content == "none":
        return None, b""
    if response.content == "text":
        return "text/plain; charset=utf-8", response.example.encode()
    if response.content == "event-stream":
        events = "".join(f"data: {stringify(e)}\n\n" for e in response.example)
        return "text/event-stream", events.encode()
    return "application/json", stringify(response.example).encode()


@pytest.mark.parametrize("prefixed", [True, False], ids=["base-url-path", "bare-url"])
@pytest.mark.parametrize(("name", "endpoint_id"), CASES, ids=[f"{a}:{e}" for a, e in CASES])
def test_the_canonical_request_gets_the_success_example(
    name: str,
    endpoint_id: str,
    prefixed: bool,
    apis: dict[str, Api],
    mocks: dict[str, MockServer],
    client: httpx.Client,
) -> None:
    api, server = apis[name], mocks[name]
    target = endpoint(api, endpoint_id)
    base_url = server.url + (urlsplit(target.base_url).path if prefixed else "")
    request = request_for(api, endpoint_id, server, base_url=base_url)
    response = send(client, request)

    assert response.status_code == int(target.success.status), response.text
    content_type, body = _expected_body(api, endpoint_id)
    assert response.headers.get("Content-Type") == content_type
    if (name, endpoint_id) not in ISSUERS:
        assert response.content == body
    assert len(server.requests) == 1
    assert server.requests[0]["body"] == (request.body or "")


def test_libreauth_init_issues_a_fresh_session_that_later_calls_may_use(
    apis: dict[str, Api], mocks: dict[str, MockServer], client: httpx.Client
) -> None:
    api, server = apis["libreauth"], mocks["libreauth"]
    answer = send(client, request_for(api, "init", server)).json()
    session = answer.pop("sessionid")
    expected = dict(endpoint(api, "init").success.example)
    del expected["sessionid"]
    assert answer == expected
    assert session in server.issued_sessions
    assert session != "your_session_id"

    check = send(client, request_for(api, "check", server, session=session))
    assert check.json() == {"success": True, "message": "Session is validated."}


def test_neptun_login_sets_a_fresh_cookie_that_later_calls_may_use(
    apis: dict[str, Api], mocks: dict[str, MockServer], client: httpx.Client
) -> None:
    api, server = apis["neptun"], mocks["neptun"]
    login = send(client, request_for(api, "auth.login", server))
    assert login.json() == endpoint(api, "auth.login").success.example
    cookie = login.headers["Set-Cookie"]
    name, _, rest = cookie.partition("=")
    value, _, attributes = rest.partition(";")
    assert name == "neptun-session"
    assert attributes == " Path=/; HttpOnly; SameSite=Lax"
    assert value in server.issued_sessions

    chats = send(client, request_for(api, "chats.list_chats", server, session=value))
    assert chats.status_code == 200
    assert server.requests[-1]["headers"][-1] == ["Cookie", f"neptun-session={value}"]


def test_an_endpoint_on_another_server_is_served_on_the_same_port(
    apis: dict[str, Api], mocks: dict[str, MockServer], client: httpx.Client
) -> None:
    api, server = apis["xerial"], mocks["xerial"]
    market = endpoint(api, "marketplace.get_listed_nfts")
    assert urlsplit(market.base_url).netloc != urlsplit(api.base_url).netloc
    response = send(client, request_for(api, market.id, server))
    assert response.json() == market.success.example
