"""The synthetic API of the scale benchmarks stays a valid spec with the intended mix."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.synthetic import write_api
from generator.pipeline import load_apis, render_all


def test_twelve_endpoints_cover_the_mix_and_render(tmp_path: Path) -> None:
    folder = write_api(tmp_path, 12)
    assert sorted(p.name for p in folder.iterdir()) == ["api.yaml", "g000.yaml", "g001.yaml"]
    (api,) = load_apis(tmp_path)
    assert api.name.wire == "synth12"
    assert len(api.endpoints) == 12
    assert Counter(e.method for e in api.endpoints) == {"GET": 4, "POST": 4, "PUT": 2, "DELETE": 2}
    assert Counter(e.encoding for e in api.endpoints) == {"none": 6, "json": 4, "form": 2}
    assert Counter(e.security for e in api.endpoints) == {
        ("bearer",): 9,
        ("key",): 2,
        (): 1,
    }
    # The API-key header of the two `key` endpoints is a parameter too.
    assert Counter(p.location for e in api.endpoints for p in e.params) == {
        "path": 6,
        "query": 6,
        "header": 4,
    }
    assert [r.status for r in api.endpoints[4].responses] == ["204", "404"]
    files = render_all((api,))
    resources = sorted(p for p in files if "/resources/" in p and not p.endswith("__init__.py"))
    assert resources == [
        "python/synth12/src/synth12_client/resources/g_000.py",
        "python/synth12/src/synth12_client/resources/g_001.py",
    ]
    assert "openapi/synth12.yaml" in files
