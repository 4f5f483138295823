"""Examples the spec format needs and the document did not give: made up, and said so.

Every scalar field needs an example, and every response with content one; a
made-up value fits its type's format, enum and bounds so that the draft
validates, and carries a `guessed:` comment.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ruamel.yaml.comments import CommentedMap

from generator.importer.context import Context

MAX_DEPTH = 8
BY_FORMAT = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uri": "https://example.com/",
    "email": "user@example.com",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "ipv4": "192.0.2.1",
    "hex": "0123456789abcdef",
    "base64": "ZXhhbXBsZQ==",
    "jwt": "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl",
}
SCALARS = ("string", "integer", "number", "boolean")


def made_up(node: Mapping[str, Any], models: Mapping[str, Any], depth: int = 0) -> Any:
    """A value of the type `node` describes: its example if it has one, else one that fits."""
    if "example" in node:
        return node["example"]
    if "const" in node:
        return node["const"]
    kind = node.get("type")
    if depth > MAX_DEPTH:
        return [] if kind == "array" else {} if kind not in SCALARS else _scalar(kind, node)
    if kind in SCALARS:
        return _scalar(str(kind), node)
    if kind == "array":
        item = made_up(node.get("items") or {"type": "any"}, models, depth + 1)
        return [item] * max(1, int(node.get("min_items") or 0))
    if kind == "object":
        return {
            name: made_up(field, models, depth + 1)
            for name, field in (node.get("fields") or {}).items()
        }
    if kind in ("map", "any"):
        return {}
    model = models.get(str(kind))
    if model is None:
        return {}
    return made_up({**model, "type": model.get("type", "object")}, models, depth + 1)


def _scalar(kind: str, node: Mapping[str, Any]) -> Any:
    enum = node.get("enum")
    if enum:
        return enum[0]
    if "default" in node and node["default"] is not None:
        return node["default"]
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        low, high = node.get("minimum"), node.get("maximum")
        value = 1 if low is None else low
        if high is not None and value > high:
            value = high
        return int(value) if kind == "integer" else value
    text = BY_FORMAT.get(str(node.get("format")), "string")
    shortest, longest = node.get("min_length"), node.get("max_length")
    if shortest is not None and len(text) < shortest:
        text = text + "x" * (shortest - len(text))
    if longest is not None:
        text = text[:longest]
    return text


def needs_example(
    node: Mapping[str, Any], models: Mapping[str, Any], seen: frozenset[str] = frozenset()
) -> bool:
    """Whether the spec wants an example written here (as `generator.spec.checks` decides)."""
    kind = node.get("type")
    if kind in (*SCALARS, "map", "any"):
        return True
    if kind == "array":
        items = node.get("items")
        return items is None or needs_example(items, models, seen)
    if kind == "object":
        return node.get("fields") is None
    model = models.get(str(kind))
    if model is None or kind in seen:
        return True
    if "example" in model:
        return False
    return needs_example({**model, "type": model.get("type", "object")}, models, seen | {str(kind)})


def fill_field(
    ctx: Context, field: CommentedMap, models: Mapping[str, Any], required: bool = True
) -> None:
    """Give a field (and its inline members) the examples the spec wants."""
    written = "example" in field or "const" in field or "option" in field
    if not written and required and needs_example(field, models):
        field["example"] = made_up(field, models)
        ctx.note(field, "example", "no example in the document")
        written = True
    for member in (field.get("fields") or {}).values():
        fill_field(ctx, member, models, required and not written)


def fill_model(ctx: Context, model: CommentedMap, models: Mapping[str, Any]) -> None:
    if "example" in model:
        return
    if model.get("type", "object") not in ("object",) and needs_example(
        {**model, "type": model.get("type", "object")}, models
    ):
        model["example"] = made_up({**model, "type": model.get("type")}, models)
        ctx.note(model, "example", "no example in the document")
        return
    for member in (model.get("fields") or {}).values():
        fill_field(ctx, member, models)
