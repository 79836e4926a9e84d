"""Speed of the checking path, side by side with naive baselines, in one run.

    python benchmarks/speed.py [RELEASES_DIR]

1. Normaliser: `fslcheck.normalise.canonicalise` (one regex pass, breakpoint map) against a
   char-by-char baseline that builds a per-character offset list.
2. Checking: the default pack as it runs (exact first, then the OCR-tolerant and the seeded
   fuzzy search for misses) against the same pack with a brute-force matcher that aligns every
   phrase expansion over the whole scope with rapidfuzz.
3. Whole check (load + normalise + all rules) per document, and peak memory of one run.

Prints milliseconds per 10 KB of text and the ratio baseline / fslcheck.
"""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import contextmanager
import tracemalloc
import unicodedata
from pathlib import Path

from rapidfuzz import fuzz

import fslcheck
from fslcheck import matching, tolerant
from fslcheck.checks import base
from fslcheck.documents import load_path
from fslcheck.normalise import canonicalise

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "releases"


def baseline_canonicalise(text: str) -> tuple[str, list[int]]:
    """The obvious version: NFKC and fold each character, keep one source offset per output char."""
    out: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for index, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).lower()
        if folded.isspace() or folded in "-\u2010\u2011\u2013\u2014":
            if previous_space:
                continue
            folded, previous_space = " ", True
        else:
            previous_space = False
        for piece in folded:
            out.append(piece)
            offsets.append(index)
    return "".join(out), offsets


def check_fresh(pack, document) -> None:
    """One document checked as a user's run would: a new context, no warm per-text caches."""
    tolerant.paragraph_tokens.cache_clear()
    pack.check_document(document)


@contextmanager
def brute_force_matching():
    """The baseline matcher: every phrase expansion aligned with rapidfuzz over the whole scope,
    no exact pass, no anchors (what DESIGN.md measured exact-first against)."""

    def brute(phrases, text, floor, start=0, end=None, accept=None):
        end = len(text) if end is None else end
        best = None
        for phrase in phrases:
            for expansion in phrase.expansions:
                aligned = fuzz.partial_ratio_alignment(expansion, text[start:end], score_cutoff=floor)
                if aligned is None or (best is not None and aligned.score <= best.score):
                    continue
                match = matching.Match(start + aligned.dest_start, start + aligned.dest_end,
                                       round(aligned.score, 1), phrase.source, aligned.score == 100)
                if accept is None or accept(match):
                    best = match
        return best

    original = base.best_match
    base.best_match = brute
    try:
        yield
    finally:
        base.best_match = original


def timed(function, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("releases", nargs="?", type=Path, default=DEFAULT_CORPUS,
                        help="folder of .txt/.htm/.html/.md releases (default: the shared corpus)")
    folder = parser.parse_args().releases
    paths = sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".htm", ".html", ".md"))
    if not paths:
        sys.exit(f"no documents in {folder}")
    documents = [d for p in paths for d in load_path(p)]
    total_kb = sum(len(d.text) for d in documents) / 10_000
    pack = fslcheck.compile_pack()

    ours = sum(timed(canonicalise, d.text) for d in documents)
    naive = sum(timed(baseline_canonicalise, d.text, repeat=1) for d in documents)
    print(f"normalise:  fslcheck {1000 * ours / total_kb:7.3f} ms/10KB   char-by-char baseline "
          f"{1000 * naive / total_kb:7.3f} ms/10KB   ratio {naive / ours:5.1f}x")

    ours = sum(timed(check_fresh, pack, d) for d in documents)
    small = [d for d in documents if len(d.text) < 60_000]  # brute force is too slow on the largest
    small_kb = sum(len(d.text) for d in small) / 10_000
    ours_small = sum(timed(check_fresh, pack, d) for d in small)
    with brute_force_matching():
        naive = sum(timed(check_fresh, pack, d, repeat=1) for d in small)
    print(f"check:      fslcheck {1000 * ours / total_kb:7.3f} ms/10KB   same rules, brute-force fuzzy matching "
          f"{1000 * naive / small_kb:7.3f} ms/10KB   ratio {naive / ours_small:5.1f}x (on {len(small)} docs < 60 KB)")

    # The phrase search alone: the phrase rules' checks on contexts whose legend and sentences are
    # already found (the work both matchers share), so the ratio is the matchers' own.
    phrase_checkers = [c for c in pack.checkers if c.rule.kind in ("required-phrase", "factor-list")]
    contexts = [base.CheckContext(d) for d in small]
    for context in contexts:
        context.legend_spans, context.evidence_starts  # noqa: B018 - computed once, outside the timing
    def phrase_rules(context):
        tolerant.paragraph_tokens.cache_clear()
        for checker in phrase_checkers:
            checker.check(context)
    ours_phrases = sum(timed(phrase_rules, c) for c in contexts)
    with brute_force_matching():
        naive_phrases = sum(timed(phrase_rules, c, repeat=1) for c in contexts)
    print(f"phrases:    fslcheck {1000 * ours_phrases / small_kb:7.3f} ms/10KB   brute-force fuzzy matching "
          f"{1000 * naive_phrases / small_kb:7.3f} ms/10KB   ratio {naive_phrases / ours_phrases:5.1f}x "
          f"({len(phrase_checkers)} phrase rules)")

    start = time.perf_counter()
    result = fslcheck.check(paths, pack)
    elapsed = time.perf_counter() - start
    tracemalloc.start()  # a second run: tracing slows Python down, so it is not timed
    fslcheck.check(paths, pack)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"end to end: {len(result.documents)} documents, {total_kb * 10:.0f} KB of text in {elapsed:.2f} s "
          f"({1000 * elapsed / len(result.documents):.1f} ms/document, loading included), "
          f"peak traced memory {peak / 1e6:.1f} MB")

if __name__ == "__main__":
    main()
