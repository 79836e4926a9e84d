"""Speed of the checking path, side by side with naive baselines and with another tree, in one run.

    python benchmarks/speed.py [RELEASES_DIR] [--against TREE] [--rounds N] [--only-against]
                              [--per-document KIND]

1. Normaliser: `fslcheck.normalise.canonicalise` (one regex pass, breakpoint map) against a
   char-by-char baseline that builds a per-character offset list.
2. Checking: the default pack as it runs (exact first, then the OCR-tolerant and the seeded
   fuzzy search for misses) against the same pack with a brute-force matcher that aligns every
   phrase expansion over the whole scope with rapidfuzz.
3. Whole check (load + normalise + all rules) per document, and peak memory of one run.

Prints milliseconds per 10 KB of text and the ratio baseline / fslcheck.

4. With `--against TREE` (another checkout of fslcheck, e.g. the commit a speed bar is set
   against): the whole check of each document (`fslcheck.check([path])`, as `fslcheck check`
   runs it: load, normalise, every rule of the default pack) timed in two worker processes, one
   importing this tree and one importing TREE (PYTHONPATH), with the same interpreter and
   libraries. Before each document every per-text cache of fslcheck is emptied (each
   `functools.lru_cache` in its modules, except those holding resources loaded once per process:
   the model, templates, ignore-file specs, the Markdown parser, the English word list), so no
   document profits from an earlier timing of itself. Each worker first checks every document once untimed (imports, model); then the
   workers take turns document by document (the order swapped every round), so load from other
   processes falls on both alike; a document's time is its best over the rounds. Prints ms/document for both trees and
   the ratio this / TREE (CPU time of the checking process, which other processes on a busy
   machine do not inflate, and wall time), per kind (.txt, .htm, .html, .md; PDFs on their own row, where
   extraction dominates), the peak traced memory of checking the whole folder in one run, and
   the start-up cost of a fresh process checking the smallest document (best of the rounds),
   warm (the modules' bytecode cached, as an installed fslcheck runs) and cold (every module
   compiled from source first).
   Each worker's process is set up as that tree's `fslcheck check` sets up its own once the
   packs are compiled (`settle_as_the_cli_does`: a tree whose CLI settles its garbage collector,
   `fslcheck.runtime.settle()`, is timed so; a tree whose CLI does not, is timed without), so
   the per-document times are those of a `fslcheck check` run over many documents. The start-up
   row times the library call `fslcheck.check`, which settles nothing. `--per-document .html`
   (or `all`) lists each document of that kind too: load and check CPU ms of both trees.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
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
from fslcheck.errors import InputError
from fslcheck.normalise import canonicalise

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "releases"
THIS_TREE = Path(__file__).resolve().parents[1]
TEXT_KINDS = (".txt", ".htm", ".html", ".md")
# Caches that hold what a process loads once (not anything derived from a document's text).
_RESOURCE_CACHES = frozenset({"fslcheck.fls.model.load", "fslcheck.report.html_report.environment",
                              "fslcheck.report.html_report._inline_hashes", "fslcheck.discovery._spec",
                              "fslcheck.waivers._spec", "fslcheck.documents.markdown._parser",
                              "fslcheck.glued_words._lexicon", "fslcheck.glued_words._log_total"})


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


def per_text_caches() -> list:
    """Every lru_cache of the fslcheck modules imported so far that is filled from document text."""
    found = []
    for name, module in list(sys.modules.items()):
        if not (name == "fslcheck" or name.startswith("fslcheck.")) or module is None:
            continue
        for attribute, value in list(vars(module).items()):
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name \
                    and f"{name}.{attribute}" not in _RESOURCE_CACHES:
                found.append(value)
    return found


def settle_as_the_cli_does() -> None:
    """What `fslcheck check` does to its process once its packs are compiled, done here when the
    tree imported has it: `fslcheck.runtime.settle()` (garbage-collector settings), which the CLI
    and its `--jobs` workers call and the library never does. A tree without that module (an
    older checkout) has a CLI that does nothing of the kind, and its worker does nothing either."""
    try:
        from fslcheck import runtime
    except ImportError:
        return
    runtime.settle()


def worker() -> None:
    """`--worker`: serve timing passes for the fslcheck found on sys.path (stdin commands:
    `time PATH` prints [load, check] seconds of wall time then of CPU time, `memory` prints the peak traced bytes of one batch run)."""
    paths = [p for p in sys.stdin.readline().rstrip("\n").split("\t") if p]
    pack = fslcheck.compile_pack()
    settle_as_the_cli_does()
    print(json.dumps({"fslcheck": fslcheck.__file__}), flush=True)

    def one(path: str) -> list[float]:
        caches = per_text_caches()  # a module imported lazily by the last document joins in
        for cache in caches:
            cache.cache_clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            documents = load_path(path)
        except InputError:  # refused (no text layer, ...): timed as `fslcheck check` reports it
            documents = []
        loaded, loaded_cpu = time.perf_counter(), time.process_time()
        for document in documents:
            pack.check_document(document)
        return [loaded - start, time.perf_counter() - loaded, loaded_cpu - start_cpu, time.process_time() - loaded_cpu]

    for path in paths:  # untimed: imports, the model, the pack's first use
        one(path)
    print(json.dumps({"ready": True}), flush=True)
    for command in sys.stdin:
        if command.startswith("time "):
            print(json.dumps(one(command[5:].rstrip("\n"))), flush=True)
        elif command.strip() == "memory":
            tracemalloc.start()
            fslcheck.check(paths, pack)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(json.dumps({"peak": peak}), flush=True)
        else:
            return


class Worker:
    """A worker process importing fslcheck from `tree`."""

    def __init__(self, tree: Path, paths: list[Path]) -> None:
        env = dict(os.environ, PYTHONPATH=str(tree), PYTHONDONTWRITEBYTECODE="1")
        self.process = subprocess.Popen([sys.executable, __file__, "--worker"], env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.process.stdin.write("\t".join(str(p) for p in paths) + "\n")
        self.process.stdin.flush()
        self.module = self._ask(None)["fslcheck"]
        if not Path(self.module).resolve().is_relative_to(tree.resolve()):
            sys.exit(f"the worker for {tree} imported fslcheck from {self.module}")

    def _ask(self, command: str | None) -> dict:
        if command is not None:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            sys.exit("a benchmark worker died (see its error above)")
        return json.loads(line)

    def ready(self) -> None:
        self._ask(None)

    def timed(self, path: Path) -> list[float]:  # load, check (wall); load, check (CPU)
        return self._ask(f"time {path}")

    def peak_memory(self) -> int:
        return self._ask("memory")["peak"]

    def close(self) -> None:
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        self.process.wait()


def startup_seconds(tree: Path, path: Path, bytecode: Path | None) -> float:
    """A fresh interpreter importing fslcheck from `tree` and checking one document.

    With `bytecode` (a folder the caller keeps per tree) the modules' compiled bytecode is kept
    there and reused, as an installed fslcheck finds it (pip compiles it at install time); without,
    every module is compiled from source first, a cold start (an empty cache folder, so bytecode
    beside the sources does not count either)."""
    with tempfile.TemporaryDirectory() as empty:
        env = dict(os.environ, PYTHONPATH=str(tree), PYTHONPYCACHEPREFIX=str(bytecode or empty))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if bytecode is None:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import sys, fslcheck; fslcheck.check([sys.argv[1]])", str(path)],
                       env=env, check=True, capture_output=True)
        return time.perf_counter() - start


def side_by_side(paths: list[Path], other: Path, rounds: int, this: Path = THIS_TREE,
                 listed: tuple[str, ...] = ()) -> None:
    """Section 4 of the module docstring: this tree against `other`, per document and per kind; each
    document of a kind in `listed` (suffixes such as ".html") also on a row of its own."""
    trees = {"this": this, "other": other}
    workers = {name: Worker(tree, paths) for name, tree in trees.items()}
    best: dict[str, dict[str, list[float]]] = {name: {} for name in trees}  # path: load, check; wall, CPU
    startup: dict[str, dict[str, float]] = {name: {"cold": float("inf"), "warm": float("inf")} for name in trees}
    smallest = min(paths, key=lambda p: p.stat().st_size)
    bytecode = {name: Path(tempfile.mkdtemp(prefix=f"fslcheck-speed-{name}-")) for name in trees}
    for name in trees:  # compiles and keeps the tree's bytecode, as an install does
        startup_seconds(trees[name], smallest, bytecode[name])
    for w in workers.values():
        w.ready()
    for round_ in range(rounds):
        order = list(workers) if round_ % 2 == 0 else list(workers)[::-1]
        for path in paths:  # each document by both trees in turn: load on the machine hits both alike
            for name in order:
                seconds = workers[name].timed(path)
                previous = best[name].get(str(path), [float("inf")] * 4)
                best[name][str(path)] = [min(a, b) for a, b in zip(previous, seconds)]
        for name in order:
            startup[name]["cold"] = min(startup[name]["cold"], startup_seconds(trees[name], smallest, None))
            startup[name]["warm"] = min(startup[name]["warm"], startup_seconds(trees[name], smallest, bytecode[name]))
    peaks = {name: w.peak_memory() for name, w in workers.items()}
    for w in workers.values():
        w.close()
    for folder in bytecode.values():
        shutil.rmtree(folder, ignore_errors=True)

    print(f"per document, best of {rounds} rounds, fresh per-text caches; 'check' = normalise + every rule of "
          f"the default pack, 'whole' = load + check; CPU time of the checking process, and wall time:")
    print(f"  this tree:  {this}\n  other tree: {other}")
    print(f"  {'kind':<11} {'docs':>4} | {'check CPU ms':>12} {'other':>8} {'ratio':>6} | "
          f"{'whole CPU ms':>12} {'other':>8} {'ratio':>6} | {'whole wall ms':>13} {'other':>8} {'ratio':>6}")
    groups = [(suffix, [p for p in paths if p.suffix == suffix]) for suffix in (*TEXT_KINDS, ".pdf")]
    groups.insert(len(TEXT_KINDS), ("text kinds", [p for p in paths if p.suffix in TEXT_KINDS]))
    for label, group in groups:
        if not group:
            continue
        row = []
        for part, width in ((slice(3, 4), 12), (slice(2, 4), 12), (slice(0, 2), 13)):  # check CPU, whole CPU, whole wall
            ours = sum(sum(best["this"][str(p)][part]) for p in group) / len(group)
            theirs = sum(sum(best["other"][str(p)][part]) for p in group) / len(group)
            row.append(f"{1000 * ours:>{width}.1f} {1000 * theirs:>8.1f} {ours / theirs:>5.2f}x")
        print(f"  {label:<11} {len(group):>4} | " + " | ".join(row))
    per_document([p for p in paths if p.suffix in listed], best)
    if any(p.suffix == ".pdf" for p in paths):
        print("  (a PDF's text is extracted in a worker process: its CPU time counts in the wall column only)")
    for kind, how in (("warm", "bytecode cached, as installed"), ("cold", "every module compiled from source")):
        ours, theirs = startup["this"][kind], startup["other"][kind]
        print(f"  start-up, {how} (fresh process, import + check {smallest.name}): this {ours:.2f} s, "
              f"other {theirs:.2f} s, ratio {ours / theirs:.2f}x")
    print(f"  peak traced memory checking all {len(paths)} files in one run: this {peaks['this'] / 1e6:.1f} MB, "
          f"other {peaks['other'] / 1e6:.1f} MB, ratio {peaks['this'] / peaks['other']:.2f}x")


def per_document(paths: list[Path], best: dict[str, dict[str, list[float]]]) -> None:
    """One row per document of `side_by_side`'s best times: load and check CPU ms of both trees and the
    ratios, slowest whole ratio first (a kind with few documents hangs on each of them)."""
    if not paths:
        return
    def cpu(name: str, path: Path) -> tuple[float, float]:
        load, check = best[name][str(path)][2:4]
        return 1000 * load, 1000 * check
    rows = []
    for path in paths:
        (load, check), (other_load, other_check) = cpu("this", path), cpu("other", path)
        rows.append(((load + check) / (other_load + other_check), path.name, load, other_load, check, other_check))
    print(f"  per document (CPU ms):  {'load':>6} {'other':>6} | {'check':>7} {'other':>7} {'ratio':>6} | whole ratio")
    for whole, name, load, other_load, check, other_check in sorted(rows, reverse=True):
        print(f"    {name[:56]:<56} {load:>6.1f} {other_load:>6.1f} | {check:>7.1f} {other_check:>7.1f} "
              f"{check / other_check:>5.2f}x | {whole:>5.2f}x")


def main() -> None:
    if sys.argv[1:] == ["--worker"]:
        worker()
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("releases", nargs="?", type=Path, default=DEFAULT_CORPUS,
                        help="folder of .txt/.htm/.html/.md releases (default: the shared corpus)")
    parser.add_argument("--against", type=Path, metavar="TREE",
                        help="another fslcheck checkout: time the whole check per document with both trees")
    parser.add_argument("--this", type=Path, default=THIS_TREE, metavar="TREE",
                        help="--against: the tree to compare (default: the one this script is in)")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds for --against (default 3)")
    parser.add_argument("--no-pdf", action="store_true", help="--against: leave the folder's PDFs out")
    parser.add_argument("--per-document", action="append", default=[], metavar="KIND",
                        help="--against: also list each document of this kind (.html, ...; repeatable, 'all')")
    parser.add_argument("--only-against", action="store_true",
                        help="print only the side-by-side with --against (skip sections 1-3)")
    args = parser.parse_args()
    folder = args.releases
    paths = sorted(p for p in folder.glob("*") if p.suffix in TEXT_KINDS)
    pdfs = [] if args.no_pdf or args.against is None else sorted(folder.glob("*.pdf"))
    if not paths and not (pdfs and args.only_against):
        sys.exit(f"no documents in {folder}")
    if args.against is not None:
        if not (args.against / "fslcheck" / "__init__.py").is_file():
            sys.exit(f"{args.against} is not an fslcheck checkout (no fslcheck/__init__.py)")
        listed = (*TEXT_KINDS, ".pdf") if "all" in args.per_document else tuple(args.per_document)
        side_by_side(sorted(paths + pdfs), args.against.resolve(), args.rounds, args.this.resolve(), listed)
        if args.only_against:
            return
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
