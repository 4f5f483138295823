"""`manifest.json`: every API and endpoint, its canonical request and its files."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from generator.ir.model import Api
from generator.render.header import header_text
from generator.targets.base import Output

PATH = "manifest.json"


def manifest(
    apis: Sequence[Api], endpoint_files: dict[tuple[str, str], dict[str, str]]
) -> dict[str, Any]:
    return {
        "generated_by": header_text("specs/"),
        "example_timestamp_ms": apis[0].example_timestamp_ms if apis else None,
        "apis": [
            {
                "name": api.name.wire,
                "title": api.title,
                "version": api.version,
                "base_url": api.base_url,
                "servers": {s.name.wire: s.url for s in api.servers},
                "python": {
                    "path": api.package.path,
                    "import_name": api.package.import_name,
                    "dist_name": api.package.dist_name,
                    "class_name": api.class_name,
                },
                "languages": list(api.languages),
                "endpoints": [
                    {
                        "id": e.id,
                        "summary": e.summary,
                        "server": e.server.wire,
                        "request": {
                            "method": e.example.method,
                            "url": e.example.url,
                            "headers": dict(e.example.headers),
                            "body": e.example.body,
                        }
                        if e.example
                        else None,
                        "files": dict(
                            sorted(endpoint_files.get((api.name.wire, e.id), {}).items())
                        ),
                    }
                    for e in api.endpoints
                ],
            }
            for api in apis
        ],
    }


def render_manifest(apis: Sequence[Api], output: Output) -> None:
    text = json.dumps(manifest(apis, output.endpoint_files), indent=2, ensure_ascii=False) + "\n"
    output.add(PATH, text)
