"""The document text with page and paragraph markers, for `fslcheck text --markers`.

`fslcheck text` prints `Document.text` exactly as findings' offsets count it, so it can carry no
markers. With `--markers` a reader sees where each PDF page ("[page 2]", on a line of its own)
and each .docx paragraph ("[¶ 12] ") begins, to relate a finding's "p. 2" or "¶ 12" to the
text. The markers are inserted into a copy; offsets into this rendering mean nothing.
"""

from __future__ import annotations

from .model import Document


def render_with_markers(doc: Document) -> str:
    """`doc.text` with "[page N]" lines and "[¶ N] " prefixes where pages and paragraphs start."""
    inserts: list[tuple[int, int, str]] = []  # (offset, order at that offset, marker)
    for number, start in enumerate(doc.page_starts, start=1):
        inserts.append((start, 0, f"[page {number}]\n"))
    for number, start in enumerate(doc.paragraph_starts, start=1):
        inserts.append((start, 1, f"[¶ {number}] "))
    if not inserts:
        return doc.text
    inserts.sort()
    pieces: list[str] = []
    position = 0
    for offset, _, marker in inserts:
        offset = max(0, min(offset, len(doc.text)))
        pieces.append(doc.text[position:offset])
        if marker.endswith("\n") and pieces and "".join(pieces[-2:])[-1:] not in ("", "\n"):
            pieces.append("\n")  # a page marker always stands on its own line
        pieces.append(marker)
        position = offset
    pieces.append(doc.text[position:])
    return "".join(pieces)
