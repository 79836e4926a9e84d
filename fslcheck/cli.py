"""The command line: `fslcheck check`, `fslcheck text`, `fslcheck rules …`, `fslcheck config`,
`fslcheck fls`.

Exit codes (a contract): 0 every document passes; 1 at least one finding at or above
`--fail-on`; 2 a usage, configuration or input error (readable documents are still checked and
reported).
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from . import __version__, batch, runtime
from .baseline import Baseline
from .baseline import entries as baseline_entries_of
from .baseline import text as baseline_text
from .config import ConfigFinder, apply_overrides, describe, find_config
from .discovery import WalkOptions, discover
from .budget import DEFAULT_SECONDS
from .documents import DEFAULT_MAX_BYTES, FORMATS, LoadOptions, SUPPORTED_EXTENSIONS, load_path, read_path
from .engine import CompiledPack
from .errors import FslcheckError, RuleError
from .report import RENDERERS, RenderOptions, render
from .report.html_batch import HtmlBatch
from .result import FAIL_ON_LEVELS, Result, Tally
from .rules.loader import builtin_packs, load_pack
from .rules.model import RulePack
from .safe_io import OutputRefused, atomic_write, refuse_input_as_output
from .safe_text import clean_unicode, visible
from .testing import example_cases, run_example
from .waivers import WaiverBook

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2
EXIT_CODES = """\b
Exit codes:
  0  every document passes
  1  at least one problem at or above --fail-on
  2  a usage, configuration, input or output error (readable documents are still
     checked; standard output closed by its reader, as `| head` does, included)"""


def _error_once(message: str) -> None:
    """An error, once, on standard error (control characters from names shown as escapes)."""
    click.echo(f"fslcheck: {visible(message, ' ')}", err=True)


def _fail(message: str) -> None:
    _error_once(message)
    sys.exit(EXIT_ERROR)


def _stdout_closed() -> None:
    """The reader of standard output stopped reading (`fslcheck check … | head`): say so once and
    exit 2, since the report was not delivered whole. Standard output is pointed at the null
    device first, so that Python's own flush at exit does not fail on the closed pipe again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no file descriptor behind sys.stdout (an embedding host): nothing to redirect
    _fail("standard output was closed before the output was written in full")


def _write_output(path: str | Path, content: str | Iterable[str]) -> None:
    """Write one report file, given whole or in chunks (a streamed batch report), atomically: a
    failed write leaves the previous file whole. Every report and baseline the command line writes
    goes through here (HTML folders through `HtmlBatch`, which writes the same way). Undecodable
    file-name bytes become U+FFFD, so every report is valid UTF-8."""
    chunks = [content] if isinstance(content, str) else content
    atomic_write(path, (clean_unicode(chunk) for chunk in chunks))


class _Commands(click.Group):
    """The command group, with one answer for every command when standard output's reader stops
    reading: exit 2 with a message (click's own answer is a silent exit 1, which `check` uses for
    problems found)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _stdout_closed()


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="fslcheck")
def main() -> None:
    """Check press releases for the PSLRA forward-looking-statement safe-harbor legend.

    \b
    Examples:
      fslcheck check drafts/                      check every release under drafts/
      fslcheck check draft.htm --format html -o report.html
      fslcheck rules list                         the rules of the built-in pack
      fslcheck config drafts/q3.md                the configuration that applies to a file
    """


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


HTML_DEFAULT = "reports"


class _CheckCommand(click.Command):
    """`check`, with `--html` that never takes a document for its folder.

    `--html=DIR` names the folder; a bare `--html` means `reports/`. `--html VALUE` takes VALUE
    as the folder only when it cannot be a document: it does not exist (and has no document
    extension), or it is a folder with an earlier report's index.html in it.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        rewritten: list[str] = []
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                rewritten.extend(args[i:])
                break
            if arg == "--html":
                following = args[i + 1] if i + 1 < len(args) else None
                if following is not None and _is_report_folder(following):
                    rewritten.append(f"--html={following}")
                    i += 2
                    continue
                rewritten.append(f"--html={HTML_DEFAULT}")
            else:
                rewritten.append(arg)
            i += 1
        return super().parse_args(ctx, rewritten)


