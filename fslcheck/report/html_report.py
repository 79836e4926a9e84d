"""HTML report: one self-contained page per document, and an index page for a batch.

The page is built in two steps (see `view_model`): the data model first, then Jinja2 renders it.
The Jinja2 environment escapes every value (autoescape on for all templates, whatever their
name), and no template applies the "safe" filter: document and rule text arrive as plain strings
and segments, so hostile text in a release or a rule pack cannot become markup.

The pages carry their CSS and their small optional script inline, and a Content-Security-Policy
that allows exactly those two blocks (by SHA-256) and nothing else: a report opened from disk or
mailed to counsel loads nothing from anywhere and runs nothing it was not generated with.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..result import Result
from ..safe_text import mark_controls
from . import view_model

FORMAT = "html"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The template environment: templates from the package, everything escaped."""
    return Environment(
        loader=PackageLoader("fslcheck.report", "templates"),
        autoescape=True,  # every template, not only *.html: nothing renders unescaped
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


@lru_cache(maxsize=1)
def _inline_hashes() -> dict[str, str]:
    """CSP source expressions for the inline <style> and <script> exactly as they render."""
    env = environment()

    def digest(name: str) -> str:
        text = env.get_template(name).render()
        return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()

    return {"style_hash": digest("_style.css.j2"), "script_hash": digest("_script.js.j2")}


def _version(options: Any) -> str:
    version = getattr(options, "version", "") or ""
    if version:
        return version
    try:
        from .. import __version__  # type: ignore[attr-defined]

        return str(__version__)
    except ImportError:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as dist_version

        try:
            return dist_version("fslcheck")
        except PackageNotFoundError:
            return "unknown"


def css_string(text: str) -> str:
    """`text` as a CSS string literal in which every character but ASCII letters and digits is
    a six-digit hex escape (spaces too: a space after an escape would be swallowed by it).
    Nothing in it can end the string, the rule or the <style> element, and HTML escaping has
    nothing to change in it."""
    return '"' + "".join(c if c.isascii() and c.isalnum() else f"\\{ord(c):06x}"
                         for c in text) + '"'


def running_head_css(head: str) -> str:
    """The printed page's running head: `head` top left on every page (a CSS page-margin box,
    which Chromium prints; the page numbers are in the static style sheet)."""
    return ("@page { @top-left { content: " + css_string(head)
            + "; font: 8pt system-ui, Arial, sans-serif; vertical-align: bottom; padding-bottom: 3mm; } }")


def _render(template: str, head: str, **context: Any) -> str:
    css = running_head_css(head)
    digest = "sha256-" + base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    # Markup: `css` is escaped by construction (css_string); autoescape would turn its quote
    # marks into entities, which a <style> element does not decode.
    # Bidi and control characters from a document or a file name are shown as marks, never obeyed
    # (a name must not read reversed); the templates have none, and css_string escapes them.
    return mark_controls(environment().get_template(template).render(
        **context, **_inline_hashes(), page_style=Markup(css), page_style_hash=digest)) + "\n"


def render_document(view: view_model.DocumentView) -> str:
    """One document's page from its view model."""
    return _render("document.html.j2", view.running_head, doc=view, provenance=view.provenance)


def render_index(view: view_model.IndexView) -> str:
    """The batch overview page from its view model."""
    return _render("index.html.j2", view.running_head, view=view, provenance=view.provenance)


def render(result: Result, options: Any, *, now: Callable[[], datetime] = view_model.generated_at) -> str:
    """The page for the first document of `result` (`--format html`; use `--html DIR` for all)."""
    version = _version(options)
    when = now()
    if not result.documents:
        return render_index(view_model.index_view(result, [], version=version, when=when))
    count = len(result.documents)
    note = (
        f"This page shows the first of {count} documents checked; use --html DIR for a page "
        "per document and an index."
        if count > 1
        else ""
    )
    view = view_model.document_view(result, result.documents[0], version=version, when=when,
                                    note=note)
    return render_document(view)


def write_batch(result: Result, directory: str | Path, options: Any,
                *, now: Callable[[], datetime] = view_model.generated_at,
                inputs: Iterable[str] = ()) -> list[Path]:
    """Write one page per document, then index.html, into `directory`; return the paths written,
    the index first.

    Each file is written atomically and recorded in the folder's manifest; only files fslcheck
    wrote there are ever replaced, nothing is deleted, and a folder holding one of `inputs` is
    refused (`OutputRefused`) before anything is written (see `fslcheck.report.html_batch`).
    """
    from .html_batch import HtmlBatch  # it renders pages with this module

    folder = HtmlBatch(directory, result.tally(), options, inputs, now=now)
    try:
        for document in result.documents:
            folder.add(document)
    except BaseException:
        folder.close()
        raise
    return [folder.finish(), *folder.pages]
