"""A corpus of broken specs, each one mistake, with the exact messages they produce.

The expected output is a reviewed snapshot in tests/snapshots/broken_specs.txt;
`UPDATE_SNAPSHOTS=1 pytest tests/spec/test_broken_specs.py` rewrites it, and
the diff is reviewed like code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.errors import SpecErrors
from generator.spec.load import load_specs

SNAPSHOT = Path(__file__).resolve().parent.parent / "snapshots" / "broken_specs.txt"


@dataclass(frozen=True)
class Case:
    file: str
    old: str | bytes
    new: str | bytes
    count: int = 1


CASES: dict[str, Case] = {
    "yaml-syntax-unclosed-flow": Case(
        "items.yaml", "example: {id: 7, name: Lamp}", "example: {id: 7, name: Lamp"
    ),
    "yaml-duplicate-key": Case("api.yaml", 'version: "1.0"', 'version: "1.0"\nversion: "2.0"'),
    "yaml-tab-indent": Case(
        "items.yaml", "      id:\n        type: integer", "      id:\n\ttype: integer"
    ),
    "yaml-not-utf8": Case("items.yaml", b"Items for sale.", b"Items for \xff sale."),
    "yaml-unquoted-date": Case(
        "items.yaml", "example: Lamp\nendpoints", "example: 2024-01-01\nendpoints"
    ),
    "unknown-key": Case("items.yaml", "summary: Get item", "sumary: Get item"),
    "missing-required-key": Case("items.yaml", "    summary: Create item\n", ""),
    "wrong-value-type": Case("items.yaml", "max_length: 20", "max_length: many"),
    "bad-literal": Case("api.yaml", "encoding: json", "encoding: xml"),
    "unknown-type-reference": Case(
        "items.yaml",
        "body: {type: Item}\n        example: {id: 7",
        "body: {type: Itme}\n        example: {id: 7",
    ),
    "path-param-undeclared": Case(
        "items.yaml", "path: /items/{itemId}", "path: /items/{itemId}/{variant}"
    ),
    "path-param-unused": Case("items.yaml", "path: /items/{itemId}", "path: /items/latest"),
    "example-wrong-type": Case(
        "items.yaml", "example: 7\n    responses", "example: seven\n    responses"
    ),
    "example-too-long": Case(
        "items.yaml",
        "example: {id: 8, name: Lamp}",
        "example: {id: 8, name: A lamp with a very long name}",
    ),
    "example-missing": Case(
        "items.yaml",
        "        description: Display name\n        example: Lamp\n    responses",
        "        description: Display name\n    responses",
    ),
    "endpoint-name-not-identifier": Case("items.yaml", "  get_item:", "  get-item:"),
    "model-name-not-pascal": Case("items.yaml", "  Item:\n", "  item_model:\n"),
    "unknown-security-scheme": Case("api.yaml", "security: [bearer]", "security: [apikey]"),
    "unknown-client-option": Case("api.yaml", "    option: token", "    option: tokn"),
    "get-with-body": Case("items.yaml", "    method: POST", "    method: GET"),
    "no-success-response": Case("items.yaml", "      201:", "      409:"),
    "no-content-with-body": Case(
        "items.yaml",
        "      201:\n        description: Created",
        "      204:\n        description: Created",
    ),
    "bad-status-key": Case("items.yaml", "      404:", "      40:"),
    "action-without-dispatch": Case(
        "items.yaml", "    summary: Get item", "    summary: Get item\n    action: fetch"
    ),
    "bad-server-url": Case("api.yaml", "https://shop.example.com/api", "shop.example.com/api"),
    "sdk-style-not-a-language": Case(
        "api.yaml", "languages: [shell, python]", "languages: [shell, python]\n  sdk_style: [go]"
    ),
    "unknown-language": Case("api.yaml", "languages: [shell, python]", "languages: [shell, cobol]"),
    "error-shape-unknown-model": Case("api.yaml", "type: Error\n", "type: Failure\n"),
    "model-field-without-example": Case(
        "items.yaml",
        "      id:\n        type: integer\n        description: Item id\n        example: 7\n",
        "      id:\n        type: integer\n        description: Item id\n",
    ),
    "unknown-server": Case("items.yaml", "group: items\n", "group: items\nserver: staging\n"),
    "duplicate-python-name": Case(
        "items.yaml",
        "    body:\n      name:",
        "    body:\n      item_name:\n        type: string\n        description: Name\n        example: a\n      itemName:",
    ),
}


def _break(specs: Path, case: Case) -> None:
    path = specs / "shop" / case.file
    data = path.read_bytes()
    old = case.old.encode() if isinstance(case.old, str) else case.old
    new = case.new.encode() if isinstance(case.new, str) else case.new
    assert data.count(old) == case.count, f"fixture text {old!r} not found exactly once"
    path.write_bytes(data.replace(old, new))


def _messages(specs: Path) -> list[str]:
    with pytest.raises(SpecErrors) as caught:
        load_specs(specs)
    prefix = str(specs.resolve()) + os.sep
    return [str(e).replace(prefix, "specs/") for e in caught.value.errors]


def _render(results: dict[str, list[str]]) -> str:
    return "".join(
        f"## {name}\n" + "".join(f"{line}\n" for line in lines) + "\n"
        for name, lines in results.items()
    )


def test_the_minimal_fixture_is_valid(minimal_specs: Path) -> None:
    assert [s.model.name for s in load_specs(minimal_specs)] == ["shop"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_broken_spec_fails_with_a_located_error(name: str, minimal_specs: Path) -> None:
    _break(minimal_specs, CASES[name])
    messages = _messages(minimal_specs)
    assert messages, "a broken spec must produce at least one error"
    for message in messages:
        assert message.startswith("specs/shop/"), message
        _file_part, line, column, _ = message.split(":", 3)
        assert line.isdigit() and column.isdigit(), message


def test_broken_specs_match_the_reviewed_snapshot(tmp_path: Path, minimal_specs: Path) -> None:
    import shutil

    results = {}
    for name in sorted(CASES):
        specs = tmp_path / name
        shutil.copytree(minimal_specs, specs)
        _break(specs, CASES[name])
        results[name] = _messages(specs)
    text = _render(results)
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(text)
    assert SNAPSHOT.read_text() == text


def test_every_error_is_reported_at_once(minimal_specs: Path) -> None:
    _break(minimal_specs, CASES["unknown-key"])
    _break(minimal_specs, CASES["bad-literal"])
    messages = _messages(minimal_specs)
    assert any("sumary: unknown key" in m for m in messages)
    assert any("defaults.encoding" in m for m in messages)
