"""Shared helpers for the tests that run on the labelled corpus (../shared/corpus)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from .benchmark_modules import benchmark_module

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
LABELS = CORPUS / "labels"
TEXT_SUFFIXES = {".txt", ".htm", ".html", ".md"}


def require_corpus() -> None:
    if not LABELS.is_dir():
        pytest.skip(f"labelled corpus not found at {CORPUS} (tests on real releases need ../shared/corpus)")


@lru_cache(maxsize=1)
def labels() -> list[dict]:
    if not LABELS.is_dir():
        return []
    out = []
    for path in sorted(LABELS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "elements" in data:
            out.append(data)
    return out


def accuracy_module():
    return benchmark_module("accuracy")


def evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    """Where the label's evidence stands in the document text (whitespace may differ)."""
    words = evidence.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.search(pattern, text)
    return found.span() if found else None
