"""Train the forward-looking model (`fslcheck/fls/model.json`) on the TUNE half, choosing its
settings by cross-validation by company.

    pip install -e '.[train]'
    python benchmarks/fls_train.py            # cross-validate, then write both models: model.json
                                              # (in document) and model-alone.json (a sentence alone)
    python benchmarks/fls_train.py --alone    # only model-alone.json (--in-document: only model.json)
    python benchmarks/fls_train.py --dry-run --errors  # cross-validate only, listing held-out mistakes

Only the tune half of `benchmarks/fls/sentences.jsonl` is read for training and selection; the
test half is never seen here (`benchmarks/fls.py` measures it). The tune half's companies are
split into folds; for every setting (regularisation, how much words weigh, class weighting) a
model is trained on the other folds' companies and run, as in use (in document order, with
context and the list rule), over the held-out companies' documents. The setting with the best
pooled F1 is kept; its decision threshold is then set for recall: of the thresholds within
F1_SLACK of its best pooled F1, the one with the best pooled F2, where recall weighs twice
precision (a missed forward-looking sentence can let a release through silently, a false alarm
only asks a reader to look). The final model is trained on the whole tune half with them; the
cross-validated figures are stored in the model file's `meta`, for `benchmarks/fls.py` to print
beside the test figures, with a sample of sentences and scikit-learn's scores for them, for a
test to check that the exported weights reproduce its decisions. Everything is deterministic:
the same sentences give the same model file.
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

from fslcheck.fls.classify import Verdict, follow_list, judge  # noqa: E402
from fslcheck.fls.cues import fired  # noqa: E402
from fslcheck.fls.features import Context, features  # noqa: E402
from fslcheck.fls.model import ALONE_FILE, MODEL_FILE, Model  # noqa: E402
from fslcheck.fls.transcript import Floor  # noqa: E402

import fls_documents  # noqa: E402
from fls import release_date  # noqa: E402

FOLDS = 5
MIN_COUNT = 3  # a word or word pair is a feature when this many training sentences have it
# words: the value a word feature takes (0: words unused). A smaller value regularises the many
# word weights more than the few named cues; the exported weight is scaled back, so that in use
# every feature a sentence has counts its weight once.
GRID = {"C": (3.0, 10.0, 30.0), "words": (0.0, 0.05, 0.1, 0.2), "balanced": (False, True)}
THRESHOLDS = [round(0.1 + 0.05 * i, 2) for i in range(15)]  # 0.1 .. 0.8
F1_SLACK = 0.02  # how much cross-validated F1 the threshold may give up for recall
SAMPLE = 40  # tune sentences whose scikit-learn scores the model file keeps, for tests


def by_document(rows: list[dict]) -> dict[str, list[dict]]:
    docs = defaultdict(list)
    for row in rows:
        docs[row["doc"]].append(row)
    return {doc: sorted(items, key=lambda r: r["index"]) for doc, items in docs.items()}


def document_context(doc: str, items: list[dict]) -> tuple[object, Context]:
    """The date a document's sentences are read against and a fresh reading context for it (a
    transcript's read whole, its participants known, as benchmarks/fls.py reads it)."""
    transcript = items[0]["kind"] == "call-transcript"
    when = release_date(doc) or (fls_documents.call_date(items) if transcript else None)
    context = Context(transcript=transcript)
    if transcript:
        context.floor = Floor(roster=fls_documents.participants(items))
    return when, context


def walked(rows: list[dict]):  # noqa: ANN201 - a generator of (doc, when, context, step)
    """Each document's steps in order, with the document's reading date and its context brought up
    to the step (reset at a gap, the speaker labelled) as a Reader brings it; the caller advances
    the context past the step."""
    for doc, items in by_document(rows).items():
        when, context = document_context(doc, items)
        for step in fls_documents.walk(items):
            if step.gap:
                context.reset_previous()
            if step.speaker:
                context.label(step.speaker)
            yield doc, when, context, step


def featurise(rows: list[dict], alone: bool = False) -> dict[int, tuple[list[str], list[str]]]:
    """Feature names and cues of every sentence, computed in document order with its context
    (or, `alone`, without: as `fslcheck fls --one-per-line` reads a sentence)."""
    out = {}
    for _, when, context, step in walked(rows):
        row = step.row
        cues = fired(step.text, when)
        if row is not None:
            out[row["id"]] = (features(row["text"], cues, None if alone else context), cues)
        context.advance(step.text, [] if row is not None and row["in_legend"] else cues)  # as Reader does
    return out


