"""The cache changes how long a run takes, never what it writes or reports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import black
import pydantic
import pytest
from click.testing import CliRunner

from generator.cache import Cache
from generator.cache.fingerprint import digest_of, package_versions
from generator.cli import main
from generator.pipeline import generate

ROOT = Path(__file__).resolve().parents[2]
LIBREAUTH_FILES = 8


@pytest.fixture(autouse=True)
def _default_cache_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("APIGEN_CACHE_DIR", raising=False)


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _entries(cache_root: Path, kind: str) -> list[Path]:
    folder = cache_root / kind
    return (
        sorted(p for p in folder.iterdir() if not p.name.startswith(".")) if folder.exists() else []
    )


def _without_timing(output: str) -> str:
    return "\n".join(line.rsplit(" in ", 1)[0] for line in output.splitlines())


def test_cached_and_uncached_trees_are_byte_identical(repo_specs: Path, tmp_path: Path) -> None:
    specs = str(repo_specs)
    plain, cold, warm = tmp_path / "plain", tmp_path / "cold", tmp_path / "warm"
    assert (
        _run("generate", "--no-cache", "--specs", specs, "--api", "libreauth", "--out", str(plain))[
            0
        ]
        == 0
    )
    assert not (tmp_path / ".apigen-cache").exists(), "--no-cache writes no cache"
    code, first = _run("generate", "--specs", specs, "--api", "libreauth", "--out", str(cold))
    assert code == 0
    cache_root = tmp_path / ".apigen-cache"
    assert len(_entries(cache_root, "yaml")) == LIBREAUTH_FILES
    assert len(_entries(cache_root, "run")) == 1
    assert len(_entries(cache_root, "black")) > 0
    code, second = _run("generate", "--specs", specs, "--api", "libreauth", "--out", str(warm))
    assert code == 0
    assert _without_timing(second) == _without_timing(first)
    assert len(_entries(cache_root, "run")) == 1
    expected = _tree(plain)
    assert len(expected) > 400
    assert _tree(cold) == expected
    assert _tree(warm) == expected
    assert (cache_root / ".gitignore").read_text().splitlines()[-1] == "*"


def test_an_unchanged_run_is_read_back_whole(tmp_path: Path) -> None:
    specs = ROOT / "specs"
    first = Cache(tmp_path / "cache")
    written = generate(specs, ("libreauth",), cache=first)
    assert first.hits["run"] == 0 and first.misses["run"] == 1
    assert first.misses["yaml"] == LIBREAUTH_FILES
    again = Cache(tmp_path / "cache")
    read_back = generate(specs, ("libreauth",), cache=again)
    assert dict(again.hits) == {"run": 1} and sum(again.misses.values()) == 0
    assert read_back == written
    assert read_back == generate(specs, ("libreauth",))


def test_a_spec_edit_misses_the_run_and_reuses_the_rest(repo_specs: Path, tmp_path: Path) -> None:
    before = generate(repo_specs, ("libreauth",), cache=Cache(tmp_path / "cache"))
    session = repo_specs / "libreauth" / "session.yaml"
    text = session.read_text()
    assert "    summary: " in text
    session.write_text(text.replace("    summary: ", "    summary: Edited ", 1))

    cache = Cache(tmp_path / "cache")
    edited = generate(repo_specs, ("libreauth",), cache=cache)
    assert edited == generate(repo_specs, ("libreauth",)), "the same bytes as without a cache"
    assert edited.files != before.files
    assert cache.misses["run"] == 1
    assert (cache.hits["yaml"], cache.misses["yaml"]) == (LIBREAUTH_FILES - 1, 1)
    assert cache.hits["black"] > 0, "Python whose source did not change is not formatted again"


def test_a_server_url_is_part_of_the_key(minimal_specs: Path, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    default = generate(minimal_specs, cache=cache)
    urls = {"shop": "http://127.0.0.1:9/api"}
    moved = generate(minimal_specs, server_urls=urls, cache=cache)
    assert moved == generate(minimal_specs, server_urls=urls)
    assert moved.files != default.files


def _break(specs: Path) -> None:
    """Two mistakes the schema finds, one per file."""
    items = specs / "shop" / "items.yaml"
    items.write_text(
        items.read_text().replace(
            "    description: One item.\n", "    description: One item.\n    colour: red\n"
        )
    )
    api = specs / "shop" / "api.yaml"
    api.write_text(api.read_text().replace("  env_prefix: SHOP\n", "  env_prefx: SHOP\n"))


def test_errors_in_cached_files_keep_their_places(minimal_specs: Path) -> None:
    _break(minimal_specs)
    runs = [
        _run("validate", "--no-cache", "--specs", str(minimal_specs)),
        _run("validate", "--specs", str(minimal_specs)),
        _run("validate", "--specs", str(minimal_specs)),
    ]
    cache_root = minimal_specs.parent / ".apigen-cache"
    assert len(_entries(cache_root, "yaml")) == 2, "both files read cleanly: the last run used them"
    for code, output in runs:
        assert code == 1
        assert output == runs[0][1]
    assert "api.yaml:11:3: client.env_prefx: unknown key (did you mean 'env_prefix'?)" in runs[0][1]
    assert "items.yaml:6:5: models.Item.colour: unknown key" in runs[0][1]


def test_a_cached_success_never_hides_a_later_error(minimal_specs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _run("generate", "--specs", str(minimal_specs), "--out", str(out))[0] == 0
    good = _tree(out)
    originals = {p: p.read_bytes() for p in (minimal_specs / "shop").iterdir()}
    _break(minimal_specs)
    code, output = _run("generate", "--specs", str(minimal_specs), "--out", str(out))
    assert code == 1
    assert "items.yaml:6:5: models.Item.colour: unknown key" in output
    assert _run("check", "--specs", str(minimal_specs), "--out", str(out))[0] == 1
    for path, content in originals.items():
        path.write_bytes(content)
    assert _run("check", "--specs", str(minimal_specs), "--out", str(out))[0] == 0
    assert _tree(out) == good


def test_a_file_with_yaml_errors_is_never_stored(minimal_specs: Path) -> None:
    items = minimal_specs / "shop" / "items.yaml"
    items.write_text(items.read_text().replace("group: items\n", "group: items\ngroup: again\n"))
    outputs = [_run("validate", "--specs", str(minimal_specs)) for _ in range(2)]
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 1 and "items.yaml:2:1: YAML syntax error" in outputs[0][1]
    cache_root = minimal_specs.parent / ".apigen-cache"
    assert len(_entries(cache_root, "yaml")) == 1, "api.yaml only"


def test_unreadable_entries_are_misses(minimal_specs: Path, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    expected = generate(minimal_specs, cache=cache)
    entries = [p for kind in ("run", "yaml", "black") for p in _entries(tmp_path / "cache", kind)]
    assert len(entries) >= 3
    for index, path in enumerate(entries):
        path.write_bytes([b"", b"garbage", path.read_bytes()[:-7]][index % 3])
    again = Cache(tmp_path / "cache")
    assert generate(minimal_specs, cache=again) == expected
    assert sum(again.hits.values()) == 0


def test_concurrent_runs_share_one_cache(minimal_specs: Path, tmp_path: Path) -> None:
    env = {**os.environ, "APIGEN_CACHE_DIR": str(tmp_path / "shared")}
    outs = [tmp_path / f"out{i}" for i in range(4)]
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                "--specs",
                str(minimal_specs),
                "--out",
                str(out),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for out in outs
    ]
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err.decode()
    assert not list((tmp_path / "shared" / "run").glob(".tmp-*")), "no partial entries left"
    plain = generate(minimal_specs).files
    for out in outs:
        assert _tree(out) == plain
    assert not (tmp_path / ".apigen-cache").exists(), "APIGEN_CACHE_DIR is used instead"


def test_the_fingerprint_follows_files_versions_and_python(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "python").mkdir(parents=True)
    (templates / "python" / "a.j2").write_text("{{ x }}\n")
    versions = {"black": "1.0"}
    base = digest_of([templates], versions, "3.11")
    assert digest_of([templates], versions, "3.11") == base
    assert digest_of([templates], {"black": "1.1"}, "3.11") != base
    assert digest_of([templates], versions, "3.12") != base
    (templates / "python" / "a.j2").write_text("{{ x }} \n")
    edited = digest_of([templates], versions, "3.11")
    assert edited != base
    (templates / "python" / "a.j2").rename(templates / "python" / "b.j2")
    assert digest_of([templates], versions, "3.11") not in (base, edited)


def test_package_versions_are_the_installed_ones() -> None:
    found = package_versions()
    assert found["black"] == black.__version__
    assert found["pydantic"] == pydantic.VERSION
    assert sorted(found) == [
        "black",
        "jinja2",
        "markupsafe",
        "pydantic",
        "pydantic_core",
        "ruamel_yaml",
    ]
