"""Names the spec format accepts, made from the names an OpenAPI document uses."""

from __future__ import annotations

import keyword
import re

from generator.ir.names import split_words
from generator.spec.models import IDENTIFIER, LOWER_IDENTIFIER, MODEL_NAME, WIRE_NAME


def is_identifier(text: str) -> bool:
    return re.match(IDENTIFIER, text) is not None


def is_lower_identifier(text: str) -> bool:
    return re.match(LOWER_IDENTIFIER, text) is not None


def is_model_name(text: str) -> bool:
    return re.match(MODEL_NAME, text) is not None


def is_wire_name(text: str) -> bool:
    return re.match(WIRE_NAME, text) is not None


def snake(text: str, fallback: str = "value") -> str:
    """`getPetById` -> `get_pet_by_id`, `User Routes` -> `user_routes`; never starts with a digit."""
    words = split_words(text) or (fallback,)
    name = "_".join(words)
    return f"n_{name}" if name[0].isdigit() else name


def pascal(text: str, fallback: str = "Model") -> str:
    """`pet_status` -> `PetStatus`: a model name (letters and digits, leading capital)."""
    name = "".join(w.capitalize() for w in split_words(text)) or fallback
    return name if re.match(MODEL_NAME, name) else f"{fallback}{name}"


def unique(name: str, taken: set[str]) -> str:
    """`name`, or `name_2`, `name_3`...: the first not in `taken` (which it joins)."""
    candidate, index = name, 2
    while candidate in taken or keyword.iskeyword(candidate):
        candidate = f"{name}_{index}"
        index += 1
    taken.add(candidate)
    return candidate


def unique_model(name: str, taken: set[str]) -> str:
    candidate, index = name, 2
    while candidate in taken:
        candidate = f"{name}{index}"
        index += 1
    taken.add(candidate)
    return candidate
