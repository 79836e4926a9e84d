"""Where the safe-harbor legend is: the paragraphs that rules with `scope: legend` search.

A legend starts at a paragraph that names forward-looking statements, the safe harbor, the
Reform Act or cautionary statements; a short paragraph just before it (its heading) belongs to
it; it goes on over following paragraphs while they still speak the legend's language (risks,
factors, uncertainties, updating, reliance, SEC filings) or are items of a list its lead-in
opened.
"""

from __future__ import annotations

import re

_MARKER = re.compile(
    r"forward looking (?:statement|information)|safe harbor|litigation reform act|"
    r"cautionary (?:statement|note|language)|section 27a|section 21e"
)
_CONTINUES = re.compile(
    r"risk|uncertaint|factor|update|revise|reliance|rely|forward looking|filing|form 10 [kq]|"
    r"20 f|securities and exchange commission|sec\b|could cause|differ|projection|assumption|"
    r"expectation|as of the date|obligation"
)
_HEADING_WORDS = 12
_LIST_ITEM_WORDS = 60


def find_legend(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Canonical spans of the legend block(s), merged and in order."""
    blocks: list[tuple[int, int]] = []
    index = 0
    while index < len(paragraphs):
        start, end = paragraphs[index]
        if not _MARKER.search(text, start, end):
            index += 1
            continue
        first = index
        if index > 0 and _words(text, *paragraphs[index - 1]) <= _HEADING_WORDS:
            first = index - 1
        last = index
        opens_list = text[end - 1 : end] == ":"
        while last + 1 < len(paragraphs):
            next_start, next_end = paragraphs[last + 1]
            continues = _CONTINUES.search(text, next_start, next_end) or _MARKER.search(text, next_start, next_end)
            list_item = opens_list and _words(text, next_start, next_end) <= _LIST_ITEM_WORDS
            if not (continues or list_item):
                break
            last += 1
            opens_list = opens_list or text[next_end - 1 : next_end] == ":"
        blocks.append((paragraphs[first][0], paragraphs[last][1]))
        index = last + 1
    return blocks


def _words(text: str, start: int, end: int) -> int:
    return text.count(" ", start, end) + 1
