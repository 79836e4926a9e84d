"""Layout generality: does a legend's finding survive being laid out another way?

    python benchmarks/layouts.py                  # every layout, tune-half documents with a legend
    python benchmarks/layouts.py --layout all-caps --layout edgar-60 --show 5
    python benchmarks/layouts.py --keep /tmp/layouts   # keep the generated documents there

Each labelled TUNE-half document whose label says it has a legend is checked as it is; then its
legend (the block fslcheck finds in it) is re-laid out in hostile but realistic ways that real
releases, EDGAR filings and extraction tools produce, the document's text around it is kept, and
the variant is checked again. Per element it prints how often the variant's finding (met or not
met, as `benchmarks/accuracy.py` counts it) is the original document's finding, and for the
risk-factor count how often it is the same. The test half is never used.

Layouts (`--layout`; default all):

- `identity`: the extracted text written back unchanged (as text): what the other layouts are
  measured against besides the original, since a PDF or HTML read as text may differ already;
- `glued-url`: the legend run into a preceding sentence ending in a web address, no space
  ("… visit www.example.comForward-Looking Statements This press release …");
- `glued-about`: the legend appended to an "About" paragraph, heading included, as one paragraph;
- `heading-merged`: the legend's paragraphs, heading first, merged into one paragraph;
- `edgar-60`, `edgar-72`: fixed-width EDGAR text, hard line breaks at 60 / 72 columns (hyphenated
  words broken at their hyphen), paragraphs separated by blank lines;
- `tagless-html`: an HTML page without paragraph tags (line breaks are only white space there);
- `one-p-html`: the document as HTML with the legend in one giant `<p>`;
- `bullets`: the longest comma or semicolon list of factors (after "include", "including", "such
  as", "are" or "the following" in a sentence about factors, risks or uncertainties) turned into
  a bulleted list ("•" lines, "; and" before the last);
- `pdf-lines`: PDF-style broken lines at about 90 columns, no blank lines between paragraphs,
  and a long word hyphenated across a line end ("uncer-\\ntainties");
- `all-caps`: the legend in capitals;
- `page-footer`: a page footer and a running header ("Acme Corporation | Page 7") inserted in
  the middle of the legend's longest sentence.

Generated documents go to a temporary folder that is removed afterwards (`--keep DIR` keeps
them); nothing is written in the repository.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import re
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import fslcheck
from fslcheck.checks.base import CheckContext

HERE = Path(__file__).resolve().parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"fslcheck_benchmark_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


accuracy = _load("accuracy")
split = accuracy.split
ELEMENTS = accuracy.ELEMENTS

_ABOUT = ("About Acme Corporation\n\nAcme Corporation designs and sells industrial products in more than "
          "forty countries. For more information, visit www.acmecorp.com")
_FOOTER = "\n\n7\n\nAcme Corporation | Third Quarter Results | Page 8\n\n"
_FACTOR_WORDS = re.compile(r"factor|risk|uncertaint|reasons|differ|cause|affect", re.IGNORECASE)
_QUOTES = re.compile("[\"“”‘’]")
_LEAD = re.compile(r"\b(?:include|includes|including|such as|the following|are|among others)\b"
                   r"(?:,? (?:but (?:are )?not limited to|without limitation|among others|among other things))?"
                   r"(?:,? the following)?[:,]?\s", re.IGNORECASE)
# A sentence end: not the full stop of "U.S." or "Inc." or "No.", and a capital (or the end) after it.
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\bInc)(?<!\bCo)(?<!\bNo)(?<!\bCorp)(?<!\bLtd)\.(?=\s+[A-Z(“\"▪•]|\s*$)")


def _paragraphs(legend: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", legend) if p.strip()]


def _wrap(paragraph: str, width: int) -> list[str]:
    return textwrap.wrap(paragraph, width, break_on_hyphens=True, break_long_words=False) or [""]


def glued_url(before: str, legend: str, after: str) -> tuple[str, str]:
    paragraphs = _paragraphs(legend)
    return before.rstrip() + "\n\nFor more information, visit www.acmecorp.com" + "\n\n".join(paragraphs) + \
        "\n\n" + after.lstrip(), "txt"


def glued_about(before: str, legend: str, after: str) -> tuple[str, str]:
    return before.rstrip() + "\n\n" + _ABOUT + ". " + " ".join(_paragraphs(legend)) + "\n\n" + after.lstrip(), "txt"


def heading_merged(before: str, legend: str, after: str) -> tuple[str, str]:
    return before.rstrip() + "\n\n" + " ".join(_paragraphs(legend)) + "\n\n" + after.lstrip(), "txt"


def edgar(width: int) -> Callable[[str, str, str], tuple[str, str]]:
    def layout(before: str, legend: str, after: str) -> tuple[str, str]:
        body = "\n\n".join("\n".join(_wrap(p, width)) for p in _paragraphs(legend))
        return before.rstrip() + "\n\n" + body + "\n\n" + after.lstrip(), "txt"
    return layout


def _html_page(parts: list[str]) -> str:
    return "<html><head><title>Release</title></head><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def tagless_html(before: str, legend: str, after: str) -> tuple[str, str]:
    # Paragraph breaks only as line breaks, which HTML reads as spaces: the heading runs into
    # the legend, and the legend into what stands around it.
    text = "\n\n".join(p for p in (before.strip(), legend.strip(), after.strip()) if p)
    return _html_page([html.escape(text)]), "html"


def one_p_html(before: str, legend: str, after: str) -> tuple[str, str]:
    rest = [f"<p>{html.escape(' '.join(p.split()))}</p>" for p in re.split(r"\n\s*\n", before) if p.strip()]
    rest.append("<p>" + html.escape(" ".join(_paragraphs(legend))) + "</p>")
    rest += [f"<p>{html.escape(' '.join(p.split()))}</p>" for p in re.split(r"\n\s*\n", after) if p.strip()]
    return _html_page(rest), "html"


def bulleted(legend: str) -> str | None:
    """The legend with its longest enumeration as a bulleted list, or None when it has none."""
    paragraphs = _paragraphs(legend)
    best: tuple[int, int, int, list[str], str] | None = None  # items, paragraph, cut, items, separator
    for index, paragraph in enumerate(paragraphs):
        covered = -1  # a lead inside a list already taken ("external forces such as …") is nested
        for lead in _LEAD.finditer(paragraph):
            if lead.start() < covered:
                continue
            sentence_end = _SENTENCE_END.search(paragraph[lead.end():])
            if sentence_end is None:
                continue  # the list runs on into the next paragraph (a broken line): left as it is
            stop = lead.end() + sentence_end.start() if sentence_end else len(paragraph)
            run = paragraph[lead.end():stop]
            sentence_start = max(paragraph.rfind(". ", 0, lead.start()) + 2, 0)
            if not _FACTOR_WORDS.search(paragraph, sentence_start, lead.end()) or _QUOTES.search(run):
                continue  # only a list of factors is bulleted, not a list of quoted cue words
            separator = ";" if run.count(";") >= 2 else ","
            items = [i.strip() for i in run.split(separator) if i.strip()]
            if separator == "," and items and " and " in items[-1]:
                items[-1:] = [i.strip() for i in items[-1].split(" and ", 1)]  # "x, y and z"
            if len(items) >= 3:
                covered = stop
                if best is None or len(items) > best[0]:
                    best = (len(items), index, lead.end(), items, paragraph[stop:])
    if best is None:
        return None
    _, index, cut, items, rest = best
    items = [re.sub(r"^(?:and|or) ", "", i) for i in items]
    lines = [f"• {item};" for item in items[:-1]]
    lines[-1] = lines[-1][:-1] + "; and"
    lines.append(f"• {items[-1]}{rest[:1] or '.'}")
    head = paragraphs[index][:cut].rstrip(" ,:") + ":"
    tail = rest[1:].strip()
    paragraphs[index : index + 1] = [head, *lines] + ([tail] if tail else [])
    return "\n\n".join(paragraphs)


def bullets(before: str, legend: str, after: str) -> tuple[str, str] | None:
    listed = bulleted(legend)
    if listed is None:
        return None
    return before.rstrip() + "\n\n" + listed + "\n\n" + after.lstrip(), "txt"


def pdf_lines(before: str, legend: str, after: str) -> tuple[str, str]:
    lines: list[str] = []
    for paragraph in _paragraphs(legend):
        wrapped = _wrap(paragraph, 90)
        # A typesetter hyphenates a long word at a line end: "uncer-" / "tainties ...".
        for i in range(len(wrapped) - 1):
            following = wrapped[i + 1].split(" ", 1)
            if following[0].isalpha() and len(following[0]) >= 10 and " " in wrapped[i]:
                half = len(following[0]) // 2
                wrapped[i] = wrapped[i] + " " + following[0][:half] + "-"
                wrapped[i + 1] = following[0][half:] + (" " + following[1] if len(following) > 1 else "")
                break
        lines.extend(wrapped)
    return before.rstrip() + "\n\n" + "\n".join(lines) + "\n\n" + after.lstrip(), "txt"


def all_caps(before: str, legend: str, after: str) -> tuple[str, str]:
    return before.rstrip() + "\n\n" + legend.upper() + "\n\n" + after.lstrip(), "txt"


def page_footer(before: str, legend: str, after: str) -> tuple[str, str]:
    paragraphs = _paragraphs(legend)
    index = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    words = paragraphs[index].split(" ")
    middle = len(words) // 2
    paragraphs[index] = " ".join(words[:middle]) + _FOOTER + " ".join(words[middle:])
    return before.rstrip() + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + after.lstrip(), "txt"


def identity(before: str, legend: str, after: str) -> tuple[str, str]:
    return before + legend + after, "txt"


LAYOUTS: dict[str, Callable[[str, str, str], tuple[str, str] | None]] = {
    "identity": identity,
    "glued-url": glued_url,
    "glued-about": glued_about,
    "heading-merged": heading_merged,
    "edgar-60": edgar(60),
    "edgar-72": edgar(72),
    "tagless-html": tagless_html,
    "one-p-html": one_p_html,
    "bullets": bullets,
    "pdf-lines": pdf_lines,
    "all-caps": all_caps,
    "page-footer": page_footer,
}


@dataclass
class Agreement:
    """How often a layout's findings agree with the original document's, per element."""

    same: dict[str, int] = field(default_factory=lambda: {e: 0 for e in ELEMENTS})
    total: int = 0
    count_same: int = 0
    changed: list[tuple[str, str, str, str]] = field(default_factory=list)  # document, element (or count), before, after


def _statuses(document) -> tuple[dict[str, bool], int]:
    findings = {f.rule: f for f in document.findings}
    met = {e: (f := findings.get(f"pslra.{e}")) is not None and f.status.value == "met" for e in ELEMENTS}
    risk = findings.get("pslra.risk-factors")
    return met, int(risk.details.get("count", 0)) if risk is not None else 0


def legend_source_span(document) -> tuple[int, int] | None:
    """The source offsets of the legend block fslcheck finds (its longest one), or None."""
    context = CheckContext(document)
    blocks = context.legend_spans
    if not blocks:
        return None
    start, end = max(blocks, key=lambda b: b[1] - b[0])
    return context.canonical.to_source(start, end)


def run(layouts: list[str], keep: Path | None, limit: int | None) -> tuple[dict[str, Agreement], int]:
    pack = fslcheck.compile_pack("us-pslra")
    folder = keep or Path(tempfile.mkdtemp(prefix="fslcheck-layouts-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = {name: Agreement() for name in layouts}
    used = 0
    try:
        for path, label in accuracy.labelled_documents(accuracy.default_sources()):
            if split.half(path.name) != "tune" or not accuracy._yes(label.get("legend")):
                continue
            if limit is not None and used >= limit:
                break
            original = fslcheck.check([str(path)], pack).documents[0]
            if original.error or original.document is None:
                continue
            span = legend_source_span(original.document)
            if span is None:
                continue
            used += 1
            text = original.document.text
            before, legend, after = text[: span[0]], text[span[0] : span[1]], text[span[1] :]
            expected, expected_count = _statuses(original)
            for name in layouts:
                made = LAYOUTS[name](before, legend, after)
                if made is None:
                    continue
                variant, suffix = made
                target = folder / f"{path.stem}.{name}.{suffix}"
                target.write_text(variant, encoding="utf-8")
                checked = fslcheck.check([str(target)], pack).documents[0]
                tally = results[name]
                tally.total += 1
                if checked.error:
                    tally.changed.append((path.name, "(load)", "ok", checked.error))
                    continue
                found, count = _statuses(checked)
                tally.count_same += count == expected_count
                if count != expected_count:
                    tally.changed.append((path.name, "count", str(expected_count), str(count)))
                for element in ELEMENTS:
                    if found[element] == expected[element]:
                        tally.same[element] += 1
                    else:
                        tally.changed.append((path.name, element, _word(expected[element]), _word(found[element])))
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return results, used


def _word(met: bool) -> str:
    return "met" if met else "not met"


def print_results(results: dict[str, Agreement], used: int, show: int, out=sys.stdout) -> None:
    def say(*args):
        print(*args, file=out)

    say(f"{used} tune-half documents with a legend; share of variants whose finding is the original's\n")
    names = list(results)
    short = {e: e[:9] for e in ELEMENTS}
    say(f"{'layout':15} {'docs':>4} " + " ".join(f"{short[e]:>9}" for e in ELEMENTS) + f" {'all':>6} {'count':>6}")
    grand_same = grand_total = 0
    for name in names:
        r = results[name]
        if not r.total:
            say(f"{name:15} {0:4}")
            continue
        same = sum(r.same.values())
        grand_same += same
        grand_total += r.total * len(ELEMENTS)
        say(f"{name:15} {r.total:4} " + " ".join(f"{r.same[e] / r.total:9.3f}" for e in ELEMENTS)
            + f" {same / (r.total * len(ELEMENTS)):6.3f} {r.count_same / r.total:6.3f}")
    if grand_total:
        say(f"\noverall agreement: {grand_same / grand_total:.3f} ({grand_same}/{grand_total} element findings)")
    if show:
        say("")
        for name in names:
            changed = results[name].changed
            if changed:
                say(f"{name}: {len(changed)} changed findings")
                for document, element, before, after in changed[:show]:
                    say(f"  {document}  {element}: {before} -> {after}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layout", action="append", choices=list(LAYOUTS), default=None,
                        help="a layout to try (repeatable; default: all)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the generated documents in this folder")
    parser.add_argument("--limit", type=int, default=None, help="at most this many documents")
    parser.add_argument("--show", type=int, default=0, help="list up to N changed findings per layout")
    args = parser.parse_args(argv)
    results, used = run(args.layout or list(LAYOUTS), args.keep, args.limit)
    print_results(results, used, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
