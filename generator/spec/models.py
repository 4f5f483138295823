"""Strict pydantic models of what a person writes in `specs/`.

These models only validate; nothing downstream reads them except `ir.build`,
which turns them into the frozen intermediate model the templates render.
Every model forbids unknown keys, so a typo is an error with a place.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

IDENTIFIER = r"^[A-Za-z_][A-Za-z0-9_]*$"
LOWER_IDENTIFIER = r"^[a-z][a-z0-9_]*$"
MODEL_NAME = r"^[A-Z][A-Za-z0-9]*$"
WIRE_NAME = r"^[A-Za-z_][A-Za-z0-9_.\-\[\]]*$"
STATUS = r"^([1-5][0-9][0-9]|[1-5]XX)$"

Identifier = Annotated[str, Field(pattern=IDENTIFIER)]
LowerIdentifier = Annotated[str, Field(pattern=LOWER_IDENTIFIER)]
ModelName = Annotated[str, Field(pattern=MODEL_NAME)]
Text = Annotated[str, Field(min_length=1)]

SCALAR_TYPES = ("string", "integer", "number", "boolean")
BUILTIN_TYPES = (*SCALAR_TYPES, "array", "object", "map", "any")

LANGUAGES = (
    "shell",
    "go",
    "php",
    "python",
    "http",
    "csharp",
    "cpp",
    "javascript",
    "typescript",
    "java",
    "rust",
    "ruby",
    "perl",
    "lua",
    "react",
    "vue",
    "unity",
    "wpf",
    "vbnet",
)
Language = Literal[
    "shell",
    "go",
    "php",
    "python",
    "http",
    "csharp",
    "cpp",
    "javascript",
    "typescript",
    "java",
    "rust",
    "ruby",
    "perl",
    "lua",
    "react",
    "vue",
    "unity",
    "wpf",
    "vbnet",
]
Method = Literal["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]
Encoding = Literal["json", "form", "none"]
Format = Literal[
    "date-time", "date", "uri", "email", "uuid", "hex", "base64", "jwt", "ipv4", "int64"
]


class Strict(BaseModel):
    """Base of every spec model: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class TypeSpec(Strict):
    """A type: a builtin (`string`, `integer`, ...) or the name of a model."""

    type: str = Field(
        description="`string`, `integer`, `number`, `boolean`, `array`, `object`, "
        "`map`, `any`, or the name of a model of this API.",
        examples=["string", "array", "SessionInfo"],
    )
    description: str | None = None
    format: Format | None = None
    enum: list[str | int] | None = Field(default=None, min_length=1)
    min_length: int | None = Field(default=None, ge=0)
    max_length: int | None = Field(default=None, ge=0)
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = Field(default=None, ge=0)
    max_items: int | None = Field(default=None, ge=0)
    items: TypeSpec | None = Field(default=None, description="Element type of an `array`.")
    values: TypeSpec | None = Field(default=None, description="Value type of a `map`.")
    fields: dict[str, FieldSpec] | None = Field(
        default=None, description="Members of an inline `object`, by wire name."
    )
    nullable: bool = False

    @field_validator("pattern")
    @classmethod
    def _pattern_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"pattern is not a valid regular expression: {exc}") from None
        return value


class FieldSpec(TypeSpec):
    """A named value: a body field, a parameter, a client option or a model member."""

    description: Text
    example: Any = Field(
        default=None,
        description="A realistic value. Required on every scalar; derived for objects "
        "and arrays of models when left out.",
    )
    optional: bool = Field(default=False, description="The field may be left out.")
    default: Any = None
    const: Any = Field(default=None, description="A fixed value the client always sends.")
    option: Identifier | None = Field(
        default=None, description="Take the value from this client option (e.g. `version`)."
    )
    secret: bool = Field(default=False, description="Never shown in repr, logs or errors.")
    deprecated: bool = False
    sdk_name: Identifier | None = Field(
        default=None,
        description=(
            "The argument's name in clients and SDK-style samples, when the wire name is a poor"
            " one (a keyword, an abbreviation): LibreAuth's `pass` is `password`."
        ),
    )


