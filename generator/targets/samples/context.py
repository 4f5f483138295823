"""What a sample template prints, decided once per endpoint (and language).

Templates never compute: the request comes from `build_request` (the same
function the manifest uses, so a sample cannot disagree with the canonical
request), the form fields are read back from that exact body, and the
SDK-style call (constructor values, the session call, the action and its
arguments) is spelled here for every language alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from generator.errors import GeneratorError
from generator.ir.model import Api, Endpoint, HmacScheme, SessionScheme
from generator.ir.names import Name
from generator.targets.samples.languages import Language
from generator.wire.encoding import scalar_text
from generator.wire.request import build_request, option_examples

HeaderKind = Literal["content-type", "value", "signature", "timestamp"]


@dataclass(frozen=True)
class Header:
    """One request header; `signature` and `timestamp` are computed by the sample when it runs."""

    name: str
    value: str
    """The literal value; for computed headers, the canonical example's value."""
    kind: HeaderKind

    @property
    def line(self) -> str:
        """`Name: value`, as curl and libcurl take a header."""
        return f"{self.name}: {self.value}"

    @property
    def curl_line(self) -> str:
        """The header as curl and libcurl take it: `Name;` sends an empty value (`Name:` drops it)."""
        return f"{self.name};" if self.value == "" else self.line

    @property
    def computed(self) -> bool:
        return self.kind in ("signature", "timestamp")


@dataclass(frozen=True)
class MessagePart:
    """One part of the signed message: the timestamp, the body, or fixed text (`{}`)."""

    kind: Literal["timestamp", "body", "text"]
    text: str = ""


@dataclass(frozen=True)
class Signing:
    """An HMAC request signature each sample computes itself."""

    secret: str
    signature_header: str
    timestamp_header: str
    milliseconds: bool
    parts: tuple[MessagePart, ...]


@dataclass(frozen=True)
class FormField:
    name: str
    value: str


@dataclass(frozen=True)
class Request:
    """The canonical request of one endpoint, in the pieces samples print."""

    method: str
    url: str
    https: bool
    host: str
    """`host[:port]` of the URL, for the HTTP tab's `Host` header."""
    target: str
    """Path and query of the URL, for the HTTP tab's request line."""
    headers: tuple[Header, ...]
    content_type: str | None
    body: str | None
    """The exact body text, sent as is; `None` when the request has no body."""
    encoding: Literal["json", "form", "none"]
    form: tuple[FormField, ...]
    """The form fields of a form body, in wire order (the body read back)."""
    signing: Signing | None

    @property
    def literal_headers(self) -> tuple[Header, ...]:
        """Headers other than Content-Type, in wire order."""
        return tuple(h for h in self.headers if h.kind != "content-type")


@dataclass(frozen=True)
class SdkCall:
    """`new Class(options..., url)`, the session call, then the action with its arguments."""

    class_name: str
    package: str
    """The SDK's module, package or namespace name (the API's name)."""
    options: tuple[Any, ...]
    """The constructor's leading arguments: the required client options' values, in order."""
    url: str
    """The constructor's last argument: the URL the SDK posts its actions to."""
    init: str | None
    """The method that opens the session first, spelled for the language; `None` if not needed."""
    action: str
    """The endpoint's method, spelled for the language."""
    arguments: tuple[Any, ...]
    """The action's arguments: the endpoint's required values, in wire order."""


@dataclass(frozen=True)
class SampleContext:
    """Everything one sample template prints."""

    api: Api
    endpoint: Endpoint
    language: Language
    request: Request
    component: str
    """A PascalCase identifier for the endpoint (components, classes): `UserLogout`."""
    sdk: SdkCall | None


