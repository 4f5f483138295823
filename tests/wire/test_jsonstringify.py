"""Our JSON text is byte for byte what JavaScript's JSON.stringify writes."""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.wire.jsonstringify import stringify

NODE = shutil.which("node")

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8) | st.integers(0, 20).map(str), children, max_size=4)
    ),
    max_leaves=12,
)


def _node_stringify(values: list[Any]) -> list[str]:
    assert NODE is not None
    script = (
        "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{"
        "const vs=JSON.parse(s);process.stdout.write(JSON.stringify(vs.map(v=>JSON.stringify(v))))})"
    )
    # Python's json writes non-finite-free, surrogate-free text that JSON.parse reads exactly.
    done = subprocess.run(
        [NODE, "-e", script], input=json.dumps(values), capture_output=True, text=True, check=True
    )
    return list(json.loads(done.stdout))


def test_known_vectors() -> None:
    assert stringify({"b": 1.0, "a": [0.1, 1e21, 1e-7, 'é\n\x01"\\/']}) == (
        '{"b":1,"a":[0.1,1e+21,1e-7,"é\\n\\u0001\\"\\\\/"]}'
    )
    assert stringify(-0.0) == "0"
    assert stringify({"b": 1, "10": 2, "2": 3, "01": 4}) == '{"2":3,"10":2,"b":1,"01":4}'
    assert stringify(123456789012345680000.0) == "123456789012345680000"


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
@settings(max_examples=40, deadline=None)
@given(st.lists(json_values, min_size=20, max_size=20))
def test_matches_node_json_stringify(values: list[Any]) -> None:
    assert [stringify(v) for v in values] == _node_stringify(values)
