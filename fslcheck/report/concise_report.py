"""`--format concise`: one line per problem, `path:line:col: severity rule message`.

The line format of ruff and Vale, for editors' problem matchers and `grep`. Waived findings read
`waived` in place of the severity, baselined ones `baselined`; documents that cannot be read are
reported on standard error only (like every error), and the run's summary line ends the output.
"""

from __future__ import annotations

from typing import Any

from ..result import DocumentResult, Result, Tally
from . import stream
from .problems import document_problems
from .text_report import summary_line

FORMAT = "concise"


class Stream:
    def __init__(self, rules: Any = None, options: Any = None) -> None:
        pass

    def document(self, document: DocumentResult) -> str:
        out = []
        for problem in document_problems(document):
            label = "waived" if problem.waiver else "baselined" if problem.baselined else problem.severity
            message = problem.summary.replace("\n", " ")
            out.append(f"{problem.path}:{problem.line}:{problem.column}: {label} {problem.rule} {message}\n")
        return "".join(out)

    def head(self, tally: Tally) -> str:
        return ""

    def tail(self, tally: Tally) -> str:
        return summary_line(tally) + "\n"


def render(result: Result, options: Any) -> str:
    return stream.render(Stream(None, options), result)
