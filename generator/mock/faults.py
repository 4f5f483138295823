"""Faults a test can queue to see how a client copes with a misbehaving service.

Each queued fault applies to one request, in arrival order, after the request
was recorded. `status`, `html` and `malformed` answer instead of the endpoint;
`reset` drops the connection unanswered; `delay`, `bad_signature` and
`stale_signature` change how the normal answer is sent.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from html import escape
from typing import Any

from generator.ir.model import Endpoint
from generator.mock.responses import Reply, Responder, reason
from generator.mock.signing import Mode

MAX_DELAY_SECONDS = 10.0

# Kind -> the parameters it takes (name -> required).
KINDS: dict[str, dict[str, bool]] = {
    "status": {"status": True, "retry_after": False},
    "html": {"status": False},
    "malformed": {},
    "reset": {},
    "delay": {"seconds": True},
    "bad_signature": {},
    "stale_signature": {},
}
SIGNATURE_MODES: dict[str, Mode] = {"bad_signature": "bad", "stale_signature": "stale"}


@dataclass(frozen=True)
class Fault:
    kind: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> int:
        return int(self.params.get("status", 500))

    @property
    def delay(self) -> float:
        return min(float(self.params.get("seconds", 0)), MAX_DELAY_SECONDS)

    @property
    def signature_mode(self) -> Mode:
        return SIGNATURE_MODES.get(self.kind, "valid")

    def reply(self, responder: Responder, endpoint: Endpoint | None) -> Reply | None:
        """The answer that replaces the endpoint's, or None when the endpoint still answers."""
        if self.kind == "status":
            message = f"Injected fault: {self.status} {reason(self.status)}"
            reply = responder.error(self.status, message, endpoint, forced=True)
            retry_after = self.params.get("retry_after")
            if retry_after is not None:
                reply = Reply(
                    reply.status, (*reply.headers, ("Retry-After", str(retry_after))), reply.body
                )
            return reply
        if self.kind == "html":
            title = escape(f"{self.status} {reason(self.status)}")
            page = f"<!DOCTYPE html>\n<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>\n"
            return Reply(
                self.status, (("Content-Type", "text/html; charset=utf-8"),), page.encode()
            )
        if self.kind == "malformed":
            return Reply(200, (("Content-Type", "application/json"),), b'{"success": tru')
        return None


def make_fault(kind: str, params: dict[str, Any], *, signs: bool) -> Fault:
    """A checked fault; ValueError says what is wrong with the request for it."""
    if kind not in KINDS:
        raise ValueError(f"unknown fault kind {kind!r}; known: {', '.join(KINDS)}")
    accepted = KINDS[kind]
    unknown = sorted(set(params) - set(accepted))
    if unknown:
        raise ValueError(f"fault {kind!r} takes no parameter {', '.join(unknown)}")
    missing = [name for name, required in accepted.items() if required and name not in params]
    if missing:
        raise ValueError(f"fault {kind!r} needs {', '.join(missing)}")
    status = params.get("status", 500)
    if "status" in params and (type(status) is not int or not 100 <= status <= 599):
        raise ValueError(f"status must be an integer from 100 to 599, got {status!r}")
    seconds = params.get("seconds", 0)
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
        raise ValueError(f"seconds must be a non-negative number, got {seconds!r}")
    if "retry_after" in params and not isinstance(params["retry_after"], str):
        raise ValueError("retry_after must be a string (the Retry-After header's value)")
    if kind in SIGNATURE_MODES and not signs:
        raise ValueError(f"fault {kind!r} needs an API that signs its responses")
    return Fault(kind, dict(params))


class FaultQueue:
    """Faults waiting for the next requests; safe to share between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[Fault] = deque()

    def add(self, fault: Fault, count: int) -> int:
        if type(count) is not int or count < 1:
            raise ValueError(f"count must be a positive integer, got {count!r}")
        with self._lock:
            self._queue.extend([fault] * count)
            return len(self._queue)

    def next(self) -> Fault | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
