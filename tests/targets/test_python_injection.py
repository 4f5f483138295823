"""Hostile text in every spec string that reaches the Python package changes nothing but that text.

The package built from a spec full of quotes, backslashes, template syntax,
line separators and code-looking strings must import, pass `mypy --strict`,
expose exactly the usual names, carry the text verbatim in its docstrings, and
send the hostile example values byte for byte.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import io
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator.mock import MockServer
from generator.pipeline import load_apis
from generator.targets.python import PythonTarget
from generator.wire.request import build_request
from tests.conftest import FIXTURES

HOSTILE = [
    '"""',
    "'''",
    "\\",
    "\\N{BULLET} \\x00 \\u0000",
    "{{ api.name }} {% if x %} {# c #}",
    "line one\nline two\r\nthree",
    "\u2028\u2029\x0b\x0c",
    '"); import os; os.system("echo pwned") #',
    "'; DROP TABLE items; --",
    "*/ </script> ?> ${HOME} #{x} `id` $(id)",
    "ünïcödé ✓ 𝄞 \u202e",
]
TEXT = " | ".join(HOSTILE)


def hostile_spec(root: Path) -> Path:
    yaml = YAML()
    specs = root / "specs" / "shop"
    specs.mkdir(parents=True)
    api = yaml.load((FIXTURES / "minimal" / "shop" / "api.yaml").read_text())
    api["description"] = TEXT
    api["client"]["options"]["token"]["description"] = TEXT
    api["models"]["Error"]["description"] = TEXT
    api["models"]["Error"]["fields"]["message"]["example"] = TEXT
    items = yaml.load((FIXTURES / "minimal" / "shop" / "items.yaml").read_text())
    items["description"] = TEXT
    item = items["models"]["Item"]
    item["description"] = TEXT
    item["fields"]["name"].pop("max_length", None)
    item["fields"]["name"]["description"] = TEXT
    item["fields"]["name"]["enum"] = [*HOSTILE, "Lamp"]
    create = items["endpoints"]["create_item"]
    create["summary"] = TEXT
    create["description"] = TEXT
    create["body"]["name"]["description"] = TEXT
    create["body"]["name"]["example"] = TEXT
    for name, document in (("api.yaml", api), ("items.yaml", items)):
        out = io.StringIO()
        yaml.dump(document, out)
        (specs / name).write_text(out.getvalue())
    return specs.parent


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("hostile")
    (api,) = load_apis(hostile_spec(root))
    output = PythonTarget().render([api])
    for path, content in output.files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(content)
    src = root / api.package.path / "src"
    sys.path.insert(0, str(src))
    try:
        yield api, src, importlib.import_module(api.package.import_name)
    finally:
        sys.path.remove(str(src))
        for name in [m for m in sys.modules if m.startswith(api.package.import_name)]:
            del sys.modules[name]


def test_the_package_imports_with_its_usual_names_and_the_text_verbatim(package) -> None:
    _, _, module = package
    assert {"Shop", "AsyncShop", "ShopError", "Item", "Error"} <= set(module.__all__)
    assert not hasattr(module, "os")
    # Source text normalises line ends; every other character survives as written.
    expected = inspect.cleandoc(TEXT.replace("\r\n", "\n").replace("\r", "\n"))
    assert inspect.cleandoc(module.Item.__doc__) == expected
    assert module.Item.model_fields["name"].description == TEXT


def test_the_package_passes_mypy_strict(package) -> None:
    api, src, _ = package
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "-p",
            api.package.import_name,
        ],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout


def test_hostile_values_are_sent_byte_for_byte(package) -> None:
    api, _, module = package
    endpoint = next(e for e in api.endpoints if e.name.wire == "create_item")
    with MockServer(api) as server, module.Shop(token="t0ken", base_url=server.url) as client:
        # The emulator may dislike the value; only the bytes sent matter here.
        with contextlib.suppress(module.ShopError):
            client.items.create_item(name=TEXT)
        (recorded,) = server.requests
    expected = build_request(api, endpoint, {"name": TEXT}, base_url=server.url)
    assert recorded["body"] == expected.body
