"""One sample per endpoint and language: its path, its source text."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from generator.ir.model import Api, Endpoint
from generator.render.environment import render
from generator.targets.samples.context import SampleContext, request_context, sample_context
from generator.targets.samples.languages import Language, language


@dataclass(frozen=True)
class Sample:
    language: Language
    path: str
    source: str
    sdk_style: bool


def sample_path(api: Api, endpoint: Endpoint, lang: Language) -> str:
    """`samples/<api>/<endpoint id, dots as folders>/<language key>.<ext>`."""
    return f"samples/{api.name.wire}/{endpoint.id.replace('.', '/')}/{lang.key}.{lang.ext}"


def render_sample(context: SampleContext) -> str:
    lang = context.language
    template = lang.sdk_template if context.sdk is not None else lang.raw_template
    assert template is not None
    return render(template, s=context).rstrip("\n") + "\n"


def endpoint_samples(
    api: Api, endpoint: Endpoint, only: Collection[str] | None = None
) -> tuple[Sample, ...]:
    """The endpoint's samples in the API's tab order (`only` these languages, if given)."""
    request = request_context(api, endpoint)
    samples = []
    for key in api.languages:
        if only is not None and key not in only:
            continue
        lang = language(key)
        context = sample_context(api, endpoint, lang, request)
        samples.append(
            Sample(
                lang,
                sample_path(api, endpoint, lang),
                render_sample(context),
                context.sdk is not None,
            )
        )
    return tuple(samples)
