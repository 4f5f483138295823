"""Names split into words once, so every target can spell them its own way."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+[a-z]*")


def split_words(text: str) -> tuple[str, ...]:
    """Split `sessionJwt`, `session_jwt`, `neptun-session`, `2faenable` into lowercase words."""
    return tuple(w.lower() for w in _WORD.findall(text))


@dataclass(frozen=True)
class Name:
    """A name as written in the spec (`wire`) and as words for code."""

    wire: str
    words: tuple[str, ...]

    @classmethod
    def of(cls, wire: str) -> Name:
        return cls(wire=wire, words=split_words(wire) or ("value",))

    @property
    def snake(self) -> str:
        text = "_".join(self.words)
        return f"_{text}" if text[0].isdigit() else text

    @property
    def camel(self) -> str:
        first, *rest = self.words
        text = first + "".join(w.capitalize() for w in rest)
        return f"_{text}" if text[0].isdigit() else text

    @property
    def pascal(self) -> str:
        text = "".join(w.capitalize() for w in self.words)
        return f"_{text}" if text[0].isdigit() else text

    @property
    def kebab(self) -> str:
        return "-".join(self.words)

    @property
    def upper(self) -> str:
        return self.snake.upper()

    @property
    def py(self) -> str:
        """The Python identifier: snake case, with a trailing underscore on keywords."""
        text = self.snake
        return f"{text}_" if keyword.iskeyword(text) or keyword.issoftkeyword(text) else text

    def __str__(self) -> str:
        return self.wire
