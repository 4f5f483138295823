"""Read one YAML file into plain data plus the place of every key.

ruamel.yaml's round-trip loader keeps line and column numbers; we copy the
document into plain dicts, lists and scalars (what pydantic validates) and keep
a table from key paths to positions, so every later error can name its place.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from generator.errors import Location, SpecError

KeyPath = tuple[str | int, ...]

MAX_NODES = 200_000
"""Alias expansion past this many nodes is refused (a billion-laughs guard)."""

MAX_BYTES = 4 * 1024 * 1024


@dataclass
class YamlDocument:
    """A parsed file: its data, and the 1-based position of each key path."""

    display: str
    data: Any
    positions: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)

    def locate(self, path: KeyPath) -> Location:
        """The position of the longest prefix of `path` that exists in the file."""
        for end in range(len(path), -1, -1):
            place = self.positions.get(path[:end])
            if place is not None:
                return Location(self.display, *place)
        return Location(self.display, 1, 1)


class _TooLarge(Exception):
    pass


class _Converter:
    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.nodes = 0
        self.errors: list[SpecError] = []

    def convert(self, node: Any, path: KeyPath) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _TooLarge
        if isinstance(node, CommentedMap):
            out: dict[Any, Any] = {}
            for raw_key, value in node.items():
                try:
                    line, col = node.lc.key(raw_key)
                except KeyError:  # a key merged in with `<<: *anchor` has no place of its own
                    line, col = self.doc.positions.get(path, (1, 1))
                    line, col = line - 1, col - 1
                # `200:` and `"200":` name the same status; keys are text from here on.
                key = (
                    str(raw_key)
                    if isinstance(raw_key, int) and not isinstance(raw_key, bool)
                    else raw_key
                )
                child = (*path, key)
                self.doc.positions[child] = (line + 1, col + 1)
                if not isinstance(key, str):
                    self._error(child, f"a key must be text, not {type(key).__name__}")
                    continue
                if key in out:
                    self._error(child, f"duplicate key {key!r}")
                out[key] = self.convert(value, child)
            return out
        if isinstance(node, CommentedSeq):
            items = []
            for index, value in enumerate(node):
                line, col = node.lc.item(index)
                child = (*path, index)
                self.doc.positions[child] = (line + 1, col + 1)
                items.append(self.convert(value, child))
            return items
        if isinstance(node, bool) or node is None:
            return node
        if isinstance(node, int):
            return int(node)
        if isinstance(node, float):
            return float(node)
        if isinstance(node, str):
            return str(node)
        if isinstance(node, (datetime.date, datetime.datetime)):
            self._error(path, "YAML reads this as a date; quote it to keep it as text")
            return str(node)
        self._error(path, f"unsupported YAML value of type {type(node).__name__}")
        return None

    def _error(self, path: KeyPath, message: str) -> None:
        self.errors.append(
            SpecError(self.doc.locate(path), ".".join(str(p) for p in path), message)
        )


def _yaml_error(display: str, exc: YAMLError) -> SpecError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if isinstance(exc, MarkedYAMLError):
        problem = exc.problem or exc.context or "invalid YAML"
        if isinstance(exc, DuplicateKeyError):
            problem = str(exc.problem or "duplicate key").split("\n")[0]
    else:
        problem = str(exc).split("\n")[0]
    location = Location(display, mark.line + 1, mark.column + 1) if mark else Location(display)
    return SpecError(location, "", f"YAML syntax error: {problem}")


def read_yaml(path: Path, display: str) -> tuple[YamlDocument | None, list[SpecError]]:
    """Parse `path`; on failure return no document and located errors."""
    return parse_yaml(path.read_bytes(), display)


def parse_yaml(raw: bytes, display: str) -> tuple[YamlDocument | None, list[SpecError]]:
    """Parse the bytes of a file shown as `display`; on failure no document and located errors."""
    if len(raw) > MAX_BYTES:
        return None, [SpecError(Location(display), "", f"file is larger than {MAX_BYTES} bytes")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, [
            SpecError(Location(display, line, column), "", "file is not valid UTF-8 text")
        ]
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        loaded = yaml.load(text)
    except YAMLError as exc:
        return None, [_yaml_error(display, exc)]
    except RecursionError:
        return None, [SpecError(Location(display), "", "YAML nesting is too deep")]
    doc = YamlDocument(display, None, {(): (1, 1)})
    converter = _Converter(doc)
    try:
        doc.data = converter.convert(loaded, ())
    except _TooLarge:
        return None, [
            SpecError(
                Location(display), "", f"document expands to more than {MAX_NODES} nodes (aliases?)"
            )
        ]
    except RecursionError:
        return None, [SpecError(Location(display), "", "YAML nesting is too deep")]
    return doc, converter.errors
