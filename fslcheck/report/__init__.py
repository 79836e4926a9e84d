"""Reports: one module per output format, each rendering the same `Result` model.

A format module declares `FORMAT` and `render(result, options) -> str`. The registry below is
the one place that lists them; `--format` choices come from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..result import Result
from . import (
    concise_report,
    github_report,
    gitlab_report,
    html_report,
    json_report,
    junit_report,
    sarif_report,
    text_report,
)

RENDERERS = {module.FORMAT: module for module in (
    text_report, json_report, html_report, sarif_report, junit_report, github_report, gitlab_report,
    concise_report,
)}


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    fail_on: str = "error"
    version: str = ""
    quiet: bool = False  # text: problems only
    github: bool = False  # text: also GitHub workflow commands (under GitHub Actions)
    baseline: bool = False  # a --baseline was given: SARIF marks results new or unchanged
    notices_on_stderr: bool = False  # run-level warnings already went to standard error


def render(result: Result, fmt: str, options: RenderOptions | None = None) -> str:
    return RENDERERS[fmt].render(result, options or RenderOptions())
