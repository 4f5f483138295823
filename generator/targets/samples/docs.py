"""The docs site's Markdown: one page per endpoint, an index per API, a site index.

Pages are for MkDocs with the Material theme (`mkdocs.yml` at the repo root):
the samples are `pymdownx.tabbed` tabs labelled as the docs label them, so
Material's linked tabs keep one language selected across the page and site.
Values from the spec land in code spans and fenced blocks whose backtick
fences are longer than any run of backticks inside them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator.ir.model import Api, Endpoint, Field, Response, TypeRef
from generator.render.environment import render
from generator.render.header import header_text
from generator.targets.samples.render import Sample
from generator.wire.jsonstringify import stringify

_BACKTICKS = re.compile(r"`+")


def fence(text: str) -> str:
    """A code fence longer than every run of backticks in `text` (at least three)."""
    longest = max((len(m) for m in _BACKTICKS.findall(text)), default=0)
    return "`" * max(3, longest + 1)


def code_span(text: str) -> str:
    """`text` as one inline code span on one line (line breaks shown as spaces)."""
    text = " ".join(text.splitlines()) if "\n" in text or "\r" in text else text
    longest = max((len(m) for m in _BACKTICKS.findall(text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def cell(text: str) -> str:
    """Prose inside one table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def type_label(ref: TypeRef) -> str:
    if ref.kind == "model":
        assert ref.model is not None
        label = ref.model.wire
    elif ref.kind == "array":
        label = f"array of {type_label(ref.items)}" if ref.items else "array"
    elif ref.kind == "map":
        label = f"map of {type_label(ref.values)}" if ref.values else "map"
    else:
        label = ref.kind + (f" ({ref.format})" if ref.format else "")
    return label + (" or null" if ref.nullable else "")


@dataclass(frozen=True)
class ParamRow:
    name: str
    location: str
    type: str
    required: str
    description: str
    example: str


@dataclass(frozen=True)
class Tab:
    label: str
    lang: str
    fence: str
    code: str


@dataclass(frozen=True)
class ResponseBlock:
    status: str
    description: str
    content: str
    examples: tuple[tuple[str, str, str, str], ...]
    """(title, highlighting name, fence, text) of each example."""


@dataclass(frozen=True)
class EndpointPage:
    endpoint: Endpoint
    title: str
    request_line: str
    """`METHOD URL` (without the query) as a code span."""
    action: str | None
    params: tuple[ParamRow, ...]
    tabs: tuple[Tab, ...]
    responses: tuple[ResponseBlock, ...]


def _location(endpoint: Endpoint, field: Field) -> str:
    if field.location != "body":
        return field.location
    return "form" if endpoint.encoding == "form" else "body"


def _param(endpoint: Endpoint, field: Field) -> ParamRow:
    notes = []
    if field.type.enum:
        notes.append("One of " + ", ".join(code_span(stringify(v)) for v in field.type.enum) + ".")
    if field.has_default:
        notes.append(f"Default {code_span(stringify(field.default))}.")
    description = cell(field.description)
    if notes and description and not description.endswith((".", "!", "?")):
        description += "."
    description = " ".join([description, *notes]).strip()
    return ParamRow(
        name=code_span(field.name.wire),
        location=_location(endpoint, field),
        type=cell(type_label(field.type)),
        required="yes" if field.required else "no",
        description=description,
        example=code_span(stringify(field.example)) if field.example is not None else "",
    )


def _example_text(response: Response, value: Any) -> tuple[str, str]:
    """(highlighting name, text) of one response example."""
    if response.content == "json":
        return "json", json.dumps(value, indent=2, ensure_ascii=False)
    if isinstance(value, str):
        return "text", value
    return "json", json.dumps(value, indent=2, ensure_ascii=False)


def _response(response: Response) -> ResponseBlock:
    examples = []
    named = list(response.examples)
    if response.content != "none" and response.example is not None:
        named.insert(0, ("", response.example))
    for title, value in named:
        lang, text = _example_text(response, value)
        examples.append((title, lang, fence(text), text))
    content = {
        "json": "application/json",
        "event-stream": "text/event-stream",
        "text": "text/plain",
        "none": "no body",
    }[response.content]
    return ResponseBlock(response.status, response.description, content, tuple(examples))


def endpoint_page(api: Api, endpoint: Endpoint, samples: Sequence[Sample]) -> EndpointPage:
    request = endpoint.example
    assert request is not None
    return EndpointPage(
        endpoint=endpoint,
        title=endpoint.summary or endpoint.id,
        request_line=code_span(f"{endpoint.method} {request.url.split('?', 1)[0]}"),
        action=code_span(f"{api.dispatch_field}={endpoint.action}") if endpoint.action else None,
        params=tuple(_param(endpoint, f) for f in endpoint.params + endpoint.body),
        tabs=tuple(
            Tab(s.language.title, s.language.highlight, fence(s.source), s.source.rstrip("\n"))
            for s in samples
        ),
        responses=tuple(_response(r) for r in endpoint.responses),
    )


def page_path(api: Api, endpoint: Endpoint) -> str:
    """`docs/<api>/<endpoint id, dots as folders>.md`."""
    return f"docs/{api.name.wire}/{endpoint.id.replace('.', '/')}.md"


def link(api: Api, endpoint: Endpoint) -> str:
    """The endpoint page, relative to the API's index page."""
    return endpoint.id.replace(".", "/") + ".md"


def render_endpoint_page(api: Api, page: EndpointPage) -> str:
    return render(
        "docs/endpoint.md.j2",
        api=api,
        page=page,
        header=header_text(f"specs/{api.name.wire}/"),
    )


def render_api_index(api: Api) -> str:
    rows = [
        (group, [(e, link(api, e), code_span(e.path), cell(e.summary)) for e in group.endpoints])
        for group in api.groups
    ]
    return render(
        "docs/api.md.j2",
        api=api,
        groups=rows,
        servers=[(s.name.wire, code_span(s.url), cell(s.description)) for s in api.servers],
        schemes=[(s.name.wire, s.kind, cell(s.description)) for s in api.auth],
        header=header_text(f"specs/{api.name.wire}/"),
    )


def render_site_index(apis: Sequence[Api]) -> str:
    return render(
        "docs/index.md.j2",
        apis=[(api, cell(api.description)) for api in apis],
        header=header_text("specs/"),
    )
