"""Each language's checker passes a known-good sample and fails every known-bad one.

The good samples of runnable languages also run: against a recording mock
server they must send exactly the request in `fixtures/README.md`, HMAC
header included, which proves the runner, the HTTP client and the crypto
library of each toolchain work.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.mock import MockServer
from generator.pipeline import load_apis
from tests.samples.conftest import require
from tests.samples.corpus import SPECS
from tests.samples.execute import explain, send
from tests.samples.matching import Canonical, differences
from tests.samples.toolchains import TOOLCHAINS, Checked, Source

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BODY = '{"msg":"hi ü"}'
RUNNABLE = [key for key, toolchain in TOOLCHAINS.items() if toolchain.not_run is None]


@pytest.fixture(scope="module")
def recorder() -> Iterator[MockServer]:
    """Any API's mock records every request, even to paths it does not serve."""
    with MockServer(load_apis(SPECS, only=["xerial"])[0]) as mock:
        yield mock


def _check(language: str, names: list[str], tmp_path: Path, base_url: str) -> dict[str, Checked]:
    sources = []
    for index, name in enumerate(names):
        text = (FIXTURES / language / name).read_text("utf-8").replace("__BASE_URL__", base_url)
        path = tmp_path / "in" / f"f{index}" / name
        path.parent.mkdir(parents=True)
        path.write_text(text, "utf-8")
        sources.append(Source(f"f{index}", path))
    results = TOOLCHAINS[language].check(sources, tmp_path / "work")
    return {name: results[source.name] for name, source in zip(names, sources, strict=True)}


def _fixtures(language: str) -> tuple[str, list[str]]:
    files = sorted(p.name for p in (FIXTURES / language).iterdir())
    good = [f for f in files if f.startswith("good.")]
    assert len(good) == 1, f"{language}: one good fixture expected, found {good}"
    bad = [f for f in files if f.startswith("bad")]
    assert bad, f"{language}: no bad fixture"
    return good[0], bad


@pytest.mark.parametrize("language", list(TOOLCHAINS))
def test_checker_passes_good_and_fails_bad(
    language: str, tmp_path: Path, recorder: MockServer
) -> None:
    require(TOOLCHAINS[language])
    good, bad = _fixtures(language)
    results = _check(language, [good, *bad], tmp_path, recorder.url)
    assert results[good].ok, results[good].log
    for name in bad:
        assert not results[name].ok, f"{language}: {name} passed the checker"
        assert results[name].log.strip(), f"{language}: {name} failed without a message"
        assert results[name].run is None


@pytest.mark.parametrize("language", RUNNABLE)
def test_good_fixture_sends_the_request(
    language: str, tmp_path: Path, recorder: MockServer
) -> None:
    require(TOOLCHAINS[language])
    good, bad = _fixtures(language)
    # Checked in one batch with the bad ones: a failed batch still yields the good program.
    checked = _check(language, [good, *bad], tmp_path, recorder.url)[good]
    assert checked.ok, checked.log
    done, received = send(checked, recorder)
    assert done.ok, explain(done, received)
    assert len(received) == 1, explain(done, received)
    signature = hmac.new(b"k", BODY.encode(), hashlib.sha256).hexdigest()
    expected = Canonical(
        "POST",
        f"{recorder.url}/fixture/path?q=a%20b",
        (("Content-Type", "application/json"), ("X-Sig", signature)),
        BODY,
    )
    assert differences(received[0], expected) == [], explain(done, received)
