"""Languages whose tool checks one file at a time: run two at a time over a batch."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import h11

from tests.samples.checker import (
    HERE,
    STUBS,
    Checked,
    Requirement,
    Source,
    Toolchain,
    against_stub,
    checked_by,
    files_in,
    needs_command,
    needs_path,
    needs_probe,
)
from tests.samples.procs import run


class Shell(Toolchain):
    key = "shell"
    tool = "bash -n"
    kind = "parsed"
    requirements = (needs_command("bash"), needs_command("curl"), needs_command("openssl"))

    def check_one(self, source: Source, path: Path) -> Checked:
        return checked_by(run(["bash", "-n", path]), ("bash", str(path)), path.parent)


class Php(Toolchain):
    key = "php"
    tool = "php -l"
    kind = "parsed"
    requirements = (
        needs_command("php"),
        needs_probe(
            "PHP curl extension (php-curl)",
            "php",
            "-r",
            "exit(function_exists('curl_init') ? 0 : 1);",
        ),
    )

    def check_one(self, source: Source, path: Path) -> Checked:
        return checked_by(run(["php", "-l", path]), ("php", str(path)), path.parent)


class Python(Toolchain):
    key = "python"
    tool = "compile() (py_compile)"
    requirements = (needs_probe("Python `requests`", sys.executable, "-c", "import requests"),)

    def check_one(self, source: Source, path: Path) -> Checked:
        try:
            compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
        except SyntaxError as error:
            return Checked(False, f"{type(error).__name__}: {error}")
        return Checked(True, "", (sys.executable, str(path)), path.parent)


class Http(Toolchain):
    key = "http"
    tool = "h11 (HTTP/1.1 request parser)"
    kind = "parsed"
    not_run = "a raw HTTP message, not a program: parsed, then compared with the canonical request"

    def check_one(self, source: Source, path: Path) -> Checked:
        try:
            parse_http_message(path.read_bytes())
        except (ValueError, h11.ProtocolError) as error:
            return Checked(False, f"not an HTTP/1.1 request: {error}")
        return Checked(True)


@dataclass(frozen=True)
class HttpMessage:
    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes


def parse_http_message(data: bytes) -> HttpMessage:
    """A request message as an HTTP/1.1 server reads it (docs show LF line ends: CRLF assumed)."""
    text = data.replace(b"\r\n", b"\n")
    head, sep, body = text.partition(b"\n\n")
    if not sep:
        head, body = text.rstrip(b"\n"), b""
    connection = h11.Connection(h11.SERVER)
    connection.receive_data(head.replace(b"\n", b"\r\n") + b"\r\n\r\n")
    event = connection.next_event()
    if not isinstance(event, h11.Request):
        raise ValueError(f"expected a request head, got {event!r}")
    headers = tuple(
        (n.decode("latin-1"), v.decode("latin-1")) for n, v in event.headers.raw_items()
    )
    return HttpMessage(event.method.decode(), event.target.decode("latin-1"), headers, body)


class CSharp(Toolchain):
    key = "csharp"
    tool = "mcs (Mono C# compiler)"
    requirements = (needs_command("mcs"), needs_command("mono"))
    stub_suffix = ".cs"
    references: ClassVar[tuple[str, ...]] = ("-r:System.Net.Http",)

    def platform(self, path: Path) -> list[Path]:
        """Stub declarations of the platform the sample targets."""
        return []

    def check(self, sources: Sequence[Source], work: Path) -> dict[str, Checked]:
        work.mkdir(parents=True, exist_ok=True)
        self._runner = work / "MonoRun.exe"
        if self.not_run is None:
            done = run(["mcs", f"-out:{self._runner}", HERE / "tools" / "MonoRun.cs"])
            assert done.ok, done.describe()
        return super().check(sources, work)

    def check_one(self, source: Source, path: Path) -> Checked:
        runnable = not source.sdk and self.not_run is None
        out = path.with_suffix(".exe" if runnable else ".dll")
        target = "-target:exe" if runnable else "-target:library"
        sources = [*self.platform(path), *self.stubs(source), path]
        done = run(["mcs", target, *self.references, f"-out:{out}", *sources])
        # Run through MonoRun, which ends the process when Main returns (see MonoRun.cs).
        command = ("mono", str(self._runner), str(out))
        return checked_by(done, command if runnable else None, path.parent)


class Unity(CSharp):
    key = "unity"
    tool = "mcs against UnityEngine stubs"
    not_run = "a Unity MonoBehaviour needs the Unity engine: compiled against stub declarations"

    def platform(self, path: Path) -> list[Path]:
        return files_in(STUBS / "unity", ".cs")


class Wpf(CSharp):
    key = "wpf"
    tool = "mcs against WPF stubs"
    not_run = "a WPF window needs Windows and a display: compiled against stub declarations"

    def platform(self, path: Path) -> list[Path]:
        return [*files_in(STUBS / "wpf", ".cs"), *_xaml_half(path)]


def _xaml_half(path: Path) -> list[Path]:
    """The part of a window class the XAML compiler would generate: `InitializeComponent`."""
    text = path.read_text("utf-8")
    classes = re.findall(r"\bpartial\s+class\s+(\w+)", text)
    if not classes:
        return []
    namespace = re.search(r"^\s*namespace\s+([\w.]+)", text, re.MULTILINE)
    body = "".join(
        f"public partial class {name} {{ private void InitializeComponent() {{ }} }}\n"
        for name in classes
    )
    if namespace:
        body = f"namespace {namespace.group(1)} {{\n{body}}}\n"
    generated = path.with_name(path.stem + ".g.cs")
    generated.write_text(body, "utf-8")
    return [generated]


class Cpp(Toolchain):
    key = "cpp"
    tool = "g++ -std=c++17 (compiled and linked with libcurl, OpenSSL)"
    requirements = (
        needs_command("g++"),
        needs_path(
            "libcurl headers (libcurl4-openssl-dev)",
            Path("/usr/include/x86_64-linux-gnu/curl/curl.h"),
        ),
        needs_path("OpenSSL headers (libssl-dev)", Path("/usr/include/openssl/hmac.h")),
    )

    def check_one(self, source: Source, path: Path) -> Checked:
        if source.sdk:
            include = STUBS / "sdk" / self.key
            done = run(["g++", "-std=c++17", "-fsyntax-only", f"-I{include}", path])
            return checked_by(done)
        binary = path.with_suffix("")
        done = run(["g++", "-std=c++17", "-O0", path, "-o", binary, "-lcurl", "-lcrypto"])
        return checked_by(done, (str(binary),), path.parent)


class JavaScript(Toolchain):
    key = "javascript"
    tool = "node --check"
    kind = "parsed"
    requirements = (needs_command("node"),)

    def check_one(self, source: Source, path: Path) -> Checked:
        return checked_by(run(["node", "--check", path]), ("node", str(path)), path.parent)


class Ruby(Toolchain):
    key = "ruby"
    tool = "ruby -c (SDK style: also run against the SDK stub)"
    kind = "parsed"
    sdk_check = "syntax-checked, then run against the SDK stub in stubs/sdk"
    requirements = (needs_command("ruby"),)

    def check_one(self, source: Source, path: Path) -> Checked:
        done = run(["ruby", "-c", path])
        if done.ok and source.sdk:
            return against_stub(["ruby", f"-I{STUBS / 'sdk' / self.key}", str(path)], path)
        return checked_by(done, ("ruby", str(path)), path.parent)


class Perl(Toolchain):
    key = "perl"
    tool = "perl -c (SDK style: also run against the SDK stub)"
    sdk_check = "syntax-checked, then run against the SDK stub in stubs/sdk"
    requirements = (
        needs_command("perl"),
        needs_probe(
            "Perl HTTP::Tiny and Digest::SHA", "perl", "-MHTTP::Tiny", "-MDigest::SHA", "-e", "1"
        ),
    )

    def check_one(self, source: Source, path: Path) -> Checked:
        include = [f"-I{STUBS / 'sdk' / self.key}"] if source.sdk else []
        done = run(["perl", *include, "-c", path])
        if done.ok and source.sdk:
            return against_stub(["perl", *include, str(path)], path)
        return checked_by(done, ("perl", str(path)), path.parent)


class Lua(Toolchain):
    key = "lua"
    tool = "luac5.4 -p (SDK style: also run against the SDK stub)"
    kind = "parsed"
    sdk_check = "syntax-checked, then run against the SDK stub in stubs/sdk"
    requirements = (
        needs_command("luac5.4"),
        needs_probe(
            "Lua 5.4 with luasocket and luaossl (lua-socket, lua-luaossl)",
            "lua5.4",
            "-e",
            "require 'socket.http'; require 'ltn12'; require 'openssl.hmac'",
        ),
    )

    def check_one(self, source: Source, path: Path) -> Checked:
        done = run(["luac5.4", "-p", path])
        if done.ok and source.sdk:
            stubs = STUBS / "sdk" / self.key
            return against_stub(
                ["lua5.4", "-e", f"package.path = '{stubs}/?.lua;' .. package.path", str(path)],
                path,
            )
        return checked_by(done, ("lua5.4", str(path)), path.parent)


class VbNet(Toolchain):
    key = "vbnet"
    tool = "tree-sitter-vb-dotnet (parser; no VB.NET compiler in Debian)"
    kind = "parsed"
    not_run = "no VB.NET compiler can be installed (Debian has no vbnc): parsed with tree-sitter"
    sdk_check = "parsed only"
    requirements = (
        Requirement("Python tree-sitter + tree-sitter-vb-dotnet", lambda: _vb_parser() is not None),
    )

    def check_one(self, source: Source, path: Path) -> Checked:
        parser = _vb_parser()
        assert parser is not None
        tree = parser.parse(path.read_bytes())
        problems = _syntax_errors(tree.root_node)
        if problems:
            return Checked(False, "tree-sitter-vb-dotnet: " + "; ".join(problems[:10]))
        return Checked(True)


@functools.cache
def _vb_parser() -> Any:
    try:
        import tree_sitter
        import tree_sitter_vb_dotnet
    except ImportError:
        return None
    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_vb_dotnet.language()))


def _syntax_errors(node: Any) -> list[str]:
    found: list[str] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.is_error or current.is_missing:
            row, column = current.start_point
            what = f"missing {current.type}" if current.is_missing else "syntax error"
            found.append(f"{what} at {row + 1}:{column + 1}")
        elif current.has_error:
            stack.extend(reversed(current.children))
    return found
