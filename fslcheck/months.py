"""The months as documents write them: in full, or abbreviated before a day as newswires do
("Nov. 4, 2026", "Sept. 30"). One table for every reader of dates (a release's own date, a call's,
the date a legend's statements speak as of, a date inside a factor list)."""

from __future__ import annotations

FULL_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")
NUMBERS = {name: number for number, name in enumerate(FULL_NAMES, start=1)}
ABBREVIATIONS = {name[:3]: number for name, number in NUMBERS.items() if name != "may"} | {"sept": 9}
# The alternatives of a month's word, lower case, longest first within each name.
WORDS = "|".join(FULL_NAMES) + "|" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
# A month's word as group 1, an abbreviation's full stop after the group.
PATTERN = r"(" + WORDS + r")\.?"


def month_number(word: str) -> int | None:
    """The number of a month named in full or abbreviated ("september", "sept", "sep"), or None."""
    return NUMBERS.get(word) or ABBREVIATIONS.get(word)
