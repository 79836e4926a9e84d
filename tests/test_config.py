"""Project configuration: nearest to each document wins, pyproject.toml vs .fslcheck.yaml,
errors with file, line, key and a suggestion, overrides, and `fslcheck config`."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from fslcheck.cli import main
from fslcheck.config import ConfigError, ConfigFinder, read_config

from .conftest import EXAMPLE


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _fail_on_by_document(path) -> dict[str, str]:
    data = json.loads(run("check", path, "--format", "json").stdout)
    return {d["path"].rsplit("/", 1)[-1]: d for d in data["documents"]}


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """repo/.fslcheck.yaml (fail-on never), repo/team/pyproject.toml (fail-on warning),
    repo/team/sub/.fslcheck.yaml (fail-on info) with the example in each folder."""
    repo = tmp_path / "repo"
    (repo / "team" / "sub").mkdir(parents=True)
    (repo / ".fslcheck.yaml").write_text("fail-on: never\n")
    (repo / "team" / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.fslcheck]\nfail-on = "warning"\n')
    (repo / "team" / "sub" / ".fslcheck.yaml").write_text("fail-on: info\n")
    for folder, name in ((repo, "top.txt"), (repo / "team", "mid.txt"), (repo / "team" / "sub", "low.txt")):
        shutil.copy(EXAMPLE, folder / name)
    monkeypatch.chdir(tmp_path)
    return repo


def test_nearest_config_wins_for_each_document(tree):
    finder = ConfigFinder()
    assert finder.for_path(str(tree / "top.txt")).fail_on == "never"
    assert finder.for_path(str(tree / "team" / "mid.txt")).fail_on == "warning"
    assert finder.for_path(str(tree / "team" / "sub" / "low.txt")).fail_on == "info"
    # the example misses a warning and an info rule: it fails at warning and info, not at never
    verdicts = {name: d["verdict"] for name, d in _fail_on_by_document(tree).items()}
    assert verdicts == {"top.txt": "pass", "mid.txt": "fail", "low.txt": "fail"}


def test_yaml_wins_over_pyproject_in_the_same_folder(tree):
    (tree / "team" / ".fslcheck.yaml").write_text("fail-on: never\n")
    assert ConfigFinder().for_path(str(tree / "team" / "mid.txt")).fail_on == "never"


def test_pyproject_without_the_table_is_not_a_config(tree):
    (tree / "team" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert ConfigFinder().for_path(str(tree / "team" / "mid.txt")).fail_on == "never"  # repo's


def test_command_line_beats_config(tree):
    data = json.loads(run("check", tree, "--format", "json", "--fail-on", "error").stdout)
    assert {d["verdict"] for d in data["documents"]} == {"pass"}


@pytest.mark.parametrize(
    "name, content, where, says",
    [
        (".fslcheck.yaml", "rules: [us-pslra]\nfail_on: warning\n", ":2:1: ", ["fail_on", "did you mean 'fail-on'"]),
        (
            ".fslcheck.yaml",
            "fail-on: warning\noverrides:\n  pslra.heading:\n    severity: fatal\n",
            ":4:",
            ["overrides.pslra.heading.severity"],
        ),
        (
            "pyproject.toml",
            '[project]\nname = "x"\n\n[tool.fslcheck]\nfail-on = "error"\nexlude = ["a/"]\n',
            ":6:",
            ["did you mean 'exclude'"],
        ),
    ],
    ids=["unknown-key-suggests", "wrong-value", "pyproject-key"],
)
def test_config_error_names_file_line_and_key(tmp_path, name, content, where, says):
    config = tmp_path / name
    config.write_text(content)
    with pytest.raises(ConfigError) as raised:
        read_config(config)
    message = str(raised.value)
    assert message.startswith(f"{config}{where}")
    for fragment in says:
        assert fragment in message


def test_broken_config_exits_2_without_traceback(tmp_path, monkeypatch):
    (tmp_path / ".fslcheck.yaml").write_text("fail-on: [unclosed\n")
    shutil.copy(EXAMPLE, tmp_path / "a.txt")
    monkeypatch.chdir(tmp_path)
    result = run("check", "a.txt")
    assert result.exit_code == 2 and ".fslcheck.yaml:" in result.stderr and "Traceback" not in result.output


def test_overrides_change_severity_and_threshold(tmp_path, monkeypatch):
    (tmp_path / ".fslcheck.yaml").write_text(
        "overrides:\n  pslra.undue-reliance: {severity: error}\n  pslra.heading: {enabled: false}\n"
        "  pslra.no-update: {threshold: 95}\n")
    shutil.copy(EXAMPLE, tmp_path / "a.txt")
    monkeypatch.chdir(tmp_path)
    result = run("check", "a.txt", "--format", "json")
    assert result.exit_code == 1  # undue-reliance is missing, now an error
    findings = {f["rule"]: f for f in json.loads(result.stdout)["documents"][0]["findings"]}
    assert findings["pslra.undue-reliance"]["severity"] == "error"
    assert "pslra.heading" not in findings


def test_override_of_an_unknown_rule_suggests_the_id(tmp_path, monkeypatch):
    (tmp_path / ".fslcheck.yaml").write_text("overrides:\n  pslra.no-updates: {severity: error}\n")
    shutil.copy(EXAMPLE, tmp_path / "a.txt")
    monkeypatch.chdir(tmp_path)
    result = run("check", "a.txt")
    assert result.exit_code == 2 and "did you mean 'pslra.no-update'" in result.stderr
    assert ".fslcheck.yaml:1" in result.stderr


def test_config_command_says_where_each_value_comes_from(tree):
    result = run("config", tree / "team" / "mid.txt")
    assert result.exit_code == 0
    assert f"fail-on: warning    # {tree / 'team' / 'pyproject.toml'}:5" in result.stdout
    assert "rules: [us-pslra]    # default" in result.stdout
    cli = run("config", tree / "team" / "mid.txt", "--fail-on", "error")
    assert "fail-on: error    # command line" in cli.stdout


def test_yaml_aliases_are_refused(tmp_path):
    config = tmp_path / ".fslcheck.yaml"
    config.write_text("include: &a [*a]\n")
    with pytest.raises(ConfigError) as raised:
        read_config(config)
    assert f"{config}:1:" in str(raised.value) and "aliases" in str(raised.value)
