"""Feature experiments for the forward-looking model, cross-validated on the TUNE half only.

    pip install -e '.[train]'
    python benchmarks/fls_experiments.py base window-cues start-words   # one line of figures each
    python benchmarks/fls_experiments.py --stack                        # the neighbours' scores, a second pass

Each experiment adds feature names to what `fslcheck.fls.features` gives every tune sentence (in
document order, with context, as `benchmarks/fls_train.py` computes them) and cross-validates the
shipped setting (C=10, words 0.1, not balanced) exactly as `fls_train.py --dry-run` does: 5 folds
by company drawn 3 ways, each held-out company's documents judged in order with the list rule.
It prints the best pooled F1 over the thresholds and the figures at the threshold `fls_train.py`
would choose. Names starting `w:` are weighed as words are (scaled by the words setting, kept only
when MIN_COUNT training sentences have them). Nothing is written; the test half is never read.
The figures are recorded in `benchmarks/fls/ERRORS.md` ("Window, tense and word features").

`--stack`: a second pass over the first pass's held-out probabilities. For every draw, each
sentence's first-pass probability comes from a model that never saw its company; a small
logistic regression over its own log-odds and its neighbours' probabilities (the sentence before
and after, and whether a new speaker's turn lies between) is then cross-validated over the same
folds. (Its training scores for fold j come from first-pass models that saw fold i, a leak through
seven weights only, which can only flatter the second pass.)
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import fls_train as T  # noqa: E402
from fslcheck.fls import features as F  # noqa: E402
from fslcheck.fls.classify import Verdict, judge  # noqa: E402
from fslcheck.fls.cues import fired  # noqa: E402

SETTING = (10.0, 0.1, False)  # the shipped in-document model's setting


def walk_tune(tune: list[dict]) -> dict[str, tuple]:
    """Every document's steps (labelled or only read) with cues and base feature names, in order."""
    docs: dict[str, tuple] = {}
    for doc, when, context, step in T.walked(tune):
        row = step.row
        legend = row is not None and row["in_legend"]
        cues = [] if legend else fired(step.text, when)
        docs.setdefault(doc, (when, []))[1].append(
            {"text": step.text, "gap": step.gap, "speaker": step.speaker, "legend": legend,
             "id": row["id"] if row else None, "cues": cues, "names": F.features(step.text, cues, context)})
        context.advance(step.text, cues)
    return docs


def _neighbours(steps: list[dict], i: int) -> tuple[dict | None, dict | None]:
    before = steps[i - 1] if i > 0 and not steps[i]["gap"] else None
    after = steps[i + 1] if i + 1 < len(steps) and not steps[i + 1]["gap"] else None
    return before, after


def _tokens(text: str) -> list[str]:
    return [F._token(w) for w in F._WORD.findall(text.lower().replace("’", "'"))]


def window_cues(steps, i, when):
    """The neighbours' named cues, prefixed."""
    before, after = _neighbours(steps, i)
    return ([f"prev:{c}" for c in before["cues"]] if before else []) + ([f"next:{c}" for c in after["cues"]] if after else [])


def window_named(steps, i, when):
    """The neighbours' cues, shapes and counts (every feature but words and context), prefixed."""
    before, after = _neighbours(steps, i)
    named = lambda s: [n for n in s["names"] if not n.startswith(("w:", "ctx:"))]  # noqa: E731
    return ([f"prev:{c}" for c in named(before)] if before else []) + ([f"next:{c}" for c in named(after)] if after else [])


def start_words(steps, i, when):
    """The sentence's first word, first two and first three words (weighed as words)."""
    t = _tokens(steps[i]["text"])
    return ([f"w:^ {t[0]}"] if t else []) + ([f"w:^^ {t[0]} {t[1]}"] if len(t) > 1 else []) + \
        ([f"w:^^^ {t[0]} {t[1]} {t[2]}"] if len(t) > 2 else [])


