"""Reports rendered one document at a time, so a batch's memory stays flat.

A format module's `Stream(rules, options)` renders each document's part as it is checked
(`document`), and the parts that depend on the whole batch at the end (`head` and `tail`, from
the batch's `Tally`: verdict counts, problem counts, unreadable documents, notices). The command
line keeps each document's part in a spool (memory, then disk) and writes head, parts and tail;
`render` puts the same pieces together for a finished `Result`, so both give the same bytes.
"""

from __future__ import annotations

from typing import Any, Protocol

from ..result import DocumentResult, Result, Tally


class Stream(Protocol):
    def document(self, document: DocumentResult) -> str: ...

    def head(self, tally: Tally) -> str: ...

    def tail(self, tally: Tally) -> str: ...


def render(stream: Stream, result: Result) -> str:
    """A finished result through a stream: exactly what the streamed batch writes."""
    body = "".join(stream.document(document) for document in result.documents)
    tally = result.tally()
    return stream.head(tally) + body + stream.tail(tally)


def indent(text: str, spaces: int) -> str:
    """Indent every line of `text` (a JSON value nested `spaces` deep)."""
    pad = " " * spaces
    return "\n".join(pad + line for line in text.split("\n"))


def split_at(text: str, sentinel: str) -> tuple[str, str]:
    before, found, after = text.partition(f'"{sentinel}"')
    if not found:  # pragma: no cover - the sentinel is always dumped
        raise ValueError("sentinel not found")
    return before, after


SENTINEL = "\ue000fslcheck-documents\ue000"


def json_frame(data: dict[str, Any]) -> tuple[str, str]:
    """The text of `data` dumped as JSON (indent 2) before and after its SENTINEL value."""
    import json

    return split_at(json.dumps(data, indent=2, ensure_ascii=False), SENTINEL)
