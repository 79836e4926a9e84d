"""Meaning benchmark: single edits of real corpus legends that reverse or keep an element's meaning.

    python benchmarks/meaning.py                    # both halves and overall; failing tune edits named
    python benchmarks/meaning.py --half tune -v     # … with each failing edit, its sentence, the finding
    python benchmarks/meaning.py --half test        # the test half's failing edits (for a closing note)
    python benchmarks/meaning.py --json             # machine-readable
    python benchmarks/meaning.py --suite DIR --corpus DIR --rules PACK.yaml

The suite (`tests/data/meaning_edits/*.yaml`, one file per legend element) holds edits a securities
lawyer has read and labelled. Each edit names a corpus document, the element it targets (a rule id
of the default pack, `pslra.<element>`), an exact `find` string of the document's extracted text
(what `fslcheck text FILE` prints; it must occur exactly once), its `replace`ment, the `effect`
and a `family` (the kind of edit), and `why` the reviewer labelled it so (fields and families are
described in tests/data/meaning_edits/README.md). A document not in the corpus folder is looked
up in the project's own corpus, benchmarks/corpus:

- `reverse`: the element is now negated, reversed, removed, denied or moved out of its context, so
  a careful reader would no longer find it: the target rule must NOT be `met`;
- `preserve`: the same meaning in other words: the target rule must stay `met`.

How an edit is checked: the document is loaded once with fslcheck's own loaders, the edit is applied
to its extracted text, and the edited string is checked as plain text with the compiled default
pack (`CompiledPack.check_text`). PDF, HTML and Markdown documents are therefore checked as their
extracted text, not re-rendered; the unedited extracted text is checked the same way as the
baseline. An edit counts only when its target is `met` on that baseline (for both effects: a
reversal of an element the tool never saw proves nothing, and neither does keeping a `missing`);
edits whose baseline is not `met` are listed apart, not scored.

Every figure is given per half of `benchmarks/split.py` (by company; `tune` is for tuning, `test`
is not) and overall. Without `--half`, failing edits are named only for the tune half; the test
half and the overall figures give counts and family names, so that nobody tunes on the test
edits by reading them (as `benchmarks/accuracy.py` does). `--half test` (or `all`) names them
when they are needed for a closing note. The labels are the truth; the tool is what is measured.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

import fslcheck


def _sibling(name: str):
    """A sibling script of benchmarks/ (not a package), loaded under a name that cannot clash."""
    path = Path(__file__).resolve().parent / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"fslcheck_benchmark_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


split = _sibling("split")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SUITE = ROOT / "tests" / "data" / "meaning_edits"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
OWN_CORPUS = ROOT / "benchmarks" / "corpus"  # the project's own labelled documents (same layout)
ELEMENTS = ("heading", "statute", "identification", "cue-words", "differ-materially", "risk-factors",
            "sec-filings", "undue-reliance", "as-of-date", "no-update")
RULES = tuple(f"pslra.{element}" for element in ELEMENTS)
EFFECTS = ("reverse", "preserve")
FIELDS = ("id", "document", "half", "rule", "effect", "family", "find", "replace", "why")


class SuiteError(ValueError):
    """A suite file or edit that is malformed, or whose `find` does not occur exactly once."""


@dataclass(frozen=True)
class Edit:
    id: str
    document: str  # relative to the corpus folder, as labels' `file:` ("releases/…")
    half: str
    rule: str
    effect: str
    family: str
    find: str
    replace: str
    why: str
    source: str  # the suite file it came from

    def apply(self, text: str) -> str:
        """The edited text; SuiteError unless `find` occurs exactly once."""
        count = text.count(self.find)
        if count != 1:
            raise SuiteError(f"{self.source}: edit {self.id}: `find` occurs {count} times in the "
                             f"extracted text of {self.document} (it must occur exactly once): {self.find!r}")
        return text.replace(self.find, self.replace, 1)


def load_suite(suite: Path = DEFAULT_SUITE) -> list[Edit]:
    """Every edit of every `*.yaml` file in `suite` (or of the one file `suite`), validated."""
    files = sorted(suite.glob("*.yaml")) if suite.is_dir() else [suite]
    if not files:
        raise SuiteError(f"{suite}: no suite files (*.yaml)")
    edits: list[Edit] = []
    seen: dict[str, str] = {}
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("edits"), list):
            raise SuiteError(f"{path}: expected a mapping with an `edits` list")
        for number, raw in enumerate(data["edits"], 1):
            where = f"{path.name}: edit #{number}"
            if not isinstance(raw, dict):
                raise SuiteError(f"{where}: expected a mapping")
            missing = [key for key in FIELDS if key not in raw]
            extra = sorted(set(raw) - set(FIELDS))
            if missing or extra:
                raise SuiteError(f"{where} ({raw.get('id')}): missing {missing} unknown {extra}")
            if not all(isinstance(raw[key], str) for key in FIELDS):
                raise SuiteError(f"{where} ({raw['id']}): every field must be a string")
            edit = Edit(**{key: raw[key] for key in FIELDS}, source=path.name)
            problems = []
            if edit.id in seen:
                problems.append(f"duplicate id (also in {seen[edit.id]})")
            if edit.rule not in RULES:
                problems.append(f"rule {edit.rule!r} is not one of {', '.join(RULES)}")
            if edit.effect not in EFFECTS:
                problems.append(f"effect {edit.effect!r} is not reverse or preserve")
            if edit.half != split.half(edit.document):
                problems.append(f"half {edit.half!r} but benchmarks/split.py says {split.half(edit.document)!r}")
            if not edit.find or edit.find == edit.replace:
                problems.append("`find` is empty or equal to `replace`")
            if not edit.family.strip() or not edit.why.strip():
                problems.append("empty family or why")
            if problems:
                raise SuiteError(f"{where} ({edit.id}): " + "; ".join(problems))
            seen[edit.id] = path.name
            edits.append(edit)
    return edits


class Texts:
    """Extracted text of corpus documents, each loaded once. A document is looked up in the
    corpus folder, then in the project's own corpus (benchmarks/corpus), which has the same layout."""

    def __init__(self, corpus: Path = DEFAULT_CORPUS, own: Path | None = OWN_CORPUS) -> None:
        self.corpus = corpus
        self.own = own
        self._cache: dict[str, str] = {}

    def __call__(self, document: str) -> str:
        if document not in self._cache:
            path = self.corpus / document
            if not path.is_file() and self.own is not None and (self.own / document).is_file():
                path = self.own / document
            if not path.is_file():
                raise SuiteError(f"document not found: {path}")
            documents = fslcheck.load_path(str(path))
            if len(documents) != 1:
                raise SuiteError(f"{path}: loads as {len(documents)} documents; the suite needs one")
            self._cache[document] = documents[0].text
        return self._cache[document]


