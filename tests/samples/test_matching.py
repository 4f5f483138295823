"""The request comparison finds every difference a sample could make, and forgives transports."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from tests.samples.matching import Canonical, Signing, as_sent, differences, mono_uri

CANONICAL = Canonical(
    "POST",
    "http://127.0.0.1:8000/api/user/logout?all=true&q=a%20b",
    (("Content-Type", "application/json"), ("apikey", "your_api_key")),
    '{"plyrId":"ü\\n"}',
)
SIGNING = Signing(
    secret="your_secret_key",
    signature_header="signature",
    timestamp_header="timestamp",
    milliseconds=True,
    message=("timestamp", "body"),
    empty_body="{}",
    max_skew_seconds=300,
)
NOW = 1_800_000_000.0


def received(**changes: Any) -> dict[str, Any]:
    request = {
        "method": "POST",
        "path": "/api/user/logout",
        "query": "all=true&q=a%20b",
        "headers": [
            ["Host", "127.0.0.1:8000"],
            ["User-Agent", "curl/7.88.1"],
            ["content-type", "application/json"],
            ["APIKEY", "your_api_key"],
            ["Content-Length", "18"],
        ],
        "body": '{"plyrId":"ü\\n"}',
    }
    request.update(changes)
    return request


def signed(body: str, stamp: str, secret: str = "your_secret_key") -> list[list[str]]:
    mac = hmac.new(secret.encode(), (stamp + (body or "{}")).encode(), hashlib.sha256)
    return [["signature", mac.hexdigest()], ["timestamp", stamp]]


def test_equal_requests_differ_in_nothing_despite_transport_headers() -> None:
    assert differences(received(), CANONICAL) == []


def test_every_part_is_compared_exactly() -> None:
    assert differences(received(method="PUT"), CANONICAL) == ["method 'PUT', expected 'POST'"]
    assert differences(received(path="/api/user/logout/"), CANONICAL) == [
        "path '/api/user/logout/', expected '/api/user/logout'"
    ]
    assert differences(received(query="all=true&q=a+b"), CANONICAL) == [
        "query 'all=true&q=a+b', expected 'all=true&q=a%20b'"
    ]
    assert differences(received(body='{"plyrId": "ü\\n"}'), CANONICAL) == [
        """body '{"plyrId": "ü\\\\n"}', expected '{"plyrId":"ü\\\\n"}'"""
    ]


def test_canonical_headers_arrive_once_with_their_exact_value() -> None:
    charset = received(
        headers=[["Content-Type", "application/json; charset=utf-8"], ["apikey", "your_api_key"]]
    )
    assert differences(charset, CANONICAL) == [
        "header Content-Type: ['application/json; charset=utf-8'], expected ['application/json']"
    ]
    twice = received(
        headers=[
            ["Content-Type", "application/json"],
            ["apikey", "your_api_key"],
            ["apikey", "your_api_key"],
        ]
    )
    assert differences(twice, CANONICAL) == [
        "header apikey: ['your_api_key', 'your_api_key'], expected ['your_api_key']"
    ]
    missing = received(headers=[["Content-Type", "application/json"]])
    assert differences(missing, CANONICAL) == ["header apikey: [], expected ['your_api_key']"]


def test_no_body_means_an_empty_body() -> None:
    bodiless = Canonical("GET", "http://127.0.0.1:8000/x", (), None)
    assert differences(received(method="GET", path="/x", query="", body=""), bodiless) == []
    assert differences(received(method="GET", path="/x", query="", body="{}"), bodiless) == [
        "body '{}', expected ''"
    ]


def test_a_signature_must_be_valid_for_the_received_body_and_recent() -> None:
    canonical = Canonical(
        "POST",
        CANONICAL.url,
        (*CANONICAL.headers, ("signature", "0" * 64), ("timestamp", "1700000000000")),
        CANONICAL.body,
    )
    stamp = str(int(NOW * 1000) - 1000)
    base = received()["headers"]
    good = received(headers=base + signed(CANONICAL.body or "", stamp))
    assert differences(good, canonical, SIGNING, now=NOW) == []

    wrong_key = received(headers=base + signed(CANONICAL.body or "", stamp, secret="other"))
    assert len(differences(wrong_key, canonical, SIGNING, now=NOW)) == 1
    assert "is not" in differences(wrong_key, canonical, SIGNING, now=NOW)[0]

    stale = str(int(NOW * 1000) - 301_000)
    old = received(headers=base + signed(CANONICAL.body or "", stale))
    assert differences(old, canonical, SIGNING, now=NOW) == [f"timestamp {stale} is 301 s from now"]

    unsigned = received(headers=base)
    assert differences(unsigned, canonical, SIGNING, now=NOW) == [
        "header signature: 0 values [], expected one",
        "header timestamp: 0 values [], expected one",
    ]


def test_a_bodiless_request_signs_the_empty_body_text() -> None:
    canonical = Canonical(
        "GET", "http://127.0.0.1:8000/x", (("signature", "0" * 64), ("timestamp", "1")), None
    )
    stamp = str(int(NOW * 1000))
    request = received(method="GET", path="/x", query="", body="", headers=signed("", stamp))
    assert differences(request, canonical, SIGNING, now=NOW) == []
    assert SIGNING.problems(stamp, signed("{}", stamp)[0][1], "", NOW) == []
    assert SIGNING.problems("12a", "x", "", NOW) == ["timestamp '12a' is not a number"]


def test_mono_rewrites_urls_only_when_they_hold_escaped_non_ascii() -> None:
    plain = "http://127.0.0.1:1/p/%27%28%29%21%2A%3A%40?q=%27%2C"
    assert mono_uri(plain) == plain
    iri = "http://127.0.0.1:1/p/%27%28%29%21%2A%3A%40%C3%A9?q=%27%2c%3a"
    assert mono_uri(iri) == "http://127.0.0.1:1/p/'()!*:%40%C3%A9?q='%2c:"


def test_only_csharp_is_held_to_monos_form_of_the_url() -> None:
    canonical = Canonical("GET", "http://127.0.0.1:1/p/%27%C3%A9", (), None)
    assert as_sent(canonical, "csharp").url == "http://127.0.0.1:1/p/'%C3%A9"
    assert as_sent(canonical, "go") == canonical
    mono = received(method="GET", path="/p/'%C3%A9", query="", body="")
    assert differences(mono, as_sent(canonical, "csharp")) == []
    assert differences(mono, canonical) == ["path \"/p/'%C3%A9\", expected '/p/%27%C3%A9'"]
