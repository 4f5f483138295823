"""Every way a call can fail gives its typed error, over a real socket, and leaks no secret."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.ir.model import Api
from generator.mock import MockServer
from tests.clients.conftest import option_values


def secrets_of(api: Api, *extra: str) -> list[str]:
    found = [str(o.field.example) for o in api.options if o.field.secret]
    return [s for s in [*found, *extra] if s]


def assert_no_secret(error: BaseException, secrets: list[str]) -> None:
    text = f"{error!s} {error!r} {error.args!r}"
    for secret in secrets:
        assert secret not in text


@pytest.fixture
def fresh(servers: dict[str, MockServer]) -> Iterator[dict[str, MockServer]]:
    for server in servers.values():
        server.clear()
    yield servers
    for server in servers.values():
        server.clear()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry waits, recorded instead of slept."""
    waited: list[float] = []
    monkeypatch.setattr("time.sleep", waited.append)
    return waited


def make(
    packages: dict[str, ModuleType],
    apis: dict[str, Api],
    servers: dict[str, MockServer],
    name: str,
    **overrides: Any,
) -> Any:
    api = apis[name]
    arguments: dict[str, Any] = dict(option_values(api), base_url=servers[name].url)
    if api.response_signature is not None:
        arguments[api.response_signature.key_option.py] = servers[name].public_key_hex
    arguments.update(overrides)
    return getattr(packages[name], api.class_name)(**arguments)


def test_success_false_is_a_failure_error_with_the_api_message(packages, apis, fresh) -> None:
    la = packages["libreauth"]
    with (
        make(packages, apis, fresh, "libreauth") as app,
        pytest.raises(la.APIFailureError) as caught,
    ):
        app.check()  # no init: the emulator knows no session
    assert caught.value.status_code == 200
    assert caught.value.body["success"] is False
    assert caught.value.message == caught.value.body["message"]
    assert caught.value.message


def test_the_session_from_init_is_kept_and_sent(packages, apis, fresh) -> None:
    with make(packages, apis, fresh, "libreauth") as app:
        app.init()
        assert app.session in fresh["libreauth"].issued_sessions
        assert app.check().success is True
        app.logout()
    bodies = [r["body"] for r in fresh["libreauth"].requests]
    assert f"sessionid={app.session}" in bodies[1]
    assert "password" not in repr(app) and app.session not in repr(app)


@pytest.mark.parametrize(
    ("fault", "words"),
    [("bad_signature", "does not match"), ("stale_signature", "stale")],
)
def test_a_forged_or_stale_response_signature_is_rejected(
    packages, apis, fresh, fault: str, words: str
) -> None:
    la = packages["libreauth"]
    with make(packages, apis, fresh, "libreauth") as app:
        app.init()
        fresh["libreauth"].inject(fault)
        with pytest.raises(la.SignatureVerificationError, match=words) as caught:
            app.check()
    assert_no_secret(caught.value, secrets_of(apis["libreauth"], app.session))


def test_signatures_are_not_checked_without_a_public_key(packages, apis, fresh) -> None:
    with make(packages, apis, fresh, "libreauth", public_key=None) as app:
        fresh["libreauth"].inject("bad_signature", count=2)
        app.init()
        assert app.check().success is True


def test_a_wrong_public_key_rejects_every_response(packages, apis, fresh) -> None:
    la = packages["libreauth"]
    other = "11" * 32
    with (
        make(packages, apis, fresh, "libreauth", public_key=other) as app,
        pytest.raises(la.SignatureVerificationError),
    ):
        app.init()


def test_a_request_signed_with_an_old_timestamp_is_refused(packages, apis, fresh) -> None:
    plyr = packages["plyr"]
    with make(packages, apis, fresh, "plyr", max_retries=0) as client:
        client._core.clock = lambda: 1_000_000.0
        with pytest.raises(plyr.AuthenticationError) as caught:
            client.user.logout(session_jwt="jwt")
    assert caught.value.status_code == 401
    assert "window" in caught.value.message or "imestamp" in caught.value.message
    assert_no_secret(caught.value, secrets_of(apis["plyr"]))


def test_a_request_signed_with_the_wrong_secret_is_refused(packages, apis, fresh) -> None:
    plyr = packages["plyr"]
    with (
        make(packages, apis, fresh, "plyr", secret_key="not-the-secret") as client,
        pytest.raises(plyr.AuthenticationError, match="ignature") as caught,
    ):
        client.user.logout(session_jwt="jwt")
    assert_no_secret(caught.value, [*secrets_of(apis["plyr"]), "not-the-secret"])


