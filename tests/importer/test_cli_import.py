"""`python -m generator import-openapi` as a user drives it."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from tests.importer.documents import PETSTORE_31_YAML


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _source(tmp_path: Path) -> Path:
    source = tmp_path / "petshop.yaml"
    source.write_text(PETSTORE_31_YAML)
    return source


def test_a_draft_is_written_and_summarized(tmp_path: Path) -> None:
    out = tmp_path / "specs" / "petshop"
    code, output = _run(
        "import-openapi", str(_source(tmp_path)), "--api", "petshop", "--out", str(out)
    )
    assert code == 0, output
    assert re.fullmatch(
        rf"5 endpoints: 3 files written to {re.escape(str(out))}, 14 guesses marked "
        r"`# guessed:`, 0 problems to fix in \d+\.\d\ds\n",
        output,
    )
    assert sorted(p.name for p in out.iterdir()) == ["api.yaml", "client.yaml", "pets.yaml"]
    assert [p.name for p in out.parent.iterdir()] == ["petshop"]  # no staging left behind
    code, output = _run("validate", "--specs", str(out.parent))
    assert (code, output.split(" in ")[0]) == (0, "1 APIs, 5 endpoints valid")


def test_a_folder_with_files_is_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "specs" / "petshop"
    out.mkdir(parents=True)
    (out / "mine.yaml").write_text("keep: me\n")
    source = _source(tmp_path)
    code, output = _run("import-openapi", str(source), "--api", "petshop", "--out", str(out))
    assert code == 1
    assert (
        output == f"error: {out} is not empty; pass --force to replace it; nothing was written.\n"
    )
    assert [p.name for p in out.iterdir()] == ["mine.yaml"]
    code, output = _run(
        "import-openapi", str(source), "--api", "petshop", "--out", str(out), "--force"
    )
    assert code == 0, output
    assert sorted(p.name for p in out.iterdir()) == ["api.yaml", "client.yaml", "pets.yaml"]


def test_a_bad_api_name_is_a_usage_error(tmp_path: Path) -> None:
    code, output = _run("import-openapi", str(_source(tmp_path)), "--api", "Pet-Shop")
    assert code == 2
    assert "Invalid value for --api: a lowercase identifier, e.g. petstore" in output


def test_what_validation_finds_in_the_draft_is_listed(tmp_path: Path) -> None:
    broken = PETSTORE_31_YAML.replace(
        "name: {type: string, description: Name of the pet, example: Rex}",
        "name: {type: string, description: Name of the pet, example: Rex, maxLength: 2}",
        1,
    )
    source = tmp_path / "broken.yaml"
    source.write_text(broken)
    out = tmp_path / "specs" / "petshop"
    code, output = _run("import-openapi", str(source), "--api", "petshop", "--out", str(out))
    assert code == 0
    assert output.splitlines()[0] == (
        f"to fix: {out}/pets.yaml:73:9: endpoints.create_pet.body.name.example: "
        "longer than max_length 2"
    )
    assert ", 1 problems to fix in " in output.splitlines()[1]
