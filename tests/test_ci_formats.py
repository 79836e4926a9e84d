"""The CI formats: SARIF against its schema, JUnit counts, GitHub workflow-command grammar and
escaping, GitLab fingerprints, the concise line format, and where a missing element points."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import fslcheck
from click.testing import CliRunner

from fslcheck.cli import main
from fslcheck.report.github_report import escape_data, escape_property

from .conftest import CORPUS, EXAMPLE, ROOT, corpus_sample

SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
NO_LEGEND = ("Acme Corp. today announced record revenue of $12 million for the quarter. "
             "The company expects revenue to grow 20% next year.\n")  # forward-looking: a legend is needed


def run(*args, env=None):
    runner = CliRunner()
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False, env=env)


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    """A working folder with the passing example, a draft without a legend, and a draft whose
    file name has a comma and a colon (escaped in GitHub properties)."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "example.txt")
    (folder / "no-legend.txt").write_text(NO_LEGEND)
    (folder / "q3, final: v2.txt").write_text(NO_LEGEND)
    monkeypatch.chdir(tmp_path)
    return folder


def _sarif(path: str = "drafts") -> dict:
    result = run("check", path, "--format", "sarif")
    assert result.exit_code == 1
    return json.loads(result.stdout)


def test_sarif_structure(drafts):
    data = _sarif()
    assert data["version"] == "2.1.0"
    (sarif_run,) = data["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    # the default pack's rules, and the oral pack's that it has not (transcripts are checked with it)
    rule_count = len({r.id for name in ("us-pslra", "us-pslra-oral") for r in fslcheck.load_pack(name).rules})
    assert len(rules) == rule_count and len({r["id"] for r in rules}) == rule_count
    for rule in rules:
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert "Legal basis:" in rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    ids = [r["id"] for r in rules]
    results = sarif_run["results"]
    assert results
    for item in results:
        assert ids[item["ruleIndex"]] == item["ruleId"]
        location = item["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert not uri.startswith(("/", "./", "file:")) and uri.startswith("drafts/")
        region = location["region"]
        assert region["startLine"] >= 1 and region["endLine"] >= region["startLine"]
        assert {"startColumn", "endColumn"} <= set(region)
        assert item["partialFingerprints"]
        assert item["properties"]["anchor"] in ("match", "legend", "document")
    # the comma and colon of a file name are percent-encoded in the URI
    assert any("q3%2C%20final%3A%20v2.txt" in r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
               for r in results)
    # a missing element in a document without a legend points at line 1
    # (legend-required quotes the body's forward-looking sentence instead)
    no_legend = [r for r in results if r["properties"]["document"] == "drafts/no-legend.txt"
                 and r["ruleId"] != "pslra.legend-required"]
    assert no_legend and all(r["properties"]["anchor"] == "document" for r in no_legend)
    assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] == 1 for r in no_legend)
    # fingerprints are stable across runs
    again = _sarif()["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in again] == [r["partialFingerprints"] for r in results]


def _validate_sarif(data: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the SARIF schema is not beside this checkout ({SARIF_SCHEMA}); it exists in CI only")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


def test_sarif_validates_against_the_schema(drafts):
    _validate_sarif(_sarif())


def test_sarif_of_a_corpus_batch_validates(tmp_path, monkeypatch):
    if not (CORPUS / "releases").is_dir():
        pytest.skip("the shared corpus is not beside this checkout; it exists in CI only")
    monkeypatch.chdir(ROOT)
    result = run("check", *corpus_sample(), "--format", "sarif", "--jobs", "2")
    assert result.exit_code in (1, 2)
    data = json.loads(result.stdout)
    _validate_sarif(data)
    assert len(data["runs"][0]["results"]) > 100


def test_junit_parses_with_the_counts_right(drafts):
    result = run("check", "drafts", "--format", "junit")
    root = ET.fromstring(result.stdout)
    suites = root.findall("testsuite")
    assert len(suites) == 3
    for suite in suites:
        cases = suite.findall("testcase")
        assert len(cases) == len(fslcheck.load_pack("us-pslra").rules) == int(suite.get("tests"))
        assert int(suite.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
        assert int(suite.get("skipped")) == sum(1 for c in cases if c.find("skipped") is not None)
    by_name = {s.get("name"): s for s in suites}
    assert by_name["drafts/example.txt"].get("failures") == "0"
    assert int(by_name["drafts/no-legend.txt"].get("failures")) >= 4  # the error-severity rules
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites)
    # --fail-on warning turns the example's missing warning into a failure
    strict = ET.fromstring(run("check", "drafts/example.txt", "--format", "junit", "--fail-on", "warning").stdout)
    assert strict.get("failures") == "1"


def test_junit_reads_with_a_junit_reader(drafts):
    """junitparser reads it as CI servers do: the counts it finds in the test cases are ours."""
    junitparser = pytest.importorskip("junitparser")
    (drafts / "empty.txt").write_text("")
    Path("junit.xml").write_text(run("check", "drafts", "--format", "junit").stdout)
    xml = junitparser.JUnitXml.fromfile("junit.xml")
    suites = list(xml)
    assert len(suites) == 4
    for suite in suites:
        cases = list(suite)
        kinds = [type(r).__name__ for case in cases for r in case.result]
        assert (suite.tests, suite.failures, suite.errors, suite.skipped) == (
            len(cases), kinds.count("Failure"), kinds.count("Error"), kinds.count("Skipped"))
    assert xml.errors == 1 and xml.failures == sum(s.failures for s in suites) > 0


GITHUB_LINE = re.compile(
    r"^::(error|warning|notice) "
    r"file=[^,:\r\n]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:\r\n]+"
    r"::[^\r\n]*$"
)


def test_github_lines_match_the_workflow_command_grammar(drafts):
    result = run("check", "drafts", "--format", "github")
    lines = result.stdout.splitlines()
    assert lines
    for line in lines:
        assert GITHUB_LINE.match(line), line
    assert any("file=drafts/q3%2C final%3A v2.txt," in line for line in lines)
    assert not any("file=./" in line for line in lines)


def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_text_format_emits_workflow_commands_under_github_actions(drafts):
    plain = run("check", "drafts/no-legend.txt", env={"GITHUB_ACTIONS": ""})
    assert "::error" not in plain.stdout
    actions = run("check", "drafts/no-legend.txt", env={"GITHUB_ACTIONS": "true"})
    assert "FAIL" in actions.stdout
    assert any(GITHUB_LINE.match(line) for line in actions.stdout.splitlines())


def test_gitlab_fingerprints_unique_and_stable(drafts):
    first = json.loads(run("check", "drafts", "--format", "gitlab").stdout)
    second = json.loads(run("check", "drafts", "--format", "gitlab").stdout)
    fingerprints = [issue["fingerprint"] for issue in first]
    assert len(fingerprints) == len(set(fingerprints)) > 5
    assert fingerprints == [issue["fingerprint"] for issue in second]
    for issue in first:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["path"].startswith("drafts/") and issue["location"]["lines"]["begin"] >= 1


def test_gitlab_fingerprints_do_not_depend_on_the_machine(drafts, tmp_path, monkeypatch):
    first = json.loads(run("check", "drafts", "--format", "gitlab").stdout)
    elsewhere = tmp_path / "clone"
    shutil.copytree(drafts, elsewhere / "drafts")
    monkeypatch.chdir(elsewhere)
    second = json.loads(run("check", "drafts", "--format", "gitlab").stdout)
    assert [i["fingerprint"] for i in first] == [i["fingerprint"] for i in second]


def test_concise_lines(drafts):
    result = run("check", "drafts", "--format", "concise")
    *lines, summary = result.stdout.splitlines()
    pattern = re.compile(r"^(drafts/[^:]+|drafts/q3, final: v2\.txt):(\d+):(\d+): (error|warning|info) (\S+) .+$")
    assert lines and all(pattern.match(line) for line in lines), lines
    assert "document(s)" in summary
    # the example's missing undue-reliance points at its legend's first line (33: "IMPORTANT NOTE:")
    assert "drafts/example.txt:33:1: warning pslra.undue-reliance" in result.stdout


def test_json_missing_points_at_the_legend(drafts):
    data = json.loads(run("check", "drafts/example.txt", "--format", "json").stdout)
    findings = {f["rule"]: f for f in data["documents"][0]["findings"]}
    missing = findings["pslra.undue-reliance"]
    assert missing["status"] == "missing" and missing["anchor"] == "legend"
    assert missing["location"]["line"] == 33
    assert findings["pslra.no-update"]["anchor"] == "match"
    no_legend = json.loads(run("check", "drafts/no-legend.txt", "--format", "json").stdout)
    findings = {f["rule"]: f for f in no_legend["documents"][0]["findings"]}
    # legend-required quotes the body's forward-looking sentence; the other missing elements have
    # no legend to point at: line 1
    assert findings["pslra.legend-required"]["anchor"] == "match"
    anchors = {f["anchor"] for rule, f in findings.items() if f["status"] == "missing" and rule != "pslra.legend-required"}
    assert anchors == {"document"}


def test_report_option_writes_several_formats(drafts):
    result = run("check", "drafts", "--format", "concise", "--report", "sarif:out/fsl.sarif",
                 "--report", "junit:out/junit.xml", "-q")
    # the out/ folder does not exist: the sarif file cannot be written
    assert result.exit_code == 2 and "cannot write the sarif report" in result.stderr
    # an HTML folder that cannot be made is refused before anything is checked
    Path("taken").write_text("a file")
    result = run("check", "drafts", "--report", "html:taken/html")
    assert result.exit_code == 2 and "cannot write the html report" in result.stderr and result.stdout == ""
    Path("out").mkdir()
    result = run("check", "drafts", "--output-format", "concise", "--report", "sarif:out/fsl.sarif",
                 "--report", "junit:out/junit.xml", "--report", "html:out/html")
    assert result.exit_code == 1
    assert json.loads(Path("out/fsl.sarif").read_text())["version"] == "2.1.0"
    assert ET.parse("out/junit.xml").getroot().tag == "testsuites"
    assert len(list(Path("out/html").glob("*.html"))) == 4  # the index and a page each
    assert "pslra." in result.stdout  # the main output is still there


def test_bad_report_spec_is_a_usage_error(drafts):
    result = run("check", "drafts", "--report", "pdf:x.pdf")
    assert result.exit_code == 2 and "FORMAT:PATH" in result.stderr
