"""The command line: `fslcheck check`, `fslcheck text`, `fslcheck rules …`.

Exit codes (a contract): 0 every document passes; 1 at least one finding at or above
`--fail-on`; 2 a usage, configuration or input error (readable documents are still checked and
reported).
"""

from __future__ import annotations

import sys

import click

from . import __version__, compile_pack
from . import check as run_check
from .config import find_config
from .budget import DEFAULT_SECONDS
from .documents import DEFAULT_MAX_BYTES, FORMATS, LoadOptions, iter_paths, load_path
from .errors import FslcheckError, RuleError
from .report import RENDERERS, RenderOptions, html_report, render
from .result import FAIL_ON_LEVELS
from .rules.loader import builtin_packs, load_pack
from .safe_io import OutputRefused, atomic_write, refuse_input_as_output
from .safe_text import clean_unicode, visible
from .testing import example_cases, run_example

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"fslcheck: {visible(message, ' ')}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fslcheck")
def main() -> None:
    """Check press releases for the PSLRA forward-looking-statement safe-harbor legend."""


def _load_options(format_in: str | None, view: str, exhibit: tuple[str, ...],
                  max_bytes: int = DEFAULT_MAX_BYTES, max_expanded: int | None = None,
                  max_pages: int | None = None) -> LoadOptions:
    limits = {k: v for k, v in (("max_expanded", max_expanded), ("max_pages", max_pages)) if v}
    return LoadOptions(format=format_in, view=view, exhibits=tuple(exhibit), max_bytes=max_bytes, **limits)


_input_options = [
    click.option("--format-in", type=click.Choice(FORMATS), help="Read the input as this format (default: sniffed)."),
    click.option("--view", type=click.Choice(["accepted", "original"]), default="accepted", show_default=True,
                 help="Word tracked changes: check the text with all changes accepted, or rejected."),
    click.option("--exhibit", multiple=True, metavar="TYPE",
                 help="EDGAR submissions: exhibit types to check (default: EX-99*). Repeatable."),
    click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                 metavar="N", help="Refuse an input larger than N bytes (unread)."),
    click.option("--max-expanded", type=click.IntRange(min=1), default=None, metavar="N",
                 help="Refuse a .docx or PDF that expands to more than N bytes of XML or text "
                      "(a decompression bomb) [default: 268435456]."),
    click.option("--max-pages", type=click.IntRange(min=1), default=None, metavar="N",
                 help="Refuse a PDF with more than N pages [default: 2000]."),
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
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_SECONDS, show_default=True, metavar="SECONDS",
              help="Time allowed to read and check each input; past it the input is an error and the batch "
                   "goes on (0: no limit).")
@input_options
def check(paths, rules, fmt, output, fail_on, color, html_dir, timeout, format_in, view, exhibit, max_bytes,
          max_expanded, max_pages) -> None:
    """Check documents (files, folders, or - for stdin) and report a verdict for each.

    Reports are written atomically (a failed write leaves the previous report whole); an
    --output or --html target that is one of the inputs, an --html folder holding an input, or a
    page that would replace a file fslcheck did not write there, is refused before anything is
    written. Text from documents and file names is printed with control characters escaped.
    """
    try:
        config = find_config()
        fail_on = fail_on or config.fail_on or "error"
        pack = compile_pack(list(rules) or config.rules or None)
    except FslcheckError as error:
        _fail(str(error))
    inputs = iter_paths(list(paths))
    if output:
        try:
            refuse_input_as_output(output, inputs)
        except OutputRefused as refused:
            _fail(str(refused))
    load_options = _load_options(format_in, view, exhibit, max_bytes, max_expanded, max_pages)
    result = run_check(paths, pack, fail_on=fail_on, options=load_options, time_limit=timeout or None)
    # Per-document errors first: whatever happens to the reports below, they are never lost.
    for document in result.documents:
        if document.error is not None:
            click.echo(f"fslcheck: {visible(document.path)}: {visible(document.error, ' ')}", err=True)
    plan = None
    if html_dir:
        try:
            plan = html_report.plan_batch(result, html_dir, inputs)
        except OutputRefused as refused:
            _fail(str(refused))
    if color is None:
        color = output is None and sys.stdout.isatty()
    options = RenderOptions(color=color, fail_on=fail_on, version=__version__)
    text = clean_unicode(render(result, fmt, options))
    if output:
        try:
            atomic_write(output, text)
        except OSError as error:
            _fail(f"{output}: cannot write the report: {error.strerror or error}; "
                  "the previous report there, if any, is left as it was")
    else:
        click.echo(text, nl=False)
    if html_dir:
        try:
            pages = html_report.write_batch(result, html_dir, options, plan=plan)
        except OSError as error:
            _fail(f"{html_dir}: cannot write the HTML report: {error.strerror or error}; "
                  "each page there is whole (the new one or the previous one) and index.html was not replaced")
        click.echo(f"fslcheck: HTML report: {visible(str(pages[0]))}", err=True)
    sys.exit(result.exit_code)


@main.command()
@click.argument("path")
@click.option("--markers", is_flag=True, help="Mark page and paragraph starts (the offsets then no longer match).")
@input_options
def text(path, markers, format_in, view, exhibit, max_bytes, max_expanded, max_pages) -> None:
    """Print a document's extracted text, exactly as findings' offsets count it."""
    try:
        documents = load_path(path, _load_options(format_in, view, exhibit, max_bytes, max_expanded, max_pages))
    except FslcheckError as error:
        _fail(str(error))
    except Exception as error:  # noqa: BLE001 - as in `check`: a message, never a traceback
        _fail(f"{path}: could not be read ({type(error).__name__}: {error}); please report this")
    for document in documents:
        if len(documents) > 1:
            click.echo(f"==> {visible(document.path)} <==")
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
            click.echo(f"{visible(file)}: ok ({len(pack.rules)} rules)")
        except RuleError as error:
            click.echo(visible(str(error), " "), err=True)
            failed = True
    sys.exit(EXIT_ERROR if failed else EXIT_OK)


@rules.command("test")
@click.argument("files", nargs=-1, required=True)
def rules_test(files) -> None:
    """Run every rule's `examples` (pass texts must be met, fail texts must not)."""
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
                click.echo(visible(f"{file}: {problem}", " "))
    click.echo(f"{total - problems} passed, {problems} failed")
    sys.exit(EXIT_FAIL if problems else EXIT_OK)


if __name__ == "__main__":
    main()
