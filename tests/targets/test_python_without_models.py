"""An API that declares no models still gets a package that imports and type-checks."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

from generator.pipeline import load_apis
from generator.targets.python import PythonTarget
from tests.conftest import FIXTURES


def test_a_package_without_models_imports_and_passes_mypy(tmp_path: Path) -> None:
    yaml = YAML()
    specs = tmp_path / "specs" / "shop"
    specs.mkdir(parents=True)
    api = yaml.load((FIXTURES / "minimal" / "shop" / "api.yaml").read_text())
    del api["models"], api["errors"]
    items = yaml.load((FIXTURES / "minimal" / "shop" / "items.yaml").read_text())
    del items["models"]
    for endpoint in items["endpoints"].values():
        for response in endpoint["responses"].values():
            if "body" in response:
                response["body"] = {"type": "object"}
    for name, document in (("api.yaml", api), ("items.yaml", items)):
        out = io.StringIO()
        yaml.dump(document, out)
        (specs / name).write_text(out.getvalue())
    (shop,) = load_apis(specs.parent)
    assert shop.models == ()
    for path, content in PythonTarget().render([shop]).files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(content)
    src = tmp_path / shop.package.path / "src"
    check = "import shop_client as s; assert s.Shop and 'ShopError' in s.__all__"
    imported = subprocess.run([sys.executable, "-c", check], cwd=src, capture_output=True, text=True)
    assert imported.returncode == 0, imported.stderr
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "shop_client"],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert typed.returncode == 0, typed.stdout
