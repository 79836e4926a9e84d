"""Guard for speed work: the reports of every document, dumped before a change and compared after.

    python benchmarks/same_output.py dump OUT_DIR [FOLDER ...] [--tree TREE]
    python benchmarks/same_output.py compare BEFORE_DIR AFTER_DIR

`dump` runs `fslcheck check --format json` and `fslcheck fls --format json` once per document (a
fresh process each, as a user's run is) for every .txt/.htm/.html/.md/.pdf file of the folders
(default: the shared corpus and benchmarks/corpus), and writes each report with its exit code to
OUT_DIR. With `--tree`, the fslcheck of that checkout runs (a copy of the commit before the change,
say), else the one this interpreter imports. `compare` says which reports differ, byte for byte; an optimisation that changes any of
them is a bug. The reports carry no timings, so nothing is stripped.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FOLDERS = [HERE.parents[1] / "shared" / "corpus" / "releases", HERE / "corpus" / "releases"]
SUFFIXES = (".txt", ".htm", ".html", ".md", ".pdf")


def _dump_one(path: Path, out: Path, tree: Path | None) -> str:
    stem = f"{path.parent.parent.name}__{path.name}"
    for command in ("check", "fls"):
        extra = ["-j", "1"] if command == "check" else []
        run = subprocess.run([sys.executable, "-m", "fslcheck", command, "--format", "json", *extra, str(path)],
                             capture_output=True, text=True, check=False,
                             cwd=tree, env=None if tree is None else dict(os.environ, PYTHONPATH=str(tree)))
        (out / f"{stem}.{command}.json").write_text(f"exit {run.returncode}\n{run.stdout}", encoding="utf-8")
    return stem


def dump(out: Path, folders: list[Path], jobs: int, tree: Path | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    paths = [p for folder in folders for p in sorted(folder.iterdir()) if p.suffix in SUFFIXES]
    with ThreadPoolExecutor(jobs) as pool:
        for done, _ in enumerate(pool.map(lambda p: _dump_one(p, out, tree), paths), 1):
            if done % 25 == 0:
                print(f"{done}/{len(paths)}", file=sys.stderr)
    print(f"{len(paths)} documents dumped to {out}")


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differing = [n for n in names
                 if not (before / n).exists() or not (after / n).exists()
                 or (before / n).read_bytes() != (after / n).read_bytes()]
    for name in differing:
        print(f"differs: {name}")
    print(f"{len(names)} reports ({len(names) // 2} documents) compared, {len(differing)} differ")
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("folders", nargs="*", type=Path, default=DEFAULT_FOLDERS)
    d.add_argument("-j", "--jobs", type=int, default=2)
    d.add_argument("--tree", type=Path, help="run the fslcheck of this checkout")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, [f.absolute() for f in args.folders], args.jobs, args.tree and args.tree.resolve())
    else:
        sys.exit(compare(args.before, args.after))


if __name__ == "__main__":
    main()
