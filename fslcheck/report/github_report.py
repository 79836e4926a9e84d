"""`--format github`: GitHub Actions workflow commands, one annotation per problem.

    ::error file=drafts/q3.md,line=12,col=1,endLine=12,endColumn=1,title=pslra.no-update::…

Paths are relative to the working folder (no `./`), which is the repository root in a workflow.
Severity error is `::error`, warning `::warning`, info `::notice`; waived and baselined findings
are notices that say so. Values are escaped as the runner expects: `%`, CR and LF everywhere, and
`:` and `,` inside properties. Under GitHub Actions (`GITHUB_ACTIONS=true`) the text format
appends these lines too, so a plain `fslcheck check` annotates the pull request.
"""

from __future__ import annotations

from typing import Any

from ..result import DocumentResult, Result, Tally
from . import stream
from .problems import Problem, document_problems, file_of

FORMAT = "github"
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: object) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None)
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def document_lines(document: DocumentResult) -> list[str]:
    if document.error is not None:
        return [command("error", f"cannot be checked: {document.error}", file=file_of(document.path),
                        title="fslcheck: input error")]
    return [_annotation(problem) for problem in document_problems(document)]


def notice_lines(tally: Tally) -> list[str]:
    return [command("warning", str(notice), title="fslcheck: configuration") for notice in tally.notices]


def _annotation(problem: Problem) -> str:
    name = COMMANDS[problem.severity]
    title = f"{problem.rule} ({problem.status})"
    if problem.waiver or problem.baselined:
        name = "notice"
        title = f"{problem.rule} ({'waived' if problem.waiver else 'baselined'})"
    return command(name, problem.summary, file=problem.file, line=problem.line, col=problem.column,
                   endLine=problem.end_line, endColumn=problem.end_column, title=title)


class Stream:
    def __init__(self, rules: Any = None, options: Any = None) -> None:
        pass

    def document(self, document: DocumentResult) -> str:
        return "".join(line + "\n" for line in document_lines(document))

    def head(self, tally: Tally) -> str:
        return ""

    def tail(self, tally: Tally) -> str:
        return "".join(line + "\n" for line in notice_lines(tally))


def render(result: Result, options: Any) -> str:
    return stream.render(Stream(None, options), result)
