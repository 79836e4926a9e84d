"""Where a document's check spends its time: CPU ms per rule of the default pack, side by side with
another checkout, in one run.

    python benchmarks/rule_times.py [RELEASES_DIR] [--kind .html] [--against TREE] [--rounds N]

For each document of the folder (default: the shared corpus) whose name ends with `--kind`
(default .html), each tree's worker process loads the document, builds the rules' shared
context (`CheckContext`: the canonical text and the views derived on first use) and runs every
rule of the default pack in the pack's order, timing each step in CPU time. As in `speed.py`, every
per-text cache is emptied before each document, each worker is set up as that tree's CLI sets
up its process, and the two workers take turns document by document, so that load from other
processes falls on both alike; a step's time is its best over the rounds. Prints the mean ms per
document of each step: "(load)", "(context)" (building `CheckContext` only: a view a rule asks
for first, such as the legend's extent, counts in that rule) and each rule by id. (A call
transcript, which `fslcheck check` reads with the oral-statements pack, is timed with the default
pack's rules all the same.)

Use it to find the rules worth a closer look. A function profile (cProfile) is a poor guide on a
shared machine: its overhead per call dwarfs the many small readings a rule makes (in the
thirty-third session a function that cProfile put at 0.7 ms a call took 2 µs timed on its own,
and one function's profiled time differed severalfold between two runs), while two runs of
this script minutes apart agreed within 7% on every step that takes a millisecond or more.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
THIS_TREE = HERE.parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpus" / "releases"


def worker() -> None:
    """`--worker`: time the steps of one document per `time PATH` line on stdin (a JSON object of
    step: CPU seconds on stdout); any other line ends it."""
    sys.path.insert(0, str(HERE))
    import fslcheck
    import speed  # (its per-text caches and process set-up, for the fslcheck on sys.path)
    from fslcheck.checks.base import CheckContext
    from fslcheck.documents import load_path

    pack = fslcheck.compile_pack()
    speed.settle_as_the_cli_does()
    print(json.dumps({"fslcheck": fslcheck.__file__}), flush=True)
    for line in sys.stdin:
        if not line.startswith("time "):
            return
        for cache in speed.per_text_caches():
            cache.cache_clear()
        steps: dict[str, float] = {}
        start = time.process_time()
        documents = load_path(line[5:].rstrip("\n"))
        steps["(load)"] = time.process_time() - start
        for document in documents:
            start = time.process_time()
            context = CheckContext(document)
            steps["(context)"] = steps.get("(context)", 0.0) + time.process_time() - start
            for checker in pack.checkers:
                start = time.process_time()
                checker.check(context)
                steps[checker.rule.id] = steps.get(checker.rule.id, 0.0) + time.process_time() - start
        print(json.dumps(steps), flush=True)


class Worker:
    def __init__(self, tree: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(tree), PYTHONDONTWRITEBYTECODE="1")
        self.process = subprocess.Popen([sys.executable, __file__, "--worker"], env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        module = self._read()["fslcheck"]
        if not Path(module).resolve().is_relative_to(tree.resolve()):
            sys.exit(f"the worker for {tree} imported fslcheck from {module}")

    def _read(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            sys.exit("a worker died (see its error above)")
        return json.loads(line)

    def timed(self, path: Path) -> dict[str, float]:
        self.process.stdin.write(f"time {path}\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        self.process.wait()


def main() -> None:
    if sys.argv[1:] == ["--worker"]:
        worker()
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("releases", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--kind", default=".html", help="the documents whose name ends so (default .html)")
    parser.add_argument("--against", type=Path, metavar="TREE", help="another fslcheck checkout to time beside this one")
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds (default 5); each step's best counts")
    args = parser.parse_args()
    paths = sorted(p for p in args.releases.iterdir() if p.name.endswith(args.kind))
    if not paths:
        sys.exit(f"no {args.kind} documents in {args.releases}")
    trees = {"this": THIS_TREE} | ({"other": args.against} if args.against else {})
    workers = {name: Worker(tree) for name, tree in trees.items()}
    best: dict[str, dict[str, dict[str, float]]] = {name: {} for name in trees}  # tree: path: step: seconds
    for round_ in range(args.rounds + 1):  # (the first round untimed: imports, the model)
        order = list(workers) if round_ % 2 == 0 else list(workers)[::-1]
        for path in paths:
            for name in order:
                steps = workers[name].timed(path)
                if round_ == 0:
                    continue
                kept = best[name].setdefault(str(path), steps)
                for step, seconds in steps.items():
                    kept[step] = min(kept.get(step, seconds), seconds)
    for w in workers.values():
        w.close()

    def mean(name: str) -> dict[str, float]:
        totals: dict[str, float] = {}
        for steps in best[name].values():
            for step, seconds in steps.items():
                totals[step] = totals.get(step, 0.0) + seconds
        return {step: 1000 * seconds / len(paths) for step, seconds in totals.items()}

    ours = mean("this")
    theirs = mean("other") if args.against else {}
    print(f"{len(paths)} {args.kind} documents of {args.releases}, CPU ms per document, best of {args.rounds} rounds")
    print(f"  this tree: {THIS_TREE}" + (f"\n  other tree: {args.against}" if args.against else ""))
    header = f"  {'step':<30} {'this':>7}" + (f" {'other':>7} {'diff':>7}" if args.against else "")
    print(header)
    for step in sorted(set(ours) | set(theirs), key=lambda s: -ours.get(s, 0.0)):
        row = f"  {step:<30} {ours.get(step, 0.0):>7.2f}"
        if args.against:
            row += f" {theirs.get(step, 0.0):>7.2f} {ours.get(step, 0.0) - theirs.get(step, 0.0):>+7.2f}"
        print(row)
    total = f"  {'total':<30} {sum(ours.values()):>7.2f}"
    if args.against:
        total += f" {sum(theirs.values()):>7.2f} {sum(ours.values()) - sum(theirs.values()):>+7.2f}"
    print(total)


if __name__ == "__main__":
    main()
