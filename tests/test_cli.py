"""The command line as a user drives it: exit codes, summaries, check after generate."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_validate_accepts_the_project_specs(repo_specs: Path) -> None:
    code, output = _run("validate", "--specs", str(repo_specs))
    assert code == 0, output
    assert output.startswith("4 APIs, ")


def test_a_bad_spec_exits_1_and_names_its_place(minimal_specs: Path, tmp_path: Path) -> None:
    items = minimal_specs / "shop" / "items.yaml"
    items.write_text(items.read_text().replace("type: integer", "type: integr", 1))
    out = tmp_path / "out"
    code, output = _run("generate", "--specs", str(minimal_specs), "--out", str(out))
    assert code == 1
    assert (
        "items.yaml:8:9: models.Item.fields.id.type:" in output
        and "unknown type 'integr'" in output
    )
    assert "nothing was written" in output
    assert not out.exists()


def test_a_bad_command_line_exits_2(minimal_specs: Path) -> None:
    assert _run("generate", "--no-such-option")[0] == 2
    assert _run("generate", "--specs", str(minimal_specs), "--server-url", "shop")[0] == 2


def test_an_unknown_api_is_a_clear_error(minimal_specs: Path) -> None:
    code, output = _run("validate", "--specs", str(minimal_specs), "--api", "nope")
    assert code == 1
    assert "no API named 'nope'; known: shop" in output


def test_generate_twice_writes_identical_bytes_and_touches_nothing(
    repo_specs: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert _run("generate", "--specs", str(repo_specs), "--out", str(first))[0] == 0
    assert _run("generate", "--specs", str(repo_specs), "--out", str(second))[0] == 0
    assert _tree(first) == _tree(second)
    stamps = {p: p.stat().st_mtime_ns for p in first.rglob("*") if p.is_file()}
    code, output = _run("generate", "--specs", str(repo_specs), "--out", str(first))
    assert code == 0
    assert " 0 files written," in output and " 0 removed" in output
    assert {p: p.stat().st_mtime_ns for p in first.rglob("*") if p.is_file()} == stamps


def test_check_passes_after_generate_and_fails_after_an_edit(
    repo_specs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _run("generate", "--specs", str(repo_specs), "--out", str(out))
    assert _run("check", "--specs", str(repo_specs), "--out", str(out))[0] == 0

    models = out / "python" / "plyr" / "src" / "plyr_client" / "_models.py"
    models.write_text(models.read_text() + "# edited by hand\n")
    code, output = _run("check", "--specs", str(repo_specs), "--out", str(out))
    assert code == 1
    assert f"differs: {models}" in output
    assert models.read_text().endswith("# edited by hand\n"), "check must write nothing"


def test_check_fails_after_a_spec_edit(repo_specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run("generate", "--specs", str(repo_specs), "--out", str(out))
    user = repo_specs / "plyr" / "user.yaml"
    text = user.read_text()
    assert "    summary: " in text
    user.write_text(text.replace("    summary: ", "    summary: Edited ", 1))
    code, output = _run("check", "--specs", str(repo_specs), "--out", str(out))
    assert code == 1
    assert "differs:" in output


def test_check_reports_stale_and_missing_files(repo_specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run("generate", "--specs", str(repo_specs), "--out", str(out))
    (out / "leftover.txt").write_text("old")
    (out / "python" / "xerial" / "README.md").unlink()
    code, output = _run("check", "--specs", str(repo_specs), "--out", str(out))
    assert code == 1
    assert f"stale: {out / 'leftover.txt'}" in output
    assert f"missing: {out / 'python' / 'xerial' / 'README.md'}" in output


def test_generate_removes_files_of_a_removed_api(repo_specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run("generate", "--specs", str(repo_specs), "--out", str(out))
    shutil.rmtree(repo_specs / "xerial")
    code, output = _run("generate", "--specs", str(repo_specs), "--out", str(out))
    assert code == 0
    assert not (out / "python" / "xerial").exists()
    assert " 0 removed" not in output


def test_server_url_replaces_the_base_url_everywhere(repo_specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _ = _run(
        "generate",
        "--specs",
        str(repo_specs),
        "--out",
        str(out),
        "--server-url",
        "plyr=http://127.0.0.1:9",
        "--api",
        "plyr",
    )
    assert code == 0
    text = "".join(p.read_text() for p in out.rglob("*") if p.is_file())
    assert "http://127.0.0.1:9/user/logout" in text
    assert "api.plyr.network" not in text


def test_server_url_for_an_unknown_api_is_an_error(repo_specs: Path) -> None:
    code, output = _run(
        "check", "--specs", str(repo_specs), "--server-url", "nope=http://127.0.0.1:9"
    )
    assert code == 1
    assert "unknown API 'nope'" in output


def test_refuses_to_overwrite_a_folder_it_did_not_write(repo_specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    code, output = _run("generate", "--specs", str(repo_specs), "--out", str(out))
    assert code == 1
    assert "refusing to write" in output
    assert (out / "notes.txt").read_text() == "keep me"