@dataclass
class Outcome:
    edit: Edit
    baseline: str  # the target's status on the unedited text
    status: str  # … and on the edited text
    score: float | None
    excerpt: str
    sentence: str  # the edited wording in its sentence

    @property
    def counted(self) -> bool:
        return self.baseline == "met"

    @property
    def passed(self) -> bool:
        met = self.status == "met"
        return not met if self.edit.effect == "reverse" else met


def _sentence_around(text: str, start: int, end: int) -> str:
    """The stretch of `text` around [start, end) up to sentence ends (for reading a failure)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    left = max(left + 1, start - 400)
    right = min(right, end + 400)
    return " ".join(text[left:right].split())


def run(edits: list[Edit], texts: Texts, rules=None) -> list[Outcome]:
    """Check every edit (and its document's baseline, once per document)."""
    # every edit is applied before anything is scored, so that a broken suite fails at once and
    # names all its broken edits
    edited_texts, problems = [], []
    for edit in edits:
        try:
            edited_texts.append(edit.apply(texts(edit.document)))
        except SuiteError as error:
            problems.append(str(error))
    if problems:
        raise SuiteError("\n".join(problems))
    # an edit targets a legend element, which the body's forward-looking scan (fls-coverage) never
    # decides: leaving it out halves the time and changes no scored finding
    pack = fslcheck.compile_pack(rules).without("fls-coverage")
    baselines: dict[str, dict[str, str]] = {}
    outcomes = []
    for edit, edited in zip(edits, edited_texts):
        text = texts(edit.document)
        if edit.document not in baselines:
            result = pack.check_text(text, edit.document)
            baselines[edit.document] = {f.rule: f.status.value for f in result.findings}
        # a rule the chosen pack lacks (a document read as a call transcript is checked by the oral
        # pack, which has no heading, cue-word or factor-list rule) is `absent`, never scored
        found = next((f for f in pack.check_text(edited, edit.document).findings if f.rule == edit.rule), None)
        start = text.index(edit.find)
        sentence = _sentence_around(edited, start, start + len(edit.replace))
        outcomes.append(Outcome(edit, baselines[edit.document].get(edit.rule, "absent"),
                                found.status.value if found else "absent", found.score if found else None,
                                (found.excerpt or "") if found else "", sentence))
    return outcomes


@dataclass
class Tally:
    caught: int = 0  # reversing edits whose target is not met
    reversing: int = 0
    kept: int = 0  # preserving edits whose target stays met
    preserving: int = 0
    not_baseline: list[Outcome] = field(default_factory=list)
    failures: dict[str, list[Outcome]] = field(default_factory=lambda: defaultdict(list))

    def add(self, outcome: Outcome) -> None:
        if not outcome.counted:
            self.not_baseline.append(outcome)
            return
        if outcome.edit.effect == "reverse":
            self.reversing += 1
            self.caught += outcome.passed
        else:
            self.preserving += 1
            self.kept += outcome.passed
        if not outcome.passed:
            self.failures[f"{outcome.edit.effect}/{outcome.edit.family}"].append(outcome)

    def as_dict(self, named: bool = True) -> dict:
        """The figures; `named` False gives counts in place of edit ids (a half not to tune on)."""
        def ids(items: list[Outcome]):
            return [o.edit.id for o in items] if named else len(items)

        return {
            "reversing_caught": self.caught, "reversing": self.reversing,
            "preserving_kept": self.kept, "preserving": self.preserving,
            "baseline_not_met": ids(self.not_baseline),
            "failures": {family: ids(items) for family, items in sorted(self.failures.items())},
        }


def tally(outcomes: list[Outcome], half: str, element: str | None = None) -> Tally:
    """The outcomes of one half (or "all"), optionally of one element only."""
    result = Tally()
    for outcome in outcomes:
        if (half == "all" or outcome.edit.half == half) and element in (None, outcome.edit.rule[len("pslra."):]):
            result.add(outcome)
    return result


def _ratio(n: int, total: int) -> str:
    return f"{n}/{total}" + (f" ({100 * n / total:.1f}%)" if total else "")


def print_report(outcomes: list[Outcome], halves: list[str], verbose: bool, out=sys.stdout,
                 named: tuple[str, ...] = ("tune", "test", "all")) -> None:
    """The figures of each half; failing edits are named (and shown with -v) only for `named`
    halves, the others give counts per family."""
    def say(*args):
        print(*args, file=out)

    for half in halves:
        t = tally(outcomes, half)
        listed = half in named
        say(f"== {half}: reversing edits caught {_ratio(t.caught, t.reversing)}; "
            f"preserving edits kept met {_ratio(t.kept, t.preserving)}"
            + ("" if listed else f"  (edits not named; `--half {half}` names them)"))
        for element in ELEMENTS:
            e = tally(outcomes, half, element)
            say(f"   {element:18} reversing caught {e.caught:3}/{e.reversing:<3}  "
                f"preserving kept {e.kept:3}/{e.preserving:<3}")
        if not listed:
            if t.not_baseline:
                say(f"   not scored (target not met before the edit): {len(t.not_baseline)}")
            for family, items in sorted(t.failures.items()):
                say(f"   fails {family}: {len(items)}")
            say("")
            continue
        if t.not_baseline:
            say(f"   not scored (target not met before the edit): {len(t.not_baseline)}"
                + ("" if verbose else "  " + ", ".join(o.edit.id for o in t.not_baseline)))
            if verbose:
                for o in t.not_baseline:
                    say(f"     {o.edit.id} {o.edit.rule} baseline {o.baseline} ({o.edit.document})")
        for family, items in sorted(t.failures.items()):
            ids = "" if verbose else "  " + ", ".join(o.edit.id for o in items)
            say(f"   fails {family}: {len(items)}{ids}")
            if verbose:
                for o in items:
                    score = "-" if o.score is None else f"{o.score:g}"
                    say(f"     {o.edit.id} {o.edit.rule} -> {o.status} (score {score})  [{o.edit.document}]")
                    say(f"        edited:  {o.sentence[:400]!r}")
                    say(f"        finding: {o.excerpt[:300]!r}")
                    say(f"        why:     {o.edit.why}")
        say("")


def family_counts(edits: list[Edit]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for edit in edits:
        counts[f"{edit.effect}/{edit.family}"][edit.half] += 1
    return {family: dict(halves) for family, halves in sorted(counts.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", type=Path, default=DEFAULT_SUITE, help="suite folder or file")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="corpus folder (documents' paths are relative to it)")
    parser.add_argument("--rules", action="append", default=None, help="rule pack (default: built-in US pack)")
    parser.add_argument("--half", choices=("tune", "test", "all"), default=None,
                        help="only this half, its failing edits named (default: tune, test and overall, "
                             "failing edits named for the tune half only)")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="each failing edit, its sentence and the finding")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--families", action="store_true",
                        help="only list the families with their counts per half")
    args = parser.parse_args(argv)
    try:
        edits = load_suite(args.suite)
        if args.families:
            for family, halves in family_counts(edits).items():
                print(f"{family:45} tune {halves.get('tune', 0):3}  test {halves.get('test', 0):3}")
            return 0
        if args.half in ("tune", "test"):
            edits = [e for e in edits if e.half == args.half]
        outcomes = run(edits, Texts(args.corpus), args.rules)
    except (SuiteError, fslcheck.FslcheckError) as error:
        print(f"meaning.py: {error}", file=sys.stderr)
        return 2
    halves = [args.half] if args.half else ["tune", "test", "all"]
    # Without --half only the tune half's edits are named: the test half is for measuring.
    named = tuple(halves) if args.half else ("tune",)
    if args.json:
        out = {half: tally(outcomes, half).as_dict(half in named) for half in halves}
        counts = ("reversing_caught", "reversing", "preserving_kept", "preserving")
        out["elements"] = {element: {half: {k: v for k, v in tally(outcomes, half, element).as_dict().items()
                                            if k in counts} for half in halves} for element in ELEMENTS}
        out["edits"] = [{"id": o.edit.id, "half": o.edit.half, "rule": o.edit.rule, "effect": o.edit.effect,
                         "family": o.edit.family, "baseline": o.baseline, "status": o.status,
                         "passed": o.passed if o.counted else None} for o in outcomes
                        if "all" in named or o.edit.half in named]
        json.dump(out, sys.stdout, indent=1)
        print()
    else:
        print_report(outcomes, halves, args.verbose, named=named)
    return 0


if __name__ == "__main__":
    sys.exit(main())
