"""What the importer cannot express, each named by the JSON pointer of its place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    pointer: str
    """RFC 6901 pointer into the OpenAPI document (`""` is the whole document)."""
    message: str

    def __str__(self) -> str:
        return f"#{self.pointer}: {self.message}"


class ImportFailed(Exception):
    """Every problem found in the document; nothing is written when this is raised."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))
