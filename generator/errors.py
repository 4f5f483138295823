"""Errors that are values with a place: file, line, column and key path."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Location:
    """Where in a spec file something was written (1-based line and column)."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return self.file


@dataclass(frozen=True, order=True)
class SpecError:
    """One mistake in a spec, reported as `file:line:col: key.path: message`."""

    location: Location
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.location}: {where}{self.message}"


class SpecErrors(Exception):
    """Every mistake found in a set of specs, sorted by place."""

    def __init__(self, errors: list[SpecError]) -> None:
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))


class GeneratorError(Exception):
    """A failure of the generator itself (a template or the formatter), not of a spec."""
