"""Put a draft in its folder all at once, and say what the spec checks find in it.

The files are written into a staging folder beside `--out`, checked there
with the same loader `validate` uses, then moved into place with one rename
(two with `--force`, which replaces the folder). A failure leaves `--out` as
it was.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.errors import GeneratorError, SpecErrors
from generator.spec.load import display_path, load_specs


def write_draft(
    files: dict[str, str], out_dir: Path, api_name: str, *, force: bool = False
) -> list[str]:
    """Write the draft to `out_dir`; returns what validation found (empty when it is valid)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise GeneratorError(f"{out_dir} exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not force:
        raise GeneratorError(f"{out_dir} is not empty; pass --force to replace it")
    parent = out_dir.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging_root = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.import-", dir=parent))
    try:
        staging = staging_root / api_name
        staging.mkdir()
        for name, text in files.items():
            (staging / name).write_text(text, encoding="utf-8")
        findings = _check(staging_root, api_name, staging, out_dir)
        previous = staging_root / ".previous"
        if out_dir.exists():
            out_dir.rename(previous)
        try:
            staging.rename(out_dir)
        except BaseException:
            if previous.exists():
                previous.rename(out_dir)
            raise
    finally:
        shutil.rmtree(staging_root, ignore_errors=True)
    return findings


def _check(root: Path, api_name: str, staging: Path, out_dir: Path) -> list[str]:
    try:
        load_specs(root, (api_name,))
    except SpecErrors as errors:
        shown, final = display_path(staging), display_path(out_dir)
        return [str(e).replace(shown, final, 1) for e in errors.errors]
    return []
