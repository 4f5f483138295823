"""The generator from end to end: specs in, a complete set of output files out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.errors import Location, SpecError, SpecErrors
from generator.ir.build import build_api
from generator.ir.model import Api
from generator.spec.load import display_path, load_specs
from generator.targets import TARGETS, Output
from generator.targets.manifest import render_manifest


@dataclass(frozen=True)
class Result:
    apis: tuple[Api, ...]
    files: dict[str, bytes]

    @property
    def endpoint_count(self) -> int:
        return sum(len(api.endpoints) for api in self.apis)


def load_apis(
    specs_dir: Path, only: Sequence[str] = (), server_urls: Mapping[str, str] | None = None
) -> tuple[Api, ...]:
    server_urls = dict(server_urls or {})
    sources = load_specs(specs_dir, tuple(only))
    names = {s.model.name for s in sources}
    unknown = sorted(set(server_urls) - names)
    if unknown:
        raise SpecErrors(
            [
                SpecError(
                    Location(display_path(specs_dir)),
                    "",
                    f"--server-url names unknown API {name!r}",
                )
                for name in unknown
            ]
        )
    return tuple(build_api(s, server_urls.get(s.model.name)) for s in sources)


def render_all(apis: Sequence[Api]) -> dict[str, bytes]:
    output = Output()
    for target in TARGETS:
        output.merge(target.render(apis))
    render_manifest(apis, output)
    return dict(sorted(output.files.items()))


def generate(
    specs_dir: Path, only: Sequence[str] = (), server_urls: Mapping[str, str] | None = None
) -> Result:
    apis = load_apis(specs_dir, only, server_urls)
    return Result(apis, render_all(apis))
