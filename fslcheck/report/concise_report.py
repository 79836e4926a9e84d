"""`--format concise`: one line per problem, `path:line:col: severity rule message`.

The line format of ruff and Vale, for editors' problem matchers and `grep`. Waived findings read
`waived` in place of the severity, baselined ones `baselined`; documents that cannot be read are
reported on standard error only (like every error), and the run's summary line ends the output.
"""

from __future__ import annotations

from typing import Any

from ..result import Result
from .problems import problems
from .text_report import summary_line

FORMAT = "concise"


def render(result: Result, options: Any) -> str:
    out = []
    for problem in problems(result):
        label = "waived" if problem.waiver else "baselined" if problem.baselined else problem.severity
        message = problem.summary.replace("\n", " ")
        out.append(f"{problem.path}:{problem.line}:{problem.column}: {label} {problem.rule} {message}")
    out.append(summary_line(result))
    return "\n".join(out) + "\n"
