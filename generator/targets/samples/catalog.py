"""`samples/<api>/samples.json`: every endpoint's samples, for docs platforms to read.

Per endpoint: method, path, and the samples in tab order, each as
`{language, label, lang, source, file}` (`lang` is the highlighting name;
the list has the shape of OpenAPI's `x-codeSamples`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from generator.ir.model import Api, Endpoint
from generator.render.header import header_text
from generator.targets.samples.render import Sample


def code_samples(samples: Sequence[Sample]) -> list[dict[str, Any]]:
    """The samples as an `x-codeSamples` list (plus the language key and the sample's file)."""
    return [
        {
            "language": s.language.key,
            "label": s.language.title,
            "lang": s.language.highlight,
            "source": s.source,
            "file": s.path,
        }
        for s in samples
    ]


def catalog(api: Api, rendered: Sequence[tuple[Endpoint, Sequence[Sample]]]) -> str:
    data = {
        "generated_by": header_text(f"specs/{api.name.wire}/"),
        "api": api.name.wire,
        "title": api.title,
        "version": api.version,
        "endpoints": {
            endpoint.id: {
                "method": endpoint.method,
                "path": endpoint.path,
                "summary": endpoint.summary,
                "samples": code_samples(samples),
            }
            for endpoint, samples in rendered
        },
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
