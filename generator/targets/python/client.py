"""What the client templates print: the endpoint descriptors, methods and resources of an API.

Everything is decided here (Python names, annotations, the descriptor
literals, which classes exist); the templates only print these objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.errors import GeneratorError
from generator.ir.model import Api, Endpoint, Field, Group, SessionScheme
from generator.targets.python.types import PyClass, annotation
from generator.wire.request import describe

RESERVED = frozenset(
    {"timeout", "max_retries", "retry_unsafe", "extra_headers", "extra_query", "extra_body", "self"}
)
"""Keyword names every method takes for its per-call options."""


@dataclass(frozen=True)
class PyArg:
    name: str
    wire: str
    annotation: str
    required: bool
    description: str


@dataclass(frozen=True)
class PyMethod:
    endpoint_id: str
    name: str
    const: str
    summary: str
    description: str
    deprecated: bool
    args: tuple[PyArg, ...]
    returns: str
    """The annotation of the value a call returns."""
    cast: str
    """The same type as a runtime expression, handed to the response parser."""
    descriptor: str
    """The `EndpointDescription(...)` literal of `_endpoints.py`."""
    example_call: str
    """Keyword arguments with the spec's example values, for the README."""


@dataclass(frozen=True)
class PyResource:
    attribute: str
    class_name: str
    description: str
    module: str
    methods: tuple[PyMethod, ...]


@dataclass(frozen=True)
class PyOption:
    name: str
    wire: str
    env: str
    annotation: str
    required: bool
    secret: bool
    description: str
    example_literal: str


@dataclass(frozen=True)
class PyClient:
    root: tuple[PyMethod, ...]
    """Methods of endpoints outside any group: called on the client itself."""
    resources: tuple[PyResource, ...]
    options: tuple[PyOption, ...]
    api_descriptor: str
    classes: tuple[PyClass, ...]
    """Classes for inline objects of arguments and responses, beside the API's models."""
    model_names: tuple[str, ...]
    dependencies: tuple[str, ...]


def _literal(value: Any) -> str:
    return repr(value)


def _argument(field: Field, owner: str, classes: list[PyClass]) -> PyArg:
    text = annotation(field.type, owner + field.name.pascal, classes)
    if not field.required:
        text += " | NotGiven"
    return PyArg(field.arg.py, field.name.wire, text, field.required, field.description)


def _returns(endpoint: Endpoint, owner: str, classes: list[PyClass]) -> tuple[str, str]:
    success = endpoint.success
    if success.content == "none" or success.type is None:
        return "None", "None"
    text = annotation(success.type, owner + "Response", classes)
    if success.content == "event-stream":
        text = f"list[{text}]"
    return text, text


def _endpoint_descriptor(api: Api, endpoint: Endpoint) -> str:
    secret = tuple(
        f.name.wire for f in endpoint.params + endpoint.body if f.source == "argument" and f.secret
    )
    issues_session = any(isinstance(s, SessionScheme) and s.issuer == endpoint.id for s in api.auth)
    return (
        "EndpointDescription("
        f"id={endpoint.id!r}, operation={describe(api, endpoint)!r}, "
        f"server={endpoint.server.wire!r}, content={endpoint.success.content!r}, "
        f"retry_safe={endpoint.retry_safe!r}, use_failure_rule={endpoint.use_failure_rule!r}, "
        f"verify_signature={endpoint.verify_response_signature!r}, "
        f"issues_session={issues_session!r}, secret_arguments={secret!r})"
    )


def _method(api: Api, endpoint: Endpoint, classes: list[PyClass]) -> PyMethod:
    owner = (endpoint.group.pascal if endpoint.group else "") + endpoint.name.pascal
    fields = [f for f in endpoint.params + endpoint.body if f.source == "argument"]
    args = [_argument(f, owner, classes) for f in fields]
    clash = sorted({a.name for a in args} & RESERVED)
    if clash:
        raise GeneratorError(
            f"{api.name.wire} endpoint {endpoint.id}: argument {clash[0]!r} clashes with a "
            "per-call option of the Python client"
        )
    # Required arguments first, each group in the spec's order.
    args.sort(key=lambda a: not a.required)
    returns, cast = _returns(endpoint, owner, classes)
    example = ", ".join(f"{f.arg.py}={_literal(f.example)}" for f in fields if f.required)
    const = (endpoint.group.upper + "_" if endpoint.group else "") + endpoint.name.upper
    return PyMethod(
        endpoint_id=endpoint.id,
        name=endpoint.name.py,
        const=const.lstrip("_"),
        summary=endpoint.summary,
        description=endpoint.description,
        deprecated=endpoint.deprecated,
        args=tuple(args),
        returns=returns,
        cast=cast,
        descriptor=_endpoint_descriptor(api, endpoint),
        example_call=example,
    )


