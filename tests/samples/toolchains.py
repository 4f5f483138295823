"""Per language: how a docs sample is checked (compiled, or parsed) and how it is run.

`TOOLCHAINS[key].check(sources, work)` copies the samples into `work` and checks
them in as few tool runs as the language allows (one `tsc`, one JVM of javac,
one `cargo build`, one `go vet`/`go build`; per-file tools two at a time), and
returns per sample whether it passed, the tool's messages and the command that
runs it. A failed batch's samples are told apart by the tool's messages.
"""

from __future__ import annotations

from tests.samples.batched import Go, Java, React, TypeScript, Vue
from tests.samples.cargo import Rust
from tests.samples.checker import Checked, Source, Toolchain
from tests.samples.per_file import (
    Cpp,
    CSharp,
    Http,
    JavaScript,
    Lua,
    Perl,
    Php,
    Python,
    Ruby,
    Shell,
    Unity,
    VbNet,
    Wpf,
    parse_http_message,
)

__all__ = ["TOOLCHAINS", "Checked", "Source", "Toolchain", "parse_http_message"]

TOOLCHAINS: dict[str, Toolchain] = {
    t.key: t
    for t in (
        Shell(),
        Go(),
        Php(),
        Python(),
        Http(),
        CSharp(),
        Cpp(),
        JavaScript(),
        TypeScript(),
        Java(),
        Rust(),
        Ruby(),
        Perl(),
        Lua(),
        React(),
        Vue(),
        Unity(),
        Wpf(),
        VbNet(),
    )
}
"""Every docs language, in the docs' order."""
