"""Forward-looking sentence detection: precision, recall and F1 on the labelled sentence set.

    python benchmarks/fls.py                       # test half (and tune), per document kind
    python benchmarks/fls.py --errors              # also list the test half's mistakes

Truth: `benchmarks/fls/sentences.jsonl`, labelled by reading under `benchmarks/fls/RULES.md`.
The classifier (`fslcheck.fls.classify`) is scored two ways, with the release date its file name
states (as `--release-date` would give it): each sentence alone, as `fslcheck fls --one-per-line`
uses it; and in its document, as `fslcheck fls PATH` and `pslra.legend-required` use it, where a
sentence of the legend is set aside (`in_legend`) and an item of a list takes its lead-in's
verdict (the sentence before it, when the set holds it). A call transcript is read whole when
its document is at hand (`fls_documents.py`): every sentence before a labelled one is read too, so
that who holds the floor is known as in use, and the call's date is the one the transcript states
(its file name gives only the quarter).

Baseline, side by side: the keyword approach for forward-looking sentences of Li (2010) as used
by Muslu et al. (2015): a sentence is forward-looking when it has one of the future-time phrases
("next year", "coming quarter", ...) or one of the verbs and nouns of expectation ("will", "expect",
"anticipate", "plan", "may", "should", "outlook", ...), unless it is legend boilerplate. Its
published score on hand-labelled call sentences is P 0.84 / R 0.88 / F1 0.86.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE / "fls"))

from fslcheck.fls import cues  # noqa: E402
from fslcheck.fls.classify import Reader, classify  # noqa: E402
from fslcheck.fls.model import load  # noqa: E402
from fslcheck.fls.transcript import Floor  # noqa: E402

import fls_documents  # noqa: E402

_TIME_WORDS = ("next", "coming", "incoming", "upcoming", "subsequent", "following")
_TIME_UNITS = ("fiscal", "month", "period", "quarter", "year", "years", "months", "quarters", "periods")
_KEYWORDS = ("will", "future", "aim", "anticipate", "anticipates", "anticipated", "believe", "believes", "could",
             "estimate", "estimates", "expect", "expects", "expected", "forecast", "forecasts", "goal", "goals",
             "hope", "hopes", "intend", "intends", "may", "might", "objective", "objectives", "outlook", "plan",
             "plans", "planned", "potential", "predict", "predicts", "project", "projects", "projected", "seek",
             "seeks", "should", "target", "targets", "shall", "would")
_BASELINE = re.compile(r"\b(?:(?:%s) (?:%s)|%s)\b" % ("|".join(_TIME_WORDS), "|".join(_TIME_UNITS), "|".join(_KEYWORDS)),
                       re.IGNORECASE)
_BOILERPLATE = re.compile(r"forward[- ]looking statement|safe harbor|undue reliance|differ materially", re.IGNORECASE)


def release_date(doc: str) -> date | None:
    """The release date a file name states (`company_YYYY-MM-DD_kind`), as `--release-date` would."""
    match = re.search(r"_((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?", doc)
    if not match:
        return None
    return date(int(match.group(1)), int(match.group(2)), int(match.group(3) or 1))


def baseline(text: str) -> bool:
    """Li (2010) / Muslu et al. (2015) keywords, boilerplate excluded."""
    return bool(_BASELINE.search(text)) and not _BOILERPLATE.search(text)


class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = 0

    def add(self, truth: bool, guess: bool) -> None:
        if truth and guess:
            self.tp += 1
        elif guess:
            self.fp += 1
        elif truth:
            self.fn += 1
        else:
            self.tn += 1

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def line(self) -> str:
        p, r, f = self.prf()
        return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def evaluate(rows: list[dict]) -> dict:
    """Tallies per half and kind for: the classifier alone, in a document, and the baseline."""
    tallies: dict = defaultdict(Tally)
    found: dict = defaultdict(lambda: [0, 0, 0])  # half -> [documents with FLS, of them caught, false alarms]
    mistakes = []
    documents: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        documents[row["doc"]].append(row)
    for doc, items in documents.items():
        items = sorted(items, key=lambda r: r["index"])
        transcript = items[0]["kind"] == "call-transcript"
        when = release_date(doc) or (fls_documents.call_date(items) if transcript else None)
        reader = Reader(when, transcript=transcript)
        if transcript:
            reader.context.floor = Floor(roster=fls_documents.participants(items))
            found["walked"][fls_documents.walked(items)] += 1
        any_truth = any_guess = False
        for step in fls_documents.walk(items):
            if step.gap:
                reader.gap()  # the sentence before this one was not drawn
            if step.speaker:
                reader.context.label(step.speaker)
            row = step.row
            if row is None:  # a sentence of the document the set does not hold: read, not scored
                reader.judge(step.text)
                continue
            alone = classify(row["text"], when)
            in_doc = reader.judge(row["text"], in_legend=row["in_legend"])
            base = baseline(row["text"])
            for kind in (row["kind"], "all"):
                tallies[(row["half"], kind, "fslcheck")].add(row["fls"], alone.forward_looking)
                tallies[(row["half"], kind, "in-document")].add(row["fls"], in_doc.forward_looking)
                tallies[(row["half"], kind, "baseline")].add(row["fls"], base)
            if row["fls"] != in_doc.forward_looking:
                mistakes.append((row, in_doc))
            any_truth |= row["fls"]
            any_guess |= in_doc.forward_looking
        tally = found[items[0]["half"]]
        tally[0] += any_truth
        tally[1] += any_truth and any_guess
        tally[2] += any_guess and not any_truth
    return {"tallies": tallies, "mistakes": mistakes, "documents": found}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=Path, default=HERE / "fls" / "sentences.jsonl")
    parser.add_argument("--errors", action="store_true", help="list the test half's mistakes")
    parser.add_argument("--half", default="test", choices=("test", "tune"), help="whose mistakes --errors lists")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.sentences.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = evaluate(rows)
    tallies = result["tallies"]
    cues._fired.cache_clear()  # evaluate() judged these sentences already: time the matching, not the cache
    started = time.perf_counter()
    for row in rows:
        classify(row["text"], release_date(row["doc"]))
    ours = (time.perf_counter() - started) / len(rows)
    started = time.perf_counter()
    for row in rows:
        baseline(row["text"])
    theirs = (time.perf_counter() - started) / len(rows)
    print(f"{len(rows)} labelled sentences ({sum(r['fls'] for r in rows)} forward-looking); per sentence: "
          f"fslcheck {ours * 1e6:.0f} µs, baseline {theirs * 1e6:.1f} µs (x{ours / theirs:.0f})")
    for half in ("test", "tune"):
        print(f"\n== {half} half ==")
        print(f"{'kind':<16} {'n':>5} {'fls':>4}  {'fslcheck (sentence alone)':<27} {'fslcheck (in document)':<27} "
              f"{'baseline (Li/Muslu keywords)':<27}")
        kinds = sorted({r["kind"] for r in rows if r["half"] == half}) + ["all"]
        for kind in kinds:
            subset = [r for r in rows if r["half"] == half and (kind == "all" or r["kind"] == kind)]
            print(f"{kind:<16} {len(subset):>5} {sum(r['fls'] for r in subset):>4}  "
                  f"{tallies[(half, kind, 'fslcheck')].line():<27} {tallies[(half, kind, 'in-document')].line():<27} "
                  f"{tallies[(half, kind, 'baseline')].line():<27}")
    print("\ndocuments (what require_legend: when-forward-looking relies on: one forward-looking sentence found "
          "in a document that has any):")
    for half in ("test", "tune"):
        with_fls, caught, alarms = result["documents"][half]
        print(f"  {half}: {caught} of {with_fls} documents with forward-looking sentences have one found; "
              f"{alarms} documents without any have one found")
    walked = result["documents"]["walked"]
    print(f"call transcripts read whole: {walked[1]}; read as their labelled windows only (document not at hand): "
          f"{walked[0]}")
    print()
    for alone, view in ((False, "in document"), (True, "sentence alone")):
        meta = load(alone=alone).meta
        cv = meta.get("cv")
        if cv:
            print(f"cross-validated on the tune half ({meta.get('folds')} folds by company, {meta.get('repeats')} draws, "
                  f"{view}): P {cv['precision']:.3f} R {cv['recall']:.3f} F1 {cv['f1']:.3f}")
    print("(the tune-half figures above are on the models' own training sentences; the test half was never used)")
    if args.errors:
        print(f"\nmistakes on the {args.half} half (in document):")
        for row, verdict in result["mistakes"]:
            if row["half"] == args.half:
                label = "missed" if row["fls"] else "false alarm"
                print(f"  [{label}] {row['doc']} #{row['id']} ({verdict.reason}) {','.join(verdict.cues[:6])}\n"
                      f"      {row['text'][:220]}")


if __name__ == "__main__":
    main()
