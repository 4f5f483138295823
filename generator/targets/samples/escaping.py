"""Every value a spec holds, written as a literal each sample language reads back exactly.

One function per language writes a string literal whose value is the given
text, character for character (byte for byte in the languages whose strings
are bytes: C++, Perl, Lua, shell). Printable text stays readable; control
characters, Unicode format characters (BOM, bidi controls, zero-width) and
line/paragraph separators are always written as escapes, so no sample holds
an invisible character and no docs page breaks a line inside a literal.

Lone surrogates cannot be written as UTF-8 and are refused.

URL and form encoding are not here: the canonical request (`generator.wire`)
already holds the encoded text, and the samples print it as a string.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from generator.errors import GeneratorError
from generator.wire.jsonstringify import js_number

_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def needs_escape(char: str) -> bool:
    """Characters no sample writes as themselves: controls, format characters, separators."""
    return unicodedata.category(char) in _ESCAPED_CATEGORIES


def is_plain(text: str) -> bool:
    """True when every character can stand for itself inside some quotes."""
    if text.isascii():
        return _ASCII_CONTROL.search(text) is None
    return not any(needs_escape(c) for c in text)


def _check(text: str) -> str:
    found = None if text.isascii() else _SURROGATE.search(text)
    if found:
        code = ord(found.group())
        raise GeneratorError(f"cannot write the lone surrogate U+{code:04X} in a sample")
    return text


def _utf8(char: str) -> bytes:
    return char.encode("utf-8")


def _utf16_units(char: str) -> list[int]:
    data = char.encode("utf-16-be")
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


class _Escaper:
    """Replaces a language's special characters (`short`) and writes `code(c)` for the rest
    of the characters that need an escape. ASCII goes through one `str.translate` table."""

    def __init__(self, short: Mapping[str, str], code: Callable[[str], str]) -> None:
        self.code = code
        self.table = {ord(c): r for c, r in short.items()}
        for point in [*range(0x20), 0x7F]:
            self.table.setdefault(point, code(chr(point)))

    def __call__(self, text: str) -> str:
        out = text.translate(self.table)
        if text.isascii():
            return out
        # Escapes are ASCII, so this second pass only meets characters of the text itself.
        return "".join(self.code(c) if not c.isascii() and needs_escape(c) else c for c in out)


# Shell (bash) ---------------------------------------------------------------

_SH = _Escaper(
    {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"},
    lambda c: "".join(f"\\x{b:02x}" for b in _utf8(c)),
)


def sh_word(text: str) -> str:
    """One shell word: single quotes, or bash's `$'...'` when the text holds a control character."""
    text = _check(str(text))
    if "\0" in text:
        raise GeneratorError("a shell word cannot hold the NUL character")
    if is_plain(text):
        return "'" + text.replace("'", "'\\''") + "'"
    return "$'" + _SH(text) + "'"


# Go --------------------------------------------------------------------------


def _go_code(char: str) -> str:
    code = ord(char)
    if code < 0x80:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


_GO = _Escaper({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}, _go_code)


def go_str(text: str) -> str:
    """A Go string: a raw `backtick` literal when that reads better, else an interpreted one."""
    text = _check(str(text))
    if ('"' in text or "\\" in text) and "`" not in text and is_plain(text):
        return "`" + text + "`"
    return '"' + _GO(text) + '"'


# JavaScript, TypeScript (also inside JSX and Vue single-file components) ---------

