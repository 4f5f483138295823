"""Property: hostile example values still make samples that compile and send exactly the value.

Hypothesis writes a small spec (`hostile.py`: a JSON endpoint with path,
query and header parameters, a form endpoint, an HMAC-signed endpoint) whose
every string example is hostile, generates that API's samples for one
language against a mock server, checks them with the language's toolchain and
runs the runnable ones: the request must equal the canonical one byte for
byte. Examples are few (each compiles and runs real programs) and fixed
(`derandomize`), so CI sees the same values every run; the first is always
the value holding every hostile piece at once.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings

from generator.mock import MockServer
from generator.pipeline import load_apis
from generator.targets.samples import SamplesTarget
from tests.samples.conftest import require
from tests.samples.corpus import write_tree
from tests.samples.execute import explain, send
from tests.samples.hostile import KITCHEN_SINK, Values, values, write_spec
from tests.samples.matching import TRANSPORT_URLS, Canonical, Signing, as_sent, differences
from tests.samples.report import fact
from tests.samples.toolchains import TOOLCHAINS, Source

EXAMPLES = 6
"""Drawn examples per language, beside the kitchen-sink one."""
TRANSPORT_NOTE = "hostile URLs compared as Mono's System.Uri sends them (!'()*: unescaped)"


def check_language(language: str, v: Values) -> None:
    toolchain = TOOLCHAINS[language]
    with tempfile.TemporaryDirectory(prefix="hostile-") as folder:
        root = Path(folder)
        specs = write_spec(root / "specs", v, [language])
        with MockServer(load_apis(specs)[0]) as mock:
            (api,) = load_apis(specs, server_urls={"hostile": mock.url})
            output = SamplesTarget().render([api])
            write_tree(output.files, root / "out")
            sources = {
                endpoint.id: Source(
                    f"s{index}",
                    root
                    / "out"
                    / output.endpoint_files[("hostile", endpoint.id)][f"sample:{language}"],
                )
                for index, endpoint in enumerate(api.endpoints)
            }
            results = toolchain.check(list(sources.values()), root / "work")
            for endpoint in api.endpoints:
                checked = results[sources[endpoint.id].name]
                assert checked.ok, (
                    f"{endpoint.id}: {checked.log}\n{sources[endpoint.id].path.read_text('utf-8')}"
                )
            if toolchain.not_run is not None:
                return
            for endpoint in api.endpoints:
                assert endpoint.example is not None
                canonical = as_sent(
                    Canonical(
                        endpoint.example.method,
                        endpoint.example.url,
                        endpoint.example.headers,
                        endpoint.example.body,
                    ),
                    language,
                )
                done, received = send(results[sources[endpoint.id].name], mock)
                assert done.ok, explain(done, received)
                assert len(received) == 1, explain(done, received)
                found = differences(received[0], canonical, Signing.of(api, endpoint), time.time())
                assert found == [], (
                    f"{endpoint.id}: " + "\n".join(found) + "\n" + explain(done, received)
                )


@pytest.mark.slow
@pytest.mark.parametrize("language", list(TOOLCHAINS))
def test_hostile_values_compile_and_arrive_exactly(
    language: str, request: pytest.FixtureRequest
) -> None:
    request.node.user_properties.append(fact("hostile", language))
    if language in TRANSPORT_URLS:
        request.node.user_properties.append(fact("note", language, TRANSPORT_NOTE))
    require(TOOLCHAINS[language])

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @example(KITCHEN_SINK)
    @given(values)
    def holds(v: Values) -> None:
        check_language(language, v)

    holds()
