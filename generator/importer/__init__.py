"""Draft spec YAML from an OpenAPI 3.0/3.1 document (`python -m generator import-openapi`).

`import_openapi` reads the document and returns the draft's files, or raises
`ImportFailed` naming, by JSON pointer, every part the spec format cannot
express. `write_draft` puts the files in place all at once. A document our
own export wrote comes back as the spec it was made from: its `x-apigen-*`
extensions carry what OpenAPI has no word for.
"""

from __future__ import annotations

from pathlib import Path

from generator.importer.assemble import Draft, import_document
from generator.importer.document import load_document
from generator.importer.errors import ImportFailed, Problem
from generator.importer.write import write_draft


def import_openapi(source: Path, api_name: str) -> Draft:
    return import_document(load_document(source), api_name)


__all__ = ["Draft", "ImportFailed", "Problem", "import_openapi", "write_draft"]
