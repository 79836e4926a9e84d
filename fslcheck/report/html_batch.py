"""`--html DIR` / `--report html:DIR`: a page per document, written as it is checked, and the
index at the end.

A batch on the command line hands each document here as it is checked: its page is written at
once, and only what the index shows (path, verdict, the status and severity of each finding) is
kept, so a long batch does not hold every document's text. `html_report.write_batch` renders a
finished `Result` through the same class, so both write the same bytes.

The folder is an `HtmlFolder` (`fslcheck.safe_io`): every file is written atomically and recorded
in the folder's manifest, a file fslcheck did not write is never replaced, and nothing is deleted.
The folder's lock is held from the first page to the index, so two runs sharing a folder take
turns; pages of earlier runs still in the folder stay listed in the index, marked as such.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from ..result import DocumentResult, Finding, Result, Status, Tally
from ..safe_io import HtmlFolder
from ..safe_text import clean_unicode
from . import html_report, view_model


class HtmlBatch:
    """An HTML report folder being written. Raises `OutputRefused` (before writing anything) when
    the folder holds an input or its index is a file fslcheck did not write."""

    def __init__(self, directory: str | Path, tally: Tally, options: Any, inputs: Iterable[str] = (),
                 now: Callable[[], datetime] = view_model.generated_at) -> None:
        from .. import __version__

        self.folder = HtmlFolder(directory)
        self.target = self.folder.directory
        self.inputs = [i for i in inputs if i != "-"]
        self.folder.check(["index.html"], self.inputs)
        self.version = getattr(options, "version", "") or __version__
        self.when = now()
        self.tally = tally  # pack and --fail-on now; counts and notices by the end
        self.rows: list[DocumentResult] = []
        self.names: list[str] = []
        self.pages: list[Path] = []
        self._namer = view_model.PageNamer()
        self._lock = contextlib.ExitStack()
        self._lock.enter_context(self.folder.locked())

    def add(self, document: DocumentResult) -> Path:
        """Write the document's page (atomically); raises OutputRefused or OSError."""
        name = self._namer.name(document.path)
        self.folder.check([name], self.inputs)
        frame = Result(documents=[], pack=self.tally.pack, fail_on=self.tally.fail_on)
        view = view_model.document_view(frame, document, version=self.version, when=self.when,
                                        page_name=name, index_href="index.html")
        about = {"document": clean_unicode(document.path), "verdict": document.verdict,
                 "counts": document.counts(), "met": sum(1 for f in document.findings if f.status is Status.MET),
                 "total": len(document.findings), "error": clean_unicode(document.error) if document.error else None,
                 "generated": self.when.isoformat(timespec="seconds")}
        page = self.folder.write(name, clean_unicode(html_report.render_document(view)), about)
        self.rows.append(_summary_only(document))
        self.names.append(name)
        self.pages.append(page)
        return page

    def finish(self) -> Path:
        """Write the index (last: it links only to pages that were written) and release the folder."""
        try:
            result = Result(documents=self.rows, pack=self.tally.pack, fail_on=self.tally.fail_on,
                            notices=self.tally.notices)
            index_view = view_model.index_view(result, self.names, version=self.version, when=self.when)
            for name, entry in self.folder.earlier_pages(self.names):
                counts = entry.get("counts") if isinstance(entry.get("counts"), dict) else {}
                index_view.rows.append(view_model.IndexRow(
                    path=f"{entry.get('document', name)} (earlier run, {entry.get('generated', 'time unknown')})",
                    href=name, verdict=str(entry.get("verdict", "error")),
                    counts={k: int(counts.get(k, 0)) for k in ("error", "warning", "info")},
                    met=int(entry.get("met", 0)), total=int(entry.get("total", 0)), error=entry.get("error")))
            return self.folder.write("index.html", clean_unicode(html_report.render_index(index_view)),
                                     {"index": True})
        finally:
            self.close()

    def close(self) -> None:
        self._lock.close()


def _summary_only(document: DocumentResult) -> DocumentResult:
    """What the index reads of a document: no text, no excerpts; where each finding is (the index
    lists problems in reading order)."""
    findings = [Finding(rule=f.rule, title=f.title, severity=f.severity, status=f.status, message="",
                        start=f.start, baselined=f.baselined, details=_place_only(f.details))
                for f in document.findings]
    return DocumentResult(path=document.path, findings=findings, error=document.error, fail_on=document.fail_on)


def _place_only(details: dict[str, Any]) -> dict[str, Any]:
    """Of a finding's details, only where its closest wording starts (for the index's order) and
    why a legend-like passage was set aside (the index names it)."""
    kept: dict[str, Any] = {}
    near = details.get("closest")
    if isinstance(near, dict) and isinstance(near.get("start"), int):
        kept["closest"] = {"start": near["start"]}
    set_aside = details.get("set_aside")
    if isinstance(set_aside, list):
        kept["set_aside"] = [{"reason": item.get("reason")} for item in set_aside if isinstance(item, dict)]
    return kept
