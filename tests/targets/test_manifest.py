"""The manifest lists every endpoint with the exact request a client sends."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any
from urllib.parse import parse_qsl

import pytest

from generator.pipeline import load_apis
from tests.conftest import ROOT, SPECS

MANIFEST = json.loads((ROOT / "generated" / "manifest.json").read_text())


def _endpoint(api: str, endpoint: str) -> dict[str, Any]:
    entry = next(a for a in MANIFEST["apis"] if a["name"] == api)
    return next(e for e in entry["endpoints"] if e["id"] == endpoint)


def test_every_endpoint_of_every_api_is_listed_with_its_request_and_files() -> None:
    apis = load_apis(SPECS)
    listed = {(a["name"], e["id"]) for a in MANIFEST["apis"] for e in a["endpoints"]}
    assert listed == {(api.name.wire, e.id) for api in apis for e in api.endpoints}
    for api in MANIFEST["apis"]:
        assert api["python"]["import_name"] == f"{api['name']}_client"
        assert (ROOT / "generated" / api["python"]["path"] / "pyproject.toml").is_file()
        for endpoint in api["endpoints"]:
            request = endpoint["request"]
            assert request["url"].startswith(api["servers"][endpoint["server"]] + "/")
            assert request["method"] in {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"}
            assert "python" in endpoint["files"]
            for path in endpoint["files"].values():
                assert (ROOT / "generated" / path).is_file(), path


def test_libreauth_logout_is_the_seed_request() -> None:
    request = _endpoint("libreauth", "logout")["request"]
    assert request == {
        "method": "POST",
        "url": "https://libreauth.nutexe.dev/api/1.3/",
        "headers": {"Content-Type": "application/x-www-form-urlencoded"},
        "body": "type=logout&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id",
    }


def test_plyr_logout_is_signed_over_timestamp_and_body() -> None:
    request = _endpoint("plyr", "user.logout")["request"]
    headers = request["headers"]
    assert list(headers) == ["Content-Type", "apikey", "signature", "timestamp"]
    assert headers["timestamp"] == str(MANIFEST["example_timestamp_ms"])
    expected = hmac.new(
        b"your_secret_key", (headers["timestamp"] + request["body"]).encode(), hashlib.sha256
    ).hexdigest()
    assert headers["signature"] == expected
    assert json.loads(request["body"]).keys() == {"sessionJwt"}


def test_neptun_logout_sends_the_cookie_and_no_body() -> None:
    request = _endpoint("neptun", "auth.logout")["request"]
    assert request["headers"] == {"Cookie": "neptun-session=your-session-cookie"}
    assert request["body"] is None


def test_xerial_logout_sends_the_refresh_token_as_json() -> None:
    request = _endpoint("xerial", "auth.logout")["request"]
    assert request["headers"]["Content-Type"] == "application/json"
    assert set(json.loads(request["body"])) == {"refreshToken"}


@pytest.mark.parametrize("api", ["libreauth"])
def test_form_bodies_decode_to_the_dispatch_field_first(api: str) -> None:
    entry = next(a for a in MANIFEST["apis"] if a["name"] == api)
    for endpoint in entry["endpoints"]:
        body = endpoint["request"]["body"]
        if body is None:
            continue
        pairs = parse_qsl(body, keep_blank_values=True)
        assert pairs[0][0] == "type"
