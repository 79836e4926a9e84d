"""The tune/test split every accuracy benchmark uses: by company, never by document.

A company's documents all fall in one half, so a matcher tuned on one Apple release is not
measured on another Apple release. The half is a hash of the company slug (the file name up to
its first underscore: `apple_2019-01-02_8k.htm` is `apple`), so the split needs no list to keep
in step and a new document lands in a half without anyone choosing it.

    python benchmarks/split.py FILE...      # prints `tune` or `test` for each file
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import PurePath

HALVES = ("tune", "test")


def company(name: str) -> str:
    """The company slug of a corpus file name (or a label file name, or a path)."""
    return PurePath(name).name.split("_", 1)[0].lower()


def half(name: str) -> str:
    """`tune` or `test` for a document, by its company."""
    digest = hashlib.sha256(company(name).encode("utf-8")).digest()
    return HALVES[digest[0] & 1]


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        print(f"{half(argument)}\t{argument}")