class Param(FieldSpec):
    """A path, query, header or cookie parameter."""

    in_: Literal["path", "query", "header", "cookie"] = Field(alias="in")


class Model(TypeSpec):
    """A named type shared by endpoints: usually an object with fields."""

    type: str = "object"
    description: Text
    example: Any = None


class Server(Strict):
    url: Annotated[str, Field(pattern=r"^https?://[^\s/]+(/[^\s]*)?$")]
    description: Text


class ClientSpec(Strict):
    """How the generated client is named and configured."""

    class_name: ModelName = Field(description="Python class name, e.g. `LibreAuth`.")
    env_prefix: Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]*$")] = Field(
        description="Environment variables `<PREFIX>_BASE_URL` etc. configure the client."
    )
    options: dict[str, FieldSpec] = Field(
        default_factory=dict,
        description="Constructor keyword arguments beyond `base_url`, in constructor order.",
    )


class CredentialValue(Strict):
    option: Identifier
    in_: Literal["body", "header", "query", "cookie"] = Field(alias="in")
    name: Annotated[str, Field(pattern=WIRE_NAME)]


class CredentialsAuth(Strict):
    """Values from client options sent with every request (app name, API key)."""

    type: Literal["credentials"]
    description: Text
    send: list[CredentialValue] = Field(min_length=1)


class SessionIssuer(Strict):
    endpoint: Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$")]
    field: str | None = Field(default=None, description="Response body field holding the value.")
    set_cookie: str | None = Field(default=None, description="Cookie set by that endpoint.")


class SessionAuth(Strict):
    """A value the API hands out (a session id, a cookie) that later calls carry."""

    type: Literal["session"]
    description: Text
    in_: Literal["body", "header", "query", "cookie"] = Field(alias="in")
    name: Annotated[str, Field(pattern=WIRE_NAME)]
    example: Text
    option: Identifier | None = Field(
        default=None, description="Client option through which a user may supply it."
    )
    issued_by: SessionIssuer


class BearerAuth(Strict):
    """`Authorization: Bearer <token>` from a client option."""

    type: Literal["bearer"]
    description: Text
    option: Identifier


class HmacAuth(Strict):
    """Request signing: an HMAC over a timestamp and the serialized body."""

    type: Literal["hmac"]
    description: Text
    secret_option: Identifier
    algorithm: Literal["sha256"] = "sha256"
    digest_encoding: Literal["hex"] = "hex"
    signature_header: Annotated[str, Field(pattern=WIRE_NAME)]
    timestamp_header: Annotated[str, Field(pattern=WIRE_NAME)]
    timestamp_unit: Literal["milliseconds", "seconds"] = "milliseconds"
    message: list[Literal["timestamp", "body"]] = Field(default=["timestamp", "body"], min_length=1)
    body_serialization: Literal["json-stringify"] = Field(
        default="json-stringify",
        description="JavaScript `JSON.stringify`: no spaces, insertion order, UTF-8 unescaped.",
    )
    empty_body: str = Field(default="{}", description="What is signed for a GET or an empty body.")
    max_skew_seconds: int = Field(default=300, ge=1)


AuthScheme = Annotated[
    CredentialsAuth | SessionAuth | BearerAuth | HmacAuth, Field(discriminator="type")
]


class ResponseSignature(Strict):
    """The API signs its responses; the client verifies when given the key."""

    algorithm: Literal["ed25519"]
    description: Text
    signature_header: Annotated[str, Field(pattern=WIRE_NAME)]
    timestamp_header: Annotated[str, Field(pattern=WIRE_NAME)]
    message: list[Literal["timestamp", "body"]] = Field(default=["timestamp", "body"], min_length=1)
    key_option: Identifier
    max_age_seconds: int = Field(default=20, ge=1)


class Dispatch(Strict):
    """Endpoints share one URL and are told apart by a body field (LibreAuth's `type`)."""

    field: Annotated[str, Field(pattern=WIRE_NAME)]
    description: Text


