"""The one Jinja2 environment every target renders with.

`StrictUndefined` turns a typo in a template into an error instead of an
empty string; filters are registered in one table so a template can only call
what is listed here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from generator.errors import GeneratorError

_CHECKOUT_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"
_PACKAGED_TEMPLATES = Path(__file__).resolve().parent.parent / "_templates"
TEMPLATES = _CHECKOUT_TEMPLATES if _CHECKOUT_TEMPLATES.is_dir() else _PACKAGED_TEMPLATES


def _py_str(value: str) -> str:
    """A Python string literal that holds exactly `value`."""
    return repr(str(value))


def _py_doc(value: str) -> str:
    """Text safe inside a triple-quoted docstring."""
    return str(value).replace("\\", "\\\\").replace('"', '\\"')


def _md_cell(value: str) -> str:
    """Text safe inside one Markdown table cell: one line, pipes escaped."""
    return " ".join(str(value).split()).replace("|", "\\|")


def _json(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=False)


FILTERS: dict[str, Callable[..., Any]] = {
    "py_str": _py_str,
    "py_doc": _py_doc,
    "json": _json,
    "md_cell": _md_cell,
}


def _sample_filters() -> dict[str, Callable[..., Any]]:
    """Literals of the docs sample languages (imported late: the targets import this module)."""
    from generator.targets.samples import escaping

    return {
        "sh_word": escaping.sh_word,
        "go_str": escaping.go_str,
        "php_str": escaping.php_str,
        "js_str": escaping.js_str,
        "cs_str": escaping.cs_str,
        "cpp_str": escaping.cpp_str,
        "java_str": escaping.java_str,
        "rust_str": escaping.rust_str,
        "rb_str": escaping.rb_str,
        "pl_str": escaping.pl_str,
        "lua_str": escaping.lua_str,
        "vb_str": escaping.vb_str,
        "literal": escaping.literal,
    }


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(FILTERS)
    env.filters.update(_sample_filters())
    return env


def render(template: str, **context: Any) -> str:
    """Render a template; a failure names the template and where it failed."""
    try:
        return environment().get_template(template).render(**context)
    except jinja2.TemplateError as exc:
        line = getattr(exc, "lineno", None)
        where = f"{template}:{line}" if line else template
        raise GeneratorError(f"template {where}: {exc}") from exc
