"""Does a request a sample sent equal the canonical request? Every difference, in words.

Method, raw path, raw query and body bytes must be equal. Headers: every
header the canonical request lists must arrive exactly once with exactly its
value (names case-insensitive, as HTTP has them); headers a client library
adds on its own (User-Agent, Accept, Host, Content-Length...) are ignored.
A request signature cannot equal the canonical one (its timestamp is now):
it must be valid for the bytes received, with a timestamp inside the window.
The one allowance for a runtime: Mono rewrites some URLs (`mono_uri`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from generator.ir.model import Api, Endpoint, HmacScheme
from generator.wire.encoding import scalar_text
from generator.wire.request import option_examples
from generator.wire.signing import hmac_signature


@dataclass(frozen=True)
class Canonical:
    method: str
    url: str
    headers: tuple[tuple[str, str], ...]
    body: str | None

    @classmethod
    def from_manifest(cls, entry: Mapping[str, Any]) -> Canonical:
        return cls(entry["method"], entry["url"], tuple(entry["headers"].items()), entry["body"])

    @property
    def path(self) -> str:
        return urlsplit(self.url).path or "/"

    @property
    def query(self) -> str:
        return urlsplit(self.url).query


@dataclass(frozen=True)
class Signing:
    """What a valid signature of this endpoint's requests is made of."""

    secret: str
    signature_header: str
    timestamp_header: str
    milliseconds: bool
    message: tuple[str, ...]
    empty_body: str
    max_skew_seconds: int

    @classmethod
    def of(cls, api: Api, endpoint: Endpoint) -> Signing | None:
        for name in endpoint.security:
            scheme = api.scheme(name)
            if isinstance(scheme, HmacScheme):
                return cls(
                    secret=scalar_text(option_examples(api).get(scheme.secret_option.wire)),
                    signature_header=scheme.signature_header,
                    timestamp_header=scheme.timestamp_header,
                    milliseconds=scheme.timestamp_unit == "milliseconds",
                    message=scheme.message,
                    empty_body=scheme.empty_body,
                    max_skew_seconds=scheme.max_skew_seconds,
                )
        return None

    def problems(self, stamp: str, signature: str, body: str, now: float) -> list[str]:
        if not (stamp.isascii() and stamp.isdigit()):
            return [f"timestamp {stamp!r} is not a number"]
        seconds = int(stamp) / 1000 if self.milliseconds else int(stamp)
        found = []
        if abs(now - seconds) > self.max_skew_seconds:
            found.append(f"timestamp {stamp} is {now - seconds:.0f} s from now")
        signed = body if body else self.empty_body
        parts = [stamp if part == "timestamp" else signed for part in self.message]
        expected = hmac_signature(self.secret, parts)
        if signature != expected:
            found.append(f"signature {signature!r} is not {expected!r} (HMAC of the received body)")
        return found


_ESCAPED_NON_ASCII = re.compile(r"%[89a-fA-F][0-9a-fA-F]")
_MONO_UNESCAPES = re.compile(r"%(21|27|28|29|2[aA]|3[aA])")


def mono_uri(url: str) -> str:
    """The URL as Mono's `System.Uri` puts it on the wire.

    When a URL holds a percent-escaped non-ASCII byte anywhere, Mono 6.8
    normalizes it as an IRI and unescapes `!'()*:` in the path and query
    (.NET keeps them escaped). No C# code can prevent it on Mono, so the C#
    samples are held to this exact form of the canonical URL instead.
    """
    if not _ESCAPED_NON_ASCII.search(url):
        return url
    return _MONO_UNESCAPES.sub(lambda m: chr(int(m.group(1), 16)), url)


TRANSPORT_URLS: dict[str, Callable[[str], str]] = {"csharp": mono_uri}
"""Per language, how its only available runtime rewrites a URL it is given."""


def as_sent(canonical: Canonical, language: str) -> Canonical:
    """The canonical request as `language`'s runtime can send it (see TRANSPORT_URLS)."""
    rewrite = TRANSPORT_URLS.get(language)
    if rewrite is None:
        return canonical
    return Canonical(canonical.method, rewrite(canonical.url), canonical.headers, canonical.body)


def header_values(headers: Sequence[Sequence[str]], name: str) -> list[str]:
    wanted = name.lower()
    return [value for header, value in headers if header.lower() == wanted]


def differences(
    received: Mapping[str, Any],
    canonical: Canonical,
    signing: Signing | None = None,
    now: float | None = None,
) -> list[str]:
    """Every way `received` (a MockServer recording) differs from `canonical`; [] when equal."""
    found = []
    if received["method"] != canonical.method:
        found.append(f"method {received['method']!r}, expected {canonical.method!r}")
    if received["path"] != canonical.path:
        found.append(f"path {received['path']!r}, expected {canonical.path!r}")
    if received["query"] != canonical.query:
        found.append(f"query {received['query']!r}, expected {canonical.query!r}")
    computed = (
        {signing.signature_header.lower(), signing.timestamp_header.lower()} if signing else set()
    )
    for name, value in canonical.headers:
        values = header_values(received["headers"], name)
        if name.lower() in computed:
            if len(values) != 1:
                found.append(f"header {name}: {len(values)} values {values!r}, expected one")
        elif values != [value]:
            found.append(f"header {name}: {values!r}, expected [{value!r}]")
    body = received["body"]
    expected_body = canonical.body if canonical.body is not None else ""
    if body != expected_body:
        found.append(f"body {body!r}, expected {expected_body!r}")
    if signing is not None:
        assert now is not None, "checking a signature needs the time"
        stamps = header_values(received["headers"], signing.timestamp_header)
        signatures = header_values(received["headers"], signing.signature_header)
        if len(stamps) == len(signatures) == 1:
            found += signing.problems(stamps[0], signatures[0], body, now)
    return found
