"""False alarms on real legends nobody labelled: how often fslcheck says a legend says the opposite.

    python benchmarks/false_alarms.py FOLDER...          # counts by rule, then each finding
    python benchmarks/false_alarms.py FOLDER... --quiet  # counts only

A company's published legend almost never negates, reverses or disowns one of its own elements:
a `violated` finding on one is, nearly always, the matcher misreading a construction it has not
met (a negation inside a relative clause, "as" meaning "because", words a wire copy glued
together). So the number of `violated` findings per hundred documents is a measure of the
matcher's precision on wording that is truly unseen, and it needs no labels. Read the listed
findings before calling one a false alarm: a pointer only to a foreign regulator's filings, for
instance, is a real gap for a US pack.

The folders are read with fslcheck's own loaders (every supported file inside them). Files a
corpus already holds (a `source_path` with the same file name in benchmarks/corpus/manifest.csv,
or in the shared corpus's manifest.csv beside the checkout when it is there) are left out, so that
labelled test-half documents are not read here by accident. A source holding many documents in
one file (rows of a CSV, lines of a JSONL) or under one generic name must be cut up with those
taken documents left out before it is given here.

Used so far on: the English news items of zhigehe/bulwark that contain "forward-looking
statements" (`git grep -l` on a fetched snapshot): 409 items outside the corpus; the call
transcripts of la83la/earnings-call-transcripts whose text names forward-looking statements (the
JSON written out as the corpus's transcripts are, section captions, speaker lines and speeches):
1,299 outside the corpus, 1,261 with a legend, 60 violated findings on the first run (4.8 per 100
legends), 2 after the fixes that run led to (0.2); 97 10-K/10-Q primary documents of
alphanome-ai/sec-parser-test-data outside the corpus (written out as TICKER_FORM_ACCESSION.html),
4 (4.1 per 100), then 1 (an EDGAR page break inside a sentence); 20 8-K and earnings PDFs of
patronus-ai/financebench and 4 newsroom releases of krichards-gr/press-release-collection outside
both corpora, 14 with a legend, none.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

THIS_TREE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(THIS_TREE))

import fslcheck  # noqa: E402
from fslcheck.documents import SUPPORTED_EXTENSIONS, load_path  # noqa: E402
from fslcheck.errors import InputError  # noqa: E402

MANIFEST = THIS_TREE / "benchmarks" / "corpus" / "manifest.csv"
# The shared (read-only) corpus sits beside the checkout as `../shared`; its documents include
# test-half ones that have never been in this repository's corpus.
SHARED_MANIFEST = THIS_TREE.parent / "shared" / "corpus" / "manifest.csv"


def corpus_file_names() -> set[str]:
    """The file names the corpora (the project's and, when present, the shared one) took their
    documents from."""
    names: set[str] = set()
    for manifest in (MANIFEST, SHARED_MANIFEST):
        if not manifest.is_file():
            continue
        with manifest.open(encoding="utf-8", newline="") as stream:
            names |= {Path(row["source_path"].split("#")[0]).name for row in csv.DictReader(stream)
                      if row.get("source_path")}
    return names


def documents(folders: list[str]) -> list[Path]:
    taken = corpus_file_names()
    found = [p for folder in folders for p in sorted(Path(folder).rglob("*"))
             if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS]
    return [p for p in found if p.name not in taken]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--quiet", action="store_true", help="counts only")
    args = parser.parse_args()
    pack = fslcheck.compile_pack()
    paths = documents(args.folders)
    by_rule: Counter[str] = Counter()
    with_legend = 0
    listed: list[str] = []
    for path in paths:
        try:
            loaded = load_path(path)
        except InputError:
            continue
        for document in loaded:
            result = pack.check_document(document)
            if any(f.rule == "pslra.identification" and f.status.value != "missing" for f in result.findings):
                with_legend += 1
            for finding in result.findings:
                if finding.status.value == "violated":
                    by_rule[finding.rule] += 1
                    listed.append(f"{path.name}  {finding.rule}  {finding.notes}\n    {finding.excerpt or ''}"[:600])
    total = sum(by_rule.values())
    print(f"{len(paths)} documents ({with_legend} with a legend's identification found); "
          f"{total} violated findings, {100 * total / max(1, with_legend):.1f} per 100 legends")
    for rule, count in by_rule.most_common():
        print(f"  {rule:28} {count}")
    if not args.quiet:
        print()
        print("\n".join(listed))


if __name__ == "__main__":
    main()
