"""State shared while one document is imported: the document, guesses, problems, names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.importer.document import Document
from generator.importer.errors import ImportFailed, Problem
from generator.targets.openapi import extensions as x

T = TypeVar("T")

SCHEMAS = "/components/schemas/"


class Context:
    def __init__(self, document: Document) -> None:
        self.doc = document
        self.problems: list[Problem] = []
        self.notes: dict[int, tuple[CommentedMap, dict[str, list[str]]]] = {}
        self.models: dict[str, str] = {}
        """Component schema pointer -> model name."""
        self.apigen = x.CLIENT in document.data
        """Written by our own export: its conventions are facts, not guesses."""

    def ext(self, key: str) -> Any:
        return self.doc.data.get(key)

    # guesses and problems ------------------------------------------------------

    def note(self, node: CommentedMap, key: str, text: str) -> None:
        """Say, in a comment on `key`'s line, what the importer had to guess."""
        entry = self.notes.setdefault(id(node), (node, {}))
        texts = entry[1].setdefault(key, [])
        if text not in texts:
            texts.append(text)

    def apply_notes(self) -> None:
        for node, keys in self.notes.values():
            placed: dict[str, list[str]] = {}
            for key, texts in keys.items():
                place = key if key in node else next(iter(node), None)
                if place is not None:
                    placed.setdefault(place, []).extend(texts)
            for place, texts in placed.items():
                node.yaml_add_eol_comment("# guessed: " + "; ".join(texts), place, column=0)

    def problem(self, pointer: str, message: str) -> None:
        self.problems.append(Problem(pointer, message))

    def attempt(self, action: Callable[..., T], *args: Any) -> T | None:
        """Run one part of the import; its problems are kept and the rest goes on."""
        try:
            return action(*args)
        except ImportFailed as failed:
            self.problems += failed.problems
            return None

    # models ----------------------------------------------------------------

    def model_at(self, pointer: str) -> str | None:
        """The model standing for a component schema, if the pointer names one."""
        return self.models.get(pointer)


def cmap(*pairs: tuple[str, Any]) -> CommentedMap:
    node = CommentedMap()
    for key, value in pairs:
        node[key] = value
    return node


def flow(items: list[Any]) -> CommentedSeq:
    """A short list of scalars, written on one line."""
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq
