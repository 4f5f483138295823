"""Ed25519 response signatures, made the way the real service makes them.

The signed message is the spec's `message` parts joined: the timestamp
header's value (Unix seconds) and the raw body bytes. The key comes from a
32-byte seed; without one the emulator uses DEVELOPMENT_SEED, a fixed, public
value, so a client under test can be given a key known in advance.
"""

from __future__ import annotations

import time
from typing import Literal

from nacl.signing import SigningKey

from generator.ir.model import ResponseSignature

DEVELOPMENT_SEED = bytes(range(32))
"""`000102...1f`: public, for development and tests only."""

Mode = Literal["valid", "bad", "stale"]


def parse_seed(text: str) -> bytes:
    """A seed from 64 hex digits; ValueError otherwise."""
    try:
        seed = bytes.fromhex(text)
    except ValueError:
        raise ValueError("the signing seed must be hex") from None
    if len(seed) != 32:
        raise ValueError(f"the signing seed must be 32 bytes (64 hex digits), got {len(seed)}")
    return seed


class ResponseSigner:
    def __init__(self, spec: ResponseSignature, seed: bytes = DEVELOPMENT_SEED) -> None:
        if len(seed) != 32:
            raise ValueError(f"the signing seed must be 32 bytes, got {len(seed)}")
        self.spec = spec
        self._key = SigningKey(seed)
        self.public_key_hex: str = self._key.verify_key.encode().hex()

    def headers(self, body: bytes, mode: Mode = "valid") -> tuple[tuple[str, str], ...]:
        """The signature headers for `body`: valid, wrong (`bad`) or too old (`stale`)."""
        now = int(time.time())
        stamp = str(now - self.spec.max_age_seconds - 60 if mode == "stale" else now)
        parts = [stamp.encode() if part == "timestamp" else body for part in self.spec.message]
        signature = bytearray(self._key.sign(b"".join(parts)).signature)
        if mode == "bad":
            signature[0] ^= 0xFF
        return (
            (self.spec.signature_header, signature.hex()),
            (self.spec.timestamp_header, stamp),
        )
