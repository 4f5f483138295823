"""The Python client package of each API, under `python/<api>/`.

Layout (openai-python's): private modules behind a public `__init__`,
one resource module per group of endpoints, and the wire modules the
generator itself uses, copied so a client writes the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from generator.ir.model import Api
from generator.render.environment import render
from generator.render.formatting import format_python
from generator.render.header import hash_comment, header_text
from generator.targets.base import Output
from generator.targets.python.client import python_client
from generator.targets.python.types import model_classes

KEY = "python"

WIRE = Path(__file__).resolve().parents[2] / "wire"
WIRE_MODULES = ("jsonstringify", "encoding", "signing", "operation")
"""Modules of `generator/wire/` every client carries as `_<name>.py`."""

RUNTIME_TEMPLATES = ("_types", "_exceptions", "_core", "_base_client")


def _python(output: Output, path: str, template: str, **context: object) -> None:
    source = render(template, **context)
    output.add(path, format_python(source, template=template, output=path))


def wire_module(name: str, header: str) -> str:
    """A generator wire module as a client module: sibling imports made relative."""
    source = (WIRE / f"{name}.py").read_text(encoding="utf-8")
    return header + re.sub(
        r"^from generator\.wire\.(\w+) import", r"from ._\1 import", source, flags=re.M
    )


def _uses(text: str, names: Sequence[str]) -> list[str]:
    return [n for n in names if re.search(rf"\b{re.escape(n)}\b", text)]


class PythonTarget:
    name = KEY

    def render(self, apis: Sequence[Api]) -> Output:
        output = Output()
        for api in apis:
            self._render_api(api, output)
        return output

    def _render_api(self, api: Api, output: Output) -> None:
        root = api.package.path
        src = f"{root}/src/{api.package.import_name}"
        source = f"specs/{api.name.wire}/"
        header = hash_comment(source)
        classes, aliases = model_classes(api)
        client = python_client(api, classes, [name for name, _, _ in aliases])
        context = {
            "api": api,
            "client": client,
            "header": header,
            "header_text": header_text(source),
        }
        _python(
            output,
            f"{src}/_models.py",
            "python/_models.py.j2",
            classes=[*classes, *client.classes],
            aliases=aliases,
            **context,
        )
        for name in WIRE_MODULES:
            output.add(f"{src}/_{name}.py", wire_module(name, header))
        for name in RUNTIME_TEMPLATES:
            _python(output, f"{src}/{name}.py", f"python/{name}.py.j2", **context)
        _python(output, f"{src}/_endpoints.py", "python/_endpoints.py.j2", **context)
        root_types = " ".join(
            m.returns + " " + " ".join(a.annotation for a in m.args) for m in client.root
        )
        _python(
            output,
            f"{src}/_client.py",
            "python/_client.py.j2",
            uses=_uses(root_types, client.model_names),
            **context,
        )
        _python(
            output, f"{src}/resources/__init__.py", "python/resources/__init__.py.j2", **context
        )
        for resource in client.resources:
            types = " ".join(
                m.returns + " " + " ".join(a.annotation for a in m.args) for m in resource.methods
            )
            path = f"{src}/resources/{resource.module}.py"
            _python(
                output,
                path,
                "python/resources/group.py.j2",
                resource=resource,
                uses=_uses(types, client.model_names),
                **context,
            )
            for method in resource.methods:
                output.attach(api.name.wire, method.endpoint_id, KEY, path)
        _python(output, f"{src}/__init__.py", "python/__init__.py.j2", **context)
        output.add(f"{src}/py.typed", "")
        output.add(f"{root}/pyproject.toml", render("python/pyproject.toml.j2", **context))
        output.add(f"{root}/README.md", render("python/README.md.j2", **context))
        for method in client.root:
            output.attach(api.name.wire, method.endpoint_id, KEY, f"{src}/_client.py")
