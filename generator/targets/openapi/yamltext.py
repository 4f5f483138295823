"""Plain data as YAML text that every YAML reader reads back the same.

Keys keep their insertion order (the document's order is decided where it is
built). Multi-line text is a literal block, so code samples read as code;
words that YAML 1.1 readers take for booleans (`yes`, `on`) are quoted, and
null is written `null`.
"""

from __future__ import annotations

import io
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

_YAML11_WORDS = re.compile(r"^(y|n|yes|no|on|off|true|false|null|~)$", re.IGNORECASE)
_BLOCK_SAFE = re.compile(r"^[\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*$")


def _null(representer: RoundTripRepresenter, _: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _styled(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _styled(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_styled(item) for item in value]
    if isinstance(value, str) and type(value) is str:
        if "\n" in value and _BLOCK_SAFE.match(value) and not value.startswith((" ", "\n")):
            return LiteralScalarString(value)
        if _YAML11_WORDS.match(value):
            return DoubleQuotedScalarString(value)
    return value


def dump_yaml(data: Any) -> str:
    yaml = YAML(typ="rt")
    yaml.width = 1_000_000
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(type(None), _null)
    buffer = io.StringIO()
    yaml.dump(_styled(data), buffer)
    return buffer.getvalue()
