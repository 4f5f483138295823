"""The registry of targets: each turns the intermediate model into files."""

from __future__ import annotations

from generator.targets.base import Output, Target
from generator.targets.python import PythonTarget
from generator.targets.schema import SchemaTarget

TARGETS: tuple[Target, ...] = (SchemaTarget(), PythonTarget())

__all__ = ["TARGETS", "Output", "Target"]
