"""The generated samples under test: generated in-process against running mock servers.

Every API gets a `MockServer`; the specs are loaded again with each API's base
URL pointed at its mock (as `--server-url` does) and the whole output is
rendered into a folder. The manifest says which file is which endpoint's sample
and what its canonical request is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from generator.ir.model import Api, Endpoint
from generator.mock import MockServer
from generator.pipeline import load_apis, render_all
from generator.targets.samples.context import uses_sdk
from generator.targets.samples.languages import language as language_of
from tests.samples.matching import Canonical, Signing
from tests.samples.toolchains import TOOLCHAINS, Source

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"


@dataclass(frozen=True, order=True)
class SampleId:
    api: str
    endpoint: str
    language: str

    def __str__(self) -> str:
        return f"{self.api}/{self.endpoint}/{self.language}"


@dataclass(frozen=True)
class Planned:
    """A sample the specs call for, known before anything is generated (for test ids)."""

    id: SampleId
    sdk: bool

    @property
    def runnable(self) -> bool:
        return not self.sdk and TOOLCHAINS[self.id.language].not_run is None


@cache
def planned(specs: Path = SPECS) -> tuple[Planned, ...]:
    """One sample per endpoint and docs language of every API, in docs order."""
    return tuple(
        Planned(SampleId(api.name.wire, endpoint.id, key), uses_sdk(api, language_of(key)))
        for api in load_apis(specs)
        for endpoint in api.endpoints
        for key in api.languages
    )


@dataclass
class Corpus:
    root: Path
    """The generated output tree."""
    apis: dict[str, Api]
    mocks: dict[str, MockServer]
    manifest: dict[str, Any]

    def entry(self, sample: SampleId) -> dict[str, Any]:
        api = next(a for a in self.manifest["apis"] if a["name"] == sample.api)
        result: dict[str, Any] = next(e for e in api["endpoints"] if e["id"] == sample.endpoint)
        return result

    def path(self, sample: SampleId) -> Path | None:
        relative = self.entry(sample)["files"].get(f"sample:{sample.language}")
        return None if relative is None else self.root / relative

    def canonical(self, sample: SampleId) -> Canonical:
        return Canonical.from_manifest(self.entry(sample)["request"])

    def endpoint(self, sample: SampleId) -> Endpoint:
        return next(e for e in self.apis[sample.api].endpoints if e.id == sample.endpoint)

    def signing(self, sample: SampleId) -> Signing | None:
        return Signing.of(self.apis[sample.api], self.endpoint(sample))

    def sources(self, samples: Sequence[Planned]) -> dict[SampleId, Source]:
        """Checker inputs (unique short names) for the samples that were generated."""
        found = {}
        for index, item in enumerate(samples):
            path = self.path(item.id)
            if path is not None:
                found[item.id] = Source(f"s{index:04d}", path, item.sdk)
        return found


def write_tree(files: dict[str, bytes], root: Path) -> None:
    for relative, content in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


@contextmanager
def generated(specs: Path, root: Path) -> Iterator[Corpus]:
    """Mock servers for every API of `specs`, and the output generated against them in `root`."""
    with ExitStack() as stack:
        mocks = {api.name.wire: stack.enter_context(MockServer(api)) for api in load_apis(specs)}
        apis = load_apis(specs, server_urls={name: mock.url for name, mock in mocks.items()})
        files = render_all(apis)
        write_tree(files, root)
        manifest = json.loads(files["manifest.json"])
        yield Corpus(root, {api.name.wire: api for api in apis}, mocks, manifest)
