"""Turn validated spec models into the frozen intermediate model."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from generator.ir.model import (
    Api,
    AuthScheme,
    BearerScheme,
    CredentialsScheme,
    Endpoint,
    ErrorShape,
    FailureRule,
    Field,
    Group,
    HmacScheme,
    Location,
    Model,
    Option,
    PythonPackage,
    Response,
    ResponseSignature,
    Server,
    SessionScheme,
    TypeRef,
)
from generator.ir.names import Name
from generator.spec import models as spec
from generator.spec.checks import endpoint_id
from generator.spec.load import ApiSource
from generator.wire.request import build_request

MAX_EXAMPLE_DEPTH = 8


class _Builder:
    def __init__(self, source: ApiSource) -> None:
        self.source = source
        self.api = source.model
        self.spec_models: dict[str, spec.Model] = dict(self.api.models)
        for group in source.groups:
            self.spec_models.update(group.model.models)

    # types and examples ----------------------------------------------------

    def type_ref(self, node: spec.TypeSpec) -> TypeRef:
        builtin = node.type in spec.BUILTIN_TYPES
        return TypeRef(
            kind=node.type if builtin else "model",  # type: ignore[arg-type]
            model=None if builtin else Name.of(node.type),
            items=self.type_ref(node.items) if node.items else None,
            values=self.type_ref(node.values) if node.values else None,
            fields=tuple(self.field(n, f) for n, f in (node.fields or {}).items()),
            enum=tuple(node.enum or ()),
            format=node.format,
            min_length=node.min_length,
            max_length=node.max_length,
            pattern=node.pattern,
            minimum=node.minimum,
            maximum=node.maximum,
            min_items=node.min_items,
            max_items=node.max_items,
            nullable=node.nullable,
        )

    def derived_example(self, node: spec.TypeSpec, depth: int = 0) -> Any:
        """An example built from the examples of the parts, for objects and arrays."""
        if depth > MAX_EXAMPLE_DEPTH:
            return None
        if isinstance(node, (spec.FieldSpec, spec.Model)) and "example" in node.model_fields_set:
            return node.example
        if node.type == "array":
            item = self.derived_example(node.items, depth + 1) if node.items else None
            return [] if item is None else [item]
        if node.type == "object":
            return {
                name: self.derived_example(child, depth + 1)
                for name, child in (node.fields or {}).items()
            }
        model = self.spec_models.get(node.type)
        if model is not None:
            return self.derived_example(model, depth + 1)
        return None

    def field(
        self,
        name: str,
        node: spec.FieldSpec,
        location: Location = "body",
    ) -> Field:
        source = "argument"
        example = self.derived_example(node)
        if node.const is not None:
            source, example = "const", node.const
        elif node.option is not None:
            source = "option"
            example = self.derived_example(self.api.client.options[node.option])
        return Field(
            name=Name.of(name),
            type=self.type_ref(node),
            description=node.description.strip(),
            example=example,
            required=not node.optional,
            location=location,
            source=source,  # type: ignore[arg-type]
            option=Name.of(node.option) if node.option else None,
            default=node.default,
            has_default="default" in node.model_fields_set,
            secret=node.secret,
            deprecated=node.deprecated,
            sdk_name=Name.of(node.sdk_name) if node.sdk_name else None,
        )

    # auth ------------------------------------------------------------------

    def scheme(self, name: str, node: Any) -> AuthScheme:
        options = self.api.client.options
        if isinstance(node, spec.CredentialsAuth):
            values = []
            for sent in node.send:
                option = options[sent.option]
                values.append(
                    Field(
                        name=Name.of(sent.name),
                        type=self.type_ref(option),
                        description=option.description.strip(),
                        example=option.example,
                        required=True,
                        location=sent.in_,
                        source="option",
                        option=Name.of(sent.option),
                        secret=option.secret,
                    )
                )
            return CredentialsScheme(Name.of(name), node.description.strip(), tuple(values))
        if isinstance(node, spec.SessionAuth):
            value = Field(
                name=Name.of(node.name),
                type=TypeRef(kind="string"),
                description=node.description.strip(),
                example=node.example,
                required=True,
                location=node.in_,
                source="session",
                option=Name.of(node.option) if node.option else None,
                secret=True,
            )
            return SessionScheme(
                Name.of(name),
                node.description.strip(),
                value,
                node.issued_by.endpoint,
                node.issued_by.field,
                node.issued_by.set_cookie,
            )
        if isinstance(node, spec.BearerAuth):
            return BearerScheme(Name.of(name), node.description.strip(), Name.of(node.option))
        assert isinstance(node, spec.HmacAuth)
        return HmacScheme(
            name=Name.of(name),
            description=node.description.strip(),
            secret_option=Name.of(node.secret_option),
            algorithm=node.algorithm,
            digest_encoding=node.digest_encoding,
            signature_header=node.signature_header,
            timestamp_header=node.timestamp_header,
            timestamp_unit=node.timestamp_unit,
            message=tuple(node.message),
            body_serialization=node.body_serialization,
            empty_body=node.empty_body,
            max_skew_seconds=node.max_skew_seconds,
        )

    # endpoints -------------------------------------------------------------

    def response(self, status: str, node: spec.Response) -> Response:
        return Response(
            status=status,
            description=node.description.strip(),
            content=node.content,
            type=self.type_ref(node.body) if node.body else self._error_type(status),
            example=node.example,
            examples=tuple(node.examples.items()),
            headers=tuple(self.field(n, h, "header") for n, h in node.headers.items()),
            is_error=not status.startswith(("1", "2", "3")),
        )

    def _error_type(self, status: str) -> TypeRef | None:
        shape = self.api.errors.shape_for(status)
        return TypeRef(kind="model", model=Name.of(shape.type)) if shape else None

    def endpoint(
        self,
        group: spec.GroupFile,
        key: str,
        node: spec.Endpoint,
        schemes: Mapping[str, AuthScheme],
        servers: Mapping[str, Server],
    ) -> Endpoint:
        server = servers[node.server or group.server or next(iter(servers))]
        defaults = self.api.defaults
        uses_default_path = node.path is None
        method = node.method or defaults.method or "GET"
        security = tuple(self.api.security if node.security is None else node.security)

        params: list[Field] = []
        body: list[Field] = []
        dispatch = self.api.dispatch if uses_default_path else None
        action = (node.action or key) if dispatch else None
        if dispatch is not None:
            body.append(
                Field(
                    name=Name.of(dispatch.field),
                    type=TypeRef(kind="string", enum=(action,)),  # type: ignore[arg-type]
                    description=dispatch.description.strip(),
                    example=action,
                    required=True,
                    source="dispatch",
                )
            )
        for name in security:
            scheme = schemes[name]
            values: tuple[Field, ...] = ()
            if isinstance(scheme, CredentialsScheme):
                values = scheme.values
            elif isinstance(scheme, SessionScheme):
                values = (scheme.value,)
            for value in values:
                (body if value.location == "body" else params).append(value)
        params += [self.field(n, p, p.in_) for n, p in node.params.items()]
        body += [self.field(n, f) for n, f in node.body.items()]

        if node.encoding is not None:
            encoding = node.encoding
        elif body and method not in ("GET", "HEAD"):
            encoding = defaults.encoding or "json"
        else:
            encoding = "none"
        if encoding == "none":
            body = []

        responses = tuple(self.response(status, r) for status, r in sorted(node.responses.items()))
        success = next(r for r in responses if r.status.startswith("2"))
        return Endpoint(
            id=endpoint_id(group.group, key),
            name=Name.of(key),
            group=Name.of(group.group) if group.group else None,
            summary=node.summary.strip(),
            description=node.description.strip(),
            method=method,
            path=node.path or defaults.path or "/",
            encoding=encoding,
            security=security,
            params=tuple(params),
            body=tuple(body),
            responses=responses,
            success=success,
            retry_safe=node.retry_safe
            if node.retry_safe is not None
            else method in ("GET", "HEAD"),
            verify_response_signature=node.verify_response_signature,
            deprecated=node.deprecated,
            server=server.name,
            base_url=server.url,
            use_failure_rule=node.use_failure_rule,
            action=action,
        )

    # the API ---------------------------------------------------------------

    def build(self, base_url: str | None) -> Api:
        api = self.api
        schemes = {name: self.scheme(name, node) for name, node in api.auth.items()}
        # --server-url points every server of the API at one place (a staging host, a local server).
        servers = {
            n: Server(Name.of(n), (base_url or s.url).rstrip("/"), s.description.strip())
            for n, s in api.servers.items()
        }
        groups = []
        for source in self.source.groups:
            gname = source.model.group
            endpoints = tuple(
                self.endpoint(source.model, key, node, schemes, servers)
                for key, node in source.model.endpoints.items()
            )
            groups.append(
                Group(
                    Name.of(gname) if gname else None, source.model.description.strip(), endpoints
                )
            )
        groups.sort(key=lambda g: "" if g.name is None else g.name.wire)
        # Group-less files all hold client methods: merge them into one root group.
        root = [g for g in groups if g.name is None]
        if len(root) > 1:
            merged = Group(None, root[0].description, tuple(e for g in root for e in g.endpoints))
            groups = [merged] + [g for g in groups if g.name is not None]

        models = tuple(
            Model(
                name=Name.of(name),
                description=node.description.strip(),
                type=self.type_ref(node),
                example=self.derived_example(node),
            )
            for name, node in sorted(self.spec_models.items())
        )
        signature = api.response_signature
        result = Api(
            name=Name.of(api.name),
            title=api.title.strip(),
            version=api.version,
            description=api.description.strip(),
            docs_url=api.docs_url,
            servers=tuple(servers.values()),
            base_url=next(iter(servers.values())).url,
            class_name=api.client.class_name,
            env_prefix=api.client.env_prefix,
            options=tuple(
                Option(self.field(n, o), f"{api.client.env_prefix}_{Name.of(n).upper}")
                for n, o in api.client.options.items()
            ),
            auth=tuple(schemes.values()),
            security=tuple(api.security),
            dispatch_field=api.dispatch.field if api.dispatch else None,
            error_shapes=tuple(
                ErrorShape(s.status, Name.of(s.type), tuple(s.message.split(".")))
                for s in api.errors.shapes
            ),
            failure=FailureRule(
                api.errors.failure.field,
                api.errors.failure.equals,
                tuple(api.errors.failure.message.split(".")),
            )
            if api.errors.failure
            else None,
            response_signature=ResponseSignature(
                signature.algorithm,
                signature.description.strip(),
                signature.signature_header,
                signature.timestamp_header,
                tuple(signature.message),
                Name.of(signature.key_option),
                signature.max_age_seconds,
            )
            if signature
            else None,
            models=models,
            groups=tuple(groups),
            languages=tuple(api.samples.languages),
            sdk_style=tuple(api.samples.sdk_style),
            package=PythonPackage(
                import_name=f"{api.name}_client",
                dist_name=f"{api.name}-client",
                path=f"python/{api.name}",
            ),
        )
        return _with_examples(result)


def _with_examples(api: Api) -> Api:
    groups = tuple(
        dataclasses.replace(
            g,
            endpoints=tuple(
                dataclasses.replace(e, example=build_request(api, e)) for e in g.endpoints
            ),
        )
        for g in api.groups
    )
    return dataclasses.replace(api, groups=groups)


def build_api(source: ApiSource, base_url: str | None = None) -> Api:
    """The intermediate model of one API; `base_url` replaces its default server."""
    return _Builder(source).build(base_url)
