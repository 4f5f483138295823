"""Every generated docs sample compiles, and every runnable one sends the canonical request.

One test per sample and check: `test_compiles` for all 19 languages (batched
per language), `test_sends_canonical_request` for the samples that make an
HTTP call and can run here, `test_http_message_is_canonical` for the HTTP tab.
"""

from __future__ import annotations

import time

import pytest

from tests.samples.conftest import Batches, require
from tests.samples.corpus import Corpus, Planned
from tests.samples.execute import explain, send
from tests.samples.matching import as_sent, differences, header_values
from tests.samples.report import fact
from tests.samples.toolchains import TOOLCHAINS, parse_http_message

MONO_NOTE = (
    "URLs with escaped non-ASCII compared as Mono's System.Uri sends them (!'()*: unescaped)"
)


def test_compiles(
    sample: Planned, corpus: Corpus, batches: Batches, request: pytest.FixtureRequest
) -> None:
    key = sample.id.language
    note = (
        f"SDK style (LibreAuth): {TOOLCHAINS[key].sdk_check}; sends no request"
        if sample.sdk
        else None
    )
    request.node.user_properties.append(fact("check", key, note))
    require(TOOLCHAINS[key])
    assert corpus.path(sample.id) is not None, f"the manifest lists no sample:{key} for {sample.id}"
    checked = batches.checked(key)[sample.id]
    assert checked.ok, f"{corpus.path(sample.id)}\n{checked.log}"


def test_sends_canonical_request(
    runnable_sample: Planned, corpus: Corpus, batches: Batches, request: pytest.FixtureRequest
) -> None:
    sample = runnable_sample.id
    request.node.user_properties.append(fact("run", sample.language))
    require(TOOLCHAINS[sample.language])
    checked = batches.checked(sample.language).get(sample)
    assert checked is not None, f"the manifest lists no sample:{sample.language} for {sample}"
    assert checked.ok, f"did not compile, so it cannot run:\n{checked.log}"
    done, received = send(checked, corpus.mocks[sample.api])
    assert done.ok, explain(done, received)
    assert len(received) == 1, explain(done, received)
    canonical = corpus.canonical(sample)
    sent = as_sent(canonical, sample.language)
    if sent != canonical:
        request.node.user_properties.append(fact("note", sample.language, MONO_NOTE))
    found = differences(received[0], sent, corpus.signing(sample), now=time.time())
    assert found == [], "\n".join(found) + "\n" + explain(done, received)


def test_http_message_is_canonical(
    http_sample: Planned, corpus: Corpus, request: pytest.FixtureRequest
) -> None:
    """The HTTP tab cannot run; parsed as a server would, it is the canonical request."""
    sample = http_sample.id
    request.node.user_properties.append(fact("message", sample.language))
    path = corpus.path(sample)
    assert path is not None, f"the manifest lists no sample:http for {sample}"
    message = parse_http_message(path.read_bytes())
    canonical = corpus.canonical(sample)
    target = canonical.path + (f"?{canonical.query}" if canonical.query else "")
    assert (message.method, message.target) == (canonical.method, target)
    assert header_values(message.headers, "Host") == [canonical.url.split("/")[2]]
    for name, value in canonical.headers:
        assert header_values(message.headers, name) == [value], name
    # The file ends with a newline that is not part of the body.
    body = message.body.decode("utf-8").removesuffix("\n")
    assert body == (canonical.body or "")
