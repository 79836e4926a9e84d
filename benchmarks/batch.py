"""Batch cost: peak memory and time against batch length, streamed reports vs. a whole Result.

    python benchmarks/batch.py [--sizes 100,200,400] [--jobs 1,2] [--format json] [--html]

For each batch length N, N copies of the bundled example release (each made distinct by a line
naming its number) are checked:

- fslcheck: `fslcheck check DIR --format FORMAT -o OUT --jobs J`, which renders a document at a
  time into a spool and keeps only counts;
- baseline: the same check through the Python API, `fslcheck.check(DIR)` then `render(result)`,
  which keeps every document (text, anchors, findings) and builds the whole report string — what
  the command line did before reports were streamed. With --html, both also write an HTML folder
  (the streamed run a page per document as it goes; the baseline `html_report.write_batch`).

Each runs in its own process; peak memory is that process's maximum resident set size. Prints
one row per N: peak MB and seconds for both, the memory ratio baseline / fslcheck, and the growth
of each from the smallest N (flat means the batch holds nothing per document). With --jobs, the
time of the streamed run for each worker count.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "sos-staffing_2003-10-01_8k-ex99.txt"
BASELINE = """
import sys, fslcheck
from fslcheck.report import render, RenderOptions, html_report
result = fslcheck.check([sys.argv[1]])
open(sys.argv[3], "w", encoding="utf-8").write(render(result, sys.argv[2], RenderOptions()))
if len(sys.argv) > 4:
    html_report.write_batch(result, sys.argv[4], RenderOptions())
"""


def _make(folder: Path, count: int) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for i in range(count):
        (folder / f"release-{i:05d}.txt").write_text(f"Release number {i}.\n\n{text}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,200,400", help="batch lengths, increasing (default 100,200,400)")
    parser.add_argument("--jobs", default="1", help="worker counts for the streamed run (default 1)")
    parser.add_argument("--format", default="json", help="report format (default json)")
    parser.add_argument("--html", action="store_true", help="also write an HTML folder (index and a page each)")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    jobs = [int(j) for j in args.jobs.split(",")]
    fslcheck_cli = [sys.executable, "-m", "fslcheck"]
    print(f"{'N':>6} {'fslcheck MB':>12} {'baseline MB':>12} {'ratio':>6} "
          + " ".join(f"{'s jobs=' + str(j):>10}" for j in jobs) + f" {'s baseline':>11}")
    first: tuple[float, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / f"batch-{size}"
            folder.mkdir()
            _make(folder, size)
            out = Path(tmp) / "out"
            html = [str(Path(tmp) / f"html-{size}")] if args.html else []
            # the children's peak is cumulative: measure the streamed run first, in its own
            # interpreter per size, so that the baseline's larger peak never masks it
            streamed = _isolated(fslcheck_cli + ["check", str(folder), "--format", args.format, "-o", str(out),
                                                 "--jobs", str(jobs[0])]
                                 + [f"--report=html:{h}-streamed" for h in html])
            times = [streamed[1]] + [_isolated(fslcheck_cli + ["check", str(folder), "--format", args.format,
                                                               "-o", str(out), "--jobs", str(j)])[1]
                                     for j in jobs[1:]]
            whole = _isolated([sys.executable, "-c", BASELINE, str(folder), args.format, str(out), *html])
            if first is None:
                first = (streamed[0], whole[0])
            print(f"{size:>6} {streamed[0]:>12.1f} {whole[0]:>12.1f} {whole[0] / streamed[0]:>6.2f} "
                  + " ".join(f"{t:>10.2f}" for t in times) + f" {whole[1]:>11.2f}")
            shutil.rmtree(folder)
    print(f"growth from N={sizes[0]} to N={sizes[-1]}: fslcheck {streamed[0] - first[0]:+.1f} MB, "
          f"baseline {whole[0] - first[1]:+.1f} MB")
    return 0


def _isolated(argv: list[str]) -> tuple[float, float]:
    """Run `argv` under a fresh measuring process, so each peak is its own."""
    probe = ("import resource, subprocess, sys, time\n"
             "start = time.perf_counter()\n"
             "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, time.perf_counter() - start)\n")
    done = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, check=True)
    peak, seconds = done.stdout.split()
    return float(peak), float(seconds)


if __name__ == "__main__":
    sys.exit(main())
