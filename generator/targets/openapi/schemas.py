"""Types, fields and models as JSON Schema 2020-12, the schema dialect of OpenAPI 3.1.

Nullability is a `"null"` type (or an `anyOf` with a `null` branch for
references and free values); models are `components/schemas` entries reached
by `$ref`. An example is written only where it is not what the parts already
give (the spec derives examples of objects and arrays the same way), so a
round trip through the importer keeps every example exactly.
"""

from __future__ import annotations

from typing import Any

from generator.ir.model import Api, Field, Model, TypeRef
from generator.targets.openapi import extensions as x

SCHEMA_PREFIX = "#/components/schemas/"
MAX_EXAMPLE_DEPTH = 8

Schema = dict[str, Any]


def number(value: float) -> int | float:
    """`1.0` as `1`: constraints read as the spec wrote them."""
    return int(value) if float(value).is_integer() else value


class Schemas:
    """Schemas of one API's types; knows its models to derive examples."""

    def __init__(self, api: Api) -> None:
        self.models = {m.name.wire: m for m in api.models}

    # examples ----------------------------------------------------------------
    # The spec derives the example of an object, an array or a model reference
    # from its parts (`generator.ir.build`, to a depth of 8); these mirror that,
    # so an example is written only where the spec wrote one.

    def _derived(self, ref: TypeRef, depth: int) -> Any:
        if ref.kind == "array":
            item = self._value(ref.items, depth + 1) if ref.items else None
            return [] if item is None else [item]
        if ref.kind == "object":
            return {f.name.wire: self._value(f, depth + 1) for f in ref.fields}
        if ref.kind == "model" and ref.model is not None:
            model = self.models.get(ref.model.wire)
            return self._value(model, depth + 1) if model else None
        return None

    def _value(self, node: Field | Model | TypeRef, depth: int) -> Any:
        if depth > MAX_EXAMPLE_DEPTH:
            return None
        if isinstance(node, TypeRef):
            return self._derived(node, depth)
        if self.written(node.example, node.type):
            return node.example
        return self._derived(node.type, depth)

    def written(self, example: Any, ref: TypeRef) -> bool:
        """Whether an example is not what the parts give (so the spec must have written it)."""
        return bool(example != self._derived(ref, 0))

    def derivable(self, ref: TypeRef, seen: frozenset[str] = frozenset()) -> bool:
        """Whether the spec may leave this type's example out (as `generator.spec.checks` says)."""
        if ref.kind == "array":
            return ref.items is not None and self.derivable(ref.items, seen)
        if ref.kind == "object":
            return bool(ref.fields)
        if ref.kind == "model" and ref.model is not None:
            model = self.models.get(ref.model.wire)
            if model is None or ref.model.wire in seen:
                return False
            return self.written(model.example, model.type) or self.derivable(
                model.type, seen | {ref.model.wire}
            )
        return False

    def needs_example(self, example: Any, ref: TypeRef) -> bool:
        """Whether to write the example: the spec wrote it (`null` only where it may be null)."""
        if example is None:
            return ref.nullable and not self.derivable(ref)
        return self.written(example, ref) or not self.derivable(ref)

    # types -------------------------------------------------------------------

    def type_schema(self, ref: TypeRef) -> Schema:
        """A type on its own: constraints, members, nullability."""
        if ref.kind == "model":
            assert ref.model is not None
            target: Schema = {"$ref": SCHEMA_PREFIX + ref.model.wire}
            return {"anyOf": [target, {"type": "null"}]} if ref.nullable else target
        if ref.kind == "any":
            return {"anyOf": [{}, {"type": "null"}]} if ref.nullable else {}
        schema: Schema = {}
        kind = "object" if ref.kind == "map" else ref.kind
        schema["type"] = [kind, "null"] if ref.nullable else kind
        if ref.format:
            schema["format"] = ref.format
        if ref.enum:
            schema["enum"] = [*ref.enum, None] if ref.nullable else list(ref.enum)
        for key, value in (
            ("minLength", ref.min_length),
            ("maxLength", ref.max_length),
            ("pattern", ref.pattern),
            ("minimum", ref.minimum),
            ("maximum", ref.maximum),
            ("minItems", ref.min_items),
            ("maxItems", ref.max_items),
        ):
            if value is not None:
                schema[key] = number(value) if isinstance(value, float) else value
        if ref.kind == "array" and ref.items is not None:
            schema["items"] = self.type_schema(ref.items)
        if ref.kind == "map" and ref.values is not None:
            schema["additionalProperties"] = self.type_schema(ref.values)
        if ref.kind == "object" and ref.fields:
            schema.update(self.object_members(ref.fields))
        return schema

    def object_members(self, fields: tuple[Field, ...]) -> Schema:
        members: Schema = {"properties": {f.name.wire: self.field_schema(f) for f in fields}}
        required = [f.name.wire for f in fields if f.required]
        if required:
            members["required"] = required
        return members

    # fields ------------------------------------------------------------------

    def field_schema(self, field: Field, *, with_example: bool = True) -> Schema:
        """A field's type plus what the spec says about the value: docs, default, const."""
        schema: Schema = {"description": field.description}
        schema.update(self.type_schema(field.type))
        fixed = field.source in ("const", "dispatch")
        if fixed:
            schema.pop("enum", None)  # the dispatch field's one value
            schema["const"] = field.example
        if field.has_default:
            schema["default"] = field.default
        if with_example and not fixed and self.needs_example(field.example, field.type):
            schema["examples"] = [field.example]
        if field.deprecated:
            schema["deprecated"] = True
        schema.update(field_extensions(field))
        return schema

    def model_schema(self, model: Model) -> Schema:
        schema: Schema = {"description": model.description}
        schema.update(self.type_schema(model.type))
        if self.needs_example(model.example, model.type):
            schema["examples"] = [model.example]
        return schema

    def components(self) -> Schema:
        return {name: self.model_schema(model) for name, model in self.models.items()}


def field_extensions(field: Field) -> Schema:
    """What a field says beyond its schema: where its value comes from, how it is shown."""
    out: Schema = {}
    if field.source == "option" and field.option is not None:
        out[x.OPTION] = field.option.wire
    if field.secret:
        out[x.SECRET] = True
    if field.sdk_name is not None:
        out[x.SDK_NAME] = field.sdk_name.wire
    return out
