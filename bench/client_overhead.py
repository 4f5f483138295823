"""One fresh process of the client-overhead figures: generated PLYR client vs plain httpx.

`python -m bench.client_overhead sync|async URL REQUEST_JSON CALLS ROUNDS`, with the
generated `plyr_client` importable. Both send PLYR's `user.logout` to the same
loopback server: the plain client the canonical request's exact method, path,
headers and body (then `.json()`), the generated client the same call as a user
writes it (it builds, signs with a fresh timestamp, sends, checks and parses).
Rounds alternate which goes first; prints the seconds of each round as JSON.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

WARMUP = 200


def _sync(url: str, request: dict[str, Any], calls: int, rounds: int) -> dict[str, list[float]]:
    import httpx
    from plyr_client import Plyr  # type: ignore[import-not-found,unused-ignore]

    client = Plyr(api_key="your_api_key", secret_key="your_secret_key", base_url=url)
    http = httpx.Client()
    target = url + request["path"]
    headers = request["headers"]
    body = request["body"].encode()
    jwt = request["session_jwt"]

    def plain() -> Any:
        response = http.request(request["method"], target, headers=headers, content=body)
        response.raise_for_status()
        return response.json()

    def ours() -> Any:
        return client.user.logout(session_jwt=jwt)

    def batch(call: Callable[[], Any], count: int) -> float:
        started = time.perf_counter()
        for _ in range(count):
            call()
        return time.perf_counter() - started

    assert plain() == {"message": "Logout success"}
    assert ours().message == "Logout success"
    batch(plain, WARMUP)
    batch(ours, WARMUP)
    times: dict[str, list[float]] = {"plain": [], "client": []}
    for index in range(rounds):
        order = [("plain", plain), ("client", ours)]
        for name, call in order if index % 2 == 0 else reversed(order):
            times[name].append(batch(call, calls))
    client.close()
    http.close()
    return times


async def _async(
    url: str, request: dict[str, Any], calls: int, rounds: int
) -> dict[str, list[float]]:
    import httpx
    from plyr_client import AsyncPlyr  # type: ignore[import-not-found,unused-ignore]

    client = AsyncPlyr(api_key="your_api_key", secret_key="your_secret_key", base_url=url)
    http = httpx.AsyncClient()
    target = url + request["path"]
    headers = request["headers"]
    body = request["body"].encode()
    jwt = request["session_jwt"]

    async def plain() -> Any:
        response = await http.request(request["method"], target, headers=headers, content=body)
        response.raise_for_status()
        return response.json()

    async def ours() -> Any:
        return await client.user.logout(session_jwt=jwt)

    async def batch(call: Callable[[], Awaitable[Any]], count: int) -> float:
        started = time.perf_counter()
        for _ in range(count):
            await call()
        return time.perf_counter() - started

    assert await plain() == {"message": "Logout success"}
    assert (await ours()).message == "Logout success"
    await batch(plain, WARMUP)
    await batch(ours, WARMUP)
    times: dict[str, list[float]] = {"plain": [], "client": []}
    for index in range(rounds):
        order = [("plain", plain), ("client", ours)]
        for name, call in order if index % 2 == 0 else reversed(order):
            times[name].append(await batch(call, calls))
    await client.close()
    await http.aclose()
    return times


def main() -> None:
    mode, url, request_file, calls, rounds = sys.argv[1:6]
    request = json.loads(Path(request_file).read_text())
    if mode == "sync":
        times = _sync(url, request, int(calls), int(rounds))
    else:
        times = asyncio.run(_async(url, request, int(calls), int(rounds)))
    print(json.dumps(times))


if __name__ == "__main__":
    main()
