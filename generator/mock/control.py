"""The emulator's own routes under `/__mock__/`, for tests written in any language.

They are not part of the API: never recorded, never faulted.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from generator.mock.responses import Reply, json_reply

if TYPE_CHECKING:
    from generator.mock.server import MockServer

PREFIX = "/__mock__/"
_METHODS = {
    "/__mock__/requests": ("GET", "DELETE"),
    "/__mock__/faults": ("POST",),
    "/__mock__/info": ("GET",),
}


def control_reply(mock: MockServer, method: str, path: str, body: bytes) -> Reply:
    allowed = _METHODS.get(path)
    if allowed is None:
        return json_reply(404, {"error": f"no control route {path}; known: {', '.join(_METHODS)}"})
    if method not in allowed:
        return json_reply(405, {"error": f"{path} takes {' or '.join(allowed)}"})
    if path == "/__mock__/info":
        return json_reply(200, {"api": mock.api.name.wire, "public_key": mock.public_key_hex})
    if path == "/__mock__/requests":
        if method == "GET":
            return json_reply(200, mock.requests)
        mock.clear()
        return Reply(204)
    try:
        fault: Any = json.loads(body.decode("utf-8"))
        if not isinstance(fault, dict) or not isinstance(fault.get("kind"), str):
            raise ValueError('expected a JSON object with a "kind"')
        kind = fault.pop("kind")
        mock.inject(kind, count=fault.pop("count", 1), **fault)
    except (ValueError, UnicodeDecodeError) as exc:
        return json_reply(400, {"error": str(exc)})
    return Reply(204)
