"""PDF text extraction: the chosen library (PDFium via pypdfium2) against the alternatives.

Run from the checkout, with the corpus beside it (../shared/corpus):

    python benchmarks/pdf_extraction.py [--corpus DIR] [--repeat N]

For each library, on every corpus PDF: pages per second (best of N runs of plain page-text
extraction), and extraction quality measured three ways:

- evidence: the labelled evidence sentences of labels/*.pdf.yaml found verbatim in the text after
  NFKC and whitespace collapse ("strict"), and also after joining "safe- harbor" style line-end
  hyphens ("lenient", since labels quote the text as one extractor laid it out);
- damage: characters that stand for a glyph with no Unicode mapping (NUL, U+FFFE, U+FFFD,
  "(cid:N)", control characters) — the lost "fi" ligatures of the eBay and Costco releases;
- "fslcheck" is the full loader (pypdfium2 + header/footer removal, hyphenation, ligature repair):
  what the checks actually see.

Libraries not installed are skipped. PyMuPDF is measured for comparison only (AGPL licence).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

Extractor = Callable[[bytes], list[str]]


def _pypdfium2(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    pages = []
    for page in document:
        textpage = page.get_textpage()
        pages.append(textpage.get_text_range())
        textpage.close()
        page.close()
    document.close()
    return pages


def _pymupdf(data: bytes) -> list[str]:
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as document:
        return [page.get_text() for page in document]


def _pypdf(data: bytes) -> list[str]:
    import io

    import pypdf

    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def _pdfminer(data: bytes) -> list[str]:
    import io

    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data)).split("\f")


def _pdfplumber(data: bytes) -> list[str]:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as document:
        return [page.extract_text() or "" for page in document.pages]


def _fslcheck(data: bytes) -> list[str]:
    from fslcheck.documents import pdf

    document = pdf.load(data, "benchmark.pdf")
    starts = document.page_starts + [len(document.text)]
    return [document.text[a:b] for a, b in zip(starts, starts[1:], strict=False)]


LIBRARIES: dict[str, tuple[str, Extractor]] = {
    "pypdfium2": ("pypdfium2", _pypdfium2),
    "fslcheck": ("pypdfium2", _fslcheck),
    "pymupdf": ("pymupdf", _pymupdf),
    "pypdf": ("pypdf", _pypdf),
    "pdfminer.six": ("pdfminer", _pdfminer),
    "pdfplumber": ("pdfplumber", _pdfplumber),
}

_DAMAGE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\ufffe]|\(cid:\d+\)")


def _collapse(text: str, lenient: bool) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\ufffe", "-")
    if lenient:
        text = re.sub(r"(?<=\w)-\s+(?=\w)", "-", text)
    return " ".join(text.split())


def _evidence(corpus: Path) -> dict[str, list[str]]:
    wanted: dict[str, list[str]] = {}
    for label in sorted((corpus / "labels").glob("*.pdf.yaml")):
        data = yaml.safe_load(label.read_text(encoding="utf-8")) or {}
        sentences = {e["evidence"] for e in (data.get("elements") or {}).values() if e.get("evidence")}
        if data.get("fls_body_example"):
            sentences.add(data["fls_body_example"])
        wanted[Path(data["file"]).name] = sorted(sentences)
    return wanted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=1, help="runs per library (best is kept)")
    args = parser.parse_args()
    files = sorted((args.corpus / "releases").glob("*.pdf"))
    if not files:
        sys.exit(f"no PDFs under {args.corpus / 'releases'}")
    blobs = {f.name: f.read_bytes() for f in files}
    evidence = _evidence(args.corpus)
    total_evidence = sum(len(v) for v in evidence.values())

    rows = []
    for name, (module, extract) in LIBRARIES.items():
        try:
            __import__(module)
        except ImportError:
            print(f"{name}: not installed, skipped")
            continue
        best, pages, texts, failures = float("inf"), 0, {}, 0
        for _ in range(args.repeat):
            pages, failures = 0, 0
            started = time.perf_counter()
            for file, data in blobs.items():
                try:
                    texts[file] = extract(data)
                except Exception:  # noqa: BLE001 - a benchmark counts failures, it does not stop
                    texts[file], failures = [], failures + 1
                pages += len(texts[file])
            best = min(best, time.perf_counter() - started)
        strict = lenient = 0
        for file, sentences in evidence.items():
            joined = "\n".join(texts.get(file, []))
            strict_text, lenient_text = _collapse(joined, False), _collapse(joined, True)
            strict += sum(_collapse(s, False) in strict_text for s in sentences)
            lenient += sum(_collapse(s, True) in lenient_text for s in sentences)
        damage = sum(len(_DAMAGE.findall("\n".join(t))) for t in texts.values())
        rows.append((name, pages, best, strict, lenient, damage, failures))

    reference = next((r[1] / r[2] for r in rows if r[0] == "pypdfium2"), None)
    print(f"\n{len(files)} PDFs; {total_evidence} labelled evidence sentences in {len(evidence)} labelled PDFs\n")
    print(f"{'library':<13} {'pages':>5} {'seconds':>8} {'pages/s':>8} {'vs pdfium':>9} "
          f"{'evidence strict':>15} {'lenient':>8} {'damage':>7} {'errors':>6}")
    for name, pages, seconds, strict, lenient, damage, failures in rows:
        rate = pages / seconds if seconds else float("inf")
        ratio = f"{rate / reference:.2f}x" if reference else "-"
        print(f"{name:<13} {pages:>5} {seconds:>8.2f} {rate:>8.0f} {ratio:>9} "
              f"{strict:>9}/{total_evidence:<5} {lenient:>8} {damage:>7} {failures:>6}")
    print("\n(pdfminer.six/pdfplumber count a trailing empty page per file; fslcheck refuses the "
          "glyph-code McDonald's PDF, counted as an error with 0 pages)")


if __name__ == "__main__":
    main()
