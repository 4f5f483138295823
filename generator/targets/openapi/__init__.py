"""`openapi/<api>.yaml`: every API as an OpenAPI 3.1 document.

It renders after the other targets and reads what they wrote: the samples
target's files become each operation's `x-codeSamples`. Without samples the
document is complete all the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.ir.model import Api
from generator.render.header import hash_comment
from generator.targets.base import Output
from generator.targets.openapi.document import document
from generator.targets.openapi.yamltext import dump_yaml

KEY = "openapi"
"""The manifest key of an endpoint's OpenAPI document."""


def document_path(api: Api) -> str:
    return f"openapi/{api.name.wire}.yaml"


class OpenApiTarget:
    name = "openapi"

    def render(self, apis: Sequence[Api]) -> Output:
        return self.render_with_output(apis, Output())

    def render_with_output(self, apis: Sequence[Api], rendered: Output) -> Output:
        """The documents, with the samples found among `rendered` (other targets' output)."""
        output = Output()
        for api in apis:
            path = document_path(api)
            text = hash_comment(f"specs/{api.name.wire}/") + dump_yaml(document(api, rendered))
            output.add(path, text)
            for endpoint in api.endpoints:
                output.attach(api.name.wire, endpoint.id, KEY, path)
        return output
