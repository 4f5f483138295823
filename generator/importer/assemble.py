"""The draft spec of one API: `api.yaml` and one file per group, as YAML text.

Endpoints are grouped by their first tag (our export's tags say which group,
or the client itself), in the order the tags list them, else the document's.
Defaults are chosen so the draft says each thing once: the dispatch path and
method, and the most common body encoding.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap

from generator.importer.context import SCHEMAS, Context, cmap, flow
from generator.importer.document import Document, child
from generator.importer.errors import ImportFailed
from generator.importer.examples import fill_field, fill_model, made_up
from generator.importer.naming import is_model_name, pascal, unique, unique_model
from generator.importer.operations import Imported, Operations
from generator.importer.schemas import Types
from generator.importer.security import Security, commented
from generator.importer.servers import Servers
from generator.importer.yamltext import dump_spec
from generator.ir.names import Name
from generator.spec.models import LANGUAGES
from generator.targets.openapi import extensions as x

API_HEADER = "# yaml-language-server: $schema=../../generated/schema/api.schema.json\n"
GROUP_HEADER = "# yaml-language-server: $schema=../../generated/schema/group.schema.json\n"
ROOT_FILE = "client"


@dataclass(frozen=True)
class Draft:
    files: dict[str, str]
    """File name -> YAML text."""
    endpoints: int
    guesses: int
    """How many places carry a `guessed:` comment."""


def import_document(data: dict[str, Any], api_name: str) -> Draft:
    """The draft spec of the API an OpenAPI document describes; every problem raised at once."""
    ctx = Context(Document(data))
    types = Types(ctx)
    models = _models(ctx, types)
    servers = Servers(ctx)
    ctx.attempt(servers.read)
    security = Security(ctx, types)
    ctx.attempt(security.read)
    api_security = _api_security(ctx, security)
    operations = Operations(ctx, types, security, servers)
    operations.api_security = api_security
    imported = operations.read()
    if ctx.problems:
        raise ImportFailed(ctx.problems)

    defaults = _defaults(operations, imported)
    groups = _groups(ctx, operations, imported)
    for model in models.values():
        fill_model(ctx, model, models)
    for option in security.options.values():
        fill_field(ctx, option, models)
    for entries in groups.values():
        for entry in entries:
            _fill_endpoint(ctx, entry.node, models)

    api = _api_file(ctx, api_name, servers, security, api_security, defaults, operations, models)
    files = {"api.yaml": api}
    names = _file_names(groups)
    group_nodes = {}
    for group, entries in groups.items():
        node = CommentedMap()
        if group is not None:
            node["group"] = group
        node["description"] = _group_description(ctx, operations, group, node)
        node["endpoints"] = CommentedMap((e.key, e.node) for e in entries)
        group_nodes[names[group]] = node
    ctx.apply_notes()
    guesses = sum(len(t) for _, keys in ctx.notes.values() for t in keys.values())
    texts = {"api.yaml": API_HEADER + dump_spec(files["api.yaml"])}
    for name, node in group_nodes.items():
        texts[f"{name}.yaml"] = GROUP_HEADER + dump_spec(node)
    return Draft(texts, len(imported), guesses)


# parts ---------------------------------------------------------------------


def _models(ctx: Context, types: Types) -> CommentedMap:
    schemas = (ctx.doc.data.get("components") or {}).get("schemas") or {}
    taken: set[str] = set()
    renamed = {}
    for name in schemas:
        pointer = child(SCHEMAS.rstrip("/"), name)
        wanted = str(name) if is_model_name(str(name)) else pascal(str(name))
        ctx.models[pointer] = unique_model(wanted, taken)
        if ctx.models[pointer] != name:
            renamed[ctx.models[pointer]] = name
    out = CommentedMap()
    for pointer, name in ctx.models.items():
        model = ctx.attempt(types.model, pointer)
        if model is not None:
            out[name] = model
            if name in renamed:
                ctx.note(out, name, f"schema {renamed[name]!r} renamed")
    return out


def _api_security(ctx: Context, security: Security) -> list[str]:
    declared = ctx.ext(x.SECURITY)
    if isinstance(declared, list):
        return [str(s) for s in declared]
    found = ctx.attempt(lambda: security.requirement(ctx.doc.data.get("security"), "/security"))
    return found or []


def _defaults(operations: Operations, imported: list[Imported]) -> CommentedMap:
    """Defaults that say the common thing once; endpoints keep only what differs."""
    defaults = CommentedMap()
    dispatched = [e for e in imported if e.dispatched]
    if dispatched:
        method = Counter(e.method for e in dispatched).most_common(1)[0][0]
        defaults["method"] = method
        defaults["path"] = str((operations.dispatch or {}).get("path"))
        for entry in dispatched:
            if entry.node.get("method") == method:
                del entry.node["method"]
    encodings = Counter(e.encoding for e in imported if e.encoding != "none")
    if encodings:
        defaults["encoding"] = encodings.most_common(1)[0][0]
    for entry in imported:
        derived = (
            defaults.get("encoding", "json")
            if entry.body_values and entry.method not in ("GET", "HEAD")
            else "none"
        )
        if entry.encoding != derived and "encoding" not in entry.node:
            _insert_after(
                entry.node, ("path", "method", "action", "description"), "encoding", entry.encoding
            )
    return defaults


def _insert_after(node: CommentedMap, keys: tuple[str, ...], key: str, value: Any) -> None:
    for anchor in keys:
        if anchor in node:
            node.insert(list(node).index(anchor) + 1, key, value)
            return
    node[key] = value


def _groups(
    ctx: Context, operations: Operations, imported: list[Imported]
) -> dict[str | None, list[Imported]]:
    groups: dict[str | None, list[Imported]] = {}
    for entry in imported:
        groups.setdefault(entry.group, []).append(entry)
    order = {
        operations.tag_group(name): t.get(x.ENDPOINTS) or [] for name, t in operations.tags.items()
    }
    root_names = set()
    for group, entries in groups.items():
        listed = order.get(group) or []
        if listed:
            rank = {str(op): i for i, op in enumerate(listed)}
            entries.sort(key=lambda e: rank.get(str(e.operation_id), len(rank)))
        taken: set[str] = set()
        for entry in entries:
            py = unique(Name.of(entry.key).py, taken)
            if py != Name.of(entry.key).py:
                entry.key = py
                ctx.note(entry.node, "summary", f"renamed to {py}: another endpoint had the name")
        if group is None:
            root_names = {Name.of(e.key).py for e in entries}
    renamed: dict[str | None, list[Imported]] = {}
    for group, entries in groups.items():
        if group is not None and Name.of(group).py in root_names:
            new = f"{group}_api"
            for entry in entries:
                entry.group = new
                ctx.note(
                    entry.node,
                    "summary",
                    f"group {group} renamed {new}: a client method has its name",
                )
            renamed[new] = entries
        else:
            renamed[group] = entries
    return renamed


def _file_names(groups: dict[str | None, list[Imported]]) -> dict[str | None, str]:
    names: dict[str | None, str] = {g: g for g in groups if g is not None}
    root = ROOT_FILE
    while root in names.values() or root == "api":
        root += "_methods"
    names[None] = root
    return names


def _group_description(
    ctx: Context, operations: Operations, group: str | None, node: CommentedMap
) -> str:
    for name, tag in operations.tags.items():
        if operations.tag_group(name) == group and tag.get("description"):
            return str(tag["description"]).strip()
    ctx.note(node, "description", "no tag description in the document")
    return "Methods on the client itself." if group is None else f"The {group} endpoints."


def _fill_endpoint(ctx: Context, node: CommentedMap, models: CommentedMap) -> None:
    for kind in ("params", "body"):
        for field in (node.get(kind) or {}).values():
            fill_field(ctx, field, models)
    for response in (node.get("responses") or {}).values():
        for header in (response.get("headers") or {}).values():
            fill_field(ctx, header, models)
        if response.get("content", "json") != "none" and "example" not in response:
            body = response.get("body")
            value = made_up(body, models) if body is not None else {}
            response["example"] = [value] if response.get("content") == "event-stream" else value
            ctx.note(response, "example", "no example in the document")


def _api_file(
    ctx: Context,
    api_name: str,
    servers: Servers,
    security: Security,
    api_security: list[str],
    defaults: CommentedMap,
    operations: Operations,
    models: CommentedMap,
) -> CommentedMap:
    info = ctx.doc.data.get("info") or {}
    api = CommentedMap()
    api["name"] = api_name
    api["title"] = str(info.get("title") or api_name).strip()
    api["version"] = str(info.get("version") or "1.0")
    api["description"] = str(info.get("description") or "").strip() or api["title"]
    if not str(info.get("description") or "").strip():
        ctx.note(api, "description", "no description in the document")
    docs = (ctx.doc.data.get("externalDocs") or {}).get("url")
    if docs:
        api["docs_url"] = str(docs)
    api["servers"] = servers.servers
    api["client"] = _client(ctx, api_name, security)
    if security.auth:
        api["auth"] = security.auth
    if api_security:
        api["security"] = flow(api_security)
    if defaults:
        api["defaults"] = defaults
    dispatch = operations.dispatch
    if dispatch is not None:
        api["dispatch"] = cmap(
            ("field", dispatch.get("field")), ("description", dispatch.get("description"))
        )
    for key, ext in (("errors", x.ERRORS), ("response_signature", x.RESPONSE_SIGNATURE)):
        value = ctx.ext(ext)
        if isinstance(value, dict):
            api[key] = commented(value)
    if models:
        api["models"] = models
    samples = ctx.ext(x.SAMPLES)
    if isinstance(samples, dict):
        api["samples"] = commented(samples)
    else:
        api["samples"] = cmap(("languages", flow(list(LANGUAGES))))
        ctx.note(api, "samples", "every language")
    return api


def _client(ctx: Context, api_name: str, security: Security) -> CommentedMap:
    declared = ctx.ext(x.CLIENT)
    client = CommentedMap()
    if isinstance(declared, dict) and declared.get("class_name"):
        client["class_name"] = declared["class_name"]
        client["env_prefix"] = declared.get("env_prefix", api_name.upper())
    else:
        client["class_name"] = pascal(api_name, "Api")
        client["env_prefix"] = api_name.upper()
        ctx.note(client, "class_name", "from the API's name")
    if security.options:
        client["options"] = security.options
    return client
