"""Train the forward-looking model (`fslcheck/fls/model.json`) on the TUNE half, choosing its
settings by cross-validation by company.

    pip install -e '.[train]'
    python benchmarks/fls_train.py            # cross-validate, then write fslcheck/fls/model.json
    python benchmarks/fls_train.py --alone    # the same for a sentence on its own: model-alone.json
    python benchmarks/fls_train.py --dry-run  # cross-validate only

Only the tune half of `benchmarks/fls/sentences.jsonl` is read for training and selection; the
test half is never seen here (`benchmarks/fls.py` measures it). The tune half's companies are
split into folds; for every setting (regularisation, whether words are features, class
weighting) a model is trained on the other folds' companies and run, as in use (in document
order, with context and the list rule), over the held-out companies' documents. The setting and
decision threshold with the best pooled F1 (recall breaking ties) are kept, the final model is
trained on the whole tune half with them, and the cross-validated figures are stored in the
model file's `meta` so that `benchmarks/fls.py` can print them beside the test figures.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from fslcheck.fls.classify import Verdict, continues_list, judge  # noqa: E402
from fslcheck.fls.cues import fired  # noqa: E402
from fslcheck.fls.features import Context, features  # noqa: E402
from fslcheck.fls.model import ALONE_FILE, MODEL_FILE, Model  # noqa: E402

from fls import release_date  # noqa: E402

FOLDS = 5
MIN_COUNT = 3  # a word or word pair is a feature when this many training sentences have it
GRID = {"C": (0.3, 1.0, 3.0, 10.0, 30.0), "words": (False, True), "balanced": (False, True)}
THRESHOLDS = [round(0.2 + 0.05 * i, 2) for i in range(13)]  # 0.2 .. 0.8


def by_document(rows: list[dict]) -> dict[str, list[dict]]:
    docs = defaultdict(list)
    for row in rows:
        docs[row["doc"]].append(row)
    return {doc: sorted(items, key=lambda r: r["index"]) for doc, items in docs.items()}


def featurise(rows: list[dict], alone: bool = False) -> dict[int, tuple[list[str], list[str]]]:
    """Feature names and cues of every sentence, computed in document order with its context
    (or, `alone`, without: as `fslcheck fls --one-per-line` reads a sentence)."""
    out = {}
    for doc, items in by_document(rows).items():
        when = release_date(doc)
        context = Context(transcript=items[0]["kind"] == "call-transcript")
        last = None
        for row in items:
            if last is not None and row["index"] != last + 1:
                context.reset_previous()
            cues = fired(row["text"], when)
            out[row["id"]] = (features(row["text"], cues, None if alone else context), cues)
            context.advance(row["text"], [] if row["in_legend"] else cues)  # as Reader does
            last = row["index"]
    return out


ERRORS: list | None = None  # --errors: the held-out mistakes of the chosen setting


def fit(rows: list[dict], feats: dict, C: float, words: bool, balanced: bool) -> Model:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [r for r in rows if not r["in_legend"]]
    counts = Counter(name for r in train for name in feats[r["id"]][0] if name.startswith("w:"))
    def keep(name: str) -> bool:
        return not name.startswith("w:") or (words and counts[name] >= MIN_COUNT)
    vectoriser = DictVectorizer()
    X = vectoriser.fit_transform([{n: 1 for n in feats[r["id"]][0] if keep(n)} for r in train])
    y = [r["fls"] for r in train]
    model = LogisticRegression(C=C, class_weight="balanced" if balanced else None, max_iter=5000)
    model.fit(X, y)
    weights = {name: round(float(w), 4) for name, w in zip(vectoriser.get_feature_names_out(), model.coef_[0])
               if abs(w) >= 1e-4}
    return Model({"bias": float(model.intercept_[0]), "threshold": 0.5, "weights": weights})


def run(rows: list[dict], feats: dict, model: Model, threshold: float, alone: bool = False) -> list[tuple[bool, bool, str]]:
    """(truth, guess, kind) for every sentence, judged as `Reader` judges a document."""
    model.threshold = threshold
    out = []
    for doc, items in by_document(rows).items():
        previous, previous_text, last = None, "", None
        for row in items:
            if last is not None and row["index"] != last + 1:
                previous, previous_text = None, ""
            names, cues = feats[row["id"]]
            if row["in_legend"]:
                verdict = Verdict(False, ["legend"], "part of the legend")
            else:
                verdict = judge(names, cues, model)
                if not alone and continues_list(verdict, row["text"], previous, previous_text):
                    verdict = Verdict(True, verdict.cues, "an item of a forward-looking list")
            out.append((row["fls"], verdict.forward_looking, row["kind"]))
            if ERRORS is not None and row["fls"] != verdict.forward_looking:
                ERRORS.append((row, verdict))
            previous, previous_text, last = verdict, row["text"], row["index"]
    return out


def prf(results: list[tuple[bool, bool, str]]) -> dict:
    tp = sum(t and g for t, g, _ in results)
    fp = sum(g and not t for t, g, _ in results)
    fn = sum(t and not g for t, g, _ in results)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "n": len(results), "positives": tp + fn}


REPEATS = 3  # the folds are drawn this many ways and the figures pooled, so one lucky draw does not decide


def fold_of(company: str, repeat: int = 0) -> int:
    return hashlib.sha256(f"fold{repeat}:{company}".encode("utf-8")).digest()[0] % FOLDS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=Path, default=HERE / "fls" / "sentences.jsonl")
    parser.add_argument("--errors", action="store_true", help="list the chosen setting's held-out mistakes")
    parser.add_argument("--alone", action="store_true",
                        help="the model for a sentence on its own (model-alone.json): no document context")
    parser.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.sentences.read_text(encoding="utf-8").splitlines() if line.strip()]
    tune = [r for r in rows if r["half"] == "tune"]  # the test half is never read past this line
    feats = featurise(tune, args.alone)
    draws = [{i: [r for r in tune if fold_of(r["company"], k) == i] for i in range(FOLDS)} for k in range(REPEATS)]
    folds = draws[0]
    scores = {}
    for C, words, balanced in itertools.product(*GRID.values()):
        pooled: dict[float, list] = defaultdict(list)
        for draw in draws:
            for i in range(FOLDS):
                train = [r for j in range(FOLDS) if j != i for r in draw[j]]
                model = fit(train, feats, C, words, balanced)
                for t in THRESHOLDS:
                    pooled[t] += run(draw[i], feats, model, t, args.alone)
        for t, results in pooled.items():
            scores[(C, words, balanced, t)] = prf(results)
    best = max(scores, key=lambda k: (scores[k]["f1"], scores[k]["recall"]))
    C, words, balanced, threshold = best
    print(f"{len(tune)} tune sentences, {FOLDS} folds by company, drawn {REPEATS} ways (figures pooled)")
    for key in sorted(scores, key=lambda k: -scores[k]["f1"])[:8]:
        print(f"  C={key[0]:<4} words={key[1]!s:<5} balanced={key[2]!s:<5} t={key[3]:.2f}  {scores[key]}")
    print(f"chosen: C={C} words={words} balanced={balanced} threshold={threshold}: CV {scores[best]}")
    if args.errors:
        global ERRORS
        ERRORS = []
        for i in range(FOLDS):
            model = fit([r for j in range(FOLDS) if j != i for r in folds[j]], feats, C, words, balanced)
            run(folds[i], feats, model, threshold, args.alone)
        for row, verdict in ERRORS:
            label = "missed" if row["fls"] else "false alarm"
            print(f"  [{label}] {row['kind']} {row['doc'][:24]} p={verdict.probability:.2f} {','.join(verdict.cues[:6])}"
                  f"\n      {row['text'][:200]}")
    if args.dry_run:
        return
    final = fit(tune, feats, C, words, balanced)
    data = {"bias": round(final.bias, 4), "threshold": threshold,
            "meta": {"trained_on": "tune half of benchmarks/fls/sentences.jsonl", "C": C, "words": words,
                     "balanced": balanced, "min_count": MIN_COUNT, "folds": FOLDS, "repeats": REPEATS,
                     "cv": scores[best], "features": len(final.weights)},
            "weights": dict(sorted(final.weights.items()))}
    target = ALONE_FILE if args.alone else MODEL_FILE
    data["meta"]["view"] = "sentence alone" if args.alone else "in document"
    target.write_text(json.dumps(data, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {target} ({len(final.weights)} weights)")


if __name__ == "__main__":
    main()
