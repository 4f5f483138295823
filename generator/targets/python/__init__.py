"""The Python client package of each API, under `python/<api>/`."""

from generator.targets.python.package import KEY, PythonTarget

__all__ = ["KEY", "PythonTarget"]
