"""The whole document behind a labelled call transcript's sentences, for the FLS benchmark and training.

The labelled set (`fls/sentences.jsonl`) holds windows of each transcript, not all of it; who
holds the floor at the first sentence of a window (the operator, management, an analyst), whether
the questions have begun and the date of the call are known only from the sentences before it,
as `fslcheck fls` knows them when it reads the whole transcript. So for a call transcript whose
document can be read here, `walk` gives every sentence of it, in order, up to the last labelled
one, the labelled ones with their rows: the benchmark and the training read the floor as in use.
The document is the corpus file (`benchmarks/corpus/releases`, `../shared/corpus/releases`) or,
for a transcript drawn from outside the corpus, its source rendered as `fls/collect_external.py`
drew it, read from a local snapshot of its repository (`$FLS_MIRROR`, by default `/work/.mirror`).
When neither is there, or the document no longer cuts into the labelled sentences at their
indices, the labelled sentences are walked alone, with a gap marked where the windows jump (the
floor is then unknown after each gap).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE / "fls"))

from fslcheck.fls.scan import stated_date  # noqa: E402
from fslcheck.fls.segment import Sentence, sentences  # noqa: E402
from fslcheck.fls.transcript import roster  # noqa: E402

CORPORA = (HERE / "corpus" / "releases", HERE.parent.parent / "shared" / "corpus" / "releases",
           HERE.parent / "shared" / "corpus" / "releases")


@dataclass(frozen=True)
class Step:
    """One sentence of a walk: its text, the speaker label cut off it, and its labelled row (None
    for a sentence the set does not hold); `gap` marks a jump over sentences not given."""

    text: str
    speaker: str = ""
    row: dict | None = None
    gap: bool = False


@lru_cache(maxsize=64)
def _units(doc: str, repo: str | None, path: str | None, commit: str | None) -> tuple[str, tuple[Sentence, ...]] | None:
    """The transcript's text and sentences, as `collect.py` / `collect_external.py` cut them."""
    from fslcheck.checks.base import CheckContext
    from fslcheck.documents import load_path
    from fslcheck.documents.text import from_text

    document = None
    if repo is None:
        for folder in CORPORA:
            if (folder / doc).is_file():
                document = load_path(folder / doc)[0]
                break
    else:
        try:
            from collect_external import Source, read, render_transcript
            text, _ = render_transcript(json.loads(read(Source(doc, "", "call-transcript", repo, commit, path))))
        except (SystemExit, OSError, ValueError):
            return None
        document = from_text(text, doc, "")
    if document is None:
        return None
    return document.text, tuple(sentences(document.text, CheckContext(document).canonical))


def document_text(items: list[dict]) -> str | None:
    """The whole text of the transcript the rows `items` were drawn from, if it can be read here
    and still cuts into them at their indices."""
    found = _aligned(items)
    return found[0] if found else None


def _aligned(items: list[dict]) -> tuple[str, tuple[Sentence, ...]] | None:
    first = items[0]
    if first["kind"] != "call-transcript":
        return None
    found = _units(first["doc"], first.get("source_repo"), first.get("source_path"), first.get("source_commit"))
    if found is None:
        return None
    units = found[1]
    if any(row["index"] >= len(units) or units[row["index"]].text != row["text"] for row in items):
        return None
    return found


def walk(items: list[dict]) -> Iterator[Step]:
    """The sentences of one document's labelled rows `items` (in index order), as `walk` reads
    them (see the module docstring)."""
    found = _aligned(items)
    if found is None:
        last = None
        for row in items:
            yield Step(row["text"], "", row, last is not None and row["index"] != last + 1)
            last = row["index"]
        return
    units = found[1]
    labelled = {row["index"]: row for row in items}
    for index, unit in enumerate(units[:items[-1]["index"] + 1]):
        yield Step(unit.text, unit.speaker, labelled.get(index))


def walked(items: list[dict]) -> bool:
    """Are the rows `items` walked within their whole document?"""
    return _aligned(items) is not None


def participants(items: list[dict]) -> dict[str, str]:
    """The participants list of the rows' transcript (empty when it cannot be read)."""
    found = _aligned(items)
    return roster(found[0]) if found else {}


def call_date(items: list[dict]) -> date | None:
    """The date the rows' transcript states for the call (as `fslcheck fls` reads it), if known."""
    found = _aligned(items)
    return stated_date(found[0]) if found else None
