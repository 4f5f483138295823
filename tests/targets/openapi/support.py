"""What the OpenAPI tests share: the exported documents, and requests openapi-core can validate."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest
from ruamel.yaml import YAML
from werkzeug.datastructures import ImmutableMultiDict

from generator.ir.model import Api, Endpoint, ExampleRequest
from generator.targets.openapi.operations import path_keys


def load_yaml(text: str | bytes) -> Any:
    """YAML as plain data, the way a consumer of the document reads it."""
    return YAML(typ="safe", pure=True).load(text.decode() if isinstance(text, bytes) else text)


def _path_values(template: str, path: str) -> dict[str, str]:
    """The path parameters of `path` (as sent, percent-encoded), decoded as a server does."""
    pattern = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
    found = re.match(pattern, path)
    assert found is not None, (template, path)
    return {name: unquote(value) for name, value in found.groupdict().items()}


def core_request(api: Api, endpoint: Endpoint, request: ExampleRequest) -> MockRequest:
    """The request as openapi-core sees it, routed the way docs/openapi.md says.

    Routing is on the raw path and path parameters are decoded, as a web
    framework does. An operation whose path has a fragment (a dispatched
    action, or endpoints sharing a method and path) is picked by that key.
    """
    url = urlsplit(request.url)
    headers = dict(request.headers)
    cookies = dict(
        part.split("=", 1) for part in headers.get("Cookie", "").split("; ") if "=" in part
    )
    base = urlsplit(next(s.url for s in api.servers if s.name == endpoint.server)).path
    key = path_keys(api.endpoints)[endpoint.id]
    core = MockRequest(
        f"{url.scheme}://{url.netloc}",
        request.method,
        url.path,
        path_pattern=base + key if "#" in key else None,
        view_args=_path_values(base + endpoint.path, url.path) or None,
        headers=headers,
        cookies=cookies,
        data=request.body.encode() if request.body is not None else None,
        content_type=headers.get("Content-Type", ""),
    )
    core.parameters.query = ImmutableMultiDict(parse_qsl(url.query, keep_blank_values=True))
    return core


def openapi(document: dict[str, Any], *, validated: bool = True) -> OpenAPI:
    """openapi-core's view of a document; it checks the document first unless told not to."""
    config = None if validated else Config(spec_validator_cls=None)
    return OpenAPI.from_dict(document, config=config)
