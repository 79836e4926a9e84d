"""The integrations: a real pre-commit run in a temporary git repository, the GitHub Action, and
the README's copy-paste blocks and CI commands."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from fslcheck.documents import SUPPORTED_EXTENSIONS

from .conftest import EXAMPLE, ROOT

HOOKS = ROOT / ".pre-commit-hooks.yaml"
ACTION = ROOT / "action.yml"
README = ROOT / "README.md"
NO_LEGEND = ("Acme Corp. today announced record revenue of $12 million for the quarter. "
             "The company expects revenue to grow 20% next year.\n")  # forward-looking: a legend is needed


def _hook() -> dict:
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    return hook


def test_hook_files_cover_every_supported_extension_and_skip_readmes():
    hook = _hook()
    assert hook["id"] == "fslcheck" and hook["entry"].split()[:2] == ["fslcheck", "check"]
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
    for extension in SUPPORTED_EXTENSIONS:
        assert files.search(f"drafts/q3{extension}"), extension
    assert not files.search("drafts/logo.png") and not files.search("setup.py")
    assert exclude.search("README.md") and exclude.search("docs/CHANGELOG.txt")
    assert not exclude.search("drafts/q3-readme-notes.md")


def _git(repo: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_blocks_a_draft_with_a_missing_element(tmp_path):
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
    if pre_commit is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    repo = tmp_path / "releases"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_NOSYSTEM": "1", "PRE_COMMIT_COLOR": "never"}
    env.pop("GITHUB_ACTIONS", None)
    # The hook as this repository ships it (.pre-commit-hooks.yaml), run as a local hook with the
    # fslcheck installed here: no network, no clone of the hook repository.
    hook = _hook()
    local = {**hook, "language": "system", "entry": f"{shlex.quote(sys.executable)} -m fslcheck check"}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))
    assert _git(repo, "init", "-q", env=env).returncode == 0
    assert subprocess.run([pre_commit, "install"], cwd=repo, env=env, capture_output=True, timeout=300).returncode == 0
    (repo / "README.md").write_text("# Releases\n")
    drafts = repo / "drafts"
    drafts.mkdir()
    (drafts / "q3.txt").write_text(NO_LEGEND)
    _git(repo, "add", ".", env=env)
    blocked = _git(repo, "commit", "-m", "draft", env=env)
    assert blocked.returncode != 0, blocked.stdout + blocked.stderr
    assert "pslra.legend-required" in blocked.stdout + blocked.stderr
    assert _git(repo, "log", "--oneline", env=env).stdout == ""  # nothing committed
    # the fixed draft passes (and README.md is not taken for a release)
    shutil.copy(EXAMPLE, drafts / "q3.txt")
    _git(repo, "add", ".", env=env)
    passed = _git(repo, "commit", "-m", "draft with its legend", env=env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "fslcheck" in passed.stdout + passed.stderr and "Passed" in passed.stdout + passed.stderr


def test_action_is_composite_installs_runs_and_uploads_sarif():
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    scripts = " ".join(step.get("run", "") for step in steps)
    assert "pip install" in scripts and "fslcheck check" in scripts and "--report \"sarif:" in scripts
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps)
    # inputs reach the scripts through the environment, never pasted into them
    assert "${{ inputs." not in scripts


def _readme_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_readme_copy_paste_blocks_parse():
    blocks = [yaml.safe_load(block) for block in _readme_blocks("yaml")]
    precommit = [b for b in blocks if isinstance(b, dict) and "repos" in b]
    assert precommit and precommit[0]["repos"][0]["hooks"][0]["id"] == "fslcheck"
    workflow = [b for b in blocks if isinstance(b, dict) and "jobs" in b]
    assert workflow and "security-events: write" in README.read_text(encoding="utf-8")
    gitlab = [b for b in blocks if isinstance(b, dict) and "fslcheck" in b and "script" in b["fslcheck"]]
    assert gitlab
    reports = gitlab[0]["fslcheck"]["artifacts"]["reports"]
    assert set(reports) == {"codequality", "junit"}


def _ci_commands() -> list[str]:
    """The `fslcheck check` lines of the README's CI sections (between the two markers)."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The CI gate"):text.index("## Rule packs")]
    commands = []
    for block in re.findall(r"```(?:sh|yaml)\n(.*?)```", section, re.S):
        for line in block.splitlines():
            line = line.strip().lstrip("- ").strip()
            if line.startswith("fslcheck check"):
                commands.append(line.split("  #")[0].strip())
    return commands


def test_readme_ci_commands_run(tmp_path):
    commands = _ci_commands()
    assert len(commands) >= 6
    for folder in ("drafts", "archive"):
        (tmp_path / folder).mkdir()
        shutil.copy(EXAMPLE, tmp_path / folder / "example.txt")
        (tmp_path / folder / "no-legend.md").write_text(NO_LEGEND)
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    for command in commands:
        argv = shlex.split(command.replace("$FSLCHECK_PATHS", "drafts/"))
        result = subprocess.run([sys.executable, "-m", "fslcheck", *argv[1:]], cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode in (0, 1), f"{command}: {result.stderr}"
