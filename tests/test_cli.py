"""The command line through click's CliRunner: exit codes, JSON contract, errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from fslcheck.cli import main
from fslcheck.rules.loader import load_pack

from .conftest import COMPANY_PACK, EXAMPLE

NO_LEGEND = ("Acme Corp. today announced record revenue of $12 million for the quarter. "
             "The company expects revenue to grow 20% next year.\n")  # forward-looking, so a legend is needed


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, *args, input=None):
    return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def test_example_passes(runner):
    result = run(runner, "check", EXAMPLE)
    assert result.exit_code == 0, result.output
    assert "PASS" in result.output and "1 passed, 0 failed" in result.output


def test_json_contract(runner):
    result = run(runner, "check", EXAMPLE, "--format", "json")
    data = json.loads(result.output)
    assert set(data) >= {"fslcheck", "documents", "summary"}
    assert data["summary"] == {"documents": 1, "passed": 1, "failed": 0, "errors": 0}
    (document,) = data["documents"]
    assert document["verdict"] == "pass" and document["error"] is None
    assert len(document["findings"]) == len(load_pack().rules)  # one finding per rule of the pack
    text = EXAMPLE.read_text(encoding="utf-8")
    for finding in document["findings"]:
        assert set(finding) >= {"rule", "severity", "status", "score", "message", "location", "excerpt"}
        assert finding["status"] in ("met", "missing", "weak", "violated", "waived", "not-applicable")
        if finding["status"] == "met":
            location = finding["location"]
            assert set(location) >= {"start", "end", "line", "column"}
            # Offsets index the text `fslcheck text` prints; line/column point into the source.
            line = text.splitlines()[location["line"] - 1]
            assert line[location["column"] - 1:].startswith(text[location["start"]:location["end"]].split("\n")[0])


def test_text_command_prints_what_offsets_count(runner):
    result = run(runner, "text", EXAMPLE)
    assert result.exit_code == 0
    assert result.output == EXAMPLE.read_text(encoding="utf-8")


def test_failing_document_exits_1(runner, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(NO_LEGEND)
    result = run(runner, "check", draft)
    assert result.exit_code == 1
    assert "FAIL" in result.output


@pytest.mark.parametrize("level, code", [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_levels(runner, level, code):
    # The example misses undue-reliance (warning) and a heading (info), nothing of severity error.
    assert run(runner, "check", EXAMPLE, "--fail-on", level).exit_code == code


def test_bad_input_exits_2_and_others_are_still_checked(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01" * 50)
    result = run(runner, "check", empty, binary, EXAMPLE, tmp_path / "missing.txt", "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    verdicts = {d["path"].rsplit("/", 1)[-1]: (d["verdict"], d["error"]) for d in data["documents"]}
    assert verdicts["empty.txt"] == ("error", "the file is empty")
    assert verdicts["image.txt"][0] == "error" and "binary" in verdicts["image.txt"][1]
    assert verdicts["missing.txt"] == ("error", "no such file")
    assert verdicts[EXAMPLE.name][0] == "pass"
    assert "Traceback" not in result.output
    assert f"{empty}: the file is empty" in result.stderr


def test_folder_and_stdin(runner, tmp_path):
    (tmp_path / "a.txt").write_text(EXAMPLE.read_text(encoding="utf-8"))
    (tmp_path / "b.md").write_text(NO_LEGEND)
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    data = json.loads(run(runner, "check", tmp_path, "--format", "json").output)
    assert [d["path"].rsplit("/", 1)[-1] for d in data["documents"]] == ["a.txt", "b.md"]
    result = run(runner, "check", "-", "--format", "json", input=EXAMPLE.read_text(encoding="utf-8"))
    assert json.loads(result.output)["documents"][0]["verdict"] == "pass"


def test_output_file(runner, tmp_path):
    out = tmp_path / "report.json"
    result = run(runner, "check", EXAMPLE, "--format", "json", "--output", out)
    assert result.exit_code == 0 and result.output == ""
    assert json.loads(out.read_text())["summary"]["passed"] == 1


def test_company_pack(runner):
    data = json.loads(run(runner, "check", EXAMPLE, "--rules", COMPANY_PACK, "--format", "json").output)
    findings = {f["rule"]: f for f in data["documents"][0]["findings"]}
    factors = findings["sos-staffing.risk-factors"]
    assert factors["status"] == "met" and factors["details"]["count"] == 6
    assert all(f["status"] == "met" for f in factors["details"]["factors"])


def test_bad_rule_pack_exits_2_without_traceback(runner, tmp_path):
    pack = tmp_path / "bad.yaml"
    pack.write_text("id: bad\nrules:\n  - id: x\n    kind: nope\n")
    result = run(runner, "check", EXAMPLE, "--rules", pack)
    assert result.exit_code == 2
    assert f"{pack}:4:5" in result.stderr and "unknown rule kind" in result.stderr
    assert "Traceback" not in result.output


def test_project_config_supplies_pack_and_fail_on(runner, tmp_path, monkeypatch):
    (tmp_path / ".fslcheck.yaml").write_text(f"rules: [{COMPANY_PACK}]\nfail-on: warning\n")
    monkeypatch.chdir(tmp_path)
    data = json.loads(run(runner, "check", EXAMPLE, "--format", "json").output)
    assert data["fail_on"] == "warning"
    assert any(f["rule"] == "sos-staffing.risk-factors" for f in data["documents"][0]["findings"])


def test_rules_commands(runner, tmp_path):
    listing = run(runner, "rules", "list")
    assert listing.exit_code == 0 and "pslra.no-update" in listing.output
    assert run(runner, "rules", "validate", COMPANY_PACK).exit_code == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nrules: 3\n")
    assert run(runner, "rules", "validate", bad).exit_code == 2
    tested = run(runner, "rules", "test", COMPANY_PACK)
    assert tested.exit_code == 0 and " 0 failed" in tested.output


def test_usage_error_exits_2(runner):
    assert run(runner, "check").exit_code == 2
    assert run(runner, "check", EXAMPLE, "--fail-on", "sometimes").exit_code == 2


def test_html_outputs(runner, tmp_path):
    page = tmp_path / "report.html"
    assert run(runner, "check", EXAMPLE, "--format", "html", "--output", page).exit_code == 0
    assert "<html" in page.read_text(encoding="utf-8")
    folder = tmp_path / "batch"
    result = run(runner, "check", EXAMPLE, "--html", folder)
    assert result.exit_code == 0
    assert (folder / "index.html").is_file() and len(list(folder.glob("*.html"))) == 2


def test_html_folder_defaults_to_reports(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(runner, "check", EXAMPLE, "--html").exit_code == 0
    assert (tmp_path / "reports" / "index.html").is_file()


def test_unwritable_output_is_a_clear_error(runner, tmp_path):
    result = run(runner, "check", EXAMPLE, "--output", tmp_path / "missing" / "report.json")
    assert result.exit_code == 2
    assert "cannot write the report" in result.stderr


def test_an_unforeseen_failure_is_reported_on_its_document_and_the_batch_goes_on(runner, tmp_path, monkeypatch):
    from fslcheck.documents import html

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(html, "load", broken)
    page = tmp_path / "page.htm"
    page.write_text("<html><body><p>Release.</p></body></html>")
    result = run(runner, "check", page, EXAMPLE, "--format", "json")
    assert result.exit_code == 2
    verdicts = [(d["verdict"], d["error"]) for d in json.loads(result.stdout)["documents"]]
    assert verdicts[0][0] == "error" and "RuntimeError: boom" in verdicts[0][1]
    assert verdicts[1] == ("pass", None)


def test_a_folder_with_nothing_to_check_is_an_error(runner, tmp_path):
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    result = run(runner, "check", tmp_path)
    assert result.exit_code == 2
    assert "no documents fslcheck reads" in result.stderr


def test_a_reader_that_stops_reading_standard_output_gets_one_clear_message(tmp_path):
    # `fslcheck check … | head -1`: the pipe closes while the report is being written
    batch = [str(EXAMPLE)] * 40  # a report larger than a pipe's buffer
    process = subprocess.Popen([sys.executable, "-m", "fslcheck", "check", *batch], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=120) == 2
    assert error.strip() == "fslcheck: standard output was closed before the output was written in full"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_standard_output_is_named_as_such():
    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "fslcheck", "check", str(EXAMPLE)], stdout=full,
                             stderr=subprocess.PIPE, text=True, timeout=120)
    assert run.returncode == 2
    assert "standard output: cannot write the report: No space left on device" in run.stderr
    assert "None" not in run.stderr


def test_every_command_answers_a_closed_standard_output_the_same_way(tmp_path):
    many = tmp_path / "outlook.txt"  # forward-looking sentences listed past a pipe's buffer
    many.write_text("".join(f"We expect revenue in region {n} to grow about {n % 9 + 2}% in 2027.\n\n"
                            for n in range(3000)))
    process = subprocess.Popen([sys.executable, "-m", "fslcheck", "fls", str(many)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=120) == 2
    assert "standard output was closed" in error and "Traceback" not in error
