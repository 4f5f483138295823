"""Hostile example values, and a small API spec that puts them everywhere a sample writes a value.

The spec has a JSON endpoint (path, query and header parameters, string,
array and nested object body fields), a form endpoint and an HMAC-signed
endpoint, so every string a sample embeds lands in a string literal, a URL,
a form field, JSON text, a header or an HMAC key. The spec is written as JSON
(which YAML reads as it is), with every character a YAML stream cannot hold
raw written as an escape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

# fmt: off
PIECES = (
    '"', "'", "`", "\\", "\\\\", '\\"', "$x", "${x}", "#{x}", "$(id)", "%", "%20", "%s", "%d",
    "&", "=", "+", "?", "#", "/", "\n", "\r\n", "\r", "\t", "\x01", "\x08", "\x0b", "\x0c",
    "\x1b", "\x7f", "\x85", "é", "ü", "€", "中文", "😀", "\u2028", "\u200b", "\ufeff", "*/",
    "/*", "?>", "<?php", "</script>", "<script>", "{{ }}", "{{x}}", "{x}", "{0}", "@x",
    "@{x}", "{", "}", "[", "]", "<", ">", ";", "|", "!", "~", "^", "(", ")", ",", ":",
    " ", "  ", "end", "EOF", "\\n", "\\u0041", "\\x41", "NUL-free",
)
# fmt: on
"""Fragments that break naive quoting in one language or another (NUL never occurs)."""

_TEXT = st.characters(exclude_characters="\x00", exclude_categories=("Cs",))

hostile_text = st.lists(
    st.sampled_from(PIECES) | st.text(_TEXT, min_size=1, max_size=4), min_size=1, max_size=6
).map("".join)
"""Any text but NUL and lone surrogates, mostly made of hostile pieces."""

_HEADER_PIECES = tuple(p for p in PIECES if p.isascii() and p.isprintable())

header_text = (
    st.lists(
        st.sampled_from(_HEADER_PIECES)
        | st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=4),
        min_size=1,
        max_size=6,
    )
    .map("".join)
    .map(str.strip)
    .filter(bool)
)
"""Header values: visible ASCII and inner spaces (HTTP forbids controls and trims the ends)."""

path_text = hostile_text.filter(lambda t: t not in (".", ".."))
"""A path segment: `.` and `..` are dot-segments every URL library removes."""

EVERYTHING = "".join(PIECES)
"""One value holding every piece at once."""
HEADER_EVERYTHING = "".join(_HEADER_PIECES).strip()


@dataclass(frozen=True)
class Values:
    """The example value of each place a sample writes one."""

    path: str
    query: str
    header: str
    title: str
    tag: str
    note: str
    form_field: str
    form_other: str
    signed_text: str
    api_key: str
    secret_key: str


values = st.builds(
    Values,
    path=path_text,
    query=hostile_text,
    header=header_text,
    title=hostile_text,
    tag=hostile_text,
    note=hostile_text,
    form_field=hostile_text,
    form_other=hostile_text,
    signed_text=hostile_text,
    api_key=header_text,
    secret_key=hostile_text,
)

KITCHEN_SINK = Values(
    path=EVERYTHING,
    query=EVERYTHING,
    header=HEADER_EVERYTHING,
    title=EVERYTHING,
    tag=EVERYTHING,
    note=EVERYTHING,
    form_field=EVERYTHING,
    form_other=EVERYTHING,
    signed_text=EVERYTHING,
    api_key=HEADER_EVERYTHING,
    secret_key=EVERYTHING,
)

_OK = {"200": {"description": "Done", "body": {"type": "Message"}, "example": {"message": "done"}}}


def _string(example: str, **more: Any) -> dict[str, Any]:
    return {"type": "string", "description": "A hostile value", "example": example, **more}


def api_spec(v: Values, languages: list[str]) -> dict[str, Any]:
    return {
        "name": "hostile",
        "title": "Hostile values",
        "version": "1.0",
        "description": "Example values that break naive samples.",
        "servers": {"main": {"url": "https://hostile.invalid/api", "description": "The server"}},
        "client": {
            "class_name": "Hostile",
            "env_prefix": "HOSTILE",
            "options": {
                "api_key": _string(v.api_key, secret=True),
                "secret_key": _string(v.secret_key, secret=True),
            },
        },
        "auth": {
            "apikey": {
                "type": "credentials",
                "description": "The key header.",
                "send": [{"option": "api_key", "in": "header", "name": "x-api-key"}],
            },
            "signature": {
                "type": "hmac",
                "description": "HMAC of the timestamp and the body.",
                "secret_option": "secret_key",
                "signature_header": "signature",
                "timestamp_header": "timestamp",
                "timestamp_unit": "milliseconds",
                "message": ["timestamp", "body"],
                "body_serialization": "json-stringify",
                "empty_body": "{}",
                "max_skew_seconds": 300,
            },
        },
        "security": ["apikey"],
        "defaults": {"encoding": "json"},
        "models": {
            "Message": {
                "description": "An answer.",
                "fields": {"message": _string("done")},
            }
        },
        "samples": {"languages": languages},
    }


def group_spec(v: Values) -> dict[str, Any]:
    return {
        "group": "things",
        "description": "Endpoints whose examples are hostile.",
        "endpoints": {
            "create": {
                "summary": "A JSON body with parameters everywhere",
                "description": "Hostile examples.",
                "method": "POST",
                "path": "/things/{name}",
                "params": {
                    "name": {"in": "path", **_string(v.path)},
                    "q": {"in": "query", **_string(v.query)},
                    "x-note": {"in": "header", **_string(v.header)},
                },
                "body": {
                    "title": _string(v.title),
                    "tags": {
                        "type": "array",
                        "items": {"type": "string"},
                        "description": "Tags",
                        "example": [v.tag, "plain"],
                    },
                    "meta": {
                        "type": "object",
                        "description": "Nested",
                        "fields": {
                            "note": _string(v.note),
                            "count": {"type": "integer", "description": "n", "example": 3},
                        },
                    },
                },
                "responses": _OK,
            },
            "submit": {
                "summary": "A form body",
                "description": "Hostile examples.",
                "method": "POST",
                "path": "/forms",
                "encoding": "form",
                "body": {"field": _string(v.form_field), "other": _string(v.form_other)},
                "responses": _OK,
            },
            "sign": {
                "summary": "A signed JSON body",
                "description": "Hostile examples.",
                "method": "PUT",
                "path": "/signed",
                "security": ["apikey", "signature"],
                "body": {"text": _string(v.signed_text)},
                "responses": _OK,
            },
        },
    }


def yaml_text(data: Any) -> str:
    """JSON, which YAML reads as it is, with what YAML cannot hold raw escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    out = []
    for char in text:
        if char.isprintable() or char in "\n ":
            out.append(char)
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return "".join(out) + "\n"


def write_spec(folder: Path, v: Values, languages: list[str]) -> Path:
    """`folder/hostile/{api,things}.yaml`; returns the specs folder."""
    api = folder / "hostile"
    api.mkdir(parents=True)
    (api / "api.yaml").write_text(yaml_text(api_spec(v, languages)), "utf-8")
    (api / "things.yaml").write_text(yaml_text(group_spec(v)), "utf-8")
    return folder
