"""One document's sentences, each judged: the view `fslcheck fls` prints and the checks use.

`scan(text, legend_spans, release_date)` cuts the document text into sentences
(`fslcheck.fls.segment`), marks those inside the document's own legend (spans in document-text
offsets, as `fslcheck.checks.legend` finds them), classifies each with the sentence before it as
context, and gives every forward-looking one a topic; `Scan` does the same only as far as a
caller asks (the first forward-looking sentence, the sentences up to some point).
`stated_date(text)` is the date a release states near its top ("CUPERTINO, California — January
18, 2011 —"), or the date a call transcript states for the call
(`fslcheck.fls.transcript.call_date`), used when no release date is given.
"""

from __future__ import annotations

from bisect import bisect_right
from contextlib import nullcontext
import re
from dataclasses import dataclass
from datetime import date
from itertools import islice

from ..normalise import Canonical
from .classify import Reader, Verdict, classify
from .cues import primed
from .segment import Sentence, each_sentence
from .topics import topic_of
from .transcript import Floor, call_date, is_call_transcript

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTH_ABBREVIATIONS = {m[:3]: i for m, i in MONTHS.items()} | {"sept": 9}
_DATE = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                   r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# A number OCR damaged with a look-alike letter ("2o04", "l8") still reads as the number.
_OCR_DIGITS = re.compile(r"\b(?=[0-9oOlIS]*[0-9])[0-9oOlIS]{2,4}\b")
_DIGIT_LOOKALIKES = str.maketrans("oOlIS", "00115")
_STATED_WORDS = 400  # a release states its date in its first lines (dateline, cover page)
# The first _STATED_WORDS runs of non-space, each taken whole (possessive: a run is never split to
# make up the count), so the match ends where the last of them does.
_STATED_WINDOW = re.compile(rf"(?:\s*+\S++){{{_STATED_WORDS}}}")
# `_DATE` as written (lower case), for a lower-cased text: the same matches as the case-blind
# search, faster, where lower-casing changes no length and no character class and the text holds
# none of the letters a case-blind pattern reads as ASCII ones while their lower case is not
# (the dotless i, the long s) or is longer (the dotted capital I).
_DATE_AS_WRITTEN = re.compile(_DATE.pattern)
_CASE_BLIND_ONLY = "\u0130\u0131\u017f"
# ... and those letters read as the ASCII ones the case-blind match took them for ("ſeptember")
_AS_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _dates(head: str):
    """`_DATE.finditer(head)`, its months read in whatever case `head` writes them."""
    if any(c in head for c in _CASE_BLIND_ONLY):
        return _DATE.finditer(head)
    return _DATE_AS_WRITTEN.finditer(head.lower())


@dataclass(frozen=True)
class Judged:
    """A sentence of the document with the classifier's verdict."""

    sentence: Sentence
    verdict: Verdict
    in_legend: bool
    topic: str | None  # only for forward-looking sentences

    @property
    def forward_looking(self) -> bool:
        return self.verdict.forward_looking


def stated_date(text: str) -> date | None:
    """The first full date in the first words of a document ("January 18, 2011", "2024-02-01");
    for a call transcript, the date it states for the call (none when it states none: the first
    date a call names is as often a filing's or a period's end).

    The window is counted in words, not characters, so that rewrapping or re-encoding a document
    (HTML, PDF, Word) does not move a date in or out of it."""
    if is_call_transcript(text):
        return call_date(text)
    window = _STATED_WINDOW.match(text)  # (fewer words than the window: all of them)
    end = window.end() if window is not None else len(text)
    head = _OCR_DIGITS.sub(lambda m: m.group(0).translate(_DIGIT_LOOKALIKES), text[:end])
    found = []
    for match in _dates(head):
        word = match.group(1).translate(_AS_ASCII).lower().rstrip(".")
        month = MONTHS.get(word) or _MONTH_ABBREVIATIONS.get(word)
        if month is None:
            continue
        found.append((match.start(), month, int(match.group(2)), int(match.group(3))))
    for match in _ISO.finditer(head):
        found.append((match.start(), int(match.group(2)), int(match.group(3)), int(match.group(1))))
    for _, month, day, year in sorted(found):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


