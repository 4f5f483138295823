"""The generator from end to end: specs in, a complete set of output files out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from generator.cache import Cache, using
from generator.cache.runs import load_run, run_key, save_run
from generator.errors import Location, SpecError, SpecErrors

if TYPE_CHECKING:
    from generator.ir.model import Api
    from generator.targets import Output

# The loader, the builder and the targets are imported where they are used: a run
# read back from the cache needs none of them, and importing them is most of its time.


@dataclass(frozen=True)
class Result:
    files: dict[str, bytes]
    api_count: int
    endpoint_count: int


def load_apis(
    specs_dir: Path, only: Sequence[str] = (), server_urls: Mapping[str, str] | None = None
) -> tuple[Api, ...]:
    from generator.ir.build import build_api
    from generator.spec.load import display_path, load_specs

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


@runtime_checkable
class ReadsOutput(Protocol):
    """A target that reads other targets' files (the OpenAPI export embeds the samples)."""

    def render_with_output(self, apis: Sequence[Api], rendered: Output) -> Output: ...


def render_all(apis: Sequence[Api]) -> dict[str, bytes]:
    from generator.targets import TARGETS, Output
    from generator.targets.manifest import render_manifest

    output = Output()
    for target in TARGETS:
        if not isinstance(target, ReadsOutput):
            output.merge(target.render(apis))
    # Then the targets that read the rest, each seeing everything rendered before it.
    for target in TARGETS:
        if isinstance(target, ReadsOutput):
            output.merge(target.render_with_output(apis, output))
    render_manifest(apis, output)
    return dict(sorted(output.files.items()))


def generate(
    specs_dir: Path,
    only: Sequence[str] = (),
    server_urls: Mapping[str, str] | None = None,
    cache: Cache | None = None,
) -> Result:
    """Every output file. With a cache, a run whose inputs were seen before is read back
    whole; any other reuses the spec files and the formatted Python it has seen."""
    if cache is None:
        apis = load_apis(specs_dir, only, server_urls)
        return Result(render_all(apis), len(apis), sum(len(api.endpoints) for api in apis))
    urls = dict(server_urls or {})
    key = run_key(cache, specs_dir, only, urls)
    found = load_run(cache, key) if key else None
    if found is not None:
        return Result(*found)
    with using(cache):
        result = generate(specs_dir, only, urls)
    # Stored only when the specs did not change while the run read them.
    if key is not None and key == run_key(cache, specs_dir, only, urls):
        save_run(cache, key, (result.files, result.api_count, result.endpoint_count))
    return result
