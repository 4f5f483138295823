"""Reading YAML: places for every key, and hostile documents refused with a place."""

from __future__ import annotations

from pathlib import Path

from generator.spec.yamlfile import MAX_NODES, read_yaml


def _read(tmp_path: Path, text: str) -> tuple[object, list[str]]:
    path = tmp_path / "x.yaml"
    path.write_text(text)
    doc, errors = read_yaml(path, "x.yaml")
    return (doc.data if doc else None), [str(e) for e in errors]


def test_positions_are_one_based_and_point_at_keys(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a:\n  b: 1\n  c: [1, 2]\n")
    doc, errors = read_yaml(path, "x.yaml")
    assert errors == [] and doc is not None
    assert doc.positions[("a",)] == (1, 1)
    assert doc.positions[("a", "b")] == (2, 3)
    assert doc.positions[("a", "c", 1)] == (3, 10)
    assert str(doc.locate(("a", "b", "missing"))) == "x.yaml:2:3"


def test_merge_keys_load_like_plain_keys(tmp_path: Path) -> None:
    data, errors = _read(tmp_path, "base: &b {x: 1}\nmore:\n  <<: *b\n  y: 2\n")
    assert errors == []
    assert data == {"base": {"x": 1}, "more": {"x": 1, "y": 2}}


def test_an_alias_bomb_is_refused_not_expanded(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 8):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 10)}]")
    data, errors = _read(tmp_path, "\n".join(lines) + "\n")
    assert data is None
    assert errors == [f"x.yaml: document expands to more than {MAX_NODES} nodes (aliases?)"]


def test_integer_keys_become_text(tmp_path: Path) -> None:
    data, errors = _read(tmp_path, "200: ok\n'404': missing\n")
    assert errors == [] and data == {"200": "ok", "404": "missing"}
