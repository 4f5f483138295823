"""The samples report: per language, what checked its samples, and how many compiled, ran, passed.

Tests record one fact each on their report (`user_properties`, which xdist
sends back to the controller); the controller adds them up here and prints
the table at the end of the run and writes it to `build/samples-report.md`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.samples.toolchains import TOOLCHAINS

PROPERTY = "apigen-samples"
REPORT = Path(__file__).resolve().parents[2] / "build" / "samples-report.md"


def fact(kind: str, language: str, note: str | None = None) -> tuple[str, dict[str, Any]]:
    """A user property for a test's report: `kind` is check, run, message, hostile or note.

    The test's outcome (passed, failed, skipped) is read off its report.
    """
    return (PROPERTY, {"kind": kind, "language": language, "note": note})


@dataclass
class Tally:
    counts: dict[tuple[str, str], Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    notes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, facts: Iterable[tuple[str, Any]], outcome: str) -> None:
        for name, value in facts:
            if name != PROPERTY:
                continue
            if value["kind"] != "note":
                self.counts[(value["language"], value["kind"])][outcome] += 1
            if value.get("note"):
                self.notes[value["language"]].add(value["note"])

    def __bool__(self) -> bool:
        return bool(self.counts)

    def _cell(self, language: str, kind: str) -> str:
        count = self.counts.get((language, kind))
        if not count:
            return "-"
        total = sum(count.values())
        text = f"{count['passed']}/{total}"
        if count["failed"]:
            text += f" ({count['failed']} failed)"
        if count["skipped"]:
            text += f" ({count['skipped']} skipped)"
        return text

    def markdown(self) -> str:
        lines = [
            "# Docs samples: checked, run, passed",
            "",
            "Checked: compiled (or parsed) by the language's own toolchain. Ran: executed against",
            "the API's mock server, and the request it sent equals the manifest's canonical request",
            "(HTTP: the message parsed and compared). Hostile: the hypothesis property test of the",
            "language (a spec whose every example is hostile: one kitchen-sink and 6 drawn examples,",
            "3 endpoints each, all compiled and, where the language runs, sent and compared).",
            "",
            "| language | checked with | how | checked | ran and matched | hostile | notes: why not run, allowances |",
            "|---|---|---|---|---|---|---|",
        ]
        for key, toolchain in TOOLCHAINS.items():
            if not any(language == key for language, _ in self.counts):
                continue
            ran = (
                self._cell(key, "run")
                if (key, "run") in self.counts
                else self._cell(key, "message")
            )
            reasons = sorted(self.notes.get(key, ()))
            if toolchain.not_run:
                reasons.insert(0, toolchain.not_run)
            lines.append(
                f"| {key} | {toolchain.tool} | {toolchain.kind} | {self._cell(key, 'check')} "
                f"| {ran} | {self._cell(key, 'hostile')} | {'; '.join(reasons) or '-'} |"
            )
        return "\n".join(lines) + "\n"
