"""The SDK stubs the SDK-style samples compile against declare every call those samples make.

`tests/samples/stubs/sdk/<language>/` is written by hand; this keeps it in step
with the specs: each method a sample calls exists there with as many
parameters as the sample passes.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from generator.ir.model import Api
from generator.pipeline import load_apis
from generator.targets.samples.context import sdk_call
from generator.targets.samples.languages import language
from tests.conftest import ROOT, SPECS

STUBS = ROOT / "tests" / "samples" / "stubs" / "sdk"

# language: (stub file, the declaration of method {name}, one parameter in it)
DECLARATIONS = {
    "go": ("go/libreauth.go", r"^func \(a \*App\) {name}\((?P<params>[^)]*)\)", r"[^,]+"),
    "typescript": ("typescript/libreauth.d.ts", r"^    {name}\((?P<params>[^)]*)\)", r": string"),
    "react": ("react/libreauth.d.ts", r"^    {name}\((?P<params>[^)]*)\)", r": string"),
    "vue": ("vue/libreauth.d.ts", r"^    {name}\((?P<params>[^)]*)\)", r": string"),
    "csharp": ("csharp/LibreAuth.cs", r" {name}\((?P<params>[^)]*)\)", r"string "),
    "unity": ("unity/LibreAuth.cs", r" {name}\((?P<params>[^)]*)\)", r"string "),
    "wpf": ("wpf/LibreAuth.cs", r" {name}\((?P<params>[^)]*)\)", r"string "),
    "vbnet": ("csharp/LibreAuth.cs", r" {name}\((?P<params>[^)]*)\)", r"string "),
    "java": ("java/libreauth/LibreAuth.java", r" {name}\((?P<params>[^)]*)\)", r"String "),
    "cpp": ("cpp/libreauth.hpp", r" {name}\((?P<params>[^)]*)\)", r"const std::string&"),
    "rust": ("rust/src/lib.rs", r"pub fn {name}\(&mut self(?P<params>[^)]*)\)", r"&str"),
    "ruby": ("ruby/libreauth.rb", r"^  def {name}(?:\((?P<params>[^)]*)\))?$", r"\w+"),
    "perl": ("perl/LibreAuth.pm", r"^sub {name} {{\n    my \(\$self(?P<params>[^)]*)\)", r"\$\w+"),
    "lua": ("lua/libreauth.lua", r"^function LibreAuth\.{name}\(self(?P<params>[^)]*)\)", r"\w+"),
}


@cache
def _libreauth() -> Api:
    return load_apis(SPECS, only=["libreauth"])[0]


def _arity(key: str, name: str) -> int:
    path, declaration, parameter = DECLARATIONS[key]
    text = (STUBS / path).read_text("utf-8")
    match = re.search(declaration.format(name=re.escape(name)), text, re.MULTILINE)
    assert match, f"{path} does not declare {name}"
    return len(re.findall(parameter, match.group("params") or ""))


def test_every_sdk_language_of_the_specs_has_a_stub() -> None:
    assert set(_libreauth().sdk_style) == set(DECLARATIONS)


@pytest.mark.parametrize("key", sorted(DECLARATIONS))
def test_stubs_declare_every_call_the_samples_make(key: str) -> None:
    api = _libreauth()
    lang = language(key)
    for endpoint in api.endpoints:
        call = sdk_call(api, endpoint, lang)
        assert call is not None
        assert _arity(key, call.action) == len(call.arguments), (key, call.action)
        if call.init is not None:
            assert _arity(key, call.init) == 0
