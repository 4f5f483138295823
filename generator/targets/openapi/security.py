"""Auth schemes as OpenAPI security schemes, and the spec's own definitions beside them.

OpenAPI names values in a header, a query or a cookie (`apiKey`) and bearer
tokens (`http`). Everything else has no native word: a value in the body
(LibreAuth's app credentials and session id) becomes a documented body
property, and an HMAC signature becomes two `apiKey` headers whose
description says how to compute the signature. The spec's definitions of
every scheme travel whole in `x-apigen-auth`.
"""

from __future__ import annotations

from typing import Any

from generator.ir.model import (
    Api,
    AuthScheme,
    BearerScheme,
    CredentialsScheme,
    Endpoint,
    Field,
    HmacScheme,
    SessionScheme,
)

Schema = dict[str, Any]


def scheme_definition(scheme: AuthScheme) -> Schema:
    """The scheme as `api.yaml` writes it (the `x-apigen-auth` entry)."""
    if isinstance(scheme, CredentialsScheme):
        return {
            "type": "credentials",
            "description": scheme.description,
            "send": [
                {"option": v.option.wire if v.option else v.name.wire, "in": v.location}
                | {"name": v.name.wire}
                for v in scheme.values
            ],
        }
    if isinstance(scheme, SessionScheme):
        issuer: Schema = {"endpoint": scheme.issuer}
        if scheme.issuer_field is not None:
            issuer["field"] = scheme.issuer_field
        if scheme.issuer_cookie is not None:
            issuer["set_cookie"] = scheme.issuer_cookie
        out: Schema = {
            "type": "session",
            "description": scheme.description,
            "in": scheme.value.location,
            "name": scheme.value.name.wire,
            "example": scheme.value.example,
        }
        if scheme.value.option is not None:
            out["option"] = scheme.value.option.wire
        out["issued_by"] = issuer
        return out
    if isinstance(scheme, BearerScheme):
        return {"type": "bearer", "description": scheme.description, "option": scheme.option.wire}
    return {
        "type": "hmac",
        "description": scheme.description,
        "secret_option": scheme.secret_option.wire,
        "algorithm": scheme.algorithm,
        "digest_encoding": scheme.digest_encoding,
        "signature_header": scheme.signature_header,
        "timestamp_header": scheme.timestamp_header,
        "timestamp_unit": scheme.timestamp_unit,
        "message": list(scheme.message),
        "body_serialization": scheme.body_serialization,
        "empty_body": scheme.empty_body,
        "max_skew_seconds": scheme.max_skew_seconds,
    }


def hmac_recipe(scheme: HmacScheme) -> str:
    """How a client computes the signature header, in words."""
    parts = {
        "timestamp": f"the `{scheme.timestamp_header}` header value",
        "body": "the request body exactly as sent",
    }
    serialization = (
        "JSON written as JavaScript's `JSON.stringify` writes it: no spaces, keys in "
        "insertion order, non-ASCII characters unescaped"
        if scheme.body_serialization == "json-stringify"
        else scheme.body_serialization
    )
    return (
        f"To compute `{scheme.signature_header}`: concatenate "
        + ", then ".join(parts[p] for p in scheme.message)
        + f" (the body is {serialization}; `{scheme.empty_body}` stands in for a request "
        f"without one), then take the HMAC-{scheme.algorithm.upper()} of that text keyed "
        f"with the client option `{scheme.secret_option.wire}`, written as lowercase "
        f"{scheme.digest_encoding}. `{scheme.timestamp_header}` is the time of the request in "
        f"{scheme.timestamp_unit} since the Unix epoch; the server rejects one more than "
        f"{scheme.max_skew_seconds} seconds off."
    )


def native_schemes(scheme: AuthScheme) -> list[tuple[str, Schema]]:
    """The OpenAPI security schemes standing for one spec scheme (none for body values)."""
    name = scheme.name.wire
    if isinstance(scheme, BearerScheme):
        return [(name, {"type": "http", "scheme": "bearer", "description": scheme.description})]
    if isinstance(scheme, HmacScheme):
        signature = f"{scheme.description}\n\n{hmac_recipe(scheme)}"
        stamp = (
            f"The `{scheme.timestamp_header}` header that goes with the `{name}` signature: "
            f"the time of the request in {scheme.timestamp_unit} since the Unix epoch."
        )
        return [
            (name, _api_key("header", scheme.signature_header, signature)),
            (f"{name}.timestamp", _api_key("header", scheme.timestamp_header, stamp)),
        ]
    values = scheme.values if isinstance(scheme, CredentialsScheme) else (scheme.value,)
    out = []
    for value in values:
        if value.location == "body":
            continue
        key = name if len(values) == 1 else f"{name}.{value.name.wire}"
        out.append((key, _api_key(value.location, value.name.wire, value_note(scheme, value))))
    return out


def _api_key(where: str, name: str, description: str) -> Schema:
    return {"type": "apiKey", "in": where, "name": name, "description": description}


def value_note(scheme: AuthScheme, value: Field) -> str:
    """The description of one value an auth scheme sends."""
    if isinstance(scheme, SessionScheme):
        issued = (
            f"the `{scheme.issuer_field}` field of its answer"
            if scheme.issuer_field
            else f"the `{scheme.issuer_cookie}` cookie it sets"
        )
        return f"{scheme.description} Issued by `{scheme.issuer}` ({issued})."
    option = value.option.wire if value.option else value.name.wire
    return (
        f"{scheme.description} `{value.name.wire}`: {value.description} (client option `{option}`)."
    )


def security_schemes(api: Api) -> Schema:
    return {key: schema for scheme in api.auth for key, schema in native_schemes(scheme)}


def requirement(api: Api, security: tuple[str, ...]) -> list[Schema]:
    """A security requirement naming the native schemes of every scheme used, all at once."""
    names = [key for name in security for key, _ in native_schemes(api.scheme(name))]
    return [{key: [] for key in names}] if names else []


def auth_values(api: Api, endpoint: Endpoint) -> dict[tuple[str, str], str]:
    """Where the endpoint's auth-supplied values go, `(location, wire name)`, and their scheme."""
    found: dict[tuple[str, str], str] = {}
    for name in endpoint.security:
        scheme = api.scheme(name)
        if isinstance(scheme, CredentialsScheme):
            found.update({(v.location, v.name.wire): name for v in scheme.values})
        elif isinstance(scheme, SessionScheme):
            found[(scheme.value.location, scheme.value.name.wire)] = name
    return found
