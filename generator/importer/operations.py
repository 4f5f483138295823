"""Operations as endpoints: names, parameters, request bodies, responses.

A path with a fragment (`/api/1.3/#init`) is how our export writes
endpoints that share a URL; with `x-apigen-dispatch` the fragment is the
dispatch action, otherwise it is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap

from generator.importer.context import Context, cmap, flow
from generator.importer.document import child
from generator.importer.errors import ImportFailed, Problem
from generator.importer.naming import is_identifier, snake
from generator.importer.responses import Responses
from generator.importer.schemas import Types, document_example
from generator.importer.security import Security
from generator.importer.servers import Servers
from generator.targets.openapi import extensions as x

METHODS = ("get", "put", "post", "delete", "patch", "head")
UNSUPPORTED_METHODS = ("options", "trace")
ENCODINGS = {"application/json": "json", "application/x-www-form-urlencoded": "form"}
TRANSPORT_HEADERS = ("accept", "content-type", "authorization")
PATH_PARAM = re.compile(r"\{([^{}]*)\}")
DEFAULT_STYLES = {"query": "form", "path": "simple", "header": "simple", "cookie": "form"}


@dataclass
class Imported:
    """One endpoint as the spec writes it, and what deciding defaults needs to know."""

    group: str | None
    key: str
    operation_id: str | None
    node: CommentedMap
    method: str
    encoding: str
    body_values: bool
    """It sends body values: its own fields, a dispatch field, or auth values in the body."""
    dispatched: bool


class Operations:
    def __init__(self, ctx: Context, types: Types, security: Security, servers: Servers) -> None:
        self.ctx = ctx
        self.types = types
        self.security = security
        self.servers = servers
        self.responses = Responses(ctx, types)
        dispatch = ctx.ext(x.DISPATCH)
        self.dispatch: dict[str, Any] | None = dispatch if isinstance(dispatch, dict) else None
        tags = ctx.doc.data.get("tags") or []
        self.tags: dict[str, dict[str, Any]] = {
            str(t["name"]): t for t in tags if isinstance(t, dict) and "name" in t
        }
        self.api_security: list[str] | None = None

    def read(self) -> list[Imported]:
        found: list[Imported] = []
        for path, item in self.ctx.doc.data["paths"].items():
            pointer = child("/paths", path)
            resolved = self.ctx.attempt(self.ctx.doc.resolve, item, pointer)
            if resolved is None:
                continue
            item, item_pointer = resolved
            if not isinstance(item, dict):
                self.ctx.problem(pointer, "a path item must be a mapping")
                continue
            for method in item:
                where = child(item_pointer, method)
                if method in UNSUPPORTED_METHODS:
                    self.ctx.problem(where, f"{method.upper()} requests cannot be expressed")
                elif method in METHODS:
                    done = self.ctx.attempt(self.operation, str(path), item, method, where)
                    if done is not None:
                        found.append(done)
        return found

    # the operation -----------------------------------------------------------

    def operation(self, path: str, item: dict[str, Any], method: str, pointer: str) -> Imported:
        op = item[method]
        if not isinstance(op, dict):
            raise ImportFailed([Problem(pointer, "an operation must be a mapping")])
        route, _, fragment = path.partition("#")
        if not route.startswith("/"):
            raise ImportFailed([Problem(child("/paths", path), "a path must start with /")])
        group = self._group(op)
        key, operation_id = self._key(op, group, method, route)
        node = CommentedMap()
        summary = str(op.get("summary") or "").strip()
        description = str(op.get("description") or "").strip()
        node["summary"] = summary or (
            description.split(". ")[0][:80] if description else f"{method.upper()} {route}"
        )
        if not summary:
            self.ctx.note(node, "summary", "no summary in the document")
        node["description"] = description or node["summary"]
        if not description:
            self.ctx.note(node, "description", "no description in the document")
        if op.get("deprecated"):
            node["deprecated"] = True
        if operation_id is not None and not self.ctx.apigen and key != operation_id:
            self.ctx.note(node, "summary", f"named from operationId {operation_id!r}")
        elif operation_id is None:
            self.ctx.note(node, "summary", "named from the method and path: no operationId")

        body = self._body(op, pointer, method)
        dispatched = False
        dispatch = self.dispatch
        node["method"] = method.upper()
        if fragment and dispatch is not None and route == dispatch.get("path") and body is not None:
            field = body[1].get(str(dispatch.get("field")))
            if isinstance(field, dict) and "const" in field:
                dispatched = True
                body[2].add(str(dispatch.get("field")))
                if str(field["const"]) != key:
                    node["action"] = str(field["const"])
        if not dispatched:
            node["path"] = route
            if fragment and not self.ctx.apigen:
                self.ctx.note(node, "path", f"fragment #{fragment} dropped")
        servers = op.get("servers") or item.get("servers")
        if servers:
            name = self.servers.name_of(servers[0], child(child(pointer, "servers"), 0))
            if name != self.servers.default:
                node["server"] = name
        security = self._security(op, pointer)
        if security is not None:
            node["security"] = flow(security)
        params = self._parameters(item, op, pointer, route)
        if params:
            node["params"] = params
        encoding = "none"
        own_fields = CommentedMap()
        if body is not None:
            encoding, all_fields, skipped, free_form = body
            for name, value in all_fields.items():
                if name not in skipped:
                    own_fields[name] = value
            if own_fields:
                node["body"] = own_fields
            if free_form:
                node["encoding"] = encoding
                self.ctx.note(node, "encoding", "a free-form body: declare its fields")
        node["responses"] = self.responses.read(op, pointer)
        for ext, spec_key in (
            (x.RETRY_SAFE, "retry_safe"),
            (x.USE_FAILURE_RULE, "use_failure_rule"),
            (x.VERIFY_SIGNATURE, "verify_response_signature"),
        ):
            if ext in op:
                node[spec_key] = bool(op[ext])
        effective = security if security is not None else (self.api_security or [])
        body_values = bool(own_fields) or dispatched or self._auth_in_body(effective)
        return Imported(
            group, key, operation_id, node, method.upper(), encoding, body_values, dispatched
        )

    def _group(self, op: dict[str, Any]) -> str | None:
        tags = op.get("tags") or []
        return self.tag_group(str(tags[0])) if tags else None

    def tag_group(self, tag: str) -> str | None:
        """The group a tag stands for: our export says (`null`: the client), else its name."""
        declared = self.tags.get(tag, {})
        if x.GROUP in declared:
            group = declared[x.GROUP]
            return None if group is None else str(group)
        return snake(tag, "group").lower()

    def _key(
        self, op: dict[str, Any], group: str | None, method: str, route: str
    ) -> tuple[str, str | None]:
        operation_id = op.get("operationId")
        if isinstance(operation_id, str) and operation_id:
            name = operation_id
            if group is not None and name.startswith(group + "."):
                name = name[len(group) + 1 :]
            keep = is_identifier(name) and (self.ctx.apigen or name == snake(name))
            return (name if keep else snake(name)), operation_id
        words = " ".join(p for p in route.split("/") if p and not p.startswith("{"))
        return snake(f"{method} {words}"), None

    def _security(self, op: dict[str, Any], pointer: str) -> list[str] | None:
        """The endpoint's schemes when they differ from the API's."""
        if x.SECURITY in op:
            return [str(s) for s in op[x.SECURITY]]
        if self.ctx.ext(x.SECURITY) is not None or "security" not in op:
            return None
        names = self.security.requirement(op["security"], child(pointer, "security"))
        return None if names == self.api_security else names

    def _auth_in_body(self, schemes: list[str]) -> bool:
        for name in schemes:
            scheme = self.security.auth.get(name) or {}
            if scheme.get("type") == "session" and scheme.get("in") == "body":
                return True
            if scheme.get("type") == "credentials" and any(
                s.get("in") == "body" for s in scheme.get("send") or []
            ):
                return True
        return False

    # parameters --------------------------------------------------------------

    def _parameters(
        self, item: dict[str, Any], op: dict[str, Any], pointer: str, route: str
    ) -> CommentedMap:
        merged: dict[tuple[str, str], tuple[Any, str]] = {}
        base = pointer.rsplit("/", 1)[0]
        for owner, where in ((item, base), (op, pointer)):
            for index, raw in enumerate(owner.get("parameters") or []):
                param, param_pointer = self.ctx.doc.resolve(
                    raw, child(child(where, "parameters"), index)
                )
                if isinstance(param, dict):
                    merged[(str(param.get("name")), str(param.get("in")))] = (param, param_pointer)
        out = CommentedMap()
        for (name, where), (param, param_pointer) in merged.items():
            if where == "header" and name.lower() in TRANSPORT_HEADERS:
                continue  # OpenAPI ignores these; the client sets them
            converted = self.ctx.attempt(self._parameter, param, param_pointer)
            if converted is not None:
                out[name] = converted
        declared = {n for n, w in merged if w == "path"}
        for name in PATH_PARAM.findall(route):
            if name not in declared:
                node = cmap(
                    ("in", "path"), ("type", "string"), ("description", name), ("example", name)
                )
                self.ctx.note(node, "type", "the document does not declare this path parameter")
                out[name] = node
        return out

    def _parameter(self, param: dict[str, Any], pointer: str) -> CommentedMap:
        where = param.get("in")
        if where not in DEFAULT_STYLES:
            raise ImportFailed(
                [Problem(child(pointer, "in"), f"a parameter in {where!r} cannot be expressed")]
            )
        style = param.get("style", DEFAULT_STYLES[where])
        if style != DEFAULT_STYLES[where] or param.get("explode") is False:
            raise ImportFailed(
                [
                    Problem(
                        pointer,
                        f"style {style!r} (explode {param.get('explode', True)}) cannot be expressed: values go as `name=value`, arrays repeat the name",
                    )
                ]
            )
        schema: Any = param.get("schema")
        schema_pointer = child(pointer, "schema")
        if schema is None and isinstance(param.get("content"), dict):
            media, content = next(iter(param["content"].items()))
            if "json" not in media:
                raise ImportFailed(
                    [Problem(child(pointer, "content"), f"a {media} parameter cannot be expressed")]
                )
            schema, schema_pointer = (
                content.get("schema"),
                child(child(child(pointer, "content"), media), "schema"),
            )
        node = dict(schema) if isinstance(schema, dict) else {}
        if param.get("description"):
            node["description"] = param["description"]
        if param.get("deprecated"):
            node["deprecated"] = True
        example = _parameter_example(self.ctx, param)
        required = bool(param.get("required")) or where == "path"
        field = self.types.field(
            str(param.get("name")), node, schema_pointer, required, example=example
        )
        out = cmap(("in", where))
        for key, value in field.items():
            out[key] = value
        self.types.move_notes(field, out)
        return out

    # request body ------------------------------------------------------------

    def _body(
        self, op: dict[str, Any], pointer: str, method: str
    ) -> tuple[str, CommentedMap, set[str], bool] | None:
        """(encoding, every field, fields the client fills in itself, free-form)."""
        if "requestBody" not in op:
            return None
        where = child(pointer, "requestBody")
        body, where = self.ctx.doc.resolve(op["requestBody"], where)
        if method in ("get", "head"):
            raise ImportFailed(
                [Problem(where, f"a {method.upper()} request with a body cannot be expressed")]
            )
        content = body.get("content") or {}
        chosen = None
        for media in content:
            kind = ENCODINGS.get(str(media).split(";")[0].strip()) or (
                "json" if str(media).endswith("+json") else None
            )
            if kind is not None:
                chosen = (str(media), kind)
                break
        if chosen is None:
            media = next(iter(content), "")
            raise ImportFailed(
                [
                    Problem(
                        child(child(where, "content"), media),
                        f"request bodies of type {media or 'none'} cannot be expressed (JSON and forms can)",
                    )
                ]
            )
        media, encoding = chosen
        media_pointer = child(child(where, "content"), media)
        media_node = content[media] or {}
        schema, schema_pointer = self.ctx.doc.resolve(
            media_node.get("schema") or {}, child(media_pointer, "schema")
        )
        if isinstance(schema, dict) and isinstance(schema.get("allOf"), list):
            merged = self.types.type_spec(schema, schema_pointer)
            fields = merged.get("fields") or CommentedMap()
        else:
            if not isinstance(schema, dict) or (schema.get("type") not in (None, "object")):
                raise ImportFailed(
                    [Problem(schema_pointer, "a request body must be an object of fields")]
                )
            fields = self.types.fields(schema, schema_pointer)
        free_form = "properties" not in schema and not fields
        example = document_example(media_node)
        skipped = {
            name
            for name, raw in (schema.get("properties") or {}).items()
            if isinstance(raw, dict) and x.SCHEME in raw
        }
        if isinstance(example, dict):
            for name, field in fields.items():
                if (
                    "example" not in field
                    and name in example
                    and "const" not in field
                    and "option" not in field
                ):
                    field["example"] = example[name]
        return encoding, fields, skipped, free_form


def _parameter_example(ctx: Context, param: dict[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    examples = param.get("examples")
    if isinstance(examples, dict) and examples:
        first, _ = ctx.doc.resolve(next(iter(examples.values())), "")
        if isinstance(first, dict) and "value" in first:
            return first["value"]
    return ...
