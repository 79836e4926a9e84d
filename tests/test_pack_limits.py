"""Rule packs and project configs that attack the loader: aliases, nesting, slow `...` gaps."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fslcheck.errors import RuleError
from fslcheck.matching import LinearPattern, Phrase, _TOKEN, _to_regex
from fslcheck.rules.loader import load_pack

from .limits import no_traceback, run

ALIAS_LOOP = "id: t\nrules: &r [*r]\n"


def _alias_bomb() -> str:
    text = 'id: t\nrules: []\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for name in "bcdefghi":
        previous = chr(ord(name) - 1)
        text += f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]\n"
    return text


@pytest.mark.parametrize("content", [ALIAS_LOOP, _alias_bomb(), "id: t\nrules: " + "[" * 5000 + "]" * 5000 + "\n",
                                     "id: t\nrules: " + "[" * 100 + "]" * 100 + "\n"],
                         ids=["alias-loop", "alias-bomb", "deep-nesting", "nesting-past-our-limit"])
@pytest.mark.parametrize("command", [["rules", "validate", "p.yaml"], ["rules", "list", "--rules", "p.yaml"],
                                     ["check", "--rules", "p.yaml", "good.txt"]])
def test_hostile_pack_is_refused_quickly_with_a_message(tmp_path, content, command):
    (tmp_path / "p.yaml").write_text(content)
    (tmp_path / "good.txt").write_text("Nothing forward-looking here.\n")
    done = run(*command, cwd=tmp_path, memory=512 * 1024 * 1024, seconds=20)
    assert done.returncode == 2
    assert no_traceback(done)
    assert re.search(rb"p\.yaml:\d+:\d+: invalid YAML: (YAML aliases|the YAML nests deeper|"
                     rb"exceeded maximum nesting depth)", done.stderr)  # the last: libyaml's own cap, done.stderr


def test_hostile_project_config_is_refused_and_names_the_file(tmp_path):
    (tmp_path / ".fslcheck.yaml").write_text(_alias_bomb())
    (tmp_path / "good.txt").write_text("Nothing forward-looking here.\n")
    done = run("check", "good.txt", cwd=tmp_path, memory=512 * 1024 * 1024, seconds=20)
    assert done.returncode == 2
    assert no_traceback(done)
    assert b".fslcheck.yaml:4:" in done.stderr and b"aliases" in done.stderr


def _gap_phrase(gaps: int) -> str:
    return "company ... " + " ... ".join(["{the|that|and}"] * gaps) + " ... zebras"


HOSTILE_TEXT = "the company said " + "that the plan and the deal " * 40 + "were good. zebras are nice.\n"


@pytest.mark.parametrize("gaps", [6, 8, 12])
def test_many_gaps_match_in_bounded_time_in_a_subprocess(tmp_path, gaps):
    (tmp_path / "p.yaml").write_text(
        "id: t\nrules:\n  - id: t.gaps\n    kind: required-phrase\n    severity: error\n    title: G\n"
        f"    message: G\n    phrases: [\"{_gap_phrase(gaps)}\"]\n")
    (tmp_path / "doc.txt").write_text(HOSTILE_TEXT * 5)
    (tmp_path / "good.txt").write_text("The company " + "and the " * gaps + "zebras.\n")
    done = run("check", "--rules", "p.yaml", "doc.txt", "good.txt", cwd=tmp_path, seconds=30)
    assert no_traceback(done)
    assert done.returncode == 1  # doc.txt misses the phrase; good.txt has it
    assert b"good.txt: PASS" in done.stdout and b"doc.txt: FAIL" in done.stdout


def test_validate_accepts_gap_phrases_it_can_match_in_linear_time(tmp_path):
    (tmp_path / "p.yaml").write_text(
        "id: t\nrules:\n  - id: t.gaps\n    kind: required-phrase\n    severity: error\n    title: G\n"
        f"    message: G\n    phrases: [\"{_gap_phrase(8)}\"]\n")
    done = run("rules", "validate", "p.yaml", cwd=tmp_path, seconds=20)
    assert done.returncode == 0 and b"ok" in done.stdout


def test_linear_pattern_work_grows_linearly():
    """Not a timing assertion: the number of (piece, position) states it visits is bounded by
    pieces x positions, whatever the number of gaps."""
    phrase = _gap_phrase(10)
    pattern = LinearPattern(_TOKEN.findall(Phrase(phrase).source))
    text = HOSTILE_TEXT * 3
    assert list(pattern.finditer(text)) == []
    calls = []
    original = pattern._solve

    def counting(*args):
        calls.append(1)
        return original(*args)

    pattern._solve = counting
    list(pattern.finditer(text))
    assert len(calls) <= (len(pattern.pieces) + 1) * len(text) * 14


WORDS = "could may differ materially results actual the of a, risks; factors. include 1995 act reform".split()
GAP_PHRASES = ["{could|may} ... differ ... materially", "actual ... results ... differ {materially|}",
               "reform act {of 1995|} ... risks ... factors", "{the|} results ... could ... differ",
               "risk* ... factor* ... include"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(GAP_PHRASES), st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_linear_pattern_finds_what_the_regex_finds(phrase, words):
    tokens = _TOKEN.findall(phrase)
    regex, linear = re.compile(_to_regex(tokens)), LinearPattern(tokens)
    text = " ".join(words)
    assert [m.span() for m in regex.finditer(text)] == [m.span() for m in linear.finditer(text)]
    for found in regex.finditer(text):
        assert linear.fullmatch(found.group()) is not None


def test_tolerant_search_with_many_gaps_is_bounded():
    phrase = Phrase(_gap_phrase(12))
    started = time.process_time()
    assert phrase.find_tolerant(HOSTILE_TEXT * 3) == []
    # generous: exponential search took minutes here; a wrong answer above fails first
    assert time.process_time() - started < 10


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab {}|.*:\n-&*![]'\"#", max_size=80))
def test_pack_loader_fuzz_raises_only_rule_errors(tmp_path_factory, body):
    path = tmp_path_factory.mktemp("fuzz") / "p.yaml"
    path.write_text("id: t\nrules:\n  - id: t.x\n    kind: required-phrase\n    severity: error\n"
                    "    title: X\n    message: X\n    phrases: [" + repr(body) + "]\n" + body, encoding="utf-8")
    try:
        load_pack([str(path)])
    except RuleError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_pack_loader_arbitrary_bytes_raise_only_rule_errors(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzzb") / "p.yaml"
    path.write_bytes(data)
    try:
        load_pack([str(path)])
    except RuleError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab {}|.*", min_size=1, max_size=30))
def test_any_phrase_compiles_or_is_refused_with_a_value_error(phrase):
    try:
        Phrase(phrase)
    except ValueError:
        pass


def test_scaling_benchmark_runs(tmp_path):
    """benchmarks/scaling.py still runs (tiny sizes), so it does not rot between measurements."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "scaling.py"
    done = subprocess.run([sys.executable, str(script), "--sizes", "5000,10000", "--exhibits", "50,100",
                           "--pdf-sizes", "5000"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "heading:" in done.stdout and "edgar:" in done.stdout and "baseline/new" in done.stdout
