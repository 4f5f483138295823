"""Security schemes as auth schemes, and the client options that feed them.

A document written by our export carries every scheme whole in
`x-apigen-auth` (and the options in `x-apigen-client`); those are taken as
they are. Otherwise each security scheme becomes one auth scheme: an `apiKey`
is a value a client option supplies (`credentials`), `http` bearer, OAuth 2
and OpenID Connect are bearer tokens from an option. Basic auth and mutual
TLS have no word in the spec format and are problems.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap

from generator.importer.context import Context, cmap, flow
from generator.importer.document import child
from generator.importer.errors import ImportFailed, Problem
from generator.importer.naming import is_wire_name, snake, unique
from generator.importer.schemas import Types
from generator.targets.openapi import extensions as x

BEARER_LIKE = ("oauth2", "openIdConnect")


class Security:
    def __init__(self, ctx: Context, types: Types) -> None:
        self.ctx = ctx
        self.types = types
        self.options = CommentedMap()
        self.auth = CommentedMap()
        self.native: dict[str, str] = {}
        """OpenAPI security scheme name -> auth scheme name."""

    def read(self) -> None:
        client = self.ctx.ext(x.CLIENT)
        if isinstance(client, dict) and isinstance(client.get("options"), dict):
            options = client["options"]
            self.options = self.types.fields(options, f"/{x.CLIENT}/options")
        defined = self.ctx.ext(x.AUTH)
        if isinstance(defined, dict):
            for name, scheme in defined.items():
                self.auth[name] = commented(scheme)
            return
        schemes = (self.ctx.doc.data.get("components") or {}).get("securitySchemes") or {}
        taken_schemes: set[str] = set()
        taken_options: set[str] = set(self.options)
        for name, raw in schemes.items():
            pointer = child("/components/securitySchemes", name)
            key = unique(snake(name), taken_schemes)
            converted = self.ctx.attempt(self._scheme, raw, pointer, taken_options)
            if converted is None:
                continue
            self.auth[key] = converted
            self.native[name] = key
            if key != name:
                self.ctx.note(self.auth, key, f"security scheme {name!r} renamed")

    def _scheme(self, raw: Any, pointer: str, taken: set[str]) -> CommentedMap:
        scheme, pointer = self.ctx.doc.resolve(raw, pointer)
        if not isinstance(scheme, dict):
            raise ImportFailed([Problem(pointer, "a security scheme must be a mapping")])
        kind = scheme.get("type")
        description = str(scheme.get("description") or "").strip()
        if kind == "apiKey":
            where, name = scheme.get("in"), str(scheme.get("name", ""))
            if where not in ("header", "query", "cookie") or not is_wire_name(name):
                raise ImportFailed(
                    [Problem(pointer, f"an apiKey in {where!r} named {name!r} cannot be expressed")]
                )
            option = self._option(snake(name), taken, f"Value of the `{name}` {where}")
            out = cmap(
                ("type", "credentials"),
                ("description", description or f"`{name}` sent in the {where}."),
            )
            out["send"] = [cmap(("option", option), ("in", where), ("name", name))]
            self.ctx.note(out, "type", f"the {where} value comes from the client option {option!r}")
            return out
        if (
            kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer"
        ) or kind in BEARER_LIKE:
            option = self._option("access_token", taken, "Access token, sent as a bearer token")
            out = cmap(
                ("type", "bearer"),
                ("description", description or "`Authorization: Bearer <token>`."),
                ("option", option),
            )
            if kind in BEARER_LIKE:
                self.ctx.note(out, "type", f"{kind}: the token it grants is sent as a bearer token")
            return out
        what = f"http {scheme.get('scheme')}" if kind == "http" else str(kind)
        raise ImportFailed([Problem(pointer, f"{what} authentication cannot be expressed")])

    def _option(self, name: str, taken: set[str], description: str) -> str:
        option = unique(name if name != "base_url" else "base_url_value", taken)
        node = cmap(
            ("type", "string"),
            ("description", description),
            ("secret", True),
            ("example", f"your_{option}"),
        )
        self.ctx.note(node, "example", "a placeholder")
        self.options[option] = node
        return option

    def requirement(self, requirements: Any, pointer: str) -> list[str] | None:
        """Auth scheme names for an OpenAPI security requirement list (the first alternative)."""
        if not isinstance(requirements, list):
            return None
        if not requirements:
            return []
        first = requirements[0]
        if not isinstance(first, dict):
            raise ImportFailed(
                [Problem(child(pointer, 0), "a security requirement must be a mapping")]
            )
        names = []
        for name in first:
            if name not in self.native:
                raise ImportFailed(
                    [Problem(child(pointer, 0), f"unknown or unusable security scheme {name!r}")]
                )
            names.append(self.native[name])
        return names


def commented(value: Any) -> Any:
    """Plain data as ruamel nodes (so comments can hang on them), short lists on one line."""
    if isinstance(value, dict):
        return cmap(*((k, commented(v)) for k, v in value.items()))
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return flow(list(value))
        return [commented(v) for v in value]
    return value
