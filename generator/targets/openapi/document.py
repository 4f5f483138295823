"""One API as an OpenAPI 3.1 document: the native parts first, then `x-apigen-*`."""

from __future__ import annotations

from typing import Any

from generator.ir.model import Api
from generator.targets.base import Output
from generator.targets.openapi import extensions as x
from generator.targets.openapi.operations import Operations, error_responses, tag_name
from generator.targets.openapi.schemas import Schema, Schemas
from generator.targets.openapi.security import requirement, scheme_definition, security_schemes

OPENAPI_VERSION = "3.1.0"


def document(api: Api, rendered: Output) -> Schema:
    """The document; `rendered` holds other targets' files (the samples, when there are any)."""
    schemas = Schemas(api)
    operations = Operations(api, schemas, rendered)
    doc: Schema = {
        "openapi": OPENAPI_VERSION,
        "info": {"title": api.title, "version": api.version, "description": api.description},
    }
    if api.docs_url:
        doc["externalDocs"] = {"description": f"{api.title} documentation", "url": api.docs_url}
    doc["servers"] = [
        {"url": s.url, "description": s.description, x.NAME: s.name.wire} for s in api.servers
    ]
    security = requirement(api, api.security)
    if security:
        doc["security"] = security
    doc["tags"] = [
        {
            "name": tag_name(api, g.name.wire if g.name else None),
            "description": g.description,
            x.GROUP: g.name.wire if g.name else None,
            x.ENDPOINTS: [e.id for e in g.endpoints],
        }
        for g in api.groups
    ]
    doc["paths"] = operations.paths()
    components: Schema = {}
    if api.models:
        components["schemas"] = schemas.components()
    responses = error_responses(api, schemas)
    if responses:
        components["responses"] = responses
    native = security_schemes(api)
    if native:
        components["securitySchemes"] = native
    if components:
        doc["components"] = components
    doc.update(spec_extensions(api, schemas))
    return doc


def spec_extensions(api: Api, schemas: Schemas) -> Schema:
    """What the spec says that OpenAPI cannot: the client, auth internals, errors, samples."""
    out: Schema = {
        x.CLIENT: {
            "class_name": api.class_name,
            "env_prefix": api.env_prefix,
            "options": {
                "type": "object",
                **schemas.object_members(tuple(o.field for o in api.options)),
            }
            if api.options
            else {"type": "object"},
        },
    }
    if api.auth:
        out[x.AUTH] = {s.name.wire: scheme_definition(s) for s in api.auth}
    out[x.SECURITY] = list(api.security)
    dispatch = _dispatch(api)
    if dispatch is not None:
        out[x.DISPATCH] = dispatch
    errors: Schema = {}
    if api.error_shapes:
        errors["shapes"] = [
            {"status": s.status, "type": s.model.wire, "message": ".".join(s.message_path)}
            for s in api.error_shapes
        ]
    if api.failure is not None:
        errors["failure"] = {
            "field": api.failure.field,
            "equals": api.failure.equals,
            "message": ".".join(api.failure.message_path),
        }
    if errors:
        out[x.ERRORS] = errors
    signature = api.response_signature
    if signature is not None:
        out[x.RESPONSE_SIGNATURE] = {
            "algorithm": signature.algorithm,
            "description": signature.description,
            "signature_header": signature.signature_header,
            "timestamp_header": signature.timestamp_header,
            "message": list(signature.message),
            "key_option": signature.key_option.wire,
            "max_age_seconds": signature.max_age_seconds,
        }
    out[x.SAMPLES] = {"languages": list(api.languages), "sdk_style": list(api.sdk_style)}
    return out


def _dispatch(api: Api) -> dict[str, Any] | None:
    """The dispatch field, its description and the shared path, read off a dispatched endpoint."""
    if api.dispatch_field is None:
        return None
    for endpoint in api.endpoints:
        if endpoint.action is not None:
            field = endpoint.body[0]
            return {
                "field": api.dispatch_field,
                "description": field.description,
                "path": endpoint.path,
            }
    return {"field": api.dispatch_field, "description": api.dispatch_field, "path": None}
