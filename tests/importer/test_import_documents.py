"""Importing documents written for these tests: drafts that validate, generate and send
requests the source document accepts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.importer import Draft, import_openapi, write_draft
from generator.ir.model import Api
from generator.pipeline import load_apis, render_all
from generator.wire.request import build_request
from tests.importer.documents import PETSTORE_30, PETSTORE_31_YAML
from tests.targets.openapi.support import core_request, load_yaml, openapi


def _import(tmp_path: Path, name: str, source: str, text: str) -> tuple[Draft, Path]:
    path = tmp_path / source
    path.write_text(text)
    draft = import_openapi(path, name)
    specs = tmp_path / "specs"
    assert write_draft(draft.files, specs / name, name) == []  # the draft validates
    return draft, specs


@pytest.fixture
def petshop(tmp_path: Path) -> tuple[Draft, Path]:
    return _import(tmp_path, "petshop", "petshop.yaml", PETSTORE_31_YAML)


@pytest.fixture
def clinic(tmp_path: Path) -> tuple[Draft, Path]:
    return _import(tmp_path, "clinic", "clinic.json", json.dumps(PETSTORE_30, indent=2))


def _files(specs: Path, name: str) -> dict[str, Any]:
    return {p.name: load_yaml(p.read_text()) for p in sorted((specs / name).iterdir())}


def test_a_31_document_becomes_a_spec_with_models_auth_and_groups(
    petshop: tuple[Draft, Path],
) -> None:
    draft, specs = petshop
    files = _files(specs, "petshop")
    assert sorted(files) == ["api.yaml", "client.yaml", "pets.yaml"]
    api = files["api.yaml"]
    assert api["servers"] == {
        "production": {"url": "https://petshop.example.com/v2", "description": "Production"}
    }
    assert api["auth"] == {
        "api_key": {
            "type": "credentials",
            "description": "The shop's API key.",
            "send": [{"option": "x_api_key", "in": "header", "name": "X-API-Key"}],
        },
        "bearer": {
            "type": "bearer",
            "description": "A user's access token.",
            "option": "access_token",
        },
    }
    assert api["security"] == ["api_key"]
    assert list(api["models"]) == ["Status", "Category", "Tag", "Pet", "Error"]
    assert api["models"]["Status"] == {
        "type": "string",
        "description": "Sale status of a pet",
        "enum": ["available", "pending", "sold"],
        "example": "available",
    }
    pet = api["models"]["Pet"]["fields"]
    assert pet["status"] == {"type": "Status", "description": "Sale status of a pet"}
    assert pet["nickname"]["nullable"] is True and pet["nickname"]["example"] is None
    assert pet["tags"]["items"] == {"type": "Tag"}
    assert pet["owner"]["fields"]["address"]["fields"]["city"]["type"] == "string"
    assert pet["attributes"]["type"] == "map"
    assert pet["attributes"]["values"] == {"type": "string"}
    pets = files["pets.yaml"]
    assert pets["group"] == "pets"
    assert list(pets["endpoints"]) == ["list_pets", "create_pet", "get_pet", "delete_pet"]
    listing = pets["endpoints"]["list_pets"]
    assert listing["params"]["status"]["items"] == {"type": "Status"}
    assert listing["params"]["limit"]["default"] == 20
    assert pets["endpoints"]["create_pet"]["security"] == ["bearer"]
    assert files["client.yaml"]["endpoints"]["health"]["security"] == []
    assert files["client.yaml"]["endpoints"]["health"]["responses"]["200"]["content"] == "text"
    assert draft.guesses == 14


def test_guesses_are_said_in_comments(petshop: tuple[Draft, Path]) -> None:
    _, specs = petshop
    api = (specs / "petshop" / "api.yaml").read_text()
    assert "example: your_x_api_key # guessed: a placeholder\n" in api
    assert "class_name: Petshop # guessed: from the API's name\n" in api
    pets = (specs / "petshop" / "pets.yaml").read_text()
    assert "summary: List pets # guessed: named from operationId 'listPets'\n" in pets
    assert "example: # guessed: no example in the document\n" in pets


def _requests_fit(api: Api, document: dict[str, Any]) -> list[str]:
    spec = openapi(document)
    failures = []
    for endpoint in api.endpoints:
        assert endpoint.example is not None
        try:
            spec.validate_request(core_request(api, endpoint, endpoint.example))
        except Exception as exc:
            failures.append(f"{endpoint.id}: {exc}")
    return failures


def test_the_petshop_draft_generates_requests_its_document_accepts(
    petshop: tuple[Draft, Path],
) -> None:
    _, specs = petshop
    (api,) = load_apis(specs)
    files = render_all((api,))
    assert "python/petshop/src/petshop_client/_client.py" in files
    manifest = json.loads(files["manifest.json"])
    requests = {e["id"]: e["request"] for e in manifest["apis"][0]["endpoints"]}
    assert requests["pets.create_pet"] == {
        "method": "POST",
        "url": "https://petshop.example.com/v2/pets",
        "headers": {
            "Content-Type": "application/json",
            "Authorization": "Bearer your_access_token",
        },
        "body": '{"name":"Rex","category":{"id":1,"name":"Dogs"}}',
    }
    assert requests["pets.get_pet"]["headers"] == {"X-API-Key": "your_x_api_key"}
    document = load_yaml(PETSTORE_31_YAML)
    assert _requests_fit(api, document) == []
    listing = next(e for e in api.endpoints if e.id == "pets.list_pets")
    filtered = build_request(api, listing, {"status": ["available", "sold"], "limit": 5})
    assert (
        filtered.url == "https://petshop.example.com/v2/pets?status=available&status=sold&limit=5"
    )
    openapi(document).validate_request(core_request(api, listing, filtered))


def test_a_30_document_with_nullable_allof_form_and_cookie(clinic: tuple[Draft, Path]) -> None:
    draft, specs = clinic
    files = _files(specs, "clinic")
    api = files["api.yaml"]
    assert api["servers"]["server"]["url"] == "https://clinic.example.org/api"
    assert api["auth"]["clinic_cookie"]["send"] == [
        {"option": "clinic_session", "in": "cookie", "name": "clinic-session"}
    ]
    assert api["defaults"] == {"encoding": "form"}
    assert list(api["models"]["Visit"]["fields"]) == ["pet", "reason", "id", "vet"]
    assert api["models"]["Visit"]["fields"]["vet"]["nullable"] is True
    visits = files["visits.yaml"]["endpoints"]
    assert list(visits["book_visit"]["body"]) == ["pet", "reason"]
    assert visits["book_visit"]["body"]["pet"]["example"] == "Rex"  # from the body's example
    assert list(visits["book_visit"]["responses"]) == ["200"]  # `default`, the only answer
    shown = visits["get_visit"]["responses"]["200"]
    assert shown["example"]["id"] == "v1"
    assert shown["examples"] == {
        "done": {"id": "v2", "pet": "Rex", "reason": "checkup", "vet": "Dr. Who"}
    }
    assert visits["get_visit"]["responses"]["404"]["content"] == "none"
    text = (specs / "clinic" / "api.yaml").read_text()
    assert "# guessed: variables replaced by their defaults" in text
    assert "allOf of 2 objects merged into one" in text
    (imported,) = load_apis(specs)
    book = next(e for e in imported.endpoints if e.id == "visits.book_visit")
    assert book.example is not None
    assert book.example.body == "pet=Rex&reason=checkup"
    assert _requests_fit(imported, PETSTORE_30) == []
    assert draft.endpoints == 2
