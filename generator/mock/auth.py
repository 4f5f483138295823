"""The endpoint's `security`, checked the way the real service checks it.

Credentials and bearer tokens must equal the client options' examples (the
values docs samples and tests use); HMAC signatures are recomputed over the
exact received body; session values must be ones this server issued, or the
spec's example so that docs samples run on their own.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from typing import Any

from generator.ir.model import (
    Api,
    BearerScheme,
    CredentialsScheme,
    Endpoint,
    HmacScheme,
    SessionScheme,
)
from generator.mock.received import MISSING, Body, Received, find
from generator.wire.encoding import scalar_text
from generator.wire.request import option_examples
from generator.wire.signing import hmac_signature


class SessionStore:
    """Session values handed out by the issuer endpoint; safe to share between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._issued: set[str] = set()

    def issue(self) -> str:
        value = secrets.token_hex(16)
        with self._lock:
            self._issued.add(value)
        return value

    def __contains__(self, value: object) -> bool:
        with self._lock:
            return value in self._issued

    def snapshot(self) -> set[str]:
        with self._lock:
            return set(self._issued)


def _same(value: Any, expected: Any, textual: bool) -> bool:
    return bool(value == (scalar_text(expected) if textual else expected))


class Authenticator:
    def __init__(self, api: Api, sessions: SessionStore, clock: Callable[[], float]) -> None:
        self.api = api
        self.sessions = sessions
        self.clock = clock
        self.options = option_examples(api)

    def check(self, endpoint: Endpoint, received: Received, body: Body) -> str | None:
        """The message of the first scheme that fails, in `security` order; None when all pass."""
        for name in endpoint.security:
            scheme = self.api.scheme(name)
            if isinstance(scheme, CredentialsScheme):
                problem = self._credentials(scheme, received, body)
            elif isinstance(scheme, SessionScheme):
                problem = self._session(scheme, received, body)
            elif isinstance(scheme, BearerScheme):
                problem = self._bearer(scheme, received)
            else:
                problem = self._hmac(scheme, received)
            if problem:
                return problem
        return None

    def _credentials(self, scheme: CredentialsScheme, received: Received, body: Body) -> str | None:
        for item in scheme.values:
            assert item.option is not None
            value, textual = find(item, received, body)
            if value is MISSING:
                return f"Missing credential: {item.name.wire}"
            if not _same(value, self.options.get(item.option.wire), textual):
                return f"Invalid credential: {item.name.wire}"
        return None

    def _session(self, scheme: SessionScheme, received: Received, body: Body) -> str | None:
        name = scheme.value.name.wire
        value, textual = find(scheme.value, received, body)
        if value is MISSING:
            return f"Missing session: {name}"
        if _same(value, scheme.value.example, textual) or (
            isinstance(value, str) and value in self.sessions
        ):
            return None
        return f"Unknown session: {name}"

    def _bearer(self, scheme: BearerScheme, received: Received) -> str | None:
        header = received.header("Authorization")
        if header is None or not header.startswith("Bearer "):
            return "Missing bearer token"
        if header[len("Bearer ") :] != scalar_text(self.options.get(scheme.option.wire)):
            return "Invalid bearer token"
        return None

    def _hmac(self, scheme: HmacScheme, received: Received) -> str | None:
        signature = received.header(scheme.signature_header)
        stamp = received.header(scheme.timestamp_header)
        if signature is None:
            return f"Missing signature header: {scheme.signature_header}"
        if stamp is None:
            return f"Missing timestamp header: {scheme.timestamp_header}"
        if not (stamp.isascii() and stamp.isdigit()):
            return f"Invalid timestamp: {stamp}"
        seconds = int(stamp) / 1000 if scheme.timestamp_unit == "milliseconds" else int(stamp)
        if abs(self.clock() - seconds) > scheme.max_skew_seconds:
            return f"Timestamp outside the {scheme.max_skew_seconds} s window"
        try:
            signed = received.body.decode("utf-8") if received.body else scheme.empty_body
        except UnicodeDecodeError:
            return "Invalid signature"
        parts = [stamp if part == "timestamp" else signed for part in scheme.message]
        secret = scalar_text(self.options.get(scheme.secret_option.wire))
        expected = hmac_signature(secret, parts, scheme.algorithm)
        if not secrets.compare_digest(signature.encode("utf-8", "replace"), expected.encode()):
            return "Invalid signature"
        return None
