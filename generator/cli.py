"""The command line: validate, generate, check (and the helpers built on them)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from generator import __version__
from generator.cache import Cache, cache_dir, using
from generator.errors import GeneratorError, SpecErrors
from generator.output.writer import plan, write_tree
from generator.pipeline import Result, load_apis
from generator.pipeline import generate as run_pipeline

EXIT_SPEC_ERROR = 1
EXIT_USAGE = 2
MOCK_PORT = 4010


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
cache_option = click.option(
    "--no-cache",
    is_flag=True,
    help="Neither read nor write the cache (.apigen-cache/ beside --out, or $APIGEN_CACHE_DIR).",
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


def _cache(beside: Path, no_cache: bool) -> Cache | None:
    return None if no_cache else Cache(cache_dir(beside))


@main.command()
@specs_option
@api_option
@cache_option
def validate(specs_dir: Path, apis: tuple[str, ...], no_cache: bool) -> None:
    """Check the specs and write nothing (but the cache, beside --specs)."""
    from generator.spec.load import load_specs

    started = time.perf_counter()
    try:
        with using(_cache(specs_dir, no_cache)):
            sources = load_specs(specs_dir, apis)
    except SpecErrors as errors:
        _report(errors)
        sys.exit(EXIT_SPEC_ERROR)
    endpoints = sum(len(g.model.endpoints) for s in sources for g in s.groups)
    click.echo(
        f"{len(sources)} APIs, {endpoints} endpoints valid in {time.perf_counter() - started:.2f}s"
    )


def _run(
    specs_dir: Path, apis: tuple[str, ...], server_urls: tuple[str, ...], cache: Cache | None
) -> Result:
    try:
        return run_pipeline(specs_dir, apis, _server_urls(server_urls), cache)
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
        f"{result.api_count} APIs, {result.endpoint_count} endpoints: {written} files {wrote}, "
        f"{unchanged} unchanged, {removed} {dropped} in {time.perf_counter() - started:.2f}s"
    )


@main.command()
@specs_option
@out_option
@api_option
@server_option
@cache_option
def generate(
    specs_dir: Path,
    out_dir: Path,
    apis: tuple[str, ...],
    server_urls: tuple[str, ...],
    no_cache: bool,
) -> None:
    """Write everything under --out; unchanged files are left untouched."""
    started = time.perf_counter()
    result = _run(specs_dir, apis, server_urls, _cache(out_dir, no_cache))
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
@cache_option
def check(
    specs_dir: Path,
    out_dir: Path,
    apis: tuple[str, ...],
    server_urls: tuple[str, ...],
    no_cache: bool,
) -> None:
    """Exit 1 and list the files that differ if --out is not what generate would write."""
    started = time.perf_counter()
    result = _run(specs_dir, apis, server_urls, _cache(out_dir, no_cache))
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


@main.command()
@click.argument("api_name", metavar="API")
@specs_option
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=MOCK_PORT,
    show_default=True,
    help="Port on 127.0.0.1; 0 picks a free one.",
)
@click.option(
    "--signing-seed",
    metavar="HEX",
    help="32-byte hex seed of the response-signing key (default: the public development seed).",
)
def mock(api_name: str, specs_dir: Path, port: int, signing_seed: str | None) -> None:
    """Serve an emulator of API on 127.0.0.1 until Ctrl-C."""
    from generator.mock import MockServer
    from generator.mock.signing import parse_seed
    from generator.spec.load import api_folders

    seed = None
    if signing_seed is not None:
        try:
            seed = parse_seed(signing_seed)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--signing-seed") from None
    known = [f.name for f in api_folders(specs_dir)] if specs_dir.is_dir() else []
    if api_name not in known:
        names = ", ".join(known) or "none"
        click.echo(f"error: no API named {api_name!r} in {specs_dir}; known: {names}", err=True)
        sys.exit(EXIT_USAGE)
    try:
        (api,) = load_apis(specs_dir, (api_name,))
    except SpecErrors as errors:
        _report(errors)
        sys.exit(EXIT_SPEC_ERROR)
    try:
        server = MockServer(api, port=port, signing_seed=seed)
    except OSError as exc:
        click.echo(f"error: cannot listen on 127.0.0.1:{port}: {exc.strerror}", err=True)
        sys.exit(EXIT_SPEC_ERROR)
    with server:
        click.echo(f"Serving {api.title} on {server.url}")
        if server.public_key_hex is not None:
            click.echo(f"Response signing public key: {server.public_key_hex}")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            click.echo("Stopped.")


@main.command("import-openapi")
@click.argument(
    "source", metavar="FILE", type=click.Path(path_type=Path, dir_okay=False, exists=True)
)
@click.option("--api", "api_name", required=True, metavar="NAME", help="Name of the new API.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of the draft spec  [default: specs/NAME/]",
)
@click.option("--force", is_flag=True, help="Replace --out when it already holds files.")
def import_openapi(source: Path, api_name: str, out_dir: Path | None, force: bool) -> None:
    """Write a draft spec from an OpenAPI 3.0/3.1 document (JSON or YAML)."""
    from generator.importer import ImportFailed, import_openapi, write_draft
    from generator.importer.naming import is_lower_identifier

    started = time.perf_counter()
    if not is_lower_identifier(api_name):
        raise click.BadParameter("a lowercase identifier, e.g. petstore", param_hint="--api")
    out_dir = out_dir or Path("specs") / api_name
    try:
        draft = import_openapi(source, api_name)
    except ImportFailed as failed:
        for problem in failed.problems:
            click.echo(f"{source}{problem}", err=True)
        count = len(failed.problems)
        click.echo(f"{count} problem{'s' if count != 1 else ''}; nothing was written.", err=True)
        sys.exit(EXIT_SPEC_ERROR)
    try:
        findings = write_draft(draft.files, out_dir, api_name, force=force)
    except (GeneratorError, OSError) as exc:
        click.echo(f"error: {exc}; nothing was written.", err=True)
        sys.exit(EXIT_SPEC_ERROR)
    for finding in findings:
        click.echo(f"to fix: {finding}", err=True)
    click.echo(
        f"{draft.endpoints} endpoints: {len(draft.files)} files written to {out_dir}, "
        f"{draft.guesses} guesses marked `# guessed:`, {len(findings)} problems to fix "
        f"in {time.perf_counter() - started:.2f}s"
    )
