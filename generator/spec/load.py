"""Find, parse and validate the spec files of each API, collecting every error."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from generator.cache.specfiles import read_yaml
from generator.errors import Location, SpecError, SpecErrors
from generator.spec.checks import check_api
from generator.spec.models import ApiFile, GroupFile
from generator.spec.yamlfile import KeyPath, YamlDocument

API_FILE = "api.yaml"

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class GroupSource:
    model: GroupFile
    doc: YamlDocument


@dataclass(frozen=True)
class ApiSource:
    """One API's validated spec files, with their documents for locating errors."""

    model: ApiFile
    doc: YamlDocument
    groups: tuple[GroupSource, ...]


def display_path(path: Path) -> str:
    """The path as a user would type it: relative to the working directory when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path.resolve()) if relative.startswith("..") else relative


def _data_path(data: Any, loc: tuple[int | str, ...]) -> KeyPath:
    """Turn pydantic's `loc` into the key path present in the data.

    pydantic inserts union tags and `[key]` markers that are not keys of the
    document; the last element stays even when missing, so `Field required`
    names the missing key.
    """
    path: list[str | int] = []
    node = data
    for index, part in enumerate(loc):
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            path.append(part)
            node = node[part]
        elif index == len(loc) - 1 and part != "[key]":
            path.append(part)
    return tuple(path)


def _message(error: Any) -> str:
    kind = error["type"]
    msg = str(error["msg"])
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    if kind == "string_pattern_mismatch":
        if "[key]" in error["loc"]:
            return f"name {error['input']!r} is not allowed here: {msg.lower()}"
        return f"{error['input']!r} does not match {error['ctx']['pattern']!r}"
    return msg


def validate_document(doc: YamlDocument, model: type[M]) -> tuple[M | None, list[SpecError]]:
    """Validate a document against a spec model; errors carry their places."""
    if not isinstance(doc.data, dict):
        return None, [SpecError(doc.locate(()), "", "the file must hold a mapping of keys")]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        found = [(error, _data_path(doc.data, error["loc"])) for error in exc.errors()]
        missing = {path: error for error, path in found if error["type"] == "missing"}
        errors = []
        for error, path in found:
            message = _message(error)
            if error["type"] == "extra_forbidden" and path:
                near = [m[-1] for m in missing if m[:-1] == path[:-1]]
                match = difflib.get_close_matches(str(path[-1]), [str(n) for n in near], n=1)
                if match:
                    message += f" (did you mean {match[0]!r}?)"
            errors.append(SpecError(doc.locate(path), ".".join(str(p) for p in path), message))
        return None, errors


def _load_api(folder: Path) -> tuple[ApiSource | None, list[SpecError]]:
    errors: list[SpecError] = []
    api_path = folder / API_FILE
    api_doc, found = read_yaml(api_path, display_path(api_path))
    errors += found
    api_model = None
    if api_doc is not None:
        api_model, found = validate_document(api_doc, ApiFile)
        errors += found
        if api_model is not None and api_model.name != folder.name:
            errors.append(
                SpecError(
                    api_doc.locate(("name",)),
                    "name",
                    f"API name {api_model.name!r} must match its folder {folder.name!r}",
                )
            )
    groups: list[GroupSource] = []
    for path in sorted(folder.iterdir()):
        if path.name == API_FILE or path.name.startswith("."):
            continue
        if path.suffix == ".yml":
            errors.append(SpecError(Location(display_path(path)), "", "name spec files *.yaml"))
            continue
        if path.suffix != ".yaml" or not path.is_file():
            continue
        doc, found = read_yaml(path, display_path(path))
        errors += found
        if doc is None:
            continue
        group, found = validate_document(doc, GroupFile)
        errors += found
        if group is not None:
            groups.append(GroupSource(group, doc))
    if api_model is None or api_doc is None or errors:
        return None, errors
    source = ApiSource(api_model, api_doc, tuple(groups))
    return source, check_api(source)


def api_folders(specs_dir: Path) -> list[Path]:
    return sorted(p for p in specs_dir.iterdir() if p.is_dir() and not p.name.startswith("."))


def load_specs(specs_dir: Path, only: tuple[str, ...] = ()) -> list[ApiSource]:
    """Load every API under `specs_dir` (or those named in `only`); raise all errors at once."""
    errors: list[SpecError] = []
    folders = api_folders(specs_dir) if specs_dir.is_dir() else []
    if not folders:
        raise SpecErrors([SpecError(Location(display_path(specs_dir)), "", "no API folders found")])
    known = {f.name for f in folders}
    for name in only:
        if name not in known:
            raise SpecErrors(
                [
                    SpecError(
                        Location(display_path(specs_dir)),
                        "",
                        f"no API named {name!r}; known: {', '.join(sorted(known))}",
                    )
                ]
            )
    sources = []
    for folder in folders:
        if only and folder.name not in only:
            continue
        if not (folder / API_FILE).is_file():
            errors.append(
                SpecError(Location(display_path(folder)), "", f"an API folder needs {API_FILE}")
            )
            continue
        source, found = _load_api(folder)
        errors += found
        if source is not None:
            sources.append(source)
    if errors:
        raise SpecErrors(errors)
    return sources