def _is_report_folder(value: str) -> bool:
    if value.startswith("-"):
        return False
    path = Path(value)
    if path.is_dir():
        return (path / "index.html").is_file()
    return not path.exists() and path.suffix.lower() not in SUPPORTED_EXTENSIONS


def _parse_report(value: str) -> tuple[str, str]:
    fmt, sep, path = value.partition(":")
    if not sep or not path or fmt not in RENDERERS:
        raise click.BadParameter(f"{value!r}: give FORMAT:PATH with FORMAT one of {', '.join(sorted(RENDERERS))} "
                                 "(html:DIR writes an index and a page per document)", param_hint="--report")
    return fmt, path


def _use_color(color: bool | None, to_terminal: bool) -> bool:
    """--color/--no-color win; then NO_COLOR (any value) and FORCE_COLOR; then: a terminal."""
    if color is not None:
        return color
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "") not in ("", "0", "false"):
        return True
    return to_terminal


def _in_ci() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("GITHUB_ACTIONS") or os.environ.get("GITLAB_CI"))


PROGRESS_FROM = 20  # files: below that a batch takes a few seconds at most


def _show_progress(quiet: bool, files: int) -> bool:
    """A progress bar on standard error: for long batches, on a terminal, never in CI logs."""
    return not quiet and files >= PROGRESS_FROM and not _in_ci() and sys.stderr.isatty()


CHECK_EPILOG = """\b
Examples:
  fslcheck check drafts/q3.htm
  fslcheck check drafts/ --format sarif -o fslcheck.sarif --report html:reports
  fslcheck check drafts/ --format concise --quiet --jobs 4
  fslcheck check archive/ --write-baseline .fslcheck-baseline.json
  fslcheck check drafts/ archive/ --baseline .fslcheck-baseline.json --format github
  cat draft.md | fslcheck check - --format-in markdown

""" + EXIT_CODES


@main.command(cls=_CheckCommand, epilog=CHECK_EPILOG)
@click.argument("paths", nargs=-1, required=True)
@click.option("--rules", "rules", multiple=True, metavar="FILE",
              help="Rule pack file or built-in pack name (repeatable; later packs override earlier). "
                   "Default: the project config's packs, else the built-in us-pslra pack, and for a "
                   "document that reads as a call transcript the oral-statements pack us-pslra-oral.")
@click.option("--format", "--output-format", "fmt", type=click.Choice(sorted(RENDERERS)), default="text",
              show_default=True, help="Output format (--output-format is an alias).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option("--report", "reports", multiple=True, metavar="FORMAT:PATH",
              help="Also write a report in FORMAT to PATH (repeatable), e.g. sarif:fslcheck.sarif, "
                   "html:reports (a folder: index and a page per document).")
@click.option("--fail-on", type=click.Choice(FAIL_ON_LEVELS), default=None,
              help="Lowest severity whose problems fail a document [default: the config's, else error].")
@click.option("--html", "html_dir", metavar="DIR",
              help="Also write an HTML report: DIR/index.html and one page per document. Give the folder "
                   "as --html=DIR; a bare --html writes to reports/.")
@click.option("--color/--no-color", default=None,
              help="Colour the text report (default: on a terminal; NO_COLOR and FORCE_COLOR honoured).")
@click.option("--quiet", "-q", is_flag=True, help="Text and concise formats: problems only, and the summary.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes [default: the available cores]. Reports are identical for any N.")
@click.option("--no-ignore", is_flag=True,
              help="Walk folders without .gitignore, hidden files, README-like files or include/exclude.")
@click.option("--follow-symlinks", is_flag=True,
              help="Follow symbolic links that lead outside the folders given on the command line.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Known problems (from --write-baseline): reported as baselined; they do not fail.")
@click.option("--write-baseline", "write_baseline", type=click.Path(dir_okay=False), metavar="FILE",
              help="Record every problem of this run in FILE (commit it; use it with --baseline).")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_SECONDS, show_default=True,
              metavar="SECONDS", help="Time allowed to read and check each input; past it the input is an "
                                      "error and the batch goes on (0: no limit).")
