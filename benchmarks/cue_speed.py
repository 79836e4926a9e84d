"""Speed of the forward-looking cue matching, side by side with the plain search, in one run.

    python benchmarks/cue_speed.py [RELEASES_DIR] [--rounds N]

Times the whole check (`fslcheck.check`, default pack) over the corpus's text, HTML and
Markdown releases twice per round: once as it runs (each cue pattern searched only when a
literal it cannot match without is in the sentence, `fslcheck.fls.literals`; date patterns only
in a sentence with a digit; the cues of a repeated sentence matched once) and once with every
pattern searched plainly in every sentence (the baseline, `fired` as before). Prints seconds, ms per document
and the ratio baseline / fslcheck (the best of the rounds), and checks that the two runs found
exactly the same results.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from contextlib import contextmanager
from pathlib import Path

import fslcheck
from fslcheck.fls import classify, cues, transcript

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "releases"
SUFFIXES = (".txt", ".htm", ".html", ".md")


def plain_fired(text: str, release_date: date | None = None) -> list[str]:
    """The baseline, `cues.fired` as it was: every cue pattern searched in every sentence, no
    literal or digit prefilter, no cache."""
    text = cues.clean(text)
    lower = text.lower()
    names = [name for name, pattern in cues._POSITIVE.items() if pattern.search(lower)]
    if release_date is not None:
        names += cues._date_cues(lower, release_date)
    names += ["not:" + name for name, pattern in cues._NEGATIVE.items() if pattern.search(lower)]
    return names + cues.shape_cues(text)


@contextmanager
def plain_search():
    saved = classify.fired
    classify.fired = plain_fired
    try:
        yield
    finally:
        classify.fired = saved


def fresh() -> None:
    """No run profits from what an earlier one cached."""
    cues._fired.cache_clear()
    transcript.is_call_transcript.cache_clear()


def timed(files: list[str], pack) -> tuple[float, str]:
    fresh()
    start = time.perf_counter()
    results = fslcheck.check(files, pack)
    return time.perf_counter() - start, repr(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("releases", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = sorted(str(p) for p in args.releases.iterdir() if p.suffix.lower() in SUFFIXES)
    pack = fslcheck.compile_pack()
    fslcheck.check(files[:2], pack)  # warm imports and model loading out of the timing
    fast, slow = [], []
    for _ in range(args.rounds):  # interleaved, so that a busy machine slows both alike
        seconds, fast_out = timed(files, pack)
        fast.append(seconds)
        with plain_search():
            seconds, slow_out = timed(files, pack)
        slow.append(seconds)
        if fast_out != slow_out:
            raise SystemExit("the prefiltered and the plain cue search gave different results")
    best_fast, best_slow = min(fast), min(slow)
    n = len(files)
    print(f"whole check, {n} documents, best of {args.rounds} rounds (same results in both)")
    print(f"  baseline (plain regex search): {best_slow:6.2f} s  {1000 * best_slow / n:6.1f} ms/doc")
    print(f"  fslcheck (prefilters, cache):  {best_fast:6.2f} s  {1000 * best_fast / n:6.1f} ms/doc")
    print(f"  ratio baseline / fslcheck: {best_slow / best_fast:.2f}")


if __name__ == "__main__":
    main()
