"""Checks that span keys and files: names, references, paths and examples.

pydantic checks each file's shape; this module checks what only the whole
API can tell: that a name is unique, that a reference points somewhere, that
a path uses exactly its path parameters, and that every example fits its type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from generator.errors import SpecError
from generator.ir.names import Name
from generator.spec.models import (
    BUILTIN_TYPES,
    IDENTIFIER,
    MODEL_NAME,
    SCALAR_TYPES,
    WIRE_NAME,
    BearerAuth,
    CredentialsAuth,
    Endpoint,
    FieldSpec,
    HmacAuth,
    Model,
    SessionAuth,
    TypeSpec,
)
from generator.spec.values import value_problems
from generator.spec.yamlfile import KeyPath, YamlDocument

if TYPE_CHECKING:
    from generator.spec.load import ApiSource

PATH_PARAM = re.compile(r"\{([^{}]*)\}")


class _Reporter:
    def __init__(self) -> None:
        self.errors: list[SpecError] = []

    def __call__(self, doc: YamlDocument, path: KeyPath, message: str) -> None:
        self.errors.append(SpecError(doc.locate(path), ".".join(str(p) for p in path), message))


def endpoint_id(group: str | None, key: str) -> str:
    return f"{group}.{key}" if group else key


def _walk_types(spec: TypeSpec, path: KeyPath) -> Iterator[tuple[TypeSpec, KeyPath]]:
    yield spec, path
    if spec.items is not None:
        yield from _walk_types(spec.items, (*path, "items"))
    if spec.values is not None:
        yield from _walk_types(spec.values, (*path, "values"))
    for name, field in (spec.fields or {}).items():
        yield from _walk_types(field, (*path, "fields", name))


def _type_shape(spec: TypeSpec, models: Mapping[str, Model]) -> list[tuple[str, str]]:
    """Problems with one type node (not its children): (key, message)."""
    problems = []
    kind = spec.type
    if kind not in BUILTIN_TYPES and kind not in models:
        known = ", ".join(BUILTIN_TYPES) + (", " + ", ".join(sorted(models)) if models else "")
        return [("type", f"unknown type {kind!r}; use one of: {known}")]
    if kind == "array" and spec.items is None:
        problems.append(("type", "an array needs `items`"))
    if kind == "map" and spec.values is None:
        problems.append(("type", "a map needs `values`"))
    if spec.items is not None and kind != "array":
        problems.append(("items", "only an array has `items`"))
    if spec.values is not None and kind != "map":
        problems.append(("values", "only a map has `values`"))
    if spec.fields is not None and kind != "object":
        problems.append(("fields", "only an object has `fields`"))
    if kind != "string":
        for key in ("min_length", "max_length", "pattern", "format"):
            if getattr(spec, key) is not None and not (key == "format" and kind == "integer"):
                problems.append((key, f"`{key}` applies to strings, not {kind}"))
    if kind not in ("integer", "number"):
        for key in ("minimum", "maximum"):
            if getattr(spec, key) is not None:
                problems.append((key, f"`{key}` applies to numbers, not {kind}"))
    if kind != "array":
        for key in ("min_items", "max_items"):
            if getattr(spec, key) is not None:
                problems.append((key, f"`{key}` applies to arrays, not {kind}"))
    if spec.enum is not None:
        if kind not in ("string", "integer"):
            problems.append(("enum", f"an enum must be of strings or integers, not {kind}"))
        elif any(type(v) is not (str if kind == "string" else int) for v in spec.enum):
            problems.append(("enum", f"every enum value must be a {kind}"))
        elif len(set(spec.enum)) != len(spec.enum):
            problems.append(("enum", "enum values repeat"))
    return problems


def _needs_example(
    spec: TypeSpec, models: Mapping[str, Model], seen: frozenset[str] = frozenset()
) -> bool:
    """Scalars need a written example; objects and arrays of models can derive theirs."""
    if spec.type in SCALAR_TYPES or spec.type in ("map", "any"):
        return True
    if spec.type == "array":
        return spec.items is None or _needs_example(spec.items, models, seen)
    if spec.type == "object":
        return spec.fields is None
    model = models.get(spec.type)
    if model is None or spec.type in seen:
        return True
    if "example" in model.model_fields_set:
        return False
    return _needs_example(model, models, seen | {spec.type})


class ApiChecker:
    def __init__(self, source: ApiSource) -> None:
        self.source = source
        self.api = source.model
        self.report = _Reporter()
        self.models: dict[str, Model] = {}
        self.model_places: dict[str, tuple[YamlDocument, KeyPath]] = {}
        self.endpoints: dict[str, tuple[Endpoint, YamlDocument, KeyPath]] = {}

    def run(self) -> list[SpecError]:
        self._collect_models()
        self._collect_endpoints()
        self._check_client_and_auth()
        for name, model in self.models.items():
            doc, path = self.model_places[name]
            self._check_type_tree(model, doc, path, example_required=True)
            if "example" in model.model_fields_set:
                self._check_example(model, model.example, doc, (*path, "example"))
        for shape_index, shape in enumerate(self.api.errors.shapes):
            if shape.type not in self.models:
                self.report(
                    self.source.doc,
                    ("errors", "shapes", shape_index, "type"),
                    f"unknown model {shape.type!r}",
                )
        for eid, (endpoint, doc, path) in self.endpoints.items():
            self._check_endpoint(eid, endpoint, doc, path)
        return self.report.errors

    # names -----------------------------------------------------------------

    def _collect_models(self) -> None:
        places = [(self.api.models, self.source.doc)] + [
            (g.model.models, g.doc) for g in self.source.groups
        ]
        for models, doc in places:
            for name, model in models.items():
                path: KeyPath = ("models", name)
                if not re.match(MODEL_NAME, name):
                    self.report(
                        doc, path, f"model name {name!r} must be PascalCase letters and digits"
                    )
                if name in self.models:
                    other = self.model_places[name][0].display
                    self.report(doc, path, f"model {name!r} is already defined in {other}")
                    continue
                self.models[name] = model
                self.model_places[name] = (doc, path)

    def _collect_endpoints(self) -> None:
        groups: dict[str | None, str] = {}
        py_names: dict[tuple[str | None, str], str] = {}
        for group in self.source.groups:
            gname = group.model.group
            if gname in groups and gname is not None:
                self.report(
                    group.doc, ("group",), f"group {gname!r} is already defined in {groups[gname]}"
                )
            groups.setdefault(gname, group.doc.display)
            for key, endpoint in group.model.endpoints.items():
                path: KeyPath = ("endpoints", key)
                if not re.match(IDENTIFIER, key):
                    self.report(group.doc, path, f"endpoint name {key!r} is not an identifier")
                    continue
                eid = endpoint_id(gname, key)
                if eid in self.endpoints:
                    other = self.endpoints[eid][1].display
                    self.report(group.doc, path, f"endpoint {eid!r} is already defined in {other}")
                    continue
                py = (gname, Name.of(key).py)
                if py in py_names:
                    self.report(
                        group.doc,
                        path,
                        f"endpoint {key!r} has the same Python name as {py_names[py]!r}",
                    )
                py_names[py] = key
                self.endpoints[eid] = (endpoint, group.doc, path)
        for group in self.source.groups:
            if group.model.server is not None and group.model.server not in self.api.servers:
                self.report(group.doc, ("server",), f"unknown server {group.model.server!r}")
            for key, endpoint in group.model.endpoints.items():
                if endpoint.server is not None and endpoint.server not in self.api.servers:
                    self.report(
                        group.doc,
                        ("endpoints", key, "server"),
                        f"unknown server {endpoint.server!r}",
                    )
        root_methods = {
            Name.of(k).py
            for g in self.source.groups
            if g.model.group is None
            for k in g.model.endpoints
        }
        for group in self.source.groups:
            if group.model.group is not None and Name.of(group.model.group).py in root_methods:
                self.report(group.doc, ("group",), "group name clashes with a client method")

    # client, auth ----------------------------------------------------------

    def _option(self, name: str, path: KeyPath) -> None:
        if name not in self.api.client.options:
            known = ", ".join(self.api.client.options) or "none declared"
            self.report(self.source.doc, path, f"unknown client option {name!r} (options: {known})")

    def _check_client_and_auth(self) -> None:
        doc = self.source.doc
        for name, option in self.api.client.options.items():
            path: KeyPath = ("client", "options", name)
            if not re.match(IDENTIFIER, name) or name == "base_url":
                self.report(
                    doc, path, f"option name {name!r} must be an identifier other than base_url"
                )
            self._check_type_tree(option, doc, path, example_required=True)
        for name, scheme in self.api.auth.items():
            path = ("auth", name)
            if isinstance(scheme, CredentialsAuth):
                for index, value in enumerate(scheme.send):
                    self._option(value.option, (*path, "send", index, "option"))
            elif isinstance(scheme, BearerAuth):
                self._option(scheme.option, (*path, "option"))
            elif isinstance(scheme, HmacAuth):
                self._option(scheme.secret_option, (*path, "secret_option"))
            elif isinstance(scheme, SessionAuth):
                if scheme.option is not None:
                    self._option(scheme.option, (*path, "option"))
                issuer = scheme.issued_by
                if issuer.endpoint not in self.endpoints:
                    self.report(
                        doc,
                        (*path, "issued_by", "endpoint"),
                        f"unknown endpoint {issuer.endpoint!r}",
                    )
                if (issuer.field is None) == (issuer.set_cookie is None):
                    self.report(
                        doc, (*path, "issued_by"), "give exactly one of `field` and `set_cookie`"
                    )
        for index, name in enumerate(self.api.security):
            if name not in self.api.auth:
                self.report(doc, ("security", index), f"unknown auth scheme {name!r}")
        signature = self.api.response_signature
        if signature is not None:
            self._option(signature.key_option, ("response_signature", "key_option"))
        samples = self.api.samples
        for index, lang in enumerate(samples.sdk_style):
            if lang not in samples.languages:
                self.report(
                    doc, ("samples", "sdk_style", index), f"{lang!r} is not in samples.languages"
                )
        if len(set(samples.languages)) != len(samples.languages):
            self.report(doc, ("samples", "languages"), "languages repeat")
        if self.api.dispatch is not None and self.api.defaults.encoding not in ("form", "json"):
            self.report(
                doc, ("dispatch",), "dispatch by a body field needs defaults.encoding form or json"
            )

    # types and examples ----------------------------------------------------

    def _check_type_tree(
        self, spec: TypeSpec, doc: YamlDocument, path: KeyPath, *, example_required: bool
    ) -> None:
        for node, node_path in _walk_types(spec, path):
            for key, message in _type_shape(node, self.models):
                self.report(doc, (*node_path, key), message)
            for name in node.fields or {}:
                if not re.match(WIRE_NAME, name):
                    self.report(
                        doc, (*node_path, "fields", name), f"field name {name!r} is not allowed"
                    )
        if isinstance(spec, FieldSpec):
            self._check_field_examples(spec, doc, path, example_required)
        elif isinstance(spec, Model) and "example" not in spec.model_fields_set:
            for name, child in (spec.fields or {}).items():
                self._check_field_examples(child, doc, (*path, "fields", name), example_required)

    def _check_field_examples(
        self, field: FieldSpec, doc: YamlDocument, path: KeyPath, required: bool
    ) -> None:
        written = "example" in field.model_fields_set
        if field.const is not None:
            self._check_example(field, field.const, doc, (*path, "const"))
        elif field.option is not None:
            pass  # the client option's example stands for it
        elif written:
            self._check_example(field, field.example, doc, (*path, "example"))
        elif required and _needs_example(field, self.models):
            self.report(doc, path, "an `example:` is required")
        if "default" in field.model_fields_set:
            self._check_example(field, field.default, doc, (*path, "default"))
        for name, child in (field.fields or {}).items():
            self._check_field_examples(
                child, doc, (*path, "fields", name), required and not written
            )

    def _check_example(self, spec: TypeSpec, value: Any, doc: YamlDocument, path: KeyPath) -> None:
        for sub, message in value_problems(spec, value, self.models):
            self.report(doc, (*path, *sub), message)

    # endpoints -------------------------------------------------------------

    def _check_endpoint(
        self, eid: str, endpoint: Endpoint, doc: YamlDocument, path: KeyPath
    ) -> None:
        defaults = self.api.defaults
        method = endpoint.method or defaults.method
        route = endpoint.path or defaults.path
        encoding = endpoint.encoding or defaults.encoding or ("json" if endpoint.body else "none")
        if method is None:
            self.report(doc, (*path, "method"), "required key is missing (no defaults.method)")
        if route is None:
            self.report(doc, (*path, "path"), "required key is missing (no defaults.path)")
        elif not route.startswith("/"):
            self.report(doc, (*path, "path"), "a path starts with /")
        for index, name in enumerate(endpoint.security or []):
            if name not in self.api.auth:
                self.report(doc, (*path, "security", index), f"unknown auth scheme {name!r}")
        if endpoint.action is not None and (self.api.dispatch is None or endpoint.path is not None):
            self.report(
                doc,
                (*path, "action"),
                "`action` needs `dispatch` in api.yaml and the default path (dispatch applies "
                "only to endpoints that use defaults.path)",
            )
        if (
            self.api.dispatch is not None
            and endpoint.path is None
            and self.api.dispatch.field in endpoint.body
        ):
            self.report(
                doc,
                (*path, "body", self.api.dispatch.field),
                "this field is set by dispatch; do not declare it",
            )
        if endpoint.body and encoding == "none":
            self.report(
                doc, (*path, "encoding"), "an endpoint with body fields needs encoding json or form"
            )
        if endpoint.body and method in ("GET", "HEAD"):
            self.report(doc, (*path, "body"), f"a {method} request has no body")
        seen: dict[tuple[str, str], str] = {}
        py_seen: dict[str, str] = {}
        for kind, items in (("params", endpoint.params), ("body", endpoint.body)):
            for name, field in items.items():
                fpath: KeyPath = (*path, kind, name)
                where = getattr(field, "in_", "body")
                if not re.match(WIRE_NAME, name):
                    self.report(doc, fpath, f"name {name!r} is not allowed")
                if (where, name.lower() if where == "header" else name) in seen:
                    self.report(doc, fpath, f"{where} parameter {name!r} is declared twice")
                seen[(where, name.lower() if where == "header" else name)] = name
                py = Name.of(field.sdk_name or name).py
                if py in py_seen:
                    self.report(doc, fpath, f"{name!r} has the same Python name as {py_seen[py]!r}")
                py_seen[py] = name
                self._check_type_tree(field, doc, fpath, example_required=True)
                if field.option is not None:
                    self._option(field.option, (*fpath, "option"))
                if where == "path" and field.optional:
                    self.report(doc, (*fpath, "optional"), "a path parameter cannot be optional")
        if route is not None:
            used = PATH_PARAM.findall(route)
            declared = [n for n, p in endpoint.params.items() if p.in_ == "path"]
            route_path = (*path, "path") if endpoint.path else path
            for name in used:
                if name not in declared:
                    self.report(
                        doc,
                        route_path,
                        f"path uses {{{name}}} but no path parameter {name!r} is declared",
                    )
            for name in declared:
                if name not in used:
                    self.report(
                        doc,
                        (*path, "params", name),
                        f"path parameter {name!r} is not used in the path {route!r}",
                    )
        if not any(code.startswith("2") for code in endpoint.responses):
            self.report(doc, (*path, "responses"), "at least one 2xx response is required")
        for code, response in endpoint.responses.items():
            rpath: KeyPath = (*path, "responses", code)
            if not re.match(r"^([1-5][0-9][0-9]|[1-5]XX)$", code):
                self.report(doc, rpath, f"{code!r} is not an HTTP status or range like 4XX")
            if response.content == "none":
                if response.body is not None or "example" in response.model_fields_set:
                    self.report(doc, rpath, "a response with content none has no body or example")
                continue
            if code == "204":
                self.report(doc, (*rpath, "content"), "a 204 response has content none")
            body = response.body
            if body is None and code.startswith("2"):
                self.report(doc, (*rpath, "body"), "required key is missing (the body's type)")
            if body is not None:
                self._check_type_tree(body, doc, (*rpath, "body"), example_required=False)
            if "example" not in response.model_fields_set:
                self.report(doc, rpath, "an `example:` is required")
            elif response.content == "event-stream":
                if not isinstance(response.example, list):
                    self.report(
                        doc, (*rpath, "example"), "an event-stream example is a list of events"
                    )
                elif body is not None:
                    for index, event in enumerate(response.example):
                        self._check_example(body, event, doc, (*rpath, "example", index))
            elif body is not None:
                self._check_example(body, response.example, doc, (*rpath, "example"))
                for name, example in response.examples.items():
                    self._check_example(body, example, doc, (*rpath, "examples", name))
            else:
                shape = self.api.errors.shape_for(code)
                if shape is not None:
                    self._check_example(
                        TypeSpec(type=shape.type), response.example, doc, (*rpath, "example")
                    )
            for name, header in response.headers.items():
                self._check_type_tree(header, doc, (*rpath, "headers", name), example_required=True)


def check_api(source: ApiSource) -> list[SpecError]:
    """Every cross-file problem in one API, each with its place."""
    return ApiChecker(source).run()