class ErrorShape(Strict):
    status: Annotated[str, Field(pattern=STATUS)] = Field(description="`401`, or a range `4XX`.")
    type: ModelName
    message: Text = Field(description="Dotted path of the human message, e.g. `data.message`.")

    @field_validator("status", mode="before")
    @classmethod
    def _status_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value


class FailureRule(Strict):
    """A 2xx body that is an error all the same (`success: false`)."""

    field: Text
    equals: Any
    message: Text


class ErrorsSpec(Strict):
    shapes: list[ErrorShape] = Field(default_factory=list)
    failure: FailureRule | None = None

    def shape_for(self, status: str) -> ErrorShape | None:
        """The error shape of a status: an exact status first, then its range (`4XX`)."""
        for candidate in (status, f"{status[0]}XX"):
            for shape in self.shapes:
                if shape.status == candidate:
                    return shape
        return None


class Defaults(Strict):
    method: Method | None = None
    path: str | None = None
    encoding: Encoding | None = None


class SamplesSpec(Strict):
    languages: list[Language] = Field(min_length=1, description="Tabs the docs show, in order.")
    sdk_style: list[Language] = Field(
        default_factory=list,
        description="Languages whose samples call an SDK object (`new`, session call, "
        "action) instead of making the raw HTTP call.",
    )


class ApiFile(Strict):
    """`specs/<api>/api.yaml`: everything about an API but its endpoints."""

    name: LowerIdentifier
    title: Text
    version: Text
    description: Text
    docs_url: str | None = None
    servers: dict[Identifier, Server] = Field(min_length=1, description="The first is the default.")
    client: ClientSpec
    auth: dict[Identifier, AuthScheme] = Field(default_factory=dict)
    security: list[Identifier] = Field(
        default_factory=list, description="Schemes every endpoint uses unless it says otherwise."
    )
    defaults: Defaults = Field(default_factory=Defaults)
    dispatch: Dispatch | None = None
    errors: ErrorsSpec = Field(default_factory=ErrorsSpec)
    response_signature: ResponseSignature | None = None
    models: dict[str, Model] = Field(default_factory=dict)
    samples: SamplesSpec


class Response(Strict):
    description: Text
    content: Literal["json", "event-stream", "text", "none"] = "json"
    body: TypeSpec | None = Field(default=None, description="Type of the body (of each event).")
    example: Any = None
    examples: dict[Identifier, Any] = Field(
        default_factory=dict, description="More named examples (a failure at 200, say)."
    )
    headers: dict[str, FieldSpec] = Field(default_factory=dict)


class Endpoint(Strict):
    summary: Text
    description: Text
    method: Method | None = None
    path: str | None = None
    action: str | None = Field(default=None, description="Dispatch value; defaults to the key.")
    encoding: Encoding | None = None
    security: list[Identifier] | None = None
    params: dict[str, Param] = Field(default_factory=dict)
    body: dict[str, FieldSpec] = Field(default_factory=dict)
    responses: dict[str, Response] = Field(min_length=1)
    server: Identifier | None = Field(
        default=None,
        description="Name of the server it lives on; defaults to the group's, then the first.",
    )
    use_failure_rule: bool = Field(
        default=True,
        description="Apply errors.failure to this endpoint (false where `success: false` is a normal answer).",
    )
    retry_safe: bool | None = Field(
        default=None, description="May be retried without the user opting in; GET/HEAD by default."
    )
    verify_response_signature: bool = True
    deprecated: bool = False


class GroupFile(Strict):
    """`specs/<api>/<group>.yaml`: a group of endpoints (a client resource)."""

    group: LowerIdentifier | None = Field(
        default=None, description="Resource name on the client; absent: methods on the client."
    )
    description: Text
    server: Identifier | None = Field(
        default=None, description="Server of every endpoint in this file, by name."
    )
    models: dict[str, Model] = Field(default_factory=dict)
    endpoints: dict[str, Endpoint] = Field(min_length=1)


TypeSpec.model_rebuild()
FieldSpec.model_rebuild()
