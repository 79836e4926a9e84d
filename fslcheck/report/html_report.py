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

from ..result import Result
from ..safe_io import HtmlFolder
from ..safe_text import clean_unicode, mark_controls
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


def _render(template: str, **context: Any) -> str:
    # Bidi and control characters from a document or a file name are shown as marks, never obeyed (a name must
    # not read reversed); the templates themselves have none, so only document text changes.
    return mark_controls(environment().get_template(template).render(**context, **_inline_hashes())) + "\n"


def render_document(view: view_model.DocumentView) -> str:
    """One document's page from its view model."""
    return _render("document.html.j2", doc=view, provenance=view.provenance)


def render_index(view: view_model.IndexView) -> str:
    """The batch overview page from its view model."""
    return _render("index.html.j2", view=view, provenance=view.provenance)


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


def plan_batch(result: Result, directory: str | Path, inputs: Iterable[str] = ()) -> tuple[HtmlFolder, list[str]]:
    """The folder and page names `write_batch` will use, checked before anything is written:
    `OutputRefused` when the folder holds an input or a page would replace a file fslcheck did
    not write there (see `fslcheck.safe_io`)."""
    folder = HtmlFolder(directory)
    names = view_model.page_names(doc.path for doc in result.documents)
    folder.check(["index.html", *names], inputs)
    return folder, names


def write_batch(result: Result, directory: str | Path, options: Any,
                *, now: Callable[[], datetime] = view_model.generated_at,
                inputs: Iterable[str] = (), plan: tuple[HtmlFolder, list[str]] | None = None) -> list[Path]:
    """Write one page per document, then index.html, into `directory`; return the paths written.

    The index comes first in the returned list. Each file is written atomically and recorded in
    the folder's manifest; only files fslcheck wrote there are ever replaced, nothing is deleted.
    The index is written last, so it never links to a page that could not be written (an
    OSError then leaves the previous index as it was).
    """
    folder, names = plan or plan_batch(result, directory, inputs)
    version = _version(options)
    when = now()
    stamp = when.isoformat(timespec="seconds")
    with folder.locked():
        pages = []
        for doc, name in zip(result.documents, names, strict=True):
            view = view_model.document_view(result, doc, version=version, when=when, page_name=name,
                                            index_href="index.html")
            about = {"document": clean_unicode(doc.path), "verdict": doc.verdict, "counts": doc.counts(),
                     "met": sum(1 for f in doc.findings if f.status.value == "met"), "total": len(doc.findings),
                     "error": clean_unicode(doc.error) if doc.error else None, "generated": stamp}
            pages.append(folder.write(name, clean_unicode(render_document(view)), about))
        index_view = view_model.index_view(result, names, version=version, when=when)
        # Pages an earlier run wrote here stay listed (marked as such): two runs sharing a folder
        # do not hide each other's reports, and the index links only to pages that exist.
        for name, entry in folder.earlier_pages(names):
            counts = entry.get("counts") if isinstance(entry.get("counts"), dict) else {}
            index_view.rows.append(view_model.IndexRow(
                path=f"{entry.get('document', name)} (earlier run, {entry.get('generated', 'time unknown')})",
                href=name, verdict=str(entry.get("verdict", "error")),
                counts={k: int(counts.get(k, 0)) for k in ("error", "warning", "info")},
                met=int(entry.get("met", 0)), total=int(entry.get("total", 0)), error=entry.get("error")))
        index = folder.write("index.html", clean_unicode(render_index(index_view)), {"index": True})
    return [index, *pages]
