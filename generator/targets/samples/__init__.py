"""The docs samples target: sample files, `samples.json` and the docs site's pages.

Per API: `samples/<api>/<endpoint path>/<language>.<ext>` for every endpoint
and language the API's docs show (attached to the manifest as
`sample:<language>`), `samples/<api>/samples.json`, and
`docs/<api>/index.md` plus one page per endpoint; `docs/index.md` lists the APIs.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.ir.model import Api
from generator.targets.base import Output
from generator.targets.samples.catalog import catalog
from generator.targets.samples.docs import (
    endpoint_page,
    page_path,
    render_api_index,
    render_endpoint_page,
    render_site_index,
)
from generator.targets.samples.render import endpoint_samples

KEY = "samples"


class SamplesTarget:
    name = KEY

    def render(self, apis: Sequence[Api]) -> Output:
        output = Output()
        for api in apis:
            self._render_api(api, output)
        if apis:
            output.add("docs/index.md", render_site_index(apis))
        return output

    def _render_api(self, api: Api, output: Output) -> None:
        name = api.name.wire
        rendered = []
        for endpoint in api.endpoints:
            samples = endpoint_samples(api, endpoint)
            rendered.append((endpoint, samples))
            for sample in samples:
                output.add(sample.path, sample.source)
                output.attach(name, endpoint.id, f"sample:{sample.language.key}", sample.path)
            page = page_path(api, endpoint)
            output.add(page, render_endpoint_page(api, endpoint_page(api, endpoint, samples)))
            output.attach(name, endpoint.id, "docs", page)
        output.add(f"samples/{name}/samples.json", catalog(api, rendered))
        output.add(f"docs/{name}/index.md", render_api_index(api))
