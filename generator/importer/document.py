"""Read an OpenAPI 3.0/3.1 document (JSON or YAML) and follow its local `$ref`s.

Only references inside the document (`#/...`) are followed: the importer
writes one API from one file, so a reference to another file is a problem
named by its pointer, as is a reference that leads nowhere or in a circle.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from generator.importer.errors import ImportFailed, Problem

VERSIONS = ("3.0.", "3.1.")
MAX_REF_HOPS = 64


def child(pointer: str, key: str | int) -> str:
    """The pointer of a member: `~` and `/` escaped as RFC 6901 says."""
    return f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def load_document(path: Path) -> dict[str, Any]:
    """The document as plain data, or a problem saying why it is not an OpenAPI 3 document."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFailed([Problem("", f"cannot read {path}: {exc}")]) from None
    try:
        if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
            data = json.loads(text)
        else:
            data = YAML(typ="safe", pure=True).load(text)
    except (json.JSONDecodeError, YAMLError) as exc:
        raise ImportFailed([Problem("", f"not JSON or YAML: {exc}")]) from None
    if not isinstance(data, dict):
        raise ImportFailed([Problem("", "the document must be a mapping")])
    if "swagger" in data:
        raise ImportFailed(
            [Problem("/swagger", "Swagger 2.0 is not read; convert it to OpenAPI 3")]
        )
    version = str(data.get("openapi", ""))
    if not version.startswith(VERSIONS):
        raise ImportFailed([Problem("/openapi", f"expected OpenAPI 3.0 or 3.1, got {version!r}")])
    if not isinstance(data.get("paths"), dict) or not data["paths"]:
        raise ImportFailed([Problem("/paths", "the document has no paths")])
    return data


class Document:
    """The document and the one way to read it: by pointer, through references."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.version = str(data["openapi"])

    @property
    def is_31(self) -> bool:
        return self.version.startswith("3.1.")

    def at(self, pointer: str) -> Any:
        node: Any = self.data
        for token in pointer.split("/")[1:] if pointer else []:
            key = _unescape(token)
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise KeyError(pointer)
        return node

    def target(self, node: Any, pointer: str) -> str | None:
        """Where a `$ref` node points (a pointer), or None when the node is not a reference."""
        if not isinstance(node, dict) or "$ref" not in node:
            return None
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise ImportFailed(
                [
                    Problem(
                        child(pointer, "$ref"),
                        f"only references inside the document are read, not {ref!r}",
                    )
                ]
            )
        return ref[1:]

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow references until a node that is not one; returns it and its pointer."""
        seen = {pointer}
        for _ in range(MAX_REF_HOPS):
            target = self.target(node, pointer)
            if target is None:
                return node, pointer
            try:
                node = self.at(target)
            except KeyError:
                raise ImportFailed(
                    [Problem(child(pointer, "$ref"), f"reference #{target} leads nowhere")]
                ) from None
            if target in seen:
                raise ImportFailed([Problem(child(pointer, "$ref"), "references go in a circle")])
            seen.add(target)
            pointer = target
        raise ImportFailed([Problem(child(pointer, "$ref"), "too many references in a row")])
