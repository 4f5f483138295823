"""Endpoints as OpenAPI operations: path, parameters, request body, responses.

A dispatched endpoint (LibreAuth: one URL, the action in the body's `type`
field) gets its own path, the shared URL plus `#<action>`: the fragment is
never sent, so the path still names the URL requested, and every action keeps
its own summary, body, responses and samples. Its body fixes the dispatch
field with `const`. Endpoints that share a method and a path otherwise take
their name as the fragment.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from generator.ir.model import Api, Endpoint, Field, Response, TypeRef
from generator.targets.base import Output
from generator.targets.openapi import extensions as x
from generator.targets.openapi.examples import (
    code_samples,
    request_body_example,
    response_examples,
)
from generator.targets.openapi.schemas import Schema, Schemas
from generator.targets.openapi.security import auth_values, requirement, value_note

MEDIA_TYPES = {
    "json": "application/json",
    "form": "application/x-www-form-urlencoded",
    "event-stream": "text/event-stream",
    "text": "text/plain",
}
ERROR_RESPONSE_PREFIX = "#/components/responses/"


def path_keys(endpoints: Sequence[Endpoint]) -> dict[str, str]:
    """The key of each endpoint's path item, by endpoint id.

    A dispatched action is a fragment of the shared URL (`/api/1.3/#init`);
    endpoints that share a method and a path otherwise (told apart by their
    bodies) each take their name as the fragment (`/auth/otp#request_otp`).
    """
    routes = Counter((e.method, e.path) for e in endpoints if not e.action)
    keys = {}
    for e in endpoints:
        if e.action:
            keys[e.id] = f"{e.path}#{e.action}"
        elif routes[(e.method, e.path)] > 1:
            keys[e.id] = f"{e.path}#{e.name.wire}"
        else:
            keys[e.id] = e.path
    return keys


def error_response_name(status: str) -> str:
    return f"Error{status}"


class Operations:
    def __init__(self, api: Api, schemas: Schemas, rendered: Output) -> None:
        self.api = api
        self.schemas = schemas
        self.rendered = rendered

    def paths(self) -> Schema:
        paths: Schema = {}
        keys = path_keys(self.api.endpoints)
        for endpoint in self.api.endpoints:
            item = paths.setdefault(keys[endpoint.id], {})
            item[endpoint.method.lower()] = self.operation(endpoint)
        return paths

    def operation(self, endpoint: Endpoint) -> Schema:
        api = self.api
        op: Schema = {
            "tags": [tag_name(api, endpoint.group.wire if endpoint.group else None)],
            "summary": endpoint.summary,
            "description": endpoint.description,
            "operationId": endpoint.id,
        }
        if endpoint.deprecated:
            op["deprecated"] = True
        default_server = api.servers[0].name
        if endpoint.server != default_server:
            server = next(s for s in api.servers if s.name == endpoint.server)
            op["servers"] = [
                {"url": server.url, "description": server.description, x.NAME: server.name.wire}
            ]
        if endpoint.security != api.security:
            native = requirement(api, endpoint.security)
            if native != requirement(api, api.security):
                op["security"] = native
            op[x.SECURITY] = list(endpoint.security)
        parameters = self.parameters(endpoint)
        if parameters:
            op["parameters"] = parameters
        body = self.request_body(endpoint)
        if body is not None:
            op["requestBody"] = body
        op["responses"] = self.responses(endpoint)
        if endpoint.retry_safe != (endpoint.method in ("GET", "HEAD")):
            op[x.RETRY_SAFE] = endpoint.retry_safe
        if not endpoint.use_failure_rule:
            op[x.USE_FAILURE_RULE] = False
        if not endpoint.verify_response_signature and api.response_signature is not None:
            op[x.VERIFY_SIGNATURE] = False
        samples = code_samples(api, endpoint, self.rendered)
        if samples:
            op[x.CODE_SAMPLES] = samples
        return op

    # request -----------------------------------------------------------------

    def parameters(self, endpoint: Endpoint) -> list[Schema]:
        """The endpoint's own parameters; auth values are security schemes instead."""
        auth = auth_values(self.api, endpoint)
        return [self.parameter(f) for f in endpoint.params if (f.location, f.name.wire) not in auth]

    def parameter(self, field: Field) -> Schema:
        schema = self.schemas.field_schema(field, with_example=False)
        description = schema.pop("description")
        deprecated = schema.pop("deprecated", False)
        param: Schema = {
            "name": field.name.wire,
            "in": field.location,
            "description": description,
            "required": field.required or field.location == "path",
        }
        if deprecated:
            param["deprecated"] = True
        scalar = field.type.kind in ("string", "integer", "number", "boolean")
        if scalar or (field.type.kind == "array" and field.location == "query"):
            param["schema"] = schema
        else:
            # Objects and free values go on the wire as their JSON text.
            param["content"] = {"application/json": {"schema": schema}}
        if self.schemas.needs_example(field.example, field.type):
            param["example"] = field.example
        return param

    def request_body(self, endpoint: Endpoint) -> Schema | None:
        if endpoint.encoding == "none" or not endpoint.body:
            return None
        auth = auth_values(self.api, endpoint)
        properties: Schema = {}
        for field in endpoint.body:
            schema = self.schemas.field_schema(field)
            scheme = auth.get(("body", field.name.wire))
            if scheme is not None:
                schema["description"] = value_note(self.api.scheme(scheme), field)
                schema[x.SCHEME] = scheme
            properties[field.name.wire] = schema
        body_schema: Schema = {"type": "object", "properties": properties}
        required = [f.name.wire for f in endpoint.body if f.required]
        if required:
            body_schema["required"] = required
        media: Schema = {"schema": body_schema}
        example = request_body_example(endpoint)
        if example is not None:
            media["example"] = example
        return {"required": bool(required), "content": {MEDIA_TYPES[endpoint.encoding]: media}}

    # responses ---------------------------------------------------------------

    def responses(self, endpoint: Endpoint) -> Schema:
        out: Schema = {r.status: self.response(endpoint, r) for r in endpoint.responses}
        for shape in self.api.error_shapes:
            if shape.status not in out:
                out[shape.status] = {
                    "$ref": ERROR_RESPONSE_PREFIX + error_response_name(shape.status)
                }
        return out

    def response(self, endpoint: Endpoint, response: Response) -> Schema:
        out: Schema = {"description": response.description}
        headers: Schema = {h.name.wire: self.header(h) for h in response.headers}
        signature = self.api.response_signature
        if signature is not None and endpoint.verify_response_signature:
            headers.update(signature_headers(self.api))
        if headers:
            out["headers"] = headers
        if response.content != "none":
            schema = self.schemas.type_schema(response.type) if response.type else {}
            if response.content == "event-stream":
                schema = {"type": "array", "items": schema}
            media: Schema = {"schema": schema}
            media.update(response_examples(response))
            out["content"] = {MEDIA_TYPES[response.content]: media}
        return out

    def header(self, field: Field) -> Schema:
        schema = self.schemas.field_schema(field, with_example=False)
        header: Schema = {"description": schema.pop("description")}
        if field.required:
            header["required"] = True
        if schema.pop("deprecated", False):
            header["deprecated"] = True
        header["schema"] = schema
        if self.schemas.needs_example(field.example, field.type):
            header["example"] = field.example
        return header


def signature_headers(api: Api) -> Schema:
    signature = api.response_signature
    assert signature is not None
    option = signature.key_option.wire
    return {
        signature.signature_header: {
            "description": f"{signature.description} Verified with the client option `{option}`.",
            "required": True,
            "schema": {"type": "string", "format": "hex"},
        },
        signature.timestamp_header: {
            "description": f"The time the response was signed; a signature older than "
            f"{signature.max_age_seconds} seconds is refused.",
            "required": True,
            "schema": {"type": "string"},
        },
    }


def error_responses(api: Api, schemas: Schemas) -> Schema:
    """One component response per error shape, for statuses an endpoint does not list."""
    out: Schema = {}
    for shape in api.error_shapes:
        message = ".".join(shape.message_path)
        model = schemas.type_schema(TypeRef(kind="model", model=shape.model))
        out[error_response_name(shape.status)] = {
            "description": f"An error: the body is the `{shape.model.wire}` model, its message "
            f"at `{message}`.",
            "content": {"application/json": {"schema": model}},
            x.ERROR_SHAPE: shape.status,
        }
    return out


def tag_name(api: Api, group: str | None) -> str:
    """A group's tag: its name, or the client's class name for methods on the client."""
    return group if group is not None else api.class_name