@input_options
def check(paths, rules, fmt, output, reports, fail_on, html_dir, color, quiet, jobs, no_ignore, follow_symlinks,
          baseline_file, write_baseline, timeout, format_in, view, exhibit, max_bytes, max_expanded,
          max_pages) -> None:
    """Check documents (files, folders, or - for stdin) and report a verdict for each.

    Reports are written atomically (a failed write leaves the previous report whole); an output
    that is one of the inputs, an HTML folder holding an input, or a page that would replace a
    file fslcheck did not write there, is refused before anything is written. Text from documents
    and file names is printed with control characters escaped.
    """
    extra_reports = [_parse_report(value) for value in reports]
    options = _load_options(format_in, view, exhibit, max_bytes, max_expanded, max_pages)
    try:
        finder = ConfigFinder()
        baseline = Baseline(Path(baseline_file)) if baseline_file else None
    except FslcheckError as error:
        _fail(str(error))

    def scope(file: Path):
        config = finder.for_path(str(file))
        return config.folder, config.include, config.exclude

    try:
        files = discover(paths, WalkOptions(ignore=not no_ignore, follow_symlinks=follow_symlinks), scope)
    except FslcheckError as error:
        _fail(str(error))
    if fmt == "html" and len(files) > 1:
        _fail(f"--format html writes one page, and {len(files)} files are to be checked: use --html=DIR "
              "or --report html:DIR for an index and a page per document")

    try:
        packs, tasks, configs = _plan(files, list(rules), fail_on, finder, timeout or None)
    except FslcheckError as error:
        _fail(str(error))
    runtime.settle()  # the packs are compiled: this process is fslcheck's own (see fslcheck.runtime)
    if html_dir:
        extra_reports.append(("html", html_dir))
    try:  # nothing the user gave is ever written over: refuse before anything is written
        for target in [output, write_baseline, *(path for f, path in extra_reports if f != "html")]:
            if target:
                refuse_input_as_output(target, files)
    except OutputRefused as refused:
        _fail(str(refused))

    run_fail_on = fail_on or finder.default.fail_on or "error"
    to_terminal = output is None and sys.stdout.isatty()
    use_color = _use_color(color, to_terminal)
    github = fmt == "text" and os.environ.get("GITHUB_ACTIONS") == "true"
    main_options = RenderOptions(color=use_color, fail_on=run_fail_on, version=__version__, quiet=quiet,
                                 github=github, baseline=baseline is not None or bool(write_baseline),
                                 notices_on_stderr=output is None)
    file_options = RenderOptions(fail_on=run_fail_on, version=__version__, baseline=main_options.baseline)

    # Every report is rendered a document at a time: into a spool (memory, then disk), or, for an
    # HTML folder, a page written at once; so the batch holds counts, not documents. Only
    # `--format html` (one page, one document) keeps its document.
    rules_union = _rules_of(packs)
    tally = Tally(packs[0].info(), run_fail_on)
    targets = [_Target(output, fmt, main_options, rules_union)] if fmt != "html" else []
    targets += [_Target(path, f, file_options, rules_union) for f, path in extra_reports if f != "html"]
    html_folders = []
    for report_format, path in extra_reports:
        if report_format == "html":
            try:
                html_folders.append(HtmlBatch(path, tally, file_options, files))
            except OutputRefused as refused:
                _fail(str(refused))
            except OSError as error:
                _fail(f"{path}: cannot write the html report: {error.strerror or error}")
    write_failed = False
    keep = fmt == "html"
    kept = []
    book = WaiverBook()
    baseline_entries: list[dict[str, str]] = []
    progress = None
    if _show_progress(quiet, len(tasks)):
        progress = click.progressbar(length=len(tasks), label="checking", file=sys.stderr)
        progress.__enter__()
    workers = jobs or (batch.available_cores() if len(tasks) >= 8 else 1)
    try:
        for config, results in zip(configs, batch.run(tasks, packs, options, workers), strict=True):
            for document in results:
                book.apply(document, config.waivers)
                if baseline is not None:
                    baseline.apply(document)
                if write_baseline:  # the baseline being written knows every problem of this run
                    baseline_entries.extend(baseline_entries_of([document], Path(write_baseline)))
                    for finding in document.findings:
                        finding.baselined = finding.baselined or finding.status.is_problem
                if document.error is not None:  # every error once, on standard error
                    click.echo(f"fslcheck: {visible(document.path)}: {visible(document.error, ' ')}", err=True)
                tally.add(document)
                for target in targets:
                    target.add(document)
                for folder in list(html_folders):
                    try:
                        folder.add(document)
                    except (OSError, OutputRefused) as error:
                        # Stop writing that folder (its index is left as it was) but go on checking:
                        # every document's error is still printed, and the run ends with exit 2.
                        reason = error.strerror or error if isinstance(error, OSError) else error
                        click.echo(f"fslcheck: {visible(str(folder.target))}: cannot write the HTML report: "
                                   f"{visible(str(reason), ' ')}; index.html was not replaced", err=True)
                        folder.close()
                        html_folders.remove(folder)
                        write_failed = True
                if keep:
                    kept.append(document)
            if progress is not None:
                progress.update(1)
    finally:
        if progress is not None:
            progress.__exit__(None, None, None)
    tally.notices = book.notices([rule["id"] for rule in rules_union])
    for notice in tally.notices:
        click.echo(f"fslcheck: warning: {notice}", err=True)

    if write_baseline:
        try:
            _write_output(write_baseline, baseline_text(baseline_entries))
        except OSError as error:
            _fail(f"{write_baseline}: cannot write the baseline: {error.strerror or error}; "
                  "the previous baseline there, if any, is left as it was")
        click.echo(f"fslcheck: baseline: {write_baseline} ({len(baseline_entries)} problems)", err=True)

    if fmt == "html" and len(kept) > 1:
        _fail(f"--format html writes one page, and the input holds {len(kept)} documents: use "
              "--html=DIR or --report html:DIR for an index and a page per document")
    result = Result(documents=kept, pack=tally.pack, fail_on=run_fail_on, notices=tally.notices)
    if fmt == "html":
        text = render(result, fmt, main_options)
        targets.insert(0, _Target(output, fmt, main_options, rules_union, text=text))
    for target in targets:
        try:
            if target.path:
                _write_output(target.path, target.chunks(tally))
            else:
                for chunk in target.chunks(tally):
                    click.echo(clean_unicode(chunk), nl=False, color=use_color)
        except BrokenPipeError:
            _stdout_closed()
        except OSError as error:
            if not target.path:
                _fail(f"standard output: cannot write the report: {error.strerror or error}")
            what = "the report" if target.path == output else f"the {target.format} report"
            _fail(f"{target.path}: cannot write {what}: {error.strerror or error}; "
                  "the previous report there, if any, is left as it was")
        finally:
            target.close()
    for folder in html_folders:
        try:
            index = folder.finish()
        except OSError as error:
            _fail(f"{folder.target}: cannot write the html report: {error.strerror or error}; "
                  "index.html was not replaced")
        click.echo(f"fslcheck: HTML report: {visible(str(index))}", err=True)
    sys.exit(EXIT_ERROR if write_failed else tally.exit_code)


