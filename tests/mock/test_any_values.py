"""Not only the examples: values that are hard to encode are accepted wherever they travel."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from generator.ir.model import Api, Field, TypeRef
from generator.mock import MockServer
from generator.mock.typecheck import TypeChecker
from tests.mock.conftest import endpoint, request_for, send
from tests.spec.expected_endpoints import EXPECTED_ENDPOINTS

AWKWARD = "a/b &c=d+e%f?g#h ü 😀 \"q\" 'r'"
CASES = [(api, e) for api, ids in EXPECTED_ENDPOINTS.items() for e in ids]


def _constrained(ref: TypeRef) -> bool:
    limits = (ref.min_length, ref.max_length, ref.pattern, ref.minimum, ref.maximum)
    return bool(ref.enum) or ref.format is not None or any(v is not None for v in limits)


def awkward(types: TypeChecker, ref: TypeRef, example: Any) -> Any:
    """A value of the type that stresses the encoders, within the type's constraints."""
    ref = types.resolve(ref)
    if ref.nullable:
        return None
    if ref.kind == "string":
        return example if _constrained(ref) else AWKWARD
    if ref.kind == "boolean":
        return not example if isinstance(example, bool) else True
    if ref.kind == "number" and not _constrained(ref):
        return -0.5
    if ref.kind == "array" and ref.items is not None:
        items = example if isinstance(example, list) and example else [None]
        count = max(ref.min_items or 0, min(2, ref.max_items or 2))
        return [awkward(types, ref.items, items[i % len(items)]) for i in range(count)]
    if ref.kind == "object" and ref.fields:
        return {f.name.wire: _field(types, f, example) for f in ref.fields}
    if ref.kind == "map" and ref.values is not None:
        first = next(iter(example.values()), None) if isinstance(example, dict) else None
        return {"k ü&=": awkward(types, ref.values, first)}
    if ref.kind == "any":
        return {"nested": [1, AWKWARD, None]}
    return example


def _field(types: TypeChecker, item: Field, parent: Any) -> Any:
    example = parent.get(item.name.wire) if isinstance(parent, dict) else None
    return awkward(types, item.type, item.example if example is None else example)


@pytest.mark.parametrize(("name", "endpoint_id"), CASES, ids=[f"{a}:{e}" for a, e in CASES])
def test_awkward_values_for_every_argument_are_accepted(
    name: str,
    endpoint_id: str,
    apis: dict[str, Api],
    mocks: dict[str, MockServer],
    client: httpx.Client,
) -> None:
    api, server = apis[name], mocks[name]
    target = endpoint(api, endpoint_id)
    types = TypeChecker(api)
    values = {
        f.name.wire: _field(types, f, None)
        for f in target.params + target.body
        if f.source == "argument"
    }
    request = request_for(api, endpoint_id, server, values=values)
    response = send(client, request)
    assert response.status_code == int(target.success.status), (request, response.text)
    if target.success.content == "json" and endpoint_id not in ("init", "auth.login"):
        assert response.json() == target.success.example
