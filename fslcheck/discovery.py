"""Which files `fslcheck check` reads: the command line's files as given, folders walked.

Walking a folder yields the files with a supported extension, sorted, and leaves out:

- what git ignores: every `.gitignore` from the repository's root down to the file (git's own
  rules, through pathspec), so build output, `node_modules/` and the like stay out;
- hidden files and folders (`.git/`, `.venv/`, `.github/`, …);
- project files that are not releases: `README*`, `CHANGELOG*`, `CONTRIBUTING*`, `LICENSE*`,
  `CODE_OF_CONDUCT*`, `SECURITY*`, and `node_modules/`;
- the configuration's `exclude` globs, and, when it has `include` globs, every file they do not
  match (both relative to the configuration's folder, gitignore syntax).

`--no-ignore` turns all of that off except that `.git/` is never walked. A file named on the
command line is always checked; a folder named there is walked even when git ignores it (the
pattern that ignores the folder is set aside inside it, the others still apply). A symbolic link inside a walked folder is followed only when its
target stays inside the folders given on the command line (`--follow-symlinks` allows others);
a link loop is walked once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import helper_files
from .documents import SUPPORTED_EXTENSIONS
from .errors import InputError

if TYPE_CHECKING:
    import pathspec

NOT_RELEASES = ("README*", "CHANGELOG*", "CONTRIBUTING*", "LICENSE*", "CODE_OF_CONDUCT*", "SECURITY*",
                "node_modules/")


# A .gitignore's folder, its patterns, and the index of the pattern set aside (see `_walk`).
Ignore = tuple[Path, "pathspec.PathSpec", "int | None"]


@dataclass(frozen=True)
class WalkOptions:
    ignore: bool = True  # .gitignore, hidden files and folders, NOT_RELEASES, include/exclude
    follow_symlinks: bool = False  # follow links whose target is outside the given folders


@lru_cache(maxsize=1024)
def _spec(lines: tuple[str, ...]) -> pathspec.PathSpec:
    # imported here: a run over files named one by one walks no folder (a tenth of a start)
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _gitignore(folder: Path) -> pathspec.PathSpec | None:
    """The patterns of `folder/.gitignore`; one that is not a regular file, is too large or has a
    pattern pathspec cannot compile is an `InputError` naming it (and the line)."""
    file = folder / ".gitignore"
    try:
        text = helper_files.read_bytes(file, InputError, ".gitignore").decode("utf-8", errors="replace")
    except OSError:  # none there (or a dangling link): nothing ignored, as before
        return None
    lines = tuple(text.splitlines())
    try:
        return _spec(lines)
    except Exception:  # noqa: BLE001 - pathspec raises several kinds for a bad pattern
        for number, line in enumerate(lines, 1):
            try:
                _spec((line,)).from_lines([line])
            except Exception as error:  # noqa: BLE001
                raise InputError(str(file), f"{line[:80]!r} is not a valid gitignore pattern: {error}",
                                 number) from None
        raise


def _repository_root(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def discover(paths: Iterable[str], options: WalkOptions = WalkOptions(),
             scope: Callable[[Path], tuple[Path, list[str], list[str]]] | None = None) -> list[str]:
    """Files to check, in command-line order (each folder's files sorted).

    `scope(file)` returns the configuration's folder and its include and exclude globs for a file
    (None: no include/exclude). A folder with nothing to check stays in the list as given, so it
    is reported as an error rather than passing silently.
    """
    paths = list(paths)
    roots = [Path(p).resolve() for p in paths if p != "-" and Path(p).is_dir()]
    out: list[str] = []
    for name in paths:
        if name != "-" and Path(name).is_dir():
            found = _walk(Path(name), roots, options, scope)
            out.extend(found or [name])
        elif name == "-" and "-" in out:
            continue  # standard input can be read once: `- -` checks it once, not then as empty
        else:
            out.append(name)
    return out


def _walk(top: Path, roots: list[Path], options: WalkOptions,
          scope: Callable[[Path], tuple[Path, list[str], list[str]]] | None) -> list[str]:
    # The .gitignore files above the walked folder, up to the repository's root, apply too; but
    # a folder named on the command line is walked even if git ignores it: the pattern that
    # ignores the folder itself is set aside for what is inside it (its other patterns still hold).
    inherited: list[Ignore] = []
    real_top = top.resolve()
    if options.ignore:
        root = _repository_root(real_top)
        if root is not None:
            for folder in reversed([real_top, *real_top.parents]):
                if folder == root or root in folder.parents:
                    if folder != real_top and (spec := _gitignore(folder)) is not None:
                        itself = spec.check_file(real_top.relative_to(folder).as_posix() + "/")
                        inherited.append((folder, spec, itself.index if itself.include else None))
    # real file -> (reached through a link, path): a file reached both directly and through a
    # link is checked once, under its own path
    found_real: dict[Path, tuple[bool, str]] = {}

    def walk(folder: Path, real: Path, ignores: list[Ignore],
             ancestors: frozenset[Path], via_link: bool) -> None:
        if real in ancestors:  # a link back up the tree
            return
        ancestors = ancestors | {real}
        if options.ignore and (spec := _gitignore(real)) is not None:
            ignores = [*ignores, (real, spec, None)]
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            path = folder / entry.name
            if entry.name == ".git" or (options.ignore and entry.name.startswith(".")):
                continue
            is_link = entry.is_symlink()
            target = Path(os.path.realpath(path)) if is_link else real / entry.name
            if is_link and not options.follow_symlinks and not any(
                    target == r or r in target.parents for r in roots):
                continue
            try:
                is_dir = entry.is_dir()  # follows the link
            except OSError:
                continue
            if options.ignore and _ignored(real / entry.name, is_dir, ignores):
                continue
            if is_dir:
                walk(path, target, ignores, ancestors, via_link or is_link)
            elif entry.is_file() and path.suffix.lower() in SUPPORTED_EXTENSIONS:
                if options.ignore and not _selected(path, scope):
                    continue
                linked = via_link or is_link
                real_file = Path(os.path.realpath(path))
                if real_file not in found_real or (found_real[real_file][0] and not linked):
                    found_real[real_file] = (linked, str(path))

    walk(top, real_top, inherited, frozenset(), False)
    found = sorted(path for _, path in found_real.values())
    return found


def _ignored(path: Path, is_dir: bool, ignores: list[Ignore]) -> bool:
    if _spec(NOT_RELEASES).match_file(path.name + ("/" if is_dir else "")):
        return True
    ignored = False
    for folder, spec, set_aside in ignores:  # deeper .gitignore files decide last, as in git
        try:
            relative = path.relative_to(folder).as_posix() + ("/" if is_dir else "")
        except ValueError:  # a followed link's target outside this .gitignore's folder
            continue
        result = spec.check_file(relative)
        if result.include is not None and not (result.include and result.index == set_aside):
            ignored = result.include
    return ignored


def _selected(path: Path, scope: Callable[[Path], tuple[Path, list[str], list[str]]] | None) -> bool:
    if scope is None:
        return True
    folder, include, exclude = scope(path)
    try:
        relative = Path(os.path.realpath(path)).relative_to(folder.resolve()).as_posix()
    except ValueError:
        return True
    if exclude and _spec(tuple(exclude)).match_file(relative):
        return False
    return not include or _spec(tuple(include)).match_file(relative)