def _plan(files: list[str], rules: list[str], fail_on: str | None, finder: ConfigFinder,
          time_limit: float | None = None):
    """(packs, tasks, configs): a task per file with the pack and --fail-on its configuration asks
    for, and `time_limit` seconds; one compiled pack per distinct (packs, overrides). Raises
    FslcheckError for a bad pack or configuration, before anything is checked."""
    packs: list[CompiledPack] = []
    pack_index: dict[tuple, int] = {}
    tasks: list[batch.Task] = []
    configs = []
    for file in files:
        config = finder.for_path(file)
        refs = tuple(rules) or tuple(config.rules)
        key = (refs, json.dumps(config.overrides, sort_keys=True), str(config.path) if config.overrides else "")
        if key not in pack_index:
            pack = apply_overrides(load_pack(list(refs) or None), config)
            # no pack named: transcripts get the oral-statements pack, as `fslcheck.compile_pack()` does
            oral = None if refs else _oral_pack(config)
            try:
                packs.append(CompiledPack(pack, for_transcripts=CompiledPack(oral) if oral else None))
            except ValueError as error:  # e.g. a threshold override below the rule's `weak`
                raise RuleError(str(config.path), f"overrides: {error}") from None
            pack_index[key] = len(packs) - 1
        tasks.append(batch.Task(file, pack_index[key], fail_on or config.fail_on or "error", time_limit))
        configs.append(config)
    if not packs:
        packs.append(CompiledPack(load_pack(rules or finder.default.rules or None)))
    return packs, tasks, configs


