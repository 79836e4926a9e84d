"""The labelled FLS sentence set (`benchmarks/fls/sentences.jsonl`) is well formed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from split import half  # noqa: E402

SENTENCES = ROOT / "benchmarks" / "fls" / "sentences.jsonl"
KINDS = {"press-release", "8k-body", "10k", "10q", "call-transcript", "other"}


def rows() -> list[dict]:
    return [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_ids_are_the_line_numbers():
    assert [row["id"] for row in rows()] == list(range(len(rows())))


def test_every_row_has_the_fields_and_a_known_kind():
    for row in rows():
        assert {"doc", "company", "kind", "half", "index", "in_legend", "fls", "text"} <= set(row), row["id"]
        assert row["kind"] in KINDS, row["id"]
        assert isinstance(row["fls"], bool) and isinstance(row["in_legend"], bool), row["id"]
        assert row["text"].strip(), row["id"]


def test_the_half_is_the_company_hash_split():
    assert [row["id"] for row in rows() if row["half"] != half(row["doc"])] == []


def test_a_sentence_appears_once_per_position_in_its_document():
    places = [(row["doc"], row["index"]) for row in rows()]
    assert len(places) == len(set(places))


def test_legend_sentences_are_never_labelled_forward_looking():
    assert [row["id"] for row in rows() if row["in_legend"] and row["fls"]] == []


def test_sentences_from_outside_the_corpus_name_their_source():
    external = [row for row in rows() if "source_repo" in row]
    assert external, "the set holds sentences drawn by collect_external.py"
    for row in external:
        assert "/" in row["source_repo"] and row["source_path"], row["id"]
        assert len(row["source_commit"]) == 40 and int(row["source_commit"], 16) >= 0, row["id"]


def test_no_sentence_comes_from_a_reserved_repository():
    reserved = {"newsworthyai/press-release-archive", "mwaldstein/edgarwebr", "dgunning/edgartools",
                "ryankfrench/sec_cover_page_parser", "rajdeep345/ectsum", "richdev135/viaspace",
                "lingtouyangleo/tariff_sentiment", "yiyangw2/time_frame_gold_corpus"}
    assert [row["id"] for row in rows() if row.get("source_repo", "").lower() in reserved] == []


def test_both_halves_have_call_transcripts_with_forward_looking_sentences():
    for name in ("tune", "test"):
        calls = [row for row in rows() if row["half"] == name and row["kind"] == "call-transcript"]
        assert len(calls) >= 300 and sum(row["fls"] for row in calls) >= 50, name
