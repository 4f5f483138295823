"""A request as the emulator received it, and the views of it the checks need.

The raw parts are kept untouched (the recording must be exact); parsing is
done on demand, the way a server reads each part.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote_plus

from generator.ir.model import Field

MISSING: Any = object()
"""A value that was not sent (JSON `null` is a value, so `None` cannot mean absent)."""


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    """Raw and still percent-encoded, without the query."""
    query: str
    """Raw, without the `?`."""
    headers: tuple[tuple[str, str], ...]
    """In received order, names as the client spelled them."""
    body: bytes

    def header_values(self, name: str) -> list[str]:
        wanted = name.lower()
        return [v for n, v in self.headers if n.lower() == wanted]

    def header(self, name: str) -> str | None:
        values = self.header_values(name)
        return values[0] if values else None

    def query_values(self) -> dict[str, list[str]]:
        """Query values by name, in order; `+` is a space as in every form decoder."""
        values: dict[str, list[str]] = {}
        for part in self.query.split("&"):
            if part:
                name, _, value = part.partition("=")
                values.setdefault(unquote_plus(name), []).append(unquote_plus(value))
        return values

    def cookies(self) -> dict[str, str]:
        jar: dict[str, str] = {}
        for header in self.header_values("Cookie"):
            for part in header.split(";"):
                name, sep, value = part.strip().partition("=")
                if sep and name not in jar:
                    jar[name] = value
        return jar

    def record(self) -> dict[str, Any]:
        """The JSON-ready form kept by the recorder and served by `/__mock__/requests`."""
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": [[n, v] for n, v in self.headers],
            "body": self.body.decode("utf-8", errors="replace"),
        }


@dataclass(frozen=True)
class Body:
    """Parsed body values by wire name; `textual` when they are form text, not JSON values."""

    values: dict[str, Any] = field(default_factory=dict)
    textual: bool = False


def find(item: Field, received: Received, body: Body) -> tuple[Any, bool]:
    """(value, textual) of a field wherever it travels; the value is MISSING when not sent."""
    name = item.name.wire
    if item.location == "body":
        return body.values.get(name, MISSING), body.textual
    if item.location == "header":
        value = received.header(name)
    elif item.location == "query":
        value = next(iter(received.query_values().get(name, [])), None)
    elif item.location == "cookie":
        value = received.cookies().get(name)
    else:
        raise ValueError(f"path values are bound by the router, not looked up: {name}")
    return (MISSING if value is None else value), True
