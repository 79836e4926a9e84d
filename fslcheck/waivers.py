"""Waivers: findings a team has accepted, with who approved them, why, and until when.

A waiver (a `waivers` entry of the project configuration, see `fslcheck.config`) applies to a
problem (missing, weak, violated) of its `rule` in a document whose path, relative to the
configuration's folder, matches its `path` glob (gitignore-style: `drafts/*.md`, `**/2019-*`).
The finding keeps its place in every report with status `waived`, the reason, the approver, the
expiry and the status it had; it no longer fails the run.

On the day after `expires` a waiver stops applying, and each run says so with a warning that
names the configuration line. A waiver that matched nothing in a run is reported too (like
ruff's unused `noqa`), so stale waivers get cleaned up.
"""

from __future__ import annotations

import os
from datetime import date
from difflib import get_close_matches
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Waiver
from .result import DocumentResult, Notice, Status

if TYPE_CHECKING:
    import pathspec


@lru_cache(maxsize=256)
def _spec(pattern: str) -> pathspec.PathSpec:
    import pathspec  # here: most runs have no waiver with a path

    return pathspec.GitIgnoreSpec.from_lines([pattern])


def matches_path(waiver: Waiver, document_path: str) -> bool:
    if document_path == "-":
        return False
    file_part = document_path.split("#", 1)[0] if not Path(document_path).exists() else document_path
    try:
        relative = Path(os.path.realpath(file_part)).relative_to(waiver.folder.resolve())
    except ValueError:
        return False
    return _spec(waiver.path).match_file(relative.as_posix())


class WaiverBook:
    """Applies waivers to documents as they are checked, and remembers which were used."""

    def __init__(self, today: date | None = None) -> None:
        self.today = today or date.today()
        self.seen: dict[str, Waiver] = {}  # source -> waiver, every waiver of every config used
        self.used: set[str] = set()

    def apply(self, document: DocumentResult, waivers: list[Waiver]) -> None:
        for waiver in waivers:
            self.seen.setdefault(waiver.source, waiver)
        active = [w for w in waivers if w.expires >= self.today]
        if not active:
            return
        applicable = [w for w in active if matches_path(w, document.path)]
        for finding in document.findings:
            if not finding.status.is_problem:
                continue
            for waiver in applicable:
                if fnmatchcase(finding.rule, waiver.rule):
                    finding.waiver = {
                        "rule": waiver.rule, "path": waiver.path, "reason": waiver.reason,
                        "approved_by": waiver.approved_by, "expires": waiver.expires.isoformat(),
                        "was": finding.status.value, "source": waiver.source,
                    }
                    finding.status = Status.WAIVED
                    self.used.add(waiver.source)
                    break

    def notices(self, rule_ids: list[str] | None = None) -> list[Notice]:
        """Expired waivers, and waivers that matched no problem in this run (with the nearest rule
        id when the waiver's rule names none of `rule_ids`: a typo)."""
        out = []
        ids = list(rule_ids or [])
        for source, waiver in self.seen.items():
            if waiver.expires < self.today:
                out.append(Notice(f"the waiver of {waiver.rule} for {waiver.path} expired on "
                                  f"{waiver.expires.isoformat()} and no longer applies "
                                  f"(approved by {waiver.approved_by})", source, "expired-waiver"))
            elif source not in self.used:
                message = (f"the waiver of {waiver.rule} for {waiver.path} matched no problem in this run; "
                           "remove it if it is no longer needed")
                if ids and not any(fnmatchcase(rule_id, waiver.rule) for rule_id in ids):
                    hint = get_close_matches(waiver.rule, ids, n=1, cutoff=0.5)
                    message = (f"the waiver names {waiver.rule!r}, which is no rule of the pack"
                               + (f"; did you mean {hint[0]!r}?" if hint else ""))
                out.append(Notice(message, source, "unused-waiver"))
        return sorted(out, key=lambda n: n.source)