def release_years(steps, i, when):
    """Each year the sentence names, as after, the same as, or before the release's year."""
    out = []
    for w in F._WORD.findall(steps[i]["text"].lower()):
        if F._YEAR_TOKEN.fullmatch(w):
            out.append("w:<year?>" if when is None else "w:<year+>" if int(w) > when.year else
                       "w:<year=>" if int(w) == when.year else "w:<year->")
    return out


_SUBJECTS = frozenset("we i you they it he she that this management company we're we'll we've we'd i'm i'll i'd it's".split())
_BETWEEN = frozenset("also still now just really currently continue all do certainly clearly already actually then "
                     "again further both obviously to".split())


def subject_verb(steps, i, when):
    """A subject pronoun and the verb after the adverbs that part them ("we currently expect": `we~ expect`);
    adjacent pairs are word pairs already."""
    t = _tokens(steps[i]["text"])
    out = []
    for k, w in enumerate(t[:-1]):
        if w in _SUBJECTS:
            j = k + 1
            while j < len(t) and j < k + 4 and (t[j] in _BETWEEN or t[j].endswith("ly")):
                j += 1
            if k + 1 < j < len(t):
                out.append(f"w:{w}~ {t[j]}")
    return out


_PROGRESSIVE = re.compile(r"\b(?:am|is|are|'re|’re|'s|be|been|being)\s+(?:\w+ly\s+)?\w{3,}ing\b")
_PERFECT = re.compile(r"\b(?:have|has|'ve|’ve|had)\s+(?:\w+ly\s+)?(?:been|\w{3,}ed|made|done|seen|grown|taken|built|begun|won)\b")
_MODAL = re.compile(r"\b(?:can|could|may|might|would|should|must)\b")


def aspect(steps, i, when):
    """Progressive and perfect aspect, and a modal of ability or possibility."""
    low = steps[i]["text"].lower()
    return [name for name, pattern in (("asp:progressive", _PROGRESSIVE), ("asp:perfect", _PERFECT), ("asp:modal", _MODAL))
            if pattern.search(low)]


EXPERIMENTS = {"base": lambda steps, i, when: [], "window-cues": window_cues, "window-named": window_named,
               "start-words": start_words, "release-years": release_years, "subject-verb": subject_verb,
               "aspect": aspect,
               "start+subject+years": lambda s, i, w: start_words(s, i, w) + subject_verb(s, i, w) + release_years(s, i, w)}


def past_tense_words(docs) -> dict:
    """Words rebuilt with the past "-ed" kept (only "-ing" and "-s" trimmed): tense stays in the word."""
    def token(word: str) -> str:
        if word[0].isdigit() or word[-1].isdigit():
            return F._token(word)
        for ending in ("ing", "s"):
            if len(word) > len(ending) + 3 and word.endswith(ending) and not word.endswith("ss"):
                return word[: -len(ending)]
        return word
    feats = {}
    for when, steps in docs.values():
        for step in steps:
            if step["id"] is not None:
                t = [token(w) for w in F._WORD.findall(step["text"].lower().replace("’", "'"))]
                names = [n for n in step["names"] if not n.startswith("w:")]
                names += ["w:" + x for x in t] + [f"w:{a} {b}" for a, b in zip(t, t[1:])]
                feats[step["id"]] = (list(dict.fromkeys(names)), step["cues"])
    return feats


def build(docs, extra) -> dict:
    feats = {}
    for when, steps in docs.values():
        for i, step in enumerate(steps):
            if step["id"] is not None:
                names = step["names"] if step["legend"] else list(dict.fromkeys(step["names"] + extra(steps, i, when)))
                feats[step["id"]] = (names, step["cues"])
    return feats