def _resource(api: Api, group: Group, classes: list[PyClass]) -> PyResource:
    assert group.name is not None
    return PyResource(
        attribute=group.name.py,
        class_name=group.name.pascal + "Resource",
        description=group.description,
        module=group.name.snake,
        methods=tuple(_method(api, e, classes) for e in group.endpoints),
    )


def _api_descriptor(api: Api) -> str:
    """The `ApiDescription(...)` literal: everything the runtime needs to know of the API."""
    session = next((s for s in api.auth if isinstance(s, SessionScheme)), None)
    session_rule = (
        f"SessionRule(option={(session.value.option.wire if session.value.option else None)!r}, "
        f"issuer_field={session.issuer_field!r}, issuer_cookie={session.issuer_cookie!r})"
        if session
        else "None"
    )
    options = ", ".join(
        f"ClientOption(name={o.field.name.wire!r}, env={o.env!r}, "
        f"required={o.field.required!r}, secret={o.field.secret!r}, "
        f"default={(o.field.default if o.field.has_default else None)!r})"
        for o in api.options
    )
    shapes = ", ".join(
        f"ErrorShape(status={s.status!r}, message_path={s.message_path!r})"
        for s in api.error_shapes
    )
    failure = (
        f"FailureRule(field={api.failure.field!r}, equals={api.failure.equals!r}, "
        f"message_path={api.failure.message_path!r})"
        if api.failure
        else "None"
    )
    signature = api.response_signature
    signature_rule = (
        f"ResponseSignature(signature_header={signature.signature_header!r}, "
        f"timestamp_header={signature.timestamp_header!r}, message={signature.message!r}, "
        f"key_option={signature.key_option.wire!r}, "
        f"max_age_seconds={signature.max_age_seconds!r})"
        if signature
        else "None"
    )
    servers = {s.name.wire: s.url for s in api.servers}
    return (
        f"ApiDescription(title={api.title!r}, package={api.package.import_name!r}, "
        f"version={api.version!r}, env_prefix={api.env_prefix!r}, servers={servers!r}, "
        f"options=({options}{',' if options else ''}), session={session_rule}, error_shapes=({shapes}{',' if shapes else ''}), "
        f"failure={failure}, response_signature={signature_rule})"
    )


def python_client(api: Api, model_classes: list[PyClass], model_names: list[str]) -> PyClient:
    classes: list[PyClass] = []
    root: tuple[PyMethod, ...] = ()
    resources = []
    for group in api.groups:
        if group.name is None:
            root = tuple(_method(api, e, classes) for e in group.endpoints)
        else:
            resources.append(_resource(api, group, classes))
    options = tuple(
        PyOption(
            name=o.field.name.py,
            wire=o.field.name.wire,
            env=o.env,
            annotation=annotation(o.field.type, "Option", []),
            required=o.field.required,
            secret=o.field.secret,
            description=o.field.description,
            example_literal=_literal(o.field.example),
        )
        for o in api.options
    )
    dependencies = ["httpx>=0.27,<1", "pydantic>=2.7,<3", "typing-extensions>=4.7"]
    if api.response_signature is not None:
        dependencies.append("pynacl>=1.5,<2")
    known = {c.name for c in model_classes} | set(model_names)
    extra = tuple(c for c in classes if c.name not in known)
    return PyClient(
        root=root,
        resources=tuple(resources),
        options=options,
        api_descriptor=_api_descriptor(api),
        classes=extra,
        model_names=tuple(sorted(known | {c.name for c in extra})),
        dependencies=tuple(dependencies),
    )
