"""The tree writer is all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.output import writer
from generator.output.writer import write_tree

FIRST = {"manifest.json": b"{}", "a/one.txt": b"1", "a/two.txt": b"2", "b/three.txt": b"3"}
SECOND = {"manifest.json": b"{}", "a/one.txt": b"1 changed", "c/four.txt": b"4", "c/five.txt": b"5"}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_writes_changes_keeps_unchanged_and_removes_stale(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, FIRST)
    kept = (out / "manifest.json").stat()
    result = write_tree(out, SECOND)
    assert _snapshot(out) == SECOND
    assert result.unchanged == ["manifest.json"]
    assert result.removed == ["a/two.txt", "b/three.txt"]
    after = (out / "manifest.json").stat()
    assert (after.st_ino, after.st_mtime_ns) == (kept.st_ino, kept.st_mtime_ns)
    assert not (out / "b").exists(), "emptied folders go too"


@pytest.mark.parametrize("fail_after", [0, 1, 2])
def test_a_failure_while_writing_leaves_the_previous_output_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_after: int
) -> None:
    out = tmp_path / "out"
    write_tree(out, FIRST)
    calls = {"n": 0}
    real = writer._write_file

    def flaky(path: Path, content: bytes) -> None:
        if calls["n"] == fail_after:
            raise OSError("disk full (forced by the test)")
        calls["n"] += 1
        real(path, content)

    monkeypatch.setattr(writer, "_write_file", flaky)
    with pytest.raises(OSError, match="forced"):
        write_tree(out, SECOND)
    assert _snapshot(out) == FIRST
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "no staging folder is left behind"


def test_a_swap_cut_short_is_repaired_by_the_next_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, FIRST)
    staging, previous = writer._siblings(out)
    out.rename(previous)  # as if the process died between the two renames
    staging.mkdir()
    writer.recover(out)
    assert _snapshot(out) == FIRST
    assert not staging.exists() and not previous.exists()


def test_nothing_changes_when_nothing_differs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, FIRST)
    inode = out.stat().st_ino
    result = write_tree(out, FIRST)
    assert not result.changed
    assert out.stat().st_ino == inode, "the folder itself was not swapped"
