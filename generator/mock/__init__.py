"""A spec-driven emulator of an API, for testing clients and running docs samples offline.

`MockServer(api)` serves every endpoint of one API on 127.0.0.1: it accepts
exactly the requests `generator.wire.request.build_request` produces, rejects
the ones that break the spec with the API's documented errors, answers with
the spec's examples, signs responses when the API does, records every
request and applies the faults a test queues.
"""

from __future__ import annotations

from generator.mock.server import MockServer
from generator.mock.signing import DEVELOPMENT_SEED

__all__ = ["DEVELOPMENT_SEED", "MockServer"]
