"""Everything a request must satisfy to reach an endpoint, in the order a server checks it.

Content type, then the body parses, then auth, then every value against the
spec. A failed check is a `Problem`: the stage it failed at (to pick the
candidate that came closest when several endpoints share a route) and its
messages, the first of which the answer carries.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus

from generator.ir.model import Api, Endpoint, Field
from generator.mock.auth import Authenticator, SessionStore
from generator.mock.received import MISSING, Body, Received
from generator.mock.typecheck import TypeChecker
from generator.wire.encoding import scalar_text
from generator.wire.jsonstringify import stringify
from generator.wire.operation import CONTENT_TYPES

BODY, AUTH, VALUES = range(3)
_LABELS = {"path": "path parameter", "query": "query parameter", "header": "header"}


@dataclass(frozen=True)
class Problem:
    stage: int
    messages: tuple[str, ...]

    @property
    def is_auth(self) -> bool:
        return self.stage == AUTH


def _reject(reason: str) -> Any:
    raise ValueError(reason)


def parse_body(encoding: str, received: Received) -> Body | Problem:
    """The body's values by wire name, as the endpoint's encoding says to read them."""
    if encoding == "none":
        if received.body:
            return Problem(BODY, ("Unexpected request body",))
        return Body()
    expected = CONTENT_TYPES[encoding]
    content_type = received.header("Content-Type")
    if content_type is None:
        return Problem(BODY, (f"Missing Content-Type: expected {expected}",))
    if content_type.split(";")[0].strip().lower() != expected:
        return Problem(BODY, (f"Unsupported Content-Type: {content_type}; expected {expected}",))
    try:
        text = received.body.decode("utf-8")
    except UnicodeDecodeError:
        return Problem(BODY, ("The body is not UTF-8",))
    if encoding == "form":
        return _parse_form(text)
    try:
        value = json.loads(text, parse_constant=_reject)
    except ValueError:
        return Problem(BODY, ("Invalid JSON body",))
    if not isinstance(value, dict):
        return Problem(BODY, ("The JSON body must be an object",))
    return Body(value)


def _parse_form(text: str) -> Body | Problem:
    values: dict[str, str] = {}
    for part in text.split("&"):
        if not part:
            continue
        raw_name, _, raw_value = part.partition("=")
        try:
            name = unquote_plus(raw_name, errors="strict")
            value = unquote_plus(raw_value, errors="strict")
        except UnicodeDecodeError:
            return Problem(BODY, ("Invalid form body",))
        if name in values:
            return Problem(BODY, (f"Duplicate field: {name}",))
        values[name] = value
    return Body(values, textual=True)


class RequestChecker:
    def __init__(self, api: Api, sessions: SessionStore, clock: Callable[[], float]) -> None:
        self.types = TypeChecker(api)
        self.auth = Authenticator(api, sessions, clock)

    def check(
        self, endpoint: Endpoint, path_values: Mapping[str, str], received: Received
    ) -> Problem | None:
        body = parse_body(endpoint.encoding, received)
        if isinstance(body, Problem):
            return body
        message = self.auth.check(endpoint, received, body)
        if message is not None:
            return Problem(AUTH, (message,))
        problems = self._params(endpoint, path_values, received) + self._body(endpoint, body)
        return Problem(VALUES, tuple(problems)) if problems else None

    def _params(
        self, endpoint: Endpoint, path_values: Mapping[str, str], received: Received
    ) -> list[str]:
        problems: list[str] = []
        query = received.query_values()
        cookies = received.cookies()
        for item in endpoint.params:
            name = item.name.wire
            texts: list[str]
            if item.location == "path":
                texts = [path_values[name]]
            elif item.location == "query":
                texts = query.pop(name, [])
            elif item.location == "header":
                texts = received.header_values(name)
            else:
                texts = [cookies[name]] if name in cookies else []
            if item.source != "session":
                problems += self._param(item, texts, _LABELS.get(item.location, item.location))
        problems += [f"Unknown query parameter: {name}" for name in query]
        return problems

    def _param(self, item: Field, texts: list[str], label: str) -> list[str]:
        name = item.name.wire
        ref = self.types.resolve(item.type)
        if ref.kind == "array" and item.location == "query":
            # An array is the key repeated; no key at all is the empty array.
            assert ref.items is not None
            problems: list[str] = []
            for index, text in enumerate(texts):
                problems += self.types.from_text(text, ref.items, label, f"{name}[{index}]")
            return problems + self._item_count(len(texts), item, label)
        if not texts:
            return [f"Missing {label}: {name}"] if item.required else []
        if len(texts) > 1:
            return [f"Invalid {label}: {name}: given more than once"]
        if item.source == "const" and texts[0] != scalar_text(item.example):
            return [f"Invalid {label}: {name}: expected {scalar_text(item.example)}"]
        return self.types.from_text(texts[0], item.type, label, name)

    def _item_count(self, count: int, item: Field, label: str) -> list[str]:
        ref = self.types.resolve(item.type)
        where = f"Invalid {label}: {item.name.wire}:"
        if ref.min_items is not None and count < ref.min_items:
            return [f"{where} fewer than {ref.min_items} items"]
        if ref.max_items is not None and count > ref.max_items:
            return [f"{where} more than {ref.max_items} items"]
        return []

    def _body(self, endpoint: Endpoint, body: Body) -> list[str]:
        problems: list[str] = []
        for item in endpoint.body:
            name = item.name.wire
            value = body.values.get(name, MISSING)
            if item.source == "session":
                continue
            if value is MISSING:
                if item.required:
                    problems.append(f"Missing field: {name}")
            elif item.source in ("const", "dispatch"):
                expected = scalar_text(item.example) if body.textual else item.example
                if value != expected:
                    problems.append(f"Invalid field: {name}: expected {stringify(item.example)}")
            elif body.textual:
                problems += self.types.from_text(value, item.type, "field", name)
            else:
                problems += self.types.check(value, item.type, "field", name)
        declared = {item.name.wire for item in endpoint.body}
        problems += [f"Unknown field: {name}" for name in body.values if name not in declared]
        return problems
