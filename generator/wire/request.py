"""The exact request for an endpoint of the intermediate model, for given values.

`describe` reduces an endpoint to a wire `Operation`; `build_request` fills
in the spec's examples and writes the request with `generator.wire.operation`,
the same code the generated clients run. The manifest's canonical example
(a fixed timestamp), the samples, the emulator and the tests all come through
here, so they cannot disagree about what goes on the wire.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.ir.model import Api, BearerScheme, Endpoint, ExampleRequest, HmacScheme
from generator.wire.operation import BearerAuth, HmacAuth, Operation, Value, build


def option_examples(api: Api) -> dict[str, Any]:
    return {o.field.name.wire: o.field.example for o in api.options}


def session_example(api: Api) -> Any:
    for scheme in api.auth:
        if scheme.kind == "session":
            return scheme.value.example
    return None


def describe(api: Api, endpoint: Endpoint) -> Operation:
    values = tuple(
        Value(
            name=field.name.wire,
            location=field.location,
            source=field.source,
            const=field.example if field.source in ("const", "dispatch") else None,
            option=field.option.wire if field.option is not None else None,
        )
        for field in endpoint.params + endpoint.body
    )
    signers: list[BearerAuth | HmacAuth] = []
    for name in endpoint.security:
        scheme = api.scheme(name)
        if isinstance(scheme, BearerScheme):
            signers.append(BearerAuth(scheme.option.wire))
        elif isinstance(scheme, HmacScheme):
            signers.append(
                HmacAuth(
                    secret_option=scheme.secret_option.wire,
                    signature_header=scheme.signature_header,
                    timestamp_header=scheme.timestamp_header,
                    milliseconds=scheme.timestamp_unit == "milliseconds",
                    message=scheme.message,
                    empty_body=scheme.empty_body,
                    algorithm=scheme.algorithm,
                )
            )
    return Operation(endpoint.method, endpoint.path, endpoint.encoding, values, tuple(signers))


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
    arguments = dict(values or {})
    for field in endpoint.params + endpoint.body:
        if field.source == "argument" and field.required:
            arguments.setdefault(field.name.wire, field.example)
    wire = build(
        describe(api, endpoint),
        arguments,
        base_url=base_url or endpoint.base_url,
        options=option_examples(api) if options is None else options,
        session=session_example(api) if session is ... else session,
        timestamp_ms=api.example_timestamp_ms if timestamp_ms is None else timestamp_ms,
    )
    return ExampleRequest(wire.method, wire.url, wire.headers, wire.body)
