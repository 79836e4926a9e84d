"""`--html DIR` / `--report html:DIR` for a streamed batch: each page written as its document is
checked, the index at the end.

`html_report.write_batch` renders a finished `Result`, holding every document until the end. A
batch on the command line instead hands each document here as it is checked: its page is written
at once, and only what the index shows (path, verdict, the status and severity of each finding)
is kept, so a long batch does not hold every document's text. The pages and the index are the
same bytes `write_batch` writes for the same documents (a test holds the two together).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path, PurePath
from typing import Any

from ..result import DocumentResult, Finding, Result, Tally
from . import html_report, view_model


class HtmlBatch:
    def __init__(self, directory: str | Path, tally: Tally, options: Any,
                 writer: Callable[[Path, str], None],
                 now: Callable[[], datetime] = view_model.generated_at) -> None:
        from .. import __version__

        self.target = Path(directory)
        self.target.mkdir(parents=True, exist_ok=True)
        self.version = getattr(options, "version", "") or __version__
        self.when = now()
        self.tally = tally  # pack and --fail-on now; counts and notices by the end
        self.writer = writer
        self.rows: list[DocumentResult] = []
        self.names: list[str] = []
        self._taken = {"index.html"}

    def add(self, document: DocumentResult) -> None:
        name = self._page_name(document.path)
        frame = Result(documents=[], pack=self.tally.pack, fail_on=self.tally.fail_on)
        view = view_model.document_view(frame, document, version=self.version, when=self.when,
                                        page_name=name, index_href="index.html")
        self.writer(self.target / name, html_report.render_document(view))
        self.rows.append(_summary_only(document))
        self.names.append(name)

    def finish(self) -> Path:
        result = Result(documents=self.rows, pack=self.tally.pack, fail_on=self.tally.fail_on,
                        notices=self.tally.notices)
        index = self.target / "index.html"
        self.writer(index, html_report.render_index(
            view_model.index_view(result, self.names, version=self.version, when=self.when)))
        return index

    def _page_name(self, path: str) -> str:
        """`view_model.page_names`, one path at a time (the names it gives a whole batch)."""
        stem = view_model.slug(PurePath(path).name or "document")
        name, n = f"{stem}.html", 2
        while name in self._taken:
            name, n = f"{stem}-{n}.html", n + 1
        self._taken.add(name)
        return name


def _summary_only(document: DocumentResult) -> DocumentResult:
    """What the index reads of a document: no text, no excerpts, no details."""
    findings = [Finding(rule=f.rule, title=f.title, severity=f.severity, status=f.status, message="",
                        baselined=f.baselined) for f in document.findings]
    return DocumentResult(path=document.path, findings=findings, error=document.error, fail_on=document.fail_on)
