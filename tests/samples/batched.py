"""Languages checked by one tool run over the whole batch: Go, TypeScript, React, Vue, Java.

The batch tools name the file or package of each message, which tells the
samples of a failed batch apart.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from tests.samples.checker import (
    HERE,
    ROOT,
    STUBS,
    Checked,
    Requirement,
    Source,
    Toolchain,
    files_in,
    needs_command,
    needs_path,
)
from tests.samples.procs import Completed, environment, run

NODE_TOOLS = ROOT / "tools" / "node"
NODE_MODULES = NODE_TOOLS / "node_modules"


class Go(Toolchain):
    key = "go"
    tool = "gofmt -e, go vet, go build"
    requirements = (needs_command("go"), needs_command("gofmt"))
    env: ClassVar[dict[str, str]] = {
        "GOFLAGS": "-mod=mod",
        "GOPROXY": "off",
        "GOTOOLCHAIN": "local",
    }

    def check_placed(
        self, sources: Sequence[Source], placed: dict[str, Path], work: Path
    ) -> dict[str, Checked]:
        (work / "go.mod").write_text(self._go_mod(any(s.sdk for s in sources)), "utf-8")
        env = environment(self.env)
        names = [s.name for s in sources]
        steps = [
            run(
                ["gofmt", "-e", "-l", *(str(placed[n].relative_to(work)) for n in names)],
                cwd=work,
                env=env,
            ),
            run(["go", "vet", "./..."], cwd=work, env=env),
            # Binaries without symbol tables (-s -w) link in half the time.
            run(["go", "build", "-ldflags=-s -w", "-o", "bin/", "./..."], cwd=work, env=env),
        ]
        logs: dict[str, list[str]] = {}
        for done in steps:
            for name, lines in _go_messages(done, names).items():
                logs.setdefault(name, []).extend(lines)
        if any(not done.ok for done in steps) and not logs:
            # A failure no package is named in (the module, the toolchain): all fail.
            log = "\n".join(done.describe() for done in steps if not done.ok)
            return {
                n: self._result(s, work, False, log) for n, s in zip(names, sources, strict=True)
            }
        passed = [n for n in names if n not in logs]
        if logs and passed:
            # A failed batch may not write the binaries of the packages that built.
            rebuild = run(
                ["go", "build", "-ldflags=-s -w", "-o", "bin/", *(f"./{n}" for n in passed)],
                cwd=work,
                env=env,
            )
            if not rebuild.ok:
                logs.update({n: [rebuild.describe()] for n in passed})
        return {
            s.name: self._result(s, work, s.name not in logs, "\n".join(logs.get(s.name, [])))
            for s in sources
        }

    def _result(self, source: Source, work: Path, ok: bool, log: str) -> Checked:
        runnable = ok and not source.sdk
        return Checked(ok, log, (str(work / "bin" / source.name),) if runnable else None, work)

    def _go_mod(self, sdk: bool) -> str:
        text = "module samples\n\ngo 1.19\n"
        stub_mod = STUBS / "sdk" / self.key / "go.mod"
        if sdk and stub_mod.exists():
            module = re.search(r"^module\s+(\S+)", stub_mod.read_text("utf-8"), re.MULTILINE)
            assert module, f"{stub_mod} names no module"
            name = module.group(1)
            text += f"\nrequire {name} v0.0.0\n\nreplace {name} => {stub_mod.parent}\n"
        return text


def _go_messages(done: Completed, names: Sequence[str]) -> dict[str, list[str]]:
    """The lines of a go tool's output by the sample package they name (`# samples/<name>`)."""
    found: dict[str, list[str]] = {}
    current: str | None = None
    for line in done.out.splitlines():
        header = re.match(r"^# samples/(\w+)", line)
        located = re.match(r"^(?:\./)?(\w+)/[^:]+\.go:\d+", line)
        if header:
            current = header.group(1)
        elif located:
            current = located.group(1)
        elif not line.startswith((" ", "\t")):
            current = None if line.startswith("#") else current
        if current is not None and current in names:
            found.setdefault(current, []).append(line)
    return found


