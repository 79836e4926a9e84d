"""Reports: one module per output format, each rendering the same `Result` model.

A format module declares `FORMAT` and `render(result, options) -> str`. The registry below is
the one place that lists them; `--format` choices come from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..result import Result
from . import html_report, json_report, text_report

RENDERERS = {module.FORMAT: module for module in (text_report, json_report, html_report)}


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    fail_on: str = "error"
    version: str = ""


def render(result: Result, fmt: str, options: RenderOptions | None = None) -> str:
    return RENDERERS[fmt].render(result, options or RenderOptions())
