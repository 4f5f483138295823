"""Our docs samples, timed per sample, and the same requests written as HAR for httpsnippet.

`python -m bench.samples_timing SPECS CASES_JSON ROUNDS` takes, for every
endpoint, each raw-HTTP sample whose language httpsnippet also writes (SDK-style
samples call a client library, which httpsnippet cannot), writes the matching
HAR requests to CASES_JSON, and times in a warm process, two ways:

- per endpoint, as the samples target works: the request context once, then
  every language's template (and formatter);
- each sample from scratch: the request context again for every language.

Prints the median seconds per sample of both, and per language of the second, as JSON.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from generator.ir.model import Api, Endpoint
from generator.pipeline import load_apis
from generator.targets.samples.render import endpoint_samples

HTTPSNIPPET = {
    "shell": ("shell", "curl"),
    "go": ("go", "native"),
    "php": ("php", "curl"),
    "python": ("python", "requests"),
    "http": ("http", "http1.1"),
    "csharp": ("csharp", "httpclient"),
    "cpp": ("c", "libcurl"),
    "javascript": ("javascript", "fetch"),
    "typescript": ("node", "fetch"),
    "java": ("java", "nethttp"),
    "rust": ("rust", "reqwest"),
    "ruby": ("ruby", "native"),
    "react": ("javascript", "fetch"),
    "vue": ("javascript", "axios"),
    "unity": ("csharp", "restsharp"),
    "wpf": ("csharp", "httpclient"),
}
"""Our language -> the nearest httpsnippet target and client (none for Perl, Lua, VB.NET)."""


def har(endpoint: Endpoint) -> dict[str, Any]:
    """The canonical request of `endpoint` as a HAR request."""
    example = endpoint.example
    assert example is not None
    parts = urlsplit(example.url)
    query = [{"name": n, "value": v} for n, v in parse_qsl(parts.query, keep_blank_values=True)]
    headers = [{"name": n, "value": v} for n, v in example.headers]
    request: dict[str, Any] = {
        "method": example.method,
        "url": urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")),
        "httpVersion": "HTTP/1.1",
        "headers": headers,
        "queryString": query,
        "cookies": [],
        "headersSize": -1,
        "bodySize": -1,
    }
    if example.body is not None:
        mime = next((v for n, v in example.headers if n.lower() == "content-type"), "text/plain")
        post: dict[str, Any] = {"mimeType": mime, "text": example.body}
        if mime.startswith("application/x-www-form-urlencoded"):
            post["params"] = [
                {"name": n, "value": v} for n, v in parse_qsl(example.body, keep_blank_values=True)
            ]
        request["postData"] = post
    return request


def cases(apis: tuple[Api, ...]) -> list[tuple[Api, Endpoint, tuple[str, ...]]]:
    """Every endpoint with the languages whose sample is a raw request httpsnippet also writes."""
    found = []
    for api in apis:
        for endpoint in api.endpoints:
            if endpoint.example is None:
                continue
            keys = tuple(
                sample.language.key
                for sample in endpoint_samples(api, endpoint)
                if not sample.sdk_style and sample.language.key in HTTPSNIPPET
            )
            if keys:
                found.append((api, endpoint, keys))
    return found


def main() -> None:
    specs, cases_file, rounds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    apis = load_apis(specs)
    endpoints = cases(apis)
    cases_file.write_text(
        json.dumps(
            [
                {"har": har(endpoint), "languages": [[key, *HTTPSNIPPET[key]] for key in keys]}
                for _, endpoint, keys in endpoints
            ]
        )
    )
    count = sum(len(keys) for _, _, keys in endpoints)
    per_endpoint: list[float] = []
    each: list[dict[str, float]] = []
    for _ in range(rounds + 1):  # the first round warms the template cache up
        started = time.perf_counter()
        for api, endpoint, keys in endpoints:
            assert len(endpoint_samples(api, endpoint, only=keys)) == len(keys)
        per_endpoint.append(time.perf_counter() - started)
        spent: dict[str, float] = defaultdict(float)
        for api, endpoint, keys in endpoints:
            for key in keys:
                started = time.perf_counter()
                endpoint_samples(api, endpoint, only=(key,))
                spent[key] += time.perf_counter() - started
        each.append(spent)
    counts: dict[str, int] = defaultdict(int)
    for _, _, keys in endpoints:
        for key in keys:
            counts[key] += 1
    print(
        json.dumps(
            {
                "samples": count,
                "per_sample_s": statistics.median(per_endpoint[1:]) / count,
                "per_sample_each_s": statistics.median(sum(r.values()) for r in each[1:]) / count,
                "per_language_s": {
                    key: statistics.median(r[key] for r in each[1:]) / counts[key]
                    for key in sorted(counts)
                },
                "counts": dict(sorted(counts.items())),
            }
        )
    )


if __name__ == "__main__":
    main()
