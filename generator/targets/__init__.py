"""The registry of targets: each turns the intermediate model into files."""

from __future__ import annotations

from generator.targets.base import Output, Target
from generator.targets.openapi import OpenApiTarget
from generator.targets.python import PythonTarget
from generator.targets.samples import SamplesTarget
from generator.targets.schema import SchemaTarget

TARGETS: tuple[Target, ...] = (SchemaTarget(), PythonTarget(), SamplesTarget(), OpenApiTarget())

__all__ = ["TARGETS", "Output", "Target"]
