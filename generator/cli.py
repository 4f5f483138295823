"""The command line: validate, generate, check (and the helpers built on them)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from generator import __version__
from generator.errors import GeneratorError, SpecErrors
from generator.output.writer import plan, write_tree
from generator.pipeline import Result
from generator.pipeline import generate as run_pipeline
from generator.spec.load import load_specs

EXIT_SPEC_ERROR = 1


def _report(errors: SpecErrors) -> None:
    for error in errors.errors:
        click.echo(str(error), err=True)
    count = len(errors.errors)
    click.echo(f"{count} error{'s' if count != 1 else ''}; nothing was written.", err=True)


def _server_urls(values: tuple[str, ...]) -> dict[str, str]:
    urls = {}
    for value in values:
        api, sep, url = value.partition("=")
        if not sep or not api or not url.startswith(("http://", "https://")):
            raise click.BadParameter(f"expected API=URL with an http(s) URL, got {value!r}")
        urls[api] = url
    return urls


specs_option = click.option(
    "--specs",
    "specs_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("specs"),
    show_default=True,
    help="Folder with one sub-folder of YAML files per API.",
)
out_option = click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("generated"),
    show_default=True,
    help="Folder the output is written to.",
)
api_option = click.option(
    "--api", "apis", multiple=True, metavar="NAME", help="Only this API (repeatable)."
)
server_option = click.option(
    "--server-url",
    "server_urls",
    multiple=True,
    metavar="API=URL",
    help="Replace that API's base URL everywhere in the output.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="apigen")
def main() -> None:
    """Generate Python clients and docs samples from YAML API specs."""


@main.command()
@specs_option
@api_option
def validate(specs_dir: Path, apis: tuple[str, ...]) -> None:
    """Check the specs and write nothing."""
    started = time.perf_counter()
    try:
        sources = load_specs(specs_dir, apis)
    except SpecErrors as errors:
        _report(errors)
        sys.exit(EXIT_SPEC_ERROR)
    endpoints = sum(len(g.model.endpoints) for s in sources for g in s.groups)
    click.echo(
        f"{len(sources)} APIs, {endpoints} endpoints valid in {time.perf_counter() - started:.2f}s"
    )


def _run(specs_dir: Path, apis: tuple[str, ...], server_urls: tuple[str, ...]) -> Result:
    try:
        return run_pipeline(specs_dir, apis, _server_urls(server_urls))
    except SpecErrors as errors:
        _report(errors)
        sys.exit(EXIT_SPEC_ERROR)
    except GeneratorError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_SPEC_ERROR)


def _summary(
    result: Result, written: int, unchanged: int, removed: int, started: float, *, dry: bool = False
) -> str:
    wrote, dropped = ("to write", "to remove") if dry else ("written", "removed")
    return (
        f"{len(result.apis)} APIs, {result.endpoint_count} endpoints: {written} files {wrote}, "
        f"{unchanged} unchanged, {removed} {dropped} in {time.perf_counter() - started:.2f}s"
    )


@main.command()
@specs_option
@out_option
@api_option
@server_option
def generate(
    specs_dir: Path, out_dir: Path, apis: tuple[str, ...], server_urls: tuple[str, ...]
) -> None:
    """Write everything under --out; unchanged files are left untouched."""
    started = time.perf_counter()
    result = _run(specs_dir, apis, server_urls)
    try:
        done = write_tree(out_dir, result.files)
    except (GeneratorError, OSError) as exc:
        click.echo(f"error: {exc}; {out_dir} was left as it was.", err=True)
        sys.exit(EXIT_SPEC_ERROR)
    click.echo(_summary(result, len(done.written), len(done.unchanged), len(done.removed), started))


@main.command()
@specs_option
@out_option
@api_option
@server_option
def check(
    specs_dir: Path, out_dir: Path, apis: tuple[str, ...], server_urls: tuple[str, ...]
) -> None:
    """Exit 1 and list the files that differ if --out is not what generate would write."""
    started = time.perf_counter()
    result = _run(specs_dir, apis, server_urls)
    diff = plan(out_dir, result.files)
    for rel in diff.written:
        state = "differs" if (out_dir / rel).exists() else "missing"
        click.echo(f"{state}: {out_dir / rel}")
    for rel in diff.removed:
        click.echo(f"stale: {out_dir / rel}")
    click.echo(
        _summary(
            result, len(diff.written), len(diff.unchanged), len(diff.removed), started, dry=True
        )
    )

    if diff.changed:
        click.echo(f"{out_dir} is out of date: run `python -m generator generate`.", err=True)
        sys.exit(1)
