"""Where the time of one uncached `generate` goes, phase by phase (CPU seconds).

`python -m bench.profile SPECS [API ...]` prints one JSON document. Phases are
timed by wrapping the functions that do the work, so the figures add up
without a profiler's overhead; "of which" phases (black, Jinja, the YAML
emitter) run inside the targets and are counted there too.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

SPENT: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - started
            CALLS[name] += 1

    return wrapper


def _wrap(owner: Any, attribute: str, name: str) -> None:
    setattr(owner, attribute, _timed(name, getattr(owner, attribute)))


def main() -> None:
    specs = Path(sys.argv[1])
    only = tuple(sys.argv[2:])
    started = time.process_time()
    import jinja2.environment
    import ruamel.yaml.main

    import generator.cache.specfiles
    import generator.ir.build
    import generator.output.writer
    import generator.render.formatting
    import generator.spec.load
    import generator.targets.manifest
    from generator.pipeline import load_apis, render_all
    from generator.targets import TARGETS

    SPENT["import the generator"] = time.process_time() - started

    _wrap(generator.cache.specfiles, "parse_yaml", "parse spec YAML (ruamel round-trip)")
    _wrap(generator.spec.load, "validate_document", "validate specs (pydantic)")
    _wrap(generator.spec.load, "check_api", "cross-file checks")
    _wrap(generator.ir.build, "build_api", "build the intermediate model")
    _wrap(generator.targets.manifest, "render_manifest", "manifest")
    for target in TARGETS:
        for method in ("render", "render_with_output"):
            if hasattr(target, method):
                _wrap(target, method, f"target {target.name}")
    _wrap(generator.render.formatting, "_format", "of which: black")
    _wrap(jinja2.environment.Template, "render", "of which: Jinja rendering")
    _wrap(ruamel.yaml.main.YAML, "dump", "of which: YAML emitter (ruamel)")
    _wrap(jinja2.environment.Environment, "_load_template", "of which: Jinja template loading")

    apis = load_apis(specs, only)
    files = render_all(apis)
    with tempfile.TemporaryDirectory() as work:
        write = _timed("write the tree", generator.output.writer.write_tree)
        write(Path(work) / "out", files)
    total = time.process_time() - started
    print(
        json.dumps(
            {
                "total_cpu_s": round(total, 3),
                "files": len(files),
                "bytes": sum(len(b) for b in files.values()),
                "endpoints": sum(len(api.endpoints) for api in apis),
                "phases": {
                    name: {"cpu_s": round(spent, 3), "calls": CALLS[name]}
                    for name, spent in SPENT.items()
                },
            }
        )
    )


if __name__ == "__main__":
    main()
