"""Requests that break the spec get the API's documented error with a precise message."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import httpx
import pytest

from generator.ir.model import Api, ExampleRequest
from generator.mock import MockServer
from generator.wire.signing import hmac_signature
from tests.mock.conftest import endpoint, now_ms, replace_header, request_for, send

Answer = tuple[int, Any]


class Caller:
    """Builds an endpoint's canonical request for one API's emulator and sends it, maybe edited."""

    def __init__(self, api: Api, server: MockServer, client: httpx.Client) -> None:
        self.api, self.server, self.client = api, server, client

    def request(self, endpoint_id: str, **build: Any) -> ExampleRequest:
        return request_for(self.api, endpoint_id, self.server, **build)

    def __call__(
        self,
        endpoint_id: str,
        *,
        headers: list[tuple[str, str]] | None = None,
        body: str | None = None,
        **build: Any,
    ) -> Answer:
        request = self.request(endpoint_id, **build)
        response = send(self.client, request, headers=headers, body=body)
        return response.status_code, response.json()

    def raw(self, method: str, path: str, **kwargs: Any) -> Answer:
        response = self.client.request(method, self.server.url + path, **kwargs)
        return response.status_code, response.json()


@pytest.fixture
def call(apis: dict[str, Api], mocks: dict[str, MockServer], client: httpx.Client) -> Any:
    return lambda name: Caller(apis[name], mocks[name], client)


def _failure(message: str) -> Answer:
    return 200, {"success": False, "message": message}


def _neptun(status: int, reason: str, message: str) -> Answer:
    return status, {"statusCode": status, "statusMessage": reason, "data": {"message": message}}


def _signed(request: ExampleRequest, body: str) -> list[tuple[str, str]]:
    """PLYR headers that sign `body` correctly now, so only the body itself can be wrong."""
    stamp = str(now_ms())
    signature = hmac_signature("your_secret_key", [stamp, body])
    headers = [(n, v) for n, v in request.headers if n not in ("signature", "timestamp")]
    return [*headers, ("signature", signature), ("timestamp", stamp)]


# PLYR: credentials and HMAC-signed JSON ---------------------------------------------------

LOGIN_BODY = '{"plyrId":"player123","otp":"123456","gameId":"game123"}'


def test_plyr_rejects_a_wrong_signature(call: Any) -> None:
    plyr = call("plyr")
    request = plyr.request("user.login")
    headers = replace_header(request, "signature", "0" * 64)
    assert plyr("user.login", headers=headers) == (401, {"error": "Invalid signature"})


def test_plyr_rejects_a_stale_timestamp(call: Any) -> None:
    plyr = call("plyr")
    answer = plyr("user.login", timestamp_ms=plyr.api.example_timestamp_ms)
    assert answer == (401, {"error": "Timestamp outside the 300 s window"})


def test_plyr_signs_the_exact_bytes_so_the_same_json_spaced_out_fails(call: Any) -> None:
    plyr = call("plyr")
    request = plyr.request("user.login")
    assert request.body == LOGIN_BODY
    spaced = LOGIN_BODY.replace(",", ", ")
    assert plyr("user.login", body=spaced) == (401, {"error": "Invalid signature"})


def test_plyr_rejects_missing_signature_headers_and_a_wrong_api_key(call: Any) -> None:
    plyr = call("plyr")
    request = plyr.request("misc.get_session_jwt_public_key")
    without_signature = replace_header(request, "signature", None)
    without_timestamp = replace_header(request, "timestamp", None)
    wrong_key = replace_header(request, "apikey", "not_the_key")
    missing_key = replace_header(request, "apikey", None)
    endpoint_id = "misc.get_session_jwt_public_key"
    assert plyr(endpoint_id, headers=without_signature) == (
        401,
        {"error": "Missing signature header: signature"},
    )
    assert plyr(endpoint_id, headers=without_timestamp) == (
        401,
        {"error": "Missing timestamp header: timestamp"},
    )
    assert plyr(endpoint_id, headers=wrong_key) == (401, {"error": "Invalid credential: apikey"})
    assert plyr(endpoint_id, headers=missing_key) == (401, {"error": "Missing credential: apikey"})


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"plyrId":"player123","gameId":"game123"}', "Missing field: otp"),
        (LOGIN_BODY[:-1] + ',"extra":1}', "Unknown field: extra"),
        (
            '{"plyrId":7,"otp":"123456","gameId":"game123"}',
            "Invalid field: plyrId: expected string",
        ),
        ("[1]", "The JSON body must be an object"),
        ("{", "Invalid JSON body"),
    ],
    ids=["missing", "unknown", "wrong-type", "not-an-object", "not-json"],
)
def test_plyr_rejects_a_correctly_signed_body_that_breaks_the_spec(
    call: Any, body: str, message: str
) -> None:
    plyr = call("plyr")
    request = plyr.request("user.login")
    assert plyr("user.login", headers=_signed(request, body), body=body) == (
        400,
        {"error": message},
    )


def test_plyr_rejects_the_wrong_content_type(call: Any) -> None:
    plyr = call("plyr")
    request = plyr.request("user.login")
    headers = replace_header(request, "Content-Type", "text/plain")
    assert plyr("user.login", headers=headers) == (
        400,
        {"error": "Unsupported Content-Type: text/plain; expected application/json"},
    )
    assert plyr("user.login", headers=replace_header(request, "Content-Type", None)) == (
        400,
        {"error": "Missing Content-Type: expected application/json"},
    )


def test_plyr_rejects_query_parameters_that_are_missing_or_unknown(call: Any) -> None:
    plyr = call("plyr")
    request = plyr.request("badge.list_badges")
    headers = list(request.headers)
    base = plyr.server.url + "/api/game/badge/list"
    missing = plyr.client.get(base + "?plyrId=player1", headers=headers)
    unknown = plyr.client.get(base + "?plyrId=p&gameId=g&page=2", headers=headers)
    assert (missing.status_code, missing.json()) == (
        400,
        {"error": "Missing query parameter: gameId"},
    )
    assert (unknown.status_code, unknown.json()) == (
        400,
        {"error": "Unknown query parameter: page"},
    )


def test_plyr_answers_an_unknown_route_with_404(call: Any) -> None:
    assert call("plyr").raw("GET", "/api/nope") == (404, {"error": "No route for GET /api/nope"})
    assert call("plyr").raw("DELETE", "/api/user/login") == (
        404,
        {"error": "No route for DELETE /api/user/login"},
    )


def test_a_body_on_an_endpoint_without_one_is_rejected(call: Any) -> None:
    plyr = call("plyr")
    request = plyr.request("misc.get_session_jwt_public_key")
    answer = plyr.raw("GET", "/api/jwt/publicKey", headers=list(request.headers), content=b"{}")
    assert answer == (400, {"error": "Unexpected request body"})


# Neptun: the session cookie, paths, queries, shared routes -----------------------------


def test_neptun_rejects_a_missing_or_unknown_session_cookie(call: Any) -> None:
    neptun = call("neptun")
    assert neptun("chats.list_chats", session=None) == _neptun(
        401, "Unauthorized", "Missing session: neptun-session"
    )
    assert neptun("chats.list_chats", session="forged") == _neptun(
        401, "Unauthorized", "Unknown session: neptun-session"
    )


def test_neptun_rejects_a_missing_body_field_with_its_documented_400(call: Any) -> None:
    neptun = call("neptun")
    answer = neptun("auth.login", body='{"email":"user@example.com"}')
    assert answer == _neptun(400, "Bad Request", "Missing field: password")


def test_neptun_checks_path_and_query_values_against_their_types(call: Any) -> None:
    neptun = call("neptun")
    wrong_path = neptun("chats.list_chats", values={"user_id": "abc"})
    wrong_query = neptun("ai.chat", values={"chat_id": "x", "model_publisher": "qwen"})
    assert wrong_path[0] == 400
    assert wrong_path[1]["data"]["message"] == "Invalid path parameter: user_id: expected integer"
    assert wrong_query[0] == 400
    assert wrong_query[1]["data"]["message"] == "Invalid query parameter: chat_id: expected integer"


def test_neptun_checks_enums(call: Any) -> None:
    answer = call("neptun")("ai.chat", values={"model_publisher": "acme"})
    assert answer[0] == 400
    assert answer[1]["data"]["message"] == (
        'Invalid path parameter: model_publisher: expected one of "qwen", "deepseek-ai", '
        '"mistralai", "google", "microsoft", "cloudflare", "openrouter", "ollama"'
    )


def test_neptun_tells_endpoints_that_share_a_route_apart_by_their_body(call: Any) -> None:
    neptun = call("neptun")
    request = neptun.request("misc.validate_otp")
    no_otp = '{"action":"validate","email":"user@example.com","new_password":"newSecurePassword1"}'
    answer = neptun("misc.validate_otp", body=no_otp)
    assert answer[0] == 400
    assert answer[1]["data"]["message"] == "Missing field: otp"
    assert neptun("misc.validate_otp", body=request.body) == (
        200,
        endpoint(neptun.api, "misc.validate_otp").success.example,
    )
    assert neptun("misc.request_otp") == (
        200,
        endpoint(neptun.api, "misc.request_otp").success.example,
    )


# Xerial: bearer tokens -------------------------------------------------------------------


def test_xerial_rejects_a_missing_or_wrong_bearer_token(call: Any) -> None:
    xerial = call("xerial")
    request = xerial.request("wallets.get_wallets")
    missing = replace_header(request, "Authorization", None)
    wrong = replace_header(request, "Authorization", "Bearer stolen")
    assert xerial("wallets.get_wallets", headers=missing) == (
        401,
        {"code": 401, "message": "Missing bearer token"},
    )
    assert xerial("wallets.get_wallets", headers=wrong) == (
        401,
        {"code": 401, "message": "Invalid bearer token"},
    )


def test_xerial_validation_errors_use_the_4xx_shape(call: Any) -> None:
    xerial = call("xerial")
    answer = xerial("marketplace.get_listed_nfts", values={"chain": "solana"})
    assert answer == (
        400,
        {"code": 404, "message": 'Invalid field: chain: expected one of "polygon", "telos"'},
    )


# LibreAuth: form actions, sessions, failures as HTTP 200 --------------------------------


def test_libreauth_answers_every_failure_with_success_false(call: Any) -> None:
    libre = call("libreauth")
    request = libre.request("login")
    assert libre("login", session="forged") == _failure("Unknown session: sessionid")
    assert libre("login", session=None) == _failure("Missing session: sessionid")
    assert libre("login", options={"name": "MyApp", "ownerid": "YYYYYYYYYY"}) == _failure(
        "Invalid credential: ownerid"
    )
    assert libre("login", body=request.body.replace("&pass=correct-horse-battery", "")) == (
        _failure("Missing field: pass")
    )
    assert libre("login", body=request.body + "&extra=1") == _failure("Unknown field: extra")
    assert libre("login", body=request.body.replace("type=login", "type=fly")) == _failure(
        "Unknown type: fly"
    )
    json_type = replace_header(request, "Content-Type", "application/json")
    assert libre("login", headers=json_type) == _failure(
        "Unsupported Content-Type: application/json; expected application/x-www-form-urlencoded"
    )
    assert libre.raw("GET", "/nope") == _failure("No route for GET /nope")


def test_an_endpoint_that_documents_422_answers_validation_errors_with_it(
    apis: dict[str, Api], client: httpx.Client
) -> None:
    api = apis["neptun"]
    login = endpoint(api, "auth.login")
    unprocessable = {"statusCode": 422, "statusMessage": "Unprocessable Entity", "data": {}}
    documented = replace(login.responses[1], status="422", example=unprocessable)
    changed = replace(login, responses=(*login.responses, documented))
    groups = tuple(
        replace(g, endpoints=tuple(changed if e.id == login.id else e for e in g.endpoints))
        for g in api.groups
    )
    with MockServer(replace(api, groups=groups)) as server:
        response = client.post(
            server.url + "/api/auth/login",
            headers={"Content-Type": "application/json"},
            content=b'{"email":"user@example.com"}',
        )
    assert (response.status_code, response.json()) == _neptun(
        422, "Unprocessable Entity", "Missing field: password"
    )
