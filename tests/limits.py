"""Running fslcheck in a subprocess under memory and time limits (for the reliability tests)."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

MEMORY = 1536 * 1024 * 1024  # address space: generous for Python + PDFium, far below a bomb
SECONDS = 60


def _limits(memory: int, seconds: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))
    return apply


def run(*args: str, cwd: Path, memory: int = MEMORY, seconds: int = SECONDS, stdin: bytes | None = None,
        env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m fslcheck ARGS` with an address-space and CPU limit; output as bytes."""
    return subprocess.run([sys.executable, "-m", "fslcheck", *args], cwd=cwd, capture_output=True,
                          timeout=seconds * 2, preexec_fn=_limits(memory, seconds), input=stdin, env=env)


def no_traceback(run: subprocess.CompletedProcess) -> bool:
    return b"Traceback" not in run.stderr and b"Traceback" not in run.stdout
