"""Writing reports without ever harming the user's files.

Three promises, kept here for every report fslcheck writes (`--output`, `--html DIR`):

- **Inputs are never written.** An output path that is an input, or resolves to one (the same
  file by device and inode: a hard link, a symlink, `./x` for `x`), is refused before anything is
  written; so is an `--html` folder that holds an input, or a page name that is already a file
  fslcheck did not write there.
- **Writes are atomic.** A report goes to a temporary file in its own folder, is flushed to disk
  (`fsync`) and renamed over the old one, so a full disk or a crash leaves the previous report
  whole, never a truncated one.
- **Only its own files.** An `--html` folder keeps a manifest (`.fslcheck-manifest.json`) of the
  files fslcheck wrote there. A file not in it is never replaced, and fslcheck deletes nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from . import helper_files
from .errors import FslcheckError

MANIFEST = ".fslcheck-manifest.json"
LOCK = ".fslcheck-manifest.lock"


class OutputRefused(Exception):
    """Writing here would harm a file the user gave or did not let fslcheck own."""


def _identity(path: str | Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def input_identities(paths: Iterable[str]) -> set[tuple[int, int]]:
    """(device, inode) of every input file that exists (stdin, "-", has none)."""
    found = set()
    for path in paths:
        if path != "-" and (identity := _identity(path)) is not None:
            found.add(identity)
    return found


def refuse_input_as_output(output: str | Path, inputs: Iterable[str]) -> None:
    """Raise `OutputRefused` when `output` is (the same file as) one of `inputs`."""
    identity = _identity(output)
    if identity is not None and identity in input_identities(inputs):
        raise OutputRefused(f"{display(output)}: is one of the input documents; fslcheck never writes over "
                            "an input (choose another --output)")


def atomic_write(path: str | Path, text: str | Iterable[str]) -> None:
    """Replace `path` with `text` (UTF-8; whole, or in chunks: a streamed report) all at once: a
    temporary file in the same folder, fsync'd, then renamed. On failure the temporary file is
    removed, the old file is untouched, and the OSError is raised. A symlink stays a symlink: the
    file it points to is the one replaced (as a shell's `>` writes through it), so a link the user
    keeps to the latest report, or into a shared folder, is not turned into a copy."""
    chunks = [text] if isinstance(text, str) else text
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        # /dev/stdout, a pipe, a terminal: there is no previous report to keep, nor a folder to
        # put a temporary file in; write straight through.
        with open(path, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk.encode("utf-8", "surrogateescape"))
        return
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name[:60]}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk.encode("utf-8", "surrogateescape"))
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


def _mode_for(target: Path) -> int:
    """Keep an existing report's permissions; a new one gets the usual 0666 & ~umask."""
    try:
        return os.stat(target).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the platform allows opening a folder)."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


class HtmlFolder:
    """An `--html` output folder and the manifest of the files fslcheck wrote in it."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.manifest_path = self.directory / MANIFEST
        self.owned: dict[str, dict] = self._read_manifest()

    def _read_manifest(self) -> dict[str, dict]:
        # A manifest that is unreadable or not JSON owns nothing (so no page is written over); one that
        # is a FIFO, a device or huge is refused, never opened or read whole.
        try:
            text = helper_files.read_text(self.manifest_path, FslcheckError, "manifest")
            data = helper_files.parse_json(text, self.manifest_path, FslcheckError, "manifest")
        except FslcheckError as error:
            raise OutputRefused(f"{display(self.manifest_path)}: {error.message}") from None
        except (OSError, ValueError):
            return {}
        files = data.get("files") if isinstance(data, dict) else None
        if not isinstance(files, dict):
            return {}
        return {str(name): entry if isinstance(entry, dict) else {} for name, entry in files.items()}

    def check(self, names: Iterable[str], inputs: Iterable[str]) -> None:
        """Refuse (before anything is written) a folder holding an input, or a name that is a
        file fslcheck did not write."""
        inputs = [i for i in inputs if i != "-"]
        if self.directory.exists() and not self.directory.is_dir():
            raise OutputRefused(f"{display(self.directory)}: is not a folder")
        if self.directory.is_dir():
            folder = self.directory.resolve()
            for name in inputs:
                try:
                    inside = Path(name).resolve().is_relative_to(folder)
                except (OSError, ValueError, RuntimeError):
                    inside = False
                if inside:
                    raise OutputRefused(f"{display(self.directory)}: holds the input {display(name)}; write the "
                                        "HTML report to a folder of its own (--html DIR)")
        identities = input_identities(inputs)
        for name in names:
            page = self.directory / name
            if _identity(page) in identities:
                raise OutputRefused(f"{display(page)}: is one of the input documents; fslcheck never writes "
                                    "over an input")
            if (page.exists() or page.is_symlink()) and name not in self.owned and name != LOCK:
                raise OutputRefused(f"{display(page)}: exists and was not written by fslcheck (it is not in "
                                    f"{MANIFEST}); move it away or choose another --html folder")

    @contextlib.contextmanager
    def locked(self):
        """Hold the folder's lock (two runs writing one folder take turns) and re-read the
        manifest under it, so that neither run's pages drop out of it."""
        self.directory.mkdir(parents=True, exist_ok=True)
        try:
            import fcntl
        except ImportError:  # not on this platform: the writes are still atomic one by one
            self.owned = self._read_manifest()
            yield self
            return
        with open(self.directory / LOCK, "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                self.owned = {**self.owned, **self._read_manifest()}
                yield self
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def earlier_pages(self, current: Iterable[str]) -> list[tuple[str, dict]]:
        """(page name, what the manifest says of it) for pages of earlier runs still in the folder."""
        current = set(current)
        return [(name, entry) for name, entry in sorted(self.owned.items())
                if name not in current and "document" in entry and (self.directory / name).is_file()]

    def write(self, name: str, text: str, about: dict | None = None) -> Path:
        """Write one file atomically and record it in the manifest."""
        self.directory.mkdir(parents=True, exist_ok=True)
        page = self.directory / name
        # Record first: a crash after the rename must not leave a file we wrote but do not own.
        self.owned[name] = dict(about or {})
        self._save()
        atomic_write(page, text)
        return page

    def _save(self) -> None:
        data = {"written-by": "fslcheck", "note": "files fslcheck wrote here; it replaces only these",
                "files": {name: self.owned[name] for name in sorted(self.owned)}}
        atomic_write(self.manifest_path, json.dumps(data, indent=1, ensure_ascii=True) + "\n")


def display(path: str | Path) -> str:
    """A path as text that is safe to print: undecodable bytes as U+FFFD."""
    text = os.fsdecode(path) if not isinstance(path, str) else path
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
