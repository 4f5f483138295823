"""Only our Python client of one API, from the spec to files on disk, without the cache.

`python -m bench.python_client SPECS API OUT`: what openapi-python-client does
(read a description, build the model, render, format, write), so the two can be
timed like for like; `generate` also writes samples, docs pages and OpenAPI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.output.writer import write_tree
from generator.pipeline import load_apis
from generator.targets.python import PythonTarget


def main() -> None:
    specs, api, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    apis = load_apis(specs, (api,))
    write_tree(out, PythonTarget().render(apis).files)


if __name__ == "__main__":
    main()
