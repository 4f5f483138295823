"""What the spec format cannot express is named by JSON pointer, all at once, and nothing is
written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.importer import ImportFailed, Problem, import_openapi

OK_RESPONSES = {"200": {"description": "OK", "content": {"application/json": {"schema": {}}}}}


def _document(paths: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": paths, **more}


def _problems(tmp_path: Path, document: dict[str, Any] | str) -> list[Problem]:
    source = tmp_path / "doc.json"
    source.write_text(document if isinstance(document, str) else json.dumps(document))
    with pytest.raises(ImportFailed) as failed:
        import_openapi(source, "t")
    return failed.value.problems


def test_every_inexpressible_part_is_named_by_its_pointer(tmp_path: Path) -> None:
    document = _document(
        {
            "": {"get": {"responses": OK_RESPONSES}},
            "/upload": {
                "post": {
                    "requestBody": {
                        "content": {"multipart/form-data": {"schema": {"type": "object"}}}
                    },
                    "responses": OK_RESPONSES,
                },
                "options": {"responses": OK_RESPONSES},
            },
            "/search": {
                "get": {
                    "parameters": [
                        {
                            "name": "filter",
                            "in": "query",
                            "style": "deepObject",
                            "schema": {"type": "object"},
                        },
                        {"name": "q", "in": "query", "schema": {"$ref": "other.yaml#/Q"}},
                    ],
                    "responses": OK_RESPONSES,
                }
            },
            "/file": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "A PDF",
                            "content": {"application/pdf": {"schema": {"type": "string"}}},
                        }
                    }
                }
            },
            "/loop": {"get": {"responses": {"200": {"$ref": "#/components/responses/A"}}}},
        },
        components={
            "responses": {
                "A": {"$ref": "#/components/responses/B"},
                "B": {"$ref": "#/components/responses/A"},
            },
            "securitySchemes": {"basic": {"type": "http", "scheme": "basic"}},
        },
    )
    assert [str(p) for p in _problems(tmp_path, document)] == [
        "#/components/responses/B/$ref: references go in a circle",
        "#/components/securitySchemes/basic: http basic authentication cannot be expressed",
        "#/paths/: a path must start with /",
        "#/paths/~1file/get/responses/200/content/application~1pdf: "
        "responses of type application/pdf cannot be expressed (JSON, text and event streams can)",
        "#/paths/~1search/get/parameters/0: style 'deepObject' (explode True) cannot be "
        "expressed: values go as `name=value`, arrays repeat the name",
        "#/paths/~1search/get/parameters/1/schema/$ref: only references inside the document are "
        "read, not 'other.yaml#/Q'",
        "#/paths/~1upload/options: OPTIONS requests cannot be expressed",
        "#/paths/~1upload/post/requestBody/content/multipart~1form-data: request bodies of type "
        "multipart/form-data cannot be expressed (JSON and forms can)",
    ]


def test_an_external_reference_is_named(tmp_path: Path) -> None:
    document = _document(
        {
            "/q": {
                "get": {
                    "parameters": [
                        {"name": "q", "in": "query", "schema": {"$ref": "other.yaml#/Q"}}
                    ],
                    "responses": OK_RESPONSES,
                }
            }
        }
    )
    assert [str(p) for p in _problems(tmp_path, document)] == [
        "#/paths/~1q/get/parameters/0/schema/$ref: only references inside the document are "
        "read, not 'other.yaml#/Q'"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{"swagger": "2.0", "paths": {}}',
            "#/swagger: Swagger 2.0 is not read; convert it to OpenAPI 3",
        ),
        (
            '{"openapi": "4.0.0", "paths": {}}',
            "#/openapi: expected OpenAPI 3.0 or 3.1, got '4.0.0'",
        ),
        ('{"openapi": "3.1.0", "paths": {}}', "#/paths: the document has no paths"),
        ("[1, 2]", "#: the document must be a mapping"),
    ],
)
def test_documents_that_are_not_openapi_3(tmp_path: Path, text: str, expected: str) -> None:
    assert [str(p) for p in _problems(tmp_path, text)] == [expected]


def test_the_command_lists_problems_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(_document({"/x": {"trace": {"responses": OK_RESPONSES}}})))
    out = tmp_path / "specs" / "t"
    result = CliRunner().invoke(
        main, ["import-openapi", str(source), "--api", "t", "--out", str(out)]
    )
    assert result.exit_code == 1
    assert result.output == (
        f"{source}#/paths/~1x/trace: TRACE requests cannot be expressed\n"
        "1 problem; nothing was written.\n"
    )
    assert not (tmp_path / "specs").exists() or not any((tmp_path / "specs").iterdir())