def _oral_pack(config) -> RulePack:
    """The oral-statements pack with those of the configuration's overrides that name its rules
    (the rest are for the written pack, and checked against it)."""
    oral = load_pack(["us-pslra-oral"])
    ids = {rule.id for rule in oral.rules}
    return apply_overrides(oral, replace(config, overrides={k: v for k, v in config.overrides.items() if k in ids}))


def _rules_of(packs: list[CompiledPack]) -> list[dict[str, str]]:
    """Every rule of every pack of the run, once each, in pack order (for SARIF's rule list)."""
    seen: dict[str, dict[str, str]] = {}
    for compiled in packs:
        for rule in compiled.info().rules:
            seen.setdefault(rule["id"], rule)
    return list(seen.values())


class _Target:
    """One report of the run (the main output or a --report): its stream and its spool."""

    SPOOL_BYTES = 1024 * 1024  # then a temporary file: a report of any length costs no memory

    def __init__(self, path: str | None, fmt: str, options: RenderOptions, rules: list[dict[str, str]],
                 text: str | None = None) -> None:
        self.path, self.format, self.text = path, fmt, text
        self.stream = None if text is not None else RENDERERS[fmt].Stream(rules, options)
        self.spool = tempfile.SpooledTemporaryFile(max_size=self.SPOOL_BYTES, mode="w+", encoding="utf-8",
                                                   newline="")

    def add(self, document) -> None:
        # Undecodable file-name bytes (surrogates) become U+FFFD: every report is valid UTF-8.
        self.spool.write(clean_unicode(self.stream.document(document)))

    def chunks(self, tally: Tally) -> Iterator[str]:
        if self.text is not None:
            yield self.text
            return
        yield self.stream.head(tally)
        self.spool.seek(0)
        while chunk := self.spool.read(1 << 16):
            yield chunk
        yield self.stream.tail(tally)

    def close(self) -> None:
        self.spool.close()


@main.command(epilog="""\b
Examples:
  fslcheck text release.htm
  fslcheck text release.pdf --markers

\b
Exit codes:
  0  the text was printed
  2  the file cannot be read""")
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


@main.group(epilog="""\b
Examples:
  fslcheck rules list --rules rules/acme.yaml
  fslcheck rules validate rules/acme.yaml
  fslcheck rules test rules/acme.yaml

\b
Exit codes:
  0  done, everything valid and passing
  1  `rules test`: an example fails
  2  a pack cannot be loaded or is invalid""")
def rules() -> None:
    """List, validate and test rule packs."""


@rules.command("list", epilog="""\b
Example:
  fslcheck rules list --rules examples/sos-staffing

\b
Exit codes:
  0  listed
  2  the pack cannot be loaded""")
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


@rules.command("validate", epilog="""\b
Example:
  fslcheck rules validate rules/acme.yaml

\b
Exit codes:
  0  every pack is valid
  2  a pack is invalid (the message names file, line and key)""")
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


@rules.command("test", epilog="""\b
Example:
  fslcheck rules test rules/acme.yaml

\b
Exit codes:
  0  every example passes
  1  an example fails
  2  the pack cannot be loaded""")
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
                click.echo(visible(f"{file}: {problem}", " "))
    click.echo(f"{total - problems} passed, {problems} failed")
    sys.exit(EXIT_FAIL if problems else EXIT_OK)


@main.command("config", epilog="""\b
Examples:
  fslcheck config                   the configuration of the working folder
  fslcheck config drafts/q3.md      the one that applies to this document

\b
Exit codes:
  0  printed
  2  the configuration is invalid (the message names file, line and key)""")
@click.argument("path", required=False)
@click.option("--rules", "rules", multiple=True, metavar="FILE", help="As for `check`: shown as given on the command line.")
@click.option("--fail-on", type=click.Choice(FAIL_ON_LEVELS), default=None, help="As for `check`.")
def config_command(path, rules, fail_on) -> None:
    """Print the effective configuration for PATH (default: the working folder) and where each
    value comes from: a file and line, the command line, or the default."""
    try:
        config = ConfigFinder().for_path(path) if path and not Path(path).is_dir() else \
            find_config(Path(path) if path else None)
    except FslcheckError as error:
        _fail(str(error))
    click.echo(describe(config, {"rules": list(rules), "fail-on": fail_on}), nl=False)


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


