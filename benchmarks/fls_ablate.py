"""What a group of features is worth to the forward-looking model, and how much of a difference in
cross-validated F1 is only the luck of the folds.

    python benchmarks/fls_ablate.py                          # the shipped setting, all features
    python benchmarks/fls_ablate.py --drop ctx:speaker       # without the speaker flags
    python benchmarks/fls_ablate.py --drop w: --repeats 8    # without words, over 8 fold draws
    python benchmarks/fls_ablate.py --setting 10,0.1,0       # another C, words, balanced

Only the tune half is read (as `fls_train.py` reads it). For one setting (by default the one
`model.json` was trained with), the tune half's companies are split into folds `--repeats` ways;
a model is trained on the other folds and run, as in use, over each held-out fold, with the
features whose names start with a `--drop` prefix left out. It prints the pooled F1 at the best
threshold and at the threshold `fls_train.py` would choose (recall weighing twice precision), per
document kind, and the spread of F1 between the draws: a change smaller than that spread is not
a finding (on the 1,829 tune sentences, about 0.01).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import fls_train  # noqa: E402

from fslcheck.fls.model import load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=Path, default=HERE / "fls" / "sentences.jsonl")
    parser.add_argument("--drop", action="append", default=[], help="leave out features whose name starts so")
    parser.add_argument("--repeats", type=int, default=fls_train.REPEATS, help="how many ways the folds are drawn")
    parser.add_argument("--setting", help="C,words,balanced (default: the shipped model's)")
    parser.add_argument("--alone", action="store_true", help="the model for a sentence on its own")
    args = parser.parse_args()
    if args.setting:
        C, words, balanced = args.setting.split(",")
        setting = (float(C), float(words), balanced.lower() in ("1", "true", "yes"))
    else:
        meta = load(alone=args.alone).meta
        setting = (float(meta["C"]), float(meta["words"]), bool(meta["balanced"]))
    rows = [json.loads(line) for line in args.sentences.read_text(encoding="utf-8").splitlines() if line.strip()]
    tune = [r for r in rows if r["half"] == "tune"]  # the test half is never read past this line
    feats = fls_train.featurise(tune, args.alone)
    drops = tuple(args.drop)
    if drops:
        feats = {key: ([n for n in names if not n.startswith(drops)], cues) for key, (names, cues) in feats.items()}
    pooled: dict[float, list] = defaultdict(list)
    per_draw: dict[float, list[float]] = defaultdict(list)
    for repeat in range(args.repeats):
        folds = {i: [r for r in tune if fls_train.fold_of(r["company"], repeat) == i] for i in range(fls_train.FOLDS)}
        drawn: dict[float, list] = defaultdict(list)
        for i in range(fls_train.FOLDS):
            model = fls_train.fit([r for j in folds if j != i for r in folds[j]], feats, *setting)
            verdicts = fls_train.scored(folds[i], feats, model)
            for t in fls_train.THRESHOLDS:
                drawn[t] += fls_train.run(folds[i], verdicts, t, args.alone)
        for t, results in drawn.items():
            pooled[t] += results
            per_draw[t].append(fls_train.prf(results)["f1"])
    scores = {setting + (t,): fls_train.prf(results) for t, results in pooled.items()}
    best = max(fls_train.THRESHOLDS, key=lambda t: scores[setting + (t,)]["f1"])
    chosen = fls_train.choose_threshold(scores, setting)
    view = "sentence alone" if args.alone else "in document"
    print(f"{len(tune)} tune sentences, {view}, C={setting[0]} words={setting[1]} balanced={setting[2]}, "
          f"{args.repeats} fold draws, dropped: {', '.join(drops) or 'nothing'}")
    for label, t in (("best threshold", best), ("chosen threshold", chosen)):
        score = scores[setting + (t,)]
        kinds = {kind: fls_train.prf([x for x in pooled[t] if x[2] == kind])["f1"]
                 for kind in sorted({x[2] for x in pooled[t]})}
        spread = statistics.pstdev(per_draw[t]) if len(per_draw[t]) > 1 else 0.0
        print(f"  {label} t={t:.2f}: P {score['precision']:.3f} R {score['recall']:.3f} F1 {score['f1']:.3f} "
              f"(draws {min(per_draw[t]):.3f}..{max(per_draw[t]):.3f}, sd {spread:.3f})")
        print("    per kind: " + ", ".join(f"{kind} {f1:.3f}" for kind, f1 in kinds.items()))


if __name__ == "__main__":
    main()
