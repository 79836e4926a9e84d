"""Draw the sentences of the labelled FLS set from the corpus and the external excerpts.

This is how the sentences of `sentences.jsonl` were drawn (kept so that the draw can be repeated
and checked); their `fls` labels were then written by reading each sentence under RULES.md, never
by running the classifier.

Per document: every sentence of a short one; otherwise contiguous windows (the opening of a
release and the stretch around its legend; a transcript's prepared remarks and a stretch of its
questions; two stretches of a 10-K or 10-Q), so that the set keeps the natural mix of
forward-looking and other sentences. At most five table-like rows and eight legend sentences per document.

    python benchmarks/fls/collect.py [CORPUS] > candidates.jsonl   # unlabelled
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from split import half  # noqa: E402

from fslcheck.checks.base import CheckContext  # noqa: E402
from fslcheck.documents import load_path  # noqa: E402
from fslcheck.documents.text import from_text  # noqa: E402
from fslcheck.fls.segment import sentences  # noqa: E402

KINDS = {"8k": "8k-body", "6k": "8k-body", "10k": "10k", "10q": "10q", "earnings-call-transcript": "call-transcript",
         "sponsored-article": "other"}


def kind_of(manifest_kind: str) -> str:
    return KINDS.get(manifest_kind, "press-release")


def windows(n: int, kind: str, legend_at: int | None) -> list[range]:
    if n <= 50:
        return [range(n)]
    if kind == "call-transcript":
        return [range(20, min(n, 75)), range(int(n * 0.6), min(n, int(n * 0.6) + 35))]
    if kind in ("10k", "10q"):
        return [range(int(n * f), min(n, int(n * f) + 20)) for f in (0.35, 0.55)]
    out = [range(0, 30)]
    if legend_at is not None:
        out.append(range(max(30, legend_at - 4), min(n, legend_at + 6)))
    return out


def tabular(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return letters < 0.4 * len(text) or len(text.split()) <= 2


def draw(path: Path, name: str, company: str, kind: str) -> list[dict]:
    raw = path.read_text(encoding="utf-8") if path.suffix == ".txt" and "external" in path.parts else None
    if raw is not None:  # an external excerpt: its first line names the source
        documents = [from_text(re.sub(r"\A# source:[^\n]*\n", "", raw), str(path), "")]
    else:
        documents = load_path(path)
    out = []
    for document in documents:
        context = CheckContext(document)
        legend = [context.canonical.to_source(s, e) for s, e in context.legend_spans]
        units = sentences(document.text, context.canonical)
        in_legend = [any(s <= u.start < e for s, e in legend) for u in units]
        legend_at = in_legend.index(True) if True in in_legend else None
        chosen = sorted({i for w in windows(len(units), kind, legend_at) for i in w if i < len(units)})
        tables = legends = 0
        for i in chosen:
            unit = units[i]
            if tabular(unit.text):
                tables += 1
                if tables > 5:
                    continue
            if in_legend[i]:
                legends += 1
                if legends > 8:
                    continue
            out.append({"doc": name, "company": company, "kind": kind, "half": half(name),
                        "index": i, "in_legend": in_legend[i], "text": unit.text})
    return out


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "corpus"
    rows = []
    with open(corpus / "manifest.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            path = corpus / row["file"]
            try:
                rows += draw(path, path.name, row["company"], kind_of(row["kind"]))
            except Exception as error:  # noqa: BLE001 - a document that cannot be read is left out
                print(f"skipped {path.name}: {error}", file=sys.stderr)
    for path in sorted((HERE / "external").glob("*.txt")):
        rows += draw(path, path.name, path.name.split("_")[0], "press-release")
    seen = set()
    for row in rows:
        key = re.sub(r"\W+", " ", row["text"].lower()).strip()
        if key in seen:
            continue
        seen.add(key)
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
