"""Pack authors' mistakes get precise messages, and the README's own example pack works."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import fslcheck

ROOT = Path(__file__).resolve().parents[1]


def _fslcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fslcheck", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def _readme_pack() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Rule packs"):]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def test_readme_pack_validates_and_passes_its_own_examples(tmp_path):
    pack = tmp_path / "acme.yaml"
    pack.write_text(_readme_pack(), encoding="utf-8")
    validated = _fslcheck("rules", "validate", str(pack), cwd=tmp_path)
    assert validated.returncode == 0, validated.stderr
    assert "ok" in validated.stdout
    tested = _fslcheck("rules", "test", str(pack), cwd=tmp_path)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert re.search(r"\b0 failed", tested.stdout)
    assert "acme.risk-factors" in _readme_pack()


def test_readme_says_what_scope_legend_means():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`scope: legend` looks only inside" in readme


PACK = """\
id: t
extends: us-pslra
rules:
  - id: t.x
    kind: required-phrase
    severity: error
    title: X
    message: X
    phrases:
      - "safe harbor"
      - "{phrase}"
"""


@pytest.mark.parametrize("phrase, column, words", [
    ("{could|may", 1, "never closed"),
    ("could} differ", 6, "no `{` before it"),
    ("{a|{b|c}} d", 4, "nested"),
    ("... forward looking", 1, "cannot start with `...`"),
    ("forward looking ...", 17, "cannot end with `...`"),
    ("{}", 1, "empty group"),
    ("a {|} b", 3, "empty group"),
    ("a ... ... b", 7, "in a row"),
    ("a|b c", 2, "outside a `{...}` group"),
])
def test_phrase_syntax_errors_name_file_line_and_character(tmp_path, phrase, column, words):
    pack = tmp_path / "p.yaml"
    pack.write_text(PACK.replace("{phrase}", phrase), encoding="utf-8")
    run = _fslcheck("rules", "validate", str(pack), cwd=tmp_path)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert f"{pack}:11:" in run.stderr  # the line of the phrase itself
    assert "rules[0].phrases[1]" in run.stderr
    assert f"character {column}:" in run.stderr
    assert words in run.stderr


def test_misspelled_override_suggests_the_id(tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text("id: t\nextends: us-pslra\nrules:\n  - id: pslra.undue-relaince\n    severity: error\n")
    run = _fslcheck("rules", "validate", str(pack), cwd=tmp_path)
    assert run.returncode == 2
    assert f"{pack}:4:" in run.stderr
    assert "did you mean 'pslra.undue-reliance'" in run.stderr


def test_duplicate_rule_id_in_one_pack_is_an_error(tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text("id: t\nextends: us-pslra\nrules:\n  - id: pslra.statute\n    severity: error\n"
                    "  - id: pslra.statute\n    severity: info\n")
    run = _fslcheck("rules", "validate", str(pack), cwd=tmp_path)
    assert run.returncode == 2
    assert f"{pack}:6:" in run.stderr
    assert "given twice" in run.stderr and "first at line 4" in run.stderr


def test_overriding_across_files_still_merges(tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text("id: t\nextends: us-pslra\nrules:\n  - id: pslra.statute\n    severity: error\n")
    run = _fslcheck("rules", "list", "--rules", str(pack), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert re.search(r"pslra\.statute\s+error", run.stdout)


LIKE_PACK = """id: t
extends: us-pslra
rules:
  - id: acme.pointer
    like: pslra.sec-filings
    title: Pointer to the risks in a filing or the investor letter
    add_terms:
      filing: ["investor letter"]
"""
LETTER = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. Actual results could "
          "differ materially because of many risks. These risks are described in our investor letter.\n")


def test_a_rule_like_another_copies_it_without_its_examples_and_widens_a_part(tmp_path):
    pack_file = tmp_path / "p.yaml"
    pack_file.write_text(LIKE_PACK)
    pack = fslcheck.load_pack(str(pack_file))
    copied, model = pack.rule("acme.pointer"), pack.rule("pslra.sec-filings")
    assert copied.kind == model.kind and copied.severity == model.severity and copied.scope == model.scope
    assert copied.title.startswith("Pointer to the risks in a filing or")
    assert not (copied.examples.passing or copied.examples.failing) and model.examples.passing
    assert "investor letter" in copied.options["parts"]["filing"]
    assert "investor letter" not in model.options["parts"]["filing"] and "add_terms" not in copied.options
    statuses = {f.rule: f.status.value for f in fslcheck.compile_pack(pack).check_text(LETTER).findings}
    assert statuses["acme.pointer"] == "met" and statuses["pslra.sec-filings"] != "met"


@pytest.mark.parametrize("change, line, words", [
    (("like: pslra.sec-filings", "like: pslra.sec-filing"), 5, "no rule 'pslra.sec-filing' to copy"),
    (("id: acme.pointer", "id: pslra.statute"), 5, "`like` starts a new rule"),
    (("filing: [", "filings: ["), 4, "add_terms names filings, which `parts` does not define"),
])
def test_like_and_add_terms_mistakes_name_the_line(tmp_path, change, line, words):
    pack_file = tmp_path / "p.yaml"
    pack_file.write_text(LIKE_PACK.replace(*change))
    with pytest.raises(fslcheck.RuleError) as raised:
        fslcheck.load_pack(str(pack_file))
    assert words in str(raised.value) and f"{pack_file}:{line}:" in str(raised.value)
