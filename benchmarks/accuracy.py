"""Accuracy of the default pack against hand-labelled releases.

    python benchmarks/accuracy.py                       # labels in /work/shared/corpus/labels
    python benchmarks/accuracy.py --labels DIR --corpus DIR --rules PACK.yaml --quiet

For each legend element of the labelling guide (GUIDE.md in the labels folder) it compares the
label's `present` with fslcheck's finding for the matching `pslra.*` rule: `met` counts as found,
every other status (`weak` included) as not found. It prints per-element precision, recall and F1,
their micro-average, every disagreement (document, the label's evidence, fslcheck's excerpt and
score), the mean absolute error of the risk-factor count (`details["count"]` vs the label's
`count`), and how `pslra.legend-required` agrees with the labels' `legend` / `fls_in_body`.

Documents that fail to load (a format without a loader, a damaged file) are listed, not crashed on.
Only the public API is used: `fslcheck.compile_pack()` and `fslcheck.check()`.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

import fslcheck

ELEMENTS = ("heading", "statute", "identification", "cue-words", "differ-materially", "risk-factors",
            "sec-filings", "undue-reliance", "as-of-date", "no-update")
DEFAULT_LABELS = Path("/work/shared/corpus/labels")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Disagreement:
    document: str
    element: str
    kind: str  # "FP" (fslcheck met, label absent) or "FN" (label present, fslcheck not met)
    status: str
    score: float | None
    evidence: str
    excerpt: str


@dataclass
class Report:
    tallies: dict[str, Tally] = field(default_factory=lambda: {e: Tally() for e in ELEMENTS})
    disagreements: list[Disagreement] = field(default_factory=list)
    count_errors: list[tuple[str, int, int]] = field(default_factory=list)  # doc, label, fslcheck
    legend_required: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, legend, fls, status
    failed: list[tuple[str, str]] = field(default_factory=list)
    checked: int = 0

    @property
    def micro(self) -> Tally:
        total = Tally()
        for tally in self.tallies.values():
            total.tp += tally.tp
            total.fp += tally.fp
            total.fn += tally.fn
            total.tn += tally.tn
        return total

    @property
    def count_mae(self) -> float | None:
        if not self.count_errors:
            return None
        return sum(abs(a - b) for _, a, b in self.count_errors) / len(self.count_errors)


def load_labels(labels_dir: Path) -> list[dict]:
    labels = []
    for path in sorted(labels_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "elements" in data and "file" in data:
            data["_label_path"] = str(path)
            labels.append(data)
    return labels


def _yes(value) -> bool:
    return value is True or str(value).lower() in ("yes", "true")


def evaluate(labels_dir: Path = DEFAULT_LABELS, corpus_dir: Path | None = None, rules=None,
             include=None) -> Report:
    """Run the checker over every labelled document; `include(path) -> bool` filters documents."""
    corpus_dir = corpus_dir or labels_dir.parent
    pack = fslcheck.compile_pack(rules)
    report = Report()
    for label in load_labels(labels_dir):
        path = corpus_dir / label["file"]
        if include is not None and not include(path):
            continue
        name = path.name
        try:
            result = fslcheck.check([str(path)], pack)
        except Exception as error:  # a loader bug must not hide the other documents' numbers
            report.failed.append((name, f"{type(error).__name__}: {error}"))
            continue
        document = result.documents[0] if result.documents else None
        if document is None or document.error:
            report.failed.append((name, document.error if document else "no document loaded"))
            continue
        report.checked += 1
        findings = {f.rule: f for f in document.findings}
        for element in ELEMENTS:
            expected = label["elements"].get(element, {}) or {}
            present = bool(expected.get("present"))
            found = findings.get(f"pslra.{element}")
            met = found is not None and found.status.value == "met"
            tally = report.tallies[element]
            if present and met:
                tally.tp += 1
            elif not present and not met:
                tally.tn += 1
            else:
                tally.fp += met
                tally.fn += present
                report.disagreements.append(Disagreement(
                    name, element, "FP" if met else "FN", found.status.value if found else "absent",
                    found.score if found else None, str(expected.get("evidence", "")),
                    found.excerpt if found else ""))
            if element == "risk-factors" and "count" in expected and found is not None:
                report.count_errors.append((name, int(expected["count"]), int(found.details.get("count", 0))))
        required = findings.get("pslra.legend-required")
        if required is not None:
            report.legend_required.append((name, str(label.get("legend")), str(label.get("fls_in_body")),
                                           required.status.value))
    return report


def legend_required_expected(legend: str, fls_in_body: str) -> set[str]:
    """Statuses of pslra.legend-required that agree with a label (see the rule's notes)."""
    if _yes(legend):
        return {"met"}
    if _yes(fls_in_body):
        return {"missing", "violated"}
    return {"not-applicable", "missing"}


def print_report(report: Report, quiet: bool = False, out=sys.stdout) -> None:
    def say(*args):
        print(*args, file=out)

    if not quiet and report.disagreements:
        say("Disagreements (FP: fslcheck met, label absent; FN: label present, fslcheck not met)")
        for d in sorted(report.disagreements, key=lambda d: (d.element, d.document)):
            score = "-" if d.score is None else f"{d.score:g}"
            say(f"  {d.kind} {d.element:18} {d.document}  [{d.status}, score {score}]")
            if d.evidence:
                say(f"       label:    {d.evidence[:220]!r}")
            say(f"       fslcheck: {d.excerpt[:220]!r}")
        say("")
    if report.failed:
        say("Documents not checked (load errors):")
        for name, error in report.failed:
            say(f"  {name}: {error}")
        say("")
    say(f"{'element':18} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn  tn")
    for element, t in report.tallies.items():
        say(f"{element:18} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}  {t.tp:3} {t.fp:3} {t.fn:3} {t.tn:3}")
    m = report.micro
    say(f"{'micro-average':18} {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f}  {m.tp:3} {m.fp:3} {m.fn:3} {m.tn:3}")
    mae = report.count_mae
    if mae is not None:
        say(f"\nrisk-factors count: MAE {mae:.2f} over {len(report.count_errors)} documents")
        if not quiet:
            for name, expected, got in report.count_errors:
                if expected != got:
                    say(f"  {name}: label {expected}, fslcheck {got}")
    agree = [row for row in report.legend_required if row[3] in legend_required_expected(row[1], row[2])]
    say(f"\nlegend-required: {len(agree)}/{len(report.legend_required)} agree with the labels")
    if not quiet:
        for name, legend, fls, status in report.legend_required:
            if status not in legend_required_expected(legend, fls):
                say(f"  {name}: legend={legend} fls_in_body={fls} -> {status}")
    say(f"\n{report.checked} documents checked, {len(report.failed)} not loaded")


def manifest_agreement(corpus_dir: Path, rules=None) -> tuple[int, int, list[str]]:
    """Legend presence (pslra.legend-required met) against the manifest's `has_safe_harbor` for
    every corpus document, labelled or not: (agreeing, compared, disagreements). "partial" rows
    and documents that do not load are listed, not counted."""
    manifest = corpus_dir / "manifest.csv"
    if not manifest.is_file():
        return 0, 0, [f"no manifest at {manifest}"]
    pack = fslcheck.compile_pack(rules)
    agree, compared, notes = 0, 0, []
    with manifest.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            document = fslcheck.check([str(corpus_dir / row["file"])], pack).documents[0]
            if document.error is not None:
                notes.append(f"{row['file']}: not loaded ({document.error})")
                continue
            found = next(f for f in document.findings if f.rule == "pslra.legend-required").status.value == "met"
            expected = row["has_safe_harbor"]
            if expected not in ("yes", "no"):
                notes.append(f"{row['file']}: manifest says {expected!r}, legend found: {found}")
                continue
            compared += 1
            if found == (expected == "yes"):
                agree += 1
            else:
                notes.append(f"{row['file']}: manifest says {expected!r}, legend found: {found}")
    return agree, compared, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="folder of label YAML files")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="folder label `file:` paths are relative to (default: the labels folder's parent)")
    parser.add_argument("--rules", action="append", default=None, help="rule pack (default: built-in US pack)")
    parser.add_argument("--no-pdf", action="store_true", help="skip PDF documents")
    parser.add_argument("--quiet", "-q", action="store_true", help="numbers only, no disagreements")
    parser.add_argument("--manifest", action="store_true",
                        help="also compare legend presence with manifest.csv on every corpus document")
    args = parser.parse_args(argv)
    if not args.labels.is_dir():
        print(f"labels folder not found: {args.labels}", file=sys.stderr)
        return 2
    include = (lambda p: p.suffix.lower() != ".pdf") if args.no_pdf else None
    report = evaluate(args.labels, args.corpus, args.rules, include)
    print_report(report, quiet=args.quiet)
    if args.manifest:
        agree, compared, notes = manifest_agreement(args.corpus or args.labels.parent, args.rules)
        print(f"\nlegend presence vs manifest.csv: {agree}/{compared} agree")
        for note in notes:
            print(f"  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