def fit(rows: list[dict], feats: dict, C: float, words: float, balanced: bool, sample: int = 0) -> Model:
    """Train on `rows` (legend sentences set aside, as in use they are never weighed); with
    `sample`, keep that many sentences' features and scikit-learn scores in `meta["sample"]`."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [r for r in rows if not r["in_legend"]]
    counts = Counter(name for r in train for name in feats[r["id"]][0] if name.startswith("w:"))

    def value(name: str) -> float:
        if not name.startswith("w:"):
            return 1.0
        return words if counts[name] >= MIN_COUNT else 0.0

    vectoriser = DictVectorizer()
    dicts = [{n: value(n) for n in feats[r["id"]][0] if value(n)} for r in train]
    X = vectoriser.fit_transform(dicts)
    y = [r["fls"] for r in train]
    model = LogisticRegression(C=C, class_weight="balanced" if balanced else None, max_iter=10000)
    model.fit(X, y)
    weights = {}
    for name, w in zip(vectoriser.get_feature_names_out(), model.coef_[0]):
        w = float(w) * (words if name.startswith("w:") else 1.0)  # in use a feature counts 1
        if abs(w) >= 1e-4:
            weights[name] = round(w, 4)
    data = {"bias": round(float(model.intercept_[0]), 4), "threshold": 0.5, "weights": weights}
    if sample:
        step = max(len(train) // sample, 1)
        picked = list(range(0, len(train), step))[:sample]
        scores = model.decision_function(X[picked])
        data["meta"] = {"sample": [{"features": sorted(dicts[i]), "score": round(float(score), 4)}
                                   for i, score in zip(picked, scores)]}
    return Model(data)


def scored(rows: list[dict], feats: dict, model: Model) -> dict[int, Verdict]:
    """Every sentence's verdict at threshold 0: the probability, and the cues (a false friend
    that explains the future away decides alone, whatever the threshold)."""
    model.threshold = 0.0
    out = {}
    for row in rows:
        names, cues = feats[row["id"]]
        out[row["id"]] = Verdict(False, ["legend"], "part of the legend") if row["in_legend"] else judge(names, cues, model)
    return out


def run(rows: list[dict], verdicts: dict[int, Verdict], threshold: float, alone: bool = False,
        errors: list | None = None) -> list[tuple[bool, bool, str]]:
    """(truth, guess, kind) for every sentence at `threshold`, judged as `Reader` judges a
    document (the list rule included, unless `alone`)."""
    out = []
    for doc, items in by_document(rows).items():
        lead, previous_text, last = None, "", None
        for row in items:
            if last is not None and row["index"] != last + 1:
                lead, previous_text = None, ""
            base = verdicts[row["id"]]
            # at threshold 0 only a false friend that explains the future away says no
            verdict = Verdict(base.forward_looking and base.probability >= threshold, base.cues, base.reason,
                              base.probability)
            if row["in_legend"]:
                lead = None
            elif not alone:
                verdict, lead = follow_list(verdict, row["text"], lead, previous_text)
            out.append((row["fls"], verdict.forward_looking, row["kind"]))
            if errors is not None and row["fls"] != verdict.forward_looking:
                errors.append((row, verdict))
            previous_text, last = row["text"], row["index"]
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


def f2(score: dict) -> float:
    """F-beta with beta 2: recall weighs twice as much as precision."""
    p, r = score["precision"], score["recall"]
    return 5 * p * r / (4 * p + r) if p + r else 0.0


def choose_threshold(scores: dict, setting: tuple) -> float:
    """The threshold for `setting`, set for recall: of the thresholds whose F1 is within F1_SLACK
    of the setting's best, the one with the best F2 (recall weighing twice precision)."""
    mine = {t: scores[setting + (t,)] for t in THRESHOLDS}
    best = max(mine[t]["f1"] for t in mine)
    near = [t for t in mine if mine[t]["f1"] >= best - F1_SLACK]
    return max(near, key=lambda t: (f2(mine[t]), mine[t]["recall"]))


def company_draws(rows: list[dict]) -> list[dict[int, list[dict]]]:
    """`rows` split into FOLDS folds by company, drawn REPEATS ways."""
    return [{i: [r for r in rows if fold_of(r["company"], k) == i] for i in range(FOLDS)} for k in range(REPEATS)]


def pooled_cv(draws: list[dict[int, list[dict]]], feats: dict, setting: tuple,
              alone: bool = False) -> dict[float, list]:
    """Each fold of each draw judged by a model of `setting` fitted on the other folds, in document
    order with the list rule: the results of every draw pooled, by threshold."""
    pooled: dict[float, list] = defaultdict(list)
    for draw in draws:
        for i in range(FOLDS):
            model = fit([r for j in range(FOLDS) if j != i for r in draw[j]], feats, *setting)
            verdicts = scored(draw[i], feats, model)
            for t in THRESHOLDS:
                pooled[t] += run(draw[i], verdicts, t, alone)
    return pooled


