"""Spec files read through the cache: ruamel's round-trip parse is most of `validate`."""

from __future__ import annotations

from pathlib import Path

from generator.cache.store import current
from generator.errors import SpecError
from generator.spec.yamlfile import KeyPath, YamlDocument, parse_yaml


def _entry(value: object) -> tuple[object, dict[KeyPath, tuple[int, int]]] | None:
    if (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[1], dict)
        and () in value[1]
    ):
        return value[0], value[1]
    return None


def read_yaml(path: Path, display: str) -> tuple[YamlDocument | None, list[SpecError]]:
    """As `yamlfile.read_yaml`, from the current cache when the same bytes read cleanly before.

    Only documents without errors are stored; positions are kept, so errors found
    later (by validation or the cross-file checks) are located as without a cache.
    """
    raw = path.read_bytes()
    cache = current()
    if cache is None:
        return parse_yaml(raw, display)
    key = cache.key("yaml", raw)
    found = _entry(cache.load("yaml", key))
    if found is not None:
        data, positions = found
        return YamlDocument(display, data, positions), []
    doc, errors = parse_yaml(raw, display)
    if doc is not None and not errors:
        cache.save("yaml", key, (doc.data, doc.positions))
    return doc, errors
