"""Every response of a signing API is signed with Ed25519 over timestamp + raw body."""

from __future__ import annotations

import httpx
import pytest
from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from generator.ir.model import Api
from generator.mock import DEVELOPMENT_SEED, MockServer
from tests.mock.conftest import request_for, send

DEVELOPMENT_PUBLIC_KEY = "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"


def _verify(public_key_hex: str, response: httpx.Response) -> bytes:
    stamp = response.headers["X-Signature-Timestamp"]
    signature = response.headers["X-Signature-Ed25519"]
    assert stamp.isdigit() and len(stamp) == 10, "seconds, not milliseconds"
    assert signature == signature.lower() and len(signature) == 128
    key = VerifyKey(bytes.fromhex(public_key_hex))
    return key.verify(stamp.encode() + response.content, bytes.fromhex(signature))


def test_the_development_key_is_the_documented_one(apis: dict[str, Api]) -> None:
    assert (
        DEVELOPMENT_SEED.hex() == "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
    )
    server = MockServer(apis["libreauth"])
    server.stop()
    assert server.public_key_hex == DEVELOPMENT_PUBLIC_KEY


def test_successes_failures_and_unknown_routes_are_all_signed(
    apis: dict[str, Api], mocks: dict[str, MockServer], client: httpx.Client
) -> None:
    api, server = apis["libreauth"], mocks["libreauth"]
    assert server.public_key_hex == DEVELOPMENT_PUBLIC_KEY
    answers = [
        send(client, request_for(api, "init", server)),
        send(client, request_for(api, "check", server, session="forged")),
        client.get(server.url + "/health"),
        client.get(server.url + "/nope"),
    ]
    for response in answers:
        assert _verify(DEVELOPMENT_PUBLIC_KEY, response) == (
            response.headers["X-Signature-Timestamp"].encode() + response.content
        )


def test_a_signing_seed_gives_its_own_key(apis: dict[str, Api], client: httpx.Client) -> None:
    seed = bytes([7]) * 32
    with MockServer(apis["libreauth"], signing_seed=seed) as server:
        response = send(client, request_for(apis["libreauth"], "check", server))
    expected = SigningKey(seed).verify_key.encode().hex()
    assert server.public_key_hex == expected
    _verify(expected, response)
    with pytest.raises(BadSignatureError):
        _verify(DEVELOPMENT_PUBLIC_KEY, response)


def test_a_seed_must_be_32_bytes(apis: dict[str, Api]) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        MockServer(apis["libreauth"], signing_seed=b"short")


def test_an_api_that_does_not_sign_sends_no_signature(
    apis: dict[str, Api], mocks: dict[str, MockServer], client: httpx.Client
) -> None:
    server = mocks["plyr"]
    response = send(client, request_for(apis["plyr"], "token.get_plyr_l1_token_list", server))
    assert server.public_key_hex is None
    assert response.status_code == 200
    assert "X-Signature-Ed25519" not in response.headers
