"""Walking folders: .gitignore (git's rules), hidden folders, README-like files, include/exclude,
--no-ignore, and symbolic links that stay inside (or leave) the folders given."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fslcheck.config import ConfigFinder
from fslcheck.discovery import WalkOptions, discover

DOC = "Acme Corp. today announced record revenue.\n"


def _names(found: list[str], root: Path) -> list[str]:
    return sorted(Path(f).relative_to(root).as_posix() for f in found)


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "repo"
    for name in ("drafts/q1.md", "drafts/q2.txt", "drafts/archive/old.txt", "build/out.html",
                 "node_modules/pkg/readme.md", ".git/description.txt", ".github/notes.md", "README.md",
                 "drafts/keep.log.txt", "drafts/sub/q3.htm", "drafts/sub/scratch.txt", "image.png"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(DOC)
    (root / ".gitignore").write_text("build/\n*.log.txt\n")
    (root / "drafts" / "sub" / ".gitignore").write_text("scratch.txt\n")
    return root


def test_gitignore_hidden_and_project_files_are_left_out(repo):
    assert _names(discover([str(repo)]), repo) == [
        "drafts/archive/old.txt", "drafts/q1.md", "drafts/q2.txt", "drafts/sub/q3.htm"]


def test_a_subfolder_inherits_the_repository_gitignore(repo):
    (repo / "drafts" / "x.log.txt").write_text(DOC)
    found = _names(discover([str(repo / "drafts")]), repo)
    assert "drafts/x.log.txt" not in found and "drafts/keep.log.txt" not in found
    assert "drafts/sub/scratch.txt" not in found and "drafts/q1.md" in found


def test_negation_in_a_deeper_gitignore(repo):
    (repo / "drafts" / ".gitignore").write_text("!keep.log.txt\n")
    assert "drafts/keep.log.txt" in _names(discover([str(repo)]), repo)


def test_no_ignore_walks_everything_but_git(repo):
    found = _names(discover([str(repo)], WalkOptions(ignore=False)), repo)
    assert "build/out.html" in found and ".github/notes.md" in found and "README.md" in found
    assert "drafts/sub/scratch.txt" in found and not any(f.startswith(".git/") for f in found)


def test_a_file_named_on_the_command_line_is_always_checked(repo):
    assert discover([str(repo / "build" / "out.html")]) == [str(repo / "build" / "out.html")]


def test_include_and_exclude_from_the_config(repo):
    (repo / ".fslcheck.yaml").write_text('include: ["drafts/**"]\nexclude: ["drafts/archive/"]\n')
    finder = ConfigFinder()

    def scope(path):
        config = finder.for_path(str(path))
        return config.folder, config.include, config.exclude

    assert _names(discover([str(repo)], scope=scope), repo) == ["drafts/q1.md", "drafts/q2.txt", "drafts/sub/q3.htm"]


def test_symlinks_followed_only_inside_the_given_folders(tmp_path, repo):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(DOC)
    try:
        os.symlink(outside, repo / "drafts" / "link-out")
        os.symlink(repo / "drafts" / "sub", repo / "drafts" / "link-in")
        os.symlink(repo / "drafts", repo / "drafts" / "sub" / "loop")
    except OSError:
        pytest.skip("symbolic links are not available here")
    found = _names(discover([str(repo / "drafts")]), repo)
    assert "drafts/sub/q3.htm" in found and "drafts/link-in/q3.htm" not in found  # once, its own path
    assert not any("secret" in f for f in found)
    followed = discover([str(repo / "drafts")], WalkOptions(follow_symlinks=True))
    assert any(f.endswith("secret.txt") for f in followed)


def test_an_empty_folder_stays_to_be_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    assert discover([str(tmp_path / "empty")]) == [str(tmp_path / "empty")]


def test_a_linked_secret_is_not_published(tmp_path, repo):
    """issue 13, item 8: `ln -s /etc/passwd drafts/x.txt` must not put the secret in a report."""
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    try:
        os.symlink(secret, repo / "drafts" / "x.txt")
    except OSError:
        pytest.skip("symbolic links are not available here")
    found = discover([str(repo / "drafts")])
    assert not any(f.endswith("x.txt") for f in found) and found
    assert any(f.endswith("x.txt") for f in discover([str(repo / "drafts")], WalkOptions(follow_symlinks=True)))
    # a link inside the given folders is followed
    os.symlink(repo / "drafts" / "q1.md", repo / "drafts" / "alias.md")
    assert not any(f.endswith("alias.md") for f in discover([str(repo / "drafts")]))  # q1.md itself is listed
    assert any(f.endswith("q1.md") for f in discover([str(repo / "drafts")]))


def test_a_folder_named_on_the_command_line_is_walked_even_if_ignored(repo):
    (repo / ".gitignore").write_text("build/\n*.log.txt\n")
    (repo / "build" / "notes.log.txt").write_text(DOC)
    found = _names(discover([str(repo / "build")]), repo)
    assert found == ["build/out.html"]  # the folder is walked; its *.log.txt still ignored
    assert "build/out.html" not in _names(discover([str(repo)]), repo)