def _signing(api: Api, endpoint: Endpoint, body: str | None) -> Signing | None:
    schemes = [s for s in (api.scheme(n) for n in endpoint.security) if isinstance(s, HmacScheme)]
    if not schemes:
        return None
    if len(schemes) > 1:
        raise GeneratorError(f"{endpoint.id}: samples sign with one HMAC scheme, not several")
    scheme = schemes[0]
    parts = []
    for part in scheme.message:
        if part == "timestamp":
            parts.append(MessagePart("timestamp"))
        elif body is None:
            parts.append(MessagePart("text", scheme.empty_body))
        else:
            parts.append(MessagePart("body"))
    secret = scalar_text(option_examples(api).get(scheme.secret_option.wire))
    return Signing(
        secret=secret,
        signature_header=scheme.signature_header,
        timestamp_header=scheme.timestamp_header,
        milliseconds=scheme.timestamp_unit == "milliseconds",
        parts=tuple(parts),
    )


def request_context(api: Api, endpoint: Endpoint) -> Request:
    """The canonical request (example values, fixed timestamp) cut into printable pieces."""
    canonical = build_request(api, endpoint)
    signing = _signing(api, endpoint, canonical.body)
    headers = []
    content_type = None
    for index, (name, value) in enumerate(canonical.headers):
        kind: HeaderKind = "value"
        if index == 0 and canonical.body is not None and name == "Content-Type":
            kind = "content-type"
            content_type = value
        elif signing is not None and name == signing.signature_header:
            kind = "signature"
        elif signing is not None and name == signing.timestamp_header:
            kind = "timestamp"
        headers.append(Header(name, value, kind))
    form: tuple[FormField, ...] = ()
    if endpoint.encoding == "form" and canonical.body:
        pairs = parse_qsl(canonical.body, keep_blank_values=True, errors="strict")
        form = tuple(FormField(n, v) for n, v in pairs)
    parts = urlsplit(canonical.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Request(
        method=canonical.method,
        url=canonical.url,
        https=parts.scheme == "https",
        host=parts.netloc,
        target=target,
        headers=tuple(headers),
        content_type=content_type,
        body=canonical.body,
        encoding=endpoint.encoding,
        form=form,
        signing=signing,
    )


def _action_url(api: Api, endpoint: Endpoint) -> str:
    """Where the SDK posts its dispatched actions: the shared path on the endpoint's server."""
    dispatched = endpoint if endpoint.action is not None else None
    if dispatched is None:
        dispatched = next((e for e in api.endpoints if e.action is not None), endpoint)
    return dispatched.base_url.rstrip("/") + dispatched.path


def uses_sdk(api: Api, language: Language) -> bool:
    """SDK style: the API dispatches actions and its docs show this language calling an SDK."""
    return api.dispatch_field is not None and language.key in api.sdk_style


def sdk_call(api: Api, endpoint: Endpoint, language: Language) -> SdkCall | None:
    if not uses_sdk(api, language):
        return None
    if language.sdk_template is None:
        raise GeneratorError(f"{api.name}: the {language.title} samples have no SDK style")
    init = None
    for name in endpoint.security:
        scheme = api.scheme(name)
        if isinstance(scheme, SessionScheme) and scheme.issuer != endpoint.id:
            issuer = next(e for e in api.endpoints if e.id == scheme.issuer)
            init = language.method(issuer.name)
    arguments = tuple(
        f.example for f in endpoint.params + endpoint.body if f.source == "argument" and f.required
    )
    return SdkCall(
        class_name=api.class_name,
        package=api.name.wire,
        options=tuple(o.field.example for o in api.options if o.field.required),
        url=_action_url(api, endpoint),
        init=init,
        action=language.method(endpoint.name),
        arguments=arguments,
    )


def component_name(endpoint: Endpoint) -> str:
    words = (endpoint.group.words if endpoint.group else ()) + endpoint.name.words
    return Name(endpoint.id, words).pascal


def sample_context(
    api: Api, endpoint: Endpoint, language: Language, request: Request | None = None
) -> SampleContext:
    """The context of one sample; pass `request` to reuse it across an endpoint's languages."""
    return SampleContext(
        api=api,
        endpoint=endpoint,
        language=language,
        request=request or request_context(api, endpoint),
        component=component_name(endpoint),
        sdk=sdk_call(api, endpoint, language),
    )
