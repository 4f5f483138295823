"""The per-endpoint context: the canonical request in pieces, the signing recipe, the SDK call."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
from functools import cache

import pytest

from generator.ir.model import Api, Endpoint
from generator.pipeline import load_apis
from generator.spec.models import LANGUAGES as SPEC_LANGUAGES
from generator.targets.samples.context import (
    FormField,
    Header,
    MessagePart,
    request_context,
    sample_context,
    sdk_call,
)
from generator.targets.samples.languages import LANGUAGES, language
from tests.conftest import SPECS


@cache
def _apis() -> dict[str, Api]:
    return {api.name.wire: api for api in load_apis(SPECS)}


def _endpoint(api: str, endpoint: str) -> tuple[Api, Endpoint]:
    model = _apis()[api]
    return model, next(e for e in model.endpoints if e.id == endpoint)


def test_the_registry_lists_the_spec_languages_in_the_docs_order() -> None:
    assert tuple(lang.key for lang in LANGUAGES) == tuple(SPEC_LANGUAGES)
    assert [lang.title for lang in LANGUAGES] == [
        "Shell", "Go", "PHP", "Python", "HTTP", "C#", "C++", "JavaScript", "TypeScript",
        "Java", "Rust", "Ruby", "Perl", "Lua", "React", "Vue", "Unity", "WPF", "VB.NET",
    ]  # fmt: skip
    assert language("vbnet").ext == "vb"
    assert language("shell").sdk_template is None
    assert language("go").sdk_template == "samples/go/sdk.go.j2"


def test_a_signed_json_request_is_cut_into_headers_body_and_signing_recipe() -> None:
    api, endpoint = _endpoint("plyr", "user.logout")
    request = request_context(api, endpoint)
    assert request.method == "POST"
    assert request.url == "https://api.plyr.network/api/user/logout"
    assert (request.https, request.host, request.target) == (
        True,
        "api.plyr.network",
        "/api/user/logout",
    )
    assert [(h.name, h.kind) for h in request.headers] == [
        ("Content-Type", "content-type"),
        ("apikey", "value"),
        ("signature", "signature"),
        ("timestamp", "timestamp"),
    ]
    assert request.content_type == "application/json"
    assert [h.name for h in request.literal_headers] == ["apikey", "signature", "timestamp"]
    assert endpoint.example is not None and request.body == endpoint.example.body
    assert request.form == ()
    signing = request.signing
    assert signing is not None
    assert (signing.secret, signing.signature_header, signing.timestamp_header) == (
        "your_secret_key",
        "signature",
        "timestamp",
    )
    assert signing.milliseconds is True
    assert signing.parts == (MessagePart("timestamp"), MessagePart("body"))
    # The recipe reproduces the canonical signature from the canonical timestamp.
    headers = dict((h.name, h.value) for h in request.headers)
    message = headers["timestamp"] + (request.body or "")
    expected = hmac.new(b"your_secret_key", message.encode(), hashlib.sha256).hexdigest()
    assert headers["signature"] == expected


def test_a_signed_request_without_body_signs_the_empty_body_text() -> None:
    api, endpoint = _endpoint("plyr", "nft.get_nft_info")
    request = request_context(api, endpoint)
    assert request.body is None
    assert request.content_type is None
    assert request.target == "/api/game/nft/info?chainId=62831"
    assert request.signing is not None
    assert request.signing.parts == (MessagePart("timestamp"), MessagePart("text", "{}"))


def test_a_form_body_is_read_back_into_its_fields_in_wire_order() -> None:
    api, endpoint = _endpoint("libreauth", "chat_send")
    request = request_context(api, endpoint)
    assert request.encoding == "form"
    assert request.form == (
        FormField("type", "chatsend"),
        FormField("name", "MyApp"),
        FormField("ownerid", "XXXXXXXXXX"),
        FormField("sessionid", "your_session_id"),
        FormField("message", "Anyone else on the new build?"),
        FormField("channel", "general"),
    )
    assert request.body == (
        "type=chatsend&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id"
        "&message=Anyone+else+on+the+new+build%3F&channel=general"
    )


def test_cookie_and_bearer_sessions_are_plain_headers() -> None:
    api, endpoint = _endpoint("neptun", "auth.logout")
    request = request_context(api, endpoint)
    assert request.headers == (Header("Cookie", "neptun-session=your-session-cookie", "value"),)
    assert (request.body, request.signing) == (None, None)
    api, endpoint = _endpoint("xerial", "wallets.get_wallets")
    request = request_context(api, endpoint)
    assert request.headers == (Header("Authorization", "Bearer your_access_token", "value"),)


def test_header_lines_for_curl_keep_empty_values() -> None:
    assert Header("X-Empty", "", "value").curl_line == "X-Empty;"
    assert Header("X-Some", "v", "value").curl_line == "X-Some: v"
    assert Header("signature", "ab", "signature").computed


@pytest.mark.parametrize(
    ("key", "init", "action"),
    [
        ("go", "Init", "ChangeUsername"),
        ("csharp", "InitAsync", "ChangeUsernameAsync"),
        ("cpp", "init", "change_username"),
        ("typescript", "init", "changeUsername"),
        ("java", "init", "changeUsername"),
        ("rust", "init", "change_username"),
        ("ruby", "init", "change_username"),
        ("perl", "init", "change_username"),
        ("lua", "init", "change_username"),
        ("react", "Init", "ChangeUsername"),
        ("vue", "Init", "ChangeUsername"),
        ("unity", "InitAsync", "ChangeUsernameAsync"),
        ("wpf", "InitAsync", "ChangeUsernameAsync"),
        ("vbnet", "InitAsync", "ChangeUsernameAsync"),
    ],
)
def test_the_sdk_call_is_spelled_for_each_language(key: str, init: str, action: str) -> None:
    api, endpoint = _endpoint("libreauth", "change_username")
    call = sdk_call(api, endpoint, language(key))
    assert call is not None
    assert (call.class_name, call.package) == ("LibreAuth", "libreauth")
    assert call.options == ("MyApp", "XXXXXXXXXX", "1.0")
    assert call.url == "https://libreauth.nutexe.dev/api/1.3/"
    assert (call.init, call.action, call.arguments) == (init, action, ("alice2",))


def test_the_sdk_call_opens_a_session_only_where_the_endpoint_needs_one() -> None:
    go = language("go")
    api, init = _endpoint("libreauth", "init")
    call = sdk_call(api, init, go)
    assert call is not None and (call.init, call.action, call.arguments) == (None, "Init", ())
    api, health = _endpoint("libreauth", "health")
    call = sdk_call(api, health, go)
    # The non-dispatched GET still goes through the SDK, built with the actions' URL.
    assert call is not None and (call.init, call.action) == (None, "Health")
    assert call.url == "https://libreauth.nutexe.dev/api/1.3/"


def test_sdk_method_names_avoid_the_language_keywords() -> None:
    api, register = _endpoint("libreauth", "register")
    assert language("cpp").method(register.name) == "register_"
    assert language("java").method(register.name) == "register"
    call = sdk_call(api, register, language("cpp"))
    assert call is not None and call.arguments == (
        "alice",
        "correct-horse-battery",
        "MyApp-7K2Q9-XW4ZB-P8M3T",
    )


def test_raw_http_languages_and_other_apis_make_the_request_themselves() -> None:
    api, endpoint = _endpoint("libreauth", "logout")
    for key in ("shell", "php", "python", "http", "javascript"):
        assert sdk_call(api, endpoint, language(key)) is None
    api, endpoint = _endpoint("plyr", "user.logout")
    assert all(sdk_call(api, endpoint, lang) is None for lang in LANGUAGES)


def test_sample_context_names_the_endpoint_for_classes_and_components() -> None:
    api, endpoint = _endpoint("plyr", "user.get_basic_user_info")
    context = sample_context(api, endpoint, language("react"))
    assert context.component == "UserGetBasicUserInfo"
    assert context.sdk is None
    api, endpoint = _endpoint("libreauth", "enable_2fa")
    assert sample_context(api, endpoint, language("unity")).component == "Enable2fa"


def test_the_context_follows_changed_example_values() -> None:
    api, endpoint = _endpoint("plyr", "user.logout")
    body = tuple(dataclasses.replace(f, example="a'b\n") for f in endpoint.body)
    changed = dataclasses.replace(endpoint, body=body)
    request = request_context(api, changed)
    assert request.body == '{"sessionJwt":"a\'b\\n"}'
