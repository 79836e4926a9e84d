"""Fingerprints: a finding's identity that survives re-wrapping, moved lines and other machines.

A fingerprint is made of what a finding *is*, never of where it happens to sit: the rule, the
document's path relative to the working folder (with `/` separators), and a text that identifies
the finding (see `fingerprint_text`), lower-cased, with punctuation, hyphens and line breaks
dropped. Re-wrapping a paragraph, inserting lines above it or checking out the repository
elsewhere leaves it unchanged; a problem that gets worse (weak to missing) or a forbidden phrase
in other words is a new finding. Baselines (`--baseline`), SARIF `partialFingerprints` and GitLab
Code Quality `fingerprint`s all use it.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

_WORD = re.compile(r"[^\W_]+")
VERSION = "fslcheck/v1"


def relative_path(path: str, base: str | os.PathLike[str] | None = None) -> str:
    """`path` relative to `base` (default: the working folder), `/`-separated, without `./`.

    Paths outside the base stay as given (made `/`-separated); `-` (standard input) stays `-`.
    """
    if path == "-":
        return path
    base_path = Path(base) if base is not None else Path.cwd()
    file_part, fragment = split_fragment(path)
    try:
        relative = os.path.relpath(os.path.realpath(file_part), base_path.resolve())
    except ValueError:  # another drive on Windows
        relative = file_part
    if relative.startswith(".."):
        relative = file_part
    return Path(relative).as_posix() + fragment


def split_fragment(path: str) -> tuple[str, str]:
    """EDGAR exhibits are named `file.txt#EX-99.1`: split off the exhibit when the file exists."""
    if "#" in path and not Path(path).exists():
        file_part, _, fragment = path.rpartition("#")
        if Path(file_part).exists():
            return file_part, "#" + fragment
    return path, ""


def words(text: str) -> str:
    """The words of `text`, lower-cased, one space between them."""
    return " ".join(_WORD.findall(text.casefold()))


def fingerprint_text(document, finding) -> str:
    """The text a finding's fingerprint is made of, chosen to be stable where the finding is:

    - a missing element: its status (the rule and path identify it);
    - a weak match: its status and the rule's phrase it came closest to (the fuzzy alignment's
      exact span, and the sentence quoted around it, shift when lines are re-wrapped or moved);
    - any other match (a forbidden phrase found): the words it matched.
    A waived finding is fingerprinted as the problem it was.
    """
    status = (finding.waiver or {}).get("was") or finding.status.value
    if status == "missing":
        return "missing"
    if status == "weak":
        return "weak " + str(finding.details.get("matched_phrase", ""))
    doc = getattr(document, "document", None)
    if doc is not None and finding.location is not None and finding.start is not None and finding.end:
        return doc.text[finding.start:finding.end]
    return finding.excerpt


def fingerprint(rule: str, path: str, excerpt: str) -> str:
    """A stable hex digest for the finding of `rule` in the document at `path` quoting `excerpt`."""
    key = "\x1f".join((rule, path, words(excerpt)))
    # surrogatepass: a path whose bytes are not UTF-8 (surrogateescape) is hashed as it is, not refused
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
