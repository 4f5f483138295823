"""How values are written into URLs, form bodies and headers.

Form bodies follow the WHATWG `application/x-www-form-urlencoded` serializer
(what `URLSearchParams` writes): ASCII letters, digits and `*-._` stay, a
space becomes `+`, every other byte of the UTF-8 text is `%XX`. Path segments
and query values use RFC 3986 percent-encoding, keeping only unreserved
characters.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from generator.wire.jsonstringify import js_number, stringify

_FORM_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._")


def scalar_text(value: Any) -> str:
    """A value as text in a URL, form field or header: booleans and numbers as JavaScript writes them."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return js_number(value)
    if isinstance(value, str):
        return value
    return stringify(value)


def form_escape(text: str) -> str:
    out = []
    for byte in text.encode("utf-8"):
        if byte in _FORM_SAFE:
            out.append(chr(byte))
        elif byte == 0x20:
            out.append("+")
        else:
            out.append(f"%{byte:02X}")
    return "".join(out)


def form_encode(pairs: list[tuple[str, Any]]) -> str:
    return "&".join(f"{form_escape(k)}={form_escape(scalar_text(v))}" for k, v in pairs)


def url_escape(text: str) -> str:
    return quote(text, safe="-._~")


def query_string(pairs: list[tuple[str, Any]]) -> str:
    return "&".join(f"{url_escape(k)}={url_escape(scalar_text(v))}" for k, v in pairs)


def flatten_query(name: str, value: Any) -> list[tuple[str, Any]]:
    """An array becomes the key repeated, in order."""
    if isinstance(value, list):
        return [(name, item) for item in value]
    return [(name, value)]
