"""The benchmark scripts of `benchmarks/` loaded as modules, for the tests that reuse their pieces
(the accuracy scorer, the meaning-edit suite, the layouts' transforms, the cue baseline)."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@cache
def benchmark_module(name: str) -> ModuleType:
    """`benchmarks/<name>.py`, executed once per test session."""
    spec = importlib.util.spec_from_file_location(f"fslcheck_benchmark_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module
