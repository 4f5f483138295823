"""Spec YAML text with the importer's comments, read back the same by any YAML reader."""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from generator.targets.openapi.yamltext import _BLOCK_SAFE, _YAML11_WORDS


def _null(representer: RoundTripRepresenter, _: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _style(value: Any) -> Any:
    if isinstance(value, str) and type(value) is str:
        if "\n" in value and _BLOCK_SAFE.match(value) and not value.startswith((" ", "\n")):
            return LiteralScalarString(value)
        if _YAML11_WORDS.match(value):
            return DoubleQuotedScalarString(value)
        return value
    if isinstance(value, CommentedMap):
        for key in list(value):
            value[key] = _style(value[key])
        return value
    if isinstance(value, CommentedSeq):
        for index, item in enumerate(value):
            value[index] = _style(item)
        return value
    if isinstance(value, dict):
        return {key: _style(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_style(item) for item in value]
    return value


def dump_spec(node: CommentedMap) -> str:
    yaml = YAML(typ="rt")
    yaml.width = 1_000_000
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(type(None), _null)
    buffer = io.StringIO()
    yaml.dump(_style(node), buffer)
    return buffer.getvalue()
