"""The command line: `fslcheck check`, `fslcheck text`, `fslcheck rules …`.

Exit codes (a contract): 0 every document passes; 1 at least one finding at or above
`--fail-on`; 2 a usage, configuration or input error (readable documents are still checked and
reported).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__, compile_pack
from . import check as run_check
from .config import find_config
from .documents import FORMATS, LoadOptions, load_path
from .errors import FslcheckError, RuleError
from .report import RENDERERS, RenderOptions, html_report, render
from .result import FAIL_ON_LEVELS
from .rules.loader import builtin_packs, load_pack
from .testing import example_cases, run_example

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"fslcheck: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fslcheck")
def main() -> None:
    """Check press releases for the PSLRA forward-looking-statement safe-harbor legend."""


def _load_options(format_in: str | None, view: str, exhibit: tuple[str, ...]) -> LoadOptions:
    return LoadOptions(format=format_in, view=view, exhibits=tuple(exhibit))


_input_options = [
    click.option("--format-in", type=click.Choice(FORMATS), help="Read the input as this format (default: sniffed)."),
    click.option("--view", type=click.Choice(["accepted", "original"]), default="accepted", show_default=True,
                 help="Word tracked changes: check the text with all changes accepted, or rejected."),
    click.option("--exhibit", multiple=True, metavar="TYPE",
                 help="EDGAR submissions: exhibit types to check (default: EX-99*). Repeatable."),
]


def input_options(function):
    for option in reversed(_input_options):
        function = option(function)
    return function


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--rules", "rules", multiple=True, metavar="FILE",
              help="Rule pack file or built-in pack name (repeatable; later packs override earlier). "
                   "Default: the project config's packs, else the built-in us-pslra pack.")
@click.option("--format", "fmt", type=click.Choice(sorted(RENDERERS)), default="text", show_default=True,
              help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report here.")
@click.option("--fail-on", type=click.Choice(FAIL_ON_LEVELS), default=None,
              help="Lowest severity whose problems fail a document [default: error].")
@click.option("--html", "html_dir", type=click.Path(file_okay=False), metavar="DIR", is_flag=False,
              flag_value="reports",
              help="Also write an HTML report: DIR/index.html and one page per document. DIR defaults to "
                   "reports (give `--html` last, or `--html reports`, so it does not take a path as DIR).")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: on a terminal).")
@input_options
def check(paths, rules, fmt, output, fail_on, color, html_dir, format_in, view, exhibit) -> None:
    """Check documents (files, folders, or - for stdin) and report a verdict for each."""
    try:
        config = find_config()
        fail_on = fail_on or config.fail_on or "error"
        pack = compile_pack(list(rules) or config.rules or None)
    except FslcheckError as error:
        _fail(str(error))
    result = run_check(paths, pack, fail_on=fail_on, options=_load_options(format_in, view, exhibit))
    if color is None:
        color = output is None and sys.stdout.isatty()
    options = RenderOptions(color=color, fail_on=fail_on, version=__version__)
    text = render(result, fmt, options)
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as error:
            _fail(f"{output}: cannot write the report: {error.strerror or error}")
    else:
        click.echo(text, nl=False)
    if html_dir:
        try:
            pages = html_report.write_batch(result, html_dir, options)
        except OSError as error:
            _fail(f"{html_dir}: cannot write the HTML report: {error.strerror or error}")
        click.echo(f"fslcheck: HTML report: {pages[0]}", err=True)
    for document in result.documents:
        if document.error is not None:
            click.echo(f"fslcheck: {document.path}: {document.error}", err=True)
    sys.exit(result.exit_code)


@main.command()
@click.argument("path")
@click.option("--markers", is_flag=True, help="Mark page and paragraph starts (the offsets then no longer match).")
@input_options
def text(path, markers, format_in, view, exhibit) -> None:
    """Print a document's extracted text, exactly as findings' offsets count it."""
    try:
        documents = load_path(path, _load_options(format_in, view, exhibit))
    except FslcheckError as error:
        _fail(str(error))
    except Exception as error:  # noqa: BLE001 - as in `check`: a message, never a traceback
        _fail(f"{path}: could not be read ({type(error).__name__}: {error}); please report this")
    for document in documents:
        if len(documents) > 1:
            click.echo(f"==> {document.path} <==")
        if markers:
            from .documents.markers import render_with_markers

            click.echo(render_with_markers(document), nl=False)
        else:
            click.echo(document.text, nl=False)


@main.group()
def rules() -> None:
    """List, validate and test rule packs."""


@rules.command("list")
@click.option("--rules", "refs", multiple=True, metavar="FILE", help="Pack to list (default: us-pslra).")
def rules_list(refs) -> None:
    """List the rules of a pack (and the built-in packs)."""
    try:
        pack = load_pack(list(refs) or None)
    except RuleError as error:
        _fail(str(error))
    click.echo(f"{pack.id} {pack.version}: {pack.title}")
    for rule in pack.rules:
        click.echo(f"  {rule.id:<32} {rule.severity.value:<8} {rule.kind:<17} {rule.title}")
    click.echo("built-in packs: " + ", ".join(builtin_packs()))


@rules.command("validate")
@click.argument("files", nargs=-1, required=True)
def rules_validate(files) -> None:
    """Validate rule pack files: schema, kinds, phrases, extends."""
    failed = False
    for file in files:
        try:
            pack = load_pack([file])
            click.echo(f"{file}: ok ({len(pack.rules)} rules)")
        except RuleError as error:
            click.echo(f"{error}", err=True)
            failed = True
    sys.exit(EXIT_ERROR if failed else EXIT_OK)


@rules.command("test")
@click.argument("files", nargs=-1, required=True)
def rules_test(files) -> None:
    """Run every rule's `examples` (pass texts must be met; fail and flip texts must not)."""
    problems, total = 0, 0
    for file in files:
        try:
            cases = example_cases([file])
        except RuleError as error:
            _fail(str(error))
        for case in cases:
            total += 1
            problem = run_example(case)
            if problem:
                problems += 1
                click.echo(f"{file}: {problem}")
    click.echo(f"{total - problems} passed, {problems} failed")
    sys.exit(EXIT_FAIL if problems else EXIT_OK)


if __name__ == "__main__":
    main()