_JS = _Escaper(
    {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"},
    lambda c: "".join(f"\\u{unit:04x}" for unit in _utf16_units(c)),
)


def js_str(text: str) -> str:
    """A single-quoted JS string; `</` and `<!--` are broken up so HTML never sees a tag."""
    text = _check(str(text))
    return "'" + _JS(text).replace("</", "<\\/").replace("<!--", "\\x3c!--") + "'"


# PHP -------------------------------------------------------------------------

_PHP = _Escaper(
    {
        "\\": "\\\\",
        '"': '\\"',
        "$": "\\$",
        "\n": "\\n",
        "\r": "\\r",
        "\t": "\\t",
        "\v": "\\v",
        "\f": "\\f",
        "\x1b": "\\e",
    },
    lambda c: f"\\x{ord(c):02x}" if ord(c) < 0x80 else f"\\u{{{ord(c):x}}}",
)


def php_str(text: str) -> str:
    """A PHP string: single quotes, or double quotes with `$` escaped when escapes are needed."""
    text = _check(str(text))
    if is_plain(text):
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return '"' + _PHP(text) + '"'


# Python ----------------------------------------------------------------------


def py_str(text: str) -> str:
    """A Python string literal: `repr` escapes every character Python would not print."""
    return repr(_check(str(text)))


# C#, Unity, WPF ----------------------------------------------------------------

_CS = _Escaper(
    {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"},
    lambda c: f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}",
)


def cs_str(text: str) -> str:
    """A regular C# string (never `\\x`, whose length is open-ended)."""
    return '"' + _CS(_check(str(text))) + '"'


# C++ -------------------------------------------------------------------------

# Octal escapes end after three digits; `\x` would swallow a following hex digit.
_CPP = _Escaper(
    {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"},
    lambda c: "".join(f"\\{b:03o}" for b in _utf8(c)),
)


def cpp_str(text: str) -> str:
    """A narrow C++ string holding the UTF-8 bytes; a raw `R"(...)"` literal when that reads better."""
    text = _check(str(text))
    if ('"' in text or "\\" in text) and is_plain(text):
        for delimiter in ("", "json", "text", "raw", "x", "y", "z"):
            if f'){delimiter}"' not in text:
                return f'R"{delimiter}({text}){delimiter}"'
    # `??` followed by certain characters is a trigraph in older C++ standards.
    return '"' + _CPP(text).replace("??", "?\\?") + '"'


# Java ------------------------------------------------------------------------


def _java_code(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\{code:03o}"
    return "".join(f"\\u{unit:04x}" for unit in _utf16_units(char))


_JAVA = _Escaper(
    {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"},
    _java_code,
)


def java_str(text: str) -> str:
    """A Java string. Below U+0100 only octal escapes: javac turns a `\\u000a` into a line break."""
    return '"' + _JAVA(_check(str(text))) + '"'


# Rust ------------------------------------------------------------------------

_RUST = _Escaper(
    {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"},
    lambda c: f"\\u{{{ord(c):x}}}",
)


def rust_str(text: str) -> str:
    """A Rust `&str`: a raw `r#"..."#` literal when that reads better."""
    text = _check(str(text))
    if ('"' in text or "\\" in text) and is_plain(text):
        hashes = 0 if '"' not in text else 1
        while '"' + "#" * hashes in text:
            hashes += 1
        fence = "#" * hashes
        return f'r{fence}"{text}"{fence}'
    return '"' + _RUST(text) + '"'


# Ruby ------------------------------------------------------------------------

_RUBY = _Escaper(
    {
        "\\": "\\\\",
        '"': '\\"',
        "#": "\\#",
        "\n": "\\n",
        "\r": "\\r",
        "\t": "\\t",
        "\x1b": "\\e",
    },
    lambda c: f"\\x{ord(c):02x}" if ord(c) < 0x80 else f"\\u{{{ord(c):x}}}",
)


def rb_str(text: str) -> str:
    """A Ruby string: single quotes, or double quotes with `#` escaped so nothing interpolates."""
    text = _check(str(text))
    if is_plain(text):
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return '"' + _RUBY(text) + '"'


# Perl (strings of bytes: the source is UTF-8 and has no `use utf8`) ---------------

_PERL = _Escaper(
    {"\\": "\\\\", '"': '\\"', "$": "\\$", "@": "\\@", "\n": "\\n", "\r": "\\r", "\t": "\\t"},
    lambda c: "".join(f"\\x{{{b:02x}}}" for b in _utf8(c)),
)


def pl_str(text: str) -> str:
    """A Perl byte string: single quotes, or double quotes with `$` and `@` escaped."""
    text = _check(str(text))
    if is_plain(text):
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return '"' + _PERL(text) + '"'


# Lua (strings of bytes) ----------------------------------------------------------

_LUA = _Escaper(
    {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"},
    lambda c: "".join(f"\\{b:03d}" for b in _utf8(c)),
)


def lua_str(text: str) -> str:
    """A single-quoted Lua string; escapes are three-digit decimal bytes."""
    return "'" + _LUA(_check(str(text))) + "'"


# VB.NET ----------------------------------------------------------------------

# VB reads the curly and full-width double quotes as `"` inside a string literal.
_VB_QUOTES = frozenset({"\u201c", "\u201d", "\uff02"})


def vb_str(text: str) -> str:
    """A VB.NET string: no escapes exist, so special characters are joined in with `ChrW`."""
    text = _check(str(text))
    if is_plain(text) and not any(c in _VB_QUOTES for c in text):
        return '"' + text.replace('"', '""') + '"'
    parts: list[str] = []
    run: list[str] = []
    for char in text:
        if needs_escape(char) or char in _VB_QUOTES:
            if run:
                parts.append('"' + "".join(run) + '"')
                run = []
            parts += [f"ChrW({unit})" for unit in _utf16_units(char)]
        else:
            run.append('""' if char == '"' else char)
    if run:
        parts.append('"' + "".join(run) + '"')
    return " & ".join(parts)


# Scalar values (SDK call arguments) -----------------------------------------------

STRINGS: dict[str, Callable[[str], str]] = {
    "shell": sh_word,
    "go": go_str,
    "php": php_str,
    "python": py_str,
    "csharp": cs_str,
    "cpp": cpp_str,
    "javascript": js_str,
    "typescript": js_str,
    "java": java_str,
    "rust": rust_str,
    "ruby": rb_str,
    "perl": pl_str,
    "lua": lua_str,
    "react": js_str,
    "vue": js_str,
    "unity": cs_str,
    "wpf": cs_str,
    "vbnet": vb_str,
}

# (true, false, null) as each language writes them.
_CONSTANTS: dict[str, tuple[str, str, str]] = {
    "shell": ("true", "false", "''"),
    "go": ("true", "false", "nil"),
    "php": ("true", "false", "null"),
    "python": ("True", "False", "None"),
    "csharp": ("true", "false", "null"),
    "cpp": ("true", "false", "nullptr"),
    "javascript": ("true", "false", "null"),
    "typescript": ("true", "false", "null"),
    "java": ("true", "false", "null"),
    "rust": ("true", "false", "None"),
    "ruby": ("true", "false", "nil"),
    "perl": ("1", "0", "undef"),
    "lua": ("true", "false", "nil"),
    "react": ("true", "false", "null"),
    "vue": ("true", "false", "null"),
    "unity": ("true", "false", "null"),
    "wpf": ("true", "false", "null"),
    "vbnet": ("True", "False", "Nothing"),
}


def literal(value: Any, language: str) -> str:
    """A scalar (string, number, boolean, null) as a literal of `language`."""
    true, false, null = _CONSTANTS[language]
    if value is True:
        return true
    if value is False:
        return false
    if value is None:
        return null
    if isinstance(value, (int, float)):
        return js_number(value)
    if isinstance(value, str):
        return STRINGS[language](value)
    raise GeneratorError(f"an SDK-style sample takes scalar arguments, not {value!r}")
