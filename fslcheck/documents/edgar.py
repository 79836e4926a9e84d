"""EDGAR full submissions: one .txt holding every document of a filing in SGML wrappers.

A complete submission text file (what EDGAR serves as `0000950123-24-000001.txt`) is a
`<SEC-HEADER>` followed by one `<DOCUMENT>` per file of the filing, each with `<TYPE>`,
`<SEQUENCE>`, `<FILENAME>`, `<DESCRIPTION>` and the content between `<TEXT>` and `</TEXT>`. The
press release is usually an exhibit (EX-99.1) beside the 8-K form itself, graphics, XBRL and so on.

By default the press-release exhibits (types matching "EX-99*") are checked, each as its own
`Document` named "submission.txt#EX-99.1"; `LoadOptions.exhibits` takes other patterns
("8-K", "EX-99.2", "EX-*"), matched case-insensitively with shell wildcards. The content of a
chosen document goes to the HTML or text extractor (by its file name, else by its content), with
line numbers counted in the submission file, so a finding points at the line an editor shows.
Uuencoded parts ("begin 644 …") and binary or data types (GRAPHIC, PDF, ZIP, XML, XBRL, EX-101…)
are never checked. When nothing matches, the error lists the types the submission has.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from ..errors import InputError
from . import html, text
from .decoding import decode
from .model import Document, TextBuilder, sha256_of

FORMAT = "edgar"
EXTENSIONS: tuple[str, ...] = ()  # submissions are .txt files: found by sniffing the content
DEFAULT_EXHIBITS = ("EX-99*",)

_DOCUMENT = re.compile(r"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", re.IGNORECASE | re.DOTALL)
_FIELD = re.compile(
    r"^[ \t]*<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*(.*?)[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_TEXT = re.compile(r"<TEXT>(.*?)(?:</TEXT>|\Z)", re.IGNORECASE | re.DOTALL)
_UUENCODED = re.compile(r"^\s*(?:<PDF>\s*)?begin [0-7]{3,4} \S", re.IGNORECASE)
_DATA_WRAPPER = re.compile(r"<(?:XBRL|XML|JSON|ZIP|PDF)>", re.IGNORECASE)
_BINARY_TYPES = ("GRAPHIC", "ZIP", "PDF", "XML", "EXCEL", "JSON", "EX-101*", "XBRL*", "*.XSD", "*.JPG",
                 "*.GIF", "*.PNG")
_HTML_SUFFIXES = {".htm", ".html", ".xhtml"}
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<XBRL>\s*)?(?:<!doctype html|<html)", re.IGNORECASE)


@dataclass(frozen=True)
class Part:
    """One `<DOCUMENT>` of a submission."""

    type: str
    sequence: str
    filename: str
    description: str
    content: str  # what stands between <TEXT> and </TEXT>
    first_line: int  # the submission line on which `content` starts


def parts(submission: str) -> list[Part]:
    """The documents of a submission, in file order."""
    found = []
    # Lines are counted on from the previous part, not from the start of the file each time
    # (that was quadratic: 10,000 exhibits took minutes).
    counted_to, line = 0, 1
    for document in _DOCUMENT.finditer(submission):
        body = document.group(1)
        header = re.split(r"<TEXT>", body, maxsplit=1, flags=re.IGNORECASE)[0]
        fields = {m.group(1).upper(): m.group(2) for m in _FIELD.finditer(header)}
        text_match = _TEXT.search(body)
        content, content_start = "", document.start(1)
        if text_match:
            content, content_start = text_match.group(1), document.start(1) + text_match.start(1)
            # Start on the line after <TEXT> when nothing else stands on its line.
            newline = re.match(r"[ \t\r]*\n", content)
            if newline:
                content, content_start = content[newline.end():], content_start + newline.end()
        line += submission.count("\n", counted_to, content_start)
        counted_to = content_start
        found.append(Part(
            type=fields.get("TYPE", "").upper() or "UNKNOWN",
            sequence=fields.get("SEQUENCE", ""),
            filename=fields.get("FILENAME", ""),
            description=fields.get("DESCRIPTION", ""),
            content=content,
            first_line=line,
        ))
    return found


def is_binary(part: Part) -> bool:
    """True for parts that hold no prose: uuencoded files, graphics, data and XBRL."""
    if _matches(part.type, _BINARY_TYPES) or _matches(part.filename.upper(), _BINARY_TYPES):
        return True
    head = part.content[:2000].lstrip()
    if _UUENCODED.match(head):
        return True
    wrapper = _DATA_WRAPPER.match(head)
    return bool(wrapper) and not _HTML_START.match(head[wrapper.end():])  # inline XBRL is HTML


def _matches(value: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(value.upper(), pattern.upper()) for pattern in patterns)


def load(data: bytes, path: str, options: object = None) -> list[Document]:
    submission = decode(data, path)
    found = parts(submission)
    if not found:
        raise InputError(path, "no <DOCUMENT> found: this is not an EDGAR full submission")
    patterns = tuple(getattr(options, "exhibits", ()) or ()) or DEFAULT_EXHIBITS
    chosen = [p for p in found if _matches(p.type, patterns)]
    readable = [p for p in chosen if not is_binary(p) and p.content.strip()]
    if not readable:
        present = ", ".join(dict.fromkeys(p.type for p in found))
        wanted = ", ".join(patterns)
        why = "only binary or data documents match" if chosen else "no document matches"
        raise InputError(path, f"{why} {wanted} (the submission has: {present}); "
                               "choose the documents to check with --exhibit")
    documents = []
    names: dict[str, int] = {}
    for part in readable:
        names[part.type] = names.get(part.type, 0) + 1
        name = f"{path}#{part.type}" + (f"({names[part.type]})" if names[part.type] > 1 else "")
        documents.append(_extract(part, name))
    return documents


def _extract(part: Part, name: str) -> Document:
    digest = sha256_of(part.content.encode("utf-8"))
    named_html = PurePosixPath(part.filename.lower()).suffix in _HTML_SUFFIXES
    if named_html or _HTML_START.match(part.content[:2000]):
        builder = TextBuilder()
        html.extract_into(builder, part.content, part.first_line)
        return builder.build(name, html.FORMAT, digest)
    document = text.from_text(part.content, name, digest)
    shift = part.first_line - 1
    lines = [None if line is None else line + shift for line in document.anchor_lines]
    return replace(document, anchor_lines=lines)
