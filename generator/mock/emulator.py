"""One API's behaviour without the HTTP plumbing: a received request in, a reply out.

Route, then (for a dispatched API) the action named in the body, then every
check against each endpoint the request can be. The first endpoint whose
checks pass answers; when none does, the one that got furthest (auth passed,
fewest problems) names the error.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from generator.ir.model import Api, Endpoint
from generator.mock.auth import SessionStore
from generator.mock.checks import Problem, RequestChecker, parse_body
from generator.mock.received import Received
from generator.mock.responses import Reply, Responder
from generator.mock.routing import Match, Router
from generator.wire.encoding import scalar_text


class Emulator:
    def __init__(
        self, api: Api, sessions: SessionStore, clock: Callable[[], float] = time.time
    ) -> None:
        self.api = api
        self.sessions = sessions
        self.router = Router(api)
        self.checker = RequestChecker(api, sessions, clock)
        self.responder = Responder(api)

    def handle(self, received: Received) -> Reply:
        matches = self.router.match(received.method, received.path)
        if not matches:
            return self.responder.error(404, f"No route for {received.method} {received.path}")
        dispatched = self._dispatch(matches, received)
        if isinstance(dispatched, Reply):
            return dispatched
        problems: list[tuple[Problem, Endpoint]] = []
        for match in dispatched:
            problem = self.checker.check(match.endpoint, match.path_values, received)
            if problem is None:
                return self._succeed(match.endpoint)
            problems.append((problem, match.endpoint))
        problem, endpoint = min(problems, key=lambda p: (-p[0].stage, len(p[0].messages)))
        return self.responder.error(self._status(problem, endpoint), problem.messages[0], endpoint)

    def endpoint_for(self, received: Received) -> Endpoint | None:
        """The endpoint the route most likely names, without checking anything else."""
        matches = self.router.match(received.method, received.path)
        return matches[0].endpoint if matches else None

    def _dispatch(self, matches: list[Match], received: Received) -> list[Match] | Reply:
        """Keep the endpoints whose action the body's dispatch field names."""
        field = self.api.dispatch_field
        actions = [m for m in matches if m.endpoint.action is not None]
        if field is None or not actions:
            return matches
        first = actions[0].endpoint
        body = parse_body(first.encoding, received)
        if isinstance(body, Problem):
            return self.responder.error(self._status(body, first), body.messages[0], first)
        value = body.values.get(field)
        others = [m for m in matches if m.endpoint.action is None]
        if value is None:
            return others or self.responder.error(400, f"Missing field: {field}", first)
        chosen = [m for m in actions if m.endpoint.action == scalar_text(value)] + others
        return chosen or self.responder.error(400, f"Unknown {field}: {value}", first)

    def _succeed(self, endpoint: Endpoint) -> Reply:
        session = None
        if self.responder.issuer_scheme(endpoint) is not None:
            session = self.sessions.issue()
        return self.responder.success(endpoint, session)

    @staticmethod
    def _status(problem: Problem, endpoint: Endpoint) -> int:
        if problem.is_auth:
            return 401
        return 422 if any(r.status == "422" for r in endpoint.responses) else 400
