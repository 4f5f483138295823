"""Servers by name: the document's, then those only some operations use."""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.comments import CommentedMap

from generator.importer.context import Context, cmap
from generator.importer.document import child
from generator.importer.naming import snake, unique
from generator.targets.openapi import extensions as x

PLACEHOLDER_HOST = "https://api.example.com"
_VARIABLE = re.compile(r"\{([^{}]+)\}")
_ABSOLUTE = re.compile(r"^https?://[^\s/]+(/[^\s]*)?$")


class Servers:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.servers = CommentedMap()
        self._by_url: dict[str, str] = {}

    def read(self) -> None:
        for index, server in enumerate(self.ctx.doc.data.get("servers") or []):
            self.name_of(server, child("/servers", index))
        if not self.servers:
            self.servers["production"] = cmap(
                ("url", PLACEHOLDER_HOST), ("description", "The API's server")
            )
            self._by_url[PLACEHOLDER_HOST] = "production"
            self.ctx.note(self.servers, "production", "the document names no server")

    @property
    def default(self) -> str:
        return str(next(iter(self.servers)))

    def name_of(self, server: Any, pointer: str) -> str:
        """The name of a server object, adding it to the API's servers when new."""
        server, pointer = self.ctx.doc.resolve(server, pointer)
        if not isinstance(server, dict):
            server = {}
        url, guessed = self._url(server)
        known = self._by_url.get(url)
        wanted = server.get(x.NAME)
        if known is not None and (wanted is None or wanted == known):
            return known
        description = str(server.get("description") or "").strip()
        name = unique(
            str(wanted) if wanted else snake(" ".join(description.split()[:3]), "server"),
            set(self.servers),
        )
        node = cmap(("url", url), ("description", description or f"Server at {url}"))
        if guessed:
            self.ctx.note(node, "url", guessed)
        self.servers[name] = node
        self._by_url.setdefault(url, name)
        if not wanted:
            self.ctx.note(self.servers, name, "server name made from its description")
        return name

    def _url(self, server: dict[str, Any]) -> tuple[str, str | None]:
        url = str(server.get("url") or "/")
        notes = []
        variables = server.get("variables") or {}
        if _VARIABLE.search(url):
            url = _VARIABLE.sub(
                lambda m: str((variables.get(m.group(1)) or {}).get("default", m.group(1))), url
            )
            notes.append("variables replaced by their defaults")
        if not _ABSOLUTE.match(url):
            url = PLACEHOLDER_HOST + "/" + url.lstrip("/")
            notes.append("a relative URL, put under a placeholder host")
        return url.rstrip("/") or url, "; ".join(notes) or None
