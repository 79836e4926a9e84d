"""Time and peak memory against input size where issue 13 changed costs, side by side with the
old algorithm as a baseline.

    python benchmarks/scaling.py [--sizes 100000,1000000,10000000] [--exhibits 1000,10000]

1. The heading check on a long release (the example release repeated to the size): each
   paragraph is placed in the legends by bisection, against the baseline that compared it with
   every legend (`any(...)` over all of them).
2. Locating the exhibits of an EDGAR submission: line numbers counted on from the previous
   exhibit, against the baseline that counted from the start of the file for each one.
3. Reading a PDF (the example release typeset, repeated to the size) through the PDFium worker.

Each measurement runs in its own process; peak memory is that process's maximum resident set
(ru_maxrss). Prints seconds, MB, and the ratio of each size's time to the smallest one's
(linear growth: the ratio of the sizes) and baseline / new.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EXAMPLE = ROOT / "examples" / "sos-staffing_2003-10-01_8k-ex99.txt"


def _release_of_size(size: int) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    copies = max(1, size // len(text))
    return ("\n\n".join([text] * copies))[:size]


def _heading(size: int, baseline: bool) -> float:
    from fslcheck.checks import heading
    from fslcheck.checks.base import CheckContext
    from fslcheck.documents.text import from_text
    from fslcheck.rules.loader import load_pack

    rule = load_pack().rule("pslra.heading")
    document = from_text(_release_of_size(size), "long.txt", "0")
    context = CheckContext(document)
    context.legend_spans  # computed once per document either way; not what is measured
    context.paragraphs
    if baseline:
        heading._inside = lambda legends, offset: any(s <= offset < e for s, e in legends)  # the old way
    checker = heading.Checker(rule)
    started = time.perf_counter()
    checker.check(context)
    return time.perf_counter() - started


def _submission(exhibits: int) -> str:
    parts = ["<SEC-DOCUMENT>0000000000-00-000000.txt\n<SEC-HEADER>\n</SEC-HEADER>\n"]
    for number in range(exhibits):
        parts.append(f"<DOCUMENT>\n<TYPE>EX-99.{number + 1}\n<SEQUENCE>{number + 2}\n<FILENAME>ex{number}.txt\n"
                     f"<TEXT>\nExhibit {number}: Acme expects growth.\nfiller\nfiller\n</TEXT>\n</DOCUMENT>\n")
    return "".join(parts) + "</SEC-DOCUMENT>\n"


def _edgar(exhibits: int, baseline: bool) -> float:
    from fslcheck.documents import edgar

    submission = _submission(exhibits)
    started = time.perf_counter()
    found = edgar.parts(submission)
    if baseline:  # the old way: a line count from the start of the file for every exhibit
        for part in found:
            start = submission.find(part.content)
            submission.count("\n", 0, start)
    return time.perf_counter() - started


def _pdf(size: int, baseline: bool) -> float:
    from fslcheck.documents import pdf

    lines = [line for line in _release_of_size(size).splitlines() if line.strip()]
    pages = [lines[i : i + 50] for i in range(0, len(lines), 50)]
    data = _typeset(pages)
    started = time.perf_counter()
    pdf.load(data, "long.pdf")
    return time.perf_counter() - started


def _typeset(pages: list[list[str]]) -> bytes:
    sys.path.insert(0, str(ROOT))
    from tests.reliability_files import pdf_with_content  # noqa: E402

    # One content stream per page would need one object per page; here every page repeats the
    # first page's lines, which is what the reader's cost depends on (characters per page).
    first = pages[0]
    ops = b"BT /F1 9 Tf 40 760 Td 11 TL " + b" ".join(
        b"(" + re.sub(rb"([()\\])", rb"\\\1", line[:110].encode("latin-1", "replace")) + b") '" for line in first) + b" ET"
    return pdf_with_content(ops, pages=len(pages))


MEASURES = {"heading": _heading, "edgar": _edgar, "pdf": _pdf}


def _one(kind: str, size: int, baseline: bool) -> None:
    seconds = MEASURES[kind](size, baseline)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak}))


def _measure(kind: str, size: int, baseline: bool) -> dict:
    done = subprocess.run([sys.executable, __file__, "--one", kind, str(size), "1" if baseline else "0"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _table(kind: str, sizes: list[int], unit: str, baseline: bool = True) -> None:
    print(f"\n{kind}: {unit}, seconds and peak MB (fslcheck | baseline); time ratio to the smallest size")
    first = None
    for size in sizes:
        new = _measure(kind, size, False)
        old = _measure(kind, size, True) if baseline else None
        first = first or new["seconds"] or 1e-9
        line = (f"  {size:>10,} {unit}: {new['seconds']:8.3f} s {new['peak_mb']:7.1f} MB"
                f"  x{new['seconds'] / first:7.1f} (size x{size / sizes[0]:.0f})")
        if old:
            line += f" | baseline {old['seconds']:8.3f} s {old['peak_mb']:7.1f} MB  baseline/new {old['seconds'] / max(new['seconds'], 1e-9):6.1f}"
        print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000,10000000", help="document sizes in characters")
    parser.add_argument("--exhibits", default="1000,10000", help="exhibit counts of the EDGAR submission")
    parser.add_argument("--pdf-sizes", default="100000,1000000", help="PDF text sizes in characters")
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        _one(args.one[0], int(args.one[1]), args.one[2] == "1")
        return
    _table("heading", [int(s) for s in args.sizes.split(",")], "chars")
    _table("edgar", [int(s) for s in args.exhibits.split(",")], "exhibits")
    _table("pdf", [int(s) for s in args.pdf_sizes.split(",")], "chars", baseline=False)


if __name__ == "__main__":
    main()
