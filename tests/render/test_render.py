"""Rendering failures name the template and the output file; undefined names are errors."""

from __future__ import annotations

import pytest

from generator.errors import GeneratorError
from generator.render import environment
from generator.render.formatting import format_python


def test_black_failure_names_template_and_output() -> None:
    with pytest.raises(GeneratorError) as caught:
        format_python(
            "def broken(:\n", template="python/_models.py.j2", output="python/x/_models.py"
        )
    message = str(caught.value)
    assert "python/x/_models.py" in message and "python/_models.py.j2" in message


def test_an_undefined_name_in_a_template_is_an_error_not_an_empty_string(
    tmp_path, monkeypatch
) -> None:
    (tmp_path / "t.j2").write_text("value: {{ missing.attribute }}\n")
    monkeypatch.setattr(environment, "TEMPLATES", tmp_path)
    environment.environment.cache_clear()
    try:
        with pytest.raises(GeneratorError, match=r"template t.j2.*'missing' is undefined"):
            environment.render("t.j2")
    finally:
        environment.environment.cache_clear()


def test_python_string_filter_round_trips_hostile_text() -> None:
    hostile = "a'b\"c\\d\n\t${x}#{y}\x00é"
    assert eval(environment.FILTERS["py_str"](hostile)) == hostile


@pytest.mark.parametrize("text", ['ends with a quote"', 'has """ inside', "back\\slash", "x\\"])
def test_docstring_filter_keeps_the_docstring_closed(text: str) -> None:
    source = f'"""{environment.FILTERS["py_doc"](text)}"""'
    assert eval(source) == text
