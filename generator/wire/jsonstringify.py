"""JSON text exactly as JavaScript's `JSON.stringify(value)` writes it.

PLYR signs `timestamp + JSON.stringify(body)` and recomputes it on the server,
so the bytes a client sends must be these: no spaces, keys in insertion
order, non-ASCII left as UTF-8, numbers in JavaScript's shortest form.
"""

from __future__ import annotations

import math
from typing import Any

_SHORT = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def js_string(text: str) -> str:
    out = ['"']
    for char in text:
        code = ord(char)
        if char in _SHORT:
            out.append(_SHORT[char])
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def js_number(value: float | int) -> str:
    """`Number.prototype.toString()` for finite numbers; `null` otherwise, as JSON does."""
    if isinstance(value, int):
        if -(2**53) <= value <= 2**53:
            return str(value)
        # JavaScript has only doubles: a larger integer is rounded to the nearest one first.
        try:
            value = float(value)
        except OverflowError:
            return "null"
    if not math.isfinite(value):
        return "null"
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    mantissa, _, exp_text = repr(abs(value)).partition("e")
    exponent = int(exp_text) if exp_text else 0
    whole, _, frac = mantissa.partition(".")
    digits = (whole + frac.rstrip("0")).lstrip("0") or "0"
    # Position of the decimal point relative to the digit string (ECMAScript's n).
    point = (
        len(whole.lstrip("0")) + exponent
        if whole != "0"
        else exponent - (len(frac) - len(frac.lstrip("0")))
    )
    k = len(digits)
    if k <= point <= 21:
        return sign + digits + "0" * (point - k)
    if 0 < point <= 21:
        return sign + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * (-point) + digits
    e = point - 1
    e_text = f"e+{e}" if e >= 0 else f"e-{-e}"
    if k == 1:
        return sign + digits + e_text
    return sign + digits[0] + "." + digits[1:] + e_text


def _is_index(key: str) -> bool:
    return (
        key.isascii() and key.isdigit() and (key == "0" or key[0] != "0") and int(key) < 2**32 - 1
    )


def stringify(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return js_number(value)
    if isinstance(value, str):
        return js_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(stringify(v) for v in value) + "]"
    if isinstance(value, dict):
        items = [(str(k), v) for k, v in value.items()]
        # JavaScript objects list array-index keys first, ascending, then the rest in insertion order.
        indexed = sorted((kv for kv in items if _is_index(kv[0])), key=lambda kv: int(kv[0]))
        rest = [kv for kv in items if not _is_index(kv[0])]
        return "{" + ",".join(js_string(k) + ":" + stringify(v) for k, v in indexed + rest) + "}"
    raise TypeError(f"cannot serialize {type(value).__name__} as JSON")
