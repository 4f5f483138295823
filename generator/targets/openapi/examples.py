"""Examples in the places OpenAPI keeps them, and the docs samples as `x-codeSamples`.

A request body's example is the canonical request's body (the bytes a client
sends for the spec's examples, parsed back into values); a response's is the
spec's, with its named examples after it under `examples`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from generator.ir.model import Api, Endpoint, Response
from generator.targets.base import Output

SAMPLE_KEY = "sample:"
"""Manifest keys of the samples target's files: `sample:<language>`."""

MAIN_EXAMPLE = "default"


def request_body_example(endpoint: Endpoint) -> Any:
    """The canonical request's body as values: JSON parsed, a form as its fields."""
    request = endpoint.example
    if request is None or request.body is None:
        return None
    if endpoint.encoding == "json":
        return json.loads(request.body)
    return dict(parse_qsl(request.body, keep_blank_values=True))


def response_examples(response: Response) -> dict[str, Any]:
    """The media type's `example`, or `examples` with the main one first."""
    if not response.examples:
        return {"example": response.example}
    main = MAIN_EXAMPLE if all(n != MAIN_EXAMPLE for n, _ in response.examples) else "example"
    named = {name: {"value": value} for name, value in response.examples}
    return {"examples": {main: {"value": response.example}, **named}}


def code_samples(api: Api, endpoint: Endpoint, rendered: Output) -> list[dict[str, str]]:
    """The samples another target rendered for the endpoint, in the API's tab order."""
    files: Mapping[str, str] = rendered.endpoint_files.get((api.name.wire, endpoint.id), {})
    samples = []
    for key in api.languages:
        path = files.get(SAMPLE_KEY + key)
        content = rendered.files.get(path) if path is not None else None
        if content is None:
            continue
        label, lang = _language(key)
        samples.append({"lang": lang, "label": label, "source": content.decode("utf-8")})
    return samples


def _language(key: str) -> tuple[str, str]:
    """The tab label and highlighting name of a sample language."""
    from generator.targets.samples.languages import BY_KEY

    language = BY_KEY.get(key)
    return (language.title, language.highlight) if language is not None else (key, key)
