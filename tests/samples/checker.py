"""What every language checker is: inputs, results, requirements, and the base class.

A checker copies samples into a work folder, checks them with the language's
own tool and says, per sample, whether it passed, the tool's messages, and the
command that runs it (where the language can run here).
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal

from tests.samples.procs import Completed, parallel, run

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
STUBS = HERE / "stubs"

Kind = Literal["compiled", "parsed"]


@dataclass(frozen=True)
class Source:
    """One sample to check. `name` is unique in a batch and safe as a folder or crate name."""

    name: str
    path: Path
    sdk: bool = False
    """SDK style: compiled against `stubs/sdk/<language>/`, never run."""


@dataclass(frozen=True)
class Checked:
    ok: bool
    log: str = ""
    run: tuple[str, ...] | None = None
    """The command that executes the checked sample, where the language can run it."""
    cwd: Path | None = None


@dataclass(frozen=True)
class Requirement:
    label: str
    present: Callable[[], bool]


def needs_command(name: str) -> Requirement:
    return Requirement(f"`{name}`", lambda: which(name) is not None)


def needs_path(label: str, path: Path) -> Requirement:
    return Requirement(label, path.exists)


def needs_probe(label: str, *argv: str) -> Requirement:
    def present() -> bool:
        return which(argv[0]) is not None and run(argv, timeout=60).ok

    return Requirement(label, present)


def which(name: str) -> str | None:
    """A tool on PATH, or rustup's folder (CI's PATH may not name it)."""
    found = shutil.which(name)
    if found is None and (Path.home() / ".cargo" / "bin" / name).exists():
        found = str(Path.home() / ".cargo" / "bin" / name)
    return found


def tool_path(name: str) -> str:
    return which(name) or name


def checked_by(
    done: Completed, run_argv: tuple[str, ...] | None = None, cwd: Path | None = None
) -> Checked:
    return Checked(done.ok, "" if done.ok else done.describe(), run_argv if done.ok else None, cwd)


class Toolchain:
    """The checker of one language; subclasses set the class attributes and a check."""

    key: ClassVar[str]
    tool: ClassVar[str]
    """What the report names as the checker."""
    kind: ClassVar[Kind] = "compiled"
    not_run: ClassVar[str | None] = None
    """Why this language's samples are not executed; None when they are."""
    requirements: ClassVar[tuple[Requirement, ...]] = ()
    sdk_check: ClassVar[str] = "compiled against stubs/sdk"
    """How SDK-style samples are checked, for the report."""
    stub_suffix: ClassVar[str] = ""
    """The file names (ending) of the SDK stubs compiled with SDK-style samples."""

    @functools.cached_property
    def missing(self) -> tuple[str, ...]:
        return tuple(r.label for r in self.requirements if not r.present())

    def stubs(self, source: Source) -> list[Path]:
        """Stub sources compiled with this sample: the SDK's, for SDK-style samples."""
        if not source.sdk:
            return []
        return files_in(STUBS / "sdk" / self.key, self.stub_suffix)

    def check(self, sources: Sequence[Source], work: Path) -> dict[str, Checked]:
        work.mkdir(parents=True, exist_ok=True)
        placed = {s.name: self.place(s, work) for s in sources}
        return self.check_placed(sources, placed, work)

    def place(self, source: Source, work: Path) -> Path:
        target = work / source.name / source.path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source.path, target)
        return target

    def check_placed(
        self, sources: Sequence[Source], placed: dict[str, Path], work: Path
    ) -> dict[str, Checked]:
        results = parallel(lambda s: self.check_one(s, placed[s.name]), sources)
        return {s.name: r for s, r in zip(sources, results, strict=True)}

    def check_one(self, source: Source, path: Path) -> Checked:
        raise NotImplementedError


def files_in(folder: Path, suffix: str = "") -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob(f"*{suffix}") if p.is_file())


def against_stub(argv: list[str], path: Path) -> Checked:
    """An SDK-style sample of a dynamic language, executed with the do-nothing SDK stub.

    Syntax checks alone miss a misspelt method or a wrong argument count; the
    stub declares the SDK's real surface, so calling anything else fails.
    """
    done = run(argv, cwd=path.parent, timeout=60)
    return Checked(done.ok, "" if done.ok else "run against the SDK stub:\n" + done.describe())
