"""Which endpoints a method and raw path can be.

Every endpoint is served on the one port whatever server it lives on: its
template is tried with its own base URL's path prefix (`/api` for PLYR) and,
for a client pointed at the bare emulator URL, without it. Several endpoints
may share a route (LibreAuth's actions, Neptun's one-or-many message routes);
the router returns all of them, most specific first, and the caller decides
by the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from generator.ir.model import Api, Endpoint

_PARAM = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Match:
    endpoint: Endpoint
    path_values: dict[str, str]
    """Path parameters by wire name, percent-decoded."""


@dataclass(frozen=True)
class _Route:
    endpoint: Endpoint
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    rank: tuple[int, ...]
    """Sorts prefixed templates first, then literal segments before parameters, left to right."""

    @classmethod
    def of(cls, endpoint: Endpoint, template: str, prefixed: bool) -> _Route:
        # A parameter is any raw text up to the next `/`; literals must match as written.
        pieces = _PARAM.split(template)
        regex = "".join(re.escape(p) if i % 2 == 0 else "([^/]*)" for i, p in enumerate(pieces))
        rank = (0 if prefixed else 1, *(1 if "{" in s else 0 for s in template.split("/")))
        return cls(endpoint, re.compile(regex), tuple(pieces[1::2]), rank)


class Router:
    def __init__(self, api: Api) -> None:
        routes = []
        for endpoint in api.endpoints:
            prefix = urlsplit(endpoint.base_url).path.rstrip("/")
            routes.append(_Route.of(endpoint, prefix + endpoint.path, prefixed=True))
            if prefix:
                routes.append(_Route.of(endpoint, endpoint.path, prefixed=False))
        # A stable sort: endpoints of equal rank keep the spec's order.
        self._routes = sorted(routes, key=lambda r: r.rank)

    def match(self, method: str, raw_path: str) -> list[Match]:
        """Every endpoint the request can be, most specific first."""
        matches: dict[str, Match] = {}
        for route in self._routes:
            endpoint = route.endpoint
            if endpoint.method != method or endpoint.id in matches:
                continue
            found = route.pattern.fullmatch(raw_path)
            if found is not None:
                values = {n: unquote(v) for n, v in zip(route.names, found.groups(), strict=True)}
                matches[endpoint.id] = Match(endpoint, values)
        return list(matches.values())
