"""Property tests: every loader, fed arbitrary bytes, either reads a document whose offsets all
stand inside its text, or raises fslcheck's own InputError; the normaliser over the text a
loader makes keeps its offsets in range too."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fslcheck.documents import FORMATS, LoadOptions, load_bytes
from fslcheck.errors import InputError
from fslcheck.normalise import canonicalise

from .reliability_files import GOOD_RELEASE, docx, edgar_submission, text_pdf

SEEDS = {
    "text": GOOD_RELEASE.encode(),
    "html": ("<html><body><p>" + GOOD_RELEASE.replace("\n\n", "</p><div hidden><p>x</p></div><p>")
             + "</p></body></html>").encode(),
    "markdown": ("# Title\n\n- a\n  - b\n\n> quote\n\n" + GOOD_RELEASE).encode(),
    "edgar": edgar_submission(3).encode(),
    "docx": docx([("Acme expects growth.", False), ("hidden legend", True)]),
    "pdf": text_pdf(["Acme expects growth.", "Actual results could differ materially."]),
}
LIMITS = LoadOptions(max_bytes=1_000_000, max_expanded=4 * 1024 * 1024, max_pages=20)


def _mutations(seed: bytes):
    """Arbitrary bytes, and the seed with a slice replaced by arbitrary bytes (reaches deeper)."""
    spliced = st.tuples(st.integers(0, len(seed)), st.integers(0, 64), st.binary(max_size=64)).map(
        lambda t: seed[: t[0]] + t[2] + seed[t[0] + t[1]:])
    return st.one_of(st.binary(max_size=400), spliced, st.just(seed))


def _assert_in_range(documents) -> None:
    for document in documents:
        size = len(document.text)
        assert all(0 <= o <= size for o in document.anchor_offsets)
        assert all(0 <= o <= size for o in document.page_starts + document.paragraph_starts)
        assert all(0 <= r.start <= r.end <= size for r in document.regions)
        assert all(0 <= s <= e <= size for s, e, _ in document.cells)
        for offset in (0, size // 2, size):
            document.locate(offset)
        canonical = canonicalise(document.text)
        for start in range(0, len(canonical.text) + 1, max(1, len(canonical.text) // 7)):
            source_start, source_end = canonical.to_source(start, min(len(canonical.text), start + 13))
            assert 0 <= source_start <= source_end <= size


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f in SEEDS])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_loaders_raise_only_input_errors(fmt, data):
    raw = data.draw(_mutations(SEEDS[fmt]))
    forced = data.draw(st.booleans())
    options = LoadOptions(format=fmt if forced else None, max_bytes=LIMITS.max_bytes,
                          max_expanded=LIMITS.max_expanded, max_pages=LIMITS.max_pages)
    try:
        documents = load_bytes(raw, f"fuzz.{fmt}", options)
    except InputError as error:
        assert error.path.startswith("fuzz.")
        return
    _assert_in_range(documents)
