"""JSON Schemas as spec types and fields.

Component schemas become models, reached by name; other local references are
read in place. What the spec format has no word for is approximated where a
client still sends and accepts the same values (a union becomes `any`, an
`allOf` of objects one object), with a comment saying so; a name that cannot
go on the wire as written is a problem.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.comments import CommentedMap

from generator.importer.context import Context, cmap, flow
from generator.importer.document import child
from generator.importer.errors import ImportFailed, Problem
from generator.importer.naming import is_wire_name
from generator.targets.openapi import extensions as x

SCALARS = ("string", "integer", "number", "boolean")
FORMATS = {
    "date-time": "date-time",
    "date": "date",
    "uri": "uri",
    "email": "email",
    "uuid": "uuid",
    "ipv4": "ipv4",
    "hex": "hex",
    "base64": "base64",
    "jwt": "jwt",
    "byte": "base64",
}
QUIET_FORMATS = {"int32", "int64", "float", "double"}
"""Formats that only restate the type: dropped without a comment (int64 kept on integers)."""
CONSTRAINTS = (
    ("minLength", "min_length"),
    ("maxLength", "max_length"),
    ("pattern", "pattern"),
    ("minimum", "minimum"),
    ("maximum", "maximum"),
    ("minItems", "min_items"),
    ("maxItems", "max_items"),
)
IGNORED_CONSTRAINTS = ("exclusiveMinimum", "exclusiveMaximum", "multipleOf", "uniqueItems")
MAX_DEPTH = 32


def _number(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _is_null_schema(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("type") == ["null"])


class Types:
    """Converts schemas of one document, noting guesses in the context."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # types -------------------------------------------------------------------

    def type_spec(self, schema: Any, pointer: str, depth: int = 0) -> CommentedMap:
        """A type: `type` (builtin or model name) and what goes with it."""
        if depth > MAX_DEPTH:
            raise ImportFailed([Problem(pointer, "the schema nests too deeply")])
        if schema is True or schema is None:
            return cmap(("type", "any"))
        if not isinstance(schema, dict):
            raise ImportFailed([Problem(pointer, "a schema must be a mapping")])
        target = self.ctx.doc.target(schema, pointer)
        if target is not None:
            model = self.ctx.model_at(target)
            if model is not None:
                return cmap(("type", model))
            resolved, where = self.ctx.doc.resolve(schema, pointer)
            return self.type_spec(resolved, where, depth + 1)
        nullable = bool(schema.get("nullable"))
        for key in ("anyOf", "oneOf"):
            branches = schema.get(key)
            if isinstance(branches, list):
                rest = [b for b in branches if not _is_null_schema(b)]
                if len(rest) < len(branches):
                    nullable = True
                if len(rest) == 1:
                    index = branches.index(rest[0])
                    out = self.type_spec(rest[0], child(child(pointer, key), index), depth + 1)
                    return self._nullable(out, nullable)
                out = cmap(("type", "any"))
                self.ctx.note(out, "type", f"{key} of {len(rest)} schemas read as any")
                return self._nullable(out, nullable)
        if isinstance(schema.get("allOf"), list):
            return self._nullable(self._all_of(schema, pointer, depth), nullable)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            nullable = nullable or len(kinds) < len(kind)
            if len(kinds) != 1:
                out = cmap(("type", "any"))
                if kinds:
                    self.ctx.note(out, "type", f"one of the types {', '.join(kinds)} read as any")
                return self._nullable(out, nullable)
            kind = kinds[0]
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                kind = "object"
            elif "items" in schema:
                kind = "array"
            elif "const" in schema or "enum" in schema:
                kind = _kind_of(schema.get("const", (schema.get("enum") or [None])[0]))
        if kind in SCALARS:
            out = self._scalar(kind, schema, pointer)
        elif kind == "array":
            out = cmap(("type", "array"))
            self._constraints(out, schema, pointer)
            items = schema.get("items")
            out["items"] = self.type_spec(items, child(pointer, "items"), depth + 1)
            if items is None:
                self.ctx.note(out, "items", "no items schema: any")
        elif kind == "object":
            out = self._object(schema, pointer, depth)
        elif kind == "null":
            out = cmap(("type", "any"))
            nullable = True
        else:
            out = cmap(("type", "any"))
        return self._nullable(out, nullable)

    def _nullable(self, out: CommentedMap, nullable: bool) -> CommentedMap:
        if nullable:
            out["nullable"] = True
        return out

    def _scalar(self, kind: str, schema: dict[str, Any], pointer: str) -> CommentedMap:
        out = cmap(("type", kind))
        fmt = schema.get("format")
        if isinstance(fmt, str):
            mapped = FORMATS.get(fmt)
            if fmt == "int64" and kind == "integer":
                out["format"] = "int64"
            elif mapped is not None and kind == "string":
                out["format"] = mapped
                if fmt != mapped:
                    self.ctx.note(out, "format", f"format {fmt} written as {mapped}")
            elif fmt not in QUIET_FORMATS:
                self.ctx.note(out, "type", f"format {fmt} dropped")
        enum = schema.get("enum")
        if isinstance(enum, list):
            values = [v for v in enum if v is not None]
            if len(values) < len(enum):
                out["nullable"] = True
            wanted = str if kind == "string" else int if kind == "integer" else None
            if values and wanted is not None and all(type(v) is wanted for v in values):
                out["enum"] = flow(values)
            elif values:
                self.ctx.note(out, "type", f"enum {values!r} dropped: only strings and integers")
        self._constraints(out, schema, pointer)
        return out

    def _constraints(self, out: CommentedMap, schema: dict[str, Any], pointer: str) -> None:
        for key, spec_key in CONSTRAINTS:
            value = schema.get(key)
            if value is None or isinstance(value, bool):
                continue
            if key == "pattern":
                try:
                    re.compile(value)
                except (re.error, TypeError):
                    self.ctx.note(out, "type", f"pattern {value!r} dropped: not a Python regex")
                    continue
            out[spec_key] = _number(value)
        for key in IGNORED_CONSTRAINTS:
            if key in schema and schema[key] is not False:
                self.ctx.note(out, "type", f"{key} dropped")

    def _object(self, schema: dict[str, Any], pointer: str, depth: int) -> CommentedMap:
        properties = schema.get("properties")
        extra = schema.get("additionalProperties")
        if isinstance(properties, dict) and properties:
            out = cmap(("type", "object"))
            out["fields"] = self.fields(schema, pointer, depth + 1)
            if isinstance(extra, dict):
                self.ctx.note(out, "type", "additionalProperties dropped beside properties")
            return out
        if isinstance(extra, dict):
            out = cmap(("type", "map"))
            out["values"] = self.type_spec(extra, child(pointer, "additionalProperties"), depth + 1)
            return out
        return cmap(("type", "object"))

    def _all_of(self, schema: dict[str, Any], pointer: str, depth: int) -> CommentedMap:
        parts = schema["allOf"]
        where = child(pointer, "allOf")
        if len(parts) == 1:
            return self.type_spec(parts[0], child(where, 0), depth + 1)
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for index, part in enumerate(parts):
            resolved, _ = self.ctx.doc.resolve(part, child(where, index))
            if not isinstance(resolved, dict) or not (
                "properties" in resolved or resolved.get("type") == "object"
            ):
                out = cmap(("type", "any"))
                self.ctx.note(out, "type", "allOf of schemas that are not all objects read as any")
                return out
            merged["properties"].update(resolved.get("properties") or {})
            merged["required"] += list(resolved.get("required") or [])
        out = self._object(merged, pointer, depth)
        self.ctx.note(out, "type", f"allOf of {len(parts)} objects merged into one")
        return out

    # fields ------------------------------------------------------------------

    def fields(self, schema: dict[str, Any], pointer: str, depth: int = 0) -> CommentedMap:
        """An object's properties as fields, by wire name."""
        required = set(schema.get("required") or [])
        out = CommentedMap()
        for name, prop in (schema.get("properties") or {}).items():
            out[name] = self.field(
                name, prop, child(child(pointer, "properties"), name), name in required, depth
            )
        return out

    def field(
        self,
        name: str,
        schema: Any,
        pointer: str,
        required: bool,
        depth: int = 0,
        *,
        example: Any = ...,
    ) -> CommentedMap:
        """A named value: its type plus description, example, optional, default, const."""
        if not is_wire_name(name):
            raise ImportFailed(
                [Problem(pointer, f"the name {name!r} cannot be written in the spec format")]
            )
        spec = self.type_spec(schema, pointer, depth)
        node = schema if isinstance(schema, dict) else {}
        out = CommentedMap()
        out["type"] = spec.pop("type")
        description = node.get("description") or self._model_description(out["type"])
        if description:
            out["description"] = str(description).strip()
        else:
            out["description"] = name.replace("_", " ").replace("-", " ").capitalize()
            self.ctx.note(out, "description", "no description in the document")
        for key, value in spec.items():
            out[key] = value
        self.move_notes(spec, out)
        if "const" in node:
            out["const"] = node["const"]
        if node.get(x.OPTION):
            out["option"] = node[x.OPTION]
        found = example if example is not ... else document_example(node)
        if found is not ... and "const" not in out and "option" not in out:
            out["example"] = found
        if not required:
            out["optional"] = True
        if "default" in node:
            out["default"] = node["default"]
        if node.get("deprecated"):
            out["deprecated"] = True
        if node.get(x.SECRET) or node.get("format") == "password" or node.get("writeOnly"):
            out["secret"] = True
            if not node.get(x.SECRET):
                self.ctx.note(out, "secret", "a password or write-only value")
        if node.get(x.SDK_NAME):
            out["sdk_name"] = node[x.SDK_NAME]
        return out

    def _model_description(self, spec_type: Any) -> str | None:
        """A field of a model type without its own description takes the model's."""
        for pointer, name in self.ctx.models.items():
            if name == spec_type:
                target = self.ctx.doc.at(pointer)
                if isinstance(target, dict) and target.get("description"):
                    return str(target["description"])
        return None

    def move_notes(self, source: CommentedMap, target: CommentedMap) -> None:
        entry = self.ctx.notes.pop(id(source), None)
        if entry is not None:
            for key, texts in entry[1].items():
                for text in texts:
                    self.ctx.note(target, key, text)

    # models ------------------------------------------------------------------

    def model(self, pointer: str) -> CommentedMap:
        """A component schema as a model (an alias of another model keeps its name)."""
        schema = self.ctx.doc.at(pointer)
        spec = self.type_spec(schema, pointer)
        node = schema if isinstance(schema, dict) else {}
        out = CommentedMap()
        if spec["type"] != "object":
            out["type"] = spec["type"]
        out["description"] = str(node.get("description") or "").strip()
        if not out["description"]:
            out["description"] = f"The {pointer.rsplit('/', 1)[-1]} schema."
            self.ctx.note(out, "description", "no description in the document")
        for key, value in spec.items():
            if key != "type":
                out[key] = value
        self.move_notes(spec, out)
        found = document_example(node)
        if found is not ...:
            out["example"] = found
        return out


def _kind_of(value: Any) -> str | None:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return None


def document_example(node: dict[str, Any]) -> Any:
    """The example a schema or parameter gives (`example`, or the first of `examples`), or `...`."""
    if "example" in node:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    return ...
