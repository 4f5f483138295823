"""The exact request a client sends for given values: method, URL, headers, body.

One function serves the manifest's canonical example (the spec's example
values, a fixed timestamp), the samples, the clients' tests and the emulator,
so they cannot disagree about what goes on the wire.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.ir.model import Api, BearerScheme, Endpoint, ExampleRequest, Field, HmacScheme
from generator.wire.encoding import (
    flatten_query,
    form_encode,
    query_string,
    scalar_text,
    url_escape,
)
from generator.wire.jsonstringify import stringify
from generator.wire.signing import hmac_signature

CONTENT_TYPES = {"json": "application/json", "form": "application/x-www-form-urlencoded"}


def option_examples(api: Api) -> dict[str, Any]:
    return {o.field.name.wire: o.field.example for o in api.options}


def session_example(api: Api) -> Any:
    for scheme in api.auth:
        if scheme.kind == "session":
            return scheme.value.example
    return None


def _value(
    field: Field,
    values: Mapping[str, Any],
    options: Mapping[str, Any],
    session: Any,
) -> tuple[bool, Any]:
    """(present, value) of one wire field."""
    if field.source in ("const", "dispatch"):
        return True, field.example
    if field.source == "option":
        assert field.option is not None
        value = options.get(field.option.wire)
        return value is not None, value
    if field.source == "session":
        return session is not None, session
    if field.name.wire in values:
        return True, values[field.name.wire]
    return field.required, field.example


def build_request(
    api: Api,
    endpoint: Endpoint,
    values: Mapping[str, Any] | None = None,
    *,
    options: Mapping[str, Any] | None = None,
    session: Any = ...,
    timestamp_ms: int | None = None,
    base_url: str | None = None,
) -> ExampleRequest:
    """The request for `values` (by wire name; missing required ones take their example)."""
    values = values or {}
    options = option_examples(api) if options is None else options
    session = session_example(api) if session is ... else session
    timestamp = api.example_timestamp_ms if timestamp_ms is None else timestamp_ms

    path = endpoint.path
    query: list[tuple[str, Any]] = []
    auth_headers: list[tuple[str, str]] = []
    own_headers: list[tuple[str, str]] = []
    cookies: list[tuple[str, str]] = []
    for field in endpoint.params:
        present, value = _value(field, values, options, session)
        if not present:
            continue
        if field.location == "path":
            path = path.replace("{" + field.name.wire + "}", url_escape(scalar_text(value)))
        elif field.location == "query":
            query += flatten_query(field.name.wire, value)
        elif field.location == "header":
            target = own_headers if field.source == "argument" else auth_headers
            target.append((field.name.wire, scalar_text(value)))
        elif field.location == "cookie":
            cookies.append((field.name.wire, scalar_text(value)))

    body_pairs = []
    for field in endpoint.body:
        present, value = _value(field, values, options, session)
        if present:
            body_pairs.append((field.name.wire, value))
    body: str | None = None
    if endpoint.encoding == "json":
        body = stringify(dict(body_pairs))
    elif endpoint.encoding == "form":
        body = form_encode(body_pairs)

    # Order: content type, auth values, computed auth headers, the endpoint's own, cookies.
    headers: list[tuple[str, str]] = []
    if body is not None:
        headers.append(("Content-Type", CONTENT_TYPES[endpoint.encoding]))
    headers += auth_headers
    for name in endpoint.security:
        scheme = api.scheme(name)
        if isinstance(scheme, BearerScheme):
            token = options.get(scheme.option.wire)
            headers.append(("Authorization", f"Bearer {scalar_text(token)}"))
        elif isinstance(scheme, HmacScheme):
            stamp = str(timestamp if scheme.timestamp_unit == "milliseconds" else timestamp // 1000)
            signed = body if body is not None else scheme.empty_body
            parts = [stamp if part == "timestamp" else signed for part in scheme.message]
            secret = scalar_text(options.get(scheme.secret_option.wire))
            headers.append((scheme.signature_header, hmac_signature(secret, parts)))
            headers.append((scheme.timestamp_header, stamp))
    headers += own_headers
    if cookies:
        headers.append(("Cookie", "; ".join(f"{n}={v}" for n, v in cookies)))

    url = (base_url or endpoint.base_url).rstrip("/") + path
    if query:
        url += "?" + query_string(query)
    return ExampleRequest(endpoint.method, url, tuple(headers), body)