def test_a_missing_session_cookie_is_an_authentication_error(packages, apis, fresh) -> None:
    neptun = packages["neptun"]
    with (
        make(packages, apis, fresh, "neptun", session_cookie=None) as client,
        pytest.raises(neptun.AuthenticationError) as caught,
    ):
        client.auth.logout()
    assert caught.value.status_code == 401
    assert caught.value.body["data"]["message"] in caught.value.message


def test_the_cookie_set_by_login_is_kept_and_sent(packages, apis, fresh) -> None:
    api = apis["neptun"]
    login = next(e for e in api.endpoints if e.id == "auth.login")
    arguments = {f.arg.py: f.example for f in login.body if f.source == "argument" and f.required}
    with make(packages, apis, fresh, "neptun", session_cookie=None) as client:
        client.auth.login(**arguments)
        issued = client.session
        assert issued in fresh["neptun"].issued_sessions
        assert client.auth.logout() is True
    last = fresh["neptun"].requests[-1]
    assert ["Cookie", f"neptun-session={issued}"] in last["headers"]


def test_logout_with_a_refresh_token_returns_none_on_204(packages, apis, fresh) -> None:
    with make(packages, apis, fresh, "xerial") as client:
        assert client.auth.logout(refresh_token="r-token") is None
        raw = client.auth.with_raw_response.logout(refresh_token="r-token")
    assert raw.status_code == 204 and raw.parse() is None


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (500, "InternalServerError"),
        (503, "InternalServerError"),
    ],
)
def test_each_error_status_has_its_class_with_the_parsed_body(
    packages, apis, fresh, status: int, error: str
) -> None:
    xerial = packages["xerial"]
    with make(packages, apis, fresh, "xerial", max_retries=0) as client:
        fresh["xerial"].inject("status", status=status)
        with pytest.raises(getattr(xerial, error)) as caught:
            client.global_wallets.get_user_wallet_info()
    assert isinstance(caught.value, xerial.APIStatusError)
    assert isinstance(caught.value, xerial.XerialError)
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value.body, dict)
    assert caught.value.message.startswith(f"HTTP {status}")
    assert_no_secret(caught.value, secrets_of(apis["xerial"]))


def test_an_html_error_page_is_a_status_error_without_the_html_in_its_message(
    packages, apis, fresh
) -> None:
    neptun = packages["neptun"]
    with make(packages, apis, fresh, "neptun", max_retries=0) as client:
        fresh["neptun"].inject("html", status=502)
        with pytest.raises(neptun.InternalServerError) as caught:
            client.misc.list_models()
    assert caught.value.status_code == 502
    assert "<html" in caught.value.body.lower()
    assert "<" not in caught.value.message
    assert_no_secret(caught.value, secrets_of(apis["neptun"]))


def test_malformed_json_is_a_response_validation_error(packages, apis, fresh) -> None:
    plyr = packages["plyr"]
    with make(packages, apis, fresh, "plyr") as client:
        fresh["plyr"].inject("malformed")
        with pytest.raises(plyr.APIResponseValidationError, match="not valid JSON") as caught:
            client.user.logout(session_jwt="jwt")
    assert caught.value.status_code == 200
    assert_no_secret(caught.value, secrets_of(apis["plyr"]))


def test_a_reset_connection_is_retried_for_safe_calls_then_raised(
    packages, apis, fresh, sleeps: list[float]
) -> None:
    xerial = packages["xerial"]
    with make(packages, apis, fresh, "xerial", max_retries=2) as client:
        fresh["xerial"].inject("reset", count=3)
        with pytest.raises(xerial.APIConnectionError) as caught:
            client.global_wallets.get_user_wallet_info()
    assert not isinstance(caught.value, xerial.APITimeoutError)
    assert len(fresh["xerial"].requests) == 3
    assert len(sleeps) == 2 and 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0
    assert_no_secret(caught.value, secrets_of(apis["xerial"]))


def test_a_reset_then_success_returns_the_value(packages, apis, fresh, sleeps) -> None:
    with make(packages, apis, fresh, "xerial", max_retries=2) as client:
        fresh["xerial"].inject("reset", count=1)
        info = client.global_wallets.get_user_wallet_info()
    assert info is not None and len(fresh["xerial"].requests) == 2 and len(sleeps) == 1


def test_calls_not_safe_to_repeat_are_not_retried_unless_the_user_opts_in(
    packages, apis, fresh, sleeps
) -> None:
    xerial = packages["xerial"]
    with make(packages, apis, fresh, "xerial", max_retries=2) as client:
        fresh["xerial"].inject("status", status=503, count=1)
        with pytest.raises(xerial.InternalServerError):
            client.auth.logout(refresh_token="r-token")
        assert len(fresh["xerial"].requests) == 1
        fresh["xerial"].clear()
        fresh["xerial"].inject("status", status=503, count=1)
        assert client.auth.logout(refresh_token="r-token", retry_unsafe=True) is None
    assert len(fresh["xerial"].requests) == 2 and len(sleeps) == 1


