"""The project's specs describe every endpoint of the four APIs, each completely."""

from __future__ import annotations

import pytest

from generator.ir.model import Api, Field, TypeRef
from generator.pipeline import load_apis
from tests.conftest import SPECS
from tests.spec.expected_endpoints import EXPECTED_ENDPOINTS

APIS = {api.name.wire: api for api in load_apis(SPECS)}

COUNTS = {"libreauth": 23, "plyr": 67, "neptun": 76, "xerial": 23}


def test_counts_per_api() -> None:
    assert {name: len(api.endpoints) for name, api in APIS.items()} == COUNTS
    assert {name: len(ids) for name, ids in EXPECTED_ENDPOINTS.items()} == COUNTS


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_no_endpoint_is_missing_or_unlisted(name: str) -> None:
    assert [e.id for e in APIS[name].endpoints] == list(EXPECTED_ENDPOINTS[name])


def _fields(ref: TypeRef, api: Api, seen: set[str]) -> list[Field]:
    found: list[Field] = []
    for field in ref.fields:
        found.append(field)
        found += _fields(field.type, api, seen)
    for child in (ref.items, ref.values):
        if child is not None:
            found += _fields(child, api, seen)
    if ref.kind == "model" and ref.model is not None and ref.model.wire not in seen:
        seen.add(ref.model.wire)
        found += _fields(api.model(ref.model.wire).type, api, seen)
    return found


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_every_field_has_a_description_and_an_example(name: str) -> None:
    api = APIS[name]
    seen: set[str] = set()
    fields = [f for e in api.endpoints for f in (*e.params, *e.body)]
    for model in api.models:
        fields += _fields(model.type, api, seen)
    assert fields
    for field in fields:
        assert field.description, field.name.wire
        assert field.example is not None or field.type.nullable or not field.required, (
            field.name.wire
        )


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_every_endpoint_has_a_success_response_and_documented_errors(name: str) -> None:
    for endpoint in APIS[name].endpoints:
        assert endpoint.success.status.startswith("2")
        for response in endpoint.responses:
            assert response.description
            if response.content != "none":
                assert response.type is not None, (endpoint.id, response.status)
        if endpoint.security:
            assert any(r.is_error for r in endpoint.responses) or APIS[name].failure, endpoint.id


def test_libreauth_covers_every_documented_action() -> None:
    actions = {e.action for e in APIS["libreauth"].endpoints if e.action}
    assert actions == {
        "init",
        "register",
        "login",
        "license",
        "upgrade",
        "check",
        "checkblacklist",
        "logout",
        "var",
        "getvar",
        "setvar",
        "file",
        "webhook",
        "log",
        "ban",
        "fetchOnline",
        "fetchStats",
        "chatget",
        "chatsend",
        "changeUsername",
        "2faenable",
        "2fadisable",
    }
