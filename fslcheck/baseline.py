"""Baselines: adopt the gate on an archive of past releases without fixing them all first.

`fslcheck check … --write-baseline FILE` records every problem of the run (missing, weak,
violated, not waived) by its fingerprint (see `fslcheck.fingerprints`: the rule, the document's
path relative to the baseline file's folder, the words of the excerpt; no offsets, so re-wrapping
a paragraph or moving it does not make an old problem new). `--baseline FILE` then marks those
problems `baselined`: they stay in every report, and only problems not in the baseline fail.

The file is JSON, sorted, one entry per problem, meant to be committed and reviewed:

    {"fslcheck-baseline": 1,
     "problems": [{"rule": "pslra.no-update", "path": "archive/2019-q3.md", "status": "missing",
                   "fingerprint": "…"}]}
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from . import helper_files
from .errors import FslcheckError
from .fingerprints import fingerprint, fingerprint_text, relative_path
from .result import DocumentResult

FORMAT_VERSION = 1
MAX_BYTES = 64 * 1024 * 1024  # some 300,000 problems: far past any archive's


class BaselineError(FslcheckError):
    """A baseline file that cannot be read or is not a baseline."""


def _key(document: DocumentResult, finding, base: Path) -> str:
    return fingerprint(finding.rule, relative_path(document.path, base), fingerprint_text(document, finding))


def entries(documents: list[DocumentResult], baseline_file: Path) -> list[dict[str, str]]:
    base = baseline_file.resolve().parent
    out = []
    for document in documents:
        for finding in document.findings:
            if finding.status.is_problem:
                out.append({"rule": finding.rule, "path": relative_path(document.path, base),
                            "status": finding.status.value,
                            "fingerprint": _key(document, finding, base)})
    return sorted(out, key=lambda e: (e["path"], e["rule"], e["fingerprint"]))


def dump(documents: list[DocumentResult], baseline_file: Path) -> str:
    return text(entries(documents, baseline_file))


def text(problems: list[dict[str, str]]) -> str:
    """The baseline file for these entries (sorted, so that it diffs well)."""
    problems = sorted(problems, key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    return json.dumps({"fslcheck-baseline": FORMAT_VERSION, "problems": problems}, indent=2, ensure_ascii=False) + "\n"


class Baseline:
    """The known problems of a baseline file; `apply` marks them on a document's findings."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.base = path.resolve().parent
        try:
            text = helper_files.read_text(path, BaselineError, "baseline", MAX_BYTES)
            data = helper_files.parse_json(text, path, BaselineError, "baseline")
        except FileNotFoundError:
            raise BaselineError(str(path), "no such baseline file (write one with --write-baseline)") from None
        except (OSError, UnicodeDecodeError) as error:
            raise BaselineError(str(path), f"cannot read the baseline: {error}") from None
        except json.JSONDecodeError as error:
            raise BaselineError(str(path), f"not a baseline (invalid JSON: {error.msg})", error.lineno,
                                error.colno) from None
        if not isinstance(data, dict) or data.get("fslcheck-baseline") != FORMAT_VERSION or \
                not isinstance(data.get("problems"), list):
            raise BaselineError(str(path), "not an fslcheck baseline (version 1 with a list of problems)")
        self.known = Counter(str(e.get("fingerprint")) for e in data["problems"] if isinstance(e, dict))

    def apply(self, document: DocumentResult) -> None:
        for finding in document.findings:
            if finding.status.is_problem:
                key = _key(document, finding, self.base)
                if self.known[key] > 0:
                    finding.baselined = True
