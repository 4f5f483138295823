"""Python spellings of IR types, and the pydantic classes an API needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.ir.model import Api, Field, TypeRef

PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "any": "Any"}


@dataclass(frozen=True)
class PyField:
    name: str
    wire: str
    annotation: str
    required: bool
    default: str | None
    description: str
    secret: bool

    @property
    def needs_alias(self) -> bool:
        return self.name != self.wire


@dataclass(frozen=True)
class PyClass:
    name: str
    description: str
    fields: tuple[PyField, ...]
    example: Any


def annotation(ref: TypeRef, owner: str, classes: list[PyClass]) -> str:
    """The annotation of a type; inline objects become classes named after their owner."""
    if ref.kind == "model":
        assert ref.model is not None
        text = ref.model.pascal
    elif ref.kind in PRIMITIVES:
        text = PRIMITIVES[ref.kind]
        if ref.enum:
            literal = ", ".join(repr(v) for v in ref.enum)
            # Unknown values the API adds later still validate.
            text = f"Literal[{literal}] | {text}"
    elif ref.kind == "array":
        assert ref.items is not None
        text = f"list[{annotation(ref.items, owner + 'Item', classes)}]"
    elif ref.kind == "map":
        assert ref.values is not None
        text = f"dict[str, {annotation(ref.values, owner + 'Value', classes)}]"
    elif ref.fields:
        classes.append(py_class(owner, "", ref.fields, None, classes))
        text = owner
    else:
        text = "dict[str, Any]"
    return f"{text} | None" if ref.nullable and text != "Any" else text


def py_field(field: Field, owner: str, classes: list[PyClass]) -> PyField:
    text = annotation(field.type, owner + field.name.pascal, classes)
    default = None
    if not field.required:
        default = repr(field.default) if field.has_default else "None"
        if not field.has_default and not text.endswith("| None") and text != "Any":
            text = f"{text} | None"
    return PyField(
        name=field.name.py,
        wire=field.name.wire,
        annotation=text,
        required=field.required,
        default=default,
        description=field.description,
        secret=field.secret,
    )


def py_class(
    name: str, description: str, fields: tuple[Field, ...], example: Any, classes: list[PyClass]
) -> PyClass:
    return PyClass(
        name=name,
        description=description,
        fields=tuple(py_field(f, name, classes) for f in fields),
        example=example,
    )


def model_classes(api: Api) -> tuple[list[PyClass], list[tuple[str, str, str]]]:
    """Classes for the API's object models, and aliases for its other named types."""
    classes: list[PyClass] = []
    aliases: list[tuple[str, str, str]] = []
    for model in api.models:
        if model.type.kind == "object" and model.type.fields:
            classes.append(
                py_class(
                    model.name.pascal, model.description, model.type.fields, model.example, classes
                )
            )
        else:
            aliases.append(
                (
                    model.name.pascal,
                    annotation(model.type, model.name.pascal, classes),
                    model.description,
                )
            )
    return classes, aliases
