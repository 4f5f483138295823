"""Many concurrent calls through one async client: all answered, no connection left open."""

from __future__ import annotations

import asyncio

from generator.mock import MockServer

CALLS = 200


def test_200_concurrent_async_calls_complete_and_leave_no_connection_open(
    packages, servers: dict[str, MockServer]
) -> None:
    xerial = packages["xerial"]
    server = servers["xerial"]
    server.clear()

    async def run() -> tuple[list[object], int, int]:
        client = xerial.AsyncXerial(access_token="your_access_token", base_url=server.url)
        async with client:
            results = await asyncio.gather(
                *(client.global_wallets.get_user_wallet_info() for _ in range(CALLS))
            )
            pool = client._http._transport._pool
            during = len(pool.connections)
        return list(results), during, len(pool.connections)

    results, during, after = asyncio.run(run())
    assert len(results) == CALLS and all(r == results[0] for r in results)
    assert len(server.requests) == CALLS
    assert 0 < during <= 100  # httpx's default pool limit
    assert after == 0
