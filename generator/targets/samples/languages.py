"""The one registry of docs sample languages, in the order the docs show their tabs.

Each language says how its tab is labelled and highlighted, which file
extension its samples get, which templates render them, and how an SDK-style
sample spells a method name (case, suffix, and the words it must not use).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from generator.ir.names import Name

Case = Literal["snake", "camel", "pascal"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CPP_KEYWORDS = _words(
    "alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t "
    "char16_t char32_t class compl concept const consteval constexpr constinit const_cast "
    "continue co_await co_return co_yield decltype default delete do double dynamic_cast "
    "else enum explicit export extern false float for friend goto if inline int long "
    "mutable namespace new noexcept not not_eq nullptr operator or or_eq private protected "
    "public register reinterpret_cast requires return short signed sizeof static "
    "static_assert static_cast struct switch template this thread_local throw true try "
    "typedef typeid typename union unsigned using virtual void volatile wchar_t while xor "
    "xor_eq"
)
_JAVA_KEYWORDS = _words(
    "abstract assert boolean break byte case catch char class const continue default do "
    "double else enum extends final finally float for goto if implements import instanceof "
    "int interface long native new package private protected public return short static "
    "strictfp super switch synchronized this throw throws transient try void volatile while "
    "true false null _"
)
_RUST_KEYWORDS = _words(
    "as async await break const continue crate dyn else enum extern false fn for if impl in "
    "let loop match mod move mut pub ref return self static struct super trait true type "
    "unsafe use where while abstract become box do final macro override priv try typeof "
    "unsized virtual yield"
)
_LUA_KEYWORDS = _words(
    "and break do else elseif end false for function goto if in local nil not or repeat "
    "return then true until while"
)
_RUBY_KEYWORDS = _words(
    "BEGIN END alias and begin break case class def defined? do else elsif end ensure false "
    "for if in module next nil not or redo rescue retry return self super then true undef "
    "unless until when while yield"
)


@dataclass(frozen=True)
class Language:
    """One tab of the docs' request samples."""

    key: str
    title: str
    """The tab label, as the docs show it."""
    ext: str
    """The sample file's extension, without the dot."""
    highlight: str
    """The Pygments lexer name of the code block."""
    raw_template: str
    """Renders the sample that makes the HTTP call itself."""
    sdk_template: str | None = None
    """Renders the SDK-style sample (`new`, the session call, the action), where it has one."""
    sdk_case: Case = "camel"
    sdk_suffix: str = ""
    sdk_keywords: frozenset[str] = frozenset()

    def method(self, name: Name) -> str:
        """An SDK method name as this language's SDK spells it."""
        text = getattr(name, self.sdk_case) + self.sdk_suffix
        return f"{text}_" if text in self.sdk_keywords else text


def _lang(
    key: str,
    title: str,
    ext: str,
    highlight: str,
    sdk_case: Case | None = None,
    sdk_suffix: str = "",
    sdk_keywords: frozenset[str] = frozenset(),
) -> Language:
    """A language; giving `sdk_case` says it has an SDK-style template too."""
    raw = f"samples/{key}/raw.{ext}.j2"
    if sdk_case is None:
        return Language(key, title, ext, highlight, raw)
    sdk = f"samples/{key}/sdk.{ext}.j2"
    return Language(key, title, ext, highlight, raw, sdk, sdk_case, sdk_suffix, sdk_keywords)


LANGUAGES: tuple[Language, ...] = (
    _lang("shell", "Shell", "sh", "bash"),
    _lang("go", "Go", "go", "go", sdk_case="pascal"),
    _lang("php", "PHP", "php", "php"),
    _lang("python", "Python", "py", "python"),
    _lang("http", "HTTP", "http", "http"),
    _lang("csharp", "C#", "cs", "csharp", sdk_case="pascal", sdk_suffix="Async"),
    _lang("cpp", "C++", "cpp", "cpp", sdk_case="snake", sdk_keywords=_CPP_KEYWORDS),
    _lang("javascript", "JavaScript", "js", "javascript"),
    _lang("typescript", "TypeScript", "ts", "typescript", sdk_case="camel"),
    _lang("java", "Java", "java", "java", sdk_case="camel", sdk_keywords=_JAVA_KEYWORDS),
    _lang("rust", "Rust", "rs", "rust", sdk_case="snake", sdk_keywords=_RUST_KEYWORDS),
    _lang("ruby", "Ruby", "rb", "ruby", sdk_case="snake", sdk_keywords=_RUBY_KEYWORDS),
    _lang("perl", "Perl", "pl", "perl", sdk_case="snake"),
    _lang("lua", "Lua", "lua", "lua", sdk_case="snake", sdk_keywords=_LUA_KEYWORDS),
    _lang("react", "React", "jsx", "jsx", sdk_case="pascal"),
    _lang("vue", "Vue", "vue", "html", sdk_case="pascal"),
    _lang("unity", "Unity", "cs", "csharp", sdk_case="pascal", sdk_suffix="Async"),
    _lang("wpf", "WPF", "cs", "csharp", sdk_case="pascal", sdk_suffix="Async"),
    _lang("vbnet", "VB.NET", "vb", "vbnet", sdk_case="pascal", sdk_suffix="Async"),
)

BY_KEY: dict[str, Language] = {language.key: language for language in LANGUAGES}


def language(key: str) -> Language:
    return BY_KEY[key]
