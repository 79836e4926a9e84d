"""Inter-annotator agreement on the labelled FLS set: a seeded, stratified sample labelled again.

Two steps, so that the second annotator never sees the first one's labels:

    python benchmarks/fls_agreement.py draw      # writes fls/agreement/sample.jsonl (no labels)
    # ... label every sample line blind into fls/agreement/blind.jsonl: {"id": N, "fls": true|false}
    python benchmarks/fls_agreement.py compare   # percent agreement and Cohen's kappa, per kind

The sample is stratified by half and document kind (every stratum gets at least `--floor`
sentences, or all it has; the rest is shared in proportion to stratum size) and drawn with a fixed
seed, so `draw` gives the same ids every time for the same set. Each sample line carries the
sentence before and after it in its document (when the set holds them), which RULES.md allows a
labeller to read when a sentence alone is unclear.

`compare` scores the blind labels against the labels of `sentences.jsonl` as they stand, or, with
`--against FILE`, against another copy of the set (e.g. the set as it was before adjudication:
`git show REV:benchmarks/fls/sentences.jsonl > before.jsonl`).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE / "fls" / "sentences.jsonl"
OUT = HERE / "fls" / "agreement"


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def allocate(sizes: dict, total: int, floor: int) -> dict:
    """Sample size per stratum: a floor each (or all it has), the rest in proportion, largest remainder."""
    take = {key: min(size, floor) for key, size in sizes.items()}
    left = total - sum(take.values())
    spare = {key: sizes[key] - take[key] for key in sizes}
    pool = sum(spare.values())
    if left <= 0 or pool == 0:
        return take
    shares = {key: left * spare[key] / pool for key in sizes}
    for key in sizes:
        take[key] += int(shares[key])
    order = sorted(sizes, key=lambda key: shares[key] - int(shares[key]), reverse=True)
    for key in order[: total - sum(take.values())]:
        take[key] += 1
    return take


def draw(rows: list[dict], total: int, floor: int, seed: int) -> list[dict]:
    strata: dict = defaultdict(list)
    for row in rows:
        strata[(row["half"], row["kind"])].append(row)
    take = allocate({key: len(items) for key, items in strata.items()}, total, floor)
    rng = random.Random(seed)
    chosen = []
    for key in sorted(strata):
        chosen += rng.sample(sorted(strata[key], key=lambda r: r["id"]), take[key])
    by_place = {(row["doc"], row["index"]): row for row in rows}
    out = []
    for row in sorted(chosen, key=lambda r: r["id"]):
        before = by_place.get((row["doc"], row["index"] - 1))
        after = by_place.get((row["doc"], row["index"] + 1))
        out.append({"id": row["id"], "doc": row["doc"], "kind": row["kind"], "half": row["half"],
                    "before": before["text"] if before else None, "text": row["text"],
                    "after": after["text"] if after else None})
    return out


def kappa(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    """Percent agreement and Cohen's kappa of two binary labellings."""
    n = len(pairs)
    if not n:
        return float("nan"), float("nan")
    agree = sum(a == b for a, b in pairs) / n
    first = sum(a for a, _ in pairs) / n
    second = sum(b for _, b in pairs) / n
    chance = first * second + (1 - first) * (1 - second)
    return agree, (agree - chance) / (1 - chance) if chance < 1 else 1.0


def compare(sample: list[dict], blind: dict, truth: dict) -> list[str]:
    groups: dict = defaultdict(list)
    missing = [row["id"] for row in sample if row["id"] not in blind]
    if missing:
        raise SystemExit(f"blind labels missing for ids {missing[:10]}{'...' if len(missing) > 10 else ''}")
    for row in sample:
        pair = (truth[row["id"]], blind[row["id"]])
        for key in ("all", f"kind={row['kind']}", f"half={row['half']}"):
            groups[key].append(pair)
    lines = [f"{'group':<24} {'n':>4} {'set+':>5} {'blind+':>6} {'agree':>7} {'kappa':>7}"]
    for key in sorted(groups, key=lambda k: (k != "all", k)):
        pairs = groups[key]
        agree, k = kappa(pairs)
        lines.append(f"{key:<24} {len(pairs):>4} {sum(a for a, _ in pairs):>5} {sum(b for _, b in pairs):>6} "
                     f"{agree * 100:>6.1f}% {k:>7.3f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("draw", "compare"))
    parser.add_argument("--total", type=int, default=400)
    parser.add_argument("--floor", type=int, default=20)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--set", type=Path, default=SET, help="the set the sample is drawn from")
    parser.add_argument("--against", type=Path, default=None, help="the labels to compare with (default: --set)")
    parser.add_argument("--out", type=Path, default=OUT, help="the folder of sample.jsonl and blind.jsonl")
    parser.add_argument("--disagreements", action="store_true", help="list the ids the two labellings differ on")
    args = parser.parse_args()
    if args.step == "draw":
        args.out.mkdir(exist_ok=True)
        sample = draw(read(args.set), args.total, args.floor, args.seed)
        with open(args.out / "sample.jsonl", "w", encoding="utf-8") as handle:
            for row in sample:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(sample)} sentences -> {args.out / 'sample.jsonl'}")
        return
    sample = read(args.out / "sample.jsonl")
    blind = {row["id"]: row["fls"] for row in read(args.out / "blind.jsonl")}
    truth = {row["id"]: row["fls"] for row in read(args.against or args.set)}
    print("\n".join(compare(sample, blind, truth)))
    if args.disagreements:
        for row in sample:
            if truth[row["id"]] != blind[row["id"]]:
                print(f"#{row['id']} set={truth[row['id']]} blind={blind[row['id']]} {row['kind']}: {row['text'][:160]}")


if __name__ == "__main__":
    main()
