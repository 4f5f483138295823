"""Rust: every sample a binary of one Cargo project, built offline with Debian's crates.

`librust-reqwest-dev` (and hmac, sha2, hex) put the crates' sources in
/usr/share/cargo/registry; Cargo reads them as a directory source with no
network. The project is kept under build/ (gitignored) so the crates compile
once per machine, in one of several slots so parallel test processes never
share one.
"""

from __future__ import annotations

import fcntl
import itertools
import re
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from tests.samples.checker import (
    ROOT,
    STUBS,
    Checked,
    Requirement,
    Source,
    Toolchain,
    needs_command,
    tool_path,
)
from tests.samples.procs import run

CARGO_REGISTRY = Path("/usr/share/cargo/registry")
RUST_CACHE = ROOT / "build" / "samples-rust"


@contextmanager
def _cargo_project() -> Iterator[Path]:
    """A Cargo project folder no other process is using, kept between runs (crates compile once)."""
    for index in itertools.count():
        project = RUST_CACHE / f"slot{index}"
        project.mkdir(parents=True, exist_ok=True)
        with open(project / ".lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            yield project
            return
    raise AssertionError("unreachable")


_CARGO_TOML = """\
[package]
name = "samples"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
reqwest = { version = "0.11", default-features = false, features = ["blocking"] }
hmac = "0.12"
sha2 = "0.10"
hex = "0.4"
{sdk}
[profile.dev]
debug = 0
incremental = false
"""

_CARGO_CONFIG = f"""\
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "{CARGO_REGISTRY}"

[net]
offline = true
"""


class Rust(Toolchain):
    key = "rust"
    tool = "cargo build (reqwest 0.11 from Debian's crates, offline)"
    requirements = (
        needs_command("cargo"),
        Requirement(
            "Debian's Rust crates (librust-reqwest-dev, -hmac-, -sha2-, -hex-dev)",
            lambda: all(
                any(CARGO_REGISTRY.glob(f"{crate}.*"))
                for crate in ("reqwest-0.11", "hmac-0.12", "sha2-0.10", "hex-0.4")
            ),
        ),
    )

    def check(self, sources: Sequence[Source], work: Path) -> dict[str, Checked]:
        with _cargo_project() as project:
            return self._check_in(project, sources, work)

    def _check_in(self, project: Path, sources: Sequence[Source], work: Path) -> dict[str, Checked]:
        bins = project / "src" / "bin"
        shutil.rmtree(bins, ignore_errors=True)
        bins.mkdir(parents=True)
        (project / ".cargo").mkdir(exist_ok=True)
        (project / ".cargo" / "config.toml").write_text(_CARGO_CONFIG, "utf-8")
        (project / "Cargo.toml").write_text(
            _CARGO_TOML.replace("{sdk}", self._sdk_dependency(sources)), "utf-8"
        )
        for source in sources:
            shutil.copyfile(source.path, bins / f"{source.name}.rs")
        done = run(
            [tool_path("cargo"), "build", "--offline", "--keep-going", "--message-format", "short"],
            cwd=project,
            timeout=1800,
        )
        failed: dict[str, list[str]] = {}
        for line in done.out.splitlines():
            match = re.search(r"src/bin/(\w+)\.rs:\d+|\(bin \"(\w+)\"\)", line)
            if match:
                failed.setdefault(match.group(1) or match.group(2), []).append(line)
        if not done.ok and not set(failed) & {s.name for s in sources}:
            failed = {s.name: [done.describe()] for s in sources}
        results = {}
        for source in sources:
            log = failed.get(source.name)
            ok = log is None
            binary = project / "target" / "debug" / source.name
            # Copied out: the next batch of this process reuses the names.
            kept = work / source.name / source.name
            if ok and not source.sdk:
                kept.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(binary, kept)
            results[source.name] = Checked(
                ok, "\n".join(log or []), (str(kept),) if ok and not source.sdk else None, work
            )
        return results

    def _sdk_dependency(self, sources: Sequence[Source]) -> str:
        manifest = STUBS / "sdk" / self.key / "Cargo.toml"
        if not any(s.sdk for s in sources) or not manifest.exists():
            return ""
        name = re.search(r'^name\s*=\s*"([^"]+)"', manifest.read_text("utf-8"), re.MULTILINE)
        assert name, f"{manifest} names no package"
        return f'{name.group(1)} = {{ path = "{manifest.parent}" }}\n'
