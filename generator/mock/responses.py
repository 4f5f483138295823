"""What the emulator answers: the documented success example, or the documented error.

Errors take the API's error shape for the status (the endpoint's own example
for that status when it documents one, else the shape model's example), keep
only the shape's required fields so no stale detail contradicts the message,
and put the precise message at the shape's message path. An API with a
failure rule (LibreAuth) answers every failure with HTTP 200 and that rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from generator.ir.model import Api, Endpoint, ErrorShape, Response, SessionScheme, TypeRef
from generator.mock.typecheck import TypeChecker
from generator.wire.jsonstringify import stringify

CONTENT_TYPES = {
    "json": "application/json",
    "text": "text/plain; charset=utf-8",
    "event-stream": "text/event-stream",
}


@dataclass(frozen=True)
class Reply:
    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""


def json_reply(status: int, value: Any, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    body = stringify(value).encode("utf-8")
    return Reply(status, (("Content-Type", CONTENT_TYPES["json"]), *headers), body)


def set_path(target: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    """Set `value` at a dotted path, creating the objects on the way."""
    for key in path[:-1]:
        child = target.get(key)
        if not isinstance(child, dict):
            child = target[key] = {}
        target = child
    target[path[-1]] = value


def shape_for(api: Api, status: int) -> ErrorShape | None:
    """The error shape of a status: the exact status first, then its range (`4XX`)."""
    text = str(status)
    for candidate in (text, f"{text[0]}XX"):
        for shape in api.error_shapes:
            if shape.status == candidate:
                return shape
    return None


def event_stream(events: Any) -> str:
    """Each event of the example as one `data:` line of JSON, events separated by a blank line."""
    return "".join(f"data: {stringify(event)}\n\n" for event in events or ())


class Responder:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.types = TypeChecker(api)
        self.issuers = {s.issuer: s for s in api.auth if isinstance(s, SessionScheme)}

    def issuer_scheme(self, endpoint: Endpoint) -> SessionScheme | None:
        return self.issuers.get(endpoint.id)

    def success(self, endpoint: Endpoint, session: str | None = None) -> Reply:
        """The success example; an issuer's answer carries the fresh session value."""
        response = endpoint.success
        status = int(response.status)
        headers = self._documented_headers(response)
        scheme = self.issuer_scheme(endpoint)
        example = response.example
        if scheme is not None and session is not None:
            if scheme.issuer_field is not None and isinstance(example, dict):
                example = _copy(example)
                set_path(example, tuple(scheme.issuer_field.split(".")), session)
            if scheme.issuer_cookie is not None:
                headers = [h for h in headers if h[0].lower() != "set-cookie"]
                headers.append(
                    ("Set-Cookie", self._cookie(response, scheme.issuer_cookie, session))
                )
        if response.content == "none" or status == 204:
            return Reply(status, tuple(headers))
        if response.content == "json":
            return json_reply(status, example, tuple(headers))
        text = example if response.content == "text" else event_stream(example)
        content_type = ("Content-Type", CONTENT_TYPES[response.content])
        return Reply(status, (content_type, *headers), str(text).encode("utf-8"))

    def error(
        self, status: int, message: str, endpoint: Endpoint | None = None, *, forced: bool = False
    ) -> Reply:
        """The documented error for `status`; `forced` keeps the status even under a failure rule."""
        failure = self.api.failure
        if failure is not None and not forced:
            return json_reply(200, self._failure_body(message))
        shape = shape_for(self.api, status)
        if shape is None:
            body = self._failure_body(message) if failure is not None else {"error": message}
            return json_reply(status, body)
        body = self._shape_example(shape, status, endpoint)
        set_path(body, shape.message_path, message)
        return json_reply(status, body)

    def _failure_body(self, message: str) -> dict[str, Any]:
        assert self.api.failure is not None
        body: dict[str, Any] = {}
        set_path(body, tuple(self.api.failure.field.split(".")), self.api.failure.equals)
        set_path(body, self.api.failure.message_path, message)
        return body

    def _shape_example(self, shape: ErrorShape, status: int, endpoint: Endpoint | None) -> Any:
        """The endpoint's documented example for this status, else the shape model's."""
        ref = TypeRef(kind="model", model=shape.model)
        example = self.api.model(shape.model.wire).example
        for response in endpoint.responses if endpoint else ():
            if response.status == str(status) and response.type == ref:
                example = response.example
        pruned = self._required_only(example, ref)
        return pruned if isinstance(pruned, dict) else {}

    def _required_only(self, value: Any, ref: TypeRef) -> Any:
        ref = self.types.resolve(ref)
        if isinstance(value, dict) and ref.kind == "object" and ref.fields:
            return {
                f.name.wire: self._required_only(value[f.name.wire], f.type)
                for f in ref.fields
                if f.required and f.name.wire in value
            }
        if isinstance(value, list) and ref.items is not None:
            return [self._required_only(item, ref.items) for item in value]
        return _copy(value)

    @staticmethod
    def _documented_headers(response: Response) -> list[tuple[str, str]]:
        return [(h.name.wire, str(h.example)) for h in response.headers if h.example is not None]

    @staticmethod
    def _cookie(response: Response, name: str, value: str) -> str:
        """The documented Set-Cookie with the fresh value, or a plain session cookie."""
        for header in response.headers:
            example = str(header.example)
            if header.name.wire.lower() == "set-cookie" and example.startswith(f"{name}="):
                _, sep, attributes = example.partition(";")
                return f"{name}={value}{sep}{attributes}"
        return f"{name}={value}; Path=/; HttpOnly"


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
