"""Python output is formatted in process by black with a pinned mode."""

from __future__ import annotations

import black
from black.mode import TargetVersion

from generator.cache.store import memo_text
from generator.errors import GeneratorError

MODE = black.Mode(
    target_versions={TargetVersion.PY310},
    line_length=100,
    string_normalization=True,
    is_pyi=False,
)


def format_python(source: str, *, template: str, output: str) -> str:
    """black's output for `source`; the same source is formatted once per cache."""
    return memo_text("black", source, lambda: _format(source, template, output))


def _format(source: str, template: str, output: str) -> str:
    try:
        return black.format_str(source, mode=MODE)
    except Exception as exc:  # black raises several types, all meaning "not valid Python"
        raise GeneratorError(
            f"black could not format {output} (rendered from {template}): {exc}"
        ) from exc