class Scan:
    """A document's sentences, judged in order as far as a caller asks: a check that needs only
    the first forward-looking sentence, or the sentences up to some point, does not pay for the
    rest (a 10-K has a thousand). A judgment depends on what came before it, so sentences are
    always judged from the start, and each one once.

    `transcript` says whether the document is a call transcript (found out from the text when
    not given)."""

    def __init__(self, text: str, legend_spans: list[tuple[int, int]] = (), release_date: date | None = None,
                 canonical: Canonical | None = None, transcript: bool | None = None) -> None:
        if transcript is None:
            transcript = is_call_transcript(text)
        self.release_date = release_date
        self.reader = Reader(release_date, transcript)
        if transcript:
            self.reader.context.floor = Floor.of(text)  # the participants list, wherever the call puts it
        merged = _merged(legend_spans)
        # every sentence with whether it lies in the legend, cut from the text as far as asked
        self._cutting = ((s, _inside(merged, s.start)) for s in each_sentence(text, canonical))
        self._cut: list[tuple[Sentence, bool]] = []
        self._judged: list[Judged] = []

    @property
    def sentences(self) -> list[tuple[Sentence, bool]]:
        """Every sentence of the document, with whether it lies in the legend."""
        self._cut.extend(self._cutting)
        return self._cut

    def __len__(self) -> int:
        return len(self.sentences)

    @property
    def judged_so_far(self) -> int:
        return len(self._judged)

    def upto(self, count: int) -> list[Judged]:
        """The first `count` sentences (all of them, when there are fewer), judged."""
        done = len(self._judged)
        if count > done:
            if count > len(self._cut):
                self._cut.extend(islice(self._cutting, count - len(self._cut)))
            batch = self._cut[done:count]
            # the cues of the batch's sentences outside the legend, matched in one pass (`_primed`)
            with _primed([s.text for s, in_legend in batch if not in_legend], self.release_date):
                for sentence, in_legend in batch:
                    if sentence.speaker:
                        self.reader.context.label(sentence.speaker)
                    verdict = self.reader.judge(sentence.text, in_legend)
                    topic = topic_of(sentence.text) if verdict.forward_looking else None
                    self._judged.append(Judged(sentence, verdict, in_legend, topic))
        return self._judged[:count]

    def all(self) -> list[Judged]:
        return self.upto(len(self.sentences))

    def first_forward_looking(self) -> Judged | None:
        """The first forward-looking sentence, judging (and cutting) no further than it, in
        growing batches, so that the one-pass cue matching still pays."""
        done, step = 0, 4
        while True:
            judged = self.upto(done + step)
            found = next((j for j in judged[done:] if j.forward_looking), None)
            if found is not None or len(judged) < done + step:  # (fewer: every sentence judged)
                return found
            done, step = len(judged), step * 2


# A pass over a batch of sentences costs about what matching 1,000 characters of them one by one
# does (it reads every cue's literals, however few the sentences): below that the one by one
# matching (`fired`) is cheaper.
_PASS_PAYS = 1000


def _primed(texts: list[str], release_date: date | None):
    """`primed(texts, release_date)` when one pass over `texts` pays, else a block that primes
    nothing (each sentence's cues are then matched as it is judged: the same cues)."""
    return primed(texts, release_date) if sum(map(len, texts)) >= _PASS_PAYS else nullcontext()


def scan(text: str, legend_spans: list[tuple[int, int]] = (), release_date: date | None = None,
         canonical: Canonical | None = None, transcript: bool | None = None) -> list[Judged]:
    """Every sentence of a document text, in order, judged forward-looking or not (`Scan`)."""
    return Scan(text, legend_spans, release_date, canonical, transcript).all()


def _merged(spans) -> list[tuple[int, int]]:
    """`spans` in order, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether offset falls in one of `spans` (`_merged`), by bisection: a document may repeat
    its legend thousands of times."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def judge_lines(lines: list[str], release_date: date | None = None) -> list[tuple[Verdict, str | None]]:
    """`--one-per-line`: each line is one sentence, judged on its own; one answer per line."""
    out = []
    for line in lines:
        verdict = classify(line.strip(), release_date) if line.strip() else Verdict(False, [], "empty line")
        out.append((verdict, topic_of(line) if verdict.forward_looking else None))
    return out