_TS_ERROR = re.compile(r"^(?P<file>[^\s(][^(]*)\(\d+,\d+\): error ", re.MULTILINE)


class _Tsc(Toolchain):
    """A language type-checked by one `tsc` run over every sample of a batch."""

    requirements: ClassVar[tuple[Requirement, ...]] = (
        needs_command("node"),
        needs_path("TypeScript (npm ci in tools/node)", NODE_MODULES / "typescript"),
    )
    options: ClassVar[dict[str, object]] = {}

    def tsc(self, work: Path, files: list[str], emit: bool) -> Completed:
        link = work / "node_modules"
        if not link.exists():
            link.symlink_to(NODE_MODULES, target_is_directory=True)
        options: dict[str, object] = {
            "target": "es2022",
            "module": "es2022",
            "moduleResolution": "bundler",
            "moduleDetection": "force",
            "strict": True,
            "skipLibCheck": True,
            "newLine": "lf",
            "rootDir": ".",
            **self.options,
        }
        if emit:
            options |= {"outDir": "out", "noEmitOnError": False}
        else:
            options["noEmit"] = True
        config = {"compilerOptions": options, "files": files}
        (work / "tsconfig.json").write_text(json.dumps(config, indent=2), "utf-8")
        return run(
            ["node", NODE_MODULES / "typescript" / "bin" / "tsc", "-p", ".", "--pretty", "false"],
            cwd=work,
        )

    def stub_files(self, sources: Sequence[Source]) -> list[str]:
        if not any(s.sdk for s in sources):
            return []
        return [str(p) for p in files_in(STUBS / "sdk" / self.key) if p.name.endswith(".d.ts")]


def _by_folder(done: Completed, names: Sequence[str]) -> dict[str, str]:
    """Diagnostics of a batch run, by the sample folder (`<name>/...`) they name."""
    logs: dict[str, list[str]] = {}
    for line in done.out.splitlines():
        match = _TS_ERROR.match(line)
        if match:
            folder = match.group("file").split("/")[0]
            logs.setdefault(folder, []).append(line)
    unknown = set(logs) - set(names)
    if not done.ok and (unknown or not logs):
        # An error outside any sample (config, stubs, a crash) fails them all.
        return {name: done.describe() for name in names}
    return {name: "\n".join(lines) for name, lines in logs.items() if name in names}


class TypeScript(_Tsc):
    key = "typescript"
    tool = "tsc --strict (TypeScript 5.9), run with node"
    options: ClassVar[dict[str, object]] = {"types": ["node"], "lib": ["es2022"]}

    def check_placed(
        self, sources: Sequence[Source], placed: dict[str, Path], work: Path
    ) -> dict[str, Checked]:
        files = [str(placed[s.name].relative_to(work)) for s in sources] + self.stub_files(sources)
        done = self.tsc(work, files, emit=True)
        (work / "out").mkdir(exist_ok=True)
        (work / "out" / "package.json").write_text('{"type": "module"}\n', "utf-8")
        failures = _by_folder(done, [s.name for s in sources])
        results = {}
        for source in sources:
            log = failures.get(source.name)
            js = work / "out" / placed[source.name].relative_to(work).with_suffix(".js")
            runnable = ("node", str(js)) if log is None and not source.sdk else None
            results[source.name] = Checked(log is None, log or "", runnable, work)
        return results


class React(_Tsc):
    key = "react"
    tool = "tsc --jsx react-jsx --checkJs (React 19 types)"
    not_run = "a React component renders in a browser: type-checked only"
    options: ClassVar[dict[str, object]] = {
        "allowJs": True,
        "checkJs": True,
        "jsx": "react-jsx",
        "lib": ["es2022", "dom", "dom.iterable"],
        "types": [],
    }

    def check_placed(
        self, sources: Sequence[Source], placed: dict[str, Path], work: Path
    ) -> dict[str, Checked]:
        files = [str(placed[s.name].relative_to(work)) for s in sources] + self.stub_files(sources)
        failures = _by_folder(self.tsc(work, files, emit=False), [s.name for s in sources])
        return {s.name: Checked(s.name not in failures, failures.get(s.name, "")) for s in sources}


