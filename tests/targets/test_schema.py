"""The JSON Schema of the spec format validates real specs and rejects broken ones."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML

from generator.targets.schema import SCHEMAS, json_schema
from tests.conftest import ROOT, SPECS

SCHEMA_COMMENT = re.compile(r"^# yaml-language-server: \$schema=(\S+)$", re.M)


def _validator(name: str) -> jsonschema.Draft202012Validator:
    model = SCHEMAS[f"schema/{name}"]
    return jsonschema.Draft202012Validator(json_schema(model))


def _load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text())


SPEC_FILES = sorted(SPECS.glob("*/*.yaml"))


@pytest.mark.parametrize("path", SPEC_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_spec_file_names_its_schema_and_validates_against_it(path: Path) -> None:
    match = SCHEMA_COMMENT.search(path.read_text())
    assert match, f"{path} lacks a `# yaml-language-server: $schema=...` line"
    schema_file = (path.parent / match.group(1)).resolve()
    assert schema_file.is_file(), f"{schema_file} does not exist"
    name = schema_file.name
    assert name == ("api.schema.json" if path.name == "api.yaml" else "group.schema.json")
    errors = list(_validator(name).iter_errors(_load(path)))
    assert errors == [], [e.message for e in errors]


def test_the_schema_rejects_a_broken_spec() -> None:
    data = _load(SPECS / "plyr" / "api.yaml")
    data["servers"]["mainnet"]["urll"] = data["servers"]["mainnet"].pop("url")
    data["auth"]["signature"]["type"] = "hmac-sha1"
    messages = [e.message for e in _validator("api.schema.json").iter_errors(data)]
    assert any("'urll'" in m for m in messages), messages
    assert len(messages) >= 2


def test_the_written_schemas_are_the_generated_ones() -> None:
    import json

    for path, model in SCHEMAS.items():
        written = json.loads((ROOT / "generated" / path).read_text())
        assert written == json_schema(model)
