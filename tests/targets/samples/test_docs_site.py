"""`mkdocs build --strict` of the generated pages, with the repo's own `mkdocs.yml`."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import load_apis
from generator.targets.samples import SamplesTarget
from generator.targets.samples.languages import LANGUAGES
from tests.conftest import ROOT, SPECS


@pytest.mark.slow
def test_the_docs_site_builds_strictly_with_linked_language_tabs(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    pytest.importorskip("material")
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert "docs_dir: generated/docs" in config
    assert "content.tabs.link" in config
    assert "strict: true" in config
    for path, content in SamplesTarget().render(load_apis(SPECS)).files.items():
        if path.startswith("docs/"):
            target = tmp_path / "generated" / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    shutil.copyfile(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    page = (tmp_path / "site" / "plyr" / "user" / "logout" / "index.html").read_text("utf-8")
    labels = re.findall(r'<label for="__tabbed_1_\d+">([^<]+)</label>', page)
    assert labels == [lang.title for lang in LANGUAGES]
    assert (tmp_path / "site" / "libreauth" / "index.html").is_file()
    assert (tmp_path / "site" / "index.html").is_file()
