"""Write a whole output tree at once, or not at all.

The new tree is assembled in a staging folder beside the output (unchanged
files are hard links, so they keep their inode and modification time), then
swapped in with two renames. A failure while staging leaves the previous
output as it was; a crash between the two renames is repaired by the next run,
which finds the previous tree and puts it back.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import GeneratorError

MARKER = "manifest.json"
"""A folder holding this file was written by us; any other non-empty folder is refused."""


@dataclass
class Plan:
    """What writing `files` into a folder would change."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)

    @property
    def differing(self) -> list[str]:
        return sorted(self.written + self.removed)


def _siblings(out_dir: Path) -> tuple[Path, Path]:
    parent = out_dir.resolve().parent
    return parent / f".{out_dir.name}.staging", parent / f".{out_dir.name}.previous"


def recover(out_dir: Path) -> None:
    """Undo a swap cut short: put the previous tree back if the output is missing."""
    staging, previous = _siblings(out_dir)
    if previous.exists():
        if not out_dir.exists():
            previous.rename(out_dir)
        else:
            shutil.rmtree(previous)
    if staging.exists():
        shutil.rmtree(staging)


def existing_files(out_dir: Path) -> dict[str, Path]:
    if not out_dir.is_dir():
        return {}
    found = {}
    for root, dirs, names in os.walk(out_dir):
        dirs.sort()
        for name in sorted(names):
            path = Path(root) / name
            found[path.relative_to(out_dir).as_posix()] = path
    return found


def plan(out_dir: Path, files: Mapping[str, bytes]) -> Plan:
    current = existing_files(out_dir)
    result = Plan()
    for rel in sorted(files):
        path = current.get(rel)
        if path is not None and path.read_bytes() == files[rel]:
            result.unchanged.append(rel)
        else:
            result.written.append(rel)
    result.removed = sorted(set(current) - set(files))
    return result


def _guard(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise GeneratorError(f"{out_dir} exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).is_file():
        raise GeneratorError(
            f"refusing to write into {out_dir}: it is not empty and holds no {MARKER} "
            "from an earlier run (its files would be removed)"
        )


def _write_file(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def _keep_file(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def write_tree(out_dir: Path, files: Mapping[str, bytes]) -> Plan:
    """Make `out_dir` hold exactly `files`; all or nothing."""
    recover(out_dir)
    _guard(out_dir)
    result = plan(out_dir, files)
    if not result.changed and out_dir.is_dir():
        return result
    staging, previous = _siblings(out_dir)
    unchanged = set(result.unchanged)
    try:
        staging.mkdir(parents=True)
        for rel in sorted(files):
            if rel in unchanged:
                _keep_file(out_dir / rel, staging / rel)
            else:
                _write_file(staging / rel, files[rel])
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if out_dir.exists():
        out_dir.rename(previous)
        try:
            staging.rename(out_dir)
        except BaseException:
            previous.rename(out_dir)
            shutil.rmtree(staging, ignore_errors=True)
            raise
        shutil.rmtree(previous)
    else:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        staging.rename(out_dir)
    return result
