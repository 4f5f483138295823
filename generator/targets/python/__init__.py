"""The Python client package of each API, under `python/<api>/`."""

from __future__ import annotations

from collections.abc import Sequence

from generator.ir.model import Api
from generator.render.environment import render
from generator.render.formatting import format_python
from generator.render.header import hash_comment, header_text
from generator.targets.base import Output
from generator.targets.python.types import model_classes

KEY = "python"


def _python(output: Output, path: str, template: str, **context: object) -> None:
    source = render(template, **context)
    output.add(path, format_python(source, template=template, output=path))


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
        context = {"api": api, "header": header, "header_text": header_text(source)}
        _python(
            output,
            f"{src}/_models.py",
            "python/_models.py.j2",
            classes=classes,
            aliases=aliases,
            **context,
        )
        _python(output, f"{src}/__init__.py", "python/__init__.py.j2", **context)
        output.add(f"{src}/py.typed", "")
        output.add(f"{root}/pyproject.toml", render("python/pyproject.toml.j2", **context))
        output.add(f"{root}/README.md", render("python/README.md.j2", **context))
        for endpoint in api.endpoints:
            output.attach(api.name.wire, endpoint.id, KEY, f"{src}/_models.py")
