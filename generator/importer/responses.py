"""Responses by status: content kind, body type, examples, headers.

A response our export added for an error shape (a reference to a component
response marked `x-apigen-error-shape`) is left out: the spec says it once,
in `errors.shapes`. So are the response-signature headers, said once in
`response_signature`.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.comments import CommentedMap

from generator.importer.context import Context, cmap
from generator.importer.document import child
from generator.importer.errors import ImportFailed, Problem
from generator.importer.naming import is_identifier, snake, unique
from generator.importer.schemas import Types
from generator.targets.openapi import extensions as x

STATUS = re.compile(r"^([1-5][0-9][0-9]|[1-5]XX)$")


def content_kind(media: str) -> str | None:
    """The spec's content kind of a media type, or None when it has none."""
    base = media.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json") or base == "*/*":
        return "json"
    if base == "text/event-stream":
        return "event-stream"
    if base.startswith("text/"):
        return "text"
    return None


class Responses:
    def __init__(self, ctx: Context, types: Types) -> None:
        self.ctx = ctx
        self.types = types
        signature = ctx.ext(x.RESPONSE_SIGNATURE)
        self.signature_headers = (
            {
                str(signature.get("signature_header")).lower(),
                str(signature.get("timestamp_header")).lower(),
            }
            if isinstance(signature, dict)
            else set()
        )
        errors = ctx.ext(x.ERRORS)
        self.shapes: dict[str, str] = {
            str(s["status"]): str(s["type"])
            for s in ((errors or {}).get("shapes") or [])
            if isinstance(s, dict)
        }

    def read(self, op: dict[str, Any], pointer: str) -> CommentedMap:
        where = child(pointer, "responses")
        listed = op.get("responses")
        if not isinstance(listed, dict) or not listed:
            raise ImportFailed([Problem(where, "an operation needs responses")])
        has_success = any(str(s).startswith("2") for s in listed)
        out = CommentedMap()
        for status, raw in listed.items():
            code = str(status).upper()
            place = child(where, str(status))
            if isinstance(raw, dict) and self._shape_reference(raw, place):
                continue
            if code == "DEFAULT":
                if has_success:
                    continue
                code = "200"
            if not STATUS.match(code):
                raise ImportFailed([Problem(place, f"status {status!r} cannot be expressed")])
            node = self.ctx.attempt(self._resolved, code, raw, place)
            if node is None:
                continue
            out[code] = node
            if str(status).upper() == "DEFAULT":
                self.ctx.note(out, code, "the document's default response, as the success")
        return out

    def _resolved(self, code: str, raw: Any, pointer: str) -> CommentedMap:
        response, pointer = self.ctx.doc.resolve(raw, pointer)
        return self.response(code, response, pointer)

    def _shape_reference(self, raw: dict[str, Any], pointer: str) -> bool:
        target = self.ctx.doc.target(raw, pointer)
        if target is None:
            return False
        try:
            node = self.ctx.doc.at(target)
        except KeyError:
            return False
        return isinstance(node, dict) and x.ERROR_SHAPE in node

    def response(self, code: str, response: Any, pointer: str) -> CommentedMap:
        if not isinstance(response, dict):
            raise ImportFailed([Problem(pointer, "a response must be a mapping")])
        out = CommentedMap()
        out["description"] = str(response.get("description") or "").strip() or f"Status {code}"
        if not str(response.get("description") or "").strip():
            self.ctx.note(out, "description", "no description in the document")
        content = response.get("content") or {}
        chosen = None
        for media in content:
            kind = content_kind(str(media))
            if kind is not None:
                chosen = (str(media), kind)
                break
        if content and chosen is None:
            media = next(iter(content))
            raise ImportFailed(
                [
                    Problem(
                        child(child(pointer, "content"), media),
                        f"responses of type {media} cannot be expressed (JSON, text and event streams can)",
                    )
                ]
            )
        if chosen is not None and code == "204":
            chosen = None
            self.ctx.note(out, "description", "a 204 has no content; the document's is dropped")
        if chosen is None:
            out["content"] = "none"
        else:
            self._content(code, chosen, content, pointer, out)
        headers = self._headers(response, pointer)
        if headers:
            out["headers"] = headers
        return out

    def _content(
        self,
        code: str,
        chosen: tuple[str, str],
        content: dict[str, Any],
        pointer: str,
        out: CommentedMap,
    ) -> None:
        media, kind = chosen
        media_pointer = child(child(pointer, "content"), media)
        node = content[media] or {}
        if kind != "json":
            out["content"] = kind
        schema = node.get("schema")
        schema_pointer = child(media_pointer, "schema")
        if kind == "event-stream":
            resolved, _ = self.ctx.doc.resolve(schema or {}, schema_pointer)
            if (
                isinstance(resolved, dict)
                and resolved.get("type") == "array"
                and "items" in resolved
            ):
                schema, schema_pointer = resolved["items"], child(schema_pointer, "items")
            else:
                self.ctx.note(out, "content", "the schema is read as the type of each event")
        body = self.types.type_spec(schema if schema is not None else {}, schema_pointer)
        if schema is None and kind == "text":
            body = cmap(("type", "string"))
        shape = self.shapes.get(code) or self.shapes.get(f"{code[0]}XX")
        if not (code[0] in "45" and shape is not None and dict(body) == {"type": shape}):
            out["body"] = body
        main, named = self._examples(node, media_pointer)
        if main is not ...:
            out["example"] = main
        if named:
            out["examples"] = named
            if not self.ctx.apigen:
                self.ctx.note(out, "example", "the first of the document's examples")

    def _examples(self, node: dict[str, Any], pointer: str) -> tuple[Any, CommentedMap]:
        """The main example and the named others; the first of `examples` is the main one."""
        named = CommentedMap()
        if "example" in node:
            return node["example"], named
        examples = node.get("examples")
        if not isinstance(examples, dict) or not examples:
            return ..., named
        main: Any = ...
        taken: set[str] = set()
        for index, (name, raw) in enumerate(examples.items()):
            example, _ = self.ctx.doc.resolve(raw, child(child(pointer, "examples"), str(name)))
            if not isinstance(example, dict) or "value" not in example:
                continue
            if index == 0:
                main = example["value"]
                continue
            key = str(name) if is_identifier(str(name)) else snake(str(name))
            named[unique(key, taken)] = example["value"]
        return main, named

    def _headers(self, response: dict[str, Any], pointer: str) -> CommentedMap:
        out = CommentedMap()
        for name, raw in (response.get("headers") or {}).items():
            if str(name).lower() in self.signature_headers:
                continue
            where = child(child(pointer, "headers"), str(name))
            header, where = self.ctx.doc.resolve(raw, where)
            if not isinstance(header, dict):
                continue
            node = dict(header.get("schema") or {})
            if header.get("description"):
                node["description"] = header["description"]
            if header.get("deprecated"):
                node["deprecated"] = True
            example = header.get("example", ...)
            out[str(name)] = self.types.field(
                str(name),
                node,
                child(where, "schema"),
                bool(header.get("required")),
                example=example,
            )
        return out
