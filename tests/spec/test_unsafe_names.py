"""Names that would leave the output folder, or that no language can spell, are located errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SpecErrors
from generator.pipeline import generate


@pytest.mark.parametrize(
    ("file", "old", "new", "where"),
    [
        ("items.yaml", "group: items", "group: ../items", "items.yaml:1:1: group"),
        ("items.yaml", "group: items", "group: /etc", "items.yaml:1:1: group"),
        (
            "items.yaml",
            "  get_item:",
            "  ../../get_item:",
            "items.yaml:17:3: endpoints.../../get_item",
        ),
        ("items.yaml", "  get_item:", "  /abs/path:", "items.yaml:17:3: endpoints./abs/path"),
        ("items.yaml", "  get_item:", "  'get item':", "items.yaml:17:3: endpoints.get item"),
        ("items.yaml", "  Item:", "  ../Item:", "items.yaml:4:3: models.../Item"),
        ("api.yaml", "name: shop", "name: ../shop", "api.yaml:1:1: name"),
        ("api.yaml", "  main:", "  ../main:", "api.yaml:6:3: servers.../main"),
    ],
)
def test_a_name_that_could_escape_the_output_folder_is_rejected_with_its_place(
    minimal_specs: Path, file: str, old: str, new: str, where: str
) -> None:
    path = minimal_specs / "shop" / file
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(SpecErrors) as caught:
        generate(minimal_specs)
    messages = [str(e) for e in caught.value.errors]
    assert any(where in m for m in messages), messages
