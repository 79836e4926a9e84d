"""Markdown releases (newswire copies, converted filings), parsed with markdown-it-py.

Markup is dropped (`**`, `#`, link targets, table pipes); blocks become paragraphs, list items
open on "• " (or their number), table cells are separated by tabs, and raw HTML blocks go through the HTML extractor.
A converter's page break ("{12}-----", a paragraph of its own) is dropped, and a sentence it cut
in two is joined again. Markdown converted from a PDF line by line can hold a blank line after
every line, which makes each line a paragraph of its own; where `double_spacing` (strictly, as
newswire Markdown writes contact and address lines as one-line paragraphs) reads such a blank
line as one inside a sentence, the two one-line paragraphs are joined again. Each piece of text is
found again in its source line, so locations point at the Markdown source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from . import html, text
from .decoding import decode
from .double_spacing import soft_blank_lines
from .model import Document, TextBuilder, sha256_of

FORMAT = "markdown"
EXTENSIONS = (".md", ".markdown", ".mdown")



@lru_cache(maxsize=1)
def _parser():  # noqa: ANN202 - markdown-it is imported when a Markdown file is read, not by every run
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    # Footnotes ("[^1]: Forward-Looking Statements. This release ...") are read as their own
    # paragraphs, without the label: a legend kept in a footnote keeps its run-in heading.
    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough").use(footnote_plugin)
    # The commonmark preset stops parsing, without a word, past 20 levels of nesting (lists in
    # lists, quotes in quotes): whatever followed was lost, a legend or a forbidden phrase alike.
    # No level is the limit here; a file nested so deep that the parser runs out of stack is read
    # as plain text instead, with a warning.
    parser.options["maxNesting"] = 1_000_000
    parser.core.ruler.at("inline", _inline)
    return parser


# The characters at which an inline rule of the parser above can start (line break, escape, code,
# strikethrough, emphasis, link, image, autolink or raw HTML, entity). Content without any of
# them parses to one text token, and empty content to none: a converted filing's table cells
# nearly all are one or the other.
_PLAIN = re.compile(r"[^\n\\`~_*\[!<&]+")


def _inline(state) -> None:  # noqa: ANN001 - markdown-it's core state
    """markdown-it's core "inline" rule, which parses the content of every inline token, with
    plain content made into its one text token directly (the inline parser costs as much per
    table cell as the block parser does)."""
    from markdown_it.token import Token

    md = state.md
    for token in state.tokens:
        if token.type != "inline":
            continue
        if token.children is None:
            token.children = []
        if not token.content:  # an empty table cell: no children
            continue
        if _PLAIN.fullmatch(token.content):
            text = Token("text", "", 0)
            text.content = token.content
            token.children.append(text)
        else:
            md.inline.parse(token.content, md, state.env, token.children)

_NEWLINE = re.compile("\n")
_BLOCK_BREAKS = {
    "paragraph_close": "\n\n", "heading_close": "\n\n", "bullet_list_close": "\n\n",
    "ordered_list_close": "\n\n", "table_close": "\n\n", "blockquote_close": "\n\n",
    "list_item_open": "\n\n", "tr_close": "\n\n", "hr": "\n\n",
}


class _Placer:
    """Finds inline text in the source, moving forward, to give each piece its line and column."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(source)]
        self.cursor = 0

    def seek_line(self, line: int, back: bool = False) -> None:
        """Move to the start of a line, forward only unless `back` (the parser gathers footnotes
        at the end, wherever their text stands)."""
        start = self.line_starts[min(line, len(self.line_starts) - 1)]
        self.cursor = start if back else max(self.cursor, start)

    def place(self, text: str, limit_line: int) -> tuple[int | None, int | None]:
        limit = self.line_starts[limit_line] if limit_line < len(self.line_starts) else len(self.source)
        found = self.source.find(text, self.cursor, limit)
        if found < 0:
            return None, None
        self.cursor = found + len(text)
        line_index = bisect_right(self.line_starts, found) - 1
        return line_index + 1, found - self.line_starts[line_index] + 1


