"""PLYR's request signature, checked against Node.js computing `JSON.stringify` and the HMAC itself."""

from __future__ import annotations

import json
import shutil
import subprocess
from types import ModuleType
from typing import Any

import pytest

NODE = shutil.which("node")

NODE_SIGNER = """
const crypto = require("crypto");
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = input.cases.map((c) => {
  const body = JSON.stringify(c.body);
  const signature = crypto.createHmac("sha256", input.secret).update(c.timestamp + body).digest("hex");
  return { body, signature };
});
process.stdout.write(JSON.stringify(out));
"""

CASES: list[dict[str, Any]] = [
    {"plain": "ascii"},
    {
        "quote": 'a"b\\c',
        "newline": "l1\nl2\t",
        "control": "\x01\x1f",
        "nonascii": "ü €𝄞",
        "ls": "\u2028",
    },
    {"b": 1, "10": "ten", "2": "two", "a": None, "01": "not an index"},
    {"floats": [0.1, 1e21, 1e-7, 123456789012345680000.0, -0.0, 5e-324, 1.7976931348623157e308]},
    {"ints": [0, -1, 2**53, 2**64], "bools": [True, False], "nested": {"x": [{"y": {}}, []]}},
]


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_signed_bodies_and_signatures_equal_what_node_computes(
    packages: dict[str, ModuleType],
) -> None:
    plyr = packages["plyr"]
    client = plyr.Plyr(api_key="k", secret_key="s3cr3t ✓", base_url="http://127.0.0.1:9")
    core = client._core
    endpoint = plyr._endpoints.USER_LOGOUT
    sent = []
    for index, body in enumerate(CASES):
        core.clock = lambda i=index: 1_700_000_000.0 + i
        request = core.prepare(endpoint, {}, {"extra_body": body})
        sent.append(
            {
                "timestamp": request.headers["timestamp"],
                "body": request.content.decode("utf-8"),
                "signature": request.headers["signature"],
            }
        )
    client.close()
    node_input = {
        "secret": "s3cr3t ✓",
        "cases": [
            {"timestamp": s["timestamp"], "body": b} for s, b in zip(sent, CASES, strict=True)
        ],
    }
    result = subprocess.run(
        [NODE, "-e", NODE_SIGNER],
        input=json.dumps(node_input),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    expected = json.loads(result.stdout)
    assert [{"body": s["body"], "signature": s["signature"]} for s in sent] == expected
