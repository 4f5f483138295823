"""The canonical request of every endpoint validates against its API's exported document."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from openapi_core import OpenAPI
from openapi_core.validation.request.exceptions import (
    InvalidRequestBody,
    MissingRequiredParameter,
    SecurityValidationError,
)

from generator.ir.model import Api, Endpoint, ExampleRequest
from generator.targets.base import Output
from generator.targets.openapi import document_path
from tests.targets.openapi.support import core_request, load_yaml, openapi

pytestmark = pytest.mark.xdist_group("openapi-export")


@pytest.fixture(scope="module")
def specs(apis: dict[str, Api], rendered: Output) -> dict[str, OpenAPI]:
    # test_export checks the documents with openapi-spec-validator; not again here.
    return {
        n: openapi(load_yaml(rendered.files[document_path(a)]), validated=False)
        for n, a in apis.items()
    }


def _endpoint(api: Api, endpoint_id: str) -> Endpoint:
    return next(e for e in api.endpoints if e.id == endpoint_id)


def _example(endpoint: Endpoint) -> ExampleRequest:
    assert endpoint.example is not None
    return endpoint.example


def test_every_canonical_request_of_all_four_apis_validates(
    apis: dict[str, Api], specs: dict[str, OpenAPI]
) -> None:
    failures: list[tuple[str, str, str]] = []
    checked = 0
    for name, api in apis.items():
        for endpoint in api.endpoints:
            request = core_request(api, endpoint, _example(endpoint))
            try:
                specs[name].validate_request(request)
            except Exception as exc:
                failures.append((name, endpoint.id, f"{type(exc).__name__}: {exc}"))
            checked += 1
    assert failures == []
    assert checked == sum(len(a.endpoints) for a in apis.values()) == 189


def _changed(example: ExampleRequest, **changes: Any) -> ExampleRequest:
    return dataclasses.replace(example, **changes)


def test_plyr_without_its_signature_is_refused(
    apis: dict[str, Api], specs: dict[str, OpenAPI]
) -> None:
    api = apis["plyr"]
    logout = _endpoint(api, "user.logout")
    example = _example(logout)
    unsigned = tuple((k, v) for k, v in example.headers if k != "signature")
    with pytest.raises(SecurityValidationError):
        specs["plyr"].validate_request(
            core_request(api, logout, _changed(example, headers=unsigned))
        )


def test_neptun_without_its_session_cookie_is_refused(
    apis: dict[str, Api], specs: dict[str, OpenAPI]
) -> None:
    api = apis["neptun"]
    logout = _endpoint(api, "auth.logout")
    bare = tuple((k, v) for k, v in _example(logout).headers if k != "Cookie")
    with pytest.raises(SecurityValidationError):
        specs["neptun"].validate_request(
            core_request(api, logout, _changed(_example(logout), headers=bare))
        )


def test_libreauth_actions_check_their_own_form(
    apis: dict[str, Api], specs: dict[str, OpenAPI]
) -> None:
    api = apis["libreauth"]
    login = _endpoint(api, "login")
    example = _example(login)
    without_password = "&".join(
        p for p in (example.body or "").split("&") if not p.startswith("pass=")
    )
    with pytest.raises(InvalidRequestBody):
        specs["libreauth"].validate_request(
            core_request(api, login, _changed(example, body=without_password))
        )
    other_action = (example.body or "").replace("type=login", "type=register", 1)
    with pytest.raises(InvalidRequestBody):
        specs["libreauth"].validate_request(
            core_request(api, login, _changed(example, body=other_action))
        )


def test_a_missing_required_query_parameter_is_refused(
    apis: dict[str, Api], specs: dict[str, OpenAPI]
) -> None:
    api = apis["plyr"]
    endpoint = next(
        e for e in api.endpoints if any(p.location == "query" and p.required for p in e.params)
    )
    example = _example(endpoint)
    with pytest.raises(MissingRequiredParameter):
        specs["plyr"].validate_request(
            core_request(api, endpoint, _changed(example, url=example.url.split("?")[0]))
        )
