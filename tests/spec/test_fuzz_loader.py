"""Random and mutated YAML: every input generates, or fails with located errors and writes nothing.

Inputs are derived from the minimal fixture API: its files mutated byte by
byte, replaced by random YAML documents, or given hostile constructs (deep
nesting, huge strings, alias bombs, duplicate keys, tabs, non-UTF-8 bytes).
A traceback of any other kind, or anything left in the output folder after a
failure, fails the test. The counts per worker go to build/fuzz/, and the
session's summary prints their sum.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from generator.errors import SpecErrors
from generator.pipeline import generate
from tests.conftest import ROOT

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "minimal" / "shop"
FILES = {p.name: p.read_bytes() for p in sorted(FIXTURE.glob("*.yaml"))}
REPORT = ROOT / "build" / "fuzz" / f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}.json"
TRIED: dict[str, int] = {}

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def outcome(specs: Path) -> str:
    """'ok' or 'errors'; anything but SpecErrors propagates and fails the test."""
    try:
        generate(specs)
    except SpecErrors as errors:
        assert errors.errors
        for error in errors.errors:
            text = str(error)
            # file:line:col: where the place is known, always the file.
            assert text.startswith(("specs", str(specs.parent), specs.name, "/", "tests")), text
            assert "Traceback" not in text
        return "errors"
    return "ok"


def write_api(root: Path, files: dict[str, bytes]) -> Path:
    specs = root / "specs"
    shutil.rmtree(specs, ignore_errors=True)
    (specs / "shop").mkdir(parents=True)
    for name, content in files.items():
        (specs / "shop" / name).write_bytes(content)
    return specs


def count(kind: str) -> None:
    """Record an input that passed (a failing one stops the test before this)."""
    TRIED[kind] = TRIED.get(kind, 0) + 1
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(TRIED))


@FUZZ
@given(
    name=st.sampled_from(sorted(FILES)),
    edits=st.lists(
        st.tuples(st.integers(0, 10**6), st.integers(0, 8), st.binary(max_size=8)),
        min_size=1,
        max_size=6,
    ),
)
def test_byte_mutations_of_a_valid_spec_fail_cleanly(
    tmp_path_factory: pytest.TempPathFactory, name: str, edits: list[tuple[int, int, bytes]]
) -> None:
    content = bytearray(FILES[name])
    for position, width, replacement in edits:
        at = position % (len(content) + 1)
        content[at : at + width] = replacement
    specs = write_api(tmp_path_factory.mktemp("mut"), {**FILES, name: bytes(content)})
    outcome(specs)
    count("byte mutations")


yaml_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
)
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=25,
)
KEYS = [
    "name",
    "title",
    "version",
    "servers",
    "client",
    "auth",
    "security",
    "endpoints",
    "models",
    "type",
    "fields",
    "params",
    "body",
    "responses",
    "example",
    "path",
    "method",
    "in",
    "options",
]


@FUZZ
@given(
    name=st.sampled_from(sorted(FILES)),
    document=st.dictionaries(st.sampled_from(KEYS), yaml_values, max_size=8),
)
def test_random_documents_in_place_of_a_file_fail_cleanly(
    tmp_path_factory: pytest.TempPathFactory, name: str, document: dict[str, object]
) -> None:
    import io

    text = io.StringIO()
    YAML().dump(document, text)
    specs = write_api(tmp_path_factory.mktemp("doc"), {**FILES, name: text.getvalue().encode()})
    outcome(specs)
    count("random documents")


def alias_bomb(levels: int) -> bytes:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return ("\n".join(lines) + "\n").encode()


HOSTILE = {
    "deep-nesting": b"description: " + b"[" * 1000 + b"]" * 1000 + b"\n",
    "deep-mapping": ("x:\n" + "".join(" " * i + "y:\n" for i in range(1, 800))).encode(),
    "huge-string": b"description: " + b"x" * 20_000_000 + b"\n",
    "alias-bomb": alias_bomb(9),
    "duplicate-keys": b"name: shop\nname: shop\n",
    "tabs": b"name:\tshop\n\ttitle: x\n",
    "not-utf8": b"name: \xff\xfe shop\n",
    "nul-byte": b"name: sh\x00op\n",
    "bom-and-crlf": b"\xef\xbb\xbfname: shop\r\ntitle: [\r\n",
    "empty": b"",
    "only-comment": b"# nothing\n",
    "scalar-document": b"just a string\n",
    "list-document": b"- 1\n- 2\n",
    "multi-document": b"name: shop\n---\nname: other\n",
    "custom-tag": b"name: !!python/object:os.system echo\n",
}

CHILD = """
import sys, json
from pathlib import Path
from generator.errors import SpecErrors
from generator.pipeline import generate
try:
    generate(Path(sys.argv[1]))
    print(json.dumps({"outcome": "ok"}))
except SpecErrors as errors:
    print(json.dumps({"outcome": "errors", "messages": [str(e) for e in errors.errors]}))
"""


@pytest.mark.parametrize("case", sorted(HOSTILE))
@pytest.mark.parametrize("name", sorted(FILES))
def test_hostile_constructs_fail_cleanly_in_bounded_time_and_memory(
    tmp_path: Path, case: str, name: str
) -> None:
    specs = write_api(tmp_path, {**FILES, name: HOSTILE[case]})
    # A child process with a memory cap; the timeout only stops a hang, it measures nothing.
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30));"
    result = subprocess.run(
        [sys.executable, "-c", limit + CHILD, str(specs)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["outcome"] == "errors"
    assert all(f"shop/{name}" in m or "shop" in m for m in report["messages"])
    count("hostile constructs")


def test_a_failing_generate_writes_nothing(tmp_path: Path) -> None:
    specs = write_api(tmp_path, {**FILES, "api.yaml": HOSTILE["alias-bomb"]})
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--specs", str(specs), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "nothing was written" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert not any(p.name.startswith(".out") for p in tmp_path.iterdir())
