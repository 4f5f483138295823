"""Check a value (an `example:`) against a spec type, naming where it does not fit."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from generator.spec.models import BUILTIN_TYPES, FieldSpec, Model, TypeSpec

Problem = tuple[tuple[str | int, ...], str]


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def value_problems(
    spec: TypeSpec, value: Any, models: Mapping[str, Model], depth: int = 0
) -> list[Problem]:
    """Every way `value` fails to fit `spec`, each with the sub-path inside the value."""
    if depth > 32:
        return [((), "type nests more than 32 levels deep")]
    if value is None:
        return [] if spec.nullable else [((), "null is not allowed here (mark the type nullable)")]
    kind = spec.type
    if kind not in BUILTIN_TYPES:
        model = models.get(kind)
        if model is None:
            return []  # the unknown reference is reported on its own
        return value_problems(model, value, models, depth + 1)
    actual = _kind(value)
    if kind == "any":
        return []
    fits = (
        actual == kind
        or (kind == "number" and actual == "integer")
        or (kind == "map" and actual == "object")
    )
    if not fits:
        return [((), f"expected {kind}, got {actual} {value!r}"[:200])]
    problems: list[Problem] = []
    if spec.enum is not None and value not in spec.enum:
        problems.append(((), f"{value!r} is not one of {spec.enum!r}"))
    if isinstance(value, str):
        if spec.min_length is not None and len(value) < spec.min_length:
            problems.append(((), f"shorter than min_length {spec.min_length}"))
        if spec.max_length is not None and len(value) > spec.max_length:
            problems.append(((), f"longer than max_length {spec.max_length}"))
        if spec.pattern is not None and not re.search(spec.pattern, value):
            problems.append(((), f"{value!r} does not match pattern {spec.pattern!r}"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if spec.minimum is not None and value < spec.minimum:
            problems.append(((), f"{value} is below minimum {spec.minimum:g}"))
        if spec.maximum is not None and value > spec.maximum:
            problems.append(((), f"{value} is above maximum {spec.maximum:g}"))
    if isinstance(value, list):
        if spec.min_items is not None and len(value) < spec.min_items:
            problems.append(((), f"fewer than min_items {spec.min_items}"))
        if spec.max_items is not None and len(value) > spec.max_items:
            problems.append(((), f"more than max_items {spec.max_items}"))
        if spec.items is not None:
            for index, item in enumerate(value):
                for sub, message in value_problems(spec.items, item, models, depth + 1):
                    problems.append(((index, *sub), message))
    if isinstance(value, dict):
        if kind == "map":
            if spec.values is not None:
                for key, item in value.items():
                    for sub, message in value_problems(spec.values, item, models, depth + 1):
                        problems.append(((key, *sub), message))
        elif spec.fields is not None:
            problems += _object_problems(spec.fields, value, models, depth)
    return problems


def _object_problems(
    fields: Mapping[str, FieldSpec], value: dict[str, Any], models: Mapping[str, Model], depth: int
) -> list[Problem]:
    problems: list[Problem] = []
    for name, field in fields.items():
        if name not in value:
            if not field.optional and field.const is None:
                problems.append(((), f"missing required field {name!r}"))
            continue
        for sub, message in value_problems(field, value[name], models, depth + 1):
            problems.append(((name, *sub), message))
    for name in value:
        if name not in fields:
            problems.append(((name,), "not a field of this type"))
    return problems
