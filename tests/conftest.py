"""Shared fixtures: the bundled example, the corpus beside the checkout (when present)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "sos-staffing_2003-10-01_8k-ex99.txt"
COMPANY_PACK = ROOT / "rules" / "examples" / "sos-staffing.yaml"
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_or_skip() -> Path:
    if not (CORPUS / "manifest.csv").is_file():
        pytest.skip(f"the shared corpus is not beside this checkout ({CORPUS}); it exists in CI only")
    return CORPUS


def corpus_sample(step: int = 4) -> list[Path]:
    """Every `step`-th corpus release of each format (sorted by name): a batch that has every
    format and every kind of document in it, for the tests whose property (the same bytes with
    `--jobs`, a valid SARIF log) does not need all 88 documents checked again."""
    releases = sorted((CORPUS / "releases").iterdir())
    suffixes = sorted({p.suffix.lower() for p in releases})
    return sorted(p for suffix in suffixes for p in [r for r in releases if r.suffix.lower() == suffix][::step])


def labelled_documents(formats: tuple[str, ...] | None = None) -> list[tuple[Path, dict]]:
    """(document path, label) for every label whose document has one of `formats`."""
    if not (CORPUS / "labels").is_dir():
        return []
    cases = []
    for label_file in sorted((CORPUS / "labels").glob("*.yaml")):
        label = yaml.safe_load(label_file.read_text(encoding="utf-8"))
        path = CORPUS / label["file"]
        if formats is None or path.suffix.lower().lstrip(".") in formats:
            cases.append((path, label))
    return cases


@pytest.fixture
def corpus() -> Path:
    return corpus_or_skip()
