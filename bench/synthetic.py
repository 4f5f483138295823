"""Synthetic APIs of any size, for the scale benchmarks.

`python -m bench.synthetic OUT_DIR 1000` writes `OUT_DIR/synth1000/` (an
`api.yaml` and one group file per ten endpoints). The mix is deterministic and
close to the project's own APIs: JSON and form bodies, path, query and header
parameters, models shared within a group, 204 answers, bearer auth with some
endpoints on an API key and some public, all nineteen sample languages.
"""

from __future__ import annotations

import argparse
from pathlib import Path

GROUP_SIZE = 10

LANGUAGES = (
    "shell, go, php, python, http, csharp, cpp, javascript, typescript, java, rust, "
    "ruby, perl, lua, react, vue, unity, wpf, vbnet"
)

API = """\
name: {name}
title: Synthetic API {endpoints}
version: "1.0"
description: A generated API of {endpoints} endpoints for the scale benchmarks.
docs_url: https://docs.synthetic.example.com
servers:
  production:
    url: https://api.synthetic.example.com/v1
    description: Production
  staging:
    url: https://staging.synthetic.example.com/v1
    description: Staging
client:
  class_name: Synth{endpoints}
  env_prefix: SYNTH{endpoints}
  options:
    access_token:
      type: string
      description: Bearer token of the account
      secret: true
      example: your_access_token
    api_key:
      type: string
      description: Key of the project, for the endpoints that take one
      secret: true
      example: your_api_key
auth:
  bearer:
    type: bearer
    description: "`Authorization: Bearer <access token>`."
    option: access_token
  key:
    type: credentials
    description: The project key, sent as the `x-api-key` header.
    send:
      - {{option: api_key, in: header, name: x-api-key}}
security: [bearer]
defaults:
  encoding: json
errors:
  shapes:
    - status: 4XX
      type: Error
      message: message
models:
  Error:
    description: The body of every error response.
    fields:
      code:
        type: integer
        description: HTTP status code
        example: 404
      message:
        type: string
        description: What went wrong
        example: Not found
  Message:
    description: A plain acknowledgement.
    fields:
      message:
        type: string
        description: Outcome of the call
        example: Done
samples:
  languages: [{languages}]
"""

MODEL = """\
  {model}:
    description: One {noun} of group {group}.
    fields:
      id:
        type: string
        pattern: ^[a-f0-9]{{24}}$
        description: Id of the {noun}
        example: 65fd937063a8b7d03408a1c1
      name:
        type: string
        min_length: 1
        max_length: 80
        description: Display name
        example: Example {noun}
      quantity:
        type: integer
        minimum: 0
        description: How many there are
        example: 3
      price:
        type: number
        description: Unit price
        example: 9.5
      active:
        type: boolean
        description: Whether it can be used
        example: true
      kind:
        type: string
        enum: [basic, premium]
        description: Tier
        example: basic
      tags:
        type: array
        items: {{type: string, description: One tag}}
        description: Free-form labels
        example: [red, large]
      owner:
        type: object
        description: Who owns it
        fields:
          email:
            type: string
            format: email
            description: Owner's e-mail address
            example: owner@example.com
          since:
            type: string
            format: date-time
            description: Owned since
            example: "2024-05-01T12:00:00Z"
      notes:
        type: string
        optional: true
        nullable: true
        description: Remarks, if any
        example: Handle with care
"""

EXAMPLE = (
    "{id: 65fd937063a8b7d03408a1c1, name: Example %s, quantity: 3, price: 9.5, active: true, "
    "kind: basic, tags: [red, large], "
    'owner: {email: owner@example.com, since: "2024-05-01T12:00:00Z"}}'
)

NOT_FOUND = """\
      404:
        description: No such {noun}
        example: {{code: 404, message: Not found}}
"""

ID_PARAM = """\
      itemId:
        in: path
        type: string
        pattern: ^[a-f0-9]{{24}}$
        description: Id of the {noun}
        example: 65fd937063a8b7d03408a1c1
"""

BODY_FIELDS = """\
      name:
        type: string
        min_length: 1
        max_length: 80
        description: Display name
        example: Example {noun}
      quantity:
        type: integer
        minimum: 0
        description: How many there are
        example: 3
      kind:
        type: string
        enum: [basic, premium]
        optional: true
        description: Tier
        example: basic
"""


