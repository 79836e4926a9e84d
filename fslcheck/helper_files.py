"""The one bounded way fslcheck reads the small files that steer a run.

Rule packs, `.fslcheck.yaml` / `pyproject.toml`, `--baseline` files, an HTML folder's manifest and
`.gitignore` files are the user's, and may be anything: a FIFO (opening it waits for a writer that
never comes), a device such as `/dev/zero` (reading it never ends), a folder, a file of
gigabytes. Each is refused from its mode and size before it is read, and read with a cap, with a
message that says what it is. `parse_json` turns what the JSON parser raises on hostile content
(nesting 100,000 deep: RecursionError; an integer of more than 4,300 digits: ValueError) into a
message naming the file.

Every error is raised as the caller's own `FslcheckError` class, so each file type keeps its
message prefix and its handling.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from .errors import FslcheckError

MAX_BYTES = 8 * 1024 * 1024  # a pack, configuration, manifest or .gitignore is kilobytes (a baseline sets its own)


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is ("a folder", "a FIFO (named pipe)", …), or ""."""
    if stat.S_ISREG(mode):
        return ""
    for test, kind in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return "not a regular file"


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.1f} MB" if count >= 1024 * 1024 else f"{count} bytes"


def refusal(path: str | Path, what: str = "file", limit: int = MAX_BYTES) -> str:
    """Why `path` is not read (not a regular file, too large), or "" when it may be read.

    Raises OSError when it cannot be looked at (missing, no permission, a link loop)."""
    status = os.stat(path)
    kind = kind_of(status.st_mode)
    if kind:
        return f"is {kind}, not a regular file; the {what} must be a regular file"
    if status.st_size > limit:
        return f"is {_size(status.st_size)}, more than the {_size(limit)} a {what} may have"
    return ""


def read_bytes(path: str | Path, error: type[FslcheckError], what: str = "file",
               limit: int = MAX_BYTES) -> bytes:
    """The bytes of a helper file, or `error(path, message)`; OSError is left to the caller
    (FileNotFoundError has a message of its own at each caller)."""
    problem = refusal(path, what, limit)
    if problem:
        raise error(str(path), problem)
    # O_NONBLOCK: a file swapped for a FIFO since the stat must not block the open
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        kind = kind_of(os.fstat(stream.fileno()).st_mode)
        if kind:
            raise error(str(path), f"is {kind}, not a regular file; the {what} must be a regular file")
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise error(str(path), f"is more than the {_size(limit)} a {what} may have")
    return data


def read_text(path: str | Path, error: type[FslcheckError], what: str = "file", limit: int = MAX_BYTES) -> str:
    """`read_bytes` decoded as UTF-8 (a byte-order mark dropped); UnicodeDecodeError to the caller."""
    return read_bytes(path, error, what, limit).decode("utf-8-sig")


def parse_json(text: str, path: str | Path, error: type[FslcheckError], what: str = "file") -> Any:
    """`json.loads`, hostile content reported as `error(path, …)`; json.JSONDecodeError (with its
    line and column) is left to the caller."""
    try:
        return json.loads(text)
    except RecursionError:
        raise error(str(path), f"not a valid {what}: the JSON nests too deeply") from None
    except json.JSONDecodeError:
        raise
    except ValueError as problem:  # an integer of more than 4,300 digits, among others
        raise error(str(path), f"not a valid {what}: {short_reason(problem)}") from None


def short_reason(problem: BaseException) -> str:
    """What a parser's ValueError means for the user (Python's integer-limit message ends with
    advice on sys.set_int_max_str_digits, which is not the user's to follow)."""
    text = str(problem)
    if "integer string conversion" in text:
        return "it has a number too long to read (" + text.split(";")[0] + ")"
    return text[:200]
