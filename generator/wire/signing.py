"""Request signatures, computed the way the API's server checks them."""

from __future__ import annotations

import hashlib
import hmac


def hmac_signature(secret: str, parts: list[str], algorithm: str = "sha256") -> str:
    """Lowercase hex HMAC of the concatenated message parts, keyed with the UTF-8 secret."""
    message = "".join(parts).encode("utf-8")
    return hmac.new(secret.encode("utf-8"), message, getattr(hashlib, algorithm)).hexdigest()
