"""The gate's policy: waivers (applied, expired, unused), a baseline that survives re-wrapping,
--jobs giving identical output, --quiet and the summary, and the command-line fixes (HTML with
several documents, --html never taking a document, colour, errors once, --help)."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from fslcheck.cli import main

from .conftest import CORPUS, EXAMPLE, ROOT, corpus_sample

NO_LEGEND = ("Acme Corp. today announced record revenue of $12 million for the quarter. "
             "The company expects revenue to grow 20% next year.\n")  # forward-looking: a legend is needed


def run(*args, env=None, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, env=env, input=input)


@pytest.fixture
def work(tmp_path, monkeypatch):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    shutil.copy(EXAMPLE, drafts / "2003-q3.txt")
    (drafts / "new.txt").write_text(NO_LEGEND)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _waiver(rule: str, path: str, expires: date) -> str:
    return (f"  - rule: {rule}\n    path: \"{path}\"\n    reason: Counsel accepts the 2003 wording.\n"
            f"    approved_by: J. Doe\n    expires: {expires.isoformat()}\n")


def _findings(result) -> dict[str, dict[str, dict]]:
    data = json.loads(result.stdout)
    return {d["path"].rsplit("/", 1)[-1]: {f["rule"]: f for f in d["findings"]} for d in data["documents"]}


def test_waiver_applied_keeps_its_place_and_no_longer_fails(work):
    future = date.today() + timedelta(days=30)
    (work / ".fslcheck.yaml").write_text("fail-on: warning\nwaivers:\n" + _waiver("pslra.undue-reliance", "drafts/2003-*", future)
                                         + _waiver("pslra.heading", "drafts/2003-*", future))
    assert run("check", "drafts/2003-q3.txt").exit_code == 0  # both problems waived
    result = run("check", "drafts/2003-q3.txt", "--format", "json")
    waived = _findings(result)["2003-q3.txt"]["pslra.undue-reliance"]
    assert waived["status"] == "waived"
    assert waived["waiver"]["reason"] == "Counsel accepts the 2003 wording."
    assert waived["waiver"]["approved_by"] == "J. Doe" and waived["waiver"]["expires"] == future.isoformat()
    assert waived["waiver"]["was"] == "missing" and ".fslcheck.yaml:" in waived["waiver"]["source"]
    sarif = json.loads(run("check", "drafts/2003-q3.txt", "--format", "sarif").stdout)
    suppressed = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "pslra.undue-reliance"]
    assert suppressed[0]["suppressions"][0]["justification"].startswith("Counsel accepts")
    text = run("check", "drafts/2003-q3.txt").stdout
    assert "waived" in text and "approved by J. Doe" in text and "2 waived" in text


def test_waiver_path_glob_limits_it(work):
    future = date.today() + timedelta(days=30)
    (work / ".fslcheck.yaml").write_text("waivers:\n" + _waiver("pslra.*", "drafts/2003-*", future))
    result = run("check", "drafts", "--format", "json")
    findings = _findings(result)
    assert findings["new.txt"]["pslra.identification"]["status"] == "missing"  # not waived
    assert findings["2003-q3.txt"]["pslra.heading"]["status"] == "waived"
    assert result.exit_code == 1


def test_expired_waiver_stops_applying_and_is_a_warning(work):
    past = date.today() - timedelta(days=1)
    (work / ".fslcheck.yaml").write_text("fail-on: warning\nwaivers:\n" + _waiver("pslra.undue-reliance", "drafts/2003-*", past))
    result = run("check", "drafts/2003-q3.txt", "--format", "json")
    assert result.exit_code == 1
    assert _findings(result)["2003-q3.txt"]["pslra.undue-reliance"]["status"] == "missing"
    notices = json.loads(result.stdout)["notices"]
    assert [n["kind"] for n in notices] == ["expired-waiver"] and past.isoformat() in notices[0]["message"]
    assert "warning:" in result.stderr and "expired" in result.stderr


def test_unused_waiver_is_reported(work):
    future = date.today() + timedelta(days=30)
    (work / ".fslcheck.yaml").write_text("waivers:\n" + _waiver("pslra.no-update", "drafts/2003-*", future))
    result = run("check", "drafts/2003-q3.txt", "--format", "json")  # no-update is met there
    notices = json.loads(result.stdout)["notices"]
    assert [n["kind"] for n in notices] == ["unused-waiver"]
    assert notices[0]["source"].endswith(".fslcheck.yaml:2")


def test_waiver_for_a_misspelt_rule_suggests_the_id(work):
    future = date.today() + timedelta(days=30)
    (work / ".fslcheck.yaml").write_text("waivers:\n" + _waiver("pslra.undue-relaince", "drafts/*", future))
    result = run("check", "drafts/2003-q3.txt")
    assert "did you mean 'pslra.undue-reliance'" in result.stderr


def test_waiver_needs_its_audit_fields(work):
    (work / ".fslcheck.yaml").write_text("waivers:\n  - rule: pslra.heading\n    path: '*'\n    reason: ok\n")
    result = run("check", "drafts")
    assert result.exit_code == 2 and "approved_by" in result.stderr and ".fslcheck.yaml:2" in result.stderr


def test_waiver_with_an_impossible_date_names_the_line(work):
    (work / ".fslcheck.yaml").write_text("waivers:\n" + _waiver("pslra.heading", "*", date(2027, 2, 1)).replace(
        "2027-02-01", "2027-02-30"))
    result = run("check", "drafts")
    assert result.exit_code == 2 and ".fslcheck.yaml:6:" in result.stderr and "not a date" in result.stderr
    assert "Traceback" not in result.output


def test_baseline_old_problems_pass_new_ones_fail(work):
    assert run("check", "drafts").exit_code == 1
    written = run("check", "drafts", "--write-baseline", "baseline.json")
    assert written.exit_code == 0 and (work / "baseline.json").is_file()
    entries = json.loads((work / "baseline.json").read_text())["problems"]
    assert entries and all(set(e) == {"rule", "path", "status", "fingerprint"} for e in entries)
    result = run("check", "drafts", "--baseline", "baseline.json", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["problems"]["baselined"] == len(entries)
    # a new document with a problem fails; the old ones still pass
    (work / "drafts" / "another.txt").write_text(NO_LEGEND.replace("Acme", "Globex"))
    result = run("check", "drafts", "--baseline", "baseline.json", "--format", "json")
    assert result.exit_code == 1
    verdicts = {d["path"].rsplit("/", 1)[-1]: d["verdict"] for d in json.loads(result.stdout)["documents"]}
    assert verdicts == {"2003-q3.txt": "pass", "another.txt": "fail", "new.txt": "pass"}


def test_baseline_survives_rewrapping_and_moved_lines(work):
    # a weak finding (the Act's year misstated) quotes the document's words: re-wrap the
    # paragraph, break a hyphenated word over two lines, add lines above it
    draft = work / "drafts" / "new.txt"
    draft.write_text("This press release contains forward-looking statements within the meaning of the "
                     "Private Securities Litigation Reform Act of 1993. Actual results could differ from "
                     "our forward-looking statements.\n")
    assert run("check", "drafts/new.txt", "--write-baseline", "b.json").exit_code == 0
    entries = json.loads((work / "b.json").read_text())["problems"]
    assert {"rule": "pslra.statute", "status": "weak"}.items() <= next(
        e for e in entries if e["rule"] == "pslra.statute").items()
    before = {e["rule"]: e["fingerprint"] for e in entries}
    wrapped = textwrap.fill(draft.read_text(), width=30)
    draft.write_text("ACME CORP\n\nPress release\n\n" + wrapped.replace("forward-looking", "forward-\nlooking") + "\n")
    result = run("check", "drafts/new.txt", "--baseline", "b.json", "--format", "json")
    assert result.exit_code == 0, result.stdout
    rewrapped = run("check", "drafts/new.txt", "--write-baseline", "c.json")
    assert rewrapped.exit_code == 0
    after = {e["rule"]: e["fingerprint"] for e in json.loads((work / "c.json").read_text())["problems"]}
    assert after == before
    # the statute reference gone altogether (weak becomes missing) is a new problem: it fails
    draft.write_text("ACME CORP\n\nPress release\n\nThis press release contains forward-looking statements. "
                     "Actual results could differ from our forward-looking statements.\n")
    worse = run("check", "drafts/new.txt", "--baseline", "b.json", "--format", "json", "--fail-on", "warning")
    assert worse.exit_code == 1  # the statute rule is a warning
    findings = {f["rule"]: f for f in json.loads(worse.stdout)["documents"][0]["findings"]}
    assert findings["pslra.statute"]["status"] == "missing"
    assert not findings["pslra.statute"].get("baselined")
    assert findings["pslra.no-update"].get("baselined")  # missing before, missing now: known


def test_bad_baseline_is_an_error(work):
    (work / "b.json").write_text("[1, 2]")
    result = run("check", "drafts", "--baseline", "b.json")
    assert result.exit_code == 2 and "not an fslcheck baseline" in result.stderr
    assert run("check", "drafts", "--baseline", "nope.json").exit_code == 2


def _scrub(text: str) -> str:
    return re.sub(r"\d{4}-\d{2}-\d{2}[T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?( UTC)?", "<time>", text)


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "text", "concise"])
def test_jobs_output_is_byte_identical(work, fmt):
    for i in range(6):
        shutil.copy(EXAMPLE if i % 2 else work / "drafts" / "new.txt", work / "drafts" / f"copy{i}.txt")
    one = run("check", "drafts", "--format", fmt, "--jobs", "1")
    two = run("check", "drafts", "--format", fmt, "--jobs", "2")
    assert one.exit_code == two.exit_code == 1
    assert _scrub(one.stdout) == _scrub(two.stdout) and len(one.stdout) > 100


def test_jobs_on_the_corpus_is_byte_identical(monkeypatch):
    if not (CORPUS / "releases").is_dir():
        pytest.skip("the shared corpus is not beside this checkout; it exists in CI only")
    monkeypatch.chdir(ROOT)
    sample = corpus_sample()
    one = run("check", *sample, "--format", "json", "--jobs", "1")
    two = run("check", *sample, "--format", "json", "--jobs", "2")
    assert one.stdout == two.stdout and one.stderr == two.stderr
    assert len(json.loads(one.stdout)["documents"]) >= len(sample) >= 20


def test_quiet_shows_problems_only_and_the_summary_counts(work):
    loud = run("check", "drafts").stdout
    quiet = run("check", "drafts", "--quiet").stdout
    assert " met " in loud and " met " not in quiet
    assert "pslra.undue-reliance" in quiet
    summary = quiet.strip().splitlines()[-1]
    assert re.search(r"2 document\(s\): 1 passed, 1 failed, 0 error\(s\); problems: \d+ error, \d+ warning, "
                     r"\d+ info, 0 waived, 0 baselined", summary), summary


def test_format_html_with_several_documents_refuses_up_front(work):
    result = run("check", "drafts", "--format", "html", "-o", "x.html")
    assert result.exit_code == 2 and "--html=DIR" in result.stderr
    assert not (work / "x.html").exists()


def test_html_never_takes_a_document_for_its_folder(work):
    result = run("check", "--html", "drafts/2003-q3.txt")
    assert result.exit_code == 0
    assert (work / "reports" / "index.html").is_file()
    result = run("check", "drafts/2003-q3.txt", "--html=out")
    assert result.exit_code == 0 and (work / "out" / "index.html").is_file()
    # an existing report folder (it has an index) is taken as the folder
    result = run("check", "drafts/2003-q3.txt", "--html", "out")
    assert result.exit_code == 0


def test_color_forced_when_piped_and_no_color_honoured(work):
    assert "\x1b[" in run("check", "drafts/2003-q3.txt", "--color").stdout
    assert "\x1b[" not in run("check", "drafts/2003-q3.txt").stdout
    assert "\x1b[" in run("check", "drafts/2003-q3.txt", env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" not in run("check", "drafts/2003-q3.txt", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout


def test_every_error_once_on_stderr(work):
    (work / "drafts" / "empty.txt").write_text("")
    result = run("check", "drafts")
    assert result.exit_code == 2
    assert result.stderr.count("the file is empty") == 1
    assert "the file is empty" not in result.stdout


@pytest.mark.parametrize("command", [["check"], ["text"], ["rules"], ["rules", "list"], ["rules", "validate"],
                                     ["rules", "test"], ["config"], []])
def test_help_shows_examples_and_exit_codes(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert "Exit codes" in result.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "gitlab", "concise"])
def test_streamed_report_is_the_whole_render(work, fmt):
    """The command line renders a document at a time; a finished Result rendered whole gives the
    same bytes (timestamps aside)."""
    import fslcheck
    from fslcheck.report import RenderOptions, render

    (work / "drafts" / "empty.txt").write_text("")
    streamed = run("check", "drafts", "--format", fmt, "--no-color")
    result = fslcheck.check(["drafts"])
    whole = render(result, fmt, RenderOptions(notices_on_stderr=True))
    assert _scrub(streamed.stdout) == _scrub(whole)


def test_a_crashing_worker_costs_one_document(work, monkeypatch):
    """A native crash (here: a worker that exits on one file) is that file's error; the batch goes
    on and the other documents are reported as usual."""
    import multiprocessing
    import os

    from fslcheck import batch

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the crash is injected by patching, which only forked workers inherit")
    # The pool normally starts its workers from the forkserver; forked ones inherit the patch.
    monkeypatch.setattr(batch, "_pool_context", lambda: multiprocessing.get_context("fork"))

    real = batch.check_path

    def crashing(path, *args, **kwargs):
        if path.endswith("crash.txt"):
            os._exit(134)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(batch, "check_path", crashing)  # inherited by forked workers
    for i in range(4):
        shutil.copy(EXAMPLE, work / "drafts" / f"ok{i}.txt")
    shutil.copy(EXAMPLE, work / "drafts" / "crash.txt")
    result = run("check", "drafts", "--format", "json", "--jobs", "2")
    assert result.exit_code == 2
    documents = {d["path"].rsplit("/", 1)[-1]: d for d in json.loads(result.stdout)["documents"]}
    assert "process died" in documents["crash.txt"]["error"]
    assert all(documents[f"ok{i}.txt"]["verdict"] == "pass" for i in range(4))
    assert documents["new.txt"]["verdict"] == "fail"


def test_progress_bar_only_for_long_batches_on_a_terminal_outside_ci(monkeypatch):
    from fslcheck import cli

    for name in ("CI", "GITHUB_ACTIONS", "GITLAB_CI"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True, raising=False)
    assert cli._show_progress(False, 100)
    assert not cli._show_progress(False, 5) and not cli._show_progress(True, 100)
    monkeypatch.setenv("CI", "true")
    assert not cli._show_progress(False, 100)
    monkeypatch.delenv("CI")
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: False, raising=False)
    assert not cli._show_progress(False, 100)


def test_streamed_html_folder_is_what_write_batch_writes(work, monkeypatch):
    """The command line writes each page as its document is checked; the files are the bytes
    html_report.write_batch writes for the finished result (same names, same index)."""
    import fslcheck
    from fslcheck.report import RenderOptions, html_report

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    (work / "drafts" / "sub").mkdir()
    shutil.copy(EXAMPLE, work / "drafts" / "sub" / "new.txt")  # the same file name twice
    (work / "drafts" / "empty.txt").write_text("")
    result = run("check", "drafts", "--html=streamed")
    assert result.exit_code == 2
    whole = fslcheck.check(["drafts"])
    html_report.write_batch(whole, work / "whole", RenderOptions(version=fslcheck.__version__))
    streamed = sorted(p.name for p in (work / "streamed").iterdir())
    # four pages and the index, and the folder's manifest of what fslcheck wrote (with its lock)
    assert streamed == sorted(p.name for p in (work / "whole").iterdir()) and len(streamed) == 7
    for name in streamed:
        assert (work / "streamed" / name).read_bytes() == (work / "whole" / name).read_bytes(), name
