"""The command line: `fslcheck check`, `fslcheck text`, `fslcheck rules …`, `fslcheck fls`.

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
                click.echo(f"{file}: {problem}")
    click.echo(f"{total - problems} passed, {problems} failed")
    sys.exit(EXIT_FAIL if problems else EXIT_OK)


# --- `fslcheck fls`: the body's forward-looking statements (issue 12; kept self-contained) ---


def _release_date(_ctx, _param, value):
    """Click callback: `--release-date YYYY-MM-DD`."""
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@main.command("fls")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: the forward-looking sentences; json: every sentence with its verdict.")
@click.option("--one-per-line", is_flag=True,
              help="Treat each input line as one sentence: exactly one entry per line, in order.")
@click.option("--release-date", callback=_release_date, metavar="YYYY-MM-DD",
              help="Dates after this one count as future (default: the date the document states, else none).")
@input_options
def fls(paths, fmt, one_per_line, release_date, format_in, view, exhibit) -> None:
    """List the forward-looking sentences of documents, with where they are and the cues that fired.

    Sentences of the document's own safe-harbor legend are shown as such and never count. With
    --format json every sentence is listed in order: {"sentences": [{"text", "forward_looking",
    "cues", "location", "topic"}, ...]} (plus "path", "in_legend" and "reason").
    """
    import json

    from .checks.base import CheckContext
    from .fls.scan import judge_lines, scan, stated_date

    entries: list[dict] = []
    failed = False
    for path in paths:
        if one_per_line:
            try:
                raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
                lines = _lines_of(raw)
            except OSError as error:
                click.echo(f"fslcheck: {path}: cannot be read: {error.strerror or error}", err=True)
                failed = True
                continue
            except UnicodeDecodeError:
                click.echo(f"fslcheck: {path}: is not UTF-8 text (--one-per-line reads text lines)", err=True)
                failed = True
                continue
            for number, (line, (verdict, topic)) in enumerate(zip(lines, judge_lines(lines, release_date)), 1):
                entries.append({"path": path, "text": line, "forward_looking": verdict.forward_looking,
                                "cues": verdict.cues, "location": f"line {number}", "topic": topic,
                                "in_legend": False, "reason": verdict.reason})
            continue
        try:
            documents = load_path(path, _load_options(format_in, view, exhibit))
        except FslcheckError as error:
            click.echo(f"fslcheck: {error}", err=True)
            failed = True
            continue
        except Exception as error:  # noqa: BLE001 - as in `check`: a message, never a traceback
            click.echo(f"fslcheck: {path}: could not be read ({type(error).__name__}: {error}); please report this",
                       err=True)
            failed = True
            continue
        for document in documents:
            context = CheckContext(document)
            legend = [context.canonical.to_source(s, e) for s, e in context.legend_spans]
            when = release_date or stated_date(document.text)
            for item in scan(document.text, legend, when, context.canonical):
                entries.append({"path": document.path, "text": item.sentence.text,
                                "forward_looking": item.forward_looking, "cues": item.verdict.cues,
                                "location": document.locate(item.sentence.start).describe(), "topic": item.topic,
                                "in_legend": item.in_legend, "reason": item.verdict.reason})
    if fmt == "json":
        click.echo(json.dumps({"sentences": entries}, ensure_ascii=False, indent=1))
    else:
        found = [e for e in entries if e["forward_looking"]]
        for entry in found:
            cues = ", ".join(c for c in entry["cues"] if not c.startswith("not:"))
            click.echo(f"{_printable(entry['path'])}:{entry['location']}: [{entry['topic']}] "
                       f"{_printable(entry['text'])}  (cues: {cues})")
        click.echo(f"{len(found)} forward-looking of {len(entries)} sentences")
    sys.exit(EXIT_ERROR if failed else EXIT_OK)


def _lines_of(raw: bytes) -> list[str]:
    """The lines of a UTF-8 file as `wc -l` counts them, plus a last line without a newline."""
    text = raw.decode("utf-8-sig")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not open another
    return [line.rstrip("\r") for line in lines]


def _printable(text: str) -> str:
    """Control characters of a document shown escaped, so they cannot drive the terminal."""
    return "".join(ch if ch.isprintable() or ch == " " else f"\\x{ord(ch):02x}" for ch in text)


if __name__ == "__main__":
    main()
