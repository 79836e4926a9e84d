"""Errors that fslcheck reports to the user (never as a traceback).

Every error carries the file it is about, so a batch can report it beside the other files'
results and carry on.
"""

from __future__ import annotations


class FslcheckError(Exception):
    """Base class: an error meant for the user, with exit code 2."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class InputError(FslcheckError):
    """A document could not be read: missing, empty, binary, unknown or damaged."""


class RuleError(FslcheckError):
    """A rule pack is invalid: bad YAML, unknown keys, wrong types, a broken `extends`."""
