"""Time of `fslcheck check` and `fslcheck fls` on inputs built to be slow, side by side with a
normal release of the same size (the baseline) and, with `--against TREE`, with another checkout.

    python benchmarks/hostile.py [--size BYTES] [--only NAME,...] [--limit SECONDS] [--against TREE]

Each input is made here (nothing large is committed): run-on text without punctuation, cue words
and negations repeated thousands of times, one sentence of a megabyte, 100,000 bullets, lists
nested hundreds deep, a legend repeated 5,000 times, runs of spaces, no-break and zero-width
spaces, half a million blank lines around an EDGAR page marker, a huge HTML table, HTML nested
thousands deep, Markdown tables thousands of columns wide or rows long, Markdown link
reference definitions by the ten thousand, an EDGAR submission of thousands of exhibits, Word
paragraph styles each based on the one before, tens of thousands long. Every input runs in a fresh process
(`python -m fslcheck ... --timeout 0`, so the per-document time budget does not cut it short);
a run longer than `--limit` is stopped and shown as `>LIMIT`.

Prints, per input and command: seconds (wall), the ratio to the normal release of the same size
(a hostile input should cost a small multiple of ordinary text, not grow with the square of its
size), the exit code, and with `--against` the other tree's seconds and the ratio TREE / this.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

THIS_TREE = Path(__file__).resolve().parents[1]
EXAMPLE = THIS_TREE / "examples" / "sos-staffing_2003-10-01_8k-ex99.txt"
sys.path.insert(0, str(THIS_TREE))
from tests.reliability_files import LEGEND, W, docx  # noqa: E402 - the test suite's legend, one place

_WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()


def _repeat(unit: str, size: int, sep: str = " ") -> str:
    return sep.join([unit] * max(1, size // (len(unit) + len(sep))))


def _baseline(size: int) -> tuple[str, bytes]:
    text = EXAMPLE.read_text(encoding="utf-8")
    return "normal.txt", ("\n\n".join([text] * (size // len(text) + 1)))[:size].encode()


def _legend_soup(size: int) -> tuple[str, bytes]:
    words = LEGEND.replace(".", "").split()
    return "soup.txt", " ".join(words * (size // len(LEGEND) + 1))[:size].encode()


def _html_table(size: int) -> tuple[str, bytes]:
    row = "<tr>" + "".join(f"<td>we expect {w} growth</td>" for w in _WORDS) + "</tr>\n"
    return "table.htm", ("<html><body><table>" + row * (size // len(row)) + "</table></body></html>").encode()


def _html_nested(size: int) -> tuple[str, bytes]:
    depth = size // 20
    return "nested.htm", ("<html><body>" + "<div><b>" * depth + "We expect growth." + "</b></div>" * depth
                          + "</body></html>").encode()


def _nested_list(size: int) -> tuple[str, bytes]:
    lines, n = [], 0
    while n < size:
        line = "  " * (len(lines) % 400) + "- we expect growth next year"
        lines.append(line)
        n += len(line) + 1
    return "nested.md", "\n".join(lines).encode()


def _markdown_wide_table(size: int) -> tuple[str, bytes]:
    columns = max(2, size // 66)  # about twenty rows of `columns` cells
    row = "|" + "we|" * columns + "\n"
    return "wide.md", ("|" + "a|" * columns + "\n|" + "-|" * columns + "\n" + row * 20).encode()


def _markdown_references(size: int) -> tuple[str, bytes]:
    count = max(1, size // 45)
    return "refs.md", ("".join(f"[r{i}]: http://example.com/{i}\n" for i in range(count))
                       + " ".join(f"we expect [growth][r{i}]" for i in range(0, count, 2))).encode()


def _edgar_many_documents(size: int) -> tuple[str, bytes]:
    block = "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>{i}\n<FILENAME>ex{i}.htm\n<TEXT>\nWe expect growth {i}.\n</TEXT>\n</DOCUMENT>\n"
    count = max(1, size // 110)
    return "many.txt", ("<SEC-DOCUMENT>0001.txt\n<SEC-HEADER>\nCOMPANY CONFORMED NAME: ACME\n</SEC-HEADER>\n"
                        + "".join(block.format(i=i) for i in range(count)) + "</SEC-DOCUMENT>\n").encode()


def _docx_style_chain(size: int) -> tuple[str, bytes]:
    """Paragraph styles each based on the one before (a chain as long as `size` / 100 styles)."""
    import io
    import zipfile
    count = max(2, size // 100)
    styles = (f'<?xml version="1.0"?><w:styles xmlns:w="{W}">'
              '<w:style w:type="paragraph" w:styleId="s0"><w:rPr><w:vanish/></w:rPr></w:style>'
              + "".join(f'<w:style w:type="paragraph" w:styleId="s{i}"><w:basedOn w:val="s{i - 1}"/></w:style>'
                        for i in range(1, count)) + "</w:styles>").encode()
    made = zipfile.ZipFile(io.BytesIO(docx([(LEGEND, False), ("Hidden.", True)], hidden_style=f"s{count - 1}")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in made.namelist():
            package.writestr(name, styles if name == "word/styles.xml" else made.read(name))
    return "chain.docx", out.getvalue()


INPUTS: dict[str, Callable[[int], tuple[str, bytes]]] = {
    "normal release (baseline)": _baseline,
    "one line, no punctuation": lambda s: ("line.txt", _repeat(" ".join(_WORDS), s).encode()),
    "legend words, no punctuation": _legend_soup,
    "cue words repeated": lambda s: ("cues.txt", _repeat("expects anticipates believes will may could", s).encode()),
    '"not not not ..."': lambda s: ("not.txt", ("The Company will " + "not " * (s // 4) + "update.").encode()),
    "negations repeated": lambda s: ("neg.txt", ("Actual results could " + _repeat("not never no neither nor", s)
                                                 + " differ materially.").encode()),
    "one sentence of the size": lambda s: ("sentence.txt", ("The Company expects " + _repeat(
        "revenue to grow,", s) + " and it will.").encode()),
    "semicolon factor list": lambda s: ("factors.txt", ("Risks include " + _repeat("changes in demand;", s)
                                                        + " and competition.").encode()),
    "100,000 bullets": lambda s: ("bullets.md", "\n".join(["- we expect growth"] * 100_000).encode()),
    "list nested 400 deep": _nested_list,
    "legend repeated 5,000 times": lambda s: ("legends.txt", ("Acme expects growth.\n\n" + "\n".join(
        [LEGEND] * 5000)).encode()),
    "headings in capitals": lambda s: ("caps.txt", _repeat("FORWARD-LOOKING STATEMENTS", s).encode()),
    "spaces, NBSP, zero-width": lambda s: ("space.txt", ("Acme expects" + " " * (s // 3) + "growth."
                                                         + "\u00a0" * (s // 6) + "\u200b" * (s // 6)
                                                         + "We will grow.").encode()),
    "words joined by zero-width": lambda s: ("zw.txt", _repeat("will", s // 3, "\u200b").encode()),
    "dates repeated": lambda s: ("dates.txt", _repeat("on January 1, 2030 we will", s).encode()),
    "blank lines, a page marker": lambda s: ("blank.txt", ("Acme expects growth.\n" + "\n" * (s // 2) + "<PAGE> 2\n"
                                                           + " \n" * (s // 4) + "We will grow.\n").encode()),
    "HTML table": _html_table,
    "HTML nested deep": _html_nested,
    "quote marks on every line": lambda s: ("quoted.txt", "\n".join(
        ["> " * 20 + "we expect growth and"] * (s // 60)).encode()),
    "margin line numbers": lambda s: ("numbered.txt", "\n".join(
        f"{i % 1000:>3}  we expect growth and" for i in range(s // 27)).encode()),
    "columns lined up": lambda s: ("aligned.txt", "\n".join(
        ["we   expect   growth   and   we   will   grow   in   every   market   that   we   enter"] * (s // 85)).encode()),
    "double-spaced Markdown": lambda s: ("spaced.md", "\n\n".join(
        ["we expect growth in every market that we enter, and we will"] * (s // 62)).encode()),
    "Markdown table, wide": _markdown_wide_table,
    "Markdown table, long": lambda s: ("long.md", ("|a|b|\n|-|-|\n" + "|we|expect|\n" * (s // 12)).encode()),
    "Markdown link references": _markdown_references,
    "EDGAR, many exhibits": _edgar_many_documents,
    "Word styles chained": _docx_style_chain,
}


def _run(tree: Path, args: list[str], limit: float) -> tuple[float | None, int | None]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "fslcheck", *args], cwd=tree, env=env, timeout=limit,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, None
    return time.perf_counter() - started, done.returncode


def _seconds(value: float | None, limit: float) -> str:
    return f">{limit:g}" if value is None else f"{value:.2f}"


def _ratio(a: float | None, b: float | None) -> str:
    return "-" if a is None or b is None or b <= 0 else f"{a / b:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of each sized input (default 1 MB)")
    parser.add_argument("--only", default="", help="comma-separated words: inputs whose name holds one of them")
    parser.add_argument("--limit", type=float, default=300.0, help="seconds before a run is stopped")
    parser.add_argument("--against", type=Path, help="another checkout of fslcheck to time side by side")
    options = parser.parse_args(argv)
    wanted = [w.strip().lower() for w in options.only.split(",") if w.strip()]
    commands = {"check": ["check", "--format", "json", "--timeout", "0"], "fls": ["fls", "--format", "json"]}
    normal: dict[str, float | None] = {}
    header = f"{'input':32} {'command':7} {'MB':>6} {'s':>8} {'x normal':>8} {'exit':>4}"
    print(header + (f" {'TREE s':>8} {'TREE/this':>9}" if options.against else ""), flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for name, make in INPUTS.items():
            if wanted and name != "normal release (baseline)" and not any(w in name.lower() for w in wanted):
                continue
            file_name, data = make(options.size)
            path = Path(folder) / file_name
            path.write_bytes(data)
            for command, args in commands.items():
                seconds, code = _run(THIS_TREE, [*args, str(path)], options.limit)
                if name.startswith("normal"):
                    normal[command] = seconds
                row = (f"{name:32} {command:7} {len(data) / 1e6:6.2f} {_seconds(seconds, options.limit):>8} "
                       f"{_ratio(seconds, normal.get(command)):>8} {'-' if code is None else code:>4}")
                if options.against:
                    other, _ = _run(options.against, [*args, str(path)], options.limit)
                    row += f" {_seconds(other, options.limit):>8} {_ratio(other, seconds):>9}"
                print(row, flush=True)
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
