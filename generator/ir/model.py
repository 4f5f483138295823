"""The intermediate model: frozen, language-neutral, names resolved, ordered.

Templates render only these objects. Everything a target needs is decided
here once (names as words, defaults applied, references resolved, the wire
order of every request value, the canonical example request), so no template
parses the spec, computes a name or sorts.

Order: groups and models are sorted by name; endpoints keep the order their
file gives (the docs' reading order); fields keep their declared order, which
is the order they go on the wire.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from generator.ir.names import Name

Location = Literal["path", "query", "header", "cookie", "body"]


@dataclass(frozen=True)
class TypeRef:
    """A resolved type. `kind` is a builtin or `model` (then `model` names it)."""

    kind: Literal[
        "string", "integer", "number", "boolean", "array", "object", "map", "any", "model"
    ]
    model: Name | None = None
    items: TypeRef | None = None
    values: TypeRef | None = None
    fields: tuple[Field, ...] = ()
    enum: tuple[str | int, ...] = ()
    format: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    nullable: bool = False


@dataclass(frozen=True)
class Field:
    """A named value with its type, docs and example; `source` says who supplies it."""

    name: Name
    type: TypeRef
    description: str
    example: Any
    required: bool
    location: Location = "body"
    source: Literal["argument", "const", "option", "session", "dispatch"] = "argument"
    option: Name | None = None
    default: Any = None
    has_default: bool = False
    secret: bool = False
    deprecated: bool = False
    sdk_name: Name | None = None

    @property
    def arg(self) -> Name:
        """The name of the argument that supplies it in clients and SDK-style samples."""
        return self.sdk_name or self.name


@dataclass(frozen=True)
class Model:
    name: Name
    description: str
    type: TypeRef
    example: Any


@dataclass(frozen=True)
class Server:
    name: Name
    url: str
    description: str


@dataclass(frozen=True)
class Option:
    """A client constructor argument (beyond `base_url`)."""

    field: Field
    env: str


@dataclass(frozen=True)
class CredentialsScheme:
    name: Name
    description: str
    values: tuple[Field, ...]
    kind: Literal["credentials"] = "credentials"


@dataclass(frozen=True)
class SessionScheme:
    name: Name
    description: str
    value: Field
    issuer: str
    issuer_field: str | None
    issuer_cookie: str | None
    kind: Literal["session"] = "session"


@dataclass(frozen=True)
class BearerScheme:
    name: Name
    description: str
    option: Name
    kind: Literal["bearer"] = "bearer"


@dataclass(frozen=True)
class HmacScheme:
    name: Name
    description: str
    secret_option: Name
    algorithm: str
    digest_encoding: str
    signature_header: str
    timestamp_header: str
    timestamp_unit: str
    message: tuple[str, ...]
    body_serialization: str
    empty_body: str
    max_skew_seconds: int
    kind: Literal["hmac"] = "hmac"


AuthScheme = CredentialsScheme | SessionScheme | BearerScheme | HmacScheme


@dataclass(frozen=True)
class ResponseSignature:
    algorithm: str
    description: str
    signature_header: str
    timestamp_header: str
    message: tuple[str, ...]
    key_option: Name
    max_age_seconds: int


@dataclass(frozen=True)
class ErrorShape:
    status: str
    model: Name
    message_path: tuple[str, ...]


@dataclass(frozen=True)
class FailureRule:
    field: str
    equals: Any
    message_path: tuple[str, ...]


@dataclass(frozen=True)
class Response:
    status: str
    description: str
    content: Literal["json", "event-stream", "text", "none"]
    type: TypeRef | None
    example: Any
    examples: tuple[tuple[str, Any], ...]
    headers: tuple[Field, ...]
    is_error: bool


@dataclass(frozen=True)
class ExampleRequest:
    """The request a client sends for the spec's example values, byte for byte."""

    method: str
    url: str
    headers: tuple[tuple[str, str], ...]
    body: str | None


@dataclass(frozen=True)
class Endpoint:
    id: str
    name: Name
    group: Name | None
    summary: str
    description: str
    method: str
    path: str
    encoding: Literal["json", "form", "none"]
    security: tuple[str, ...]
    params: tuple[Field, ...]
    body: tuple[Field, ...]
    """Every body value in wire order: dispatch, auth values, then the endpoint's own."""
    responses: tuple[Response, ...]
    success: Response
    retry_safe: bool
    verify_response_signature: bool
    deprecated: bool
    server: Name
    base_url: str
    use_failure_rule: bool = True
    action: str | None = None
    example: ExampleRequest | None = None


@dataclass(frozen=True)
class Group:
    name: Name | None
    description: str
    endpoints: tuple[Endpoint, ...]


@dataclass(frozen=True)
class PythonPackage:
    import_name: str
    dist_name: str
    path: str


@dataclass(frozen=True)
class Api:
    name: Name
    title: str
    version: str
    description: str
    docs_url: str | None
    servers: tuple[Server, ...]
    base_url: str
    class_name: str
    env_prefix: str
    options: tuple[Option, ...]
    auth: tuple[AuthScheme, ...]
    security: tuple[str, ...]
    dispatch_field: str | None
    error_shapes: tuple[ErrorShape, ...]
    failure: FailureRule | None
    response_signature: ResponseSignature | None
    models: tuple[Model, ...]
    groups: tuple[Group, ...]
    languages: tuple[str, ...]
    sdk_style: tuple[str, ...]
    package: PythonPackage
    example_timestamp_ms: int = field(default=1700000000000)

    @property
    def endpoints(self) -> tuple[Endpoint, ...]:
        return tuple(e for g in self.groups for e in g.endpoints)

    def scheme(self, name: str) -> AuthScheme:
        return next(s for s in self.auth if s.name.wire == name)

    def model(self, name: str) -> Model:
        return next(m for m in self.models if m.name.wire == name)
