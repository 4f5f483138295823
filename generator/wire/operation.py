"""An endpoint reduced to what decides its bytes on the wire, and the one function that writes them.

The generator's canonical requests, the emulator and every generated client
build requests with `build`: this module is copied verbatim into each client
package (as `_operation.py`, its imports of the sibling wire modules made
relative), so it imports nothing but the standard library and those modules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

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


@dataclass(frozen=True)
class Value:
    """One value of a request: its wire name, where it goes and who supplies it."""

    name: str
    location: Literal["path", "query", "header", "cookie", "body"]
    source: Literal["argument", "const", "option", "session", "dispatch"] = "argument"
    const: Any = None
    """The value itself, for `const` and `dispatch`."""
    option: str | None = None
    """The client option that supplies it, for `option`."""


@dataclass(frozen=True)
class BearerAuth:
    option: str


@dataclass(frozen=True)
class HmacAuth:
    """A signature over the timestamp and the exact body text, keyed with a client option."""

    secret_option: str
    signature_header: str
    timestamp_header: str
    milliseconds: bool
    message: tuple[str, ...]
    empty_body: str
    algorithm: str = "sha256"


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    encoding: Literal["json", "form", "none"]
    values: tuple[Value, ...]
    """Every value in wire order; body values keep the order they are serialized in."""
    signers: tuple[BearerAuth | HmacAuth, ...] = ()


@dataclass(frozen=True)
class WireRequest:
    method: str
    url: str
    headers: tuple[tuple[str, str], ...]
    body: str | None


def _lookup(
    value: Value, arguments: Mapping[str, Any], options: Mapping[str, Any], session: Any
) -> tuple[bool, Any]:
    if value.source in ("const", "dispatch"):
        return True, value.const
    if value.source == "option":
        found = options.get(value.option or value.name)
        return found is not None, found
    if value.source == "session":
        return session is not None, session
    return value.name in arguments, arguments.get(value.name)


def build(
    operation: Operation,
    arguments: Mapping[str, Any],
    *,
    base_url: str,
    options: Mapping[str, Any],
    session: Any,
    timestamp_ms: int,
    extra_headers: Sequence[tuple[str, str]] = (),
    extra_query: Sequence[tuple[str, Any]] = (),
    extra_body: Mapping[str, Any] | None = None,
) -> WireRequest:
    """The request for `arguments` (by wire name; an absent name is not sent).

    Header order: content type, auth values, computed auth (bearer, signature
    then timestamp), the endpoint's own headers, extra headers, cookies.
    """
    path = operation.path
    query: list[tuple[str, Any]] = []
    auth_headers: list[tuple[str, str]] = []
    own_headers: list[tuple[str, str]] = []
    cookies: list[tuple[str, str]] = []
    body_pairs: list[tuple[str, Any]] = []
    for value in operation.values:
        present, found = _lookup(value, arguments, options, session)
        if not present:
            continue
        if value.location == "path":
            path = path.replace("{" + value.name + "}", url_escape(scalar_text(found)))
        elif value.location == "query":
            query += flatten_query(value.name, found)
        elif value.location == "header":
            target = own_headers if value.source == "argument" else auth_headers
            target.append((value.name, scalar_text(found)))
        elif value.location == "cookie":
            cookies.append((value.name, scalar_text(found)))
        else:
            body_pairs.append((value.name, found))
    body_pairs += list((extra_body or {}).items())
    query += [pair for name, item in extra_query for pair in flatten_query(name, item)]

    body: str | None = None
    if operation.encoding == "json":
        body = stringify(dict(body_pairs))
    elif operation.encoding == "form":
        body = form_encode(body_pairs)

    headers: list[tuple[str, str]] = []
    if body is not None:
        headers.append(("Content-Type", CONTENT_TYPES[operation.encoding]))
    headers += auth_headers
    for signer in operation.signers:
        if isinstance(signer, BearerAuth):
            headers.append(("Authorization", f"Bearer {scalar_text(options.get(signer.option))}"))
        else:
            stamp = str(timestamp_ms if signer.milliseconds else timestamp_ms // 1000)
            signed = body if body is not None else signer.empty_body
            parts = [stamp if part == "timestamp" else signed for part in signer.message]
            secret = scalar_text(options.get(signer.secret_option))
            headers.append(
                (signer.signature_header, hmac_signature(secret, parts, signer.algorithm))
            )
            headers.append((signer.timestamp_header, stamp))
    headers += own_headers
    headers += list(extra_headers)
    if cookies:
        headers.append(("Cookie", "; ".join(f"{n}={v}" for n, v in cookies)))

    url = base_url.rstrip("/") + path
    if query:
        url += "?" + query_string(query)
    return WireRequest(operation.method, url, tuple(headers), body)
