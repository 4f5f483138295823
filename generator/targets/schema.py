"""JSON Schemas of the spec format, for editors to validate and complete specs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from generator.ir.model import Api
from generator.render.header import header_text
from generator.spec.models import ApiFile, GroupFile
from generator.targets.base import Output

SCHEMAS: dict[str, type[BaseModel]] = {
    "schema/api.schema.json": ApiFile,
    "schema/group.schema.json": GroupFile,
}


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": header_text("generator/spec/models.py"),
        **schema,
    }


class SchemaTarget:
    name = "schema"

    def render(self, apis: Sequence[Api]) -> Output:
        output = Output()
        for path, model in SCHEMAS.items():
            output.add(path, json.dumps(json_schema(model), indent=2, sort_keys=False) + "\n")
        return output