def report(label: str, pooled: dict) -> None:
    scores = {t: T.prf(results) for t, results in pooled.items()}
    best = max(scores, key=lambda t: scores[t]["f1"])
    chosen = T.choose_threshold({SETTING + (t,): s for t, s in scores.items()}, SETTING)
    b, c = scores[best], scores[chosen]
    print(f"{label}: best t={best} P {b['precision']} R {b['recall']} F1 {b['f1']} | chosen t={chosen} "
          f"P {c['precision']} R {c['recall']} F1 {c['f1']}", flush=True)


def cross_validate(tune: list[dict], feats: dict, label: str) -> None:
    report(label, T.pooled_cv(T.company_draws(tune), feats, SETTING))


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def stack(tune: list[dict], docs: dict) -> None:
    """The second pass over the neighbours' held-out probabilities (module docstring)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    feats = build(docs, EXPERIMENTS["base"])
    company = {r["doc"]: r["company"] for r in tune}
    truth = {r["id"]: r["fls"] for r in tune}
    pooled, first_pooled = defaultdict(list), defaultdict(list)
    for k in range(T.REPEATS):
        first: dict[str, list] = {}
        for i in range(T.FOLDS):
            model = T.fit([r for r in tune if T.fold_of(r["company"], k) != i], feats, *SETTING)
            model.threshold = 0.0
            for doc, (when, steps) in docs.items():
                if T.fold_of(company[doc], k) == i:
                    first[doc] = [None if s["legend"] else judge(feats[s["id"]][0] if s["id"] is not None else s["names"],
                                                                 s["cues"], model) for s in steps]
        X, y, fold, ids = [], [], [], []
        for doc, (when, steps) in docs.items():
            verdicts = first[doc]
            for i, step in enumerate(steps):
                if step["id"] is None or step["legend"]:
                    continue
                before, after = _neighbours(steps, i)
                pb = verdicts[i - 1].probability if before is not None and verdicts[i - 1] else 0.0
                pa = verdicts[i + 1].probability if after is not None and verdicts[i + 1] else 0.0
                same_b = 0.0 if step["speaker"] else 1.0
                same_a = 0.0 if after is not None and after["speaker"] else 1.0
                X.append([_logit(verdicts[i].probability), pb, pa, pb * same_b, pa * same_a, float(before is None),
                          float(after is None)])
                y.append(truth[step["id"]])
                fold.append(T.fold_of(company[doc], k))
                ids.append((doc, i, step["id"]))
        X, y, fold = np.array(X), np.array(y), np.array(fold)
        for i in range(T.FOLDS):
            second = LogisticRegression(C=10.0, max_iter=10000).fit(X[fold != i], y[fold != i])
            held = [r for r in tune if T.fold_of(r["company"], k) == i]
            one, two = {}, {}
            for (doc, n, rid), p in zip([ids[j] for j in np.flatnonzero(fold == i)],
                                        second.predict_proba(X[fold == i])[:, 1]):
                base = first[doc][n]
                ruled = not base.forward_looking and base.probability == 0.0  # a rule decided: kept
                one[rid], two[rid] = base, base if ruled else Verdict(True, base.cues, base.reason, float(p))
            for r in held:
                if r["in_legend"]:
                    one[r["id"]] = two[r["id"]] = Verdict(False, ["legend"], "part of the legend")
            for t in T.THRESHOLDS:
                first_pooled[t] += T.run(held, one, t)
                pooled[t] += T.run(held, two, t)
    report("first pass", first_pooled)
    report("second pass (neighbours' held-out probabilities)", pooled)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("experiments", nargs="*", help=", ".join(list(EXPERIMENTS) + ["past-tense-words"]))
    parser.add_argument("--stack", action="store_true", help="the second pass over the neighbours' scores")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (HERE / "fls" / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    tune = [r for r in rows if r["half"] == "tune"]  # the test half is never read past this line
    docs = walk_tune(tune)
    for name in args.experiments:
        feats = past_tense_words(docs) if name == "past-tense-words" else build(docs, EXPERIMENTS[name])
        cross_validate(tune, feats, name)
    if args.stack:
        stack(tune, docs)


if __name__ == "__main__":
    main()