class Vue(_Tsc):
    key = "vue"
    tool = "@vue/compiler-sfc, then tsc --strict on the compiled script"
    not_run = "a Vue component renders in a browser: compiled and type-checked only"
    requirements = (
        *_Tsc.requirements,
        needs_path(
            "Vue SFC compiler (npm ci in tools/node)", NODE_MODULES / "@vue" / "compiler-sfc"
        ),
    )
    options: ClassVar[dict[str, object]] = {"lib": ["es2022", "dom", "dom.iterable"], "types": []}

    def check_placed(
        self, sources: Sequence[Source], placed: dict[str, Path], work: Path
    ) -> dict[str, Checked]:
        pairs: list[str] = []
        for source in sources:
            pairs += [str(placed[source.name]), str(placed[source.name]) + ".ts"]
        done = run(["node", NODE_TOOLS / "vue-sfc-check.mjs", *pairs], cwd=work)
        compiled: dict[str, str] = {}
        for line in done.out.splitlines():
            if line.startswith("{"):
                entry = json.loads(line)
                compiled[entry["file"]] = "" if entry["ok"] else "\n".join(entry["errors"])
        results: dict[str, Checked] = {}
        typed: list[Source] = []
        for source in sources:
            log = compiled.get(str(placed[source.name]))
            if log is None:
                results[source.name] = Checked(False, done.describe())
            elif log:
                results[source.name] = Checked(False, log)
            else:
                typed.append(source)
        if typed:
            files = [str(placed[s.name].relative_to(work)) + ".ts" for s in typed]
            files += self.stub_files(typed)
            failures = _by_folder(self.tsc(work, files, emit=False), [s.name for s in typed])
            for source in typed:
                results[source.name] = Checked(
                    source.name not in failures, failures.get(source.name, "")
                )
        return results


_JAVA_CLASS = re.compile(r"^\s*public\s+(?:final\s+)?class\s+(\w+)", re.MULTILINE)


class Java(Toolchain):
    key = "java"
    tool = "javac 17 (one JVM per batch), run with java"
    requirements = (needs_command("javac"), needs_command("java"))
    stub_suffix = ".java"

    def place(self, source: Source, work: Path) -> Path:
        text = source.path.read_text("utf-8")
        match = _JAVA_CLASS.search(text)
        name = match.group(1) if match else "Main"
        target = work / source.name / "src" / f"{name}.java"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source.path, target)
        return target

    def check_placed(
        self, sources: Sequence[Source], placed: dict[str, Path], work: Path
    ) -> dict[str, Checked]:
        lines = []
        for source in sources:
            out = work / source.name / "classes"
            out.mkdir(exist_ok=True)
            units = [str(placed[source.name]), *(str(p) for p in self.stubs(source))]
            lines.append("\t".join([str(out), *units]))
        (work / "units.txt").write_text("\n".join(lines) + "\n", "utf-8")
        done = run(["java", HERE / "tools" / "BatchJavac.java", work / "units.txt"], timeout=900)
        logs: dict[str, tuple[bool, list[str]]] = {}
        current: list[str] | None = None
        for line in done.out.splitlines():
            match = re.match(r"^=== (OK|FAIL) (.*)$", line)
            if match:
                current = []
                logs[Path(match.group(2)).parent.name] = (match.group(1) == "OK", current)
            elif current is not None:
                current.append(line)
        results = {}
        for source in sources:
            if source.name not in logs:
                results[source.name] = Checked(False, done.describe())
                continue
            ok, messages = logs[source.name]
            main = placed[source.name].stem
            runnable = ("java", "-cp", str(work / source.name / "classes"), main)
            results[source.name] = Checked(
                ok, "\n".join(messages), runnable if ok and not source.sdk else None, work
            )
        return results
