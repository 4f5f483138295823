"""The samples target's files: one sample per endpoint and language, samples.json, docs pages."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from generator.ir.model import Api
from generator.pipeline import load_apis, render_all
from generator.targets.base import Output
from generator.targets.samples import SamplesTarget
from generator.targets.samples.docs import code_span, fence
from generator.targets.samples.languages import language
from tests.conftest import SPECS


@cache
def _apis() -> tuple[Api, ...]:
    return load_apis(SPECS)


@cache
def _output() -> Output:
    return SamplesTarget().render(_apis())


def _text(path: str) -> str:
    return _output().files[path].decode("utf-8")


def test_every_endpoint_has_one_sample_per_language_attached_to_the_manifest() -> None:
    output = _output()
    expected_files = {"docs/index.md"}
    for api in _apis():
        name = api.name.wire
        expected_files |= {f"samples/{name}/samples.json", f"docs/{name}/index.md"}
        for endpoint in api.endpoints:
            folder = endpoint.id.replace(".", "/")
            files = {
                f"sample:{key}": f"samples/{name}/{folder}/{key}.{language(key).ext}"
                for key in api.languages
            }
            files["docs"] = f"docs/{name}/{folder}.md"
            assert output.endpoint_files[(name, endpoint.id)] == files
            expected_files |= set(files.values())
    assert set(output.files) == expected_files
    assert len(expected_files) == 189 * 20 + 9


def test_the_output_is_the_same_bytes_every_time() -> None:
    again = SamplesTarget().render(load_apis(SPECS))
    assert again.files == _output().files


def test_samples_json_holds_every_sample_in_tab_order() -> None:
    for api in _apis():
        data = json.loads(_text(f"samples/{api.name.wire}/samples.json"))
        assert (data["api"], data["version"]) == (api.name.wire, api.version)
        assert list(data["endpoints"]) == [e.id for e in api.endpoints]
        for endpoint in api.endpoints:
            entry = data["endpoints"][endpoint.id]
            assert (entry["method"], entry["path"]) == (endpoint.method, endpoint.path)
            assert [s["language"] for s in entry["samples"]] == list(api.languages)
            for sample in entry["samples"]:
                lang = language(sample["language"])
                assert (sample["label"], sample["lang"]) == (lang.title, lang.highlight)
                assert sample["source"] == _text(sample["file"])


def test_libreauth_raw_tabs_send_the_seed_request() -> None:
    assert _text("samples/libreauth/logout/shell.sh") == (
        "#!/usr/bin/env bash\n"
        "curl -X POST 'https://libreauth.nutexe.dev/api/1.3/' \\\n"
        "  -H 'Content-Type: application/x-www-form-urlencoded' \\\n"
        "  --data-raw 'type=logout&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id'\n"
    )
    assert _text("samples/libreauth/logout/http.http") == (
        "POST /api/1.3/ HTTP/1.1\n"
        "Host: libreauth.nutexe.dev\n"
        "Content-Type: application/x-www-form-urlencoded\n"
        "\n"
        "type=logout&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id\n"
    )


NEW = "'MyApp', 'XXXXXXXXXX', '1.0', 'https://libreauth.nutexe.dev/api/1.3/'"
NEW_DQ = NEW.replace("'", '"')


@pytest.mark.parametrize(
    ("key", "lines"),
    [
        ("go", [f"app := libreauth.New({NEW_DQ})", "app.Init()", "app.Logout()"]),
        ("csharp", [f"var app = new LibreAuth({NEW_DQ});", "await app.InitAsync();", "await app.LogoutAsync();"]),
        ("cpp", [f"LibreAuth::Client app({NEW_DQ});", "app.init();", "app.logout();"]),
        ("typescript", [f"const app = new LibreAuth({NEW});", "await app.init();", "await app.logout();"]),
        ("java", [f"LibreAuth app = new LibreAuth({NEW_DQ});", "app.init();", "app.logout();"]),
        ("rust", [f"let mut app = LibreAuth::new({NEW_DQ});", "app.init()?;", "app.logout()?;"]),
        ("ruby", [f"app = LibreAuth.new({NEW})", "app.init", "app.logout"]),
        ("perl", [f"my $app = LibreAuth->new({NEW});", "$app->init;", "$app->logout;"]),
        ("lua", [f"local app = LibreAuth.new({NEW})", "app:init()", "app:logout()"]),
        ("react", ["await app.Init();", "setResult(JSON.stringify(await app.Logout()));"]),
        ("vue", ["await app.Init();", "result.value = JSON.stringify(await app.Logout());"]),
        ("unity", [f"var app = new LibreAuth({NEW_DQ});", "await app.InitAsync();", "await app.LogoutAsync();"]),
        ("wpf", [f"var app = new LibreAuth({NEW_DQ});", "await app.InitAsync();", "await app.LogoutAsync();"]),
        ("vbnet", [f"Dim app As New LibreAuth({NEW_DQ})", "Await app.InitAsync()", "Await app.LogoutAsync()"]),
    ],
)  # fmt: skip
def test_libreauth_sdk_tabs_make_the_seed_calls_in_order(key: str, lines: list[str]) -> None:
    path = f"samples/libreauth/logout/{key}.{language(key).ext}"
    stripped = [line.strip() for line in _text(path).splitlines()]
    positions = [stripped.index(line) for line in lines]
    assert positions == sorted(positions)


def test_react_and_vue_sdk_tabs_read_the_url_from_the_build_environment() -> None:
    url = "'https://libreauth.nutexe.dev/api/1.3/'"
    react = _text("samples/libreauth/logout/react.jsx")
    assert (
        f"new LibreAuth('MyApp', 'XXXXXXXXXX', '1.0', process.env.REACT_APP_API_URL ?? {url})"
        in react
    )
    vue = _text("samples/libreauth/logout/vue.vue")
    assert (
        f"new LibreAuth('MyApp', 'XXXXXXXXXX', '1.0', import.meta.env.VITE_API_URL ?? {url})" in vue
    )


@pytest.mark.parametrize(
    "key", ["shell", "go", "php", "python", "javascript", "ruby", "perl", "lua"]
)
def test_plyr_samples_sign_in_the_language_itself(key: str) -> None:
    source = _text(f"samples/plyr/user/logout/{key}.{language(key).ext}")
    assert "your_secret_key" in source
    # Only the HTTP tab shows the canonical example's fixed signature.
    assert "ae7c640364648e498763014f3784571231c9b2628708f19e11386b9f6146bc97" not in source
    assert "1700000000000" not in source
    assert "ae7c640364648e498763014f3784571231c9b2628708f19e11386b9f6146bc97" in _text(
        "samples/plyr/user/logout/http.http"
    )


def test_server_url_replaces_the_base_url_in_every_sample() -> None:
    apis = load_apis(SPECS, only=["plyr"], server_urls={"plyr": "http://127.0.0.1:9"})
    files = render_all(apis)
    samples = {p: b for p, b in files.items() if p.startswith("samples/plyr/") and "/user/" in p}
    assert len(samples) == 20 * 19
    for path, content in samples.items():
        assert b"api.plyr.network" not in content, path
        expected = b"Host: 127.0.0.1:9\n" if path.endswith(".http") else b"http://127.0.0.1:9/user/"
        assert expected in content, path


def test_endpoint_pages_show_parameters_tabs_and_responses() -> None:
    page = _text("docs/libreauth/logout.md")
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert headings == [
        "# Logout",
        "## Parameters",
        "## Request samples",
        "## Responses",
        "### 200",
    ]
    assert "`POST https://libreauth.nutexe.dev/api/1.3/`" in page
    assert "LibreAuth Client API v1.3 · `type=logout`" in page
    rows = re.findall(r"^\| `(\w+)` \| form \| string \| yes \|", page, re.MULTILINE)
    assert rows == ["type", "name", "ownerid", "sessionid"]
    labels = re.findall(r'^=== "(.+)"$', page, re.MULTILINE)
    assert labels == [language(k).title for k in _apis()[0].languages]
    for key in _apis()[0].languages:
        source = _text(f"samples/libreauth/logout/{key}.{language(key).ext}")
        indented = "\n".join(("    " + line) if line else "" for line in source.splitlines())
        block = f"    ```{language(key).highlight}\n{indented}\n    ```\n"
        assert block in page, key
    assert '```json\n{\n  "success": true,\n  "message": "Logged out."\n}\n```' in page


def test_index_pages_link_every_page_that_exists() -> None:
    files = _output().files
    site = _text("docs/index.md")
    for api in _apis():
        assert f"]({api.name.wire}/index.md)" in site
        index = _text(f"docs/{api.name.wire}/index.md")
        links = re.findall(r"\]\(([^)]+\.md)\)", index)
        assert len(links) == len(api.endpoints)
        for link in links:
            assert f"docs/{api.name.wire}/{link}" in files


def test_fences_and_code_spans_outlast_the_backticks_inside() -> None:
    assert fence("plain") == "```"
    assert fence("a ```` b") == "`````"
    assert code_span("a|b") == "`a|b`"
    assert code_span("a`b") == "``a`b``"
    assert code_span("`x") == "`` `x ``"
    assert code_span("two\nlines") == "`two lines`"


def test_docs_pages_fence_samples_that_hold_backticks(tmp_path: Path) -> None:
    from dataclasses import replace

    from generator.targets.samples.docs import endpoint_page
    from generator.targets.samples.render import endpoint_samples

    api = next(a for a in _apis() if a.name.wire == "plyr")
    endpoint = next(e for e in api.endpoints if e.id == "user.logout")
    body = tuple(replace(f, example="```x````") for f in endpoint.body)
    endpoint = replace(endpoint, body=body)
    page = endpoint_page(api, endpoint, endpoint_samples(api, endpoint))
    shell = next(t for t in page.tabs if t.label == "Shell")
    assert shell.fence == "`````"
