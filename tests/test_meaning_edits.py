"""The development edit suite of issue 9 (tests/data/meaning_edits/) is well formed.

Fast: documents are only loaded, never scored, except for a handful of edits in the last test.
Tests that need the shared corpus skip with a reason when it is not beside the checkout.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from .benchmark_modules import benchmark_module
from .conftest import EXAMPLE, corpus_or_skip

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "tests" / "data" / "meaning_edits"


def meaning():
    return benchmark_module("meaning")


@lru_cache(maxsize=1)
def edits():
    return meaning().load_suite(SUITE)


def test_fields_rules_effects_and_halves_are_valid():
    # load_suite raises on a missing or unknown field, a bad rule id or effect, a duplicate id,
    # a half that disagrees with benchmarks/split.py, and a no-op edit
    suite = edits()
    assert {e.rule for e in suite} <= set(meaning().RULES)
    assert {e.effect for e in suite} <= {"reverse", "preserve"}


def test_every_find_occurs_exactly_once_in_its_document():
    corpus = corpus_or_skip()
    texts = meaning().Texts(corpus)
    problems = []
    for edit in edits():
        try:
            edit.apply(texts(edit.document))
        except meaning().SuiteError as error:
            problems.append(str(error))
    assert not problems, "\n".join(problems)


def test_suite_size_and_spread():
    suite = edits()
    effects = Counter(e.effect for e in suite)
    assert effects["reverse"] >= 150 and effects["preserve"] >= 150, effects
    for half in ("tune", "test"):
        in_half = Counter(e.effect for e in suite if e.half == half)
        assert in_half["reverse"] >= 30 and in_half["preserve"] >= 30, (half, in_half)
    # every element is edited in both directions
    pairs = {(e.rule, e.effect) for e in suite}
    missing = [(r, x) for r in meaning().RULES for x in ("reverse", "preserve") if (r, x) not in pairs]
    assert not missing, missing
    families = Counter(f"{e.effect}/{e.family}" for e in suite)
    assert sum(1 for f in families if f.startswith("reverse/")) >= 12, families
    assert sum(1 for f in families if f.startswith("preserve/")) >= 12, families
    assert len({e.document for e in suite}) >= 20


def test_loading_rejects_a_find_that_is_not_unique(tmp_path):
    module = meaning()
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "edits:\n- {id: x, document: releases/a_1.txt, half: %s, rule: pslra.no-update, effect: reverse,\n"
        "   family: f, find: 'no', replace: 'yes', why: w}\n" % module.split.half("releases/a_1.txt"),
        encoding="utf-8")
    (edit,) = module.load_suite(bad)
    with pytest.raises(module.SuiteError, match="occurs 2 times"):
        edit.apply("no, no")
    with pytest.raises(module.SuiteError, match="occurs 0 times"):
        edit.apply("yes")
    assert edit.apply("say no") == "say yes"
    misspelt = bad.read_text(encoding="utf-8").replace("pslra.no-update", "pslra.no-updates")
    bad.write_text(misspelt, encoding="utf-8")
    with pytest.raises(module.SuiteError, match="not one of"):
        module.load_suite(bad)


def test_benchmark_runs_on_a_few_edits():
    corpus = corpus_or_skip()
    module = meaning()
    sample = [e for e in edits() if not e.document.endswith(".pdf")][:6]
    outcomes = module.run(sample, module.Texts(corpus))
    assert [o.edit.id for o in outcomes] == [e.id for e in sample]
    for outcome in outcomes:
        assert outcome.baseline in {"met", "missing", "weak", "violated", "not-applicable", "waived"}
        assert outcome.status in {"met", "missing", "weak", "violated", "not-applicable", "waived"}
    tally = module.tally(outcomes, "all")
    assert tally.reversing + tally.preserving + len(tally.not_baseline) == len(sample)


def _mini_suite(tmp_path: Path, find: str) -> tuple[Path, Path]:
    """A one-document corpus (the bundled example) and a two-edit suite on it."""
    corpus = tmp_path / "corpus"
    (corpus / "releases").mkdir(parents=True)
    (corpus / "releases" / EXAMPLE.name).write_bytes(EXAMPLE.read_bytes())
    document = f"releases/{EXAMPLE.name}"
    half = meaning().split.half(document)
    suite = tmp_path / "suite.yaml"
    suite.write_text(yaml.safe_dump({"edits": [
        {"id": "r1", "document": document, "half": half, "rule": "pslra.no-update", "effect": "reverse",
         "family": "negation-removed", "find": find, "replace": "The  Company  assumes the  obligation",
         "why": "obligation assumed"},
        {"id": "p1", "document": document, "half": half, "rule": "pslra.no-update", "effect": "preserve",
         "family": "synonym", "find": find, "replace": "The  Company  has no  duty", "why": "same"},
    ]}), encoding="utf-8")
    return corpus, suite


def test_command_line_json_and_loud_failure(tmp_path):
    corpus, suite = _mini_suite(tmp_path, "The  Company  assumes no  obligation")
    script = str(ROOT / "benchmarks" / "meaning.py")
    done = subprocess.run([sys.executable, script, "--suite", str(suite), "--corpus", str(corpus), "--json",
                           "--half", "all"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert {e["id"] for e in report["edits"]} == {"r1", "p1"}
    overall = report["all"]
    assert overall["reversing"] + overall["preserving"] + len(overall["baseline_not_met"]) == 2
    text = subprocess.run([sys.executable, script, "--suite", str(suite), "--corpus", str(corpus), "-v"],
                          capture_output=True, text=True, timeout=120)
    assert text.returncode == 0 and "reversing edits caught" in text.stdout

    corpus, suite = _mini_suite(tmp_path / "bad", "words that are not in the example")
    failed = subprocess.run([sys.executable, script, "--suite", str(suite), "--corpus", str(corpus)],
                            capture_output=True, text=True, timeout=120)
    assert failed.returncode == 2
    assert "occurs 0 times" in failed.stderr and "Traceback" not in failed.stderr
    assert "edit r1" in failed.stderr and "edit p1" in failed.stderr  # every broken edit named, none scored


def test_default_output_names_failing_edits_of_the_tune_half_only():
    module = meaning()
    names = [f"releases/company{n}_1.txt" for n in range(40)]
    test_doc = next(d for d in names if module.split.half(d) == "test")
    tune_doc = next(d for d in names if module.split.half(d) == "tune")

    def outcome(id_: str, document: str) -> object:
        edit = module.Edit(id_, document, module.split.half(document), "pslra.no-update", "reverse",
                           "negation-removed", "no", "an", "w", "x.yaml")
        return module.Outcome(edit, "met", "met", 100.0, "", "")  # a reversal left met: a failure

    outcomes = [outcome("tune-edit-1", tune_doc), outcome("test-edit-1", test_doc)]
    default = io.StringIO()
    module.print_report(outcomes, ["tune", "test", "all"], False, out=default, named=("tune",))
    assert "tune-edit-1" in default.getvalue()
    assert "test-edit-1" not in default.getvalue()
    assert "fails reverse/negation-removed: 1" in default.getvalue()  # the test half: count and family
    named = io.StringIO()
    module.print_report(outcomes, ["test"], False, out=named, named=("test",))
    assert "test-edit-1" in named.getvalue()
    assert module.tally(outcomes, "test").as_dict(named=False)["failures"] == {"reverse/negation-removed": 1}
