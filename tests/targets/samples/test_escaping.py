"""Each language's string literal, read back by that language's own interpreter or compiler.

A program per language prints the UTF-8 bytes (as hex, one line per literal) of
every hostile string written with the escaping function; the test compares them
with the bytes of the string itself. Languages whose tool is not installed are
skipped here (the samples' checkers report missing toolchains).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.targets.samples import escaping as e

HOSTILE = [
    "",
    "plain",
    'it\'s "quoted" and `ticked`',
    "back\\slash \\\\ trailing\\",
    "$x ${x} #{x} @x @{[1]} %s %d & = + ? ?? ??= ??/ */ /* ?> <?php </script> <!-- -->",
    '{{ }} {% %} [[ ]] ]] ]=] )" )json" "# "## \'\'\'',
    "line\nbreak\r\nwindows\ttab \x01\x07\x08\x0b\x0c\x1b\x7f",
    "escape then digits: \x01abc \x1bE \x0710 \x7f9 \u200b0",
    "\x85 next line, \xa0 nbsp, \xad soft hyphen",
    "é ü ß 中文 日本語 😀 🇪🇺",
    "\u200b zero width \ufeff bom \u2028 ls \u2029 ps \u202e rlo \u2066 isolate",
    "“curly” ”x“ ＂full-width＂ ‘single’ ′prime′",
    "\\u000a \\u0022 \\x41 \\101 \\u{41} \\n \\t",
    "%00 %27 %0A + space",
]

_HEX = {
    # language: (program builder from literals, file name, command)
    "bash": (
        lambda lits: "".join(
            f"printf %s {lit} | od -An -v -tx1 | tr -d ' \\n'; echo\n" for lit in lits
        ),
        "p.sh",
        ["bash", "p.sh"],
    ),
    "node": (
        lambda lits: (
            "for (const s of ["
            + ", ".join(lits)
            + "]) console.log(Buffer.from(s, 'utf8').toString('hex'));\n"
        ),
        "p.js",
        ["node", "p.js"],
    ),
    "php": (
        lambda lits: "<?php\nforeach ([" + ", ".join(lits) + '] as $s) echo bin2hex($s), "\\n";\n',
        "p.php",
        ["php", "p.php"],
    ),
    "python3": (
        lambda lits: "for s in [" + ", ".join(lits) + "]:\n    print(s.encode('utf-8').hex())\n",
        "p.py",
        ["python3", "p.py"],
    ),
    "ruby": (
        lambda lits: "[" + ", ".join(lits) + "].each { |s| puts s.unpack1('H*') }\n",
        "p.rb",
        ["ruby", "p.rb"],
    ),
    "perl": (
        lambda lits: "print unpack('H*', $_), \"\\n\" for (" + ", ".join(lits) + ");\n",
        "p.pl",
        ["perl", "p.pl"],
    ),
    "lua5.4": (
        lambda lits: (
            "for _, s in ipairs({"
            + ", ".join(lits)
            + "}) do print((s:gsub('.', function(c) return string.format('%02x', c:byte()) end))) end\n"
        ),
        "p.lua",
        ["lua5.4", "p.lua"],
    ),
}

SCRIPTED: dict[str, Callable[[str], str]] = {
    "bash": e.sh_word,
    "node": e.js_str,
    "php": e.php_str,
    "python3": e.py_str,
    "ruby": e.rb_str,
    "perl": e.pl_str,
    "lua5.4": e.lua_str,
}


def _hex_lines(texts: list[str]) -> list[str]:
    return [t.encode("utf-8").hex() for t in texts]


def _run(tool: str, program: str, name: str, argv: list[str], cwd: Path) -> list[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    (cwd / name).write_text(program, "utf-8")
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("tool", sorted(SCRIPTED))
def test_scripting_languages_read_every_literal_back(tool: str, tmp_path: Path) -> None:
    build, name, argv = _HEX[tool]
    literals = [SCRIPTED[tool](text) for text in HOSTILE]
    assert _run(tool, build(literals), name, argv, tmp_path) == _hex_lines(HOSTILE)


def _go(lits: list[str]) -> str:
    items = "".join(f"\t\t{lit},\n" for lit in lits)
    return (
        'package main\n\nimport (\n\t"encoding/hex"\n\t"fmt"\n)\n\nfunc main() {\n'
        f"\tfor _, s := range []string{{\n{items}\t}} {{\n"
        "\t\tfmt.Println(hex.EncodeToString([]byte(s)))\n\t}\n}\n"
    )


def _java(lits: list[str]) -> str:
    return (
        "import java.nio.charset.StandardCharsets;\nimport java.util.HexFormat;\n\n"
        "class P {\n    public static void main(String[] args) {\n"
        f"        String[] all = {{{', '.join(lits)}}};\n"
        "        for (String s : all) {\n"
        "            System.out.println(HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8)));\n"
        "        }\n    }\n}\n"
    )


def _csharp(lits: list[str]) -> str:
    return (
        "using System;\nusing System.Text;\n\nclass P\n{\n    static void Main()\n    {\n"
        f"        string[] all = {{{', '.join(lits)}}};\n"
        "        foreach (var s in all)\n"
        '            Console.Out.Write(BitConverter.ToString(Encoding.UTF8.GetBytes(s)).Replace("-", "").ToLowerInvariant() + "\\n");\n'
        "    }\n}\n"
    )


def _cpp(lits: list[str]) -> str:
    return (
        "#include <cstdio>\n#include <string>\n#include <vector>\n\nint main() {\n"
        f"    std::vector<std::string> all = {{{', '.join(lits)}}};\n"
        "    for (const auto& s : all) {\n"
        '        for (unsigned char c : s) std::printf("%02x", c);\n'
        '        std::printf("\\n");\n    }\n}\n'
    )


def _rust(lits: list[str]) -> str:
    return (
        "fn main() {\n"
        f"    let all = [{', '.join(lits)}];\n"
        "    for s in all.iter() {\n"
        '        println!("{}", s.bytes().map(|b| format!("{:02x}", b)).collect::<String>());\n'
        "    }\n}\n"
    )


COMPILED = {
    "go": (e.go_str, _go, "p.go", ["go", "run", "p.go"], "go"),
    "java": (e.java_str, _java, "P.java", ["java", "P.java"], "java"),
    "csharp": (
        e.cs_str,
        _csharp,
        "p.cs",
        ["sh", "-c", "mcs -out:p.exe p.cs >/dev/null && mono p.exe"],
        "mcs",
    ),
    "cpp": (e.cpp_str, _cpp, "p.cpp", ["sh", "-c", "g++ -std=c++17 -o p p.cpp && ./p"], "g++"),
    "rust": (e.rust_str, _rust, "p.rs", ["sh", "-c", "rustc -o p p.rs && ./p"], "rustc"),
}


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(COMPILED))
def test_compiled_languages_read_every_literal_back(language: str, tmp_path: Path) -> None:
    escape, build, name, argv, tool = COMPILED[language]
    literals = [escape(text) for text in HOSTILE]
    assert _run(tool, build(literals), name, argv, tmp_path) == _hex_lines(HOSTILE)


def test_vb_literals_double_quotes_and_join_special_characters_with_chrw() -> None:
    assert e.vb_str("") == '""'
    assert e.vb_str('say "hi" $x #{x}') == '"say ""hi"" $x #{x}"'
    assert e.vb_str("a\nb") == '"a" & ChrW(10) & "b"'
    assert e.vb_str("“q”") == 'ChrW(8220) & "q" & ChrW(8221)'
    assert e.vb_str("\ufeff") == "ChrW(65279)"
    assert e.vb_str("x\U000e0001") == '"x" & ChrW(56128) & ChrW(56321)'


def test_vb_literals_parse_as_vb() -> None:
    tree_sitter = pytest.importorskip("tree_sitter")
    grammar = pytest.importorskip("tree_sitter_vb_dotnet")
    parser = tree_sitter.Parser(tree_sitter.Language(grammar.language()))
    lines = "".join(f"        Dim v{i} As String = {e.vb_str(t)}\n" for i, t in enumerate(HOSTILE))
    source = f"Module M\n    Sub Main()\n{lines}    End Sub\nEnd Module\n"
    assert not parser.parse(source.encode("utf-8")).root_node.has_error


@pytest.mark.parametrize(
    ("function", "text", "literal"),
    [
        (e.sh_word, "it's", "'it'\\''s'"),
        (e.sh_word, "a\tb", "$'a\\tb'"),
        (e.go_str, '{"a":1}', '`{"a":1}`'),
        (e.go_str, 'a`b"', '"a`b\\""'),
        (e.go_str, "\ufeff", '"\\ufeff"'),
        (e.js_str, "</script>", "'<\\/script>'"),
        (e.js_str, "<!-- x", "'\\x3c!-- x'"),
        (e.js_str, "😀\u2028", "'😀\\u2028'"),
        (e.php_str, "$x 'q'", "'$x \\'q\\''"),
        (e.php_str, "$x\n", '"\\$x\\n"'),
        (e.cs_str, "\0" + "1", '"\\01"'),
        (e.cpp_str, '{"a":"b"}', 'R"({"a":"b"})"'),
        (e.cpp_str, ')"', 'R"json()")json"'),
        (e.cpp_str, "??=\n", '"?\\?=\\n"'),
        (e.cpp_str, "\x01a", '"\\001a"'),
        (e.java_str, "\n\x01\u2028", '"\\n\\001\\u2028"'),
        (e.rust_str, '{"a":"b"}', 'r#"{"a":"b"}"#'),
        (e.rust_str, '{"a":"#"}', 'r##"{"a":"#"}"##'),
        (e.rust_str, 'q"#', 'r##"q"#"##'),
        (e.rust_str, "a\\b", 'r"a\\b"'),
        (e.rb_str, "#{x}", "'#{x}'"),
        (e.rb_str, "#{x}\n", '"\\#{x}\\n"'),
        (e.pl_str, "@a $b", "'@a $b'"),
        (e.pl_str, "@a $b\n", '"\\@a \\$b\\n"'),
        (e.pl_str, "\u2028", '"\\x{e2}\\x{80}\\x{a8}"'),
        (e.lua_str, "\u2028", "'\\226\\128\\168'"),
    ],
)
def test_literals_are_written_in_the_most_readable_exact_form(
    function: Callable[[str], str], text: str, literal: str
) -> None:
    assert function(text) == literal


def test_values_no_literal_can_hold_are_refused() -> None:
    with pytest.raises(GeneratorError, match="NUL"):
        e.sh_word("a\0b")
    with pytest.raises(GeneratorError, match="surrogate U\\+D800"):
        e.go_str("a\ud800")


@pytest.mark.parametrize(
    ("value", "language", "literal"),
    [
        (True, "python", "True"),
        (False, "vbnet", "False"),
        (None, "go", "nil"),
        (None, "perl", "undef"),
        (7, "rust", "7"),
        (1.5, "java", "1.5"),
        ("x'y", "ruby", "'x\\'y'"),
    ],
)
def test_scalar_literals(value: object, language: str, literal: str) -> None:
    assert e.literal(value, language) == literal


def test_scalar_literals_refuse_structures() -> None:
    with pytest.raises(GeneratorError, match="scalar"):
        e.literal([1], "go")