@main.command("fls", epilog="""\b
Examples:
  fslcheck fls release.htm                       the forward-looking sentences, with their cues
  fslcheck fls release.htm --format json         every sentence with its verdict
  fslcheck fls sentences.txt --one-per-line --format json

\b
Exit codes:
  0  the sentences were listed
  2  a file cannot be read""")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: the forward-looking sentences; json: every sentence with its verdict.")
@click.option("--one-per-line", is_flag=True,
              help="Treat each input line as one sentence: exactly one entry per line, in order.")
@click.option("--release-date", callback=_release_date, metavar="YYYY-MM-DD",
              help="Dates after this one count as future (default: the date the document states, for a call "
                   "transcript the call's own date, else none).")
@input_options
def fls(paths, fmt, one_per_line, release_date, format_in, view, exhibit, max_bytes, max_expanded, max_pages) -> None:
    """List the forward-looking sentences of documents, with where they are and the cues that fired.

    Sentences of the document's own safe-harbor legend are shown as such and never count. With
    --format json every sentence is listed in order: {"sentences": [{"text", "forward_looking",
    "cues", "location", "topic"}, ...]} (plus "path", "in_legend" and "reason").
    """
    import json

    from .checks.base import CheckContext
    from .documents.decoding import from_wide
    from .fls.scan import judge_lines, scan, stated_date

    runtime.settle()  # imports done: this process is fslcheck's own (see fslcheck.runtime)
    entries: list[dict] = []
    failed = False
    for path in paths:
        if one_per_line:
            try:
                lines = _lines_of(from_wide(read_path(path, _load_options(format_in, view, exhibit, max_bytes)), path))
            except FslcheckError as error:
                _error_once(str(error))
                failed = True
                continue
            except UnicodeDecodeError:
                _error_once(f"{path}: is not UTF-8 text (--one-per-line reads text lines)")
                failed = True
                continue
            for number, (line, (verdict, topic)) in enumerate(zip(lines, judge_lines(lines, release_date)), 1):
                entries.append({"path": path, "text": line, "forward_looking": verdict.forward_looking,
                                "cues": verdict.cues, "location": f"line {number}", "topic": topic,
                                "in_legend": False, "reason": verdict.reason})
            continue
        try:
            documents = load_path(path, _load_options(format_in, view, exhibit, max_bytes, max_expanded, max_pages))
        except FslcheckError as error:
            _error_once(str(error))
            failed = True
            continue
        except Exception as error:  # noqa: BLE001 - as in `check`: a message, never a traceback
            _error_once(f"{path}: could not be read ({type(error).__name__}: {error}); please report this")
            failed = True
            continue
        for document in documents:
            try:
                context = CheckContext(document)
                legend = [context.canonical.to_source(s, e) for s, e in context.legend_spans]
                when = release_date or stated_date(document.text)
                found = [{"path": document.path, "text": item.sentence.text,
                          "forward_looking": item.forward_looking, "cues": item.verdict.cues,
                          "location": document.locate(item.sentence.start).describe(), "topic": item.topic,
                          "in_legend": item.in_legend, "reason": item.verdict.reason}
                         for item in scan(document.text, legend, when, context.canonical)]
            except Exception as error:  # noqa: BLE001 - one document's error, the others still listed
                _error_once(f"{document.path}: could not be read ({type(error).__name__}: {error}); please report this")
                failed = True
                continue
            entries.extend(found)
    if fmt == "json":
        click.echo(clean_unicode(json.dumps({"sentences": entries}, ensure_ascii=False, indent=1)))
    else:
        found = [e for e in entries if e["forward_looking"]]
        for entry in found:
            cues = ", ".join(c for c in entry["cues"] if not c.startswith("not:"))
            click.echo(f"{visible(entry['path'])}:{entry['location']}: [{entry['topic']}] "
                       f"{visible(entry['text'], ' ')}  (cues: {cues})")
        click.echo(f"{len(found)} forward-looking of {len(entries)} sentences")
    sys.exit(EXIT_ERROR if failed else EXIT_OK)


def _lines_of(raw: bytes) -> list[str]:
    """The lines of a UTF-8 file as `wc -l` counts them, plus a last line without a newline."""
    text = raw.decode("utf-8-sig")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not open another
    return [line.rstrip("\r") for line in lines]


if __name__ == "__main__":
    main()
