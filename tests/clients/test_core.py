"""The pure core of a generated client: retry decisions, waits, events, errors, options."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import httpx
import pytest


def core_of(package: ModuleType, environ: dict[str, str] | None = None, **options: Any) -> Any:
    core = package._core
    return core.ClientCore(
        package._endpoints.API,
        options=options,
        base_url=None,
        timeout=5.0,
        max_retries=2,
        retry_unsafe=False,
        default_headers=None,
        environ=environ or {},
    )


def response(
    status: int, body: Any = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.Response(
        status, content=content, headers=headers, request=httpx.Request("GET", "http://x/y")
    )


def test_retry_after_reads_seconds_milliseconds_and_dates(packages) -> None:
    after = packages["xerial"]._core.retry_after_seconds
    assert after(httpx.Headers({"retry-after": "2"}), 0) == 2.0
    assert after(httpx.Headers({"retry-after-ms": "250"}), 0) == 0.25
    date = "Wed, 21 Oct 2015 07:28:00 GMT"
    assert after(httpx.Headers({"retry-after": date}), 1445412470.0) == 10.0
    assert after(httpx.Headers({"retry-after": "soon"}), 0) is None
    assert after(httpx.Headers({}), 0) is None


def test_backoff_doubles_with_jitter_and_is_capped(packages) -> None:
    xerial = packages["xerial"]
    core = core_of(xerial, access_token="t")
    safe = xerial._endpoints.GLOBAL_WALLETS_GET_USER_WALLET_INFO
    reset = httpx.ConnectError("reset")
    core.random = lambda: 0.0
    delays = [core.retry_delay(safe, n, reset, {"max_retries": 10}) for n in range(6)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    core.random = lambda: 1.0
    assert core.retry_delay(safe, 0, reset, {}) == 0.375
    assert core.retry_delay(safe, 2, reset, {}) is None  # max_retries=2 used up


@pytest.mark.parametrize(
    ("status", "retried"),
    [(400, False), (404, False), (408, True), (429, True), (500, True), (503, True)],
)
def test_which_statuses_are_retried(packages, status: int, retried: bool) -> None:
    xerial = packages["xerial"]
    core = core_of(xerial, access_token="t")
    safe = xerial._endpoints.GLOBAL_WALLETS_GET_USER_WALLET_INFO
    assert (core.retry_delay(safe, 0, response(status, {}), {}) is not None) is retried


def test_a_retry_after_beyond_a_minute_falls_back_to_backoff(packages) -> None:
    xerial = packages["xerial"]
    core = core_of(xerial, access_token="t")
    core.random = lambda: 0.0
    safe = xerial._endpoints.GLOBAL_WALLETS_GET_USER_WALLET_INFO
    assert core.retry_delay(safe, 0, response(429, {}, {"Retry-After": "3600"}), {}) == 0.5


def test_unsafe_calls_are_retried_only_when_asked(packages) -> None:
    xerial = packages["xerial"]
    core = core_of(xerial, access_token="t")
    unsafe = xerial._endpoints.AUTH_LOGOUT
    assert core.retry_delay(unsafe, 0, response(503, {}), {}) is None
    assert core.retry_delay(unsafe, 0, response(503, {}), {"retry_unsafe": True}) is not None


def test_event_stream_pieces_from_stream_parts_and_sse(packages) -> None:
    parse = packages["neptun"]._core.parse_events
    assert parse('0:"Hello"\n0:", world"\n') == ["Hello", ", world"]
    assert parse('data: {"a": 1}\n\n: comment\ndata: [DONE]\n') == [{"a": 1}]
    assert parse("plain text\n") == ["plain text"]


def test_a_status_error_message_comes_from_the_documented_shape_and_hides_secrets(
    packages,
) -> None:
    neptun = packages["neptun"]
    core = core_of(neptun, session_cookie="cookie-123")
    body = {"statusCode": 401, "data": {"message": "session cookie-123 expired"}}
    error = core.status_error(response(401, body))
    assert type(error) is neptun.AuthenticationError
    assert error.message == "HTTP 401 Unauthorized: session *** expired"
    assert error.body == body


def test_the_failure_rule_does_not_take_zero_for_false(packages) -> None:
    la = packages["libreauth"]
    core = core_of(la, name="n", ownerid="XXXXXXXXXX", version="1")
    check = la._endpoints.CHECK
    with pytest.raises(la.APIFailureError, match="no session"):
        core.interpret(check, response(200, {"success": False, "message": "no session"}), "Result")
    result = core.interpret(check, response(200, {"success": 0, "message": "m"}), "Any")
    assert result == {"success": 0, "message": "m"}


def test_unknown_fields_are_kept_and_unknown_enum_values_accepted(packages) -> None:
    la = packages["libreauth"]
    core = core_of(la, name="n", ownerid="XXXXXXXXXX", version="1")
    body = {"success": True, "message": "ok", "added_later": [1, 2]}
    result = core.interpret(la._endpoints.CHECK, response(200, body), "Result")
    assert result.model_extra == {"added_later": [1, 2]}
    assert core.adapter("Literal['a', 'b'] | str").validate_python("c") == "c"


def test_options_come_from_the_environment_and_required_ones_are_named(packages) -> None:
    xerial = packages["xerial"]
    core = core_of(xerial, {"XERIAL_ACCESS_TOKEN": "env-token", "XERIAL_BASE_URL": "http://h"})
    assert core.options["access_token"] == "env-token"
    assert core.base_url == "http://h"
    with pytest.raises(xerial.XerialError, match=r"access_token is required.*XERIAL_ACCESS_TOKEN"):
        core_of(xerial)


def test_repr_shows_settings_but_never_secrets(packages) -> None:
    plyr = packages["plyr"]
    client = plyr.Plyr(api_key="key-1", secret_key="secret-2", base_url="http://127.0.0.1:9")
    assert repr(client) == "Plyr(base_url='http://127.0.0.1:9', api_key=***, secret_key=***)"
    client.close()


def test_the_public_names_are_exactly_the_documented_ones(packages, apis) -> None:
    for name, package in packages.items():
        exported = set(package.__all__)
        assert {apis[name].class_name, "Async" + apis[name].class_name} <= exported
        assert apis[name].class_name + "Error" in exported
        for attribute in exported:
            assert getattr(package, attribute) is not None
        models = {m.name.pascal for m in apis[name].models}
        assert models <= exported
