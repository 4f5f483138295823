"""Whether a value fits its TypeRef, with a message naming the first place it does not.

Values arrive either as JSON values (a JSON body) or as text (a form body, a
query, a path segment, a header, a cookie); text is first read the way the
client wrote it (`scalar_text`: `true`, `42`, JSON for arrays and objects, the
empty string for null). `format` is not enforced: servers differ too much.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from typing import Any

from generator.ir.model import Api, TypeRef
from generator.wire.jsonstringify import stringify

_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")


def _js_length(text: str) -> int:
    """String length as JavaScript counts it (UTF-16 code units), which the spec's limits mean."""
    return len(text.encode("utf-16-le")) // 2


class TypeChecker:
    def __init__(self, api: Api) -> None:
        self.api = api

    def resolve(self, ref: TypeRef) -> TypeRef:
        """Follow model references; a nullable reference stays nullable."""
        nullable = ref.nullable
        while ref.kind == "model":
            assert ref.model is not None
            ref = self.api.model(ref.model.wire).type
            nullable = nullable or ref.nullable
        return replace(ref, nullable=nullable) if nullable != ref.nullable else ref

    def check(self, value: Any, ref: TypeRef, label: str, path: str) -> list[str]:
        """Problems of a JSON value; `label` says what it is (`field`), `path` where."""
        ref = self.resolve(ref)
        if value is None:
            if ref.nullable or ref.kind == "any":
                return []
            return [f"Invalid {label}: {path}: must not be null"]
        kind = ref.kind
        if kind == "any":
            return []
        if not self._is(value, kind):
            return [f"Invalid {label}: {path}: expected {kind}"]
        if ref.enum and value not in ref.enum:
            allowed = ", ".join(stringify(v) for v in ref.enum)
            return [f"Invalid {label}: {path}: expected one of {allowed}"]
        problems = self._limits(value, ref, label, path)
        if kind == "array":
            for index, item in enumerate(value):
                assert ref.items is not None
                problems += self.check(item, ref.items, label, f"{path}[{index}]")
        elif kind == "map":
            for key, item in value.items():
                assert ref.values is not None
                problems += self.check(item, ref.values, label, f"{path}.{key}")
        elif kind == "object" and ref.fields:
            problems += self.fields(value, ref, label, path)
        return problems

    def fields(self, value: dict[str, Any], ref: TypeRef, label: str, path: str) -> list[str]:
        """An object with declared fields: required ones present, no others, each fitting."""
        problems = []
        prefix = f"{path}." if path else ""
        declared = {f.name.wire for f in ref.fields}
        for item in ref.fields:
            name = item.name.wire
            if name in value:
                problems += self.check(value[name], item.type, label, prefix + name)
            elif item.required:
                problems.append(f"Missing {label}: {prefix}{name}")
        problems += [f"Unknown {label}: {prefix}{k}" for k in value if k not in declared]
        return problems

    def from_text(self, text: str, ref: TypeRef, label: str, path: str) -> list[str]:
        """Problems of a value written as text."""
        ref = self.resolve(ref)
        kind = ref.kind
        value: Any = text
        if text == "" and ref.nullable and kind != "string":
            return []
        if kind == "integer":
            if not _INTEGER.fullmatch(text):
                return [f"Invalid {label}: {path}: expected integer"]
            value = int(text)
        elif kind == "number":
            if not _NUMBER.fullmatch(text) or not math.isfinite(float(text)):
                return [f"Invalid {label}: {path}: expected number"]
            value = float(text)
        elif kind == "boolean":
            if text not in ("true", "false"):
                return [f"Invalid {label}: {path}: expected boolean"]
            value = text == "true"
        elif kind in ("array", "object", "map"):
            try:
                value = json.loads(text)
            except ValueError:
                return [f"Invalid {label}: {path}: expected {kind} as JSON text"]
        return self.check(value, ref, label, path)

    @staticmethod
    def _is(value: Any, kind: str) -> bool:
        if kind == "string":
            return isinstance(value, str)
        if kind == "boolean":
            return isinstance(value, bool)
        if kind == "integer":
            if isinstance(value, float):
                return value.is_integer()
            return isinstance(value, int) and not isinstance(value, bool)
        if kind == "number":
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if kind == "array":
            return isinstance(value, list)
        return isinstance(value, dict)

    @staticmethod
    def _limits(value: Any, ref: TypeRef, label: str, path: str) -> list[str]:
        where = f"Invalid {label}: {path}:"
        if isinstance(value, str):
            length = _js_length(value)
            if ref.min_length is not None and length < ref.min_length:
                return [f"{where} shorter than {ref.min_length} characters"]
            if ref.max_length is not None and length > ref.max_length:
                return [f"{where} longer than {ref.max_length} characters"]
            if ref.pattern is not None and not re.search(ref.pattern, value):
                return [f"{where} does not match {ref.pattern}"]
        elif isinstance(value, list):
            if ref.min_items is not None and len(value) < ref.min_items:
                return [f"{where} fewer than {ref.min_items} items"]
            if ref.max_items is not None and len(value) > ref.max_items:
                return [f"{where} more than {ref.max_items} items"]
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            if ref.minimum is not None and value < ref.minimum:
                return [f"{where} less than {stringify(ref.minimum)}"]
            if ref.maximum is not None and value > ref.maximum:
                return [f"{where} greater than {stringify(ref.maximum)}"]
        return []
