"""Accuracy of the default pack against hand-labelled releases, per tune/test half.

    python benchmarks/accuracy.py                 # every label source, tune and test side by side + all
    python benchmarks/accuracy.py --half tune     # one half: its numbers and every disagreement
    python benchmarks/accuracy.py --labels DIR --corpus DIR --rules PACK.yaml --quiet

By default it reads three label sources at once: the shared corpus's labels
(`../shared/corpus/labels`), this repository's labels of shared documents
(`benchmarks/corpus/labels-shared`, whose `file:` paths are relative to the shared corpus) and
the labels of the documents kept here (`benchmarks/corpus/labels`, relative to
`benchmarks/corpus`). `--labels`/`--corpus` replace them with one folder.

Documents are split into a tune and a test half by company (`benchmarks/split.py`). Without
`--half` the per-element figures of both halves and of all documents are printed side by side,
and only the tune half's disagreements are listed: the test half is for measuring, never for
tuning. `--half test` lists its disagreements when they are needed for a closing note.

For each legend element of the labelling guide (GUIDE.md in the labels folder) it compares the
label's `present` with fslcheck's finding for the matching `pslra.*` rule: `met` counts as found,
every other status (`weak` included) as not found. It prints per-element precision, recall and F1,
their micro-average, every disagreement (document, the label's evidence, fslcheck's excerpt and
score), the mean absolute error of the risk-factor count (`details["count"]` vs the label's
`count`), and how `pslra.legend-required` agrees with the labels' `legend` / `fls_in_body`.

The default is the written-legend pack `us-pslra` named explicitly: the labels say which elements
of the written legend a document has, so a call transcript is measured on them too, not on the
oral-statements checklist that `fslcheck check` picks for transcripts when no pack is named.

Documents that fail to load (a format without a loader, a damaged file) are listed, not crashed on.
Only the public API is used: `fslcheck.compile_pack()` and `fslcheck.check()`.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

import fslcheck

ELEMENTS = ("heading", "statute", "identification", "cue-words", "differ-materially", "risk-factors",
            "sec-filings", "undue-reliance", "as-of-date", "no-update")
HERE = Path(__file__).resolve().parent
OWN_CORPUS = HERE / "corpus"  # documents kept in this repository, with provenance


def _shared_corpus() -> Path:
    beside = HERE.parent.parent / "shared" / "corpus"  # ../shared beside the checkout
    return beside if beside.is_dir() else Path("/work/shared/corpus")


SHARED_CORPUS = _shared_corpus()
DEFAULT_LABELS = SHARED_CORPUS / "labels"
HALF_CHOICES = ("tune", "test", "all")


def _load_split():
    # benchmarks/ is not a package and this file is also loaded by path from the tests.
    spec = importlib.util.spec_from_file_location("fslcheck_benchmark_split", HERE / "split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


split = _load_split()


@dataclass(frozen=True)
class LabelSource:
    """A folder of label files and the folder their `file:` paths are relative to."""

    labels: Path
    corpus: Path


def default_sources() -> list[LabelSource]:
    """The shared labels, this repository's labels of shared documents, and the labels of the
    documents kept in this repository (those folders that exist)."""
    candidates = [LabelSource(DEFAULT_LABELS, SHARED_CORPUS),
                  LabelSource(OWN_CORPUS / "labels-shared", SHARED_CORPUS),
                  LabelSource(OWN_CORPUS / "labels", OWN_CORPUS)]
    return [source for source in candidates if source.labels.is_dir()]


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


@dataclass
class DocumentOutcome:
    """One labelled document checked: what the label says beside what fslcheck found."""

    name: str
    error: str | None = None
    elements: list[tuple[str, dict, object]] = field(default_factory=list)  # element, label entry, finding
    legend: str = ""
    fls_in_body: str = ""
    legend_required: str | None = None  # status of pslra.legend-required


def labelled_documents(sources: Iterable[LabelSource]) -> list[tuple[Path, dict]]:
    """(document path, label) for every label of every source; a document labelled twice keeps
    its first label (the sources are read in order)."""
    seen, out = set(), []
    for source in sources:
        for label in load_labels(source.labels):
            path = source.corpus / label["file"]
            if path.name not in seen:
                seen.add(path.name)
                out.append((path, label))
    return out


def tune_legends() -> list[Path]:
    """The tune-half labelled documents whose label says they carry a legend (what the layout and
    flip benchmarks rewrite)."""
    return [path for path, label in labelled_documents(default_sources())
            if split.half(path.name) == "tune" and _yes(label.get("legend"))]


def check_labelled(sources: Iterable[LabelSource], rules=None,
                   include: Callable[[Path], bool] | None = None) -> list[DocumentOutcome]:
    """Check every labelled document once; `include(path) -> bool` filters documents."""
    pack = fslcheck.compile_pack(rules or "us-pslra")
    outcomes = []
    for path, label in labelled_documents(sources):
        if include is not None and not include(path):
            continue
        outcome = DocumentOutcome(path.name, legend=str(label.get("legend")),
                                  fls_in_body=str(label.get("fls_in_body")))
        outcomes.append(outcome)
        try:
            result = fslcheck.check([str(path)], pack)
        except Exception as error:  # a loader bug must not hide the other documents' numbers
            outcome.error = f"{type(error).__name__}: {error}"
            continue
        document = result.documents[0] if result.documents else None
        if document is None or document.error:
            outcome.error = document.error if document else "no document loaded"
            continue
        findings = {f.rule: f for f in document.findings}
        for element in ELEMENTS:
            outcome.elements.append((element, label["elements"].get(element, {}) or {},
                                     findings.get(f"pslra.{element}")))
        required = findings.get("pslra.legend-required")
        outcome.legend_required = required.status.value if required is not None else None
    return outcomes


def tally(outcomes: Iterable[DocumentOutcome]) -> Report:
    """The figures of a set of checked documents."""
    report = Report()
    for outcome in outcomes:
        if outcome.error is not None:
            report.failed.append((outcome.name, outcome.error))
            continue
        report.checked += 1
        for element, expected, found in outcome.elements:
            present = bool(expected.get("present"))
            met = found is not None and found.status.value == "met"
            counts = report.tallies[element]
            if present and met:
                counts.tp += 1
            elif not present and not met:
                counts.tn += 1
            else:
                counts.fp += met
                counts.fn += present
                report.disagreements.append(Disagreement(
                    outcome.name, element, "FP" if met else "FN", found.status.value if found else "absent",
                    found.score if found else None, str(expected.get("evidence", "")),
                    found.excerpt if found else ""))
            if element == "risk-factors" and "count" in expected and found is not None:
                report.count_errors.append((outcome.name, int(expected["count"]),
                                            int(found.details.get("count", 0))))
        if outcome.legend_required is not None:
            report.legend_required.append((outcome.name, outcome.legend, outcome.fls_in_body,
                                           outcome.legend_required))
    return report


def by_half(outcomes: list[DocumentOutcome]) -> dict[str, Report]:
    """Reports for the tune half, the test half and all documents (split by company)."""
    return {"tune": tally(o for o in outcomes if split.half(o.name) == "tune"),
            "test": tally(o for o in outcomes if split.half(o.name) == "test"),
            "all": tally(outcomes)}


def evaluate(labels_dir: Path = DEFAULT_LABELS, corpus_dir: Path | None = None, rules=None,
             include=None, half: str = "all") -> Report:
    """Run the checker over every labelled document of one label folder; `include(path) -> bool`
    filters documents, `half` keeps one half of the split (`tune`, `test` or `all`)."""
    source = LabelSource(labels_dir, corpus_dir or labels_dir.parent)
    return by_half(check_labelled([source], rules, include))[half]


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


def _agreeing(report: Report) -> int:
    return sum(1 for row in report.legend_required if row[3] in legend_required_expected(row[1], row[2]))


def print_halves(reports: dict[str, Report], out=sys.stdout) -> None:
    """Precision, recall and F1 per element for each half side by side (tune, test, all)."""
    def say(*args):
        print(*args, file=out)

    halves = list(reports)
    say(f"{'':18}" + "".join(f"  {h + f' ({reports[h].checked} docs)':^22}" for h in halves))
    say(f"{'element':18}" + f"  {'P':>6} {'R':>6} {'F1':>6}  " * len(halves))
    for element in ELEMENTS:
        cells = (reports[h].tallies[element] for h in halves)
        say(f"{element:18}" + "".join(f"  {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}  " for t in cells))
    micro = [reports[h].micro for h in halves]
    say(f"{'micro-average':18}" + "".join(f"  {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}  " for t in micro))
    say(f"{'  tp fp fn tn':18}" + "".join(f"  {f'{t.tp} {t.fp} {t.fn} {t.tn}':>22}" for t in micro))
    maes = [reports[h].count_mae for h in halves]
    say(f"{'risk count MAE':18}" + "".join(f"  {'-' if m is None else f'{m:.2f}':>22}" for m in maes))
    say(f"{'legend-required':18}" + "".join(
        f"  {f'{_agreeing(reports[h])}/{len(reports[h].legend_required)} agree':>22}" for h in halves))
    say(f"{'not loaded':18}" + "".join(f"  {len(reports[h].failed):>22}" for h in halves))


def manifest_agreement(corpus_dir: Path, rules=None) -> tuple[int, int, list[str]]:
    """Legend presence (pslra.legend-required met) against the manifest's `has_safe_harbor` for
    every corpus document, labelled or not: (agreeing, compared, disagreements). "partial" rows
    and documents that do not load are listed, not counted."""
    manifest = corpus_dir / "manifest.csv"
    if not manifest.is_file():
        return 0, 0, [f"no manifest at {manifest}"]
    pack = fslcheck.compile_pack(rules or "us-pslra")
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
    parser.add_argument("--labels", type=Path, default=None,
                        help="one folder of label YAML files instead of the default sources")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="folder label `file:` paths are relative to (default: the labels folder's parent)")
    parser.add_argument("--half", choices=HALF_CHOICES, default=None,
                        help="report one half of the tune/test split (default: tune, test and all side by side)")
    parser.add_argument("--rules", action="append", default=None, help="rule pack (default: built-in US pack)")
    parser.add_argument("--no-pdf", action="store_true", help="skip PDF documents")
    parser.add_argument("--quiet", "-q", action="store_true", help="numbers only, no disagreements")
    parser.add_argument("--manifest", action="store_true",
                        help="also compare legend presence with manifest.csv on every corpus document")
    args = parser.parse_args(argv)
    if args.labels is not None:
        if not args.labels.is_dir():
            print(f"labels folder not found: {args.labels}", file=sys.stderr)
            return 2
        sources = [LabelSource(args.labels, args.corpus or args.labels.parent)]
    else:
        sources = default_sources()
        if not sources:
            print(f"no label folder found (looked for {DEFAULT_LABELS} and {OWN_CORPUS})", file=sys.stderr)
            return 2
    for source in sources:
        print(f"labels: {source.labels} (documents in {source.corpus})")
    print()
    include = (lambda p: p.suffix.lower() != ".pdf") if args.no_pdf else None
    reports = by_half(check_labelled(sources, args.rules, include))
    if args.half is not None:
        print(f"half: {args.half}")
        print_report(reports[args.half], quiet=args.quiet)
    else:
        if not args.quiet and reports["tune"].disagreements:
            print("Tune half only (the test half is for measuring, not tuning; `--half test` lists it):")
            print_report(reports["tune"], quiet=False)
            print()
        print_halves(reports)
    if args.manifest:
        for corpus in dict.fromkeys(source.corpus for source in sources):
            agree, compared, notes = manifest_agreement(corpus, args.rules)
            print(f"\nlegend presence vs {corpus / 'manifest.csv'}: {agree}/{compared} agree")
            for note in notes:
                print(f"  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
