"""The `x-apigen-*` extensions: what the spec says that OpenAPI has no word for.

The export writes them and the importer reads them back, so the names live
here once. Each one is documented in docs/openapi.md.
"""

from __future__ import annotations

PREFIX = "x-apigen-"

# the document
CLIENT = "x-apigen-client"
"""`{class_name, env_prefix, options}`: the generated client and its constructor options."""
AUTH = "x-apigen-auth"
"""Every auth scheme as the spec writes it; `securitySchemes` is its native projection."""
SECURITY = "x-apigen-security"
"""Scheme names an endpoint uses (document: the default; operation: when it differs)."""
DISPATCH = "x-apigen-dispatch"
"""`{field, description, path}`: endpoints told apart by a body field on one URL."""
ERRORS = "x-apigen-errors"
"""`{shapes: [{status, type, message}], failure}`: error bodies and the 2xx failure rule."""
RESPONSE_SIGNATURE = "x-apigen-response-signature"
"""How responses are signed, and by which client option the key is given."""
SAMPLES = "x-apigen-samples"
"""`{languages, sdk_style}`: the docs' sample tabs."""

# objects inside the document
NAME = "x-apigen-name"
"""On a server: its name."""
GROUP = "x-apigen-group"
"""On a tag: the group it stands for (`null`: methods on the client itself)."""
ENDPOINTS = "x-apigen-endpoints"
"""On a tag: operation ids in reading order (`paths` groups operations by path)."""
ERROR_SHAPE = "x-apigen-error-shape"
"""On a component response: the status range of the error shape it describes."""
SCHEME = "x-apigen-scheme"
"""On a body property: the auth scheme that supplies it (not an argument)."""
OPTION = "x-apigen-option"
"""On a field: the client option whose value it takes."""
SECRET = "x-apigen-secret"
"""On a field: kept out of repr, logs and error messages."""
SDK_NAME = "x-apigen-sdk-name"
"""On a field: the argument's name in clients when the wire name is a poor one."""
RETRY_SAFE = "x-apigen-retry-safe"
"""On an operation: may (or may not) be retried without opting in, against the method's default."""
USE_FAILURE_RULE = "x-apigen-use-failure-rule"
"""On an operation: `false` where the 2xx failure rule does not apply."""
VERIFY_SIGNATURE = "x-apigen-verify-response-signature"
"""On an operation: `false` where responses are not signed."""

CODE_SAMPLES = "x-codeSamples"
"""Per operation, the docs samples as `{lang, label, source}` (the Redoc convention)."""