def load(data: bytes, path: str, options: object = None) -> Document:
    source = decode(data, path)
    try:
        tokens = _parser().parse(source)
    except RecursionError:
        document = text.from_text(source, path, sha256_of(data), fmt=FORMAT)
        document.warnings.append("the Markdown nests too deeply to parse; it was read as plain text "
                                 "(markup characters included)")
        return document
    builder = TextBuilder()
    placer = _Placer(source)
    # Like the HTML extractor, a list item opens on its marker ("• ", or "1. " in an ordered list):
    # a list of factors under "include the following:" stays a list, not loose paragraphs.
    lists: list[int | None] = []  # per open list: the next number, None for bullets
    in_footnotes = False
    breaks = _page_breaks(tokens)
    soft = _soft_blank_line_numbers(source)
    for index, token in enumerate(tokens):
        if index in breaks:
            continue
        if token.type == "paragraph_close" and soft and _joined_lines(tokens, index, soft):
            builder.add(" ")  # a double-spaced line of prose goes on in the next one-line paragraph
            continue
        if token.type == "paragraph_close" and index + 1 in breaks and _runs_on(builder, tokens, index + 4):
            builder.add(" ")  # the sentence cut by the page break goes on in the next paragraph
            continue
        if token.type in ("footnote_block_open", "footnote_block_close"):
            in_footnotes = token.type == "footnote_block_open"
        if token.map:
            placer.seek_line(token.map[0], back=in_footnotes)
        if token.type in ("bullet_list_open", "ordered_list_open"):
            lists.append(None if token.type == "bullet_list_open" else _first_number(token))
        elif token.type in ("bullet_list_close", "ordered_list_close") and lists:
            lists.pop()
        if token.type == "list_item_open":
            builder.separate("\n\n")
            number = lists[-1] if lists else None
            builder.add("• " if number is None else f"{number}. ")
            if number is not None:
                lists[-1] = number + 1
            continue
        if token.type == "inline":
            _add_inline(builder, token, placer)
        elif token.type in ("fence", "code_block"):
            line = token.map[0] + 2 if token.type == "fence" else token.map[0] + 1
            builder.add(token.content, line, 1)
            builder.separate("\n\n")
        elif token.type == "html_block":
            html.extract_into(builder, token.content, token.map[0] + 1)
            builder.separate("\n\n")
        elif token.type in _BLOCK_BREAKS:
            builder.separate(_BLOCK_BREAKS[token.type])
    return builder.build(path, FORMAT, sha256_of(data))


# A page break as a PDF-to-Markdown converter writes it, a paragraph of its own: the page's number
# in braces run into a rule of hyphens ("{37}------------------------------------------------"), as
# `text` reads it in plain text.
_PAGE_BREAK = re.compile(text.CONVERTER_PAGE_BREAK)


def _soft_blank_line_numbers(source: str) -> set[int]:
    """The (0-based) numbers of the lines of `source` that `double_spacing` reads as blank lines
    inside a double-spaced paragraph."""
    blanks = soft_blank_lines(source, strict=True)
    if not blanks:
        return set()
    out: set[int] = set()
    line, position = 0, 0
    for start, _end in blanks:
        line += source.count("\n", position, start)
        position = start
        out.add(line)
    return out


def _joined_lines(tokens, index: int, soft: set[int]) -> bool:  # noqa: ANN001 - markdown-it tokens
    """Whether the paragraph closed at `tokens[index]` is one line that goes on, past a soft blank
    line, in a one-line paragraph opening at `tokens[index + 1]` in the same container."""
    if index < 2 or index + 1 >= len(tokens):
        return False
    opening, following = tokens[index - 2], tokens[index + 1]
    if opening.type != "paragraph_open" or following.type != "paragraph_open" or opening.level != following.level:
        return False
    if not opening.map or not following.map:
        return False
    first, last = opening.map
    return last - first == 1 and last in soft and following.map[0] == last + 1


def _page_breaks(tokens) -> set[int]:  # noqa: ANN001 - markdown-it tokens
    """Indexes of the tokens (open, inline, close) of each paragraph that is only a page break."""
    out: set[int] = set()
    for index in range(len(tokens) - 2):
        opening, inline, closing = tokens[index : index + 3]
        if (opening.type == "paragraph_open" and inline.type == "inline" and closing.type == "paragraph_close"
                and _PAGE_BREAK.fullmatch(inline.content.strip())):
            out.update((index, index + 1, index + 2))
    return out


def _runs_on(builder: TextBuilder, tokens, after: int) -> bool:  # noqa: ANN001 - markdown-it tokens
    """Whether the paragraph written last, cut by a page break, goes on in the paragraph that opens
    at `tokens[after]`: it ends without closing its sentence, and a paragraph (not a heading, list
    or table) follows the break."""
    if after >= len(tokens) or tokens[after].type != "paragraph_open" or tokens[after].level != 0:
        return False
    written = builder.since(max(0, len(builder) - 40)).rstrip()
    return bool(written) and written[-1] not in text.SENTENCE_END


def _first_number(token) -> int:  # noqa: ANN001 - a markdown-it token
    """The number an ordered list starts at ("3." opens a list at 3)."""
    start = token.attrGet("start")
    return int(start) if isinstance(start, (int, str)) and str(start).isdigit() else 1


def _add_inline(builder: TextBuilder, token, placer: _Placer) -> None:
    limit_line = token.map[1] if token.map else len(placer.line_starts)
    if builder.tail and not builder.tail[-1].isspace():
        builder.add("\t")  # a table cell following another
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            line, column = placer.place(child.content, limit_line)
            builder.add(child.content, line, column)
        elif child.type == "softbreak":
            builder.add(" ")
        elif child.type == "hardbreak":
            builder.add("\n")
        elif child.type == "html_inline":
            continue
        elif child.type == "image":
            alt = child.content
            if alt:
                builder.add(alt)