def train(tune: list[dict], alone: bool, grid: list[tuple], dry_run: bool = False, errors: bool = False) -> None:
    """Cross-validate `grid` on the tune half, print the figures, and (unless `dry_run`) write the
    model for a sentence in its document, or (`alone`) on its own."""
    feats = featurise(tune, alone)
    draws = company_draws(tune)
    scores = {}
    pooled_by: dict[tuple, list] = {}
    for setting in grid:
        for t, results in pooled_cv(draws, feats, setting, alone).items():
            scores[setting + (t,)] = prf(results)
            pooled_by[setting + (t,)] = results
    setting = max(grid, key=lambda g: max((scores[g + (t,)]["f1"], scores[g + (t,)]["recall"]) for t in THRESHOLDS))
    threshold = choose_threshold(scores, setting)
    best = setting + (threshold,)
    by_kind: dict[str, list] = defaultdict(list)
    for result in pooled_by[best]:
        by_kind[result[2]].append(result)
    C, words, balanced = setting
    view = "sentence alone" if alone else "in document"
    print(f"\n{len(tune)} tune sentences, {FOLDS} folds by company, drawn {REPEATS} ways (figures pooled), {view}")
    for key in sorted(scores, key=lambda k: -scores[k]["f1"])[:8]:
        print(f"  C={key[0]:<4} words={key[1]:<4} balanced={key[2]!s:<5} t={key[3]:.2f}  {scores[key]}")
    print(f"chosen setting C={C} words={words} balanced={balanced}; by threshold:")
    for t in THRESHOLDS:
        print(f"  t={t:.2f} {scores[setting + (t,)]}{'  <- chosen' if t == threshold else ''}")
    print(f"chosen ({view}): C={C} words={words} balanced={balanced} threshold={threshold}: CV {scores[best]}")
    for kind, results in sorted(by_kind.items()):  # the chosen setting's pooled figures, kind by kind
        print(f"  {kind:<16} {prf(results)}")
    if errors:
        found: list = []
        for i in range(FOLDS):
            model = fit([r for j in range(FOLDS) if j != i for r in draws[0][j]], feats, *setting)
            run(draws[0][i], scored(draws[0][i], feats, model), threshold, alone, found)
        for row, verdict in found:
            label = "missed" if row["fls"] else "false alarm"
            print(f"  [{label}] #{row['id']} {row['kind']} {row['doc'][:24]} p={verdict.probability:.2f} "
                  f"{','.join(verdict.cues[:6])}\n      {row['text'][:200]}")
    if dry_run:
        return
    final = fit(tune, feats, C, words, balanced, sample=SAMPLE)
    data = {"bias": final.bias, "threshold": threshold,
            "meta": {"trained_on": "tune half of benchmarks/fls/sentences.jsonl", "C": C, "words": words,
                     "balanced": balanced, "min_count": MIN_COUNT, "folds": FOLDS, "repeats": REPEATS,
                     "f1_slack": F1_SLACK, "cv": scores[best], "features": len(final.weights), "view": view,
                     "sample": final.meta["sample"]},
            "weights": dict(sorted(final.weights.items()))}
    target = ALONE_FILE if alone else MODEL_FILE
    target.write_text(json.dumps(data, indent=0, sort_keys=False, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {target} ({len(final.weights)} weights)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=Path, default=HERE / "fls" / "sentences.jsonl")
    parser.add_argument("--errors", action="store_true", help="list the chosen setting's held-out mistakes")
    parser.add_argument("--alone", action="store_true",
                        help="only the model for a sentence on its own (model-alone.json): no document context")
    parser.add_argument("--in-document", action="store_true", help="only the model for a sentence in its document")
    parser.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    parser.add_argument("--setting", help="cross-validate only this setting, C,words,balanced (e.g. 3,0.1,0)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.sentences.read_text(encoding="utf-8").splitlines() if line.strip()]
    tune = [r for r in rows if r["half"] == "tune"]  # the test half is never read past this line
    grid = list(itertools.product(*GRID.values()))
    if args.setting:
        C, words, balanced = args.setting.split(",")
        grid = [(float(C), float(words), balanced.lower() in ("1", "true", "yes"))]
    views = [False, True]
    if args.alone != args.in_document:
        views = [args.alone]
    for alone in views:
        train(tune, alone, grid, args.dry_run, args.errors)


if __name__ == "__main__":
    main()
