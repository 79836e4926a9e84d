"""`--format sarif`: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, any SARIF viewer).

One run; `tool.driver.rules` lists every rule of the pack (id, a name, short and full
description, help text with the legal basis, default level); one result per problem, waived or
baselined finding (see `problems`), each with its level, message, physical location (artifact URI
relative to the working folder, resolved against `%SRCROOT%`; region with start and end line and
column; the excerpt as snippet) and a `partialFingerprints` entry that survives moved lines.
Waived findings carry a `suppressions` entry whose justification is the waiver's reason;
baselined ones have `baselineState: unchanged` (others `new` when a baseline was given).
Unreadable documents and run-level notices (expired or unused waivers) are tool execution
notifications.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..fingerprints import VERSION as FINGERPRINT_VERSION
from ..result import DocumentResult, Result, Tally
from . import stream
from .problems import Problem, document_problems, file_of

FORMAT = "sarif"
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


class Stream:
    """SARIF a document at a time: the results as documents arrive, the rest around them."""

    def __init__(self, rules: list[dict[str, str]], options: Any = None) -> None:
        self.rules = [_rule(rule) for rule in rules]
        self.index = {rule["id"]: i for i, rule in enumerate(self.rules)}
        self.baseline = bool(getattr(options, "baseline", False))
        self.count = 0

    def document(self, document: DocumentResult) -> str:
        parts = []
        for problem in document_problems(document):
            if problem.rule not in self.index:  # not in the packs announced up front
                self.index[problem.rule] = len(self.rules)
                self.rules.append(_rule({"id": problem.rule, "title": problem.title, "message": problem.message,
                                         "basis": problem.basis, "severity": problem.severity}))
            text = json.dumps(_result(problem, self.index[problem.rule], self.baseline), indent=2,
                              ensure_ascii=False)
            self.count += 1
            parts.append(("\n" if self.count == 1 else ",\n") + stream.indent(text, 8))
        return "".join(parts)

    def head(self, tally: Tally) -> str:
        return stream.json_frame(self._frame(tally))[0] + "["

    def tail(self, tally: Tally) -> str:
        return ("\n      ]" if self.count else "]") + stream.json_frame(self._frame(tally))[1] + "\n"

    def _frame(self, tally: Tally) -> dict[str, Any]:
        notifications = [
            {"level": "error", "message": {"text": message},
             "locations": [{"physicalLocation": {"artifactLocation": _artifact(file_of(path))}}]}
            for path, message in tally.errors
        ]
        notifications += [{"level": "warning", "message": {"text": str(notice)}} for notice in tally.notices]
        invocation: dict[str, Any] = {"executionSuccessful": not tally.errors}
        if notifications:
            invocation["toolExecutionNotifications"] = notifications
        return {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "fslcheck", "version": __version__, "semanticVersion": __version__,
                    "rules": self.rules,
                }},
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
                "properties": {"pack": {"id": tally.pack.id, "version": tally.pack.version},
                               "fail_on": tally.fail_on},
                "results": stream.SENTINEL,
                "invocations": [invocation],
            }],
        }


def render(result: Result, options: Any) -> str:
    return stream.render(Stream(result.pack.rules, options), result)


def to_data(result: Result, options: Any = None) -> dict[str, Any]:
    return json.loads(render(result, options))


def _rule(rule: dict[str, str]) -> dict[str, Any]:
    basis = rule.get("basis") or "not stated by the rule pack"
    help_text = f"{rule['message']}\n\nLegal basis: {basis}"
    return {
        "id": rule["id"],
        "name": _pascal(rule.get("title") or rule["id"]),
        "shortDescription": {"text": rule.get("title") or rule["id"]},
        "fullDescription": {"text": rule["message"]},
        "help": {"text": help_text, "markdown": f"{_md(rule['message'])}\n\n**Legal basis:** {_md(basis)}"},
        "defaultConfiguration": {"level": LEVELS[rule["severity"]]},
        "properties": {"kind": rule.get("kind", ""), "legal_basis": rule.get("basis", "")},
    }


def _result(problem: Problem, rule_index: int, baseline: bool) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": problem.line, "startColumn": problem.column,
                              "endLine": problem.end_line, "endColumn": problem.end_column}
    if problem.snippet:
        region["snippet"] = {"text": problem.snippet}
    data: dict[str, Any] = {
        "ruleId": problem.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[problem.severity],
        "message": {"text": problem.summary},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(problem.file), "region": region}}],
        "partialFingerprints": {FINGERPRINT_VERSION: problem.fingerprint},
        "properties": {"status": problem.status, "anchor": problem.anchor, "score": problem.score,
                       "document": problem.path},
    }
    if problem.waiver:
        waiver = problem.waiver
        justification = (f"{waiver.get('reason', '')} (approved by {waiver.get('approved_by', '?')}"
                         f", expires {waiver.get('expires', 'never')})")
        data["suppressions"] = [{"kind": "external", "status": "accepted", "justification": justification}]
    if baseline:
        data["baselineState"] = "unchanged" if problem.baselined else "new"
    return data


def _artifact(file: str) -> dict[str, Any]:
    if file == "-":
        return {"uri": "stdin"}
    # the bytes of the name as the file system holds them: a name that is not UTF-8 is percent-encoded
    # byte by byte (surrogateescape), so the URI still names the file
    uri = quote(file.encode("utf-8", "surrogateescape" if _escaped_only(file) else "replace"), safe="/")
    if file.startswith("/"):
        return {"uri": Path(file).as_uri()}
    return {"uri": uri, "uriBaseId": "%SRCROOT%"}


def _escaped_only(text: str) -> bool:
    """Every surrogate in `text` is one surrogateescape made of an undecodable byte (U+DC80..U+DCFF)."""
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in text)


def _pascal(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.findall(r"[A-Za-z0-9]+", text)) or "Rule"


def _md(text: str) -> str:
    """Plain text safe inside Markdown: characters Markdown would read as markup are escaped."""
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~-])", r"\\\1", text)
