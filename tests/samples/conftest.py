"""Fixtures of the samples tests: the generated corpus, per-language batch checks, the report.

Tests take `sample`, `runnable_sample` or `http_sample` (endpoint x language
of the specs) or a `language` parameter. Under xdist one worker runs all the
tests of a language (`scheduling.py`), so it checks that language's samples in
one batch. The report hooks are in `reporting.py`. Both are plugins of the root
conftest: the xdist controller, which never collects this folder, needs them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.samples.corpus import SPECS, Corpus, SampleId, generated, planned
from tests.samples.toolchains import TOOLCHAINS, Checked, Toolchain


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`sample`: every sample the specs call for; `runnable_sample`, `http_sample`: subsets."""
    subsets = {
        "sample": lambda p: True,
        "runnable_sample": lambda p: p.runnable,
        "http_sample": lambda p: p.id.language == "http",
    }
    for name, keep in subsets.items():
        if name in metafunc.fixturenames:
            samples = [p for p in planned(SPECS) if keep(p)]
            metafunc.parametrize(name, samples, ids=[str(p.id) for p in samples])


def require(toolchain: Toolchain) -> None:
    """A missing toolchain fails under CI (it must have been installed) and skips elsewhere."""
    if toolchain.missing:
        message = f"{toolchain.key}: missing {', '.join(toolchain.missing)} (run `make toolchains`)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    with generated(SPECS, tmp_path_factory.mktemp("generated")) as built:
        yield built


class Batches:
    """Each language's samples checked in one batch, the first time a test asks."""

    def __init__(self, corpus: Corpus, work: Path) -> None:
        self.corpus = corpus
        self.work = work
        self._done: dict[str, dict[SampleId, Checked]] = {}

    def checked(self, language: str) -> dict[SampleId, Checked]:
        if language not in self._done:
            samples = [p for p in planned(SPECS) if p.id.language == language]
            sources = self.corpus.sources(samples)
            results = TOOLCHAINS[language].check(list(sources.values()), self.work / language)
            self._done[language] = {sid: results[src.name] for sid, src in sources.items()}
        return self._done[language]


@pytest.fixture(scope="session")
def batches(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Batches:
    return Batches(corpus, tmp_path_factory.mktemp("checked"))
