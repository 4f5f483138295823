"""What every target returns: files, and which of them belong to which endpoint."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from generator.ir.model import Api

EndpointKey = tuple[str, str]
"""(API name, endpoint id)."""


@dataclass
class Output:
    files: dict[str, bytes] = field(default_factory=dict)
    endpoint_files: dict[EndpointKey, dict[str, str]] = field(default_factory=dict)

    def add(self, path: str, content: str | bytes) -> None:
        if path in self.files:
            raise ValueError(f"two outputs write {path}")
        self.files[path] = content.encode("utf-8") if isinstance(content, str) else content

    def attach(self, api: str, endpoint: str, key: str, path: str) -> None:
        self.endpoint_files.setdefault((api, endpoint), {})[key] = path

    def merge(self, other: Output) -> None:
        for path, content in other.files.items():
            self.add(path, content)
        for key, files in other.endpoint_files.items():
            self.endpoint_files.setdefault(key, {}).update(files)


class Target(Protocol):
    name: str

    def render(self, apis: Sequence[Api]) -> Output: ...