def _endpoint(index: int, group: str, model: str, noun: str) -> str:
    """One endpoint; `index` picks its shape so every group holds the whole mix."""
    key = f"{('get', 'create', 'submit', 'update', 'delete', 'list')[index % 6]}_{noun}_{index}"
    shape = index % 6
    security = ""
    if index % 7 == 3:
        security = "    security: [key]\n"
    elif index % 11 == 5:
        security = "    security: []\n"
    head = (
        f"  {key}:\n    summary: {key.replace('_', ' ').capitalize()}\n"
        f"    description: Endpoint {index} of group {group}.\n{security}"
    )
    ok = (
        f"    responses:\n      200:\n        description: The {noun}\n"
        f"        body: {{type: {model}}}\n        example: {EXAMPLE % noun}\n"
    )
    if shape == 0:  # GET by id, with a query parameter
        return (
            head
            + f"    method: GET\n    path: /{group}/{noun}s/{{itemId}}/v{index}\n    params:\n"
            + ID_PARAM.format(noun=noun)
            + "      expand:\n        in: query\n        type: boolean\n        optional: true\n"
            + "        description: Include related records\n        example: false\n"
            + ok
            + NOT_FOUND.format(noun=noun)
        )
    if shape == 1:  # JSON body
        return (
            head
            + f"    method: POST\n    path: /{group}/{noun}s/v{index}\n    body:\n"
            + BODY_FIELDS.format(noun=noun)
            + "      tags:\n        type: array\n        items: {type: string, description: One tag}\n"
            + "        description: Free-form labels\n        example: [red]\n"
            + ok
        )
    if shape == 2:  # form body, a plain acknowledgement
        return (
            head
            + f"    method: POST\n    path: /{group}/{noun}s/v{index}/submit\n    encoding: form\n"
            + "    body:\n"
            + BODY_FIELDS.format(noun=noun)
            + "    responses:\n      200:\n        description: Accepted\n"
            + "        body: {type: Message}\n        example: {message: Done}\n"
        )
    if shape == 3:  # PUT with a path and a header parameter
        return (
            head
            + f"    method: PUT\n    path: /{group}/{noun}s/{{itemId}}/v{index}\n    params:\n"
            + ID_PARAM.format(noun=noun)
            + "      x-request-id:\n        in: header\n        type: string\n        format: uuid\n"
            + "        optional: true\n        description: Idempotency key\n"
            + "        example: 9f1c2b9e-1d2a-4c55-9a37-2f0e4a3c1b7d\n    body:\n"
            + BODY_FIELDS.format(noun=noun)
            + ok
            + NOT_FOUND.format(noun=noun)
        )
    if shape == 4:  # DELETE, 204
        return (
            head
            + f"    method: DELETE\n    path: /{group}/{noun}s/{{itemId}}/v{index}\n    params:\n"
            + ID_PARAM.format(noun=noun)
            + "    responses:\n      204:\n        description: Deleted\n        content: none\n"
            + NOT_FOUND.format(noun=noun)
        )
    return (  # a list with paging
        head
        + f"    method: GET\n    path: /{group}/{noun}s/v{index}\n    params:\n"
        + "      limit:\n        in: query\n        type: integer\n        minimum: 1\n"
        + "        maximum: 100\n        optional: true\n        default: 20\n"
        + "        description: Page size\n        example: 20\n"
        + "      cursor:\n        in: query\n        type: string\n        optional: true\n"
        + "        description: Where the page starts\n        example: abc123\n"
        + f"    responses:\n      200:\n        description: A page of {noun}s\n"
        + f"        body: {{type: array, items: {{type: {model}}}}}\n"
        + f"        example: [{EXAMPLE % noun}]\n"
    )


def write_api(specs_dir: Path, endpoints: int) -> Path:
    """Write the API `synth<endpoints>` under `specs_dir`; returns its folder."""
    name = f"synth{endpoints}"
    folder = specs_dir / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "api.yaml").write_text(
        API.format(name=name, endpoints=endpoints, languages=LANGUAGES), encoding="utf-8"
    )
    for start in range(0, endpoints, GROUP_SIZE):
        number = start // GROUP_SIZE
        group = f"g{number:03d}"
        noun = f"item{number}"
        model = f"Item{number}"
        body = [
            f"group: {group}\n",
            f"description: Group {number} of the synthetic API.\n",
            "models:\n",
            MODEL.format(model=model, noun=noun, group=group),
            "endpoints:\n",
        ]
        body += [
            _endpoint(i, group, model, noun)
            for i in range(start, min(start + GROUP_SIZE, endpoints))
        ]
        (folder / f"{group}.yaml").write_text("".join(body), encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs_dir", type=Path)
    parser.add_argument("endpoints", type=int, nargs="+")
    args = parser.parse_args()
    for count in args.endpoints:
        print(write_api(args.specs_dir, count))


if __name__ == "__main__":
    main()
