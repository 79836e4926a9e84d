"""The labels kept in this repository (benchmarks/corpus) follow the labelling guide.

`benchmarks/corpus/labels` labels the documents kept here (`benchmarks/corpus/releases`, with their
provenance in `benchmarks/corpus/manifest.csv`); `benchmarks/corpus/labels-shared` labels documents
of the shared corpus. For every label: the fields the guide asks for, a document that exists, and
evidence that stands in the document's extracted text (located as the evidence test locates it).
Every document kept here has a manifest row and a label, and loads without error.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

import fslcheck
from fslcheck.documents import load_path

from .conftest import ROOT
from .corpus_support import CORPUS
from .test_evidence import occurrences

OWN = ROOT / "benchmarks" / "corpus"
ELEMENTS = ("heading", "statute", "identification", "cue-words", "differ-materially", "risk-factors",
            "sec-filings", "undue-reliance", "as-of-date", "no-update")
KINDS = {"press-release", "8k-body", "10k", "10q", "call-transcript", "other"}
MANIFEST_COLUMNS = ["file", "company", "date", "kind", "format", "source_repo", "source_path",
                    "source_commit", "has_safe_harbor", "notes"]
SOURCES = (("labels", OWN), ("labels-shared", CORPUS))


def _label_files() -> list[tuple[Path, Path]]:
    """(label file, corpus folder its `file:` is relative to)."""
    return [(path, corpus) for folder, corpus in SOURCES
            for path in sorted((OWN / folder).glob("*.yaml"))]


def _ids(value):
    return value.name if isinstance(value, Path) else None


@lru_cache(maxsize=None)
def _text(path: Path) -> str | None:
    """The extracted text, or None for a PDF without a text layer (it needs OCR: no evidence can
    be located, the label was made from the rendered pages)."""
    try:
        return load_path(str(path))[0].text
    except fslcheck.InputError as error:
        if path.suffix.lower() == ".pdf" and "OCR" in str(error):
            return None
        raise


def _problems(label: dict, label_path: Path) -> list[str]:
    problems = []
    expected_keys = {"file", "kind", "legend", "fls_in_body", "elements", "notes"}
    missing = expected_keys - set(label)
    if missing:
        problems.append(f"missing fields {sorted(missing)}")
    unknown = set(label) - expected_keys - {"fls_body_example"}
    if unknown:
        problems.append(f"unknown fields {sorted(unknown)}")
    if Path(str(label.get("file", ""))).name + ".yaml" != label_path.name:
        problems.append(f"file {label.get('file')!r} does not match the label's name")
    if label.get("kind") not in KINDS:
        problems.append(f"kind {label.get('kind')!r}")
    if label.get("legend") not in ("yes", "no", "link-only"):
        problems.append(f"legend {label.get('legend')!r} (a quoted yes/no/link-only)")
    if label.get("fls_in_body") not in ("yes", "no"):
        problems.append(f"fls_in_body {label.get('fls_in_body')!r} (a quoted yes/no)")
    if (label.get("fls_in_body") == "yes") != bool(label.get("fls_body_example")):
        problems.append("fls_body_example is required exactly when fls_in_body is yes")
    elements = label.get("elements") or {}
    if list(elements) != list(ELEMENTS):
        problems.append(f"elements {list(elements)} (expected the guide's ten, in order)")
    for name, entry in elements.items():
        entry = entry or {}
        if not isinstance(entry.get("present"), bool):
            problems.append(f"{name}: present must be true or false")
        if entry.get("present") != bool(entry.get("evidence")):
            problems.append(f"{name}: evidence is required when present and omitted when absent")
        if name == "risk-factors":
            count = entry.get("count")
            if not isinstance(count, int) or count < 0:
                problems.append("risk-factors: count must be a whole number")
            elif entry.get("present") != (count >= 3):
                problems.append(f"risk-factors: present must be count >= 3 (count {count})")
    if any(e.get("present") for e in elements.values() if e) and label.get("legend") == "no":
        problems.append("an element is present but legend is no")
    return problems


@pytest.mark.parametrize("label_path, corpus", _label_files(), ids=_ids)
def test_label_follows_the_guide(label_path: Path, corpus: Path):
    if corpus == CORPUS and not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not beside this checkout ({CORPUS})")
    label = yaml.safe_load(label_path.read_text(encoding="utf-8"))
    assert isinstance(label, dict), "not a YAML mapping"
    assert not _problems(label, label_path)
    document = corpus / label["file"]
    assert document.is_file(), f"document not found: {document}"
    text = _text(document)
    if text is None:
        assert "text layer" in label["notes"], "a label made from rendered pages says so in its notes"
        return
    quoted = [("fls_body_example", label["fls_body_example"])] if label.get("fls_body_example") else []
    quoted += [(name, entry["evidence"]) for name, entry in label["elements"].items() if entry.get("present")]
    unlocated = [(name, evidence[:80]) for name, evidence in quoted if not occurrences(text, evidence)]
    assert not unlocated, f"evidence not in the extracted text: {unlocated}"


def _manifest() -> list[dict]:
    path = OWN / "manifest.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_manifest_lists_every_kept_document_with_a_label():
    releases = sorted(p.name for p in (OWN / "releases").glob("*") if p.is_file())
    rows = _manifest()
    if not releases and not rows:
        pytest.skip("no documents kept in benchmarks/corpus yet")
    with (OWN / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == MANIFEST_COLUMNS
    listed = [row["file"] for row in rows]
    assert sorted(listed) == [f"releases/{name}" for name in releases], "manifest and releases/ differ"
    for row in rows:
        assert row["has_safe_harbor"] in ("yes", "no", "partial"), row["file"]
        assert row["source_repo"] and row["source_path"], f"{row['file']}: provenance missing"
        assert (OWN / "labels" / (Path(row["file"]).name + ".yaml")).is_file(), f"{row['file']}: no label"


def test_no_source_is_kept_twice():
    """No source file is kept twice, here or here and in the shared corpus: one filing kept under
    two names (two batches drawn from one repository at the same time) would count twice in the
    accuracy figures."""
    rows = _manifest()
    shared = CORPUS / "manifest.csv"
    if shared.is_file():
        with shared.open(encoding="utf-8", newline="") as handle:
            rows = rows + list(csv.DictReader(handle))
    sources = [(row["source_repo"], row["source_path"]) for row in rows if row.get("source_repo")]
    assert len(sources) == len(set(sources)), sorted({s for s in sources if sources.count(s) > 1})


@pytest.fixture(scope="module")
def default_pack():
    return fslcheck.compile_pack()  # once per worker: compiling it per document was most of this test's time


@pytest.mark.parametrize("row", _manifest(), ids=lambda row: Path(row["file"]).name)
def test_kept_document_loads(row: dict, default_pack):
    path = OWN / row["file"]
    assert path.stat().st_size < 400_000, "keep each document small (cut a submission to the exhibit)"
    document = fslcheck.check([str(path)], default_pack).documents[0]
    assert document.error is None, document.error
    assert document.document.text.strip()


def test_accuracy_reads_every_label_source_and_splits_by_company():
    """benchmarks/accuracy.py's default sources include this repository's label folders, and its
    tune/test reports partition the documents by company (benchmarks/split.py)."""
    from .corpus_support import accuracy_module

    accuracy = accuracy_module()
    sources = accuracy.default_sources()
    assert any(s.labels == OWN / "labels" and s.corpus == OWN for s in sources)
    if CORPUS.is_dir():
        assert any(s.labels == OWN / "labels-shared" and s.corpus == CORPUS for s in sources)
    # A small text-only sample keeps this fast; the partition property does not depend on size.
    texts = {path.name: path.stat().st_size for path, _ in accuracy.labelled_documents(sources)
             if path.suffix == ".txt"}
    sample = set(sorted(texts, key=lambda name: (texts[name], name))[:12])  # the twelve shortest
    outcomes = accuracy.check_labelled(sources, include=lambda p: p.name in sample)
    reports = accuracy.by_half(outcomes)
    halves = {half: {o.name for o in outcomes if accuracy.split.half(o.name) == half} for half in ("tune", "test")}
    assert reports["tune"].checked + reports["test"].checked == reports["all"].checked == len(sample)
    assert reports["tune"].checked == len(halves["tune"]) and reports["test"].checked == len(halves["test"])
    assert halves["tune"] and halves["test"] and not halves["tune"] & halves["test"]
    companies = {half: {accuracy.split.company(n) for n in names} for half, names in halves.items()}
    assert not companies["tune"] & companies["test"], "a company in both halves"
