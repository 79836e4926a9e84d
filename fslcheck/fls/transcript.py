"""Does a document read as an earnings-call script or transcript? (Then the oral pack applies.)

Signs, looked for in the whole document: an operator's turn ("Operator" on a
line of its own or as a speaker label), call language ("conference call", "earnings call",
"welcome to the ... call", "turn the call over"), the question-and-answer session ("question-
and-answer", "(Operator Instructions)", "our first question comes from"), and speaker lines
("Jane Smith -- CFO", "Tim Cook: ..."); a word a transcript repeats ("question" three times,
"operator" or "call" three times) is a sign too, so that one damaged or missing
occurrence (OCR noise) does not hide it. Two kinds of signs, one of them an operator or the
questions, make a transcript; a press release that announces a call has call language but no
operator and no question-and-answer session. On the corpus this picks the five call transcripts
and none of the 82 other documents.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

_SIGNS = {
    # (the leading space stops at the line's end: "^\s*" read every later line start of a run of
    # blank lines to its end, minutes for a text with thousands of them)
    "operator": re.compile(r"^[^\S\n]*operator\b\s*(?::|$)|\boperator instructions\b", re.IGNORECASE | re.MULTILINE),
    "call": re.compile(r"\bwelcome (?:\w+ ){0,6}(?:conference call|earnings call|call)\b|\bturn (?:the call|it) over\b|"
                       r"\bon (?:today's|this) call\b|\bprepared remarks\b", re.IGNORECASE),
    "questions": re.compile(r"\bquestion[- ]and[- ]answer\b|\bquestions and answers\b|\bq ?& ?a\b|\b(?:first|next) question\b|"
                            r"\bopen (?:up )?the (?:call|line)s? (?:for|to) questions\b", re.IGNORECASE),
    "speakers": re.compile(r"^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}(?: --? .{2,60}|:)\s*$", re.MULTILINE),
}


_MANY = {"questions": re.compile(r"\bquestions?\b", re.IGNORECASE), "operator": re.compile(r"\boperator\b", re.IGNORECASE),
         "call": re.compile(r"\bcall\b", re.IGNORECASE)}
_MANY_COUNT = 3  # a word a transcript repeats: one damaged or missing occurrence must not hide it


def signs(text: str) -> list[str]:
    return [name for name in _SIGNS if _has_sign(text, name)]


def _has_sign(text: str, name: str) -> bool:
    many = _MANY.get(name)
    # Counting stops at the third occurrence: a long filing says "call" hundreds of times.
    return bool(_SIGNS[name].search(text)) or (
        many is not None and sum(1 for _ in islice(many.finditer(text), _MANY_COUNT)) >= _MANY_COUNT)


@lru_cache(maxsize=4)  # asked of the same document text by the engine and by the forward-looking scan
def is_call_transcript(text: str) -> bool:
    # The signs that must be there first: most documents have neither, and the other signs are
    # then not worth looking for (the speaker lines are a slow search of every line).
    key = [name for name in ("operator", "questions") if _has_sign(text, name)]
    if not key:
        return False
    return len(key) + sum(_has_sign(text, name) for name in _SIGNS if name not in key) >= 2