def test_a_429_waits_as_long_as_retry_after_says(packages, apis, fresh, sleeps) -> None:
    with make(packages, apis, fresh, "xerial", max_retries=1) as client:
        fresh["xerial"].inject("status", status=429, retry_after="3")
        client.global_wallets.get_user_wallet_info()
    assert sleeps == [3.0]
    assert len(fresh["xerial"].requests) == 2


def test_a_429_beyond_the_retries_is_a_rate_limit_error(packages, apis, fresh, sleeps) -> None:
    xerial = packages["xerial"]
    with make(packages, apis, fresh, "xerial", max_retries=1) as client:
        fresh["xerial"].inject("status", status=429, retry_after="1", count=2)
        with pytest.raises(xerial.RateLimitError) as caught:
            client.global_wallets.get_user_wallet_info()
    assert caught.value.response.headers["Retry-After"] == "1"
    assert sleeps == [1.0]


def test_each_retry_of_a_signed_call_is_signed_afresh(packages, apis, fresh, sleeps) -> None:
    api = apis["plyr"]
    endpoint = next(e for e in api.endpoints if e.retry_safe and e.method == "GET")
    ticks = iter([1_700_000_000.0 + i for i in range(10)])
    with make(packages, apis, fresh, "plyr", max_retries=1) as client:
        client._core.clock = lambda: next(ticks)
        fresh["plyr"].inject("status", status=500)
        owner = getattr(client, endpoint.group.py)
        arguments = {
            f.arg.py: f.example for f in endpoint.params if f.source == "argument" and f.required
        }
        try:
            getattr(owner, endpoint.name.py)(**arguments)
        except packages["plyr"].AuthenticationError:
            pass  # the emulator's window is around the real clock; only the stamps matter here
    stamps = [dict(r["headers"])["timestamp"] for r in fresh["plyr"].requests]
    assert len(stamps) == 2
    assert stamps[0] == "1700000000000" and int(stamps[1]) > int(stamps[0])


def test_a_timeout_is_a_timeout_error(packages, apis, fresh) -> None:
    xerial = packages["xerial"]
    with make(packages, apis, fresh, "xerial", max_retries=0, timeout=0.2) as client:
        fresh["xerial"].inject("delay", seconds=1.5)
        with pytest.raises(xerial.APITimeoutError, match="timed out") as caught:
            client.global_wallets.get_user_wallet_info()
    assert isinstance(caught.value, xerial.APIConnectionError)
    assert_no_secret(caught.value, secrets_of(apis["xerial"]))


def test_the_per_call_timeout_overrides_the_clients(packages, apis, fresh) -> None:
    xerial = packages["xerial"]
    with make(packages, apis, fresh, "xerial", max_retries=0, timeout=30) as client:
        fresh["xerial"].inject("delay", seconds=1.5)
        with pytest.raises(xerial.APITimeoutError):
            client.global_wallets.get_user_wallet_info(timeout=0.2)


def test_async_errors_are_the_same_classes(packages, apis, fresh) -> None:
    import asyncio

    xerial = packages["xerial"]

    async def run() -> BaseException:
        async with xerial.AsyncXerial(
            access_token="your_access_token", base_url=fresh["xerial"].url, max_retries=0
        ) as client:
            fresh["xerial"].inject("status", status=404)
            try:
                await client.global_wallets.get_user_wallet_info()
            except xerial.XerialError as error:
                return error
        raise AssertionError("no error")

    error = asyncio.run(run())
    assert type(error) is xerial.NotFoundError


def test_a_users_own_http_client_is_used_and_left_open(packages, apis, fresh) -> None:
    with httpx.Client(headers={"X-Ignored": "1"}) as http:
        with make(packages, apis, fresh, "xerial", http_client=http) as client:
            client.global_wallets.get_user_wallet_info()
        assert not http.is_closed
    assert len(fresh["xerial"].requests) == 1


def test_logs_carry_no_secret(packages, apis, fresh, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    with make(packages, apis, fresh, "plyr", max_retries=1) as client:
        fresh["plyr"].inject("status", status=500)
        client._core.random = lambda: 1.0
        monkey = sys.modules["time"]
        original = monkey.sleep
        monkey.sleep = lambda s: None
        try:
            client.user.logout(session_jwt="secret-session-jwt", retry_unsafe=True)
        finally:
            monkey.sleep = original
    assert "plyr_client" in caplog.text
    for secret in [*secrets_of(apis["plyr"]), "secret-session-jwt"]:
        assert secret not in caplog.text
